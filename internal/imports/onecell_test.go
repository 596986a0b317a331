package imports

import (
	"bytes"
	"strings"
	"testing"
)

// A cell gives one row error: a 1 MB name is "too long", not also « nom absent »; other bad cells of the row
// are still reported.
func TestOneErrorPerCell(t *testing.T) {
	big := strings.Repeat("é", 1<<20)
	const tooLong = "valeur de 1\u202f048\u202f576 caractères : le maximum est 32\u202f767"
	text := "Nom;Commune;SIRET\n" +
		big + ";Metz;\n" +
		big + ";Metz;12345678901234\n" +
		";Nancy;\n"
	rep, err := ReadActors(strings.NewReader(text), "long.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, Counts{Read: 3, Errors: 3})
	want := []RowError{
		{File: "long.csv", Row: 2, Column: "Nom", Value: strings.Repeat("é", 200) + "…", Reason: tooLong},
		{File: "long.csv", Row: 3, Column: "Nom", Value: strings.Repeat("é", 200) + "…", Reason: tooLong},
		{File: "long.csv", Row: 3, Column: "SIRET", Value: "12345678901234",
			Reason: "SIRET « 12345678901234 » : clé de contrôle incorrecte"},
		{File: "long.csv", Row: 4, Column: "Nom", Reason: "nom absent"},
	}
	checkErrors(t, rep.Errors, want)
	for i, e := range rep.Errors {
		if i < len(want) && e.Reason != want[i].Reason {
			t.Errorf("reason %d = %q, want %q", i, e.Reason, want[i].Reason)
		}
	}

	// In a workbook, and in a SIRENE extract whose usable name column is another one than the bad cell.
	x := sheetWorkbook(t, `<row r="1">`+is("A1", "Nom")+is("B1", "Commune")+`</row>`+
		`<row r="2">`+is("A2", big)+is("B2", "Metz")+`</row>`)
	rep, err = ReadActors(bytes.NewReader(x), "long.xlsx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkErrors(t, rep.Errors, []RowError{
		{File: "long.xlsx", Row: 2, Column: "Nom", Value: strings.Repeat("é", 200) + "…", Reason: tooLong}})
	h := sireneEtabHeader
	row := sireneRow(h, map[string]string{"siren": "412345670", "nic": "00019", "siret": "41234567000019",
		"etatAdministratifEtablissement": "A", "enseigne1Etablissement": big})
	rep, err = ReadActors(strings.NewReader(h+"\n"+row+"\n"), "sirene.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkErrors(t, rep.Errors, []RowError{{File: "sirene.csv", Row: 2, Column: "enseigne1Etablissement",
		Value: strings.Repeat("é", 200) + "…", Reason: tooLong}})
}
