// Package sample builds the two dossiers shipped with the application: LORnTECH, a realistic sample of the
// Sillon lorrain candidature to the « Métropole French Tech » label (2015–2017), built from the seed document
// and the sourced facts of shared/reference/domain.md §4, and Large, a deterministic synthetic dossier for
// benchmarks. Both are pure functions returning a new *dossier.Dossier on every call; there is no I/O. IDs are
// assigned 1..n per table in slice order and every reference (partner, action, attachment) points inside the
// dossier, so a store can write them as they are.
package sample

import (
	"dossierft/internal/dossier"
)

// builder appends rows to a dossier, giving each table's rows the IDs 1, 2, 3… in order.
type builder struct {
	d *dossier.Dossier
}

func (b *builder) territory(t dossier.Territory) int64 {
	t.ID = int64(len(b.d.Territories) + 1)
	b.d.Territories = append(b.d.Territories, t)
	return t.ID
}

func (b *builder) totem(t dossier.Totem) int64 {
	t.ID = int64(len(b.d.Totems) + 1)
	b.d.Totems = append(b.d.Totems, t)
	return t.ID
}

func (b *builder) partner(p dossier.Partner) int64 {
	p.ID = int64(len(b.d.Partners) + 1)
	b.d.Partners = append(b.d.Partners, p)
	return p.ID
}

func (b *builder) action(a dossier.Action) int64 {
	a.ID = int64(len(b.d.Actions) + 1)
	b.d.Actions = append(b.d.Actions, a)
	return a.ID
}

func (b *builder) contribution(c dossier.Contribution) int64 {
	c.ID = int64(len(b.d.Contributions) + 1)
	b.d.Contributions = append(b.d.Contributions, c)
	return c.ID
}

func (b *builder) charge(c dossier.Charge) int64 {
	c.ID = int64(len(b.d.Charges) + 1)
	b.d.Charges = append(b.d.Charges, c)
	return c.ID
}

func (b *builder) resource(r dossier.Resource) int64 {
	r.ID = int64(len(b.d.Resources) + 1)
	b.d.Resources = append(b.d.Resources, r)
	return r.ID
}

func (b *builder) indicator(i dossier.Indicator) int64 {
	i.ID = int64(len(b.d.Indicators) + 1)
	b.d.Indicators = append(b.d.Indicators, i)
	return i.ID
}

func (b *builder) actor(a dossier.Actor) int64 {
	a.ID = int64(len(b.d.Actors) + 1)
	b.d.Actors = append(b.d.Actors, a)
	return a.ID
}

func (b *builder) section(s dossier.Section) int64 {
	s.ID = int64(len(b.d.Sections) + 1)
	s.Position = len(b.d.Sections) + 1
	b.d.Sections = append(b.d.Sections, s)
	return s.ID
}

func (b *builder) attachment(a dossier.Attachment) int64 {
	a.ID = int64(len(b.d.Attachments) + 1)
	if a.Created == "" {
		a.Created = attachmentCreated
	}
	b.d.Attachments = append(b.d.Attachments, a)
	return a.ID
}

// inKindChargeAccount returns the Cerfa 86x charge line that mirrors an in-kind produits line (87x), so that
// Σ86 = Σ87: locaux → 861 (mise à disposition gratuite de biens et services), prestations → 862,
// personnel → 864 (its produit lands on 870, bénévolat, per dossier.DefaultContributionAccount).
func inKindChargeAccount(inKindType string) string {
	switch inKindType {
	case "locaux":
		return "861"
	case "personnel":
		return "864"
	default:
		return "862"
	}
}

// eur returns whole euros as cents.
func eur(e int64) dossier.Cents { return dossier.Cents(e * 100) }

// scale returns c × perMille / 1000 rounded half up to the cent (c ≥ 0).
func scale(c dossier.Cents, perMille int64) dossier.Cents {
	return dossier.Cents((int64(c)*perMille + 500) / 1000)
}
