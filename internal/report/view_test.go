package report

import (
	"testing"

	"dossierft/internal/dossier"
	"dossierft/internal/sample"
)

func TestBuildSample(t *testing.T) {
	d := sample.LORnTECH()
	v := Build(d)
	n := len(v.Years)
	if n != 3 || v.Years[0] != 2015 || v.Years[2] != 2017 {
		t.Fatalf("years = %v", v.Years)
	}
	// The plan's totals are those of dossier.Budget, column by column.
	b := d.Budget()
	for k := 0; k <= n; k++ {
		yb := b[k]
		if k == n {
			yb = b[len(b)-1]
		}
		if v.Plan.TotalCharges[k] != yb.Charges || v.Plan.TotalProduits[k] != yb.Produits ||
			v.Plan.ChargesInKind.Total[k] != yb.InKindCharges || v.Plan.ProduitsInKind.Total[k] != yb.InKindProduits {
			t.Errorf("column %d: plan %v/%v/%v/%v, budget %+v", k, v.Plan.TotalCharges[k], v.Plan.TotalProduits[k],
				v.Plan.ChargesInKind.Total[k], v.Plan.ProduitsInKind.Total[k], yb)
		}
		if v.Plan.Balance[k] != yb.Balance() {
			t.Errorf("column %d: balance %v, want %v", k, v.Plan.Balance[k], yb.Balance())
		}
	}
	// Each group's total is the sum of its lines; each line's total the sum of its years.
	for _, g := range append(append(append([]PlanGroup{}, v.Plan.Charges...), v.Plan.Produits...), v.Plan.ChargesInKind, v.Plan.ProduitsInKind) {
		for k := 0; k <= n; k++ {
			var s dossier.Cents
			for _, l := range g.Lines {
				s += l.Amounts[k]
			}
			if s != g.Total[k] {
				t.Errorf("group %s column %d: total %v, lines %v", g.Code, k, g.Total[k], s)
			}
		}
		for _, l := range g.Lines {
			var s dossier.Cents
			for k := 0; k < n; k++ {
				s += l.Amounts[k]
			}
			if s != l.Amounts[n] {
				t.Errorf("line %s: total %v, years %v", l.Code, l.Amounts[n], s)
			}
		}
	}
	// Funders add up to all produits (in kind included).
	var f dossier.Cents
	for _, r := range v.Funders {
		f += r.Amounts[n]
	}
	if want := v.Plan.TotalProduits[n] + v.Plan.ProduitsInKind.Total[n]; f != want {
		t.Errorf("funders total %v, produits %v", f, want)
	}
	if len(v.Partners) != len(d.Partners) || len(v.Actors) != len(d.Actors) || len(v.Chapters) != len(d.Sections) {
		t.Error("rows lost in the view")
	}
	if len(v.Letters) == 0 || len(v.Logos) == 0 {
		t.Errorf("letters %d, logos %d", len(v.Letters), len(v.Logos))
	}
}

func TestBuildDraftAndUnknownAccount(t *testing.T) {
	d := &dossier.Dossier{
		Candidature: dossier.Candidature{Name: "X", YearStart: 2015, YearEnd: 2015},
		Sections:    []dossier.Section{{ID: 1, Position: 1, Title: "Stratégie", Status: "a-relire"}},
		Charges:     []dossier.Charge{{ID: 1, Account: "6999", Year: 2015, Label: "?", Amount: 1000}, {ID: 2, Account: "641", Year: 2016, Amount: 500}},
	}
	v := Build(d)
	if !v.Draft || len(v.DraftReasons) == 0 || v.DraftReasons[0] != "chapitre « Stratégie » : à relire" {
		t.Errorf("draft = %v, reasons %q", v.Draft, v.DraftReasons)
	}
	if len(v.Years) != 2 || v.Years[1] != 2016 {
		t.Errorf("years %v: a line outside the candidature's years must add its year", v.Years)
	}
	last := v.Plan.Charges[len(v.Plan.Charges)-1]
	if last.Code != "?" || last.Lines[0].Code != "6999" || last.Total[2] != 1000 {
		t.Errorf("unknown account not shown: %+v", last)
	}
	if v.Plan.TotalCharges[2] != 1500 {
		t.Errorf("total charges %v, want 1500", v.Plan.TotalCharges[2])
	}
	if Number(1234.5) != "1\u202f234,5" || Number(-3) != "-3" || Number(0.125) != "0,125" {
		t.Errorf("Number: %q %q %q", Number(1234.5), Number(-3), Number(0.125))
	}
}
