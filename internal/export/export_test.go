package export

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"dossierft/internal/sample"
)

func names(t *testing.T, dir string) []string {
	var out []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, rel)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

func TestAllOrNothing(t *testing.T) {
	d := sample.LORnTECH()
	dir := t.TempDir()
	// A folder where a workbook should go: refused before anything is written.
	os.MkdirAll(filepath.Join(dir, FinancingXLSName), 0o755)
	_, err := All(d, dir, Options{Now: time.Date(2015, 4, 1, 10, 0, 0, 0, time.UTC)})
	if err == nil || !strings.Contains(err.Error(), "est un dossier : impossible d'y écrire le fichier du même nom (rien n'a été écrit)") {
		t.Fatalf("got %v", err)
	}
	if got := names(t, dir); len(got) != 0 {
		t.Errorf("files left: %q", got)
	}
}

func TestStalePartnerPDFsRemoved(t *testing.T) {
	d := sample.LORnTECH()
	dir := t.TempDir()
	opt := Options{Now: time.Date(2015, 4, 1, 10, 0, 0, 0, time.UTC), Partners: true}
	os.MkdirAll(filepath.Join(dir, PartnersDir), 0o755)
	os.WriteFile(filepath.Join(dir, PartnersDir, "notes.txt"), []byte("à garder"), 0o644)
	res, err := All(d, dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Files) != 3+len(d.Partners) {
		t.Fatalf("%d files", len(res.Files))
	}
	old := PartnerFileName(d.Partners[1])
	d.Partners[1].Name = "Eurométropole de Metz"
	d.Partners = d.Partners[:len(d.Partners)-1]
	if _, err := All(d, dir, opt); err != nil {
		t.Fatal(err)
	}
	got := names(t, filepath.Join(dir, PartnersDir))
	if len(got) != len(d.Partners)+1 { // the review PDFs and notes.txt
		t.Errorf("%d files in partenaires: %q", len(got), got)
	}
	for _, n := range got {
		if n == old {
			t.Errorf("stale %s kept", old)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, PartnersDir, "relecture-2-eurometropole-de-metz.pdf")); err != nil {
		t.Error(err)
	}
	if entries, _ := filepath.Glob(filepath.Join(dir, ".export-en-cours-*")); len(entries) != 0 {
		t.Errorf("staging left: %q", entries)
	}
}

func TestPartnerFileName(t *testing.T) {
	for _, c := range []struct {
		id   int64
		name string
		want string
	}{
		{2, "Metz Métropole", "relecture-2-metz-metropole.pdf"},
		{3, "Vandœuvre-lès-Nancy / « Œuvre »", "relecture-3-vandoeuvre-les-nancy-oeuvre.pdf"},
		{4, "🚀", "relecture-4-partenaire.pdf"},
	} {
		p := sample.LORnTECH().Partners[0]
		p.ID, p.Name = c.id, c.name
		if got := PartnerFileName(p); got != c.want {
			t.Errorf("%q → %q, want %q", c.name, got, c.want)
		}
	}
}
