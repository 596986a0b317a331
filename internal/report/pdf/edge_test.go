package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossierft/internal/dossier"
)

// TestEmptyDossier: a dossier with nothing in it still gives a valid PDF (cover, contents, empty chapters).
func TestEmptyDossier(t *testing.T) {
	t.Parallel()
	need(t, "qpdf", "pdftotext")
	path, _ := render(t, &dossier.Dossier{}, Options{Now: fixedNow})
	run(t, "qpdf", "--check", path)
	text := run(t, "pdftotext", path, "-")
	for _, want := range []string{"Candidature sans nom", "Sommaire", "Aucun partenaire n'est encore renseigné", "Aucun acteur n'est encore recensé"} {
		if !strings.Contains(text, want) {
			t.Errorf("empty dossier: text lacks %q", want)
		}
	}
}

// TestHostileText: control characters, a 20,000-character word, deep list nesting, a 25-column Markdown
// table and a 300-character name give a valid PDF, warnings for the control characters, and no text lost.
func TestHostileText(t *testing.T) {
	t.Parallel()
	need(t, "qpdf", "pdftotext")
	d := fixture()
	d.Candidature.Name = strings.Repeat("Candidature au nom interminable ", 10)
	var deep strings.Builder
	for i := 0; i < 14; i++ {
		deep.WriteString(strings.Repeat("  ", i) + "- niveau " + string(rune('a'+i)) + "\n")
	}
	var tbl strings.Builder
	for r := 0; r < 3; r++ {
		tbl.WriteString("|")
		for c := 0; c < 25; c++ {
			if r == 1 {
				tbl.WriteString("---|")
			} else {
				tbl.WriteString(" c" + string(rune('A'+c)) + string(rune('0'+r)) + " |")
			}
		}
		tbl.WriteString("\n")
	}
	d.Sections = append(d.Sections, dossier.Section{ID: 9, Position: 9, Title: "Cas limites", Status: "valide",
		Body: "Tab\tet saut\vvertical, nul\x00 ici.\n\n" + strings.Repeat("x", 20000) + "\n\n" + deep.String() + "\n" + tbl.String()})
	var buf bytes.Buffer
	warns, err := Dossier(&buf, d, Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "h.pdf")
	_ = os.WriteFile(p, buf.Bytes(), 0o644)
	run(t, "qpdf", "--check", p)
	w := strings.Join(warns, "\n")
	for _, want := range []string{"chapitre « Cas limites » : caractère de contrôle U+000B",
		"chapitre « Cas limites » : caractère de contrôle U+0000"} {
		if !strings.Contains(w, want) {
			t.Errorf("warnings lack %q:\n%s", want, w)
		}
	}
	checkNothingLost(t, d)
}

// TestConcurrent renders several dossiers at once (fonts and the Markdown parser are shared).
func TestConcurrent(t *testing.T) {
	t.Parallel()
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		go func() {
			var b bytes.Buffer
			_, err := Dossier(&b, fixture(), Options{Now: fixedNow})
			errs <- err
		}()
	}
	for i := 0; i < 4; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
