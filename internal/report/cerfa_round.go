package report

import "dossierft/internal/dossier"

// CerfaPlan is the financing plan in whole euros, as it is written on the paper Cerfa 12156 budget
// ("Ne pas indiquer les centimes d'euros"): each account line is rounded to the euro (dossier.Cents.Euros,
// half away from zero) year by year, and every other figure is a sum of the rounded figures shown — a group
// total adds its lines, the totals add the groups, the total column adds the years — so that every row and
// every column adds up on paper. The exact totals, to the cent, are Plan's (shown in the synthesis); the two
// may differ by a few euros, the rounding gap, which Gap shows. Every []int64 has len(Years)+1 entries (the
// years, then the total column), in whole euros.
//
// Every output showing the Cerfa table (the dossier PDF, the financing workbook's "Budget Cerfa 12156"
// sheet) prints these figures, so they agree to the euro.
type CerfaPlan struct {
	Years    []int
	Charges  []CerfaGroup // same groups and lines as Plan.Charges
	Produits []CerfaGroup // same groups and lines as Plan.Produits
	// ChargesInKind (86) and ProduitsInKind (87) are the contributions volontaires en nature.
	ChargesInKind  CerfaGroup
	ProduitsInKind CerfaGroup
	// TotalCharges / TotalProduits add the rounded groups, in-kind groups excluded.
	TotalCharges  []int64
	TotalProduits []int64
	// GrandCharges / GrandProduits are TotalCharges + ChargesInKind.Total and TotalProduits +
	// ProduitsInKind.Total (the form's "TOTAL DES CHARGES" / "TOTAL DES PRODUITS").
	GrandCharges  []int64
	GrandProduits []int64
	// Balance is TotalProduits − TotalCharges; InKindBalance is Σ87 − Σ86; Gap is GrandProduits −
	// GrandCharges (non-zero after rounding even when the budget balances to the cent: a few euros to move
	// on one line).
	Balance       []int64
	InKindBalance []int64
	Gap           []int64
}

// CerfaGroup is one Cerfa heading in whole euros; Total is the sum of its rounded lines.
type CerfaGroup struct {
	Code    string // "64"; "?" for the accounts outside the grid
	Heading string // "64 – Charges de personnel"
	Lines   []CerfaLine
	Total   []int64
}

// CerfaLine is one account line in whole euros: the years rounded one by one, then their sum.
type CerfaLine struct {
	Code    string // account code as stored, e.g. "641", "74-region"
	Label   string // form label
	Amounts []int64
	Known   bool // false for a code outside this side's grid
}

// Cerfa returns the plan in whole euros (see CerfaPlan).
func (p Plan) Cerfa() CerfaPlan {
	n := len(p.Years)
	c := CerfaPlan{Years: p.Years}
	for _, g := range p.Charges {
		c.Charges = append(c.Charges, roundGroup(g, n))
	}
	for _, g := range p.Produits {
		c.Produits = append(c.Produits, roundGroup(g, n))
	}
	c.ChargesInKind = roundGroup(p.ChargesInKind, n)
	c.ProduitsInKind = roundGroup(p.ProduitsInKind, n)
	c.TotalCharges = sumGroups(c.Charges, n)
	c.TotalProduits = sumGroups(c.Produits, n)
	c.GrandCharges = addCols(c.TotalCharges, c.ChargesInKind.Total, 1)
	c.GrandProduits = addCols(c.TotalProduits, c.ProduitsInKind.Total, 1)
	c.Balance = addCols(c.TotalProduits, c.TotalCharges, -1)
	c.InKindBalance = addCols(c.ProduitsInKind.Total, c.ChargesInKind.Total, -1)
	c.Gap = addCols(c.GrandProduits, c.GrandCharges, -1)
	return c
}

// CerfaOf returns the whole-euro Cerfa plan of d, the same as Build(d).Plan.Cerfa() without building the rest
// of the view.
func CerfaOf(d *dossier.Dossier) CerfaPlan {
	return buildPlan(d, years(d)).Cerfa()
}

// Line returns the rounded amounts of account code on side (dossier.SideCharge or SideProduit), in-kind
// accounts (86x, 87x) and accounts outside the grid included, or nil when the plan has no such line.
func (c *CerfaPlan) Line(side, code string) []int64 {
	gs, kind := c.Charges, c.ChargesInKind
	if side == dossier.SideProduit {
		gs, kind = c.Produits, c.ProduitsInKind
	}
	for _, g := range append(gs, kind) {
		for _, l := range g.Lines {
			if l.Code == code {
				return l.Amounts
			}
		}
	}
	return nil
}

// Group returns the group with that code on side ("64", "86", "?"…), or nil.
func (c *CerfaPlan) Group(side, code string) *CerfaGroup {
	gs, kind := c.Charges, &c.ChargesInKind
	if side == dossier.SideProduit {
		gs, kind = c.Produits, &c.ProduitsInKind
	}
	if kind.Code == code && code != "" {
		return kind
	}
	for i := range gs {
		if gs[i].Code == code {
			return &gs[i]
		}
	}
	return nil
}

func roundGroup(g PlanGroup, n int) CerfaGroup {
	out := CerfaGroup{Code: g.Code, Heading: g.Heading, Total: make([]int64, n+1)}
	for _, l := range g.Lines {
		r := CerfaLine{Code: l.Code, Label: l.Label, Known: l.Known, Amounts: make([]int64, n+1)}
		for k := 0; k < n && k < len(l.Amounts); k++ {
			r.Amounts[k] = l.Amounts[k].Euros()
			r.Amounts[n] += r.Amounts[k]
		}
		for k := range r.Amounts {
			out.Total[k] += r.Amounts[k]
		}
		out.Lines = append(out.Lines, r)
	}
	return out
}

func sumGroups(gs []CerfaGroup, n int) []int64 {
	out := make([]int64, n+1)
	for _, g := range gs {
		for k := range out {
			out[k] += g.Total[k]
		}
	}
	return out
}

// addCols returns a + sign·b column by column.
func addCols(a, b []int64, sign int64) []int64 {
	out := make([]int64, len(a))
	for k := range a {
		out[k] = a[k]
		if k < len(b) {
			out[k] += sign * b[k]
		}
	}
	return out
}

// RoundRows applies the Cerfa rule to any whole-euro table: rows are amounts per year followed by a total
// column (len(years)+1 entries, in cents). Each year cell is rounded to the euro (dossier.Cents.Euros); a
// row's total column is the sum of its rounded years; total is the column-by-column sum of the rounded rows.
// So the printed table adds up in both directions.
func RoundRows(rows [][]dossier.Cents) (rounded [][]int64, total []int64) {
	for _, r := range rows {
		n := len(r) - 1
		if n < 0 {
			rounded = append(rounded, nil)
			continue
		}
		out := make([]int64, n+1)
		for k := 0; k < n; k++ {
			out[k] = r[k].Euros()
			out[n] += out[k]
		}
		if total == nil {
			total = make([]int64, n+1)
		}
		for k := 0; k <= n && k < len(total); k++ {
			total[k] += out[k]
		}
		rounded = append(rounded, out)
	}
	return rounded, total
}
