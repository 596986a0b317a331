package pdf

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"dossierft/internal/dossier"
	"dossierft/internal/sample"
)

// closedWords are the words of every closed-list label (statuses, natures, kinds, roles, categories,
// account labels…) of at least 4 letters: none may be cut across two lines of a table column.
func closedWords() map[string]bool {
	lists := [][]dossier.Code{dossier.PartnerKinds, dossier.PartnerRoles, dossier.LetterStatuses, dossier.FunderTypes,
		dossier.Natures, dossier.InKindTypes, dossier.ContributionStatuses, dossier.ActionAxes, dossier.ActorCategories,
		dossier.SectionStatuses, dossier.TerritoryKinds, dossier.CandidatureStatuses, dossier.HeadcountBands}
	var labels []string
	for _, l := range lists {
		labels = append(labels, codeLabels(l)...)
	}
	labels = append(labels, natureAccountLabels()...)
	out := map[string]bool{}
	for _, l := range labels {
		for _, w := range strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '/' }) {
			w = strings.Trim(w, "(),:;")
			if utf8.RuneCountInString(w) >= 4 {
				out[w] = true
			}
		}
	}
	return out
}

var bboxWord = regexp.MustCompile(`<word [^>]*>([^<]*)</word>`)

// splitClosedWords returns the closed-list words found cut in two or three consecutive words of the PDF
// (pdftotext -bbox: words in drawing order), e.g. "Prévision" + "nel".
func splitClosedWords(t *testing.T, path string, words map[string]bool) []string {
	t.Helper()
	var ws []string
	for _, m := range bboxWord.FindAllStringSubmatch(run(t, "pdftotext", "-bbox", path, "-"), -1) {
		ws = append(ws, html.UnescapeString(m[1]))
	}
	var bad []string
	for i := range ws {
		if words[ws[i]] {
			continue
		}
		joined := ws[i]
		for k := i + 1; k < len(ws) && k <= i+2; k++ {
			joined += ws[k]
			if words[joined] {
				bad = append(bad, strings.Join(ws[i:k+1], " | "))
				break
			}
		}
	}
	return bad
}

// TestClosedListsNotSplit: in the sample's dossier PDF and every partner review PDF, no label of a closed list
// ("Prévisionnel", "Collectivité", "Numéraire"…) is cut across lines.
func TestClosedListsNotSplit(t *testing.T) {
	need(t, "pdftotext")
	t.Parallel()
	words := closedWords()
	if !words["Prévisionnel"] || !words["Rémunérations"] {
		t.Fatalf("closed words incomplete: %d words", len(words))
	}
	d := sample.LORnTECH()
	path, _ := render(t, d, Options{Now: fixedNow, NoLetters: true})
	if bad := splitClosedWords(t, path, words); len(bad) > 0 {
		t.Errorf("dossier PDF: %d closed-list words cut across lines, e.g. %q", len(bad), bad[:min(len(bad), 5)])
	}
	ps := d.Partners
	if testing.Short() || raceEnabled {
		ps = ps[:2]
	} else {
		// The large dossier: tables of more than 300 rows, where only closed-list columns are measured.
		path, _ := render(t, sample.Large(), Options{Now: fixedNow, NoLetters: true})
		if bad := splitClosedWords(t, path, words); len(bad) > 0 {
			t.Errorf("large dossier PDF: %d closed-list words cut across lines, e.g. %q", len(bad), bad[:min(len(bad), 5)])
		}
	}
	dir := t.TempDir()
	for _, p := range ps {
		var buf bytes.Buffer
		if _, err := Partner(&buf, d, p.ID, Options{Now: fixedNow}); err != nil {
			t.Fatal(err)
		}
		pp := filepath.Join(dir, "partner.pdf")
		if err := os.WriteFile(pp, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if bad := splitClosedWords(t, pp, words); len(bad) > 0 {
			t.Errorf("review PDF of %s: closed-list words cut across lines: %q", p.Name, bad)
		}
	}
}

// TestSplitDetector: a status in a column too narrow for it (a long table, where free-text columns are
// not measured) is cut, and the detector sees it; marked with closedCol, the column is widened and the word
// is whole.
func TestSplitDetector(t *testing.T) {
	need(t, "pdftotext")
	t.Parallel()
	p := filepath.Join(t.TempDir(), "narrow.pdf")
	for _, closed := range []bool{false, true} {
		d := newDoc(Options{Now: fixedNow}, "Test", false)
		d.newPage()
		tb := &table{size: 7.5, cols: []tcol{{"Libellé", 160, 'L'}, {"Statut", 10, 'L'}}}
		for i := 0; i < 301; i++ {
			tb.rows = append(tb.rows, trow{cells: [][]span{tb.cell("Ligne"), tb.cell("Acquis")}})
		}
		tb.rows[7].cells[1] = tb.cell("Prévisionnel")
		if closed {
			tb.closedCol(1, codeLabels(dossier.ContributionStatuses)...)
		}
		d.table(tb, marginLeft)
		if closed {
			// "Prévisionnel" at 7.5 pt is 15.2 mm wide (Noto Sans), plus 2 × 1.6 mm padding and 0.2 mm.
			if w := tb.cols[1].w; w < 18.5 || w > 18.7 {
				t.Errorf("closed status column %.2f mm wide, want 18.5–18.7", w)
			}
		}
		var buf bytes.Buffer
		if err := d.output(&buf); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		bad := splitClosedWords(t, p, closedWords())
		if want := map[bool]int{false: 1, true: 0}[closed]; len(bad) != want {
			t.Errorf("closedCol %v: cut words %q, want %d", closed, bad, want)
		}
	}
}
