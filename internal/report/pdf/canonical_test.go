package pdf

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"dossierft/internal/sample"
)

func TestFindRefs(t *testing.T) {
	b := []byte(`<</Title(Article 3 0 R \) (4 0 R)) /A <3120302052> /Kids[12 0 R 13 0 R]/Parent 7 0 R/M [1 0 0 1 0 0]/Len 10>>`)
	var got []string
	for _, r := range findRefs(b) {
		got = append(got, string(b[r[0]:r[1]]))
	}
	if strings.Join(got, ",") != "12 0 R,13 0 R,7 0 R" {
		t.Errorf("refs = %q", got)
	}
}

// TestStrictValidation: pdfcpu's strict validator accepts the dossier (with a letter appended) and the
// review PDF: annotations are indirect, outline items carry their Count, font descriptors their family.
func TestStrictValidation(t *testing.T) {
	t.Parallel()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	var a, b bytes.Buffer
	if _, err := Dossier(&a, fixtureWithLetter(), Options{Now: fixedNow}); err != nil {
		t.Fatal(err)
	}
	if _, err := Partner(&b, fixture(), 1, Options{Now: fixedNow}); err != nil {
		t.Fatal(err)
	}
	for name, buf := range map[string][]byte{"dossier": a.Bytes(), "partner": b.Bytes()} {
		if err := api.Validate(bytes.NewReader(buf), conf); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestSampleFontsEmbedded: the exported sample dossier, its three letters of support appended (made by
// internal/sample with the fonts of package fonts), embeds every font (pdffonts: emb yes on every line) and
// passes pdfcpu's strict validation.
func TestSampleFontsEmbedded(t *testing.T) {
	t.Parallel()
	need(t, "pdffonts")
	path, _ := render(t, sample.LORnTECH(), Options{Now: fixedNow})
	lines := strings.Split(strings.TrimSpace(run(t, "pdffonts", path)), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts: no font\n%s", strings.Join(lines, "\n"))
	}
	n := 0
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		// name type… encoding emb sub uni object ID: emb is the 5th field from the end.
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
		n++
	}
	// 5 fonts of the dossier itself, 3 (regular, bold, italic) per letter.
	if n != 5+3*3 {
		t.Errorf("%d fonts, want 14:\n%s", n, strings.Join(lines, "\n"))
	}
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	if err := api.ValidateFile(path, conf); err != nil {
		t.Errorf("strict validation: %v", err)
	}
	// Repeated bookmark titles (made unique for pdfcpu's destination names) keep their own title: "Charges"
	// in the financing plan (page 28) and in annex B (page 38).
	var charges []int
	var walk func(os []qpdfOutline)
	walk = func(os []qpdfOutline) {
		for _, o := range os {
			if strings.HasPrefix(o.Title, "Charges") {
				charges = append(charges, o.Page)
				if o.Title != "Charges" {
					t.Errorf("bookmark %q, want %q", o.Title, "Charges")
				}
			}
			walk(o.Kids)
		}
	}
	need(t, "qpdf")
	walk(outlines(t, path))
	if len(charges) != 2 || charges[0] != 28 || charges[1] != 38 {
		t.Errorf("bookmarks \"Charges\" on pages %v, want [28 38]", charges)
	}
}
