// Package fr holds French formats and identifiers: amounts in euros (display and parsing of the French way
// of typing them), dates, SIREN/SIRET checksums and NAF codes.
package fr

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// NBSP is U+00A0 NO-BREAK SPACE, the space before the euro sign ("1 234,56 €"; domain.md §3.1).
const NBSP = "\u00a0"

// NNBSP is U+202F NARROW NO-BREAK SPACE, the thousands separator of CLDR fr-FR (domain.md §3.1).
const NNBSP = "\u202f"

// groupDigits groups the decimal digits of s by three from the right with sep.
func groupDigits(s, sep string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	head := len(s) % 3
	if head > 0 {
		b.WriteString(s[:head])
	}
	for i := head; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// Euros formats an amount in integer cents the French way with cents: "1 234,56 €" (U+202F between
// thousands, U+00A0 before €), "-12,50 €". Source: domain.md §3.1 (CLDR fr-FR).
func Euros(cents int64) string {
	neg := cents < 0
	if neg {
		cents = -cents
	}
	s := groupDigits(strconv.FormatInt(cents/100, 10), NNBSP) + fmt.Sprintf(",%02d", cents%100) + NBSP + "€"
	if neg {
		return "-" + s
	}
	return s
}

// WholeEuros formats an amount in integer cents rounded to whole euros (half away from zero), as the Cerfa
// 12156 budget asks ("Ne pas indiquer les centimes d'euros"): "1 235 €".
func WholeEuros(cents int64) string {
	neg := cents < 0
	if neg {
		cents = -cents
	}
	e := (cents + 50) / 100
	s := groupDigits(strconv.FormatInt(e, 10), NNBSP) + NBSP + "€"
	if neg && e != 0 {
		return "-" + s
	}
	return s
}

// Int formats an integer with French thousands grouping (U+202F): 10400 → "10 400". Not for years, postcodes
// or identifiers, which are never grouped (domain.md §3.1).
func Int(n int64) string {
	if n < 0 {
		return "-" + groupDigits(strconv.FormatInt(-n, 10), NNBSP)
	}
	return groupDigits(strconv.FormatInt(n, 10), NNBSP)
}

// ErrAmount is wrapped by ParseAmount's errors.
var ErrAmount = errors.New("montant invalide")

// ParseAmount reads an amount typed the French way and returns integer cents. Accepted: "1 234,56 €",
// "1234,5", "-12,50", "12 500 €", "1234.56", "1.234,56", with spaces, U+00A0 or U+202F as thousands separators,
// an optional "€" or "EUR" before or after, an optional sign. More than two decimals, letters or an empty
// string are refused with a French message wrapping ErrAmount.
func ParseAmount(s string) (int64, error) {
	orig := s
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, "€")
	s = strings.TrimPrefix(s, "€")
	s = strings.TrimSpace(s)
	if u := strings.ToUpper(s); strings.HasSuffix(u, "EUR") {
		s = strings.TrimSpace(s[:len(s)-3])
	}
	isSpace := func(r rune) bool {
		return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\''
	}
	if groups := strings.FieldsFunc(s, isSpace); len(groups) > 1 {
		for _, g := range groups[1:] {
			digits := g
			if i := strings.IndexAny(g, ",."); i >= 0 {
				digits = g[:i]
			}
			if len(digits) != 3 {
				return 0, fmt.Errorf("%w : « %s » a des séparateurs de milliers mal placés", ErrAmount, orig)
			}
		}
	}
	s = strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
	if s == "" {
		return 0, fmt.Errorf("%w : « %s » est vide", ErrAmount, orig)
	}
	neg := false
	switch s[0] {
	case '-':
		neg, s = true, s[1:]
	case '+':
		s = s[1:]
	}
	if strings.HasPrefix(s, "−") { // U+2212 MINUS SIGN as UTF-8
		neg, s = true, strings.TrimPrefix(s, "−")
	}
	// Decide the decimal separator: the last of ',' or '.' when followed by 1 or 2 digits and it is the only
	// one of its kind; the other one is a thousands separator.
	lastComma, lastDot := strings.LastIndex(s, ","), strings.LastIndex(s, ".")
	dec := -1
	switch {
	case lastComma >= 0 && lastDot >= 0:
		dec = max(lastComma, lastDot)
	case lastComma >= 0:
		if strings.Count(s, ",") == 1 {
			dec = lastComma
		}
	case lastDot >= 0:
		if strings.Count(s, ".") == 1 && len(s)-lastDot-1 != 3 {
			dec = lastDot
		}
	}
	intPart, fracPart := s, ""
	if dec >= 0 {
		intPart, fracPart = s[:dec], s[dec+1:]
		if strings.ContainsAny(fracPart, ",.") {
			return 0, fmt.Errorf("%w : « %s » mélange les séparateurs", ErrAmount, orig)
		}
	}
	sepChar := ""
	if dec >= 0 {
		if s[dec] == ',' {
			sepChar = "."
		} else {
			sepChar = ","
		}
	} else if lastComma >= 0 {
		sepChar = ","
	} else if lastDot >= 0 {
		sepChar = "."
	}
	if sepChar != "" {
		parts := strings.Split(intPart, sepChar)
		for i, p := range parts {
			if (i > 0 && len(p) != 3) || (i == 0 && (len(p) == 0 || len(p) > 3) && len(parts) > 1) {
				return 0, fmt.Errorf("%w : « %s » a des séparateurs de milliers mal placés", ErrAmount, orig)
			}
		}
		intPart = strings.Join(parts, "")
	}
	if intPart == "" {
		intPart = "0"
	}
	if len(fracPart) > 2 {
		return 0, fmt.Errorf("%w : « %s » a plus de deux décimales", ErrAmount, orig)
	}
	for _, r := range intPart + fracPart {
		if !unicode.IsDigit(r) || r > '9' {
			return 0, fmt.Errorf("%w : « %s » n'est pas un nombre", ErrAmount, orig)
		}
	}
	if len(intPart) > 15 {
		return 0, fmt.Errorf("%w : « %s » est trop grand", ErrAmount, orig)
	}
	for len(fracPart) < 2 {
		fracPart += "0"
	}
	e, _ := strconv.ParseInt(intPart, 10, 64)
	c, _ := strconv.ParseInt(fracPart, 10, 64)
	v := e*100 + c
	if neg {
		v = -v
	}
	return v, nil
}

var monthNames = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
	"septembre", "octobre", "novembre", "décembre"}

// ParseISODate parses an ISO date AAAA-MM-JJ; the error message is French.
func ParseISODate(s string) (time.Time, error) {
	t, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	if err != nil {
		return time.Time{}, fmt.Errorf("date invalide « %s » : attendu AAAA-MM-JJ", s)
	}
	return t, nil
}

// ParseDate reads a date typed as JJ/MM/AAAA (also JJ-MM-AAAA, JJ.MM.AAAA) or ISO AAAA-MM-JJ and returns it
// as an ISO string AAAA-MM-JJ. The error message is French.
func ParseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", "02/01/2006", "2/1/2006", "02-01-2006", "02.01.2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil && (s[10] == 'T' || s[10] == ' ') {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("date invalide « %s » : attendu JJ/MM/AAAA", s)
}

// Date formats an ISO date (AAAA-MM-JJ) as JJ/MM/AAAA; anything unparsable is returned unchanged.
func Date(iso string) string {
	t, err := ParseISODate(iso)
	if err != nil {
		return iso
	}
	return t.Format("02/01/2006")
}

// LongDate formats an ISO date as "25 juin 2015" ("1er février 2014" for the first of the month);
// anything unparsable is returned unchanged.
func LongDate(iso string) string {
	t, err := ParseISODate(iso)
	if err != nil {
		return iso
	}
	return LongTime(t)
}

// LongTime formats t's date as "25 juin 2015" ("1er" for day 1).
func LongTime(t time.Time) string {
	d := strconv.Itoa(t.Day())
	if t.Day() == 1 {
		d = "1er"
	}
	return d + " " + monthNames[t.Month()-1] + " " + strconv.Itoa(t.Year())
}
