package app

import (
	"sort"
	"strconv"

	"dossierft/internal/dossier"
)

// Dossier is the bound service that reads the open dossier for the window (wailsjs/go/app/Dossier).
// Amounts are integer euro cents; dates are ISO strings.
type Dossier struct{ s *session }

// Counts are the number of rows of each part of the dossier.
type Counts struct {
	Partners      int `json:"partners"`
	Actors        int `json:"actors"`
	Actions       int `json:"actions"`
	Charges       int `json:"charges"`
	Contributions int `json:"contributions"`
	Resources     int `json:"resources"`
	Sections      int `json:"sections"`
	Indicators    int `json:"indicators"`
	Territories   int `json:"territories"`
	Totems        int `json:"totems"`
}

// BudgetYear is one column of the budget summary; Year 0 is the total. Amounts in cents.
type BudgetYear struct {
	Year           int   `json:"year"`
	Charges        int64 `json:"charges"`
	Produits       int64 `json:"produits"`
	Balance        int64 `json:"balance"` // produits − charges
	InKindCharges  int64 `json:"inKindCharges"`
	InKindProduits int64 `json:"inKindProduits"`
	InKindBalance  int64 `json:"inKindBalance"`
	Balanced       bool  `json:"balanced"`
}

// Overview is what the dashboard shows.
type Overview struct {
	Path      string            `json:"path"`
	Name      string            `json:"name"`
	Territory string            `json:"territory"`
	Porteur   string            `json:"porteur"`
	YearStart int               `json:"yearStart"`
	YearEnd   int               `json:"yearEnd"`
	Status    string            `json:"status"` // French label
	Counts    Counts            `json:"counts"`
	Budget    []BudgetYear      `json:"budget"`
	Findings  []dossier.Finding `json:"findings"`
	// ActorsByCategory and ActorsByTown count actors.
	ActorsByCategory []dossier.Count `json:"actorsByCategory"`
	ActorsByTown     []dossier.Count `json:"actorsByTown"`
}

// Overview returns the dashboard of the open dossier.
func (b *Dossier) Overview() (Overview, error) {
	d, err := b.s.content()
	if err != nil {
		return Overview{}, err
	}
	c := d.Candidature
	o := Overview{
		Path: b.s.path, Name: c.Name, Territory: c.Territory, Porteur: c.PorteurName,
		YearStart: c.YearStart, YearEnd: c.YearEnd, Status: dossier.LabelOf(dossier.CandidatureStatuses, c.Status),
		Counts: Counts{
			Partners: len(d.Partners), Actors: len(d.Actors), Actions: len(d.Actions), Charges: len(d.Charges),
			Contributions: len(d.Contributions), Resources: len(d.Resources), Sections: len(d.Sections),
			Indicators: len(d.Indicators), Territories: len(d.Territories), Totems: len(d.Totems),
		},
		Findings:         dossier.Validate(d),
		ActorsByCategory: d.ActorsByCategory(),
		ActorsByTown:     d.ActorsByTown(),
	}
	if o.Findings == nil {
		o.Findings = []dossier.Finding{}
	}
	for _, y := range d.Budget() {
		o.Budget = append(o.Budget, BudgetYear{
			Year: y.Year, Charges: int64(y.Charges), Produits: int64(y.Produits), Balance: int64(y.Balance()),
			InKindCharges: int64(y.InKindCharges), InKindProduits: int64(y.InKindProduits),
			InKindBalance: int64(y.InKindBalance()), Balanced: y.Balanced(),
		})
	}
	return o, nil
}

// PartnerRow is one row of the partners table, with French labels and committed totals in cents.
type PartnerRow struct {
	ID           int64  `json:"id"`
	Name         string `json:"name"`
	Kind         string `json:"kind"`
	Role         string `json:"role"`
	Town         string `json:"town"`
	SIRET        string `json:"siret"`
	Contact      string `json:"contact"`
	LetterStatus string `json:"letterStatus"`
	LetterDate   string `json:"letterDate"` // ISO
	Cash         int64  `json:"cash"`       // numéraire, all years
	InKind       int64  `json:"inKind"`     // en nature, all years
	Fictitious   bool   `json:"fictitious"`
}

// Partners returns the partners table, by name.
func (b *Dossier) Partners() ([]PartnerRow, error) {
	d, err := b.s.content()
	if err != nil {
		return nil, err
	}
	cash := map[int64]int64{}
	kind := map[int64]int64{}
	for _, c := range d.Contributions {
		if c.Nature == dossier.NatureInKind {
			kind[c.PartnerID] += int64(c.Amount)
		} else {
			cash[c.PartnerID] += int64(c.Amount)
		}
	}
	rows := make([]PartnerRow, 0, len(d.Partners))
	for _, p := range d.Partners {
		rows = append(rows, PartnerRow{
			ID: p.ID, Name: p.Name, Kind: dossier.LabelOf(dossier.PartnerKinds, p.Kind),
			Role: dossier.LabelOf(dossier.PartnerRoles, p.Role), Town: p.Town, SIRET: p.SIRET,
			Contact: p.ContactName, LetterStatus: dossier.LabelOf(dossier.LetterStatuses, p.LetterStatus),
			LetterDate: p.LetterDate, Cash: cash[p.ID], InKind: kind[p.ID], Fictitious: p.Fictitious,
		})
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Name < rows[j].Name })
	return rows, nil
}

// ActorRow is one row of the actors table, with French labels; FundsRaised in cents.
type ActorRow struct {
	ID            int64    `json:"id"`
	Name          string   `json:"name"`
	Category      string   `json:"category"`
	SIRET         string   `json:"siret"`
	NAF           string   `json:"naf"`
	Town          string   `json:"town"`
	Postcode      string   `json:"postcode"`
	HeadcountBand string   `json:"headcountBand"`
	CreationYear  int      `json:"creationYear"`
	FundsRaised   int64    `json:"fundsRaised"`
	Website       string   `json:"website"`
	Tags          []string `json:"tags"`
}

// Actors returns the actors table in file order.
func (b *Dossier) Actors() ([]ActorRow, error) {
	d, err := b.s.content()
	if err != nil {
		return nil, err
	}
	rows := make([]ActorRow, 0, len(d.Actors))
	for _, a := range d.Actors {
		band := ""
		if a.HeadcountBand != "" {
			band = dossier.LabelOf(dossier.HeadcountBands, a.HeadcountBand)
		}
		tags := a.Tags
		if tags == nil {
			tags = []string{}
		}
		rows = append(rows, ActorRow{
			ID: a.ID, Name: a.Name, Category: dossier.LabelOf(dossier.ActorCategories, a.Category), SIRET: a.SIRET,
			NAF: a.NAF, Town: a.Town, Postcode: a.Postcode, HeadcountBand: band, CreationYear: a.CreationYear,
			FundsRaised: int64(a.FundsRaised), Website: a.Website, Tags: tags,
		})
	}
	return rows, nil
}

// BudgetRow is one line of the budget tables: a charge, or a produit (contribution or resource line).
type BudgetRow struct {
	ID       string `json:"id"`   // "charge:3", "contribution:7", "resource:2"
	Side     string `json:"side"` // "charge" or "produit"
	Year     int    `json:"year"`
	Account  string `json:"account"` // "641 – Rémunération des personnels"
	Action   string `json:"action"`  // action code and title, or ""
	Funder   string `json:"funder"`  // produits: partner or funder name
	Nature   string `json:"nature"`  // produits: Numéraire / En nature
	Status   string `json:"status"`  // produits: Acquis / Sollicité / Prévisionnel
	Label    string `json:"label"`
	Amount   int64  `json:"amount"` // cents
	InKind   bool   `json:"inKind"` // 86x / 87x
	Position int    `json:"position"`
}

// BudgetLines returns every charge and produit line, charges first, each ordered by year then account order.
func (b *Dossier) BudgetLines() ([]BudgetRow, error) {
	d, err := b.s.content()
	if err != nil {
		return nil, err
	}
	order := map[string]int{}
	for i, a := range dossier.Accounts {
		order[a.Code] = i
	}
	action := func(id int64) string {
		if a := d.ActionByID(id); a != nil {
			return a.Code + " " + a.Title
		}
		return ""
	}
	inKind := func(code string) bool {
		a, ok := dossier.AccountByCode(code)
		return ok && a.InKind
	}
	var rows []BudgetRow
	for _, c := range d.Charges {
		rows = append(rows, BudgetRow{ID: "charge:" + itoa(c.ID), Side: dossier.SideCharge, Year: c.Year,
			Account: dossier.AccountLabel(c.Account), Action: action(c.ActionID), Label: c.Label,
			Amount: int64(c.Amount), InKind: inKind(c.Account), Position: order[c.Account]})
	}
	for _, c := range d.Contributions {
		p := d.PartnerByID(c.PartnerID)
		name := ""
		if p != nil {
			name = p.Name
		}
		rows = append(rows, BudgetRow{ID: "contribution:" + itoa(c.ID), Side: dossier.SideProduit, Year: c.Year,
			Account: dossier.AccountLabel(c.Account), Action: action(c.ActionID), Funder: name,
			Nature: dossier.LabelOf(dossier.Natures, c.Nature), Status: dossier.LabelOf(dossier.ContributionStatuses, c.Status),
			Label: c.Label, Amount: int64(c.Amount), InKind: inKind(c.Account), Position: order[c.Account]})
	}
	for _, r := range d.Resources {
		nature := dossier.NatureCash
		if inKind(r.Account) {
			nature = dossier.NatureInKind
		}
		rows = append(rows, BudgetRow{ID: "resource:" + itoa(r.ID), Side: dossier.SideProduit, Year: r.Year,
			Account: dossier.AccountLabel(r.Account), Action: action(r.ActionID), Funder: r.Funder,
			Nature: dossier.LabelOf(dossier.Natures, nature), Status: dossier.LabelOf(dossier.ContributionStatuses, r.Status),
			Label: r.Label, Amount: int64(r.Amount), InKind: inKind(r.Account), Position: order[r.Account]})
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.Side != b.Side {
			return a.Side == dossier.SideCharge
		}
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		return a.Position < b.Position
	})
	if rows == nil {
		rows = []BudgetRow{}
	}
	return rows, nil
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// Load returns the whole open dossier with every row as stored (codes, not labels), for the edit forms.
// Attachment bytes are left out (Data is empty); History is left out too (see Edit.History).
func (b *Dossier) Load() (*dossier.Dossier, error) {
	d, err := b.s.content()
	if err != nil {
		return nil, err
	}
	for i := range d.Attachments {
		d.Attachments[i].Data = nil
	}
	d.History = []dossier.Change{}
	return d, nil
}

// CodeLists are the closed lists the forms offer, each as {code, label}, and the Cerfa 12156 accounts.
type CodeLists struct {
	PartnerKinds         []dossier.Code    `json:"partnerKinds"`
	PartnerRoles         []dossier.Code    `json:"partnerRoles"`
	LetterStatuses       []dossier.Code    `json:"letterStatuses"`
	FunderTypes          []dossier.Code    `json:"funderTypes"`
	Natures              []dossier.Code    `json:"natures"`
	InKindTypes          []dossier.Code    `json:"inKindTypes"`
	ContributionStatuses []dossier.Code    `json:"contributionStatuses"`
	ActionAxes           []dossier.Code    `json:"actionAxes"`
	ActorCategories      []dossier.Code    `json:"actorCategories"`
	SectionStatuses      []dossier.Code    `json:"sectionStatuses"`
	TerritoryKinds       []dossier.Code    `json:"territoryKinds"`
	AttachmentKinds      []dossier.Code    `json:"attachmentKinds"`
	CandidatureStatuses  []dossier.Code    `json:"candidatureStatuses"`
	HeadcountBands       []dossier.Code    `json:"headcountBands"`
	Accounts             []dossier.Account `json:"accounts"`
	AccountGroups        map[string]string `json:"accountGroups"`
}

// Codes returns the closed lists for the forms (source: internal/dossier codes.go and accounts.go).
func (b *Dossier) Codes() CodeLists {
	return CodeLists{
		PartnerKinds: dossier.PartnerKinds, PartnerRoles: dossier.PartnerRoles, LetterStatuses: dossier.LetterStatuses,
		FunderTypes: dossier.FunderTypes, Natures: dossier.Natures, InKindTypes: dossier.InKindTypes,
		ContributionStatuses: dossier.ContributionStatuses, ActionAxes: dossier.ActionAxes,
		ActorCategories: dossier.ActorCategories, SectionStatuses: dossier.SectionStatuses,
		TerritoryKinds: dossier.TerritoryKinds, AttachmentKinds: dossier.AttachmentKinds,
		CandidatureStatuses: dossier.CandidatureStatuses, HeadcountBands: dossier.HeadcountBands,
		Accounts: dossier.Accounts, AccountGroups: dossier.AccountGroups,
	}
}
