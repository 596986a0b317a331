package imports

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"

	"dossierft/internal/dossier"
)

func TestPlanDuplicates(t *testing.T) {
	existing := []dossier.Actor{
		{ID: 10, Name: "Technopôle Metz", Town: "Metz", Category: "collectivite", Origin: "saisie"},
		{ID: 11, Name: "Adista", SIRET: "41234567000019", Town: "Maxéville", Tags: []string{"réseaux"},
			Origin: "saisie"},
	}
	incoming := []dossier.Actor{
		// 0: same SIRET as existing 11, brings a NAF and a tag
		{Name: "ADISTA SAS", SIRET: "41234567000019", NAF: "61.10Z", Town: "Maxéville",
			Tags: []string{"Réseaux", "cloud"}, Origin: "import a.csv ligne 2"},
		// 1: same name and town as existing 10 (accents, case, hyphen ignored), brings a postcode
		{Name: "TECHNOPOLE-METZ", Town: "METZ", Postcode: "57070", Origin: "import a.csv ligne 3"},
		// 2: new
		{Name: "SESAMm", SIRET: "52345678800018", Town: "Metz", Origin: "import a.csv ligne 4"},
		// 3: same SIRET as row 2 in the file
		{Name: "Sesamm", SIRET: "52345678800018", Town: "Metz", CreationYear: 2014, Origin: "import a.csv ligne 5"},
		// 4: same name and town as row 2, but another SIRET: not a duplicate
		{Name: "SESAMm", SIRET: "80012345700015", Town: "Metz", Origin: "import a.csv ligne 6"},
		// 5: same name as row 2, no SIRET: duplicate by name and town
		{Name: "sesamm", Town: "metz", Website: "https://sesamm.example", Origin: "import a.csv ligne 7"},
		// 6: same name as existing 10 in another town: new
		{Name: "Technopôle Metz", Town: "Nancy", Origin: "import a.csv ligne 8"},
	}
	inCopy := make([]dossier.Actor, len(incoming))
	copy(inCopy, incoming)

	skip, err := PlanDuplicates(incoming, existing, DupSkip)
	if err != nil {
		t.Fatal(err)
	}
	if skip.Counts != (DupCounts{New: 3, Merged: 0, Skipped: 4}) || len(skip.Update) != 0 {
		t.Errorf("skip counts %+v update %d", skip.Counts, len(skip.Update))
	}
	var names []string
	for _, a := range skip.Insert {
		names = append(names, a.Origin)
	}
	if strings.Join(names, "|") != "import a.csv ligne 4|import a.csv ligne 6|import a.csv ligne 8" {
		t.Errorf("skip inserts %v", names)
	}
	var reasons []string
	for _, d := range skip.Duplicates {
		reasons = append(reasons, d.Reason)
	}
	wantReasons := []string{"même SIRET 41234567000019", "même nom et même commune", "même SIRET 52345678800018",
		"même nom et même commune"}
	if !reflect.DeepEqual(reasons, wantReasons) {
		t.Errorf("reasons %q", reasons)
	}
	if d := skip.Duplicates[0]; d.ExistingID != 11 || d.FirstIndex != -1 {
		t.Errorf("dup 0 %+v", d)
	}
	if d := skip.Duplicates[2]; d.ExistingID != 0 || d.FirstIndex != 2 {
		t.Errorf("dup 2 %+v", d)
	}
	if skip.Summary() != "3 nouveau(x), 0 fusionné(s), 4 doublon(s) ignoré(s)" {
		t.Errorf("summary %q", skip.Summary())
	}

	merge, err := PlanDuplicates(incoming, existing, DupMerge)
	if err != nil {
		t.Fatal(err)
	}
	if merge.Counts != (DupCounts{New: 3, Merged: 4, Skipped: 0}) {
		t.Errorf("merge counts %+v", merge.Counts)
	}
	wantUpdate := []dossier.Actor{
		{ID: 10, Name: "Technopôle Metz", Town: "Metz", Postcode: "57070", Category: "collectivite", Origin: "saisie",
			Tags: []string{}},
		{ID: 11, Name: "Adista", SIRET: "41234567000019", NAF: "61.10Z", Town: "Maxéville",
			Tags: []string{"réseaux", "cloud"}, Origin: "saisie"},
	}
	if len(merge.Update) != 2 {
		t.Fatalf("update %+v", merge.Update)
	}
	for i := range wantUpdate {
		g, w := merge.Update[i], wantUpdate[i]
		if len(g.Tags) == 0 && len(w.Tags) == 0 {
			g.Tags, w.Tags = nil, nil
		}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("update %d\n got %+v\nwant %+v", i, g, w)
		}
	}
	first := merge.Insert[0]
	if first.CreationYear != 2014 || first.Website != "https://sesamm.example" || first.Name != "SESAMm" ||
		first.Origin != "import a.csv ligne 4" {
		t.Errorf("merged insert %+v", first)
	}
	// Inputs untouched.
	if !reflect.DeepEqual(incoming, inCopy) || existing[1].NAF != "" || len(existing[1].Tags) != 1 {
		t.Error("PlanDuplicates modified its inputs")
	}
	if _, err := PlanDuplicates(nil, nil, "remplacer"); err == nil || !strings.Contains(err.Error(), "règle de doublons « remplacer » inconnue") {
		t.Errorf("err = %v", err)
	}
	if DupKey(dossier.Actor{Name: " Technopôle  Metz ", Town: "Saint-Dié-des-Vosges"}) != "technopole metz|saint die des vosges" {
		t.Errorf("DupKey = %q", DupKey(dossier.Actor{Name: " Technopôle  Metz ", Town: "Saint-Dié-des-Vosges"}))
	}
}

func TestWriteErrorsCSV(t *testing.T) {
	errs := []RowError{
		{File: "a.csv", Row: 12, Column: "SIRET", Value: "80012345700016", Reason: "SIRET « 80012345700016 » : clé de contrôle incorrecte"},
		{File: "a.csv", Row: 13, Column: "Fonds levés", Value: "-12,50", Reason: "montant négatif"},
		{File: "a.csv", Row: 14, Column: "Téléphone", Value: "+33 6 12 34 56 78", Reason: "x"},
		{File: "a.csv", Row: 15, Column: "Nom", Value: "=HYPERLINK(\"http://x\";\"y\")", Reason: "test; avec \"guillemets\""},
		{File: "a.csv", Row: 16, Column: "Nom", Value: "-2+3+cmd|' /C calc'!A0", Reason: "@SUM(1)"},
	}
	var buf bytes.Buffer
	if err := WriteErrorsCSV(&buf, errs); err != nil {
		t.Fatal(err)
	}
	want := "\ufeffFichier;Ligne;Colonne;Valeur;Motif\r\n" +
		"a.csv;12;SIRET;80012345700016;SIRET « 80012345700016 » : clé de contrôle incorrecte\r\n" +
		"a.csv;13;Fonds levés;-12,50;montant négatif\r\n" +
		"a.csv;14;Téléphone;+33 6 12 34 56 78;x\r\n" +
		"a.csv;15;Nom;\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";\"test; avec \"\"guillemets\"\"\"\r\n" +
		"a.csv;16;Nom;'-2+3+cmd|' /C calc'!A0;'@SUM(1)\r\n"
	if buf.String() != want {
		t.Errorf("got\n%q\nwant\n%q", buf.String(), want)
	}
	// It reads back with our own reader as the same cells.
	cr := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff")))
	cr.Comma = ';'
	recs, err := cr.ReadAll()
	if err != nil || len(recs) != 6 || recs[4][3] != "'=HYPERLINK(\"http://x\";\"y\")" {
		t.Errorf("read back %q %v", recs, err)
	}
}

// FuzzPlanDuplicates: whatever the actors, every incoming actor is inserted, merged or skipped exactly once,
// and no two actors kept (inserted or already in the dossier) are duplicates of each other.
func FuzzPlanDuplicates(f *testing.F) {
	f.Add([]byte{0x11, 0x22, 0x13, 0x00, 0x31}, []byte{0x12, 0x40}, true)
	f.Fuzz(func(t *testing.T, in, ex []byte, merge bool) {
		names := []string{"Adista", "ADISTA", "Técnopôle", "Technopole", "Blida", ""}
		towns := []string{"Metz", "METZ", "Nancy", ""}
		sirets := []string{"", "", "41234567000019", "52345678800018"}
		mk := func(b []byte, id0 int64) []dossier.Actor {
			var out []dossier.Actor
			for i, x := range b {
				out = append(out, dossier.Actor{ID: id0 + int64(i), Name: names[int(x)%len(names)],
					Town: towns[int(x>>3)%len(towns)], SIRET: sirets[int(x>>5)%len(sirets)]})
			}
			return out
		}
		incoming, existing := mk(in, 0), mk(ex, 100)
		if len(incoming) > 64 || len(existing) > 64 {
			return
		}
		pol := DupSkip
		if merge {
			pol = DupMerge
		}
		plan, err := PlanDuplicates(incoming, existing, pol)
		if err != nil {
			t.Fatal(err)
		}
		c := plan.Counts
		if c.New+c.Merged+c.Skipped != len(incoming) || c.New != len(plan.Insert) || len(plan.Duplicates) != c.Merged+c.Skipped {
			t.Fatalf("counts %+v for %d incoming", c, len(incoming))
		}
		for i, a := range plan.Insert {
			for _, b := range plan.Insert[i+1:] {
				if same, _ := sameActor(a, b); same {
					t.Fatalf("two inserted duplicates: %+v / %+v", a, b)
				}
			}
		}
		// Against the dossier as it will be (existing actors with their updates).
		after := map[int64]dossier.Actor{}
		for _, e := range existing {
			after[e.ID] = e
		}
		for _, u := range plan.Update {
			after[u.ID] = u
		}
		for _, a := range plan.Insert {
			for _, e := range after {
				if same, _ := sameActor(a, e); same {
					t.Fatalf("inserted duplicate of dossier actor %d: %+v / %+v", e.ID, a, e)
				}
			}
		}
	})
}

// A merge that fills a town can make two kept actors duplicates: they are merged in turn (found by fuzzing).
func TestPlanDuplicatesCascade(t *testing.T) {
	in := []dossier.Actor{
		{Name: "Adista", Town: "Metz", Origin: "ligne 2"},
		{Name: "Adista", SIRET: "52345678800018", Origin: "ligne 3"},
		{Name: "ADISTA", Town: "Metz", SIRET: "52345678800018", Origin: "ligne 4"},
	}
	merge, err := PlanDuplicates(in, nil, DupMerge)
	if err != nil {
		t.Fatal(err)
	}
	want := []dossier.Actor{{Name: "Adista", Town: "Metz", SIRET: "52345678800018", Origin: "ligne 2"}}
	if merge.Counts != (DupCounts{New: 1, Merged: 2}) || !reflect.DeepEqual(withoutTags(merge.Insert[0]), want[0]) {
		t.Errorf("merge %+v %+v", merge.Counts, merge.Insert)
	}
	if d := merge.Duplicates[1]; d.Incoming.Origin != "ligne 3" || d.FirstIndex != 0 || d.Reason != "même nom et même commune" {
		t.Errorf("second duplicate %+v", d)
	}
	skip, err := PlanDuplicates(in, nil, DupSkip)
	if err != nil {
		t.Fatal(err)
	}
	if skip.Counts != (DupCounts{New: 2, Skipped: 1}) || skip.Insert[1].Origin != "ligne 3" || skip.Insert[1].Town != "" {
		t.Errorf("skip %+v %+v", skip.Counts, skip.Insert)
	}
}
