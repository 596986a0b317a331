package report

import (
	"reflect"
	"testing"

	"dossierft/internal/dossier"
)

// TestCerfaRounding: lines are rounded one by one (half away from zero), everything else adds the rounded
// figures; the exact totals stay in Plan.
func TestCerfaRounding(t *testing.T) {
	d := &dossier.Dossier{
		Candidature: dossier.Candidature{YearStart: 2015, YearEnd: 2016},
		Charges: []dossier.Charge{
			{Account: "613", Year: 2015, Amount: 150},     // 1,50 € → 2
			{Account: "615", Year: 2015, Amount: 149},     // 1,49 € → 1
			{Account: "616", Year: 2015, Amount: 250},     // 2,50 € → 3
			{Account: "616", Year: 2016, Amount: 250},     // 2,50 € → 3 (total column 6, not round(5,00)=5)
			{Account: "641", Year: 2016, Amount: 100_049}, // 1 000,49 € → 1 000
			{Account: "999", Year: 2016, Amount: 51},      // outside the grid, 0,51 € → 1
			{Account: "860", Year: 2016, Amount: 50},      // in kind, 0,50 € → 1
		},
		Resources: []dossier.Resource{
			{Account: "74-region", Year: 2015, Amount: 549},     // 5,49 € → 5
			{Account: "74-region", Year: 2016, Amount: 100_150}, // 1 001,50 € → 1 002
			{Account: "870", Year: 2016, Amount: 50},
		},
	}
	v := Build(d)
	c := v.Plan.Cerfa()
	if g := c.Group(dossier.SideCharge, "61"); g == nil || !reflect.DeepEqual(g.Total, []int64{6, 3, 9}) {
		t.Errorf("61 = %+v, want [6 3 9]", g)
	}
	if l := c.Line(dossier.SideCharge, "616"); !reflect.DeepEqual(l, []int64{3, 3, 6}) {
		t.Errorf("616 = %v, want [3 3 6]", l)
	}
	if l := c.Line(dossier.SideCharge, "999"); !reflect.DeepEqual(l, []int64{0, 1, 1}) {
		t.Errorf("999 = %v, want [0 1 1]", l)
	}
	if !reflect.DeepEqual(c.TotalCharges, []int64{6, 1004, 1010}) {
		t.Errorf("TotalCharges = %v, want [6 1004 1010]", c.TotalCharges)
	}
	if !reflect.DeepEqual(c.GrandCharges, []int64{6, 1005, 1011}) {
		t.Errorf("GrandCharges = %v, want [6 1005 1011]", c.GrandCharges)
	}
	if !reflect.DeepEqual(c.TotalProduits, []int64{5, 1002, 1007}) {
		t.Errorf("TotalProduits = %v, want [5 1002 1007]", c.TotalProduits)
	}
	if !reflect.DeepEqual(c.Balance, []int64{-1, -2, -3}) || !reflect.DeepEqual(c.Gap, []int64{-1, -2, -3}) {
		t.Errorf("Balance = %v, Gap = %v, want [-1 -2 -3] both", c.Balance, c.Gap)
	}
	// The exact totals, in cents, are untouched: 5,49 € of charges in 2015 (1,50 + 1,49 + 2,50).
	if v.Plan.TotalCharges[0] != 549 {
		t.Errorf("exact 2015 charges = %d cents, want 549", v.Plan.TotalCharges[0])
	}
	if got := CerfaOf(d); !reflect.DeepEqual(got, c) {
		t.Error("CerfaOf(d) differs from Build(d).Plan.Cerfa()")
	}
}

func TestRoundRows(t *testing.T) {
	r, tot := RoundRows([][]dossier.Cents{{150, 250, 400}, {-150, 49, -101}})
	if !reflect.DeepEqual(r, [][]int64{{2, 3, 5}, {-2, 0, -2}}) || !reflect.DeepEqual(tot, []int64{0, 3, 3}) {
		t.Errorf("RoundRows = %v, %v", r, tot)
	}
}
