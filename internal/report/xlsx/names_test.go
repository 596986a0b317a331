package xlsx

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestSheetNames(t *testing.T) {
	u := newSheetNames()
	cases := []struct{ in, want string }{
		{"Synthèse", "Synthèse"},
		{"SYNTHÈSE", "SYNTHÈSE (2)"},
		{"synthèse", "synthèse (3)"},
		{"a:b\\c/d?e*f[g]h", "a-b-c-d-e-f-g-h"},
		{"'quoted'", "quoted"},
		{"''", "Feuille"},
		{"   ", "Feuille (2)"},
		{"Tab\there\x00\v", "Tab here"},
		{"history", "History (1)"},
		{strings.Repeat("é", 40), strings.Repeat("é", 31)},
		{strings.Repeat("é", 40) + "x", strings.Repeat("é", 27) + " (2)"},
		{strings.Repeat("😀", 20), strings.Repeat("😀", 15)}, // 15 × 2 UTF-16 units = 30 ≤ 31
		{"Grand Est Numérique", "Grand Est Numérique"},
		{"grand est numérique", "grand est numérique (2)"},
		{strings.Repeat("x", 30) + "'", strings.Repeat("x", 30)},
	}
	f := excelize.NewFile()
	defer f.Close()
	for _, c := range cases {
		got := u.take(c.in)
		if got != c.want {
			t.Errorf("take(%q) = %q, want %q", c.in, got, c.want)
		}
		if n := utf16Len(got); n > MaxSheetName {
			t.Errorf("take(%q) = %q is %d UTF-16 units long", c.in, got, n)
		}
		// excelize accepts the name and creates a distinct sheet.
		before := len(f.GetSheetList())
		if _, err := f.NewSheet(got); err != nil {
			t.Errorf("excelize refuses %q: %v", got, err)
		}
		if len(f.GetSheetList()) != before+1 {
			t.Errorf("%q did not create a new sheet (merged into an existing one)", got)
		}
	}
}

func TestCleanText(t *testing.T) {
	for _, c := range []struct {
		in, want string
		changed  bool
	}{
		{"Plain é € œ « »", "Plain é € œ « »", false},
		{"a\x00b\x01c\x1fd", "abcd", true},
		{"line\vbreak\fpage", "line\nbreak\npage", true},
		{"crlf\r\nand\rcr", "crlf\nand\ncr", false},
		{"bad \xff\xfe utf8", "bad  utf8", true},
		{"nonchar \ufffe\uffff\ufdd0 end", "nonchar  end", true},
		{"c1 \u0085 \u009f", "c1 \n ", true},
		{"tab\tkept", "tab\tkept", false},
	} {
		got, changed := cleanText(c.in)
		if got != c.want || changed != c.changed {
			t.Errorf("cleanText(%q) = %q, %v; want %q, %v", c.in, got, changed, c.want, c.changed)
		}
		if strings.ContainsRune(got, '\ufffd') {
			t.Errorf("cleanText(%q) has U+FFFD", c.in)
		}
	}
	long := strings.Repeat("😀", 20000) // 40 000 UTF-16 units
	got, cut := fitCell(long)
	if !cut || utf16Len(got) > MaxCellChars || !strings.HasSuffix(got, truncMarker) || strings.ContainsRune(got, '\ufffd') {
		t.Errorf("fitCell: cut=%v, %d units", cut, utf16Len(got))
	}
	if got, cut := fitCell(strings.Repeat("a", MaxCellChars)); cut || len(got) != MaxCellChars {
		t.Errorf("fitCell cut a text of exactly %d characters", MaxCellChars)
	}
}

func TestCriterion(t *testing.T) {
	for in, want := range map[string]string{
		"Metz":      `"=Metz"`,
		"Saint-*?~": `"=Saint-~*~?~~"`,
		`Dit "X"`:   `"=Dit ""X"""`,
		"":          `""`,
		"<Nancy":    `"=<Nancy"`,
	} {
		if got := criterion(in); got != want {
			t.Errorf("criterion(%q) = %s, want %s", in, got, want)
		}
	}
}
