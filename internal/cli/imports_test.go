package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"dossierft/internal/store"
)

func TestImportActorsCommand(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "s.dossier")
	if code, _, e := run(t, "new", "--sample", f); code != 0 {
		t.Fatal(e)
	}
	csvText := "Nom;Catégorie;SIRET;Commune;Code postal;Fonds levés\n" +
		"Alpha Numérique;startup;73282932000074;Metz;57000;1 234,56 €\n" +
		"Beta;pme;12345678901234;Nancy;54000;\n" +
		"Gamma Labs;;;Épinal;88000;12 500\n" +
		"Alpha Numérique;startup;73282932000074;Metz;57000;\n"
	enc, _ := charmap.Windows1252.NewEncoder().String(csvText)
	in := filepath.Join(dir, "acteurs.csv")
	os.WriteFile(in, []byte(enc), 0o644)

	count := func() int {
		s, err := store.Open(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		d, err := s.Load(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return len(d.Actors)
	}
	n0 := count()
	code, out, _ := run(t, "import", "actors", f, in, "--dry-run")
	if code != 0 || !strings.Contains(out, "lues : 4\nimportées : 2\nfusionnées : 0\ndoublons ignorés : 1\nfermées ignorées : 0\nen erreur : 1\n") ||
		!strings.Contains(out, "Fichier « acteurs.csv », ligne 3, colonne « SIRET » : SIRET « 12345678901234 » : clé de contrôle incorrecte") {
		t.Fatalf("dry run: %d\n%s", code, out)
	}
	if count() != n0 {
		t.Fatal("--dry-run wrote actors")
	}
	if code, out, e := run(t, "import", "actors", f, in); code != 0 || !strings.Contains(out, "enregistré : Import de 2 acteur(s)") {
		t.Fatalf("import: %d %s %s", code, out, e)
	}
	if count() != n0+2 {
		t.Fatalf("actors: %d, want %d", count(), n0+2)
	}
	// The whole import is one undoable step.
	s, _ := store.Open(context.Background(), f)
	if _, err := s.Undo(context.Background()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if count() != n0 {
		t.Errorf("after undo: %d actors, want %d", count(), n0)
	}
	// A binary file renamed .csv: fatal, nothing imported, exit 1.
	bin := filepath.Join(dir, "image.csv")
	os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o644)
	if code, _, e := run(t, "import", "actors", f, bin); code != 1 || !strings.HasPrefix(e, "erreur : ") {
		t.Errorf("binary: %d %q", code, e)
	}
	if count() != n0 {
		t.Error("a fatal import changed the dossier")
	}
}

func TestFormRoundTripCommand(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "s.dossier")
	if code, _, e := run(t, "new", "--sample", f); code != 0 {
		t.Fatal(e)
	}
	form := filepath.Join(dir, "formulaires", "tous-branches.xlsx")
	if code, out, e := run(t, "form", f, "Tous branchés", "--out", form); code != 0 || strings.TrimSpace(out) != form {
		t.Fatalf("form: %d %q %s", code, out, e)
	}
	if code, _, e := run(t, "form", f, "Métropole", "--out", form+"2"); code != 1 || !strings.Contains(e, "désigne plusieurs partenaires") {
		t.Errorf("ambiguous partner: %d %q", code, e)
	}
	// The partner's finance officer adds a row (Tous branchés has 3 contributions: rows 18–20).
	x, err := excelize.OpenFile(form)
	if err != nil {
		t.Fatal(err)
	}
	for cell, v := range map[string]any{"B21": 2017, "C21": "Numéraire", "F21": "Ateliers numériques", "G21": "4 321,50 €", "H21": "Sollicité"} {
		if err := x.SetCellValue("Contributions", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	filled := filepath.Join(dir, "rempli.xlsx")
	if err := x.SaveAs(filled); err != nil {
		t.Fatal(err)
	}
	code, out, e := run(t, "import", "form", f, filled, "--dry-run")
	if code != 0 || !strings.Contains(out, "1 ajoutée(s), 0 modifiée(s), 0 retirée(s), 3 inchangée(s), 0 conflit(s), 0 erreur(s)") {
		t.Fatalf("dry run: %d\n%s\n%s", code, out, e)
	}
	if code, out, e := run(t, "import", "form", f, filled); code != 0 || !strings.Contains(out, "enregistré : Formulaire de « Tous branchés »") {
		t.Fatalf("import: %d %s %s", code, out, e)
	}
	_, dump, _ := run(t, "json", f)
	if !strings.Contains(dump, `"label": "Ateliers numériques"`) || !strings.Contains(dump, `"amount": 432150`) {
		t.Error("the new contribution is not in the dossier")
	}
	// Importing the same form again changes nothing.
	if code, out, _ := run(t, "import", "form", f, filled); code != 0 || !strings.Contains(out, "aucune différence") {
		t.Errorf("second import: %d %s", code, out)
	}
	// A form is refused by another dossier.
	g := filepath.Join(dir, "autre.dossier")
	run(t, "new", "--sample", g)
	if code, _, e := run(t, "import", "form", g, filled); code != 1 || !strings.Contains(e, "erreur : ") {
		t.Errorf("other dossier: %d %q", code, e)
	}
}
