package imports

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// WriteErrorsCSV writes row errors as a CSV for French Excel: UTF-8 with BOM, ";" separator, CRLF line ends,
// columns Fichier;Ligne;Colonne;Valeur;Motif. Cells that a spreadsheet would run as a formula (starting with
// "=", "@", tab or CR, or with "+"/"-" followed by something other than a number or phone number) are
// prefixed with an apostrophe (pitfalls.md, formula injection); "-12,50" and "+33 6 12 34 56 78" stay as
// they are.
func WriteErrorsCSV(w io.Writer, errs []RowError) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	if err := cw.Write([]string{"Fichier", "Ligne", "Colonne", "Valeur", "Motif"}); err != nil {
		return err
	}
	for _, e := range errs {
		rec := []string{safeCell(e.File), strconv.Itoa(e.Row), safeCell(e.Column), safeCell(e.Value),
			safeCell(e.Reason)}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// safeCell neutralises a value that a spreadsheet would treat as a formula (see WriteErrorsCSV).
func safeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '@', '\t', '\r':
		return "'" + s
	case '+', '-':
		if numberLike(s[1:]) {
			return s
		}
		return "'" + s
	}
	return s
}

// numberLike reports whether s holds only digits, spaces (also U+00A0, U+202F), ",", ".", "(", ")", "%" and
// "€", with at least one digit: the rest of a signed amount or of a phone number.
func numberLike(s string) bool {
	digit := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case strings.ContainsRune(" \u00a0\u202f,.()%€", r):
		default:
			return false
		}
	}
	return digit
}
