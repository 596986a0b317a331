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
	// Control characters are removed (dossier.CleanText) before layout: no warning about them.
	if w := strings.Join(warns, "\n"); strings.Contains(w, "contrôle") {
		t.Errorf("warnings about control characters, removed before layout:\n%s", w)
	}
	checkNothingLost(t, d)
}

// TestControlCharacters: NUL, vertical tab, form feed and U+FFFE are removed from every text (report.Clean)
// and give no warning; a character no font has, in the candidature name, is blamed on the name (cover,
// running header, footer), never on the table row that happened to start the page.
func TestControlCharacters(t *testing.T) {
	t.Parallel()
	need(t, "pdftotext")
	render := func(d *dossier.Dossier) ([]string, []byte) {
		var buf bytes.Buffer
		warns, err := Dossier(&buf, d, Options{Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		return warns, buf.Bytes()
	}
	// newWarnings are the warnings of d that the fixture as it is does not give (it has emoji of its own).
	base, _ := render(fixture())
	newWarnings := func(warns []string) []string {
		old := map[string]bool{}
		for _, w := range base {
			old[w] = true
		}
		var out []string
		for _, w := range warns {
			if !old[w] {
				out = append(out, w)
			}
		}
		return out
	}
	d := fixture()
	d.Candidature.Name = "Nom\x00avec NUL"
	d.Sections[0].Body = "Saut\vvertical, saut\fde page, non-caractère\ufffe ici."
	d.Partners[0].Name += "\x00"
	warns, pdf := render(d)
	if nw := newWarnings(warns); len(nw) != 0 {
		t.Errorf("%d new warnings, want none:\n%s", len(nw), strings.Join(nw, "\n"))
	}
	p := filepath.Join(t.TempDir(), "c.pdf")
	_ = os.WriteFile(p, pdf, 0o644)
	text := run(t, "pdftotext", p, "-")
	for _, want := range []string{"Nomavec NUL", "Saut vertical, saut de page, non-caractère ici."} {
		if !strings.Contains(strings.Join(strings.Fields(text), " "), want) {
			t.Errorf("text lacks %q", want)
		}
	}

	d.Candidature.Name = "Fusée 🚀"
	warns, _ = render(d)
	want := []string{
		"page de couverture : caractère « 🚀 » (U+1F680) absent des polices du PDF, remplacé par □ — à corriger dans le texte saisi",
		"en-tête : nom de la candidature : caractère « 🚀 » (U+1F680) absent des polices du PDF, remplacé par □ — à corriger dans le texte saisi",
		"chapitre « La candidature en bref » : caractère « 🚀 » (U+1F680) absent des polices du PDF, remplacé par □ — à corriger dans le texte saisi",
		"pied de page : nom de la candidature : caractère « 🚀 » (U+1F680) absent des polices du PDF, remplacé par □ — à corriger dans le texte saisi",
	}
	if got := newWarnings(warns); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The fixture's own emoji are blamed on their rows only, not on the annex as a whole.
	for _, w := range base {
		if strings.HasPrefix(w, "annexe A (acteurs) :") {
			t.Errorf("warning on the whole annex instead of the row: %s", w)
		}
	}
}

// TestWarningsInFrench: unreadable letters and images are named in French warnings, without the English
// text of the libraries (pdfcpu, image decoders).
func TestWarningsInFrench(t *testing.T) {
	t.Parallel()
	d := fixture()
	d.Partners = d.Partners[:1]
	d.Partners[0].Name = "Alpha"
	add := func(id int64, name, kind, mime string, data []byte) {
		d.Attachments = append(d.Attachments, dossier.Attachment{ID: id, Name: name, Kind: kind, MIME: mime, Data: data})
	}
	// pdfcpu: "Catalog: missing root dict"
	add(901, "sans-racine.pdf", "lettre", "application/pdf", []byte("%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< /Size 2 >>\n%%EOF\n"))
	d.Partners[0].LetterAttachmentID = 901
	add(902, "pas-un-pdf.pdf", "lettre", "application/pdf", []byte("Bonjour, ceci est un texte."))
	add(903, "logo.png", "logo", "image/png", []byte("pas une image"))
	add(904, "tronque.png", "logo", "image/png", readTestdata(t, "logo-interlaced.png")[:120]) // PNG cut short
	var buf bytes.Buffer
	warns, err := Dossier(&buf, d, Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"la lettre de soutien de « Alpha » (fichier « sans-racine.pdf ») n'est pas un PDF lisible : elle n'a pas été jointe",
		"la lettre de soutien (fichier « pas-un-pdf.pdf ») n'est pas un PDF lisible : elle n'a pas été jointe",
		"page de couverture : image « logo.png » illisible (format non reconnu : PNG, JPEG ou GIF attendu) ; remplacée par son nom",
		"page de couverture : image « tronque.png » illisible (fichier endommagé) ; remplacée par son nom",
	}
	got := strings.Join(warns, "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("warning %q missing from:\n%s", w, got)
		}
	}
	for _, english := range []string{"pdfcpu", "missing", "invalid", "error", "unexpected", "image:", "png:", "EOF"} {
		if strings.Contains(got, english) {
			t.Errorf("warnings hold library text %q:\n%s", english, got)
		}
	}
}
