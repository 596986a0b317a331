package imports

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"dossierft/internal/dossier"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// writeFile writes data to name in a temporary directory and returns the path.
func writeFile(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func readPath(t *testing.T, path string, opt Options) *ActorReport {
	t.Helper()
	rep, err := ReadActorsFile(path, opt)
	if err != nil {
		t.Fatalf("ReadActorsFile(%s): %v", path, err)
	}
	return rep
}

func checkCounts(t *testing.T, rep *ActorReport, want Counts) {
	t.Helper()
	if rep.Counts != want {
		t.Errorf("counts = %+v, want %+v", rep.Counts, want)
	}
}

func checkActors(t *testing.T, got, want []dossier.Actor) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d actors, want %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("actor %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

// checkErrors compares row errors on File, Row, Column, Value and a fragment of the reason.
func checkErrors(t *testing.T, got []RowError, want []RowError) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d row errors, want %d: %+v", len(got), len(want), got)
	}
	for i := range min(len(got), len(want)) {
		g, w := got[i], want[i]
		if g.File != w.File || g.Row != w.Row || g.Column != w.Column || g.Value != w.Value ||
			!strings.Contains(g.Reason, w.Reason) {
			t.Errorf("row error %d:\n got %+v\nwant %+v (reason containing)", i, g, w)
		}
	}
}

// French Excel "CSV (séparateur : point-virgule)": Windows-1252, ";", decimal commas, no-break space thousands,
// an embedded newline in a quoted cell, CRLF line ends.
func TestFrenchExcelCSVWindows1252(t *testing.T) {
	text := strings.Join([]string{
		"Nom;Catégorie;SIRET;Code NAF;Commune;Code postal;Tranche d'effectifs;Année de création;Fonds levés;Site web;Description;Étiquettes",
		"Société Générale d'Électronique;PME / ETI;41234567000019;6201Z;Épinal;88000;11;2012;1\u00a0234\u00a0567,89 €;https://sge.example;\"Édition de logiciels\r\nsur deux lignes\";IoT, santé",
		"Café Numérique;Start-up;;62.02a;Metz;57000;1;2016;12 500 €;;;",
		"Labo Œnologie;laboratoire;800 123 457 00015;72.19Z;Nancy;54000;NN;1998;0;;;recherche",
		"Mauvais SIRET;Start-up;80012345700016;6201Z;Thionville;57100;02;2019;;;;",
		";Start-up;;;Metz;;;;;;;",
		"Montant faux;Start-up;;;Metz;;;;12,345;;;",
		"Catégorie bizarre;Ovni;;;Metz;;;;;;;",
		"Bourg Numérique;Association;;94.99Z;Bourg-en-Bresse;1000;;;;;;",
	}, "\r\n") + "\r\n"
	data, err := charmap.Windows1252.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte{0xe9}) || !bytes.Contains(data, []byte{0x80}) || !bytes.Contains(data, []byte{0xa0}) {
		t.Fatal("fixture is not Windows-1252 (é = E9, € = 80, NBSP = A0 expected)")
	}
	rep := readPath(t, writeFile(t, "acteurs.csv", data), Options{})
	if rep.Source.Encoding != EncWindows1252 || rep.Source.Delimiter != ";" || rep.Source.Format != FormatCSV {
		t.Errorf("source = %+v", rep.Source)
	}
	if rep.Preset != PresetActors {
		t.Errorf("preset = %s", rep.Preset)
	}
	checkCounts(t, rep, Counts{Read: 8, Valid: 4, Errors: 4})
	checkActors(t, rep.Actors, []dossier.Actor{
		{Name: "Société Générale d'Électronique", Category: "pme", SIRET: "41234567000019", NAF: "62.01Z",
			Town: "Épinal", Postcode: "88000", HeadcountBand: "11", CreationYear: 2012, FundsRaised: 123456789,
			Website: "https://sge.example", Description: "Édition de logiciels\nsur deux lignes",
			Tags: []string{"IoT", "santé"}, Origin: "import acteurs.csv ligne 2"},
		{Name: "Café Numérique", Category: "startup", NAF: "62.02A", Town: "Metz", Postcode: "57000",
			HeadcountBand: "01", CreationYear: 2016, FundsRaised: 1250000, Origin: "import acteurs.csv ligne 4"},
		{Name: "Labo Œnologie", Category: "laboratoire", SIRET: "80012345700015", NAF: "72.19Z", Town: "Nancy",
			Postcode: "54000", HeadcountBand: "NN", CreationYear: 1998, Tags: []string{"recherche"},
			Origin: "import acteurs.csv ligne 5"},
		{Name: "Bourg Numérique", Category: "association", NAF: "94.99Z", Town: "Bourg-en-Bresse",
			Postcode: "01000", Origin: "import acteurs.csv ligne 10"},
	})
	checkErrors(t, rep.Errors, []RowError{
		{File: "acteurs.csv", Row: 6, Column: "SIRET", Value: "80012345700016", Reason: "clé de contrôle incorrecte"},
		{File: "acteurs.csv", Row: 7, Column: "Nom", Value: "", Reason: "nom absent"},
		{File: "acteurs.csv", Row: 8, Column: "Fonds levés", Value: "12,345", Reason: "plus de deux décimales"},
		{File: "acteurs.csv", Row: 9, Column: "Catégorie", Value: "Ovni", Reason: "catégorie inconnue"},
	})
	if !strings.Contains(strings.Join(rep.Notes, "\n"), "1 code(s) postal(aux) de 4 chiffres") {
		t.Errorf("notes = %q", rep.Notes)
	}
	if rep.Summary() != "8 ligne(s) lue(s), 4 valide(s), 0 fermée(s) ignorée(s), 4 en erreur" {
		t.Errorf("summary = %q", rep.Summary())
	}
}

// Excel "CSV UTF-8": BOM, here with "," (as an English-locale Excel writes it), headers in other case and
// without accents, doubled quotes, a bare quote, U+202F thousands, extra columns.
func TestExcelCSVUTF8BOM(t *testing.T) {
	text := "\ufeffNOM,categorie,Code-Postal,commune,siret,Fonds leves,Etiquettes\n" +
		"\"Start-up \"\"Alpha\"\"\",startup,57000,Metz,,\"1\u202f234,56\u00a0€\",IA\n" +
		"Beta 3\"D,startup,54000,Nancy,,,\n" +
		"Gamma,pme,57100,Thionville,,\"-12,50\",\n" +
		"Delta,startup,88000,Épinal,,,\"a;b|c, a\"\n" +
		"Epsilon,startup,57000,Metz,,,,extra\n"
	rep := readPath(t, writeFile(t, "export.csv", []byte(text)), Options{})
	if rep.Source.Encoding != EncUTF8BOM || rep.Source.Delimiter != "," {
		t.Errorf("source = %+v", rep.Source)
	}
	if rep.Headers[0] != "NOM" {
		t.Errorf("first header %q: the BOM must not stay in it", rep.Headers[0])
	}
	checkCounts(t, rep, Counts{Read: 5, Valid: 2, Errors: 3})
	checkActors(t, rep.Actors, []dossier.Actor{
		{Name: "Start-up \"Alpha\"", Category: "startup", Town: "Metz", Postcode: "57000", FundsRaised: 123456,
			Tags: []string{"IA"}, Origin: "import export.csv ligne 2"},
		{Name: "Delta", Category: "startup", Town: "Épinal", Postcode: "88000", Tags: []string{"a", "b", "c"},
			Origin: "import export.csv ligne 5"},
	})
	checkErrors(t, rep.Errors, []RowError{
		{File: "export.csv", Row: 3, Column: "NOM", Reason: "guillemet (\") au milieu d'un champ sans guillemets"},
		{File: "export.csv", Row: 4, Column: "Fonds leves", Value: "-12,50", Reason: "négatif"},
		{File: "export.csv", Row: 6, Column: "", Value: "extra", Reason: "la ligne a 8 colonnes, l'en-tête en a 7"},
	})
}

func TestUTF16AndSepLine(t *testing.T) {
	text := "Nom\tCommune\tCode postal\r\nTCRM-Blida\tMetz\t57000\r\n"
	for _, tc := range []struct {
		enc  Encoding
		data func() []byte
	}{
		{EncUTF16LE, func() []byte {
			b, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
			return b
		}},
		{EncUTF16BE, func() []byte {
			b, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
			return b
		}},
	} {
		rep := readPath(t, writeFile(t, "u16.txt", tc.data()), Options{})
		if rep.Source.Encoding != tc.enc || rep.Source.Delimiter != "\t" {
			t.Errorf("%s: source = %+v", tc.enc, rep.Source)
		}
		checkActors(t, rep.Actors, []dossier.Actor{{Name: "TCRM-Blida", Category: "autre", Town: "Metz",
			Postcode: "57000", Origin: "import u16.txt ligne 2"}})
	}
	// Excel for Mac's "CSV (Macintosh)": lone CR line ends.
	rep0 := readPath(t, writeFile(t, "mac.csv", []byte("Nom;Commune\rThe Pool;Metz\rQuai Alpha;\"Épinal\rcentre\"\r")), Options{})
	checkActors(t, rep0.Actors, []dossier.Actor{
		{Name: "The Pool", Category: "autre", Town: "Metz", Origin: "import mac.csv ligne 2"},
		{Name: "Quai Alpha", Category: "autre", Town: "Épinal centre", Origin: "import mac.csv ligne 3"},
	})
	// Excel's "sep=" hint line: gives the delimiter and is not a header; line numbers stay physical.
	rep := readPath(t, writeFile(t, "sep.csv", []byte("sep=|\nNom|Commune\nBliiida|Metz\n")), Options{})
	checkActors(t, rep.Actors, []dossier.Actor{{Name: "Bliiida", Category: "autre", Town: "Metz",
		Origin: "import sep.csv ligne 3"}})
}

// Mixed encodings: a UTF-8 file with one line in Windows-1252. The line is read in Windows-1252 (fallback,
// not an error) and a note says so.
func TestMixedEncodingFallback(t *testing.T) {
	data := []byte("Nom;Commune\nÉcole Numérique;Metz\n")
	data = append(data, []byte("Caf\xe9 Lorrain;\xc9pinal\n")...) // Windows-1252 é, É
	data = append(data, []byte("Thé;Nancy\n")...)
	rep := readPath(t, writeFile(t, "mixte.csv", data), Options{})
	if rep.Source.Encoding != EncUTF8 {
		t.Errorf("encoding %s", rep.Source.Encoding)
	}
	names := []string{}
	for _, a := range rep.Actors {
		names = append(names, a.Name+"/"+a.Town)
	}
	if strings.Join(names, ",") != "École Numérique/Metz,Café Lorrain/Épinal,Thé/Nancy" {
		t.Errorf("names %v", names)
	}
	want := "1 ligne(s) contenai(en)t des octets qui ne sont pas de l'UTF-8 valide (première : ligne 3)"
	if !strings.Contains(strings.Join(rep.Notes, "\n"), want) {
		t.Errorf("notes %q", rep.Notes)
	}
}

// sireneEtabHeader is the StockEtablissement header: the classic 48 columns then the newer ones (domain.md §3.5).
const sireneEtabHeader = "siren,nic,siret,statutDiffusionEtablissement,dateCreationEtablissement," +
	"trancheEffectifsEtablissement,anneeEffectifsEtablissement,activitePrincipaleRegistreMetiersEtablissement," +
	"dateDernierTraitementEtablissement,etablissementSiege,nombrePeriodesEtablissement," +
	"complementAdresseEtablissement,numeroVoieEtablissement,indiceRepetitionEtablissement,typeVoieEtablissement," +
	"libelleVoieEtablissement,codePostalEtablissement,libelleCommuneEtablissement," +
	"libelleCommuneEtrangerEtablissement,distributionSpecialeEtablissement,codeCommuneEtablissement," +
	"codeCedexEtablissement,libelleCedexEtablissement,codePaysEtrangerEtablissement," +
	"libellePaysEtrangerEtablissement,complementAdresse2Etablissement,numeroVoie2Etablissement," +
	"indiceRepetition2Etablissement,typeVoie2Etablissement,libelleVoie2Etablissement,codePostal2Etablissement," +
	"libelleCommune2Etablissement,libelleCommuneEtranger2Etablissement,distributionSpeciale2Etablissement," +
	"codeCommune2Etablissement,codeCedex2Etablissement,libelleCedex2Etablissement," +
	"codePaysEtranger2Etablissement,libellePaysEtranger2Etablissement,dateDebut,etatAdministratifEtablissement," +
	"enseigne1Etablissement,enseigne2Etablissement,enseigne3Etablissement,denominationUsuelleEtablissement," +
	"activitePrincipaleEtablissement,nomenclatureActivitePrincipaleEtablissement,caractereEmployeurEtablissement," +
	"dernierNumeroVoieEtablissement,indiceRepetitionDernierNumeroVoieEtablissement," +
	"identifiantAdresseEtablissement,coordonneeLambertAbscisseEtablissement," +
	"coordonneeLambertOrdonneeEtablissement,activitePrincipaleNAF25Etablissement"

// sireneUniteLegaleHeader is the StockUniteLegale header with the newer columns (domain.md §3.5).
const sireneUniteLegaleHeader = "siren,statutDiffusionUniteLegale,unitePurgeeUniteLegale,dateCreationUniteLegale," +
	"sigleUniteLegale,sexeUniteLegale,prenom1UniteLegale,prenom2UniteLegale,prenom3UniteLegale," +
	"prenom4UniteLegale,prenomUsuelUniteLegale,pseudonymeUniteLegale,identifiantAssociationUniteLegale," +
	"trancheEffectifsUniteLegale,anneeEffectifsUniteLegale,dateDernierTraitementUniteLegale," +
	"nombrePeriodesUniteLegale,categorieEntreprise,anneeCategorieEntreprise,dateDebut," +
	"etatAdministratifUniteLegale,nomUniteLegale,nomUsageUniteLegale,denominationUniteLegale," +
	"denominationUsuelle1UniteLegale,denominationUsuelle2UniteLegale,denominationUsuelle3UniteLegale," +
	"categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,nomenclatureActivitePrincipaleUniteLegale," +
	"nicSiegeUniteLegale,economieSocialeSolidaireUniteLegale,societeMissionUniteLegale," +
	"caractereEmployeurUniteLegale,activitePrincipaleNAF25UniteLegale"

// sireneRow builds a CSV row for header from column values; the other columns get filler values a real file
// has (dates, codes), so the reader must really pick columns by name.
func sireneRow(header string, vals map[string]string) string {
	cols := strings.Split(header, ",")
	out := make([]string, len(cols))
	for i, c := range cols {
		v, ok := vals[c]
		if !ok {
			switch {
			case strings.HasPrefix(c, "dateDernierTraitement"):
				v = "2025-01-15T03:12:45"
			case strings.HasPrefix(c, "nombrePeriodes"):
				v = "3"
			case c == "dateDebut":
				v = "2020-01-01"
			case strings.HasPrefix(c, "coordonneeLambert"):
				v = "931234.5"
			}
		}
		if strings.ContainsAny(v, ",\"\n") {
			v = "\"" + strings.ReplaceAll(v, "\"", "\"\"") + "\""
		}
		out[i] = v
	}
	return strings.Join(out, ",")
}

func TestSIRENEStockEtablissement(t *testing.T) {
	h := sireneEtabHeader
	rows := []string{h,
		sireneRow(h, map[string]string{"siren": "412345670", "nic": "00019", "siret": "41234567000019",
			"statutDiffusionEtablissement": "O", "dateCreationEtablissement": "2014-03-01",
			"trancheEffectifsEtablissement": "11", "codePostalEtablissement": "57000",
			"libelleCommuneEtablissement": "METZ", "etatAdministratifEtablissement": "A",
			"enseigne1Etablissement": "TECHNO LORRAINE", "activitePrincipaleEtablissement": "62.01Z",
			"nomenclatureActivitePrincipaleEtablissement": "NAFRev2", "libelleVoieEtablissement": "AVENUE DE BLIDA",
			"activitePrincipaleNAF25Etablissement": "62.10Y"}),
		// closed
		sireneRow(h, map[string]string{"siren": "412345670", "nic": "00027", "siret": "41234567000027",
			"statutDiffusionEtablissement": "O", "etatAdministratifEtablissement": "F",
			"enseigne1Etablissement": "TECHNO LORRAINE ANCIEN SITE"}),
		// partially diffusible: [ND] values kept empty
		sireneRow(h, map[string]string{"siren": "523456788", "nic": "00018", "siret": "52345678800018",
			"statutDiffusionEtablissement": "P", "dateCreationEtablissement": "[ND]",
			"trancheEffectifsEtablissement": "NN", "codePostalEtablissement": "[ND]",
			"libelleCommuneEtablissement": "METZ", "etatAdministratifEtablissement": "A",
			"enseigne1Etablissement": "[ND]", "denominationUsuelleEtablissement": "BLIDA NUMERIQUE",
			"activitePrincipaleEtablissement": "63.11Z", "nomenclatureActivitePrincipaleEtablissement": "NAFRev2"}),
		// invalid SIRET
		sireneRow(h, map[string]string{"siren": "800123457", "nic": "00016", "siret": "80012345700016",
			"statutDiffusionEtablissement": "O", "etatAdministratifEtablissement": "A",
			"enseigne1Etablissement": "MAUVAISE CLE", "libelleCommuneEtablissement": "NANCY"}),
		// NAF rév. 1
		sireneRow(h, map[string]string{"siren": "900000001", "nic": "00017", "siret": "90000000100017",
			"statutDiffusionEtablissement": "O", "etatAdministratifEtablissement": "A",
			"enseigne1Etablissement": "VIEILLE MAISON", "activitePrincipaleEtablissement": "72.2C",
			"nomenclatureActivitePrincipaleEtablissement": "NAFRev1", "codePostalEtablissement": "88000",
			"libelleCommuneEtablissement": "EPINAL", "dateCreationEtablissement": "1995-06-12"}),
		// no name at all
		sireneRow(h, map[string]string{"siren": "831111117", "nic": "00014", "siret": "83111111700014",
			"statutDiffusionEtablissement": "O", "etatAdministratifEtablissement": "A",
			"libelleCommuneEtablissement": "THIONVILLE", "codePostalEtablissement": "57100"}),
	}
	path := writeFile(t, "StockEtablissement_extrait.csv", []byte(strings.Join(rows, "\n")+"\n"))
	rep := readPath(t, path, Options{Preset: PresetSIRENE, DefaultCategory: "startup"})
	if rep.Preset != PresetSIRENEEtablissement || rep.Source.Delimiter != "," || rep.Source.Encoding != EncUTF8 {
		t.Errorf("preset %s source %+v", rep.Preset, rep.Source)
	}
	checkCounts(t, rep, Counts{Read: 6, Valid: 3, SkippedClosed: 1, Errors: 2})
	f := "StockEtablissement_extrait.csv"
	checkActors(t, rep.Actors, []dossier.Actor{
		{Name: "TECHNO LORRAINE", Category: "startup", SIRET: "41234567000019", NAF: "62.01Z", Town: "METZ",
			Postcode: "57000", HeadcountBand: "11", CreationYear: 2014, Origin: "import " + f + " ligne 2"},
		{Name: "BLIDA NUMERIQUE", Category: "startup", SIRET: "52345678800018", NAF: "63.11Z", Town: "METZ",
			HeadcountBand: "NN", Origin: "import " + f + " ligne 4"},
		{Name: "VIEILLE MAISON", Category: "startup", SIRET: "90000000100017", Town: "EPINAL", Postcode: "88000",
			CreationYear: 1995, Origin: "import " + f + " ligne 6"},
	})
	checkErrors(t, rep.Errors, []RowError{
		{File: f, Row: 5, Column: "siret", Value: "80012345700016", Reason: "SIRET « 80012345700016 » : clé de contrôle incorrecte"},
		{File: f, Row: 7, Column: "enseigne1Etablissement", Reason: "nom absent (ni enseigne, ni dénomination usuelle)"},
	})
	if !strings.Contains(strings.Join(rep.Notes, "\n"), "1 ligne(s) ont un code d'activité dans une autre nomenclature que la NAF rév. 2 (première : ligne 6)") {
		t.Errorf("notes %q", rep.Notes)
	}
	// With a name lookup (from a StockUniteLegale file), the nameless establishment gets its unit's name.
	rep = readPath(t, path, Options{Preset: PresetSIRENEEtablissement, NameBySIREN: func(s string) string {
		if s == "831111117" {
			return "LORRAINE DATA"
		}
		return ""
	}})
	checkCounts(t, rep, Counts{Read: 6, Valid: 4, SkippedClosed: 1, Errors: 1})
	if a := rep.Actors[3]; a.Name != "LORRAINE DATA" || a.Category != "autre" || a.SIRET != "83111111700014" {
		t.Errorf("actor %+v", a)
	}
	// Closed establishments kept on demand.
	rep = readPath(t, path, Options{KeepClosed: true})
	checkCounts(t, rep, Counts{Read: 6, Valid: 4, SkippedClosed: 0, Errors: 2})
}

func TestSIRENEStockUniteLegale(t *testing.T) {
	h := sireneUniteLegaleHeader
	rows := []string{h,
		sireneRow(h, map[string]string{"siren": "200030989", "statutDiffusionUniteLegale": "O",
			"dateCreationUniteLegale": "2011-12-18", "etatAdministratifUniteLegale": "A",
			"denominationUniteLegale":       "POLE METROPOLITAIN EUROPEEN DU SILLON LORRAIN",
			"categorieJuridiqueUniteLegale": "7354", "activitePrincipaleUniteLegale": "84.11Z",
			"nomenclatureActivitePrincipaleUniteLegale": "NAFRev2", "nicSiegeUniteLegale": "00012",
			"trancheEffectifsUniteLegale": "03"}),
		sireneRow(h, map[string]string{"siren": "412345670", "statutDiffusionUniteLegale": "O",
			"prenom1UniteLegale": "MARIE", "prenomUsuelUniteLegale": "Marie", "nomUniteLegale": "DUPONT",
			"sexeUniteLegale": "F", "etatAdministratifUniteLegale": "A", "categorieJuridiqueUniteLegale": "1000",
			"activitePrincipaleUniteLegale": "6202A", "nomenclatureActivitePrincipaleUniteLegale": "NAFRev2",
			"categorieEntreprise": "PME", "nicSiegeUniteLegale": "00019", "dateCreationUniteLegale": "2019-09-01"}),
		sireneRow(h, map[string]string{"siren": "523456788", "etatAdministratifUniteLegale": "C",
			"denominationUniteLegale": "CESSEE SARL"}),
		sireneRow(h, map[string]string{"siren": "800123457", "etatAdministratifUniteLegale": "A",
			"denominationUniteLegale": "GRAND EST NUMERIQUE", "categorieJuridiqueUniteLegale": "9220",
			"identifiantAssociationUniteLegale": "W573012345", "activitePrincipaleUniteLegale": "82.30Z",
			"nomenclatureActivitePrincipaleUniteLegale": "NAFRev2"}),
		sireneRow(h, map[string]string{"siren": "900000001", "etatAdministratifUniteLegale": "A",
			"denominationUniteLegale": "GRANDE ENTREPRISE, LORRAINE", "categorieEntreprise": "GE",
			"trancheEffectifsUniteLegale": "53", "categorieJuridiqueUniteLegale": "5599"}),
	}
	rep := readPath(t, writeFile(t, "StockUniteLegale.csv", []byte(strings.Join(rows, "\r\n"))), Options{})
	if rep.Preset != PresetSIRENEUniteLegale {
		t.Errorf("preset %s", rep.Preset)
	}
	checkCounts(t, rep, Counts{Read: 5, Valid: 4, SkippedClosed: 1})
	f := "StockUniteLegale.csv"
	checkActors(t, rep.Actors, []dossier.Actor{
		{Name: "POLE METROPOLITAIN EUROPEEN DU SILLON LORRAIN", Category: "collectivite", SIRET: "20003098900012",
			NAF: "84.11Z", HeadcountBand: "03", CreationYear: 2011, Origin: "import " + f + " ligne 2"},
		{Name: "Marie DUPONT", Category: "autre", SIRET: "41234567000019", NAF: "62.02A", CreationYear: 2019,
			Origin: "import " + f + " ligne 3"},
		{Name: "GRAND EST NUMERIQUE", Category: "association", NAF: "82.30Z", Origin: "import " + f + " ligne 5"},
		{Name: "GRANDE ENTREPRISE, LORRAINE", Category: "grande-entreprise", HeadcountBand: "53",
			Origin: "import " + f + " ligne 6"},
	})
}

func TestGuessCategory(t *testing.T) {
	for _, tc := range []struct{ naf, ce, cj, rna, def, want string }{
		{"72.19Z", "", "", "", "startup", "laboratoire"},
		{"72.20Z", "", "", "", "", "laboratoire"},
		{"85.42Z", "", "7383", "", "", "enseignement"},
		{"84.11Z", "", "", "", "", "collectivite"},
		{"64.30Z", "", "", "", "", "investisseur"},
		{"66.30Z", "PME", "", "", "", "investisseur"},
		{"94.99Z", "", "", "", "", "association"},
		{"62.01Z", "", "9220", "", "startup", "association"},
		{"", "", "", "W123", "", "association"},
		{"62.01Z", "", "7210", "", "", "collectivite"},
		{"62.01Z", "GE", "5710", "", "startup", "grande-entreprise"},
		{"62.01Z", "ETI", "5710", "", "startup", "pme"},
		{"62.01Z", "PME", "5710", "", "startup", "startup"},
		{"62.01Z", "PME", "5710", "", "nimporte", "autre"},
		{"", "", "", "", "", "autre"},
	} {
		if got := guessCategory(tc.naf, tc.ce, tc.cj, tc.rna, tc.def); got != tc.want {
			t.Errorf("guessCategory(%q,%q,%q,%q,%q) = %q, want %q", tc.naf, tc.ce, tc.cj, tc.rna, tc.def, got, tc.want)
		}
	}
}

func TestHeaderFoldingAndCustomMapping(t *testing.T) {
	for in, want := range map[string]string{
		"Tranche d'effectifs":                  "tranchedeffectifs",
		"  TRANCHE   D’EFFECTIFS  ":            "tranchedeffectifs",
		"Année de création":                    "anneedecreation",
		"Étiquettes":                           "etiquettes",
		"Œuvre":                                "oeuvre",
		"code_postal":                          "codepostal",
		"activitePrincipaleNAF25Etablissement": "activiteprincipalenaf25etablissement",
	} {
		if got := foldKey(in); got != want {
			t.Errorf("foldKey(%q) = %q, want %q", in, got, want)
		}
	}
	text := "Raison soc.;Ville;Effectif salarié;Divers\nAdista;Maxéville;douze;x\nProConsultant;Metz;;y\n"
	// No name column recognised: Preview says why and ReadActors refuses with a French message.
	pv, err := Preview(strings.NewReader(text), "libre.csv", 5, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(pv.MappingError, "aucune colonne de nom reconnue") || len(pv.Rows) != 2 ||
		pv.RowNumbers[1] != 3 || pv.Headers[2] != "Effectif salarié" {
		t.Errorf("preview %+v", pv)
	}
	_, err = ReadActors(strings.NewReader(text), "libre.csv", Options{})
	if !errors.Is(err, ErrMapping) || !strings.Contains(err.Error(), "Fichier « libre.csv » : aucune colonne de nom") {
		t.Errorf("err = %v", err)
	}
	// A free mapping chosen by the user; header names matched ignoring case, accents and punctuation.
	rep, err := ReadActors(strings.NewReader(text), "libre.csv", Options{Mapping: map[string]Field{
		"raison soc": FieldName, "VILLE": FieldTown, "effectif salarie": FieldHeadcount}})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, Counts{Read: 2, Valid: 1, Errors: 1})
	checkActors(t, rep.Actors, []dossier.Actor{{Name: "ProConsultant", Category: "autre", Town: "Metz",
		Origin: "import libre.csv ligne 3"}})
	checkErrors(t, rep.Errors, []RowError{{File: "libre.csv", Row: 2, Column: "Effectif salarié", Value: "douze",
		Reason: "tranche d'effectifs inconnue"}})
	if !reflect.DeepEqual(rep.Ignored, []string{"Divers"}) {
		t.Errorf("ignored %v", rep.Ignored)
	}
	_, err = ReadActors(strings.NewReader(text), "libre.csv", Options{Mapping: map[string]Field{"Nom": FieldName}})
	if !errors.Is(err, ErrMapping) || !strings.Contains(err.Error(), "la colonne « Nom » choisie") {
		t.Errorf("err = %v", err)
	}
	// Preview of a SIRENE file suggests the preset's mapping.
	pv, err = Preview(strings.NewReader(sireneEtabHeader+"\n"), "s.csv", 5, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if pv.Preset != PresetSIRENEEtablissement || pv.Mapping["siret"] != FieldSIRET ||
		pv.Mapping["libelleCommuneEtablissement"] != FieldTown || pv.MappingError != "" || len(pv.Rows) != 0 {
		t.Errorf("preview %+v", pv)
	}
}

func TestParsePreset(t *testing.T) {
	for in, want := range map[string]Preset{"sirene": PresetSIRENE, "AUTO": PresetAuto, "": PresetAuto,
		"Sirene-Etablissement": PresetSIRENEEtablissement, "acteurs": PresetActors, "libre": PresetCustom} {
		if got, err := ParsePreset(in); err != nil || got != want {
			t.Errorf("ParsePreset(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParsePreset("insee"); err == nil || !strings.Contains(err.Error(), "préréglage « insee » inconnu") {
		t.Errorf("err = %v", err)
	}
}

func TestParseMoneyRaw(t *testing.T) {
	for _, tc := range []struct {
		in   string
		raw  bool
		want int64
	}{
		{"1234.5", true, 123450},
		{"1.5E+7", true, 1500000000},
		{"0.1", true, 10},
		{"12.125", true, 1213}, // a stored number with three decimals, rounded to the cent
		{"12.500", true, 1250000},
		{"1.250.000", true, 125000000},
		{"12.500", false, 1250000},
		{"1 234,56 €", true, 123456},
		{"-12.5", true, -1250},
	} {
		got, err := parseMoney(tc.in, tc.raw)
		if err != nil || got != tc.want {
			t.Errorf("parseMoney(%q, %v) = %d, %v; want %d", tc.in, tc.raw, got, err, tc.want)
		}
	}
}
