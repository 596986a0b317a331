package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"dossierft/internal/dossier"
	"dossierft/internal/sample"
)

var fixedNow = time.Date(2015, 1, 20, 10, 0, 0, 0, time.UTC)

// need skips the test when a Debian tool is absent.
func need(t testing.TB, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s absent (poppler-utils / qpdf)", tool)
		}
	}
}

func run(t testing.TB, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

// render writes the dossier PDF of d to a temp file and returns its path and the warnings.
func render(t testing.TB, d *dossier.Dossier, opt Options) (string, []string) {
	t.Helper()
	var buf bytes.Buffer
	warns, err := Dossier(&buf, d, opt)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "dossier.pdf")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if out := os.Getenv("PDF_OUT"); out != "" {
		_ = os.WriteFile(out, buf.Bytes(), 0o644)
	}
	return p, warns
}

func pageCount(t testing.TB, path string) int {
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(run(t, "pdfinfo", path))
	if m == nil {
		t.Fatal("pdfinfo: no page count")
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

var (
	pagesMu    sync.Mutex
	pagesCache = map[string][]string{}
)

// pageText returns the text of one page (1-based), from one pdftotext run per file.
func pageText(t testing.TB, path string, page int) string {
	pagesMu.Lock()
	ps, ok := pagesCache[path]
	pagesMu.Unlock()
	if !ok {
		ps = strings.Split(run(t, "pdftotext", "-layout", path, "-"), "\f")
		pagesMu.Lock()
		pagesCache[path] = ps
		pagesMu.Unlock()
	}
	if page-1 < len(ps) {
		return ps[page-1]
	}
	return ""
}

func TestDossierFixture(t *testing.T) {
	t.Parallel()
	need(t, "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	off := false
	path, warns := render(t, fixture(), Options{Now: fixedNow, Draft: &off})

	// Structure: qpdf finds no error, every font is embedded.
	run(t, "qpdf", "--check", path)
	fonts := run(t, "pdffonts", path)
	lines := strings.Split(strings.TrimSpace(fonts), "\n")[2:]
	if len(lines) < 2 {
		t.Fatalf("pdffonts lists %d fonts:\n%s", len(lines), fonts)
	}
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
	info := run(t, "pdfinfo", path)
	for _, want := range []string{"Title:           LORnTECH — dossier de candidature au label French Tech",
		"Author:          Pôle métropolitain européen du Sillon lorrain", "Page size:       595.28 x 841.89 pts (A4)",
		"CreationDate:    Tue Jan 20 10:00:00 2015 UTC"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	n := pageCount(t, path)
	if n < 12 {
		t.Errorf("pages = %d, want ≥ 12", n)
	}

	text := run(t, "pdftotext", "-layout", path, "-")
	for _, want := range []string{"LORnTECH", "Metz", "Nancy", "Épinal", "Thionville", "TCRM-Blida", "Grand Est Numérique",
		"Tous branchés", "€", "« LORnTECH »", "œ", "une flèche → pour", "Sommaire", "Le plan de financement", "Pourquoi ?", "la force"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	// Markdown links are clickable: a URI annotation, and mailto: for the bare e-mail address.
	raw, _ := os.ReadFile(path)
	for _, want := range []string{"/URI (https://www.sillonlorrain.org)", "/URI (mailto:contact@sillonlorrain.example.org)"} {
		if !bytes.Contains(raw, []byte(want)) {
			t.Errorf("no link annotation %s", want)
		}
	}
	// The missing emoji is reported with its place and drawn as □.
	if !strings.Contains(strings.Join(warns, "\n"), "chapitre « L'écosystème numérique » : caractère « 🚀 » (U+1F680) absent des polices du PDF") {
		t.Errorf("warnings lack the emoji: %q", warns)
	}
	if !strings.Contains(strings.Join(warns, "\n"), "annexe A, acteur « Labo Beta » : caractère « 🧪 » (U+1F9EA) absent des polices du PDF") {
		t.Errorf("warnings lack the emoji of an actor's description: %q", warns)
	}
	if !strings.Contains(text, "□") {
		t.Error("replacement square not drawn")
	}

	// Footer: "page X / N" on every page but the cover, right-aligned: its right edge is the same on each page.
	for p := 2; p <= n; p++ {
		pt := pageText(t, path, p)
		want := "page " + strconv.Itoa(p) + " / " + strconv.Itoa(n)
		if !strings.Contains(pt, want) {
			t.Errorf("page %d lacks footer %q", p, want)
		}
	}
	// Right alignment measured with pdftotext -bbox: the footer's last word ends at the same x on every page.
	bbox := run(t, "pdftotext", "-bbox", path, "-")
	rights := footerRights(bbox, n)
	if len(rights) != n-1 {
		t.Errorf("found %d footers in bbox output, want %d", len(rights), n-1)
	}
	for i, r := range rights {
		// 210 mm − 20 mm right margin = 190 mm = 538.58 pt
		if r < 537.8 || r > 539.2 {
			t.Errorf("footer %d ends at x=%.2f pt, want 538.6 (right margin)", i+2, r)
		}
	}

	// TOC page numbers: each chapter listed on page 2 starts on the page given.
	toc := pageText(t, path, 2)
	reTOC := regexp.MustCompile(`(?m)^\s*(?:\d+|[A-C])\s+(.+?)\s*\.*\s+(\d+)\s*$`)
	ms := reTOC.FindAllStringSubmatch(toc, -1)
	if len(ms) < 10 {
		t.Fatalf("TOC has %d entries:\n%s", len(ms), toc)
	}
	for _, m := range ms {
		title := strings.TrimRight(m[1], " .")
		pg, _ := strconv.Atoi(m[2])
		got := pageText(t, path, pg)
		if !strings.Contains(got, title) {
			t.Errorf("TOC says %q is on page %d, not found there", title, pg)
		}
	}
}

// footerRights returns, per page, the xMax of the last word of the "page X / N" footer.
func footerRights(bbox string, n int) []float64 {
	var out []float64
	pages := strings.Split(bbox, "<page ")
	re := regexp.MustCompile(`<word xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(\d+)</word>`)
	for _, pg := range pages[1:] {
		last := -1.0
		for _, m := range re.FindAllStringSubmatch(pg, -1) {
			y, _ := strconv.ParseFloat(m[1], 64)
			if y > 800 && m[3] == strconv.Itoa(n) {
				last, _ = strconv.ParseFloat(m[2], 64)
			}
		}
		if last >= 0 {
			out = append(out, last)
		}
	}
	return out
}

// TestDeterministicLetters: with letters appended through pdfcpu, equal input still gives equal bytes, and
// the rewritten file is valid.
func TestDeterministicLetters(t *testing.T) {
	t.Parallel()
	need(t, "qpdf")
	d := fixtureWithLetter()
	var a, b bytes.Buffer
	if _, err := Dossier(&a, d, Options{Now: fixedNow}); err != nil {
		t.Fatal(err)
	}
	if _, err := Dossier(&b, d, Options{Now: fixedNow}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two renderings with letters and the same Now differ")
	}
	p := filepath.Join(t.TempDir(), "d.pdf")
	_ = os.WriteFile(p, a.Bytes(), 0o644)
	run(t, "qpdf", "--check", p)
	// The stamps on the letter page add no font: every font is embedded.
	for _, l := range strings.Split(strings.TrimSpace(run(t, "pdffonts", p)), "\n")[2:] {
		if f := strings.Fields(l); len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
	if info := run(t, "pdfinfo", p); !strings.Contains(info, "CreationDate:    Tue Jan 20 10:00:00 2015 UTC") {
		t.Errorf("creation date not fixed:\n%s", info)
	}
}

func TestDeterministic(t *testing.T) {
	t.Parallel()
	var a, b bytes.Buffer
	if _, err := Dossier(&a, fixture(), Options{Now: fixedNow}); err != nil {
		t.Fatal(err)
	}
	if _, err := Dossier(&b, fixture(), Options{Now: fixedNow}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two renderings with the same Now differ")
	}
}

func TestFrenchTypo(t *testing.T) {
	cases := map[string]string{
		"Pourquoi? Parce que!": "Pourquoi\u202f? Parce que\u202f!",
		"Coût : 12 €":          "Coût\u00a0: 12 €",
		"«mot»":                "«\u00a0mot\u00a0»",
		"« mot »":              "«\u00a0mot\u00a0»",
		"https://a.fr/?q=1":    "https://a.fr/?q=1",
		"10:30":                "10:30",
		"a ; b":                "a\u202f; b",
		"Vraiment?!":           "Vraiment\u202f?!",
	}
	for in, want := range cases {
		if got := frenchTypo(in); got != want {
			t.Errorf("frenchTypo(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWatermark(t *testing.T) {
	t.Parallel()
	need(t, "pdftotext")
	d := fixture()
	path, _ := render(t, d, Options{Now: fixedNow})
	// The watermark is drawn rotated: pdftotext -raw gives one letter a line.
	const mark = "P\nR\nO\nJ\nE\nT\n"
	text := run(t, "pdftotext", "-raw", path, "-")
	if c := strings.Count(text, mark); c < pageCount(t, path) {
		t.Errorf("draft: PROJET appears %d times for %d pages", c, pageCount(t, path))
	}
	// Letters appended by pdfcpu get the watermark too (as red outlines across the page).
	path, _ = render(t, fixtureWithLetter(), Options{Now: fixedNow})
	n := pageCount(t, path)
	if c := strings.Count(run(t, "pdftotext", "-raw", path, "-"), mark); c != n-1 {
		t.Errorf("draft with a letter: PROJET text on %d pages, want %d (all but the letter)", c, n-1)
	}
	if inkIn(t, path, n, 40, 100, 170, 200, true) == 0 {
		t.Error("draft: no red watermark on the appended letter page")
	}
	off := false
	path, _ = render(t, fixtureWithLetter(), Options{Now: fixedNow, Draft: &off})
	if inkIn(t, path, pageCount(t, path), 40, 100, 170, 200, true) != 0 {
		t.Error("final version: red watermark on the appended letter page")
	}
	for i := range d.Sections {
		d.Sections[i].Status = "valide"
	}
	path, _ = render(t, d, Options{Now: fixedNow})
	if strings.Contains(run(t, "pdftotext", "-raw", path, "-"), mark) {
		t.Error("all chapters validated: PROJET still printed")
	}
	path, _ = render(t, d, Options{Now: fixedNow, HasErrors: true})
	if !strings.Contains(run(t, "pdftotext", "-raw", path, "-"), mark) {
		t.Error("validation errors: PROJET missing")
	}
}

// TestRenderSample writes the sample's PDF to $PDF_SAMPLE, to look at it (skipped otherwise).
func TestRenderSample(t *testing.T) {
	if os.Getenv("PDF_SAMPLE") == "" {
		t.Skip("PDF_SAMPLE not set")
	}
	var buf bytes.Buffer
	warns, err := Dossier(&buf, sample.LORnTECH(), Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warns {
		t.Log(w)
	}
	if out := os.Getenv("PDF_SAMPLE"); out != "" {
		_ = os.WriteFile(out, buf.Bytes(), 0o644)
	}
}
