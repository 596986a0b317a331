package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// run executes the command line in-process and returns exit code, stdout and stderr.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), args, Env{Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

func TestSampleExportCheckJSON(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "s.dossier")
	if code, _, e := run(t, "new", "--sample", f); code != 0 {
		t.Fatalf("new --sample: %d %s", code, e)
	}
	if code, _, e := run(t, "new", "--sample", f); code != 1 || !strings.Contains(e, "existe déjà") {
		t.Fatalf("new over existing file: %d %q", code, e)
	}
	out := filepath.Join(dir, "out", "sub")
	code, stdout, e := run(t, "export", f, "--out", out, "--csv")
	if code != 0 {
		t.Fatalf("export: %d %s", code, e)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	// 3 documents, one review PDF per partner of the sample (22), 4 CSV files.
	if len(lines) != 3+22+4 {
		t.Fatalf("export printed %d paths: %q", len(lines), stdout)
	}
	if !strings.HasSuffix(lines[3], "partenaires/relecture-1-pole-metropolitain-europeen-du-sillon-lorrain.pdf") ||
		!strings.HasSuffix(lines[len(lines)-1], "csv/acteurs.csv") {
		t.Errorf("paths: %q … %q", lines[3], lines[len(lines)-1])
	}
	for _, l := range lines {
		st, err := os.Stat(l)
		if err != nil || st.Size() < 1000 {
			t.Errorf("%s: %v", l, err)
		}
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 5 {
		t.Errorf("export left %d entries in the folder, want 3 files and 2 folders (no temporary files)", len(entries))
	}
	if code, stdout, _ := run(t, "check", f); code != 0 || !strings.Contains(stdout, "info") {
		t.Errorf("check on the sample: exit %d\n%s", code, stdout)
	}

	// JSON round trip: json → new --from → json gives the same text.
	code, dump, e := run(t, "json", f)
	if code != 0 || !strings.Contains(dump, `"name": "LORnTECH"`) {
		t.Fatalf("json: %d %s", code, e)
	}
	jf := filepath.Join(dir, "dump.json")
	os.WriteFile(jf, []byte(dump), 0o644)
	g := filepath.Join(dir, "copy.dossier")
	if code, _, e := run(t, "new", "--from", jf, g); code != 0 {
		t.Fatalf("new --from: %d %s", code, e)
	}
	_, dump2, _ := run(t, "json", g)
	if dump != dump2 {
		t.Errorf("JSON round trip differs (%d vs %d bytes)", len(dump), len(dump2))
	}
}

func TestCheckFindsErrors(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "vide.dossier")
	if code, _, e := run(t, "new", f); code != 0 {
		t.Fatalf("new: %d %s", code, e)
	}
	code, stdout, _ := run(t, "check", f)
	if code != 1 {
		t.Errorf("check on an empty dossier: exit %d, want 1", code)
	}
	if !strings.Contains(stdout, "erreur\tcandidature.name\tLe nom de la candidature est obligatoire.") {
		t.Errorf("missing finding in:\n%s", stdout)
	}
}

func TestBadDumpSaysWhere(t *testing.T) {
	dir := t.TempDir()
	jf := filepath.Join(dir, "bad.json")
	os.WriteFile(jf, []byte("{\n  \"candidature\": {\"name\": 12}\n}"), 0o644)
	code, _, e := run(t, "new", "--from", jf, filepath.Join(dir, "x.dossier"))
	if code != 1 || !strings.Contains(e, "ligne 2, colonne 29 : le champ « candidature.name » attend un texte, pas un nombre") {
		t.Errorf("exit %d, stderr %q", code, e)
	}
	for content, want := range map[string]string{
		"":                                "est vide : ce n'est pas un export de dossier",
		"null":                            "n'a pas de rubrique « candidature »",
		"{}":                              "n'a pas de rubrique « candidature »",
		`{"candidature": {}, "zzz": 1}`:   "champ inconnu \"zzz\"",
		`{"candidature": {"name": "x"`:    "est tronqué",
		`{"charges": [{"amount": "12"}]}`: "n'a pas de rubrique",
		`{"candidature": {}, "charges": [{"amount": "12"}]}`: "le champ « charges.amount » attend un montant en centimes (nombre entier), pas un texte",
	} {
		os.WriteFile(jf, []byte(content), 0o644)
		code, _, e := run(t, "new", "--from", jf, filepath.Join(dir, "x.dossier"))
		if code != 1 || !strings.Contains(e, want) {
			t.Errorf("%q: exit %d, stderr %q, want %q", content, code, e, want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "x.dossier")); err == nil {
		t.Error("a dossier was created from a bad dump")
	}
}

func fileState(t *testing.T, p string) string {
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(p)
	h := sha256.Sum256(b)
	return string(h[:]) + st.ModTime().String()
}

func TestBadFilesAreRefusedAndUntouched(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "vide.dossier")
	os.WriteFile(empty, nil, 0o644)
	text := filepath.Join(dir, "texte.dossier")
	os.WriteFile(text, []byte("ceci n'est pas une base"), 0o644)
	foreign := filepath.Join(dir, "autre.sqlite")
	db, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE t(x)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, f := range []string{empty, text, foreign} {
		before := fileState(t, f)
		for _, cmd := range [][]string{{"check", f}, {"json", f}, {"export", f, "--out", filepath.Join(dir, "o")}} {
			code, _, e := run(t, cmd...)
			if code != 1 || !strings.HasPrefix(e, "erreur : ") {
				t.Errorf("%v: exit %d, stderr %q", cmd, code, e)
			}
		}
		if fileState(t, f) != before {
			t.Errorf("%s was modified", f)
		}
		for _, s := range []string{"-wal", "-shm", "-journal"} {
			if _, err := os.Stat(f + s); err == nil {
				t.Errorf("%s%s left behind", f, s)
			}
		}
	}
	code, _, e := run(t, "check", filepath.Join(dir, "absent.dossier"))
	if code != 1 || e == "" {
		t.Errorf("missing file: exit %d %q", code, e)
	}
}

func TestUsage(t *testing.T) {
	if code, _, e := run(t, "frobnicate"); code != 2 || !strings.Contains(e, "commande inconnue") {
		t.Errorf("unknown command: %d %q", code, e)
	}
	for _, c := range []string{"new", "export", "check", "json", "open"} {
		if code, out, _ := run(t, c, "--help"); code != 0 || !strings.Contains(out, "Usage : dossierft "+c) {
			t.Errorf("%s --help: %d %q", c, code, out)
		}
	}
	if code, _, _ := run(t, "check"); code != 2 {
		t.Errorf("check without file: %d", code)
	}
	if code, _, _ := run(t, "export", "x.dossier"); code != 2 {
		t.Errorf("export without --out: %d", code)
	}
	if code, _, _ := run(t, "new", "--sample", "--large", "x.dossier"); code != 2 {
		t.Errorf("new --sample --large: %d", code)
	}
	if code, _, e := run(t, "--help"); code != 0 || e != "" {
		t.Errorf("--help: %d", code)
	}
}

func TestExportToUnwritableFolder(t *testing.T) {
	// A path below a regular file cannot be created, even by root (who ignores permissions).
	dir := t.TempDir()
	f := filepath.Join(dir, "s.dossier")
	if code, _, e := run(t, "new", "--sample", f); code != 0 {
		t.Fatal(e)
	}
	blocker := filepath.Join(dir, "fichier")
	os.WriteFile(blocker, []byte("x"), 0o644)
	code, _, e := run(t, "export", f, "--out", filepath.Join(blocker, "sous-dossier"))
	if code != 1 || !strings.Contains(e, "impossible de créer le dossier") {
		t.Errorf("exit %d, stderr %q", code, e)
	}
}

// TestBinary builds the real binary without GUI tags and checks the exit codes seen by a shell.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "dossierft")
	b := exec.Command("go", "build", "-o", bin, "../..")
	if out, err := b.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "nimportequoi")
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 {
		t.Errorf("unknown command: %v", err)
	}
	cmd = exec.Command(bin, "check", filepath.Join(dir, "absent.dossier"))
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.HasPrefix(string(out), "erreur : ") {
		t.Errorf("missing file: %v %s", err, out)
	}
}
