package xlsx

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxCellChars is Excel's limit on the text of one cell, in UTF-16 code units (Excel specifications and
// limits: "Total number of characters that a cell can contain: 32,767"). excelize silently truncates longer
// text; we cut it ourselves and say so in the cell and on the "À propos" sheet.
const MaxCellChars = 32767

// truncMarker ends a text that was cut at MaxCellChars; it tells the reader where the whole text is.
const truncMarker = " […] (texte tronqué : limite de 32 767 caractères d'une cellule ; texte complet dans le dossier PDF)"

// cleanText makes s safe for a cell: invalid UTF-8 bytes, NUL and the other C0/C1 control characters are
// removed (XML 1.0 cannot carry them and the XML writer would turn them into U+FFFD "�"), vertical tab, form
// feed and the Unicode line/paragraph separators become "\n" (Word writes VT for a manual line break), the
// noncharacters U+FFFE/U+FFFF are removed. Tab, LF and CR are kept; CRLF and lone CR become LF.
// It reports whether anything was changed (line ending normalisation aside).
func cleanText(s string) (string, bool) {
	ok := true
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b < 0x20 && b != '\t' && b != '\n' || b >= 0x80 {
			ok = false
			break
		}
	}
	if ok {
		return s, false
	}
	var b strings.Builder
	b.Grow(len(s))
	changed := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
			changed = true // invalid byte: dropped, never "�"
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\v' || r == '\f' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteByte('\n')
			changed = true
		case r == '\t' || r == '\n':
			b.WriteRune(r)
		case r < 0x20 || (r >= 0x7f && r <= 0x9f):
			changed = true
		case r == 0xFFFE || r == 0xFFFF || (r >= 0xFDD0 && r <= 0xFDEF):
			changed = true
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), changed
}

// utf16Len returns the length of s in UTF-16 code units, the unit of Excel's limits.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// fitCell cuts s so that it fits in one cell (MaxCellChars UTF-16 units including the marker) and reports
// whether it was cut.
func fitCell(s string) (string, bool) {
	if len(s) <= MaxCellChars/2 || utf16Len(s) <= MaxCellChars {
		return s, false
	}
	limit := MaxCellChars - utf16Len(truncMarker)
	n := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > limit {
			return s[:i] + truncMarker, true
		}
		n += w
	}
	return s, false
}

// notes collects what the encoder changed in the data, for the "À propos" sheet ("say so").
type notes struct {
	items []string
}

// text returns s cleaned and fitted for a cell of sheet at (row, column name), noting any change.
func (n *notes) text(sheet string, row int, column, s string) string {
	if s == "" {
		return s
	}
	c, changed := cleanText(s)
	if changed {
		n.items = append(n.items, fmt.Sprintf("Feuille « %s », ligne %d, colonne « %s » : caractères de contrôle supprimés ou remplacés par un saut de ligne.", sheet, row, column))
	}
	c, cut := fitCell(c)
	if cut {
		n.items = append(n.items, fmt.Sprintf("Feuille « %s », ligne %d, colonne « %s » : texte de %d caractères tronqué à la limite d'Excel (32 767) ; le texte complet figure dans le dossier PDF.", sheet, row, column, utf16Len(s)))
	}
	return c
}
