package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
