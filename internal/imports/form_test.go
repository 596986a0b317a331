package imports

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"dossierft/internal/dossier"

	"github.com/xuri/excelize/v2"
)

const testDossierID = "d41f0c2a9b7e5531"

func formDossier() *dossier.Dossier {
	return &dossier.Dossier{
		Candidature: dossier.Candidature{Name: "LORnTECH", Territory: "Sillon lorrain", YearStart: 2015, YearEnd: 2017},
		Partners: []dossier.Partner{
			{ID: 3, Name: "Metz Métropole", Kind: "epci", FunderType: "epci", SIRET: "20003098900012", Town: "Metz",
				ContactName: "Service développement économique", ContactEmail: "eco@example.org"},
			{ID: 4, Name: "Entreprise fictive", Kind: "entreprise", FunderType: "prive", Fictitious: true},
		},
		Actions: []dossier.Action{
			{ID: 1, Code: "A1", Title: "Accélérateur LORnTECH"},
			{ID: 2, Code: "A2", Title: "Animation de l'écosystème"},
		},
		Contributions: []dossier.Contribution{
			{ID: 10, PartnerID: 3, ActionID: 1, Year: 2015, Nature: dossier.NatureCash, Account: "74-epci",
				Label: "Subvention accélérateur", Amount: 10000000, Status: "acquis"},
			{ID: 11, PartnerID: 3, Year: 2016, Nature: dossier.NatureInKind, InKindType: "locaux", Account: "871",
				Label: "Locaux TCRM-Blida", Amount: 2400000, Status: "sollicite"},
			{ID: 12, PartnerID: 3, Year: 2017, Nature: dossier.NatureCash, Account: "74-epci", Amount: 5000000,
				Status: "previsionnel"},
			{ID: 20, PartnerID: 4, Year: 2015, Nature: dossier.NatureCash, Account: "74-prive", Amount: 100000,
				Status: "acquis"},
		},
	}
}

func writeTestForm(t *testing.T, d *dossier.Dossier) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := writeForm(&buf, d, 3, testDossierID, time.Date(2015, 1, 20, 9, 30, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fill opens a form with excelize, applies edit and returns the saved bytes (as a partner's Excel would).
func fill(t *testing.T, form []byte, edit func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(form))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	edit(f)
	var out bytes.Buffer
	if _, err := f.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func set(t *testing.T, f *excelize.File, cell string, v any) {
	t.Helper()
	if err := f.SetCellValue("Contributions", cell, v); err != nil {
		t.Fatal(err)
	}
}

func TestWriteFormStructure(t *testing.T) {
	form := writeTestForm(t, formDossier())
	f, err := excelize.OpenReader(bytes.NewReader(form))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !reflect.DeepEqual(got, []string{"Contributions", "_dft"}) {
		t.Errorf("sheets %v", got)
	}
	if vis, _ := f.GetSheetVisible("_dft"); vis {
		t.Error("_dft visible")
	}
	want := map[string]string{
		"A1":  "Contributions de Metz Métropole — candidature LORnTECH",
		"A2":  "Formulaire généré le 20/01/2015 (version 1). Ne modifiez pas la structure de cette feuille.",
		"B6":  "2. Année : une des années de la candidature (2015 à 2017).",
		"B12": "Metz Métropole", "B13": "200 030 989 00012", "B15": "Service développement économique — eco@example.org",
		"A17": "N°", "G17": "Montant (€)",
		"A18": "10", "B18": "2015", "C18": "Numéraire", "E18": "A1 – Accélérateur LORnTECH", "F18": "Subvention accélérateur",
		"G18": "100000", "H18": "Acquis",
		"A19": "11", "C19": "En nature", "D19": "Locaux", "G19": "24000", "H19": "Sollicité",
		"A20": "12", "B20": "2017", "H20": "Prévisionnel", "A21": "",
	}
	for cell, w := range want {
		if cell == "B6" {
			cell = "A6"
		}
		got, _ := f.GetCellValue("Contributions", cell, excelize.Options{RawCellValue: true})
		if got != w {
			t.Errorf("%s = %q, want %q", cell, got, w)
		}
	}
	// 3 pre-filled rows + 20 blank rows: data validation on B18:H40.
	dvs, err := f.GetDataValidations("Contributions")
	if err != nil {
		t.Fatal(err)
	}
	var sq []string
	for _, dv := range dvs {
		sq = append(sq, dv.Sqref+"="+dv.Type)
	}
	wantDV := []string{"B18:B40=list", "C18:C40=list", "D18:D40=list", "E18:E40=list", "H18:H40=list",
		"G18:G40=decimal", "F18:F40=textLength"}
	if !reflect.DeepEqual(sq, wantDV) {
		t.Errorf("validations %v", sq)
	}
	names := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		names[dn.Name] = dn.RefersTo
	}
	if names["DFT_DOSSIER"] != "'_dft'!$B$1" || names["DFT_CHECKSUM"] != "'_dft'!$B$5" || names["DFT_PARTNER"] != "'_dft'!$B$3" {
		t.Errorf("defined names %v", names)
	}
	// Protection: the sheet is protected, the workbook structure locked, input cells unlocked, ID cells locked.
	raw := unzipEntry(t, form, "xl/worksheets/sheet1.xml")
	if !strings.Contains(raw, "<sheetProtection") {
		t.Error("sheet not protected")
	}
	if !strings.Contains(unzipEntry(t, form, "xl/workbook.xml"), `lockStructure="true"`) {
		t.Error("workbook structure not locked")
	}
	for cell, wantLocked := range map[string]bool{"A18": true, "B18": false, "G30": false, "H40": false, "A1": true} {
		id, _ := f.GetCellStyle("Contributions", cell)
		st, _ := f.GetStyle(id)
		locked := st.Protection == nil || st.Protection.Locked
		if locked != wantLocked {
			t.Errorf("%s locked = %v", cell, locked)
		}
	}
	// Unknown partner.
	if err := WriteForm(&bytes.Buffer{}, formDossier(), 99, testDossierID); err == nil ||
		err.Error() != "formulaire : le partenaire n°99 n'existe pas dans le dossier" {
		t.Errorf("err = %v", err)
	}
}

func unzipEntry(t *testing.T, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("no %s in the workbook", name)
	return ""
}

func TestFormRoundTrip(t *testing.T) {
	d := formDossier()
	form := writeTestForm(t, d)
	filled := fill(t, form, func(f *excelize.File) {
		set(t, f, "G18", 120000.5) // ID 10: amount changed
		set(t, f, "G19", nil)      // ID 11: amount erased → removed
		// ID 12 (row 20) left as it is.
		set(t, f, "B21", 2016) // new cash contribution, amount typed as French text
		set(t, f, "C21", "Numéraire")
		set(t, f, "E21", "A2 – Animation de l'écosystème")
		set(t, f, "F21", "Subvention animation")
		set(t, f, "G21", "12 500,00 €")
		set(t, f, "H21", "Sollicité")
		set(t, f, "B22", "2017") // new in-kind contribution
		set(t, f, "C22", "En nature")
		set(t, f, "D22", "Personnel mis à disposition")
		set(t, f, "G22", "8.000") // text typed with a dot between thousands: 8 000 €
		set(t, f, "H22", "acquis")
	})
	diff, err := ReadForm(bytes.NewReader(filled), "metz.xlsx", d, testDossierID)
	if err != nil {
		t.Fatal(err)
	}
	if !diff.OK() || diff.PartnerID != 3 || diff.PartnerName != "Metz Métropole" || diff.Candidature != "LORnTECH" ||
		diff.Generated != "2015-01-20T09:30:00Z" || diff.Version != 1 {
		t.Errorf("diff header %+v", diff)
	}
	wantAdded := []dossier.Contribution{
		{PartnerID: 3, ActionID: 2, Year: 2016, Nature: "numeraire", Account: "74-epci", Label: "Subvention animation",
			Amount: 1250000, Status: "sollicite"},
		{PartnerID: 3, Year: 2017, Nature: "nature", InKindType: "personnel", Account: "870", Amount: 800000,
			Status: "acquis"},
	}
	if !reflect.DeepEqual(diff.Added, wantAdded) {
		t.Errorf("added\n got %+v\nwant %+v", diff.Added, wantAdded)
	}
	after := d.Contributions[0]
	after.Amount = 12000050
	wantChanged := []ContributionChange{{Before: d.Contributions[0], After: after, Fields: []string{"Montant (€)"}}}
	if !reflect.DeepEqual(diff.Changed, wantChanged) {
		t.Errorf("changed\n got %+v\nwant %+v", diff.Changed, wantChanged)
	}
	if !reflect.DeepEqual(diff.Removed, []dossier.Contribution{d.Contributions[1]}) || diff.Unchanged != 1 {
		t.Errorf("removed %+v unchanged %d", diff.Removed, diff.Unchanged)
	}
	if diff.Summary() != "2 ajoutée(s), 1 modifiée(s), 1 retirée(s), 1 inchangée(s), 0 conflit(s), 0 erreur(s)" {
		t.Errorf("summary %q", diff.Summary())
	}

	// The store applies it (simulated), then the same form is imported a second time: nothing more to do.
	applied := formDossier()
	applied.Contributions[0] = after
	applied.Contributions = append(applied.Contributions[:1], applied.Contributions[2:]...) // 11 removed
	for i, c := range diff.Added {
		c.ID = int64(30 + i)
		applied.Contributions = append(applied.Contributions, c)
	}
	again, err := ReadForm(bytes.NewReader(filled), "metz.xlsx", applied, testDossierID)
	if err != nil {
		t.Fatal(err)
	}
	if !again.OK() || len(again.Added)+len(again.Changed)+len(again.Removed) != 0 || again.Unchanged != 2 {
		t.Errorf("second import %s: %+v", again.Summary(), again)
	}
	wantNotes := []string{
		"ligne 19 : la contribution n°11 a été supprimée du dossier depuis l'envoi du formulaire",
		"ligne 21 : contribution déjà présente dans le dossier (n°30, ajoutée après l'envoi du formulaire, sans doute par un import précédent) : ignorée",
		"ligne 22 : contribution déjà présente dans le dossier (n°31, ajoutée après l'envoi du formulaire, sans doute par un import précédent) : ignorée",
	}
	if !reflect.DeepEqual(again.Notes, wantNotes) {
		t.Errorf("notes %q", again.Notes)
	}

	// Conflict: the coordinator changed contribution 12 in the dossier, the partner changed it in the form.
	changed := formDossier()
	changed.Contributions[2].Amount = 5500000
	conflicting := fill(t, form, func(f *excelize.File) { set(t, f, "G20", 60000) })
	cd, err := ReadForm(bytes.NewReader(conflicting), "metz.xlsx", changed, testDossierID)
	if err != nil {
		t.Fatal(err)
	}
	if cd.OK() || len(cd.Conflicts) != 1 || cd.Conflicts[0].Row != 20 ||
		cd.Conflicts[0].Reason != "la contribution n°12 a été modifiée à la fois dans le dossier (2017, Numéraire, "+
			"55\u202f000,00\u00a0€, Prévisionnel) et dans le formulaire depuis son envoi : choisissez à la main" ||
		cd.Conflicts[0].Value != "2017, Numéraire, 60\u202f000,00\u00a0€, Prévisionnel" {
		t.Errorf("conflicts %+v", cd.Conflicts)
	}
}

func TestFormCellErrors(t *testing.T) {
	d := formDossier()
	filled := fill(t, writeTestForm(t, d), func(f *excelize.File) {
		set(t, f, "B21", 2019)
		set(t, f, "C21", "Chèque")
		set(t, f, "E21", "Z9")
		set(t, f, "G21", -5)
		set(t, f, "B22", 2016)
		set(t, f, "C22", "Numéraire")
		set(t, f, "D22", "Locaux")
		set(t, f, "G22", "12,345")
		set(t, f, "H22", "Acquis")
		set(t, f, "C23", "En nature")
		set(t, f, "B23", "deux mille")
		set(t, f, "G23", 10)
		set(t, f, "H23", "Peut-être")
		set(t, f, "B45", "oublié") // below the table
		set(t, f, "B24", 2016)
		set(t, f, "C24", "Numéraire")
		set(t, f, "F24", "#REF!") // a formula's error pasted as a value
		set(t, f, "G24", "#DIV/0!")
		set(t, f, "H24", "Acquis")
	})
	diff, err := ReadForm(bytes.NewReader(filled), "metz.xlsx", d, testDossierID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range diff.Errors {
		got = append(got, e.Error())
	}
	want := []string{
		"Fichier « metz.xlsx », feuille « Contributions », ligne 21, colonne B (Année) : année hors de la candidature : attendu 2015 à 2017 (valeur « 2019 »)",
		"Fichier « metz.xlsx », feuille « Contributions », ligne 21, colonne C (Nature) : nature inconnue : attendu « Numéraire » ou « En nature » (valeur « Chèque »)",
		"Fichier « metz.xlsx », feuille « Contributions », ligne 21, colonne E (Action) : action inconnue du plan d'actions : choisissez-la dans la liste (valeur « Z9 »)",
		"Fichier « metz.xlsx », feuille « Contributions », ligne 21, colonne G (Montant (€)) : montant négatif : attendu un montant positif ou nul (valeur « -5 »)",
		"Fichier « metz.xlsx », feuille « Contributions », ligne 21, colonne H (Statut) : statut manquant : « Acquis », « Sollicité » ou « Prévisionnel »",
		"Fichier « metz.xlsx », feuille « Contributions », ligne 22, colonne D (Type (en nature)) : type de contribution en nature donné pour une contribution en numéraire : videz la cellule ou choisissez « En nature » (valeur « Locaux »)",
		"Fichier « metz.xlsx », feuille « Contributions », ligne 22, colonne G (Montant (€)) : montant invalide : « 12,345 » a plus de deux décimales (valeur « 12,345 »)",
		"Fichier « metz.xlsx », feuille « Contributions », ligne 23, colonne B (Année) : année invalide : attendu une année de 2015 à 2017 (valeur « deux mille »)",
		"Fichier « metz.xlsx », feuille « Contributions », ligne 23, colonne D (Type (en nature)) : type manquant pour une contribution en nature : « Locaux », « Personnel mis à disposition » ou « Prestations »",
		"Fichier « metz.xlsx », feuille « Contributions », ligne 23, colonne H (Statut) : statut inconnu : attendu « Acquis », « Sollicité » ou « Prévisionnel » (valeur « Peut-être »)",
		"Fichier « metz.xlsx », feuille « Contributions », ligne 24, colonne F (Libellé) : valeur d'erreur du tableur « #REF! » : corrigez la formule ou videz la cellule (valeur « #REF! »)",
		"Fichier « metz.xlsx », feuille « Contributions », ligne 24, colonne G (Montant (€)) : valeur d'erreur du tableur « #DIV/0! » : corrigez la formule ou videz la cellule (valeur « #DIV/0! »)",
		"Fichier « metz.xlsx », feuille « Contributions », ligne 45, colonne B (Année) : valeur saisie sous le tableau (après la ligne 40) : elle ne serait pas lue ; reportez-la dans une ligne vide du tableau (valeur « oublié »)",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("errors:\n%s", strings.Join(got, "\n"))
	}
	if diff.OK() || len(diff.Added) != 0 {
		t.Errorf("diff %+v", diff)
	}
}

func TestFormRefused(t *testing.T) {
	d := formDossier()
	form := writeTestForm(t, d)
	other := formDossier()
	other.Candidature.Name = "Brest Tech+"
	for _, tc := range []struct {
		name string
		data []byte
		d    *dossier.Dossier
		id   string
		kind error
		msg  string
	}{
		{"autre.xlsx", form, other, "autre-dossier", ErrForm, "Fichier « autre.xlsx » : ce formulaire a été créé pour " +
			"un autre dossier (candidature « LORnTECH ») ; il ne peut pas être importé dans la candidature « Brest Tech+ »"},
		{"entete.xlsx", fill(t, form, func(f *excelize.File) { set(t, f, "G17", "Montant HT") }), d, testDossierID,
			ErrForm, "Fichier « entete.xlsx » : la structure du formulaire a été modifiée"},
		{"ligne.xlsx", fill(t, form, func(f *excelize.File) {
			if err := f.RemoveRow("Contributions", 19); err != nil {
				t.Fatal(err)
			}
		}), d, testDossierID, ErrForm, "la structure du formulaire a été modifiée"},
		{"id.xlsx", fill(t, form, func(f *excelize.File) { set(t, f, "A20", 11) }), d, testDossierID, ErrForm,
			"la structure du formulaire a été modifiée"},
		{"cache.xlsx", fill(t, form, func(f *excelize.File) {
			f.SetCellValue("_dft", "C12", "0000000000000000")
		}), d, testDossierID, ErrForm, "la structure du formulaire a été modifiée"},
		{"feuille.xlsx", fill(t, form, func(f *excelize.File) {
			f.SetSheetName("Contributions", "Feuil1")
		}), d, testDossierID, ErrForm, "la feuille « Contributions » a été renommée ou supprimée"},
		{"liste.xlsx", xlsxFixture(t), d, testDossierID, ErrForm,
			"Fichier « liste.xlsx » : ce classeur n'est pas un formulaire de contributions de Dossier French Tech " +
				"(informations d'identification absentes)"},
		{"partenaire.xlsx", form, func() *dossier.Dossier { x := formDossier(); x.Partners = x.Partners[1:]; return x }(),
			testDossierID, ErrForm, "le partenaire n°3 de ce formulaire n'existe plus dans le dossier"},
		{"texte.xlsx", []byte("Nom;Commune\n"), d, testDossierID, ErrNotSpreadsheet, "ce n'est pas un classeur XLSX"},
		{"vide.xlsx", nil, d, testDossierID, ErrEmpty, "le fichier est vide"},
	} {
		_, err := ReadForm(bytes.NewReader(tc.data), tc.name, tc.d, tc.id)
		var fe *FileError
		if !errors.As(err, &fe) || !errors.Is(err, tc.kind) || !strings.Contains(err.Error(), tc.msg) ||
			!strings.HasPrefix(err.Error(), "Fichier « "+tc.name+" » : ") {
			t.Errorf("%s: err = %v", tc.name, err)
		}
	}
}

// A partner filling the form in LibreOffice: the workbook re-saved by LibreOffice still reads back.
func TestFormLibreOfficeRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice round trip: skipped with -short")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not installed")
	}
	d := formDossier()
	filled := fill(t, writeTestForm(t, d), func(f *excelize.File) {
		set(t, f, "G18", 120000.5)
		set(t, f, "B21", 2016)
		set(t, f, "C21", "Numéraire")
		set(t, f, "G21", 12500)
		set(t, f, "H21", "Sollicité")
	})
	dir := t.TempDir()
	in := filepath.Join(dir, "in", "form.xlsx")
	os.MkdirAll(filepath.Dir(in), 0o755)
	if err := os.WriteFile(in, filled, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
		"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	saved, err := os.ReadFile(filepath.Join(out, "form.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	diff, err := ReadForm(bytes.NewReader(saved), "form.xlsx", d, testDossierID)
	if err != nil {
		t.Fatal(err)
	}
	if !diff.OK() || len(diff.Added) != 1 || len(diff.Changed) != 1 || diff.Changed[0].After.Amount != 12000050 ||
		diff.Added[0].Amount != 1250000 || diff.Unchanged != 2 {
		t.Errorf("after LibreOffice: %s %+v", diff.Summary(), diff)
	}
}

func TestDossierID(t *testing.T) {
	a, b := DossierID("9b2e6f1c-0000-4000-8000-000000000001"), DossierID("9b2e6f1c-0000-4000-8000-000000000002")
	if len(a) != 16 || a == b || a != DossierID("9b2e6f1c-0000-4000-8000-000000000001") {
		t.Errorf("DossierID %q %q", a, b)
	}
}
