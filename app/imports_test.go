package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestImportActorsThenUndo(t *testing.T) {
	s := newSession(t)
	im := &Imports{s: s}
	csvPath := filepath.Join(t.TempDir(), "liste.csv")
	os.WriteFile(csvPath, []byte("\ufeffNom,Commune,SIRET\nAlpha,Metz,73282932000074\nBeta,Nancy,123\n"), 0o644)
	pv, err := im.PreviewActors(csvPath, ImportOptions{Preset: "auto"})
	if err != nil || len(pv.Rows) != 2 {
		t.Fatalf("preview %+v %v", pv, err)
	}
	rep, err := im.ReadActors(csvPath, ImportOptions{Preset: "auto", DefaultCategory: "startup"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Counts.Read != 2 || rep.Counts.Valid != 1 || rep.Duplicates.New != 1 || len(rep.Errors) != 1 || rep.Errors[0].Row != 3 {
		t.Fatalf("report %+v", rep)
	}
	before, _ := (&Dossier{s: s}).Actors()
	sum, err := im.ConfirmActors()
	if err != nil || !strings.HasPrefix(sum, "Import de 1 acteur(s) depuis « liste.csv »") {
		t.Fatalf("%q %v", sum, err)
	}
	after, _ := (&Dossier{s: s}).Actors()
	if len(after) != len(before)+1 {
		t.Fatalf("%d → %d actors", len(before), len(after))
	}
	if _, err := im.ConfirmActors(); err == nil {
		t.Error("a second confirmation imported again")
	}
	if _, err := (&Edit{s: s}).Undo(); err != nil {
		t.Fatal(err)
	}
	if again, _ := (&Dossier{s: s}).Actors(); len(again) != len(before) {
		t.Errorf("undo left %d actors, want %d", len(again), len(before))
	}
}
