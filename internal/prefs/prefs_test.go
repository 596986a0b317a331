package prefs

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRecentAndWindow(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(DataDirEnv, dir)
	a, b := filepath.Join(dir, "a.dossier"), filepath.Join(dir, "b.dossier")
	os.WriteFile(a, []byte("x"), 0o644)
	os.WriteFile(b, []byte("x"), 0o644)
	for _, p := range []string{a, b, a} {
		if err := Touch(p); err != nil {
			t.Fatal(err)
		}
	}
	if got := Recent(); len(got) != 2 || got[0] != a || got[1] != b {
		t.Errorf("recent = %q", got)
	}
	os.Remove(b)
	if got := Recent(); len(got) != 1 {
		t.Errorf("a deleted file is still listed: %q", got)
	}
	if err := SaveWindow(Window{Width: 1000, Height: 700, X: 10, Y: 20}); err != nil {
		t.Fatal(err)
	}
	if p := Load(); p.Window == nil || p.Window.Width != 1000 || len(p.Recent) != 2 {
		t.Errorf("prefs = %+v", p)
	}
	os.WriteFile(filepath.Join(dir, fileName), []byte("{pas du json"), 0o644)
	if p := Load(); len(p.Recent) != 0 || p.Window != nil {
		t.Errorf("damaged prefs read as %+v", p)
	}
}
