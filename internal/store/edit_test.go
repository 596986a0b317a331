package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"dossierft/internal/dossier"
)

// content returns d without its history, to compare what the coordinator sees.
func content(t *testing.T, s *Store) *dossier.Dossier {
	t.Helper()
	d, err := s.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	d.History = nil
	return d
}

func mustEqual(t *testing.T, what string, got, want *dossier.Dossier) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		g, _ := json.MarshalIndent(got, "", " ")
		w, _ := json.MarshalIndent(want, "", " ")
		t.Fatalf("%s: dossiers differ\n got %s\nwant %s", what, g, w)
	}
}

func TestSaveRecordsHistory(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, "a.dossier")
	s.SetAuthor("zoé")
	p, err := s.SavePartner(ctx, dossier.Partner{Name: "Grand Est Numérique", Kind: "association"})
	if err != nil {
		t.Fatal(err)
	}
	if p.ID != 1 || p.Name != "Grand Est Numérique" {
		t.Fatalf("saved = %+v", p)
	}
	p.Town = "Metz"
	p2, err := s.SavePartner(ctx, p)
	if err != nil || p2 != p {
		t.Fatalf("update: %v %+v", err, p2)
	}
	if _, err := s.SavePartner(ctx, p); err != nil { // no change: no history row
		t.Fatal(err)
	}
	if _, err := s.SaveContribution(ctx, dossier.Contribution{PartnerID: 1, Year: 2015, Amount: 123456}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveCandidature(ctx, dossier.Candidature{Name: "LORnTECH"}); err != nil {
		t.Fatal(err)
	}
	h, err := s.History(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	var summaries []string
	for _, c := range h {
		summaries = append(summaries, c.Summary)
		if c.Author != "zoé" {
			t.Errorf("author = %q", c.Author)
		}
		at, err := time.Parse(time.RFC3339, c.At)
		if err != nil || !strings.HasSuffix(c.At, "Z") || time.Since(at) > time.Minute {
			t.Errorf("at = %q (%v)", c.At, err)
		}
	}
	want := []string{"Candidature modifiée", "Contribution n° 1 ajoutée", "Partenaire « Grand Est Numérique » modifié", "Partenaire « Grand Est Numérique » ajouté"}
	if !reflect.DeepEqual(summaries, want) {
		t.Errorf("summaries = %q\nwant %q", summaries, want)
	}
	if h[2].Op != "update" || !strings.Contains(h[2].Before, `"town":""`) || !strings.Contains(h[2].After, `"town":"Metz"`) || h[3].Before != "" || h[3].Op != "insert" {
		t.Errorf("change = %+v / %+v", h[2], h[3])
	}
	if got, _ := s.History(ctx, 2); len(got) != 2 || got[0].Summary != "Candidature modifiée" {
		t.Errorf("History(2) = %+v", got)
	}

	// Refused edits: French message, nothing saved, input untouched.
	in := dossier.Contribution{Label: "Mécénat", Amount: 100}
	out, err := s.SaveContribution(ctx, in)
	if !errors.Is(err, ErrInvalid) || err.Error() != "Contribution « Mécénat » : le partenaire est obligatoire." || out != in {
		t.Errorf("err = %v, out = %+v", err, out)
	}
	_, err = s.SaveContribution(ctx, dossier.Contribution{Label: "Mécénat", PartnerID: 1, ActionID: 7})
	if !errors.Is(err, ErrInvalid) || err.Error() != "Contribution « Mécénat » : l'action n° 7 n'existe pas." {
		t.Errorf("err = %v", err)
	}
	_, err = s.SavePartner(ctx, dossier.Partner{ID: 99, Name: "Fantôme"})
	if !errors.Is(err, ErrNotFound) || err.Error() != "Partenaire n° 99 introuvable : il a peut-être été supprimé entre-temps." {
		t.Errorf("err = %v", err)
	}
	if err := s.DeleteCharge(ctx, 3); !errors.Is(err, ErrNotFound) || err.Error() != "Charge n° 3 introuvable : elle a peut-être été supprimée entre-temps." {
		t.Errorf("err = %v", err)
	}
	err = s.DeleteActor(ctx, 5)
	if !errors.Is(err, ErrNotFound) || err.Error() != "Acteur n° 5 introuvable : il a peut-être été supprimé entre-temps." {
		t.Errorf("err = %v", err)
	}
	_, err = s.SaveIndicator(ctx, dossier.Indicator{Name: "Emplois", Targets: []dossier.IndicatorTarget{{Year: 2015, Value: 1}, {Year: 2015, Value: 2}}})
	if !errors.Is(err, ErrInvalid) || err.Error() != "Indicateur « Emplois » : deux cibles pour l'année 2015." {
		t.Errorf("err = %v", err)
	}
	if h2, _ := s.History(ctx, 0); len(h2) != 4 {
		t.Errorf("refused edits were recorded: %d steps", len(h2))
	}
}

func TestDeleteCascadesAndUndoRestoresAll(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, "a.dossier")
	if err := s.ReplaceAll(ctx, fullDossier()); err != nil {
		t.Fatal(err)
	}
	start := content(t, s)
	if err := s.DeletePartner(ctx, 1); err != nil {
		t.Fatal(err)
	}
	afterDelete := content(t, s)
	if len(afterDelete.Partners) != 2 || len(afterDelete.Contributions) != 2 || afterDelete.Contributions[0].ID != 1 ||
		afterDelete.Actions[0].LeadPartnerID != 0 || afterDelete.Attachments[0].PartnerID != 0 || afterDelete.Attachments[1].PartnerID != 0 ||
		len(afterDelete.Attachments) != 3 {
		t.Fatalf("after DeletePartner: %+v", afterDelete)
	}
	h, _ := s.History(ctx, 1)
	changes, _ := s.StepChanges(ctx, h[0].ID)
	var ops []string
	for _, c := range changes {
		ops = append(ops, fmt.Sprintf("%s %s %d", c.Op, c.Entity, c.EntityID))
		if c.Summary != "Partenaire « Grand Est Numérique » supprimé" {
			t.Errorf("summary = %q", c.Summary)
		}
	}
	wantOps := []string{"delete contribution 2", "update action 2", "update attachment 1", "update attachment 2", "delete partner 1"}
	if !reflect.DeepEqual(ops, wantOps) {
		t.Errorf("step = %q\nwant %q", ops, wantOps)
	}
	// The undone entry of the imported history was dropped by the new edit.
	if full, _ := s.History(ctx, 0); full[1].ID != 2 || len(full) != 3 {
		t.Errorf("history = %+v", full)
	}

	c, err := s.Undo(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Summary != "Partenaire « Grand Est Numérique » supprimé" || !c.Undone {
		t.Errorf("undo returned %+v", c)
	}
	mustEqual(t, "after undo", content(t, s), start)
	if _, err := s.Redo(ctx); err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "after redo", content(t, s), afterDelete)
	if _, err := s.Redo(ctx); !errors.Is(err, ErrNothingToRedo) || err.Error() != "Il n'y a rien à rétablir." {
		t.Errorf("second redo: %v", err)
	}
	s.Undo(ctx)
	// A new edit drops the redo tail.
	if err := s.DeleteAction(ctx, 2); err != nil {
		t.Fatal(err)
	}
	d := content(t, s)
	if d.Contributions[0].ActionID != 0 || d.Charges[0].ActionID != 0 || len(d.Actions) != 1 {
		t.Errorf("after DeleteAction: %+v", d)
	}
	if _, err := s.Redo(ctx); !errors.Is(err, ErrNothingToRedo) {
		t.Errorf("redo after a new edit: %v", err)
	}
	if err := s.DeleteAttachment(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if d := content(t, s); d.Partners[0].LogoAttachmentID != 0 || d.Partners[0].LetterAttachmentID != 1 {
		t.Errorf("after DeleteAttachment: %+v", d.Partners[0])
	}
	s.Undo(ctx)
	s.Undo(ctx)
	mustEqual(t, "after two undos", content(t, s), start)
}

// TestUndoRedoEveryEntity edits every entity, then undoes everything back to the start and redoes it to
// the end, across a restart.
func TestUndoRedoEveryEntity(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a.dossier")
	s, err := Create(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	start := content(t, s)
	var states []*dossier.Dossier
	step := func(name string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		states = append(states, content(t, s))
	}
	step("candidature", s.SaveCandidature(ctx, dossier.Candidature{Name: "LORnTECH", YearStart: 2015, YearEnd: 2017}))
	_, err = s.SaveTerritory(ctx, dossier.Territory{Name: "Metz Métropole", Population: 220000})
	step("territory", err)
	_, err = s.SaveTotem(ctx, dossier.Totem{Name: "TCRM-Blida", SurfaceM2: 12000})
	step("totem", err)
	att, err := s.AddAttachment(ctx, dossier.Attachment{Name: "logo.png", MIME: "image/png", Data: []byte{1, 2, 3, 0}})
	step("attachment", err)
	if att.Created == "" || !reflect.DeepEqual(att.Data, []byte{1, 2, 3, 0}) {
		t.Errorf("attachment = %+v", att)
	}
	p, err := s.SavePartner(ctx, dossier.Partner{Name: "Tous branchés", LogoAttachmentID: att.ID})
	step("partner", err)
	att.PartnerID, att.Name, att.Data = p.ID, "logo-tb.png", nil // nil Data keeps the bytes
	att, err = s.SaveAttachment(ctx, att)
	step("attachment rename", err)
	if !reflect.DeepEqual(att.Data, []byte{1, 2, 3, 0}) {
		t.Errorf("bytes lost on rename: %v", att.Data)
	}
	a, err := s.SaveAction(ctx, dossier.Action{Code: "A1", LeadPartnerID: p.ID})
	step("action", err)
	_, err = s.SaveContribution(ctx, dossier.Contribution{PartnerID: p.ID, ActionID: a.ID, Amount: 50000})
	step("contribution", err)
	_, err = s.SaveCharge(ctx, dossier.Charge{ActionID: a.ID, Account: "641", Amount: 50000})
	step("charge", err)
	_, err = s.SaveResource(ctx, dossier.Resource{Funder: "Billetterie", Amount: 10})
	step("resource", err)
	ind, err := s.SaveIndicator(ctx, dossier.Indicator{Name: "Emplois", Targets: []dossier.IndicatorTarget{{Year: 2016, Value: 2}, {Year: 2015, Value: 1}}})
	step("indicator", err)
	if !reflect.DeepEqual(ind.Targets, []dossier.IndicatorTarget{{Year: 2015, Value: 1}, {Year: 2016, Value: 2}}) {
		t.Errorf("targets = %v", ind.Targets)
	}
	ind.Targets = ind.Targets[:1]
	_, err = s.SaveIndicator(ctx, ind)
	step("indicator targets", err)
	act, err := s.SaveActor(ctx, dossier.Actor{Name: "Start-up", Tags: []string{"IoT", "santé"}})
	step("actor", err)
	act.Tags = []string{"santé"}
	_, err = s.SaveActor(ctx, act)
	step("actor tags", err)
	_, err = s.SaveSection(ctx, dossier.Section{Title: "Écosystème", Position: 1, OwnerPartnerID: p.ID})
	step("section", err)
	step("delete contribution", s.DeleteContribution(ctx, 1))
	step("delete partner", s.DeletePartner(ctx, p.ID))
	step("delete indicator", s.DeleteIndicator(ctx, ind.ID))
	step("delete actor", s.DeleteActor(ctx, act.ID))
	step("delete territory", s.DeleteTerritory(ctx, 1))
	step("delete totem", s.DeleteTotem(ctx, 1))
	step("delete charge", s.DeleteCharge(ctx, 1))
	step("delete resource", s.DeleteResource(ctx, 1))
	step("delete section", s.DeleteSection(ctx, 1))
	step("delete action", s.DeleteAction(ctx, a.ID))
	step("delete attachment", s.DeleteAttachment(ctx, att.ID))

	// Restart: the history is in the file.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := len(states) - 1; i >= 0; i-- {
		if _, err := s.Undo(ctx); err != nil {
			t.Fatalf("undo %d: %v", i, err)
		}
		want := start
		if i > 0 {
			want = states[i-1]
		}
		mustEqual(t, fmt.Sprintf("after undo of step %d", i), content(t, s), want)
	}
	if _, err := s.Undo(ctx); !errors.Is(err, ErrNothingToUndo) || err.Error() != "Il n'y a plus rien à annuler." {
		t.Errorf("undo past the start: %v", err)
	}
	for i := range states {
		if _, err := s.Redo(ctx); err != nil {
			t.Fatalf("redo %d: %v", i, err)
		}
		mustEqual(t, fmt.Sprintf("after redo of step %d", i), content(t, s), states[i])
	}
}

func TestGroupedStepIsOneUndo(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, "a.dossier")
	n := 2000
	if raceEnabled {
		n = 200
	}
	err := s.Do(ctx, fmt.Sprintf("Import de %d acteurs depuis sirene.csv", n), func(tx *Tx) error {
		for i := 0; i < n; i++ {
			if _, err := tx.SaveActor(dossier.Actor{Name: fmt.Sprintf("Acteur %d", i), Origin: fmt.Sprintf("import sirene.csv ligne %d", i+2)}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	h, _ := s.History(ctx, 0)
	if len(h) != 1 || h[0].Summary != fmt.Sprintf("Import de %d acteurs depuis sirene.csv", n) {
		t.Fatalf("history = %+v", h)
	}
	if ch, _ := s.StepChanges(ctx, h[0].ID); len(ch) != n {
		t.Errorf("%d changes in the step", len(ch))
	}
	if _, err := s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	if d := content(t, s); len(d.Actors) != 0 {
		t.Errorf("%d actors left after undo", len(d.Actors))
	}
	if _, err := s.Redo(ctx); err != nil {
		t.Fatal(err)
	}
	if d := content(t, s); len(d.Actors) != n {
		t.Errorf("%d actors after redo", len(d.Actors))
	}

	// A failing group writes nothing.
	err = s.Do(ctx, "Import raté", func(tx *Tx) error {
		if _, err := tx.SaveActor(dossier.Actor{Name: "Un"}); err != nil {
			return err
		}
		_, err := tx.SaveContribution(dossier.Contribution{Label: "Sans partenaire"})
		return err
	})
	if !errors.Is(err, ErrInvalid) || err.Error() != "Contribution « Sans partenaire » : le partenaire est obligatoire." {
		t.Errorf("err = %v", err)
	}
	if d := content(t, s); len(d.Actors) != n {
		t.Errorf("%d actors after a failed group", len(d.Actors))
	}
	if h, _ := s.History(ctx, 0); len(h) != 1 {
		t.Errorf("failed group recorded: %+v", h)
	}
}

func TestUndoRefusesRowsChangedElsewhere(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, "a.dossier")
	p, _ := s.SavePartner(ctx, dossier.Partner{Name: "A"})
	if _, err := s.db.Exec(`UPDATE partner SET name = 'changé ailleurs' WHERE id = ?`, p.ID); err != nil {
		t.Fatal(err)
	}
	_, err := s.Undo(ctx)
	want := "Annulation impossible (Partenaire « A » ajouté) : Partenaire n° 1 a été modifié depuis par un autre programme ; rien n'a été changé."
	if !errors.Is(err, ErrInvalid) || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
	if d := content(t, s); len(d.Partners) != 1 || d.Partners[0].Name != "changé ailleurs" {
		t.Errorf("refused undo changed data: %+v", d.Partners)
	}
}

// BenchmarkImport2000Actors measures one undoable step that adds 2,000 actors (as an import does).
func BenchmarkImport2000Actors(b *testing.B) {
	ctx := context.Background()
	s, err := Create(ctx, filepath.Join(b.TempDir(), "a.dossier"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for b.Loop() {
		err := s.Do(ctx, "Import", func(tx *Tx) error {
			for i := 0; i < 2000; i++ {
				if _, err := tx.SaveActor(dossier.Actor{Name: fmt.Sprintf("Acteur %d", i), Tags: []string{"a", "b"}}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSavePartner measures one saved edit (the window's round trip minus the bridge).
func BenchmarkSavePartner(b *testing.B) {
	ctx := context.Background()
	s, err := Create(ctx, filepath.Join(b.TempDir(), "a.dossier"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	p, _ := s.SavePartner(ctx, dossier.Partner{Name: "A"})
	i := 0
	for b.Loop() {
		i++
		p.Notes = fmt.Sprint(i)
		if p, err = s.SavePartner(ctx, p); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWritesBeginImmediate: a write transaction holds the write lock from its BEGIN, before any write,
// so it can never fail half-way on a lock upgrade (_txlock=immediate).
func TestWritesBeginImmediate(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, "a.dossier")
	other, err := sql.Open("sqlite", s.Path()+"?_pragma=busy_timeout(0)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	var inside error
	err = s.Do(ctx, "", func(tx *Tx) error {
		// Nothing written yet: another writer must already be locked out.
		_, inside = other.Exec("BEGIN IMMEDIATE")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if sqliteCode(inside)&0xff != 5 { // SQLITE_BUSY
		t.Errorf("another writer could begin while a store transaction was open: %v", inside)
	}
	// And once the store's transaction is over, it can.
	if _, err := other.Exec("BEGIN IMMEDIATE; ROLLBACK"); err != nil {
		t.Errorf("after the transaction: %v", err)
	}
}

// TestAttachmentHistoryDoesNotCopyUnchangedBytes: renaming a 1 MiB attachment or unlinking it from a deleted
// partner records its bytes nowhere; undo and redo keep them.
func TestAttachmentHistoryDoesNotCopyUnchangedBytes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, "a.dossier")
	p, _ := s.SavePartner(ctx, dossier.Partner{Name: "Région"})
	data := bytes.Repeat([]byte{0, 1, 2, 0xff}, 1<<18)
	a, err := s.AddAttachment(ctx, dossier.Attachment{Name: "lettre.pdf", PartnerID: p.ID, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	a.Name, a.Data = "lettre signée.pdf", nil
	if _, err := s.SaveAttachment(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := s.DeletePartner(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	h, _ := s.History(ctx, 0)
	for _, step := range h[:2] {
		changes, _ := s.StepChanges(ctx, step.ID)
		for _, c := range changes {
			if len(c.Before) > 1000 || len(c.After) > 1000 {
				t.Errorf("%s: %d + %d bytes of JSON", c.Summary, len(c.Before), len(c.After))
			}
		}
	}
	for i := 0; i < 2; i++ {
		if _, err := s.Undo(ctx); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.AttachmentData(ctx, a.ID); !bytes.Equal(got, data) {
			t.Fatalf("bytes lost by undo %d", i+1)
		}
	}
	for i := 0; i < 2; i++ {
		if _, err := s.Redo(ctx); err != nil {
			t.Fatal(err)
		}
	}
	d := content(t, s)
	if len(d.Attachments) != 1 || d.Attachments[0].Name != "lettre signée.pdf" || d.Attachments[0].PartnerID != 0 || !bytes.Equal(d.Attachments[0].Data, data) {
		t.Fatalf("after redo: %s, partner %d, %d bytes", d.Attachments[0].Name, d.Attachments[0].PartnerID, len(d.Attachments[0].Data))
	}
}

// TestImportActorsIsOneStep covers ImportActors (actors_batch.go, written for the importer).
func TestImportActorsIsOneStep(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, "a.dossier")
	old, _ := s.SaveActor(ctx, dossier.Actor{Name: "Ancien", Town: "Metz"})
	before := content(t, s)
	old.Town = "Nancy"
	err := s.ImportActors(ctx, "Import de 2 acteurs depuis sirene.csv", []dossier.Actor{{ID: 77, Name: "Un"}, {Name: "Deux"}}, []dossier.Actor{old})
	if err != nil {
		t.Fatal(err)
	}
	d := content(t, s)
	if len(d.Actors) != 3 || d.Actors[0].Town != "Nancy" || d.Actors[1].ID != 2 || d.Actors[2].Name != "Deux" {
		t.Fatalf("actors = %+v", d.Actors)
	}
	h, _ := s.History(ctx, 1)
	if h[0].Summary != "Import de 2 acteurs depuis sirene.csv" {
		t.Errorf("summary = %q", h[0].Summary)
	}
	if _, err := s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "after undo of the import", content(t, s), before)
}
