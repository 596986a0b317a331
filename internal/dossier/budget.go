package dossier

import "sort"

// YearBudget is the budget of one year (or of all years when Year is 0), in cents.
// Charges and Produits exclude the in-kind lines; InKindCharges (86x) and InKindProduits (87x) balance
// separately (Cerfa 12156: "Le total des charges doit être égal au total des produits", and Σ86 = Σ87).
type YearBudget struct {
	Year           int   `json:"year"` // 0 = all years
	Charges        Cents `json:"charges"`
	Produits       Cents `json:"produits"`
	InKindCharges  Cents `json:"inKindCharges"`
	InKindProduits Cents `json:"inKindProduits"`
}

// Balance returns Produits − Charges (0 when the year balances).
func (y YearBudget) Balance() Cents { return y.Produits - y.Charges }

// InKindBalance returns InKindProduits − InKindCharges (0 when 86 = 87).
func (y YearBudget) InKindBalance() Cents { return y.InKindProduits - y.InKindCharges }

// Balanced reports whether both the main budget and the in-kind lines balance.
func (y YearBudget) Balanced() bool { return y.Balance() == 0 && y.InKindBalance() == 0 }

// ProduitLine is one produits amount from either a contribution or a resource line, in a common shape.
type ProduitLine struct {
	Year      int    `json:"year"`
	Account   string `json:"account"`
	ActionID  int64  `json:"actionId"`
	PartnerID int64  `json:"partnerId"` // 0 for resource lines
	Funder    string `json:"funder"`    // partner name or resource funder
	Nature    string `json:"nature"`    // NatureCash or NatureInKind
	Status    string `json:"status"`
	Label     string `json:"label"`
	Amount    Cents  `json:"amount"`
}

// Produits returns every produits line of d: the contributions (with the partner's name as funder) followed by
// the resource lines. An account is in kind when the Cerfa grid says so.
func (d *Dossier) Produits() []ProduitLine {
	names := make(map[int64]string, len(d.Partners))
	for _, p := range d.Partners {
		names[p.ID] = p.Name
	}
	out := make([]ProduitLine, 0, len(d.Contributions)+len(d.Resources))
	for _, c := range d.Contributions {
		out = append(out, ProduitLine{c.Year, c.Account, c.ActionID, c.PartnerID, names[c.PartnerID], c.Nature, c.Status, c.Label, c.Amount})
	}
	for _, r := range d.Resources {
		nature := NatureCash
		if a, ok := AccountByCode(r.Account); ok && a.InKind {
			nature = NatureInKind
		}
		out = append(out, ProduitLine{r.Year, r.Account, r.ActionID, 0, r.Funder, nature, r.Status, r.Label, r.Amount})
	}
	return out
}

// isInKind reports whether an account code is an 86x/87x line; unknown codes count as not in kind.
func isInKind(code string) bool {
	a, ok := AccountByCode(code)
	return ok && a.InKind
}

// Budget returns one YearBudget per year that appears in the candidature's budget years or in any line,
// sorted by year, followed by the total over all years (Year 0).
func (d *Dossier) Budget() []YearBudget {
	by := map[int]*YearBudget{}
	get := func(y int) *YearBudget {
		if b, ok := by[y]; ok {
			return b
		}
		b := &YearBudget{Year: y}
		by[y] = b
		return b
	}
	for _, y := range d.Candidature.Years() {
		get(y)
	}
	for _, c := range d.Charges {
		b := get(c.Year)
		if isInKind(c.Account) {
			b.InKindCharges += c.Amount
		} else {
			b.Charges += c.Amount
		}
	}
	for _, p := range d.Produits() {
		b := get(p.Year)
		if isInKind(p.Account) {
			b.InKindProduits += p.Amount
		} else {
			b.Produits += p.Amount
		}
	}
	years := make([]int, 0, len(by))
	for y := range by {
		years = append(years, y)
	}
	sort.Ints(years)
	out := make([]YearBudget, 0, len(years)+1)
	var total YearBudget
	for _, y := range years {
		b := *by[y]
		out = append(out, b)
		total.Charges += b.Charges
		total.Produits += b.Produits
		total.InKindCharges += b.InKindCharges
		total.InKindProduits += b.InKindProduits
	}
	return append(out, total)
}

// AccountTotals returns, for one year (0 = all years), the total per account code over charges and produits.
func (d *Dossier) AccountTotals(year int) map[string]Cents {
	m := map[string]Cents{}
	for _, c := range d.Charges {
		if year == 0 || c.Year == year {
			m[c.Account] += c.Amount
		}
	}
	for _, p := range d.Produits() {
		if year == 0 || p.Year == year {
			m[p.Account] += p.Amount
		}
	}
	return m
}
