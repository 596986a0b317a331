package pdf

import (
	"index/suffixarray"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"dossierft/internal/dossier"
	"dossierft/internal/sample"
)

// raceEnabled is set by race_test.go under -race; the large dossier is then left to the benchmark.
var raceEnabled bool

// field is one text a user entered, and where.
type field struct {
	where, text string
}

// enteredTexts lists every free text of d (codes and amounts excepted), Markdown reduced to its text.
func enteredTexts(d *dossier.Dossier) []field {
	var fs []field
	add := func(where string, ss ...string) {
		for _, s := range ss {
			if strings.TrimSpace(s) != "" {
				fs = append(fs, field{where, s})
			}
		}
	}
	md := func(where, body string) {
		src := []byte(body)
		root := mdParser.Parse(text.NewReader(src))
		_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n.(type) {
			case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
				add(where, inlineText(n, src))
				return ast.WalkSkipChildren, nil
			}
			return ast.WalkContinue, nil
		})
	}
	c := d.Candidature
	add("candidature", c.Name, c.Territory, c.Summary, c.PorteurName, c.PorteurLegalForm, c.PorteurSIREN, c.PorteurSIRET,
		c.PorteurAddress, c.PorteurPostcode, c.PorteurTown, c.RepresentativeName, c.RepresentativeTitle, c.ContactName,
		c.ContactEmail, c.ContactPhone, c.Version)
	for _, t := range d.Territories {
		add("territoire "+t.Name, t.Name, t.InseeCode, t.Town, t.Source)
	}
	for _, t := range d.Totems {
		add("lieu totem "+t.Name, t.Name, t.Town, t.Address, t.Opening, t.Source)
		md("lieu totem "+t.Name, t.Description)
	}
	for _, p := range d.Partners {
		add("partenaire "+p.Name, p.Name, p.SIRET, p.Town, p.ContactName, p.ContactEmail, p.ContactPhone, p.Source, p.Notes)
	}
	for _, x := range d.Contributions {
		add("contribution "+strconv.FormatInt(x.ID, 10), x.Label)
	}
	for _, a := range d.Actions {
		add("action "+a.Code, a.Code, a.Title)
		md("action "+a.Code, a.Description)
	}
	for _, x := range d.Charges {
		add("charge "+strconv.FormatInt(x.ID, 10), x.Label)
	}
	for _, x := range d.Resources {
		add("ressource "+strconv.FormatInt(x.ID, 10), x.Funder, x.Label)
	}
	for _, in := range d.Indicators {
		add("indicateur "+in.Name, in.Name, in.Unit, in.BaselineSource)
	}
	for _, a := range d.Actors {
		add("acteur "+a.Name, a.Name, a.SIRET, a.NAF, a.Town, a.Postcode, a.Website, a.Description, strings.Join(a.Tags, ", "))
	}
	for _, s := range d.Sections {
		add("chapitre "+s.Title, s.Title)
		md("chapitre "+s.Title, s.Body)
	}
	return fs
}

// norm keeps letters and digits, lower-cased: line breaks, no-break spaces, table cuts and typographic
// spaces then do not matter. Characters no font has are dropped too (they are drawn as □ and reported).
func norm(s string) string {
	var b strings.Builder
	for _, r := range s {
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && r <= 0xffff && (textFace(false, false).has(r) || faceFallback.has(r) || r < 0x250) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// checkNothingLost renders d without watermark and looks for every entered text in the body area of the
// pages (running header and footer cropped away).
func checkNothingLost(t *testing.T, d *dossier.Dossier) {
	need(t, "pdftotext")
	off := false
	path, _ := render(t, d, Options{Now: fixedNow, Draft: &off, NoLetters: true})
	// Body area: from 18 mm (51 pt) to 275 mm (779.5 pt) from the top.
	txt := run(t, "pdftotext", "-raw", "-x", "0", "-y", "51", "-W", "596", "-H", "728", path, "-")
	idx := suffixarray.New([]byte(norm(txt)))
	missing := 0
	for _, f := range enteredTexts(d) {
		n := norm(f.text)
		if n == "" {
			continue
		}
		if !covered(idx, n) {
			missing++
			if missing <= 15 {
				t.Errorf("%s : texte absent du PDF : %.120q", f.where, f.text)
			}
		}
	}
	if missing > 15 {
		t.Errorf("… %d textes absents au total", missing)
	}
}

func TestNothingLostFixture(t *testing.T) { checkNothingLost(t, fixture()) }

func TestNothingLostSample(t *testing.T) {
	t.Parallel()
	checkNothingLost(t, sample.LORnTECH())
}

func TestNothingLostLarge(t *testing.T) {
	t.Parallel()
	if testing.Short() || raceEnabled {
		t.Skip("large dossier: skipped with -short and -race")
	}
	checkNothingLost(t, sample.Large())
}

// inlineText is the text a reader sees in n: text, code spans and bare links (autolinks) included.
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
		case *ast.String:
			b.Write(t.Value)
		case *ast.AutoLink:
			b.Write(t.Label(src))
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// covered reports whether s appears in the index as a sequence of long fragments (at least 12 bytes each,
// or the rest of s): a text cut by a page end, whose continuation follows a repeated table header or the
// other cells of its row, is still found, while a dropped word or line is not.
func covered(idx *suffixarray.Index, s string) bool {
	b := []byte(s)
	if len(idx.Lookup(b, 1)) > 0 {
		return true
	}
	for i := 0; i < len(b); {
		lo, hi := 0, len(b)-i // largest L with b[i:i+L] present
		for lo < hi {
			m := (lo + hi + 1) / 2
			if len(idx.Lookup(b[i:i+m], 1)) > 0 {
				lo = m
			} else {
				hi = m - 1
			}
		}
		if lo < 12 && lo < len(b)-i {
			return false
		}
		if lo == 0 {
			return false
		}
		i += lo
	}
	return true
}

func TestCovered(t *testing.T) {
	idx := suffixarray.New([]byte(norm("Le Sillon lorrain relie Thionville, Metz, Nancy. [en-tête répété] et Épinal autour du numérique")))
	if !covered(idx, norm("relie Thionville, Metz, Nancy et Épinal autour")) {
		t.Error("text cut by a repeated header not found")
	}
	if covered(idx, norm("relie Thionville, Metz, Nancy, Lunéville et Épinal")) {
		t.Error("a dropped word went unnoticed")
	}
}
