package imports_test

import (
	"bytes"
	"reflect"
	"testing"
	"time"

	"dossierft/internal/dossier"
	"dossierft/internal/imports"
	rcsv "dossierft/internal/report/csv"
	rxlsx "dossierft/internal/report/xlsx"
)

// Our own actors exports (internal/report/csv and internal/report/xlsx) read back into the same actors.
func TestReimportOwnActorsExports(t *testing.T) {
	d := &dossier.Dossier{Candidature: dossier.Candidature{Name: "LORnTECH", YearStart: 2015, YearEnd: 2017}}
	d.Actors = []dossier.Actor{
		{ID: 1, Name: "Xilopix", Category: "startup", SIRET: "41234567000019", NAF: "62.01Z", Town: "Épinal",
			Postcode: "88000", HeadcountBand: "11", CreationYear: 2009, FundsRaised: 123456789,
			Website: "https://xilopix.example", Description: "Moteur de recherche\nsur deux lignes",
			Tags: []string{"IA", "recherche"}, Origin: "saisie"},
		{ID: 2, Name: "=Formule ; piège", Category: "association", Town: "Bourg-en-Bresse", Postcode: "01000",
			HeadcountBand: "NN", Origin: "exemple", Fictitious: true},
		{ID: 3, Name: "Grand Est Numérique", Category: "association", Town: "Metz", Postcode: "57000",
			HeadcountBand: "53", FundsRaised: 50, Origin: "saisie"},
	}
	want := make([]dossier.Actor, len(d.Actors))
	for i, a := range d.Actors {
		a.ID = 0
		want[i] = a
	}
	check := func(name string, data []byte) {
		t.Helper()
		rep, err := imports.ReadActors(bytes.NewReader(data), name, imports.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if rep.Preset != imports.PresetActors || rep.Counts != (imports.Counts{Read: 3, Valid: 3}) {
			t.Fatalf("%s: preset %s counts %+v errors %v", name, rep.Preset, rep.Counts, rep.Errors)
		}
		for i, a := range rep.Actors {
			w := want[i]
			w.Origin = a.Origin // the import records where the row came from
			if len(a.Tags) == 0 && len(w.Tags) == 0 {
				a.Tags, w.Tags = nil, nil
			}
			if !reflect.DeepEqual(a, w) {
				t.Errorf("%s actor %d:\n got %+v\nwant %+v", name, i, a, w)
			}
		}
		if rep.Actors[0].Origin != "import "+name+" ligne 2" {
			t.Errorf("%s: origin %q", name, rep.Actors[0].Origin)
		}
	}
	var c bytes.Buffer
	if err := rcsv.Actors(&c, d); err != nil {
		t.Fatal(err)
	}
	check("annuaire.csv", c.Bytes())
	var x bytes.Buffer
	if err := rxlsx.Actors(&x, d, rxlsx.Options{Now: time.Date(2015, 1, 20, 9, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	check("annuaire.xlsx", x.Bytes())
}
