package pdf

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"dossierft/internal/dossier"
)

// TestTablesNeverBreak fills the partners table with rows that cannot fit: a note longer than a page (the
// row must split between lines, header repeated), long unbreakable e-mails and URLs (they must wrap inside
// their column), many rows (rows move to the next page whole). Every word must stay inside the page
// margins, and nothing may be lost.
func TestTablesNeverBreak(t *testing.T) {
	t.Parallel()
	need(t, "pdftotext", "qpdf")
	d := fixture()
	long := strings.Repeat("Engagement détaillé du partenaire sur plusieurs années, avec des précisions utiles. ", 120)
	for i := 0; i < 30; i++ {
		p := dossier.Partner{ID: int64(100 + i), Name: "Partenaire n° " + strconv.Itoa(i+1) + " au nom particulièrement long pour forcer le retour à la ligne",
			Kind: "entreprise", Role: "soutien", Town: "Thionville",
			ContactEmail: "adresse.electronique.sans.espace.numero" + strconv.Itoa(i) + "@un-domaine-tres-long-pour-le-test.example.org",
			Source:       "https://www.exemple.fr/une/adresse/web/extremement/longue/sans/aucune/espace/numero/" + strconv.Itoa(i)}
		if i == 5 {
			p.Notes = long
		}
		d.Partners = append(d.Partners, p)
	}
	off := false
	path, _ := render(t, d, Options{Now: fixedNow, Draft: &off})
	run(t, "qpdf", "--check", path)

	// Every word inside the margins: x from 22 mm to 190 mm (62.4 pt to 538.6 pt), y above the footer.
	bbox := run(t, "pdftotext", "-bbox", path, "-")
	re := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
	pages := strings.Split(bbox, "<page ")[2:] // skip the cover (full-bleed design)
	for pi, pg := range pages {
		for _, m := range re.FindAllStringSubmatch(pg, -1) {
			x0, _ := strconv.ParseFloat(m[1], 64)
			x1, _ := strconv.ParseFloat(m[3], 64)
			y1, _ := strconv.ParseFloat(m[4], 64)
			if x0 < 62.0 || x1 > 539.5 || y1 > 841.89-25 {
				t.Errorf("page %d: %q outside the margins (x %.1f–%.1f, y %.1f)", pi+2, m[5], x0, x1, y1)
			}
		}
	}
	// The long note is split across pages with the header repeated: it spans more than one page, and the
	// table heading "Partenaire" appears on each of them.
	text := run(t, "pdftotext", "-layout", path, "-")
	ps := strings.Split(text, "\f")
	withNote := 0
	for _, p := range ps {
		if strings.Contains(p, "précisions utiles") {
			withNote++
			if !strings.Contains(p, "Partenaire") || !strings.Contains(p, "SIRET") {
				t.Error("a page holding part of the long row lacks the repeated table header")
			}
		}
	}
	if withNote < 2 {
		t.Errorf("the row longer than a page spans %d page(s)", withNote)
	}
	checkNothingLost(t, d)
}
