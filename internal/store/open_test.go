package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dossierft/internal/dossier"
)

// snapshot records a file's bytes and modification time.
type snapshot struct {
	data  []byte
	mtime time.Time
}

func snap(t *testing.T, path string) snapshot {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	return snapshot{b, info.ModTime()}
}

// rawSQLite makes an SQLite file with the driver directly (rollback journal), running stmts.
func rawSQLite(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

// makeDossier creates a real dossier with content at path and closes it.
func makeDossier(t *testing.T, path string) {
	t.Helper()
	s, err := Create(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	d := fullDossier()
	for i := 0; i < 60; i++ {
		d.Actors = append(d.Actors, dossier.Actor{Name: fmt.Sprintf("Acteur %d", i), Description: strings.Repeat("x", 300)})
	}
	if err := s.ReplaceAll(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefusesBadFilesUntouched(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }

	os.WriteFile(p("vide.dossier"), nil, 0o644)
	os.WriteFile(p("texte.dossier"), []byte("Nom;Ville\nTCRM-Blida;Metz\n"), 0o644)
	os.WriteFile(p("court.dossier"), []byte("SQLite format 3\x00abc"), 0o644)
	os.Mkdir(p("repertoire.dossier"), 0o755)
	rawSQLite(t, p("autre.db"), "PRAGMA application_id = 1234", "CREATE TABLE t(x)", "INSERT INTO t VALUES (1)")
	rawSQLite(t, p("sansid.db"), "CREATE TABLE t(x)")
	rawSQLite(t, p("autre-wal.db"), "PRAGMA journal_mode = WAL", "PRAGMA application_id = 42", "CREATE TABLE t(x)")

	// A dossier of a newer schema version.
	makeDossier(t, p("futur.dossier"))
	rawSQLite(t, p("futur.dossier"), fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion+1))

	// A damaged dossier: garbage over pages 3 to 5.
	makeDossier(t, p("abime.dossier"))
	b, _ := os.ReadFile(p("abime.dossier"))
	for i := 2 * 4096; i < 5*4096 && i < len(b); i++ {
		b[i] = byte(i * 7)
	}
	os.WriteFile(p("abime.dossier"), b, 0o644)

	// A truncated dossier (a copy interrupted after 8 KiB).
	full, _ := os.ReadFile(p("abime.dossier"))
	os.WriteFile(p("tronque.dossier"), full[:8192], 0o644)

	cases := []struct {
		name string
		kind error
		want string
	}{
		{"absent.dossier", ErrFileNotFound, "Le fichier « %s » n'existe pas."},
		{"repertoire.dossier", ErrNotAFile, "« %s » est un répertoire, pas un fichier de dossier French Tech."},
		{"vide.dossier", ErrEmptyFile, "Le fichier « %s » est vide (0 octet) : ce n'est pas un dossier French Tech. Il n'a pas été modifié."},
		{"texte.dossier", ErrNotDossier, "Le fichier « %s » n'est pas un dossier French Tech (ce n'est pas une base SQLite). Il n'a pas été modifié."},
		{"court.dossier", ErrNotDossier, "Le fichier « %s » n'est pas un dossier French Tech (ce n'est pas une base SQLite). Il n'a pas été modifié."},
		{"autre.db", ErrForeignDatabase, "Le fichier « %s » est une base SQLite d'une autre application (application_id 0x000004d2 au lieu de 0x446f4654) : ce n'est pas un dossier French Tech. Il n'a pas été modifié."},
		{"sansid.db", ErrForeignDatabase, "Le fichier « %s » est une base SQLite d'une autre application (application_id 0x00000000 au lieu de 0x446f4654) : ce n'est pas un dossier French Tech. Il n'a pas été modifié."},
		{"autre-wal.db", ErrForeignDatabase, "Le fichier « %s » est une base SQLite d'une autre application (application_id 0x0000002a au lieu de 0x446f4654) : ce n'est pas un dossier French Tech. Il n'a pas été modifié."},
		{"futur.dossier", ErrNewerSchema, fmt.Sprintf("Le dossier « %%s » a été enregistré par une version plus récente de Dossier French Tech (schéma v%d ; cette version connaît jusqu'à v%d) : mettez l'application à jour. Il n'a pas été modifié.", SchemaVersion+1, SchemaVersion)},
		{"abime.dossier", ErrCorrupt, ""},
		{"tronque.dossier", ErrCorrupt, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := p(c.name)
			var before snapshot
			info, statErr := os.Stat(path)
			regular := statErr == nil && info.Mode().IsRegular()
			if regular {
				before = snap(t, path)
			}
			s, err := Open(context.Background(), path)
			if err == nil {
				s.Close()
				t.Fatal("opened")
			}
			if !errors.Is(err, c.kind) {
				t.Fatalf("err = %v, want %v", err, c.kind)
			}
			var e *Error
			if !errors.As(err, &e) || e.Path != path {
				t.Errorf("not an *Error with the path: %#v", err)
			}
			if c.want != "" {
				if want := fmt.Sprintf(c.want, path); err.Error() != want {
					t.Errorf("message:\n got %s\nwant %s", err, want)
				}
			} else if !strings.HasPrefix(err.Error(), "Le fichier « "+path+" » est endommagé et ne peut pas être ouvert (") || !strings.HasSuffix(err.Error(), "). Il n'a pas été modifié ; ouvrez une sauvegarde.") {
				t.Errorf("message: %s", err)
			}
			if regular {
				after := snap(t, path)
				if string(after.data) != string(before.data) || !after.mtime.Equal(before.mtime) {
					t.Error("file modified")
				}
			}
			for _, suffix := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(path + suffix); err == nil {
					t.Errorf("%s file left next to the refused file", suffix)
				}
			}
			if _, err := os.Stat(p("absent.dossier")); err == nil {
				t.Error("Open created a file")
			}
		})
	}
}

// TestOpenNewerSchemaInWAL: a newer version committed in the WAL but not yet in the main file's header
// (as after a crash of a newer application) is still refused.
func TestOpenRefusesNewerSchemaHiddenInWAL(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "futur.dossier")
	makeDossier(t, path)
	db, err := sql.Open("sqlite", path+"?_pragma=journal_mode(WAL)")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	for _, q := range []string{"PRAGMA wal_autocheckpoint = 0", fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion+5)} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	// Keep the connection open: the WAL holds the new version, the main header the old one.
	defer db.Close()
	_, err = Open(context.Background(), path)
	if !errors.Is(err, ErrNewerSchema) || !strings.Contains(err.Error(), fmt.Sprintf("schéma v%d", SchemaVersion+5)) {
		t.Fatalf("err = %v", err)
	}
}

func TestMigrationMakesBackupFirst(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "ancien.dossier")
	makeDossier(t, path)
	original, _ := os.ReadFile(path)
	path2 := filepath.Join(dir, "echec.dossier")
	makeDossier(t, path2)

	saved, savedVersion := migrations, schemaVersion
	defer func() { migrations, schemaVersion = saved, savedVersion }()
	migrations = append(append([]migration{}, saved...), migration{version: savedVersion + 1, name: "test.sql",
		sql: `CREATE TABLE extra (x TEXT NOT NULL); INSERT INTO extra VALUES ('migré');`})
	schemaVersion = savedVersion + 1

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v int
	var x string
	s.db.QueryRow("PRAGMA user_version").Scan(&v)
	s.db.QueryRow("SELECT x FROM extra").Scan(&x)
	if v != savedVersion+1 || x != "migré" {
		t.Errorf("user_version = %d, extra = %q", v, x)
	}
	backup := filepath.Join(dir, fmt.Sprintf("ancien.avant-migration-v%d.dossier", savedVersion))
	b, err := Open(ctx, backup) // the backup is at the old version: it migrates too, with its own backup
	if err != nil {
		t.Fatalf("backup: %v", err)
	}
	d, err := b.Load(ctx)
	b.Close()
	if err != nil || d.Candidature.Name != "LORnTECH" || len(d.Actors) != 62 {
		t.Fatalf("backup content: %v %+v", err, d)
	}
	if len(original) == 0 {
		t.Fatal("no original")
	}
	// A failing migration leaves the file at the old version, with the backup next to it.
	migrations[len(migrations)-1].sql = `CREATE TABLE extra (x); SELECT no_such_function();`
	_, err = Open(ctx, path2)
	if err == nil || !strings.Contains(err.Error(), "une copie intacte est dans « "+filepath.Join(dir, fmt.Sprintf("echec.avant-migration-v%d.dossier", savedVersion))+" »") {
		t.Fatalf("err = %v", err)
	}
	migrations, schemaVersion = saved, savedVersion
	s2, err := Open(ctx, path2)
	if err != nil {
		t.Fatalf("reopen after failed migration: %v", err)
	}
	s2.db.QueryRow("PRAGMA user_version").Scan(&v)
	var n int
	s2.db.QueryRow("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").Scan(&n)
	s2.Close()
	if v != savedVersion || n != 0 {
		t.Errorf("after failed migration: user_version %d, extra tables %d", v, n)
	}
}
