package imports

import (
	"bytes"
	"strings"
	"testing"

	"dossierft/internal/dossier"
)

// Two columns read for the same field (a repeated header, or synonyms) are named in a note that says which
// wins and on how many rows they disagree; the import goes on (first non-empty value in that order).
func TestRepeatedHeaderNote(t *testing.T) {
	text := "Nom;Nom;Commune\n" +
		"Alpha;;Metz\n" +
		"Beta;Beta;Metz\n" +
		"Gamma;Gamma SAS;Nancy\n" +
		";Delta;Nancy\n" +
		"Epsilon;Epsilon SA;Toul\n"
	rep, err := ReadActors(strings.NewReader(text), "double.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, Counts{Read: 5, Valid: 5})
	var names []string
	for _, a := range rep.Actors {
		names = append(names, a.Name)
	}
	if strings.Join(names, "|") != "Alpha|Beta|Gamma|Delta|Epsilon" {
		t.Errorf("names %q", names)
	}
	want := "colonnes « Nom » (colonne 1) et « Nom » (colonne 2) lues pour le même champ « Nom » : la première " +
		"non vide, dans cet ordre, est prise ; elles diffèrent sur 2 ligne(s) (première : ligne 4) : vérifiez la " +
		"correspondance des colonnes"
	if strings.Join(rep.Notes, "\n") != want {
		t.Errorf("notes %q\nwant %q", rep.Notes, want)
	}

	// The same in a workbook, and the preview names both columns before the import.
	x := sheetWorkbook(t, `<row r="1">`+is("A1", "Nom")+is("B1", "Commune")+is("C1", "Nom")+`</row>`+
		`<row r="2">`+is("A2", "Alpha")+is("B2", "Metz")+`</row>`)
	rep, err = ReadActors(bytes.NewReader(x), "double.xlsx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want = "colonnes « Nom » (colonne 1) et « Nom » (colonne 3) lues pour le même champ « Nom » : la première " +
		"non vide, dans cet ordre, est prise ; elles ne diffèrent sur aucune ligne"
	if strings.Join(rep.Notes, "\n") != want || len(rep.Actors) != 1 || rep.Actors[0].Name != "Alpha" {
		t.Errorf("notes %q actors %+v\nwant %q", rep.Notes, rep.Actors, want)
	}
	pv, err := Preview(bytes.NewReader(x), "double.xlsx", 5, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want = "colonnes « Nom » (colonne 1) et « Nom » (colonne 3) lues pour le même champ « Nom » : la première " +
		"non vide, dans cet ordre, est prise"
	if strings.Join(pv.Notes, "\n") != want {
		t.Errorf("preview notes %q\nwant %q", pv.Notes, want)
	}

	// Synonyms: the preset's order decides (« Nom » before « Raison sociale »), whatever the file's order.
	rep, err = ReadActors(strings.NewReader("Raison sociale;Nom;SIRET\nACME SAS;Acme;\n"), "syn.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want = "colonnes « Nom » (colonne 2) et « Raison sociale » (colonne 1) lues pour le même champ « Nom » : la " +
		"première non vide, dans cet ordre, est prise ; elles diffèrent sur 1 ligne(s) (première : ligne 2) : " +
		"vérifiez la correspondance des colonnes"
	checkActors(t, rep.Actors, []dossier.Actor{{Name: "Acme", Category: "autre", Origin: "import syn.csv ligne 2"}})
	if strings.Join(rep.Notes, "\n") != want {
		t.Errorf("notes %q\nwant %q", rep.Notes, want)
	}

	// SIRENE: a repeated column is noted; the designed fallbacks (libelleCommuneEtablissement then
	// libelleCommuneEtrangerEtablissement) are not.
	h := sireneEtabHeader + ",siret"
	row := sireneRow(h, map[string]string{"siren": "412345670", "nic": "00019", "siret": "41234567000019",
		"etatAdministratifEtablissement": "A", "enseigne1Etablissement": "TECHNO LORRAINE",
		"libelleCommuneEtablissement": "METZ"})
	rep, err = ReadActors(strings.NewReader(h+"\n"+row+"\n"), "sirene.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(strings.Split(h, ",")); n != 55 {
		t.Fatalf("%d columns", n)
	}
	want = "colonnes « siret » (colonne 3) et « siret » (colonne 55) lues pour le même champ " +
		"« SIRET » : la première non vide, dans cet ordre, est prise ; elles ne diffèrent sur aucune ligne"
	if strings.Join(rep.Notes, "\n") != want || len(rep.Actors) != 1 || rep.Actors[0].SIRET != "41234567000019" {
		t.Errorf("notes %q actors %+v\nwant %q", rep.Notes, rep.Actors, want)
	}
}
