package imports

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"dossierft/internal/dossier"

	"github.com/xuri/excelize/v2"
)

// xlsxFixture builds a workbook with several sheets: an empty first sheet, the actors sheet (a title line,
// a blank row, the header on row 3, numbers stored as numbers), a second data sheet and a hidden one.
func xlsxFixture(t testing.TB) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", "Lisez-moi"))
	_, err := f.NewSheet("Acteurs")
	must(err)
	must(f.SetSheetRow("Acteurs", "A1", &[]any{"Annuaire LORnTECH — extrait"}))
	must(f.SetSheetRow("Acteurs", "A3", &[]any{"Nom", "Catégorie", "SIRET", "Code postal", "Commune",
		"Année de création", "Date de création", "Fonds levés", "Tranche d'effectifs"}))
	must(f.SetSheetRow("Acteurs", "A4", &[]any{"Xilopix", "Start-up", int64(41234567000019), 88000, "Épinal",
		2009, nil, 1234.5, 3}))
	must(f.SetSheetRow("Acteurs", "A5", &[]any{"Ewattch", "startup", "52345678800018", 1000, "Saint-Dié",
		nil, time.Date(2013, 5, 2, 0, 0, 0, 0, time.UTC), "12 500 €", "NN"}))
	// row 6 left blank on purpose
	must(f.SetSheetRow("Acteurs", "A7", &[]any{"SESAMm", "Start-up", int64(80012345700016), 57000, "Metz",
		2014, nil, -5, "11"}))
	_, err = f.NewSheet("Archive")
	must(err)
	must(f.SetSheetRow("Archive", "A1", &[]any{"Nom", "Commune"}))
	must(f.SetSheetRow("Archive", "A2", &[]any{"Applicam", "Metz"}))
	_, err = f.NewSheet("Cachée")
	must(err)
	must(f.SetSheetRow("Cachée", "A1", &[]any{"Nom", "Commune"}))
	must(f.SetSheetVisible("Cachée", false))
	var buf bytes.Buffer
	_, err = f.WriteTo(&buf)
	must(err)
	return buf.Bytes()
}

func TestXLSXSeveralSheets(t *testing.T) {
	data := xlsxFixture(t)
	sheets, err := ListSheets(bytes.NewReader(data), "annuaire.xlsx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []SheetInfo{{"Lisez-moi", true, true}, {"Acteurs", true, false}, {"Archive", true, false},
		{"Cachée", false, false}}
	if !reflect.DeepEqual(sheets, want) {
		t.Errorf("sheets %+v", sheets)
	}
	// Named .csv on purpose: the content decides.
	rep := readPath(t, writeFile(t, "annuaire.csv", data), Options{})
	if rep.Source.Format != FormatXLSX || rep.Source.Sheet != "Acteurs" || rep.HeaderRow != 3 {
		t.Errorf("source %+v header row %d", rep.Source, rep.HeaderRow)
	}
	checkCounts(t, rep, Counts{Read: 3, Valid: 2, Errors: 1})
	checkActors(t, rep.Actors, []dossier.Actor{
		{Name: "Xilopix", Category: "startup", SIRET: "41234567000019", Postcode: "88000", Town: "Épinal",
			CreationYear: 2009, FundsRaised: 123450, HeadcountBand: "03", Origin: "import annuaire.csv ligne 4"},
		{Name: "Ewattch", Category: "startup", SIRET: "52345678800018", Postcode: "01000", Town: "Saint-Dié",
			CreationYear: 2013, FundsRaised: 1250000, HeadcountBand: "NN", Origin: "import annuaire.csv ligne 5"},
	})
	checkErrors(t, rep.Errors, []RowError{
		{File: "annuaire.csv", Row: 7, Column: "SIRET", Value: "80012345700016", Reason: "clé de contrôle incorrecte"},
		{File: "annuaire.csv", Row: 7, Column: "Fonds levés", Value: "-5", Reason: "négatif"},
	})
	if !strings.Contains(strings.Join(rep.Notes, "\n"), "1 ligne(s) de titre avant l'en-tête (ligne 3)") {
		t.Errorf("notes %q", rep.Notes)
	}
	// Another sheet, chosen by name (case ignored).
	rep = readPath(t, writeFile(t, "annuaire.xlsx", data), Options{Sheet: "ARCHIVE"})
	checkActors(t, rep.Actors, []dossier.Actor{{Name: "Applicam", Category: "autre", Town: "Metz",
		Origin: "import annuaire.xlsx ligne 2"}})
	_, err = ReadActors(bytes.NewReader(data), "annuaire.xlsx", Options{Sheet: "Feuil9"})
	if !errors.Is(err, ErrNoSheet) || err.Error() != "Fichier « annuaire.xlsx » : pas de feuille « Feuil9 » ; "+
		"feuilles : « Lisez-moi », « Acteurs », « Archive », « Cachée »" {
		t.Errorf("err = %v", err)
	}
	// A CSV named .xlsx is read as CSV.
	rep = readPath(t, writeFile(t, "liste.xlsx", []byte("Nom;Commune\nLORIA;Nancy\n")), Options{})
	if rep.Source.Format != FormatCSV || len(rep.Actors) != 1 {
		t.Errorf("source %+v actors %d", rep.Source, len(rep.Actors))
	}
}

func zipOf(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Every bad input gives a FileError with a French message naming the file; none panics.
func TestBadInputs(t *testing.T) {
	encrypted := func() []byte {
		if testing.Short() {
			return nil // excelize's key derivation (100 000 SHA-512 rounds) takes seconds under -race
		}
		f := excelize.NewFile()
		f.SetCellValue("Sheet1", "A1", "Nom")
		p := filepath.Join(t.TempDir(), "secret.xlsx")
		if err := f.SaveAs(p, excelize.Options{Password: "motdepasse"}); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}()
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(i*7919 + i/3)
	}
	wide := strings.Repeat("c;", 9999) + "c\n"
	emptyWorkbook := func() []byte {
		f := excelize.NewFile()
		var buf bytes.Buffer
		f.WriteTo(&buf)
		return buf.Bytes()
	}()
	for _, tc := range []struct {
		name string
		data []byte
		opt  Options
		kind error
		msg  string
	}{
		{"vide.csv", nil, Options{}, ErrEmpty, "Fichier « vide.csv » : le fichier est vide"},
		{"blancs.csv", []byte(" \r\n\t\n"), Options{}, ErrEmpty, "Fichier « blancs.csv » : le fichier est vide"},
		{"bom.csv", []byte("\xef\xbb\xbf\r\n"), Options{}, ErrEmpty, "Fichier « bom.csv » : le fichier est vide"},
		{"image.csv", png, Options{}, ErrBinary, "Fichier « image.csv » : ce n'est pas un fichier CSV ni un classeur XLSX mais une image PNG"},
		{"bruit.csv", random, Options{}, ErrBinary, "Fichier « bruit.csv » : ce n'est pas un fichier CSV ni un classeur XLSX mais un fichier binaire"},
		{"doc.csv", []byte("%PDF-1.7\n..."), Options{}, ErrBinary, "mais un document PDF"},
		{"archive.xlsx", zipOf(t, map[string]string{"a.txt": "x"}), Options{}, ErrNotSpreadsheet,
			"Fichier « archive.xlsx » : archive ZIP qui n'est pas un classeur XLSX (contenu : a.txt)"},
		{"calc.xlsx", zipOf(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}),
			Options{}, ErrNotSpreadsheet, "classeur OpenDocument (.ods), non pris en charge"},
		{"lettre.xlsx", zipOf(t, map[string]string{"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"}),
			Options{}, ErrNotSpreadsheet, "c'est un document Word (.docx)"},
		{"tronque.xlsx", []byte("PK\x03\x04 tronqué"), Options{}, ErrNotSpreadsheet, "archive ZIP endommagée"},
		{"secret.xlsx", encrypted, Options{}, ErrEncrypted,
			"Fichier « secret.xlsx » : le classeur est protégé par un mot de passe à l'ouverture"},
		{"vide.xlsx", emptyWorkbook, Options{}, ErrEmpty,
			"Fichier « vide.xlsx » : le classeur n'a aucune feuille non vide (feuilles : « Sheet1 »)"},
		{"gros.csv", []byte("Nom\n" + strings.Repeat("Acteur\n", 3000)), Options{MaxBytes: 10 << 10}, ErrTooLarge,
			"Fichier « gros.csv » : fichier de 20 Ko : la limite est 10 Ko (découpez-le ou filtrez-le avant l'import)"},
		{"gros.xlsx", xlsxFixture(t), Options{MaxXLSXBytes: 1 << 10}, ErrTooLarge, "classeur de plus de"},
		{"large.csv", []byte(wide), Options{}, ErrTooManyColumns,
			"Fichier « large.csv » : la ligne d'en-tête (ligne 1) a 10\u202f000 colonnes ; le maximum est 1\u202f024"},
		{"guillemet.csv", []byte("Nom;Commune\n\"Ouvert;Metz\n" + strings.Repeat("x", MaxRecordBytes+200<<10)), Options{},
			ErrRecordTooLarge, "un enregistrement commencé après la ligne 1 dépasse 16 Mo : un guillemet ouvert n'est sans doute jamais fermé"},
		{"entete.csv", []byte("\"Nom;Commune\nA;B\n"), Options{}, ErrNoHeader, "Fichier « entete.csv » : la ligne d'en-tête (ligne 1) est mal formée"},
		{"sirene.csv", []byte("Nom;Commune\nA;B\n"), Options{Preset: PresetSIRENE}, ErrMapping,
			"Fichier « sirene.csv » : ce n'est pas un fichier SIRENE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "secret.xlsx" && testing.Short() {
				t.Skip("encrypted workbook: skipped with -short")
			}
			rep, err := ReadActorsFile(writeFile(t, tc.name, tc.data), tc.opt)
			var fe *FileError
			if !errors.As(err, &fe) || !errors.Is(err, tc.kind) || !strings.Contains(err.Error(), tc.msg) ||
				!strings.HasPrefix(err.Error(), "Fichier « "+tc.name+" » : ") || rep != nil {
				t.Errorf("err = %v (kind %v), want kind %v containing %q", err, err, tc.kind, tc.msg)
			}
		})
	}
	// Streamed from a reader, the limit is met while reading.
	_, err := ReadActors(bytes.NewReader(append([]byte("Nom;b\n"), bytes.Repeat([]byte("a;"+strings.Repeat("b", 1022)+"\n"), 2048)...)), "flux.csv", Options{MaxBytes: 1 << 20})
	if !errors.Is(err, ErrTooLarge) || err.Error() != "Fichier « flux.csv » : fichier de plus de 1 Mo : la limite est 1 Mo (découpez-le ou filtrez-le avant l'import)" {
		t.Errorf("err = %v", err)
	}
	if got := sizeFR(3 << 29); got != "1,5 Go" {
		t.Errorf("sizeFR = %q", got)
	}
}

// Row-level bad input: a data row of 10 000 columns, a 1 MB cell, a header alone, an unclosed quote at the
// end of the file.
func TestBadRows(t *testing.T) {
	big := strings.Repeat("é", 1<<20)
	text := "Nom;Commune;Description;Autre\n" +
		"Large;Metz;;" + strings.Repeat("x;", 9999) + "x\n" +
		"Énorme;Metz;" + big + ";\n" +
		"Ignoré;Metz;;" + big + "\n" +
		"Dernier;Nancy;\"jamais fermé\n;;\n"
	rep, err := ReadActors(strings.NewReader(text), "lignes.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, Counts{Read: 4, Valid: 1, Errors: 3})
	checkActors(t, rep.Actors, []dossier.Actor{{Name: "Ignoré", Category: "autre", Town: "Metz",
		Origin: "import lignes.csv ligne 4"}})
	checkErrors(t, rep.Errors, []RowError{
		{File: "lignes.csv", Row: 2, Value: "x", Reason: "la ligne a 10\u202f003 colonnes, l'en-tête en a 4"},
		{File: "lignes.csv", Row: 3, Column: "Description", Value: strings.Repeat("é", 200) + "…",
			Reason: "valeur de 1\u202f048\u202f576 caractères : le maximum est 32\u202f767"},
		{File: "lignes.csv", Row: 5, Column: "Description", Reason: "guillemet mal placé ou jamais fermé (champ commencé ligne 5, erreur ligne 6)"},
	})
	// Header only: nothing read, no error.
	rep, err = ReadActors(strings.NewReader("Nom;Commune\r\n"), "entete.csv", Options{})
	if err != nil || rep.Counts != (Counts{}) || len(rep.Actors) != 0 || rep.Preset != PresetActors {
		t.Errorf("rep %+v err %v", rep, err)
	}
}
