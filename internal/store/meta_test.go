package store

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"
)

func TestDossierIDAndMigrationFromV1(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	p := filepath.Join(dir, "a.dossier")
	s, err := Create(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	id1, err := s.DossierID(ctx)
	if err != nil || len(id1) != 32 {
		t.Fatalf("id %q %v", id1, err)
	}
	copyPath := filepath.Join(dir, "copie.dossier")
	if err := s.SaveAs(ctx, copyPath); err != nil {
		t.Fatal(err)
	}
	s.Close()
	c, err := Open(ctx, copyPath)
	if err != nil {
		t.Fatal(err)
	}
	if id, _ := c.DossierID(ctx); id != id1 {
		t.Errorf("SaveAs copy has id %q, want %q", id, id1)
	}
	c.Close()
	b, _ := Create(ctx, filepath.Join(dir, "b.dossier"))
	if id, _ := b.DossierID(ctx); id == id1 {
		t.Error("two dossiers share an id")
	}
	b.Close()

	// Turn a into a schema v1 file, as written by the first release, and reopen it: it is migrated to v2
	// after a backup copy, and gets an id.
	db, err := sql.Open("sqlite", p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("DROP TABLE meta; PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	m, err := Open(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if id, err := m.DossierID(ctx); err != nil || len(id) != 32 || id == id1 {
		t.Errorf("migrated id %q %v", id, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "a.avant-migration-v1.dossier")); err != nil {
		t.Errorf("no backup before migration: %v", err)
	}
}
