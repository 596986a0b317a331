package xlsx

import (
	"strconv"
	"strings"
	"unicode"
)

// MaxSheetName is Excel's limit on a sheet name, in UTF-16 code units (an emoji counts two).
const MaxSheetName = 31

// sheetNames hands out sheet names that Excel and excelize accept, unique without regard to case.
// excelize's NewSheet silently returns the existing sheet when a name differs only by case, so two partners'
// rows would land on one sheet: every name goes through here.
type sheetNames struct {
	used map[string]bool // lower-cased names already taken
}

func newSheetNames() *sheetNames { return &sheetNames{used: map[string]bool{}} }

// SheetName turns any text into a valid sheet name: control characters removed, the characters
// : \ / ? * [ ] replaced by "-", blanks collapsed, no leading or trailing apostrophe, not the reserved name
// "History", at most 31 UTF-16 units (cut on a character boundary). An empty result becomes "Feuille".
// It does not make names unique; see the workbook encoders for that.
func SheetName(s string) string {
	s, _ = cleanText(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case strings.ContainsRune(`:\/?*[]`, r):
			r = '-'
		case unicode.IsSpace(r) || unicode.IsControl(r):
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	n := trimName(b.String())
	n = cutUTF16(n, MaxSheetName)
	n = trimName(n)
	if n == "" {
		n = "Feuille"
	}
	if strings.EqualFold(n, "History") {
		n = "History (1)"
	}
	return n
}

// trimName removes blanks and apostrophes at both ends (Excel refuses a name starting or ending with ').
func trimName(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return r == '\'' || unicode.IsSpace(r) })
}

// cutUTF16 returns the longest prefix of s that holds in max UTF-16 code units.
func cutUTF16(s string, max int) string {
	n := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > max {
			return s[:i]
		}
		n += w
	}
	return s
}

// take returns SheetName(s), made unique case-insensitively among the names already taken by appending
// " (2)", " (3)"… (shortening the base to stay within 31 units), and marks it taken.
func (u *sheetNames) take(s string) string {
	base := SheetName(s)
	name := base
	for i := 2; u.used[strings.ToLower(name)]; i++ {
		suffix := " (" + strconv.Itoa(i) + ")"
		name = trimName(cutUTF16(base, MaxSheetName-len(suffix))) + suffix
	}
	u.used[strings.ToLower(name)] = true
	return name
}
