package pdf

import (
	"os"
	"strings"
	"testing"

	"dossierft/internal/dossier"
)

// hugeChapter is the fixture with one chapter of about 10 MB: words (spaces) or one unbroken run of letters.
func hugeChapter(spaces bool) *dossier.Dossier {
	d := fixture()
	var body string
	if spaces {
		body = strings.Repeat("Le territoire accompagne les entreprises innovantes du numérique. ", 10<<20/66)
	} else {
		body = strings.Repeat("abcdefghij", 1<<20)
	}
	d.Sections = append(d.Sections, dossier.Section{ID: 99, Position: 99, Key: "enorme", Title: "Chapitre énorme", Status: "valide", Body: body})
	return d
}

// BenchmarkHugeChapter: a 10 MB chapter of words, and one without spaces (go test -bench Huge -benchmem
// -memprofile; peak RSS with /usr/bin/time -v).
func BenchmarkHugeChapter(b *testing.B) {
	if os.Getenv("BENCH_HUGE") == "" {
		b.Skip("set BENCH_HUGE=1: a 10 MB chapter (its peak memory would hide the large dossier's in make bench)")
	}
	for _, c := range []struct {
		name   string
		spaces bool
	}{{"words", true}, {"nospace", false}} {
		b.Run(c.name, func(b *testing.B) {
			d := hugeChapter(c.spaces)
			b.ReportAllocs()
			for b.Loop() {
				var w countingWriter
				if _, err := Dossier(&w, d, Options{Now: fixedNow}); err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(w.n), "bytes")
			}
		})
	}
}
