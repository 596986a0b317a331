// Package report computes, once, the format-neutral view of a dossier that every output shares: chapters,
// partner rows, the action plan, the Cerfa 12156 financing plan per year, funders, indicators and actor
// statistics. Encoders (internal/report/pdf, internal/report/xlsx) turn a *View into bytes; they do no
// arithmetic of their own on money, so every output prints the same totals.
package report

import (
	"sort"
	"strconv"
	"strings"

	"dossierft/internal/dossier"
	"dossierft/internal/fr"
)

// View is what the outputs share, computed by Build from a *dossier.Dossier. Money is in dossier.Cents;
// labels are French and ready to print. Slices keep the dossier's order unless said otherwise.
type View struct {
	Candidature dossier.Candidature // copied as is
	// StatusLabel is the French label of Candidature.Status ("En préparation"…).
	StatusLabel string
	// Years are the budget years (the candidature's years plus any year used by a budget line), ascending.
	Years       []int
	Territories []dossier.Territory
	Totems      []dossier.Totem
	Chapters    []Chapter
	Partners    []PartnerRow
	Actions     []ActionRow
	Plan        Plan
	// Funders are the produits grouped by funder, nature and account, largest total first.
	Funders    []FunderRow
	Indicators []IndicatorRow
	// ActorsByCategory and ActorsByTown are dossier.ActorsByCategory / ActorsByTown.
	ActorsByCategory []dossier.Count
	ActorsByTown     []dossier.Count
	Actors           []ActorRow
	// Charges and Produits are every budget line, in detail, for the annex (charges by year then action,
	// produits by year then funder).
	Charges  []ChargeRow
	Produits []ProduitRow
	// Letters are the letters of support stored in the dossier, in partner order.
	Letters []Letter
	// Logos are the logo attachments to show on the cover: the structure porteuse's first (PartnerID 0),
	// then the founding partners'.
	Logos []Logo
	// Findings are dossier.Validate(d), on the dossier as given (before Clean).
	Findings []dossier.Finding
	// Files are the dossier's attachments, names cleaned (Clean), data shared with the dossier.
	Files []dossier.Attachment
	// Draft is true while any chapter is not validated ("valide") or a finding is an error; DraftReasons
	// say why (French).
	Draft        bool
	DraftReasons []string
}

// Chapter is a written chapter (dossier.Section) with its labels.
type Chapter struct {
	Key         string
	Title       string
	Body        string // Markdown
	Status      string // dossier.SectionStatuses code
	StatusLabel string
	Validated   bool
	OwnerID     int64
	Owner       string // owner partner's name or ""
	MaxChars    int    // 0 = no limit
	Chars       int    // length of Body in runes
}

// PartnerRow is a partner with its labels and totals.
type PartnerRow struct {
	ID          int64
	Name        string
	Kind        string // code
	KindLabel   string
	Role        string // code
	RoleLabel   string
	FunderLabel string // Cerfa 74 funder type label or ""
	Town        string
	SIRET       string // formatted "123 456 789 00012" or as entered when not 14 digits
	ContactName string
	Email       string
	Phone       string
	// LetterLabel is the letter status label, with its date when known ("Reçue le 12/01/2015").
	LetterLabel string
	HasLetter   bool // a letter PDF is stored
	Cash        dossier.Cents
	InKind      dossier.Cents
	Fictitious  bool
	Source      string
	Notes       string
	LogoID      int64
	// Contributions are this partner's commitments, by year then ID.
	Contributions []ContributionRow
}

// ContributionRow is one commitment of a partner, with labels.
type ContributionRow struct {
	Year         int
	Nature       string // dossier.NatureCash or NatureInKind
	NatureLabel  string // "Numéraire", "En nature — Locaux"…
	AccountLabel string // "74 – Région(s)"
	Label        string
	Amount       dossier.Cents
	StatusLabel  string
	ActionCode   string // "" when not tied to an action
}

// ActionRow is a line of the plan d'actions.
type ActionRow struct {
	ID          int64
	Code        string
	Title       string
	AxisLabel   string
	LeadID      int64
	Lead        string // lead partner's name or ""
	Start, End  string // JJ/MM/AAAA or ""
	Period      string // "01/01/2015 – 31/12/2017", or "" when no date is known
	Description string
	// Charges are the action's charges per View.Years then the total (len(Years)+1), in kind included.
	Charges []dossier.Cents
}

// Plan is the financing plan laid out like the Cerfa 12156 budget: rows are accounts, columns are the years
// then the total. Every Amounts/Totals slice has len(Years)+1 entries.
type Plan struct {
	Years    []int
	Charges  []PlanGroup // 60…68, then unknown charge codes
	Produits []PlanGroup // 70…78, then unknown produit codes
	// ChargesInKind (86) and ProduitsInKind (87) are the contributions volontaires en nature.
	ChargesInKind  PlanGroup
	ProduitsInKind PlanGroup
	// TotalCharges / TotalProduits exclude the in-kind groups; Balance is TotalProduits − TotalCharges.
	TotalCharges  []dossier.Cents
	TotalProduits []dossier.Cents
	Balance       []dossier.Cents
	// InKindBalance is Σ87 − Σ86 per column.
	InKindBalance []dossier.Cents
	// Budget is d.Budget() (per year, then the total with Year 0).
	Budget []dossier.YearBudget
}

// PlanGroup is one Cerfa heading (e.g. "64 – Charges de personnel") with its lines and total.
type PlanGroup struct {
	Code    string // "64"
	Heading string // "64 – Charges de personnel"
	Lines   []PlanLine
	Total   []dossier.Cents
}

// PlanLine is one Cerfa account line with its amounts per year and total.
type PlanLine struct {
	Code    string // account code as stored, e.g. "641", "74-region"
	Label   string // form label, e.g. "Rémunération des personnels"
	Amounts []dossier.Cents
	Known   bool // false for a code not in dossier.Accounts
}

// FunderRow is the produits of one funder for one nature and account, per year then total.
type FunderRow struct {
	Funder       string
	PartnerID    int64 // 0 for resource lines
	NatureLabel  string
	AccountLabel string
	Amounts      []dossier.Cents
}

// IndicatorRow is an indicator with its baseline and targets formatted (French decimals).
type IndicatorRow struct {
	Name     string
	Unit     string
	Baseline string // "12 (2014)" or ""
	Source   string
	// Targets are the formatted targets per View.Years ("" when none).
	Targets []string
	// Extra are targets for years outside View.Years, formatted "2020 : 40".
	Extra []string
}

// ActorRow is an actor with labels.
type ActorRow struct {
	Name          string
	Category      string
	CategoryLabel string
	SIRET         string // formatted
	NAF           string
	Town          string
	Postcode      string
	Headcount     string // headcount band label
	CreationYear  string // "" when unknown
	FundsRaised   string // "" when 0
	Website       string
	Description   string
	Tags          string // joined with ", "
	Origin        string
	Fictitious    bool
}

// ChargeRow is one charge line for the budget annex.
type ChargeRow struct {
	Year         int
	ActionCode   string
	AccountLabel string
	Label        string
	Amount       dossier.Cents
}

// ProduitRow is one produits line (contribution or resource) for the budget annex.
type ProduitRow struct {
	Year         int
	Funder       string
	NatureLabel  string
	AccountLabel string
	ActionCode   string
	Label        string
	StatusLabel  string
	Amount       dossier.Cents
}

// Letter is a letter of support stored as a PDF attachment.
type Letter struct {
	PartnerID    int64
	Partner      string
	AttachmentID int64
	FileName     string
	Date         string // JJ/MM/AAAA or ""
	Data         []byte // PDF bytes
}

// Logo is an image attachment to show on the cover.
type Logo struct {
	PartnerID    int64 // 0 = structure porteuse / not tied to a partner
	Owner        string
	AttachmentID int64
	Name         string
	MIME         string
	Data         []byte
}

// Build computes the view of d. It never fails: unknown codes are shown as given. Every text of the view
// comes from Clean(d) (no control character reaches a document); Findings are those of d as it is.
func Build(d *dossier.Dossier) *View {
	findings := dossier.Validate(d)
	d = Clean(d)
	v := &View{
		Findings:    findings,
		Files:       d.Attachments,
		Candidature: d.Candidature,
		StatusLabel: dossier.LabelOf(dossier.CandidatureStatuses, d.Candidature.Status),
		Territories: d.Territories,
		Totems:      d.Totems,
	}
	v.Years = years(d)
	v.ActorsByCategory = d.ActorsByCategory()
	v.ActorsByTown = d.ActorsByTown()

	names := map[int64]string{}
	for _, p := range d.Partners {
		names[p.ID] = p.Name
	}
	actionCode := map[int64]string{}
	for _, a := range d.Actions {
		actionCode[a.ID] = a.Code
	}

	for _, s := range sortedSections(d.Sections) {
		c := Chapter{Key: s.Key, Title: s.Title, Body: s.Body, Status: s.Status,
			StatusLabel: dossier.LabelOf(dossier.SectionStatuses, s.Status), Validated: s.Status == "valide",
			OwnerID: s.OwnerPartnerID, Owner: names[s.OwnerPartnerID], MaxChars: s.MaxChars,
			Chars: len([]rune(s.Body))}
		v.Chapters = append(v.Chapters, c)
		if !c.Validated {
			v.Draft = true
			v.DraftReasons = append(v.DraftReasons, "chapitre « "+s.Title+" » : "+strings.ToLower(c.StatusLabel))
		}
	}

	if dossier.HasErrors(v.Findings) {
		v.Draft = true
		n := 0
		for _, f := range v.Findings {
			if f.Severity == dossier.SevError {
				n++
			}
		}
		v.DraftReasons = append(v.DraftReasons, strconv.Itoa(n)+" erreur(s) de validation (commande « dossierft check »)")
	}
	v.buildPartners(d, actionCode)
	v.buildActions(d, names)
	v.Plan = buildPlan(d, v.Years)
	v.buildFunders(d)
	v.buildIndicators(d)
	v.buildActors(d)
	v.buildLines(d, actionCode)
	v.buildAttachments(d, names)
	return v
}

// col returns the column index of year y in ys, or -1.
func col(ys []int, y int) int {
	for i, x := range ys {
		if x == y {
			return i
		}
	}
	return -1
}

func years(d *dossier.Dossier) []int {
	set := map[int]bool{}
	for _, y := range d.Candidature.Years() {
		set[y] = true
	}
	for _, c := range d.Charges {
		set[c.Year] = true
	}
	for _, c := range d.Contributions {
		set[c.Year] = true
	}
	for _, r := range d.Resources {
		set[r.Year] = true
	}
	var ys []int
	for y := range set {
		ys = append(ys, y)
	}
	sort.Ints(ys)
	return ys
}

func sortedSections(ss []dossier.Section) []dossier.Section {
	out := append([]dossier.Section(nil), ss...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Position < out[j].Position })
	return out
}

func (v *View) buildPartners(d *dossier.Dossier, actionCode map[int64]string) {
	byPartner := map[int64][]dossier.Contribution{}
	for _, c := range d.Contributions {
		byPartner[c.PartnerID] = append(byPartner[c.PartnerID], c)
	}
	for _, p := range d.Partners {
		r := PartnerRow{ID: p.ID, Name: p.Name, Kind: p.Kind, KindLabel: dossier.LabelOf(dossier.PartnerKinds, p.Kind),
			Role: p.Role, RoleLabel: dossier.LabelOf(dossier.PartnerRoles, p.Role), Town: p.Town,
			SIRET: formatSIRET(p.SIRET), ContactName: p.ContactName, Email: p.ContactEmail, Phone: p.ContactPhone,
			Fictitious: p.Fictitious, Source: p.Source, Notes: p.Notes, LogoID: p.LogoAttachmentID}
		if p.FunderType != "" {
			r.FunderLabel = dossier.LabelOf(dossier.FunderTypes, p.FunderType)
		}
		r.LetterLabel = dossier.LabelOf(dossier.LetterStatuses, p.LetterStatus)
		if p.LetterStatus == "" {
			r.LetterLabel = "Non demandée"
		}
		if p.LetterDate != "" {
			r.LetterLabel += " le " + fr.Date(p.LetterDate)
		}
		if a := d.AttachmentByID(p.LetterAttachmentID); a != nil && len(a.Data) > 0 {
			r.HasLetter = true
		}
		cs := byPartner[p.ID]
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Year < cs[j].Year })
		for _, c := range cs {
			if c.Nature == dossier.NatureInKind {
				r.InKind += c.Amount
			} else {
				r.Cash += c.Amount
			}
			r.Contributions = append(r.Contributions, ContributionRow{Year: c.Year, Nature: c.Nature,
				NatureLabel: natureLabel(c.Nature, c.InKindType), AccountLabel: dossier.AccountLabel(c.Account),
				Label: c.Label, Amount: c.Amount, StatusLabel: dossier.LabelOf(dossier.ContributionStatuses, c.Status),
				ActionCode: actionCode[c.ActionID]})
		}
		v.Partners = append(v.Partners, r)
	}
}

func natureLabel(nature, inKindType string) string {
	l := dossier.LabelOf(dossier.Natures, nature)
	if nature == dossier.NatureInKind && inKindType != "" {
		l += " — " + dossier.LabelOf(dossier.InKindTypes, inKindType)
	}
	return l
}

func formatSIRET(s string) string {
	if s == "" {
		return ""
	}
	return fr.FormatSIRET(s)
}

func (v *View) buildActions(d *dossier.Dossier, names map[int64]string) {
	n := len(v.Years)
	idx := map[int64]int{}
	for _, a := range d.Actions {
		r := ActionRow{ID: a.ID, Code: a.Code, Title: a.Title, AxisLabel: dossier.LabelOf(dossier.ActionAxes, a.Axis),
			LeadID: a.LeadPartnerID, Lead: names[a.LeadPartnerID], Description: a.Description,
			Charges: make([]dossier.Cents, n+1)}
		if a.StartDate != "" {
			r.Start = fr.Date(a.StartDate)
		}
		if a.EndDate != "" {
			r.End = fr.Date(a.EndDate)
		}
		switch {
		case r.Start != "" && r.End != "":
			r.Period = r.Start + " – " + r.End
		case r.Start != "":
			r.Period = "à partir du " + r.Start
		case r.End != "":
			r.Period = "jusqu'au " + r.End
		}
		idx[a.ID] = len(v.Actions)
		v.Actions = append(v.Actions, r)
	}
	for _, c := range d.Charges {
		i, ok := idx[c.ActionID]
		if !ok || c.ActionID == 0 {
			continue
		}
		if j := col(v.Years, c.Year); j >= 0 {
			v.Actions[i].Charges[j] += c.Amount
		}
		v.Actions[i].Charges[n] += c.Amount
	}
}

func buildPlan(d *dossier.Dossier, ys []int) Plan {
	n := len(ys)
	p := Plan{Years: ys, Budget: d.Budget()}
	// Amounts per side and account code: a charge and a produit never share a line, even with the same code.
	amounts := map[string]map[string][]dossier.Cents{dossier.SideCharge: {}, dossier.SideProduit: {}}
	add := func(side, code string, year int, a dossier.Cents) {
		m := amounts[side][code]
		if m == nil {
			m = make([]dossier.Cents, n+1)
			amounts[side][code] = m
		}
		if j := col(ys, year); j >= 0 {
			m[j] += a
		}
		m[n] += a
	}
	for _, c := range d.Charges {
		add(dossier.SideCharge, c.Account, c.Year, c.Amount)
	}
	for _, pr := range d.Produits() {
		add(dossier.SideProduit, pr.Account, pr.Year, pr.Amount)
	}
	groupOf := func(side string) []PlanGroup {
		var gs []PlanGroup
		gi := map[string]int{}
		for _, a := range dossier.AccountsOf(side) {
			i, ok := gi[a.Group]
			if !ok {
				i = len(gs)
				gi[a.Group] = i
				gs = append(gs, PlanGroup{Code: a.Group, Heading: dossier.AccountGroups[a.Group], Total: make([]dossier.Cents, n+1)})
			}
			am := amounts[side][a.Code]
			if am == nil {
				am = make([]dossier.Cents, n+1)
			}
			gs[i].Lines = append(gs[i].Lines, PlanLine{Code: a.Code, Label: a.Label, Amounts: am, Known: true})
			for k := range am {
				gs[i].Total[k] += am[k]
			}
		}
		// Codes outside this side's grid (unknown, or an account of the other side), sorted, in one group.
		var unknown []string
		for code := range amounts[side] {
			if a, ok := dossier.AccountByCode(code); !ok || a.Side != side {
				unknown = append(unknown, code)
			}
		}
		sort.Strings(unknown)
		if len(unknown) > 0 {
			g := PlanGroup{Code: "?", Heading: "Autres comptes (hors grille)", Total: make([]dossier.Cents, n+1)}
			for _, code := range unknown {
				am := amounts[side][code]
				g.Lines = append(g.Lines, PlanLine{Code: code, Label: "Compte hors grille Cerfa « " + code + " »", Amounts: am})
				for k := range am {
					g.Total[k] += am[k]
				}
			}
			gs = append(gs, g)
		}
		return gs
	}
	charges := groupOf(dossier.SideCharge)
	produits := groupOf(dossier.SideProduit)
	p.TotalCharges = make([]dossier.Cents, n+1)
	p.TotalProduits = make([]dossier.Cents, n+1)
	p.Balance = make([]dossier.Cents, n+1)
	p.InKindBalance = make([]dossier.Cents, n+1)
	for _, g := range charges {
		if g.Code == "86" {
			p.ChargesInKind = g
			continue
		}
		p.Charges = append(p.Charges, g)
		for k := range g.Total {
			p.TotalCharges[k] += g.Total[k]
		}
	}
	for _, g := range produits {
		if g.Code == "87" {
			p.ProduitsInKind = g
			continue
		}
		p.Produits = append(p.Produits, g)
		for k := range g.Total {
			p.TotalProduits[k] += g.Total[k]
		}
	}
	for k := 0; k <= n; k++ {
		p.Balance[k] = p.TotalProduits[k] - p.TotalCharges[k]
		p.InKindBalance[k] = p.ProduitsInKind.Total[k] - p.ChargesInKind.Total[k]
	}
	return p
}

func (v *View) buildFunders(d *dossier.Dossier) {
	n := len(v.Years)
	idx := map[string]int{}
	for _, pl := range d.Produits() {
		key := strconv.FormatInt(pl.PartnerID, 10) + "\x00" + pl.Funder + "\x00" + pl.Nature + "\x00" + pl.Account
		i, ok := idx[key]
		if !ok {
			i = len(v.Funders)
			idx[key] = i
			funder := pl.Funder
			if funder == "" {
				funder = "(financeur non renseigné)"
			}
			v.Funders = append(v.Funders, FunderRow{Funder: funder, PartnerID: pl.PartnerID,
				NatureLabel: dossier.LabelOf(dossier.Natures, pl.Nature), AccountLabel: dossier.AccountLabel(pl.Account),
				Amounts: make([]dossier.Cents, n+1)})
		}
		if j := col(v.Years, pl.Year); j >= 0 {
			v.Funders[i].Amounts[j] += pl.Amount
		}
		v.Funders[i].Amounts[n] += pl.Amount
	}
	sort.SliceStable(v.Funders, func(i, j int) bool { return v.Funders[i].Amounts[n] > v.Funders[j].Amounts[n] })
}

// Number formats a plain (non-money) number the French way: thousands grouped with U+202F, decimal comma,
// no trailing zeros ("1 234,5").
func Number(x float64) string {
	neg := x < 0
	if neg {
		x = -x
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	ip, dp, _ := strings.Cut(s, ".")
	n, err := strconv.ParseInt(ip, 10, 64)
	out := ip
	if err == nil {
		out = fr.Int(n)
	}
	if dp != "" {
		if len(dp) > 3 {
			dp = strings.TrimRight(strconv.FormatFloat(x, 'f', 3, 64)[len(ip)+1:], "0")
		}
		if dp != "" {
			out += "," + dp
		}
	}
	if neg {
		out = "-" + out
	}
	return out
}

func (v *View) buildIndicators(d *dossier.Dossier) {
	for _, in := range d.Indicators {
		r := IndicatorRow{Name: in.Name, Unit: in.Unit, Source: in.BaselineSource, Targets: make([]string, len(v.Years))}
		if in.BaselineYear != 0 || in.BaselineValue != 0 {
			r.Baseline = Number(in.BaselineValue)
			if in.BaselineYear != 0 {
				r.Baseline += " (" + strconv.Itoa(in.BaselineYear) + ")"
			}
		}
		for _, t := range in.Targets {
			if j := col(v.Years, t.Year); j >= 0 {
				r.Targets[j] = Number(t.Value)
			} else {
				r.Extra = append(r.Extra, strconv.Itoa(t.Year)+"\u00a0: "+Number(t.Value))
			}
		}
		v.Indicators = append(v.Indicators, r)
	}
}

func (v *View) buildActors(d *dossier.Dossier) {
	v.Actors = make([]ActorRow, 0, len(d.Actors))
	for _, a := range d.Actors {
		r := ActorRow{Name: a.Name, Category: a.Category, CategoryLabel: dossier.LabelOf(dossier.ActorCategories, a.Category),
			SIRET: formatSIRET(a.SIRET), NAF: a.NAF, Town: a.Town, Postcode: a.Postcode, Website: a.Website,
			Description: a.Description, Tags: strings.Join(a.Tags, ", "), Origin: a.Origin, Fictitious: a.Fictitious}
		if a.HeadcountBand != "" {
			r.Headcount = dossier.LabelOf(dossier.HeadcountBands, a.HeadcountBand)
		}
		if a.CreationYear != 0 {
			r.CreationYear = strconv.Itoa(a.CreationYear)
		}
		if a.FundsRaised != 0 {
			r.FundsRaised = fr.WholeEuros(int64(a.FundsRaised))
		}
		v.Actors = append(v.Actors, r)
	}
}

func (v *View) buildLines(d *dossier.Dossier, actionCode map[int64]string) {
	for _, c := range d.Charges {
		v.Charges = append(v.Charges, ChargeRow{Year: c.Year, ActionCode: actionCode[c.ActionID],
			AccountLabel: dossier.AccountLabel(c.Account), Label: c.Label, Amount: c.Amount})
	}
	sort.SliceStable(v.Charges, func(i, j int) bool {
		if v.Charges[i].Year != v.Charges[j].Year {
			return v.Charges[i].Year < v.Charges[j].Year
		}
		return v.Charges[i].ActionCode < v.Charges[j].ActionCode
	})
	for _, p := range d.Produits() {
		v.Produits = append(v.Produits, ProduitRow{Year: p.Year, Funder: p.Funder, NatureLabel: dossier.LabelOf(dossier.Natures, p.Nature),
			AccountLabel: dossier.AccountLabel(p.Account), ActionCode: actionCode[p.ActionID], Label: p.Label,
			StatusLabel: dossier.LabelOf(dossier.ContributionStatuses, p.Status), Amount: p.Amount})
	}
	sort.SliceStable(v.Produits, func(i, j int) bool { return v.Produits[i].Year < v.Produits[j].Year })
}

func (v *View) buildAttachments(d *dossier.Dossier, names map[int64]string) {
	for _, p := range d.Partners {
		if a := d.AttachmentByID(p.LetterAttachmentID); a != nil && len(a.Data) > 0 {
			v.Letters = append(v.Letters, Letter{PartnerID: p.ID, Partner: p.Name, AttachmentID: a.ID, FileName: a.Name,
				Date: fr.Date(p.LetterDate), Data: a.Data})
		}
	}
	// Letters stored as attachments of kind "lettre" but not linked from the partner row.
	linked := map[int64]bool{}
	for _, l := range v.Letters {
		linked[l.AttachmentID] = true
	}
	for _, a := range d.Attachments {
		if a.Kind == "lettre" && !linked[a.ID] && len(a.Data) > 0 && (a.MIME == "application/pdf" || strings.HasSuffix(strings.ToLower(a.Name), ".pdf")) {
			v.Letters = append(v.Letters, Letter{PartnerID: a.PartnerID, Partner: names[a.PartnerID], AttachmentID: a.ID, FileName: a.Name, Data: a.Data})
		}
	}
	// Cover logos: logos not tied to a partner (the structure porteuse) first, then founding partners'.
	seen := map[int64]bool{}
	for _, a := range d.Attachments {
		if a.Kind == "logo" && a.PartnerID == 0 && len(a.Data) > 0 {
			v.Logos = append(v.Logos, Logo{AttachmentID: a.ID, Owner: d.Candidature.PorteurName, Name: a.Name, MIME: a.MIME, Data: a.Data})
			seen[a.ID] = true
		}
	}
	for _, p := range d.Partners {
		if p.Role != "fondateur" {
			continue
		}
		if a := d.AttachmentByID(p.LogoAttachmentID); a != nil && len(a.Data) > 0 && !seen[a.ID] {
			v.Logos = append(v.Logos, Logo{PartnerID: p.ID, Owner: p.Name, AttachmentID: a.ID, Name: a.Name, MIME: a.MIME, Data: a.Data})
			seen[a.ID] = true
		}
	}
}
