package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"dossierft/internal/dossier"
)

func TestReadOnlyFileRefusesEdits(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, "a.dossier")
	if err := s.ReplaceAll(ctx, fullDossier()); err != nil {
		t.Fatal(err)
	}
	before := content(t, s)
	if s.ReadOnly() {
		t.Fatal("ReadOnly before chmod")
	}
	if err := os.Chmod(s.Path(), 0o444); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(s.Path(), 0o644)
	if !s.ReadOnly() {
		t.Error("ReadOnly() = false after chmod 444")
	}
	in := dossier.Partner{Name: "Nouveau"}
	out, err := s.SavePartner(ctx, in)
	want := "Le fichier « " + s.Path() + " » est en lecture seule : la modification n'a pas été enregistrée. Retirez la lecture seule ou utilisez « Enregistrer sous »."
	if !errors.Is(err, ErrReadOnly) || err.Error() != want || out != in {
		t.Fatalf("err = %v, out = %+v", err, out)
	}
	if _, err := s.Undo(ctx); !errors.Is(err, ErrReadOnly) {
		t.Errorf("undo: %v", err)
	}
	mustEqual(t, "after refused edit", content(t, s), before)
	// "Enregistrer sous" still works.
	copyPath := filepath.Join(t.TempDir(), "copie.dossier")
	if err := s.SaveAs(ctx, copyPath); err != nil {
		t.Fatal(err)
	}
	c, err := Open(ctx, copyPath)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	mustEqual(t, "copy", content(t, c), before)
	if _, err := c.SavePartner(ctx, in); err != nil {
		t.Errorf("the copy is writable: %v", err)
	}
}

func TestSQLiteReadOnlyErrorIsClassified(t *testing.T) {
	t.Parallel()
	// A connection that SQLite itself opened read-only (as for a write-protected file of another user).
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a.dossier")
	makeDossier(t, path)
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.db.Close()
	s.db, _ = sql.Open("sqlite", dsn(path, modeProbe))
	defer s.Close()
	_, err = s.SavePartner(ctx, dossier.Partner{Name: "X"})
	want := "Le fichier « " + path + " » est en lecture seule : l'enregistrement n'a pas eu lieu. Utilisez « Enregistrer sous » pour sauver le dossier ailleurs."
	if !errors.Is(err, ErrReadOnly) || err.Error() != want {
		t.Fatalf("err = %v", err)
	}
}

func TestDiskFullKeepsOldContent(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, "a.dossier")
	if err := s.ReplaceAll(ctx, fullDossier()); err != nil {
		t.Fatal(err)
	}
	before := content(t, s)
	// SQLITE_FULL is what a full disk gives; max_page_count produces it here on the single connection.
	s.db.SetMaxOpenConns(1)
	var pages int
	s.db.QueryRow("PRAGMA page_count").Scan(&pages)
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages)); err != nil {
		t.Fatal(err)
	}
	_, err := s.AddAttachment(ctx, dossier.Attachment{Name: "gros.pdf", Data: bytes.Repeat([]byte("x"), 1<<20)})
	want := "Le disque est plein : l'enregistrement du fichier « " + s.Path() + " » n'a pas eu lieu. Libérez de la place ou utilisez « Enregistrer sous » sur un autre disque."
	if !errors.Is(err, ErrDiskFull) || err.Error() != want {
		t.Fatalf("err = %v", err)
	}
	mustEqual(t, "after disk full", content(t, s), before)
	if h, _ := s.History(ctx, 0); len(h) != 3 {
		t.Errorf("history grew: %d", len(h))
	}
}

func TestDeletedOrReplacedFileWhileOpen(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, how := range []string{"supprimé", "remplacé", "déplacé"} {
		t.Run(how, func(t *testing.T) {
			dir := t.TempDir()
			s, err := Create(ctx, filepath.Join(dir, "a.dossier"))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := s.ReplaceAll(ctx, fullDossier()); err != nil {
				t.Fatal(err)
			}
			p, err := s.SavePartner(ctx, dossier.Partner{Name: "Saisi avant"})
			if err != nil {
				t.Fatal(err)
			}
			before := content(t, s)
			switch how {
			case "supprimé":
				os.Remove(s.Path())
			case "remplacé":
				os.WriteFile(filepath.Join(dir, "autre"), []byte("autre"), 0o644)
				os.Rename(filepath.Join(dir, "autre"), s.Path())
			case "déplacé":
				os.Rename(s.Path(), filepath.Join(dir, "ailleurs.dossier"))
			}
			p.Name = "Saisi après"
			_, err = s.SavePartner(ctx, p)
			want := "Le fichier « " + s.Path() + " » a été supprimé, renommé ou remplacé pendant qu'il était ouvert : la modification n'a pas été enregistrée. Utilisez « Enregistrer sous » pour sauver le dossier ailleurs."
			if !errors.Is(err, ErrFileGone) || err.Error() != want {
				t.Fatalf("err = %v", err)
			}
			// The open store still reads, and "Enregistrer sous" rescues everything.
			mustEqual(t, "still readable", content(t, s), before)
			rescue := filepath.Join(t.TempDir(), "secours.dossier")
			if err := s.SaveAs(ctx, rescue); err != nil {
				t.Fatal(err)
			}
			r, err := Open(ctx, rescue)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			mustEqual(t, "rescued copy", content(t, r), before)
		})
	}
}

func TestSaveAs(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, "a.dossier")
	if err := s.ReplaceAll(ctx, fullDossier()); err != nil {
		t.Fatal(err)
	}
	s.SavePartner(ctx, dossier.Partner{Name: "Dans le WAL"})
	full, _ := s.Load(ctx)
	dir := t.TempDir()
	target := filepath.Join(dir, "copie.dossier")
	if err := s.SaveAs(ctx, target); err != nil {
		t.Fatal(err)
	}
	err := s.SaveAs(ctx, target)
	if !errors.Is(err, ErrExists) || err.Error() != "Le fichier « "+target+" » existe déjà : choisissez un autre nom (il n'a pas été modifié)." {
		t.Errorf("err = %v", err)
	}
	missing := filepath.Join(dir, "nulle-part", "x.dossier")
	err = s.SaveAs(ctx, missing)
	if !errors.Is(err, ErrFileNotFound) || err.Error() != "Le répertoire de destination « "+filepath.Join(dir, "nulle-part")+" » n'existe pas. La copie n'a pas été écrite." {
		t.Errorf("err = %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("files in target folder: %v", names)
	}
	c, err := Open(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	got, _ := c.Load(ctx)
	if !reflect.DeepEqual(got, full) {
		t.Error("copy differs (history included)")
	}
	if _, err := c.Undo(ctx); err != nil { // the history came along
		t.Error(err)
	}
	if WithExtension("/x/Mon dossier") != "/x/Mon dossier.dossier" || WithExtension("/x/a.DOSSIER") != "/x/a.DOSSIER" {
		t.Error("WithExtension")
	}
}

func TestBackupOncePerDayKeepsSeven(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, "LORnTECH [v2].dossier")
	dir := filepath.Join(t.TempDir(), "sauvegardes")
	// Older backups, one of another dossier.
	os.MkdirAll(dir, 0o755)
	for i := 1; i <= 9; i++ {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("LORnTECH [v2].sauvegarde-2020-01-%02d.dossier", i)), []byte("ancienne"), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "Autre.sauvegarde-2020-01-01.dossier"), []byte("autre"), 0o644)
	path, created, err := s.Backup(ctx, dir)
	if err != nil || !created {
		t.Fatalf("Backup: %v %v", created, err)
	}
	want := filepath.Join(dir, "LORnTECH [v2].sauvegarde-"+time.Now().Format("2006-01-02")+".dossier")
	if path != want {
		t.Errorf("path = %s, want %s", path, want)
	}
	if _, created, err := s.Backup(ctx, dir); created || err != nil {
		t.Errorf("second backup the same day: %v %v", created, err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	wantNames := []string{"Autre.sauvegarde-2020-01-01.dossier"}
	for i := 4; i <= 9; i++ {
		wantNames = append(wantNames, fmt.Sprintf("LORnTECH [v2].sauvegarde-2020-01-%02d.dossier", i))
	}
	wantNames = append(wantNames, filepath.Base(want))
	if !reflect.DeepEqual(names, wantNames) {
		t.Errorf("files = %q\nwant %q", names, wantNames)
	}
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	b.Close()
	if !strings.HasSuffix(path, Extension) {
		t.Error(path)
	}
}

// TestClassifyRealErrors feeds classify errors produced by SQLite and the OS.
func TestClassifyRealErrors(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "a.dossier")
	makeDossier(t, path)
	holder, _ := sql.Open("sqlite", path+"?_pragma=busy_timeout(0)")
	defer holder.Close()
	other, _ := sql.Open("sqlite", path+"?_pragma=busy_timeout(0)&_pragma=foreign_keys(1)")
	defer other.Close()
	hc, err := holder.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer hc.Close()
	if _, err := hc.ExecContext(context.Background(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	_, busy := other.Exec(`INSERT INTO partner (name) VALUES ('x')`)
	hc.ExecContext(context.Background(), "ROLLBACK")
	_, constraint := other.Exec(`INSERT INTO contribution (partner_id) VALUES (999)`)
	cases := []struct {
		err  error
		kind error
		want string
	}{
		{busy, ErrBusy, "Le fichier « F » est occupé par un autre programme depuis plus de 5 secondes : l'enregistrement n'a pas eu lieu. Réessayez."},
		{constraint, ErrInvalid, "Le dossier « F » refuse cette donnée (contrainte de cohérence : "},
		{fmt.Errorf("écriture: %w", syscall.ENOSPC), ErrDiskFull, "Le disque est plein : l'enregistrement du fichier « F » n'a pas eu lieu."},
		{&os.PathError{Op: "open", Path: "F", Err: fs.ErrPermission}, ErrReadOnly, "Accès refusé au fichier « F » : l'enregistrement n'a pas eu lieu."},
		{errors.New("autre"), ErrIO, "Erreur inattendue sur le fichier « F » pendant l'enregistrement : autre"},
	}
	for i, c := range cases {
		if c.err == nil {
			t.Fatalf("case %d: no error produced", i)
		}
		got := classify(c.err, "F", "l'enregistrement")
		if !errors.Is(got, c.kind) || !errors.Is(got, c.err) || !strings.HasPrefix(got.Error(), c.want) {
			t.Errorf("case %d: %v (%v)\nwant prefix %s", i, got, c.err, c.want)
		}
	}
	if classify(context.Canceled, "F", "x") != context.Canceled {
		t.Error("context errors must pass through")
	}
}
