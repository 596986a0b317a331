package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"dossierft/internal/dossier"
	"dossierft/internal/sample"
)

func TestPartnerReview(t *testing.T) {
	t.Parallel()
	need(t, "pdftotext", "pdffonts", "qpdf")
	d := fixture()
	var buf bytes.Buffer
	warns, err := Partner(&buf, d, 1, Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 0 {
		t.Errorf("warnings: %q", warns)
	}
	path := filepath.Join(t.TempDir(), "partenaire.pdf")
	_ = os.WriteFile(path, buf.Bytes(), 0o644)
	if out := os.Getenv("PDF_PARTNER"); out != "" {
		_ = os.WriteFile(out, buf.Bytes(), 0o644)
	}
	run(t, "qpdf", "--check", path)
	text := strings.Join(strings.Fields(run(t, "pdftotext", "-raw", path, "-")), " ")
	for _, want := range []string{
		"RELECTURE DES ENGAGEMENTS", "Grand Est Numérique", "Association", "Membre fondateur",
		"Ada Lovelace-Fictive", "Reçue le 12/01/2015",
		"A1 Accélérateur LORnTECH",   // action led
		"Présentation du territoire", // chapter owned
		"Validation par le partenaire", "Signature et cachet", "page 1 / ",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("review PDF lacks %q", want)
		}
	}
	// Partner 3 (Metz Métropole) commits 45 000 € in 2015, in cash; its logo is unreadable: warning, PDF still made.
	buf.Reset()
	warns, err = Partner(&buf, d, 3, Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(warns, "\n"), "image « logo-metz.png » illisible") {
		t.Errorf("no warning for the unreadable logo: %q", warns)
	}
	_ = os.WriteFile(path, buf.Bytes(), 0o644)
	text = strings.Join(strings.Fields(run(t, "pdftotext", "-raw", path, "-")), " ")
	for _, want := range []string{"Subvention Metz Métropole", "45 000,00 €", "Numéraire", "Acquis", "L'écosystème numérique"} {
		if !strings.Contains(text, want) {
			t.Errorf("review PDF of partner 3 lacks %q:\n%s", want, text)
		}
	}
	if _, err := Partner(&buf, d, 424242, Options{Now: fixedNow}); err == nil || !strings.Contains(err.Error(), "introuvable") {
		t.Errorf("unknown partner: err = %v", err)
	}
}

func TestPartnerReviewSample(t *testing.T) {
	t.Parallel()
	need(t, "qpdf")
	d := sample.LORnTECH()
	ps := d.Partners
	if testing.Short() || raceEnabled {
		ps = ps[:3]
	}
	for _, p := range ps {
		var buf bytes.Buffer
		if _, err := Partner(&buf, d, p.ID, Options{Now: fixedNow}); err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		if buf.Len() < 10000 {
			t.Errorf("%s: review PDF of %d bytes", p.Name, buf.Len())
		}
	}
}

// signatureBoxes returns, per page, the bottom of the "Signature et cachet" box in points from the page
// bottom: the rectangle 168 mm × 32 mm (476.22 × 90.71 pt) found in the uncompressed page streams.
func signatureBoxes(t *testing.T, path string) []float64 {
	t.Helper()
	out := run(t, "qpdf", "--qdf", "--object-streams=disable", path, "-")
	re := regexp.MustCompile(`([\d.]+) ([\d.]+) 476\.2\d* -90\.7\d* re`)
	var ys []float64
	for _, m := range re.FindAllStringSubmatch(out, -1) {
		y, _ := strconv.ParseFloat(m[2], 64)
		ys = append(ys, y-90.71)
	}
	return ys
}

// TestSignatureBoxClear: the signature box ends 7 mm (19.8 pt) or more above the footer rule (15 mm from the
// page bottom, 42.52 pt), i.e. at 62.3 pt or higher, wherever the block starts: the partner is given 0 to 61
// chapters (one line each), which moves the block down a whole page, about 5 mm at a time.
func TestSignatureBoxClear(t *testing.T) {
	t.Parallel()
	need(t, "qpdf")
	var ks []int
	for k := 0; k < 62; k++ {
		ks = append(ks, k)
	}
	if testing.Short() || raceEnabled {
		ks = []int{0, 20, 44, 45, 46} // 45 and 46: the box crossed the footer rule before the fix
	}
	dir := t.TempDir()
	base := fixture()
	for _, k := range ks {
		d := *base
		d.Sections = slices.Clone(base.Sections)
		p := d.Partners[0]
		for i := 0; i < k; i++ {
			d.Sections = append(d.Sections, dossier.Section{ID: int64(1000 + i), Position: 1000 + i, Key: "x" + strconv.Itoa(i),
				Title: "Chapitre confié n° " + strconv.Itoa(i+1), Status: "a-rediger", OwnerPartnerID: p.ID})
		}
		var buf bytes.Buffer
		if _, err := Partner(&buf, &d, p.ID, Options{Now: fixedNow}); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "p.pdf")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		ys := signatureBoxes(t, path)
		if len(ys) != 1 {
			t.Errorf("%d chapters: %d signature boxes, want 1", k, len(ys))
			continue
		}
		if ys[0] < 62.3 {
			t.Errorf("%d chapters: signature box ends %.1f pt from the page bottom (footer rule at 42.5 pt), want ≥ 62.3", k, ys[0])
		}
	}
}
