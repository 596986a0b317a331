package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
