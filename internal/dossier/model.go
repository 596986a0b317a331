package dossier

// Dossier is a whole application dossier as held in one .dossier file. Slices are ordered by ID (Sections by
// Position). IDs are the store's row IDs; 0 means "not saved yet" and, in a reference field, "none".
// The JSON form of Dossier is the lossless dump written by `dossierft json` and read by `dossierft new --from`.
type Dossier struct {
	Candidature   Candidature    `json:"candidature"`
	Territories   []Territory    `json:"territories"`
	Totems        []Totem        `json:"totems"`
	Partners      []Partner      `json:"partners"`
	Contributions []Contribution `json:"contributions"`
	Actions       []Action       `json:"actions"`
	Charges       []Charge       `json:"charges"`
	Resources     []Resource     `json:"resources"`
	Indicators    []Indicator    `json:"indicators"`
	Actors        []Actor        `json:"actors"`
	Sections      []Section      `json:"sections"`
	Attachments   []Attachment   `json:"attachments"`
	History       []Change       `json:"history"`
}

// Candidature is the application itself and its structure porteuse (one per dossier).
// YearStart..YearEnd (inclusive) are the budget years, e.g. 2015–2017. Deadline is an ISO date (AAAA-MM-JJ) or "".
type Candidature struct {
	Name                string `json:"name"`                // e.g. "LORnTECH"
	Territory           string `json:"territory"`           // e.g. "Sillon lorrain"
	Summary             string `json:"summary"`             // one-paragraph pitch shown on the cover
	PorteurName         string `json:"porteurName"`         // structure porteuse
	PorteurLegalForm    string `json:"porteurLegalForm"`    // e.g. "Syndicat mixte"
	PorteurSIREN        string `json:"porteurSiren"`        // 9 digits, no spaces
	PorteurSIRET        string `json:"porteurSiret"`        // 14 digits, no spaces
	PorteurAddress      string `json:"porteurAddress"`      // street line(s)
	PorteurPostcode     string `json:"porteurPostcode"`     // 5 digits, kept as text
	PorteurTown         string `json:"porteurTown"`         // commune
	RepresentativeName  string `json:"representativeName"`  // représentant légal
	RepresentativeTitle string `json:"representativeTitle"` // e.g. "Président"
	ContactName         string `json:"contactName"`
	ContactEmail        string `json:"contactEmail"`
	ContactPhone        string `json:"contactPhone"`
	YearStart           int    `json:"yearStart"`
	YearEnd             int    `json:"yearEnd"`
	Deadline            string `json:"deadline"` // ISO date or ""
	Status              string `json:"status"`   // CandidatureStatus code
	Version             string `json:"version"`  // free text, e.g. "v3 — janvier 2015"
}

// Years returns the budget years YearStart..YearEnd inclusive (nil when unset or inverted).
func (c Candidature) Years() []int {
	if c.YearStart == 0 || c.YearEnd < c.YearStart {
		return nil
	}
	ys := make([]int, 0, c.YearEnd-c.YearStart+1)
	for y := c.YearStart; y <= c.YearEnd; y++ {
		ys = append(ys, y)
	}
	return ys
}

// Territory is a member territory of the candidature (commune or EPCI).
type Territory struct {
	ID             int64  `json:"id"`
	Name           string `json:"name"`
	Kind           string `json:"kind"`      // TerritoryKind code
	InseeCode      string `json:"inseeCode"` // code commune / SIREN of the EPCI, text
	Town           string `json:"town"`      // main town, e.g. "Metz"
	Population     int64  `json:"population"`
	PopulationYear int    `json:"populationYear"`
	Source         string `json:"source"` // where the figures come from
}

// Totem is a lieu totem (emblematic site) of the candidature, e.g. TCRM-Blida in Metz.
type Totem struct {
	ID          int64  `json:"id"`
	Name        string `json:"name"`
	Town        string `json:"town"`
	Address     string `json:"address"`
	Description string `json:"description"`
	SurfaceM2   int64  `json:"surfaceM2"` // 0 when unknown
	Opening     string `json:"opening"`   // free text, e.g. "2015"
	Source      string `json:"source"`
}

// Partner is an organisation taking part in the candidature.
type Partner struct {
	ID                 int64  `json:"id"`
	Name               string `json:"name"`
	Kind               string `json:"kind"`       // PartnerKind code
	FunderType         string `json:"funderType"` // FunderType code: which Cerfa 74 line its cash goes to
	SIRET              string `json:"siret"`      // 14 digits or ""
	Town               string `json:"town"`
	ContactName        string `json:"contactName"`
	ContactEmail       string `json:"contactEmail"`
	ContactPhone       string `json:"contactPhone"`
	Role               string `json:"role"`               // PartnerRole code
	LogoAttachmentID   int64  `json:"logoAttachmentId"`   // 0 = no logo
	LetterStatus       string `json:"letterStatus"`       // LetterStatus code
	LetterDate         string `json:"letterDate"`         // ISO date or ""
	LetterAttachmentID int64  `json:"letterAttachmentId"` // 0 = no letter stored
	Fictitious         bool   `json:"fictitious"`         // invented sample row
	Source             string `json:"source"`
	Notes              string `json:"notes"`
}

// Contribution is what a partner commits for one year: cash (numéraire) or in kind (en nature).
// Account is the Cerfa 12156 produits line it lands on (see Accounts); in-kind contributions land on 87x.
type Contribution struct {
	ID         int64  `json:"id"`
	PartnerID  int64  `json:"partnerId"`
	ActionID   int64  `json:"actionId"` // 0 = not tied to an action
	Year       int    `json:"year"`
	Nature     string `json:"nature"`     // NatureCash or NatureInKind
	InKindType string `json:"inKindType"` // InKindType code when Nature is NatureInKind, else ""
	Account    string `json:"account"`    // Cerfa produits account code, e.g. "74-epci", "871"
	Label      string `json:"label"`
	Amount     Cents  `json:"amount"`
	Status     string `json:"status"` // ContributionStatus code
}

// Action is one line of the plan d'actions.
type Action struct {
	ID            int64  `json:"id"`
	Code          string `json:"code"` // e.g. "A1"
	Title         string `json:"title"`
	Axis          string `json:"axis"` // ActionAxis code
	LeadPartnerID int64  `json:"leadPartnerId"`
	StartDate     string `json:"startDate"` // ISO date or ""
	EndDate       string `json:"endDate"`   // ISO date or ""
	Description   string `json:"description"`
}

// Charge is an expense line of the budget (Cerfa 12156 charges, accounts 60–68 and 86x).
type Charge struct {
	ID       int64  `json:"id"`
	ActionID int64  `json:"actionId"` // 0 = structure / not tied to an action
	Account  string `json:"account"`  // Cerfa charges account code, e.g. "641", "861"
	Year     int    `json:"year"`
	Label    string `json:"label"`
	Amount   Cents  `json:"amount"`
}

// Resource is a produits line that does not come from a partner's contribution (ticket sales, fees,
// a funder that is not a partner…): Cerfa accounts 70–79 and 87x.
type Resource struct {
	ID       int64  `json:"id"`
	ActionID int64  `json:"actionId"`
	Account  string `json:"account"` // Cerfa produits account code
	Funder   string `json:"funder"`  // who pays, free text
	Year     int    `json:"year"`
	Label    string `json:"label"`
	Amount   Cents  `json:"amount"`
	Status   string `json:"status"` // ContributionStatus code
}

// Indicator is a KPI with its baseline and yearly targets. Values are plain numbers in Unit (not money).
type Indicator struct {
	ID             int64             `json:"id"`
	Name           string            `json:"name"`
	Unit           string            `json:"unit"` // e.g. "emplois", "M€", "start-ups"
	BaselineValue  float64           `json:"baselineValue"`
	BaselineYear   int               `json:"baselineYear"`
	BaselineSource string            `json:"baselineSource"`
	Targets        []IndicatorTarget `json:"targets"` // ordered by year
}

// IndicatorTarget is the target value of an indicator for one year.
type IndicatorTarget struct {
	Year  int     `json:"year"`
	Value float64 `json:"value"`
}

// Actor is one row of the annuaire de l'écosystème.
type Actor struct {
	ID            int64    `json:"id"`
	Name          string   `json:"name"`
	Category      string   `json:"category"` // ActorCategory code
	SIRET         string   `json:"siret"`    // 14 digits or "", text (leading zeros kept)
	NAF           string   `json:"naf"`      // NAF rév. 2 code in "62.01Z" form, or ""
	Town          string   `json:"town"`
	Postcode      string   `json:"postcode"`      // text
	HeadcountBand string   `json:"headcountBand"` // INSEE tranche d'effectifs code ("NN", "00", "01"… "53") or ""
	CreationYear  int      `json:"creationYear"`  // 0 = unknown
	FundsRaised   Cents    `json:"fundsRaised"`   // cumulated fund-raising
	Website       string   `json:"website"`
	Description   string   `json:"description"`
	Tags          []string `json:"tags"`
	Origin        string   `json:"origin"` // where the row came from: "saisie", "exemple", "import fichier.csv ligne 12"…
	Fictitious    bool     `json:"fictitious"`
}

// Section is a written chapter of the dossier, in Markdown.
type Section struct {
	ID             int64  `json:"id"`
	Position       int    `json:"position"` // order in the dossier, from 1
	Key            string `json:"key"`      // stable slug, e.g. "ecosysteme"
	Title          string `json:"title"`
	Body           string `json:"body"`     // Markdown
	MaxChars       int    `json:"maxChars"` // length limit in characters (runes); 0 = none
	Status         string `json:"status"`   // SectionStatus code
	OwnerPartnerID int64  `json:"ownerPartnerId"`
}

// Attachment is a file stored inside the dossier: a letter of support, a logo, an annex.
type Attachment struct {
	ID        int64  `json:"id"`
	Name      string `json:"name"` // original file name
	Kind      string `json:"kind"` // AttachmentKind code
	MIME      string `json:"mime"` // e.g. "application/pdf", "image/png"
	PartnerID int64  `json:"partnerId"`
	Created   string `json:"created"` // ISO date-time (UTC)
	Data      []byte `json:"data"`    // file bytes (base64 in JSON)
}

// Change is one entry of the dossier's history.
type Change struct {
	ID       int64  `json:"id"`
	At       string `json:"at"`     // ISO date-time (UTC, RFC 3339)
	Author   string `json:"author"` // who made it (OS user name by default)
	Entity   string `json:"entity"` // table name, e.g. "partner"
	EntityID int64  `json:"entityId"`
	Op       string `json:"op"`     // "insert", "update", "delete", "import"
	Before   string `json:"before"` // JSON of the row before, "" for insert
	After    string `json:"after"`  // JSON of the row after, "" for delete
	Summary  string `json:"summary"`
	Undone   bool   `json:"undone"`
}
