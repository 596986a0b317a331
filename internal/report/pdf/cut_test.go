package pdf

import (
	"strings"
	"testing"
)

// TestCutWord: a word wider than the line is cut into pieces that fit, preferably after a separator in the
// second half of the piece; the pieces share the word's text (no character lost or added).
func TestCutWord(t *testing.T) {
	var m measurer
	st := style{size: 9}
	ws := m.words([]span{{"https://www.exemple.fr/une/adresse/tres/longue?x=1 suite", st}})
	if len(ws) != 2 {
		t.Fatalf("%d words, want 2", len(ws))
	}
	pieces := cutWord(ws[0], 25)
	var got []string
	for _, p := range pieces {
		var b strings.Builder
		for _, f := range p.frags {
			b.WriteString(f.text)
		}
		got = append(got, b.String())
		if p.w > 25+1e-6 {
			t.Errorf("piece %q is %.2f mm wide, more than 25", b.String(), p.w)
		}
	}
	want := []string{"https://www.", "exemple.fr/une/", "adresse/tres/", "longue?x=1"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("pieces %q, want %q", got, want)
	}
	if last := pieces[len(pieces)-1]; last.space != ws[0].space || last.space == 0 {
		t.Errorf("last piece space %.2f, want the word's %.2f", last.space, ws[0].space)
	}
	// Without spaces, 100 000 letters: pieces of whole letters, nothing lost.
	long := strings.Repeat("abcdefghij", 10000)
	ps := cutWord(m.words([]span{{long, st}})[0], 160)
	n := 0
	for _, p := range ps {
		for _, f := range p.frags {
			n += len(f.text)
		}
	}
	if n != len(long) || len(ps) < 100 {
		t.Errorf("%d bytes in %d pieces, want %d bytes", n, len(ps), len(long))
	}
}
