// Package csv writes the dossier's data as CSV files for French Excel: UTF-8 with a byte order mark (so that
// Excel reads the accents right), ';' as separator, CRLF line ends, amounts with a decimal comma and no
// thousands separator ("1234,56", "-12,50": a number for a French Excel), dates as JJ/MM/AAAA.
//
// Formula injection (OWASP "CSV Injection"): a text field whose first non-blank character is '=', '+', '-',
// '@', tab or CR could run as a formula in the reader's spreadsheet; such a field gets a leading apostrophe.
// A field made only of digits, blanks and the characters - . , ( ) / (and a leading +) is left alone: it can call no
// function, and it is how phone numbers ("+33 6 12 34 56 78") and signed amounts ("-12,50") are written.
// Numeric columns (amounts, years, numbers) are formatted by this package and never altered.
//
// Control characters are removed (vertical tab and form feed become a line break), invalid UTF-8 is dropped,
// never turned into "�". Identifiers such as SIRET and postcodes are written as they are ("01000"); a French
// Excel opening the file by double-click reads them as numbers and drops the leading zeros, which is why
// the XLSX workbooks, where they are text, are the files to give to finance staff.
package csv

import (
	stdcsv "encoding/csv"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"dossierft/internal/dossier"
)

// BOM is the UTF-8 byte order mark written at the start of every file.
const BOM = "\ufeff"

// writer wraps encoding/csv with the French Excel settings.
type writer struct {
	w   *stdcsv.Writer
	err error
}

func newWriter(w io.Writer, header []string) *writer {
	cw := &writer{}
	if _, err := io.WriteString(w, BOM); err != nil {
		cw.err = err
		return cw
	}
	cw.w = stdcsv.NewWriter(w)
	cw.w.Comma = ';'
	cw.w.UseCRLF = true
	cw.row(header...)
	return cw
}

// row writes fields as they are (callers pass them through Text or the number formatters).
func (c *writer) row(fields ...string) {
	if c.err != nil {
		return
	}
	c.err = c.w.Write(fields)
}

func (c *writer) close() error {
	if c.err != nil {
		return c.err
	}
	c.w.Flush()
	return c.w.Error()
}

// Text returns a text field made safe: control characters removed, formula injection neutralised.
func Text(s string) string {
	s = clean(s)
	t := strings.TrimLeft(s, " \u00a0")
	if t == "" {
		return s
	}
	switch t[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if inert(t) {
			return s
		}
		return "'" + s
	}
	return s
}

// inert reports whether s holds only digits, blanks and - . , ( ) / with at most a leading '+' (and at
// least one digit): a phone number or a number, which no spreadsheet can run as a function call.
func inert(s string) bool {
	digit := false
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r == '+' && i == 0:
		case strings.ContainsRune(" \u00a0\u202f-.,()/", r):
		default:
			return false
		}
	}
	return digit
}

// clean removes control characters (keeping tab and line breaks; vertical tab, form feed and the Unicode
// line separators become "\n"), invalid UTF-8 and the noncharacters U+FFFE/U+FFFF.
func clean(s string) string {
	ok := true
	for i := 0; i < len(s); i++ {
		if b := s[i]; b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b >= 0x80 {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
		case r == '\v' || r == '\f' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteByte('\n')
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteRune(r)
		case r < 0x20 || (r >= 0x7f && r <= 0x9f), r == 0xFFFE || r == 0xFFFF:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Amount formats cents with a decimal comma and no grouping: 123456 → "1234,56", -1250 → "-12,50".
func Amount(c dossier.Cents) string {
	neg := c < 0
	if neg {
		c = -c
	}
	s := strconv.FormatInt(int64(c/100), 10) + "," + pad2(int64(c%100))
	if neg {
		return "-" + s
	}
	return s
}

func pad2(n int64) string {
	if n < 10 {
		return "0" + strconv.FormatInt(n, 10)
	}
	return strconv.FormatInt(n, 10)
}

// date turns an ISO date into JJ/MM/AAAA; other text goes through Text.
func date(iso string) string {
	if len(iso) == 10 && iso[4] == '-' && iso[7] == '-' {
		return iso[8:10] + "/" + iso[5:7] + "/" + iso[0:4]
	}
	return Text(iso)
}

func itoa(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func actionText(d *dossier.Dossier, id int64) string {
	a := d.ActionByID(id)
	if a == nil {
		return ""
	}
	if a.Code != "" && a.Title != "" {
		return Text(a.Code + " – " + a.Title)
	}
	return Text(a.Code + a.Title)
}

// Charges writes the expense lines of the budget (Cerfa accounts 60–68 and 86x), one row per line:
// Année;Action;Compte;Libellé du compte;Nature;Libellé;Montant.
func Charges(w io.Writer, d *dossier.Dossier) error {
	c := newWriter(w, []string{"Année", "Action", "Compte", "Libellé du compte", "Nature", "Libellé", "Montant (€)"})
	for _, ch := range d.Charges {
		nature := dossier.LabelOf(dossier.Natures, dossier.NatureCash)
		if a, ok := dossier.AccountByCode(ch.Account); ok && a.InKind {
			nature = dossier.LabelOf(dossier.Natures, dossier.NatureInKind)
		}
		c.row(itoa(ch.Year), actionText(d, ch.ActionID), Text(ch.Account), Text(dossier.AccountLabel(ch.Account)), nature, Text(ch.Label), Amount(ch.Amount))
	}
	return c.close()
}

// Resources writes the produits lines that do not come from a partner (Cerfa 70–78 and 87x):
// Année;Action;Compte;Libellé du compte;Financeur;Statut;Libellé;Montant.
func Resources(w io.Writer, d *dossier.Dossier) error {
	c := newWriter(w, []string{"Année", "Action", "Compte", "Libellé du compte", "Financeur", "Statut", "Libellé", "Montant (€)"})
	for _, r := range d.Resources {
		c.row(itoa(r.Year), actionText(d, r.ActionID), Text(r.Account), Text(dossier.AccountLabel(r.Account)), Text(r.Funder),
			Text(dossier.LabelOf(dossier.ContributionStatuses, r.Status)), Text(r.Label), Amount(r.Amount))
	}
	return c.close()
}

// Contributions writes the partners' contributions, one row per partner and year:
// Année;Partenaire;SIRET du partenaire;Type de financeur;Action;Nature;Type de contribution en nature;Compte;
// Libellé du compte;Statut;Libellé;Montant.
func Contributions(w io.Writer, d *dossier.Dossier) error {
	c := newWriter(w, []string{"Année", "Partenaire", "SIRET du partenaire", "Type de financeur", "Action", "Nature",
		"Type de contribution en nature", "Compte", "Libellé du compte", "Statut", "Libellé", "Montant (€)"})
	for _, co := range d.Contributions {
		var name, siret, funder string
		if p := d.PartnerByID(co.PartnerID); p != nil {
			name, siret = p.Name, p.SIRET
			if p.FunderType != "" {
				funder = dossier.LabelOf(dossier.FunderTypes, p.FunderType)
			}
		}
		kind := ""
		if co.InKindType != "" {
			kind = dossier.LabelOf(dossier.InKindTypes, co.InKindType)
		}
		c.row(itoa(co.Year), Text(name), Text(siret), Text(funder), actionText(d, co.ActionID), Text(dossier.LabelOf(dossier.Natures, co.Nature)),
			Text(kind), Text(co.Account), Text(dossier.AccountLabel(co.Account)), Text(dossier.LabelOf(dossier.ContributionStatuses, co.Status)),
			Text(co.Label), Amount(co.Amount))
	}
	return c.close()
}

// Actors writes the annuaire, one row per actor: Nom;Catégorie;SIRET;Code NAF;Code postal;Commune;
// Tranche d'effectifs;Année de création;Fonds levés;Site web;Description;Mots-clés;Origine;Fictif.
func Actors(w io.Writer, d *dossier.Dossier) error {
	c := newWriter(w, []string{"Nom", "Catégorie", "SIRET", "Code NAF", "Code postal", "Commune", "Tranche d'effectifs",
		"Année de création", "Fonds levés (€)", "Site web", "Description", "Mots-clés", "Origine", "Fictif"})
	for _, a := range d.Actors {
		cat, band := "", ""
		if a.Category != "" {
			cat = dossier.LabelOf(dossier.ActorCategories, a.Category)
		}
		if a.HeadcountBand != "" {
			band = dossier.LabelOf(dossier.HeadcountBands, a.HeadcountBand)
		}
		fict := "Non"
		if a.Fictitious {
			fict = "Oui"
		}
		c.row(Text(a.Name), Text(cat), Text(a.SIRET), Text(a.NAF), Text(a.Postcode), Text(a.Town), Text(band), itoa(a.CreationYear),
			fundsRaised(a.FundsRaised), Text(a.Website), Text(a.Description), Text(strings.Join(a.Tags, ", ")), Text(a.Origin), fict)
	}
	return c.close()
}

// fundsRaised is an actor's funds raised, blank when unknown (0), as in the PDF and the workbook.
func fundsRaised(c dossier.Cents) string {
	if c == 0 {
		return ""
	}
	return Amount(c)
}
