package fr

import (
	"fmt"
	"strings"
)

// laPosteSIREN is the SIREN of La Poste, whose establishments' SIRET follow a different rule
// (domain.md §3.3: the sum of the 14 digits is a multiple of 5).
const laPosteSIREN = "356000000"

// luhn reports whether the decimal digit string s passes the Luhn check.
func luhn(s string) bool {
	sum := 0
	double := false
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// CleanID removes spaces (including U+00A0 and U+202F), dots and dashes from a typed SIREN/SIRET.
func CleanID(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '\u202f', '.', '-', '\t':
			return -1
		}
		return r
	}, s)
}

// CheckSIREN validates a SIREN (9 digits, Luhn key; domain.md §3.3). Spaces are ignored. The error is French.
func CheckSIREN(s string) error {
	c := CleanID(s)
	if len(c) != 9 || !allDigits(c) {
		return fmt.Errorf("SIREN « %s » : 9 chiffres attendus", s)
	}
	if !luhn(c) {
		return fmt.Errorf("SIREN « %s » : clé de contrôle incorrecte", s)
	}
	return nil
}

// CheckSIRET validates a SIRET (14 digits, Luhn key over all 14; for La Poste, SIREN 356000000, the digit sum
// must be a multiple of 5; domain.md §3.3). Spaces are ignored. The error is French.
func CheckSIRET(s string) error {
	c := CleanID(s)
	if len(c) != 14 || !allDigits(c) {
		return fmt.Errorf("SIRET « %s » : 14 chiffres attendus", s)
	}
	if strings.HasPrefix(c, laPosteSIREN) && !luhn(c) {
		sum := 0
		for i := 0; i < len(c); i++ {
			sum += int(c[i] - '0')
		}
		if sum%5 == 0 {
			return nil
		}
		return fmt.Errorf("SIRET « %s » : clé de contrôle incorrecte (règle La Poste)", s)
	}
	if !luhn(c) {
		return fmt.Errorf("SIRET « %s » : clé de contrôle incorrecte", s)
	}
	if err := CheckSIREN(c[:9]); err != nil {
		return fmt.Errorf("SIRET « %s » : le SIREN %s a une clé incorrecte", s, c[:9])
	}
	return nil
}

// FormatSIRET groups a 14-digit SIRET as "732 829 320 00074" (U+00A0 separators); other input is returned as is.
func FormatSIRET(s string) string {
	if len(s) != 14 || !allDigits(s) {
		return s
	}
	return s[:3] + NBSP + s[3:6] + NBSP + s[6:9] + NBSP + s[9:]
}

// VATNumber returns the French intra-EU VAT number of a SIREN: "FR" + key + SIREN with
// key = (12 + 3 × (SIREN mod 97)) mod 97 (domain.md §3.3).
func VATNumber(siren string) (string, error) {
	if err := CheckSIREN(siren); err != nil {
		return "", err
	}
	c := CleanID(siren)
	var n int64
	for i := 0; i < len(c); i++ {
		n = n*10 + int64(c[i]-'0')
	}
	key := (12 + 3*(n%97)) % 97
	return fmt.Sprintf("FR%02d%s", key, c), nil
}

// NormalizeNAF turns a NAF rév. 2 code typed as "6201Z", "62.01z" or "62 01 Z" into "62.01Z". It reports false
// when the input is not of the form 2 digits, 2 digits, 1 letter (domain.md §3.4).
func NormalizeNAF(s string) (string, bool) {
	c := strings.ToUpper(CleanID(s))
	if len(c) != 5 || !allDigits(c[:4]) || c[4] < 'A' || c[4] > 'Z' {
		return s, false
	}
	return c[:2] + "." + c[2:], true
}
