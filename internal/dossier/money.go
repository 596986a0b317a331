// Package dossier holds the domain model of a French Tech application dossier: the candidature, its partners,
// contributions, actions, budget lines, indicators, actors, written chapters and attachments, the Cerfa 12156
// budget accounts, the budget arithmetic and the validation rules. It does no I/O.
package dossier

// Cents is an amount of money in integer euro cents (1 € = 100). Money is never a float in this project:
// storage, arithmetic and bridge transport all use Cents; only display code turns it into text.
type Cents int64

// Euros returns the whole-euro part of c, rounded half away from zero, as the Cerfa 12156 budget asks
// ("Ne pas indiquer les centimes d'euros", Cerfa 12156*03 budget pages).
func (c Cents) Euros() int64 {
	if c >= 0 {
		return int64((c + 50) / 100)
	}
	return -int64((-c + 50) / 100)
}

// EurosCents returns c as (whole euros, remaining cents), both carrying the sign of c.
func (c Cents) EurosCents() (int64, int64) {
	return int64(c / 100), int64(c % 100)
}

// Sum returns the sum of the given amounts in cents.
func Sum(amounts ...Cents) Cents {
	var t Cents
	for _, a := range amounts {
		t += a
	}
	return t
}
