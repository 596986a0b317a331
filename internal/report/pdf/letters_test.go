package pdf

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"

	"dossierft/internal/dossier"
	"dossierft/internal/sample"
)

type qpdfOutline struct {
	Title string        `json:"title"`
	Page  int           `json:"destpageposfrom1"`
	Kids  []qpdfOutline `json:"kids"`
}

func outlines(t *testing.T, path string) []qpdfOutline {
	var j struct {
		Outlines []qpdfOutline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(run(t, "qpdf", "--json", "--json-key=outlines", path)), &j); err != nil {
		t.Fatal(err)
	}
	return j.Outlines
}

// TestLetters checks the letters of support of the sample: appended after the fpdf pages, listed in the
// table of contents and in the bookmarks with the page where each starts, the whole file valid.
func TestLetters(t *testing.T) {
	t.Parallel()
	need(t, "pdftotext", "pdfinfo", "qpdf")
	d := sample.LORnTECH()
	var letters []dossier.Partner
	for _, p := range d.Partners {
		if a := d.AttachmentByID(p.LetterAttachmentID); a != nil && len(a.Data) > 0 {
			letters = append(letters, p)
		}
	}
	if len(letters) == 0 {
		t.Fatal("the sample has no stored letter")
	}
	// A broken letter is named in a warning and left out; the rest still goes in.
	d.Attachments = append(d.Attachments, dossier.Attachment{ID: 9999, Name: "lettre-abimée.pdf", Kind: "lettre", MIME: "application/pdf", Data: []byte("%PDF-1.4 tronqué")})
	d.Partners[len(d.Partners)-1].LetterAttachmentID = 9999
	off := false
	path, warns := render(t, d, Options{Now: fixedNow, Draft: &off})
	run(t, "qpdf", "--check", path)
	if want := "la lettre de soutien de « Vosges Immersive SAS » (fichier « lettre-abimée.pdf ») n'est pas un PDF lisible : elle n'a pas été jointe"; !slices.Contains(warns, want) {
		t.Errorf("no warning %q for the broken letter: %q", want, warns)
	}
	n := pageCount(t, path)
	letterPages := 0
	for _, p := range letters {
		k, err := api.PageCount(bytes.NewReader(d.AttachmentByID(p.LetterAttachmentID).Data), nil)
		if err != nil {
			t.Fatal(err)
		}
		letterPages += k
	}
	noLetters := n - letterPages // pages made by fpdf
	if n <= noLetters {
		t.Errorf("with letters %d pages, without %d", n, noLetters)
	}
	// Bookmarks: one per letter, pointing at a page whose text names the partner.
	found := 0
	var walk func(os []qpdfOutline)
	walk = func(os []qpdfOutline) {
		for _, o := range os {
			if strings.HasPrefix(o.Title, "Lettre de soutien — ") {
				found++
				name := strings.TrimPrefix(o.Title, "Lettre de soutien — ")
				if o.Page <= noLetters {
					t.Errorf("bookmark %q points to page %d, inside the fpdf part", o.Title, o.Page)
				}
				if pt := pageText(t, path, o.Page); !strings.Contains(strings.Join(strings.Fields(pt), " "), name) {
					t.Errorf("bookmark %q → page %d, which does not name %q:\n%.300s", o.Title, o.Page, name, pt)
				}
			}
			walk(o.Kids)
		}
	}
	walk(outlines(t, path))
	if found != len(letters) {
		t.Errorf("%d letter bookmarks, want %d", found, len(letters))
	}
	// Table of contents: the letters are listed with the same pages.
	toc := pageText(t, path, 2) + pageText(t, path, 3)
	for _, p := range letters {
		if !strings.Contains(toc, "Lettre de soutien — "+p.Name) {
			t.Errorf("TOC lacks the letter of %s", p.Name)
		}
	}
	// The table-of-contents lines of the letters are clickable: one /Fit link per letter.
	raw, _ := os.ReadFile(path)
	if c := len(regexp.MustCompile(`/Dest\s*\[\s*\d+ 0 R\s*/Fit\s*\]`).FindAll(raw, -1)); c != len(letters) {
		t.Errorf("%d links to letters in the table of contents, want %d", c, len(letters))
	}
	// The appended pages have the footer too, drawn as outlines (no font added): ink in the footer area.
	for p := noLetters + 1; p <= n; p++ {
		if ink := inkIn(t, path, p, 150, 281, 190, 288, false); ink == 0 {
			t.Errorf("letter page %d: no footer drawn", p)
		}
	}
	// Footer total counts the appended pages.
	if !strings.Contains(pageText(t, path, 2), "page 2 / "+strconv.Itoa(n)) {
		t.Errorf("footer of page 2 does not say / %d", n)
	}
}

// inkIn renders page p at 30 dpi and counts the pixels that are not white (or, with red, clearly red) in
// the box x0,y0–x1,y1 (mm from the top-left corner).
func inkIn(t *testing.T, path string, p int, x0, y0, x1, y1 float64, red bool) int {
	t.Helper()
	need(t, "pdftoppm")
	out := filepath.Join(t.TempDir(), "ink")
	ps := strconv.Itoa(p)
	run(t, "pdftoppm", "-r", "30", "-png", "-singlefile", "-f", ps, "-l", ps, path, out)
	img, err := loadPNG(out + ".png")
	if err != nil {
		t.Fatal(err)
	}
	k := 30 / 25.4
	n := 0
	for y := int(y0 * k); y < int(y1*k); y++ {
		for x := int(x0 * k); x < int(x1*k); x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if red {
				if r>>8 > 150 && g>>8 < 140 && b>>8 < 160 {
					n++
				}
			} else if r>>8 < 200 || g>>8 < 200 || b>>8 < 200 {
				n++
			}
		}
	}
	return n
}

// TestRotatedLetter: a letter whose page carries /Rotate 90 (a scan turned in the viewer) gets its footer
// upright at the bottom right of the page as displayed (landscape, 297 × 210 mm).
func TestRotatedLetter(t *testing.T) {
	t.Parallel()
	need(t, "qpdf", "pdftoppm")
	d := fixtureWithLetter()
	a := &d.Attachments[len(d.Attachments)-1]
	dir := t.TempDir()
	in, out := filepath.Join(dir, "l.pdf"), filepath.Join(dir, "r.pdf")
	_ = os.WriteFile(in, a.Data, 0o644)
	run(t, "qpdf", in, "--rotate=+90", out)
	a.Data, _ = os.ReadFile(out)
	off := false
	path, _ := render(t, d, Options{Now: fixedNow, Draft: &off})
	n := pageCount(t, path)
	if inkIn(t, path, n, 237, 198, 277, 205, false) == 0 {
		t.Error("rotated letter page: no footer at the bottom right as displayed")
	}
	if inkIn(t, path, n, 150, 100, 237, 205, false) != 0 {
		t.Error("rotated letter page: ink left of the footer on its line or in the lower half, where the letter has none")
	}
}
