package pdf

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
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
	if !strings.Contains(strings.Join(warns, "\n"), "(fichier « lettre-abimée.pdf ») : PDF illisible, non jointe") {
		t.Errorf("no warning for the broken letter: %q", warns)
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
	// The appended pages have the footer too.
	for p := noLetters + 1; p <= n; p++ {
		if !strings.Contains(pageText(t, path, p), "page "+strconv.Itoa(p)+" / "+strconv.Itoa(n)) {
			t.Errorf("letter page %d lacks its footer", p)
		}
	}
	// Footer total counts the appended pages.
	if !strings.Contains(pageText(t, path, 2), "page 2 / "+strconv.Itoa(n)) {
		t.Errorf("footer of page 2 does not say / %d", n)
	}
}
