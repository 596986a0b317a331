package dossier

import (
	"fmt"
	"net/mail"
	"regexp"
	"strings"
	"unicode/utf8"

	"dossierft/internal/fr"
)

// Severities of a Finding.
const (
	SevError   = "erreur"        // the dossier must not go out like this
	SevWarning = "avertissement" // probably a mistake, or something missing
	SevInfo    = "info"          // worth knowing
)

// Finding is one validation result: a stable code, the field it is tied to ("partner:12.siret",
// "candidature.name", "budget:2016"), a severity and a French message.
type Finding struct {
	Code     string `json:"code"`
	Field    string `json:"field"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

// HasErrors reports whether any finding has severity SevError.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == SevError {
			return true
		}
	}
	return false
}

var phoneRe = regexp.MustCompile(`^\+?[0-9][0-9 .\-()\x{00a0}]{7,20}$`)

// CheckEmail returns a French error when s is not a plausible e-mail address ("" is accepted).
func CheckEmail(s string) error {
	if s == "" {
		return nil
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || !strings.Contains(s[strings.LastIndex(s, "@"):], ".") {
		return fmt.Errorf("adresse e-mail invalide « %s »", s)
	}
	return nil
}

// CheckPhone returns a French error when s is not a plausible phone number: digits, spaces, dots, dashes,
// an optional leading + ("" is accepted).
func CheckPhone(s string) error {
	if s == "" {
		return nil
	}
	digits := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	if !phoneRe.MatchString(s) || digits < 8 || digits > 15 {
		return fmt.Errorf("numéro de téléphone invalide « %s »", s)
	}
	return nil
}

// Validate returns every finding on d, in a stable order: candidature, partners, contributions, actions,
// budget, sections, actors. Rules: required fields, SIREN/SIRET checksums (domain.md §3.3), e-mail and phone
// formats, years inside the budget years, references that must exist, codes in their lists, a balanced budget
// per year and 86 = 87 (Cerfa 12156), a public funder above 23 000 € in a year (convention obligatoire,
// loi 2000-321 art. 10), chapter length limits, letters of support, websites, and in every text field the
// 1 MiB limit and invisible control characters.
func Validate(d *Dossier) []Finding {
	v := &validator{d: d}
	v.candidature()
	v.partners()
	v.contributions()
	v.actions()
	v.budget()
	v.sections()
	v.actors()
	v.texts()
	return v.out
}

type validator struct {
	d   *Dossier
	out []Finding
}

func (v *validator) add(sev, code, field, format string, args ...any) {
	v.out = append(v.out, Finding{Code: code, Field: field, Severity: sev, Message: fmt.Sprintf(format, args...)})
}

func (v *validator) inYears(y int) bool {
	c := v.d.Candidature
	return c.YearStart != 0 && y >= c.YearStart && y <= c.YearEnd
}

func (v *validator) candidature() {
	c := v.d.Candidature
	req := []struct{ field, label, val string }{
		{"candidature.name", "Le nom de la candidature", c.Name},
		{"candidature.territory", "Le territoire", c.Territory},
		{"candidature.porteurName", "Le nom de la structure porteuse", c.PorteurName},
		{"candidature.representativeName", "Le représentant légal", c.RepresentativeName},
	}
	for _, r := range req {
		if strings.TrimSpace(r.val) == "" {
			v.add(SevError, "required", r.field, "%s est obligatoire.", r.label)
		}
	}
	if c.PorteurSIREN != "" {
		if err := fr.CheckSIREN(c.PorteurSIREN); err != nil {
			v.add(SevError, "siren", "candidature.porteurSiren", "Structure porteuse : %v.", err)
		}
	}
	if c.PorteurSIRET != "" {
		if err := fr.CheckSIRET(c.PorteurSIRET); err != nil {
			v.add(SevError, "siret", "candidature.porteurSiret", "Structure porteuse : %v.", err)
		} else if c.PorteurSIREN != "" && !strings.HasPrefix(fr.CleanID(c.PorteurSIRET), fr.CleanID(c.PorteurSIREN)) {
			v.add(SevError, "siret-siren", "candidature.porteurSiret", "Structure porteuse : le SIRET ne commence pas par le SIREN %s.", c.PorteurSIREN)
		}
	}
	if err := CheckEmail(c.ContactEmail); err != nil {
		v.add(SevError, "email", "candidature.contactEmail", "Contact : %v.", err)
	}
	if err := CheckPhone(c.ContactPhone); err != nil {
		v.add(SevError, "phone", "candidature.contactPhone", "Contact : %v.", err)
	}
	if c.YearStart == 0 || c.YearEnd == 0 {
		v.add(SevError, "required", "candidature.yearStart", "Les années du budget (début et fin) sont obligatoires.")
	} else if c.YearEnd < c.YearStart {
		v.add(SevError, "years", "candidature.yearEnd", "L'année de fin du budget (%d) précède l'année de début (%d).", c.YearEnd, c.YearStart)
	} else if c.YearEnd-c.YearStart > 9 {
		v.add(SevWarning, "years", "candidature.yearEnd", "Le budget couvre %d années : vérifiez les années de début et de fin.", c.YearEnd-c.YearStart+1)
	}
	if c.Deadline != "" {
		if _, err := fr.ParseISODate(c.Deadline); err != nil {
			v.add(SevError, "date", "candidature.deadline", "Date limite : %v.", err)
		}
	}
	if len(v.d.Territories) == 0 {
		v.add(SevWarning, "territories", "territories", "Aucun territoire membre n'est renseigné.")
	}
	if len(v.d.Totems) == 0 {
		v.add(SevWarning, "totems", "totems", "Aucun lieu totem n'est renseigné.")
	}
}

func (v *validator) partners() {
	for _, p := range v.d.Partners {
		f := fmt.Sprintf("partner:%d", p.ID)
		name := p.Name
		if strings.TrimSpace(name) == "" {
			v.add(SevError, "required", f+".name", "Partenaire n° %d : le nom est obligatoire.", p.ID)
			name = fmt.Sprintf("n° %d", p.ID)
		}
		if !Has(PartnerKinds, p.Kind) {
			v.add(SevError, "code", f+".kind", "Partenaire « %s » : type « %s » inconnu.", name, p.Kind)
		}
		if p.Role != "" && !Has(PartnerRoles, p.Role) {
			v.add(SevError, "code", f+".role", "Partenaire « %s » : rôle « %s » inconnu.", name, p.Role)
		}
		if p.FunderType != "" && !Has(FunderTypes, p.FunderType) {
			v.add(SevError, "code", f+".funderType", "Partenaire « %s » : type de financeur « %s » inconnu.", name, p.FunderType)
		}
		if p.SIRET != "" {
			if err := fr.CheckSIRET(p.SIRET); err != nil {
				v.add(SevError, "siret", f+".siret", "Partenaire « %s » : %v.", name, err)
			}
		}
		if err := CheckEmail(p.ContactEmail); err != nil {
			v.add(SevError, "email", f+".contactEmail", "Partenaire « %s » : %v.", name, err)
		}
		if err := CheckPhone(p.ContactPhone); err != nil {
			v.add(SevError, "phone", f+".contactPhone", "Partenaire « %s » : %v.", name, err)
		}
		if p.LetterDate != "" {
			if _, err := fr.ParseISODate(p.LetterDate); err != nil {
				v.add(SevError, "date", f+".letterDate", "Partenaire « %s » : %v.", name, err)
			}
		}
		switch p.LetterStatus {
		case "recue":
			if p.LetterAttachmentID == 0 {
				v.add(SevWarning, "letter-file", f+".letterAttachmentId", "Partenaire « %s » : lettre de soutien reçue mais non jointe au dossier.", name)
			}
		case "demandee":
			v.add(SevInfo, "letter-pending", f+".letterStatus", "Partenaire « %s » : lettre de soutien demandée, pas encore reçue.", name)
		case "", "aucune":
			if p.Role == "fondateur" || p.Role == "financeur" {
				v.add(SevWarning, "letter-missing", f+".letterStatus", "Partenaire « %s » (%s) : aucune lettre de soutien demandée.", name, strings.ToLower(LabelOf(PartnerRoles, p.Role)))
			}
		default:
			v.add(SevError, "code", f+".letterStatus", "Partenaire « %s » : statut de lettre « %s » inconnu.", name, p.LetterStatus)
		}
		for _, id := range []int64{p.LetterAttachmentID, p.LogoAttachmentID} {
			if id != 0 && v.d.AttachmentByID(id) == nil {
				v.add(SevError, "ref", f, "Partenaire « %s » : la pièce jointe n° %d n'existe pas.", name, id)
			}
		}
	}
}

func (v *validator) contributions() {
	// Cash from one public funder per year, for the 23 000 € convention threshold.
	type key struct {
		partner int64
		year    int
	}
	public := map[key]Cents{}
	for _, c := range v.d.Contributions {
		f := fmt.Sprintf("contribution:%d", c.ID)
		p := v.d.PartnerByID(c.PartnerID)
		who := fmt.Sprintf("n° %d", c.ID)
		if p == nil {
			v.add(SevError, "ref", f+".partnerId", "Contribution %s : le partenaire n° %d n'existe pas.", who, c.PartnerID)
		} else {
			who = fmt.Sprintf("de « %s » (%d)", p.Name, c.Year)
		}
		if !v.inYears(c.Year) {
			v.add(SevError, "year", f+".year", "Contribution %s : l'année %d est hors des années du budget.", who, c.Year)
		}
		if c.Nature != NatureCash && c.Nature != NatureInKind {
			v.add(SevError, "code", f+".nature", "Contribution %s : nature « %s » inconnue (numéraire ou en nature).", who, c.Nature)
		}
		if c.Nature == NatureInKind && c.InKindType != "" && !Has(InKindTypes, c.InKindType) {
			v.add(SevError, "code", f+".inKindType", "Contribution %s : type de contribution en nature « %s » inconnu.", who, c.InKindType)
		}
		a, ok := AccountByCode(c.Account)
		switch {
		case !ok:
			v.add(SevError, "account", f+".account", "Contribution %s : compte « %s » absent du budget Cerfa 12156.", who, c.Account)
		case a.Side != SideProduit:
			v.add(SevError, "account", f+".account", "Contribution %s : le compte %s est un compte de charges.", who, c.Account)
		case a.InKind != (c.Nature == NatureInKind):
			v.add(SevError, "account", f+".account", "Contribution %s : une contribution %s ne peut pas aller au compte %s.", who, strings.ToLower(LabelOf(Natures, c.Nature)), AccountLabel(c.Account))
		}
		if c.Amount <= 0 {
			v.add(SevError, "amount", f+".amount", "Contribution %s : le montant doit être positif.", who)
		}
		if !Has(ContributionStatuses, c.Status) {
			v.add(SevError, "code", f+".status", "Contribution %s : statut « %s » inconnu.", who, c.Status)
		}
		if c.ActionID != 0 && v.d.ActionByID(c.ActionID) == nil {
			v.add(SevError, "ref", f+".actionId", "Contribution %s : l'action n° %d n'existe pas.", who, c.ActionID)
		}
		if p != nil && c.Nature == NatureCash && strings.HasPrefix(c.Account, "74-") && c.Account != "74-prive" {
			public[key{p.ID, c.Year}] += c.Amount
		}
	}
	const threshold = Cents(23000_00)
	for _, p := range v.d.Partners {
		for _, y := range v.d.Candidature.Years() {
			if amt := public[key{p.ID, y}]; amt > threshold {
				v.add(SevInfo, "convention", fmt.Sprintf("partner:%d", p.ID), "Partenaire « %s » : %s de subvention en %d, au-delà de 23 000 € une convention est obligatoire (loi n° 2000-321, art. 10).", p.Name, fr.Euros(int64(amt)), y)
			}
		}
	}
}

func (v *validator) actions() {
	codes := map[string]int64{}
	for _, a := range v.d.Actions {
		f := fmt.Sprintf("action:%d", a.ID)
		if strings.TrimSpace(a.Title) == "" {
			v.add(SevError, "required", f+".title", "Action n° %d : l'intitulé est obligatoire.", a.ID)
		}
		if a.Code != "" {
			if other, dup := codes[a.Code]; dup {
				v.add(SevError, "duplicate", f+".code", "Action « %s » : le code %s est déjà pris par l'action n° %d.", a.Title, a.Code, other)
			}
			codes[a.Code] = a.ID
		}
		if a.Axis != "" && !Has(ActionAxes, a.Axis) {
			v.add(SevError, "code", f+".axis", "Action « %s » : axe « %s » inconnu.", a.Title, a.Axis)
		}
		if a.LeadPartnerID == 0 {
			v.add(SevWarning, "required", f+".leadPartnerId", "Action « %s » : aucun partenaire pilote.", a.Title)
		} else if v.d.PartnerByID(a.LeadPartnerID) == nil {
			v.add(SevError, "ref", f+".leadPartnerId", "Action « %s » : le partenaire pilote n° %d n'existe pas.", a.Title, a.LeadPartnerID)
		}
		var start, end string
		for _, d := range []struct{ field, val string }{{"startDate", a.StartDate}, {"endDate", a.EndDate}} {
			if d.val == "" {
				continue
			}
			if _, err := fr.ParseISODate(d.val); err != nil {
				v.add(SevError, "date", f+"."+d.field, "Action « %s » : %v.", a.Title, err)
			} else if d.field == "startDate" {
				start = d.val
			} else {
				end = d.val
			}
		}
		if start != "" && end != "" && end < start {
			v.add(SevError, "date", f+".endDate", "Action « %s » : la date de fin précède la date de début.", a.Title)
		}
	}
}

func (v *validator) budget() {
	for _, c := range v.d.Charges {
		f := fmt.Sprintf("charge:%d", c.ID)
		a, ok := AccountByCode(c.Account)
		if !ok {
			v.add(SevError, "account", f+".account", "Ligne de charges n° %d : compte « %s » absent du budget Cerfa 12156.", c.ID, c.Account)
		} else if a.Side != SideCharge {
			v.add(SevError, "account", f+".account", "Ligne de charges n° %d : le compte %s est un compte de produits.", c.ID, c.Account)
		}
		if !v.inYears(c.Year) {
			v.add(SevError, "year", f+".year", "Ligne de charges n° %d : l'année %d est hors des années du budget.", c.ID, c.Year)
		}
		if c.Amount <= 0 {
			v.add(SevError, "amount", f+".amount", "Ligne de charges n° %d : le montant doit être positif.", c.ID)
		}
		if c.ActionID != 0 && v.d.ActionByID(c.ActionID) == nil {
			v.add(SevError, "ref", f+".actionId", "Ligne de charges n° %d : l'action n° %d n'existe pas.", c.ID, c.ActionID)
		}
	}
	for _, r := range v.d.Resources {
		f := fmt.Sprintf("resource:%d", r.ID)
		a, ok := AccountByCode(r.Account)
		if !ok {
			v.add(SevError, "account", f+".account", "Ligne de produits n° %d : compte « %s » absent du budget Cerfa 12156.", r.ID, r.Account)
		} else if a.Side != SideProduit {
			v.add(SevError, "account", f+".account", "Ligne de produits n° %d : le compte %s est un compte de charges.", r.ID, r.Account)
		}
		if !v.inYears(r.Year) {
			v.add(SevError, "year", f+".year", "Ligne de produits n° %d : l'année %d est hors des années du budget.", r.ID, r.Year)
		}
		if r.Amount <= 0 {
			v.add(SevError, "amount", f+".amount", "Ligne de produits n° %d : le montant doit être positif.", r.ID)
		}
		if !Has(ContributionStatuses, r.Status) {
			v.add(SevError, "code", f+".status", "Ligne de produits n° %d : statut « %s » inconnu.", r.ID, r.Status)
		}
		if r.ActionID != 0 && v.d.ActionByID(r.ActionID) == nil {
			v.add(SevError, "ref", f+".actionId", "Ligne de produits n° %d : l'action n° %d n'existe pas.", r.ID, r.ActionID)
		}
	}
	for _, b := range v.d.Budget() {
		if b.Year == 0 {
			continue
		}
		f := fmt.Sprintf("budget:%d", b.Year)
		if b.Charges == 0 && b.Produits == 0 {
			v.add(SevWarning, "budget-empty", f, "Budget %d : aucune charge ni aucun produit.", b.Year)
		} else if bal := b.Balance(); bal != 0 {
			v.add(SevError, "budget-balance", f, "Budget %d non équilibré : charges %s, produits %s (écart %s).", b.Year, fr.Euros(int64(b.Charges)), fr.Euros(int64(b.Produits)), fr.Euros(int64(bal)))
		}
		if bal := b.InKindBalance(); bal != 0 {
			v.add(SevError, "budget-inkind", f, "Budget %d : les contributions en nature (87, %s) doivent égaler leurs emplois (86, %s).", b.Year, fr.Euros(int64(b.InKindProduits)), fr.Euros(int64(b.InKindCharges)))
		}
	}
}

func (v *validator) sections() {
	keys := map[string]bool{}
	for _, s := range v.d.Sections {
		f := fmt.Sprintf("section:%d", s.ID)
		if strings.TrimSpace(s.Title) == "" {
			v.add(SevError, "required", f+".title", "Chapitre n° %d : le titre est obligatoire.", s.Position)
		}
		if s.Key != "" {
			if keys[s.Key] {
				v.add(SevError, "duplicate", f+".key", "Chapitre « %s » : la clé %s est déjà utilisée.", s.Title, s.Key)
			}
			keys[s.Key] = true
		}
		if !Has(SectionStatuses, s.Status) {
			v.add(SevError, "code", f+".status", "Chapitre « %s » : statut « %s » inconnu.", s.Title, s.Status)
		}
		if n := utf8.RuneCountInString(s.Body); s.MaxChars > 0 && n > s.MaxChars {
			v.add(SevError, "length", f+".body", "Chapitre « %s » : %s caractères pour %s autorisés.", s.Title, fr.Int(int64(n)), fr.Int(int64(s.MaxChars)))
		}
		if strings.TrimSpace(s.Body) == "" {
			v.add(SevWarning, "empty", f+".body", "Chapitre « %s » : texte vide.", s.Title)
		} else if s.Status != "valide" {
			v.add(SevInfo, "unvalidated", f+".status", "Chapitre « %s » : %s.", s.Title, strings.ToLower(LabelOf(SectionStatuses, s.Status)))
		}
		if s.OwnerPartnerID != 0 && v.d.PartnerByID(s.OwnerPartnerID) == nil {
			v.add(SevError, "ref", f+".ownerPartnerId", "Chapitre « %s » : le partenaire n° %d n'existe pas.", s.Title, s.OwnerPartnerID)
		}
	}
	if len(v.d.Sections) == 0 {
		v.add(SevWarning, "sections", "sections", "Aucun chapitre rédigé.")
	}
}

func (v *validator) actors() {
	for _, a := range v.d.Actors {
		f := fmt.Sprintf("actor:%d", a.ID)
		if strings.TrimSpace(a.Name) == "" {
			v.add(SevError, "required", f+".name", "Acteur n° %d : le nom est obligatoire.", a.ID)
		}
		if a.SIRET != "" {
			if err := fr.CheckSIRET(a.SIRET); err != nil {
				v.add(SevError, "siret", f+".siret", "Acteur « %s » : %v.", a.Name, err)
			}
		}
		if a.Category != "" && !Has(ActorCategories, a.Category) {
			v.add(SevError, "code", f+".category", "Acteur « %s » : catégorie « %s » inconnue.", a.Name, a.Category)
		}
		if a.HeadcountBand != "" && !Has(HeadcountBands, a.HeadcountBand) {
			v.add(SevError, "code", f+".headcountBand", "Acteur « %s » : tranche d'effectifs « %s » inconnue.", a.Name, a.HeadcountBand)
		}
		if a.NAF != "" {
			if _, ok := fr.NormalizeNAF(a.NAF); !ok {
				v.add(SevError, "naf", f+".naf", "Acteur « %s » : code NAF « %s » invalide (attendu 62.01Z).", a.Name, a.NAF)
			}
		}
		if err := CheckWebsite(a.Website); err != nil {
			v.add(SevError, "website", f+".website", "Acteur « %s » : %v.", a.Name, err)
		}
		if a.FundsRaised < 0 {
			v.add(SevError, "amount", f+".fundsRaised", "Acteur « %s » : les fonds levés ne peuvent pas être négatifs.", a.Name)
		}
	}
}

// EntityErrors returns the findings of severity SevError tied to one row: those whose Field is
// "<entity>:<id>" or starts with "<entity>:<id>." (entity as in Finding fields: "partner", "contribution",
// "action", "charge", "resource", "section", "actor", "candidature" with id 0 for the candidature).
func EntityErrors(fs []Finding, entity string, id int64) []Finding {
	prefix := fmt.Sprintf("%s:%d", entity, id)
	if entity == "candidature" {
		prefix = "candidature"
	}
	var out []Finding
	for _, f := range fs {
		if f.Severity == SevError && (f.Field == prefix || strings.HasPrefix(f.Field, prefix+".")) {
			out = append(out, f)
		}
	}
	return out
}

// only returns the elements of list whose ID is id.
func only[T any](list []T, id int64, idOf func(*T) int64) []T {
	var out []T
	for i := range list {
		if idOf(&list[i]) == id {
			out = append(out, list[i])
		}
	}
	return out
}

// RowErrors returns the error findings of one row of d (as EntityErrors), validating that row against just
// the context its rules need (the candidature's years, partners, actions, attachments, and the rows its
// uniqueness rules compare with) instead of the whole dossier: what a form needs after each edit, in
// microseconds even with thousands of actors.
func RowErrors(d *Dossier, entity string, id int64) []Finding {
	c := &Dossier{Candidature: d.Candidature, Attachments: d.Attachments}
	refs := func() { // partners and actions, as references only
		c.Partners, c.Actions = d.Partners, d.Actions
	}
	switch entity {
	case "candidature":
	case "partner":
		c.Partners = only(d.Partners, id, func(p *Partner) int64 { return p.ID })
	case "contribution":
		refs()
		c.Contributions = only(d.Contributions, id, func(x *Contribution) int64 { return x.ID })
	case "action":
		refs()
	case "charge":
		refs()
		c.Charges = only(d.Charges, id, func(x *Charge) int64 { return x.ID })
	case "resource":
		refs()
		c.Resources = only(d.Resources, id, func(x *Resource) int64 { return x.ID })
	case "actor":
		c.Actors = only(d.Actors, id, func(x *Actor) int64 { return x.ID })
	case "section":
		c.Partners, c.Sections = d.Partners, d.Sections
	default:
		return EntityErrors(Validate(d), entity, id)
	}
	v := &validator{d: c}
	switch entity {
	case "candidature":
		v.candidature()
	case "partner":
		v.partners()
	case "contribution":
		v.contributions()
	case "action":
		v.actions()
	case "charge", "resource":
		v.budget()
	case "actor":
		v.actors()
	case "section":
		v.sections()
	}
	v.texts()
	return EntityErrors(v.out, entity, id)
}
