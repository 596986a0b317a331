package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"dossierft/internal/dossier"
	"dossierft/internal/export"
	"dossierft/internal/fr"
	"dossierft/internal/imports"
	"dossierft/internal/store"
)

// Imports is the bound service that brings data in (wailsjs/go/app/Imports): actor lists from CSV, XLSX and
// SIRENE extracts, and partners' contribution forms. Each import is read first (nothing written), shown to the
// user, then applied by a Confirm call as one undoable step. Files are named by their absolute path (from a
// native dialog or a drop on the window).
type Imports struct {
	s *session

	mu      sync.Mutex
	actors  *pendingActors
	form    *imports.FormDiff
	formFor string // dossier path the pending form belongs to
}

// pendingActors is an actor import read and planned, waiting for confirmation.
type pendingActors struct {
	path   string // dossier path it belongs to
	file   string
	report *imports.ActorReport
	plan   *imports.DupPlan
}

// ImportOptions are the user's choices for an actor import: Preset ("auto", "sirene", "acteurs", "libre"),
// Mapping (header → field, with "libre"), Sheet (XLSX), DefaultCategory (actor category code), Duplicates
// ("skip" or "merge"), KeepClosed (import closed establishments too).
type ImportOptions struct {
	Preset          string            `json:"preset"`
	Mapping         map[string]string `json:"mapping"`
	Sheet           string            `json:"sheet"`
	DefaultCategory string            `json:"defaultCategory"`
	Duplicates      string            `json:"duplicates"`
	KeepClosed      bool              `json:"keepClosed"`
}

func (o ImportOptions) reader() (imports.Options, error) {
	p, err := imports.ParsePreset(o.Preset)
	if err != nil {
		return imports.Options{}, &FieldError{Field: "preset", Message: err.Error(), Details: []FieldMessage{{"preset", err.Error()}}}
	}
	opt := imports.Options{Preset: p, Sheet: o.Sheet, DefaultCategory: o.DefaultCategory, KeepClosed: o.KeepClosed}
	if len(o.Mapping) > 0 {
		opt.Mapping = map[string]imports.Field{}
		for h, f := range o.Mapping {
			opt.Mapping[h] = imports.Field(f)
		}
	}
	return opt, nil
}

// PickFile asks for a CSV or XLSX file with the native dialog and returns its path ("cancelled" error when
// the dialog is closed).
func (im *Imports) PickFile(title string) (string, error) {
	p, err := wruntime.OpenFileDialog(im.s.ctxOrNil(), wruntime.OpenDialogOptions{
		Title: title,
		Filters: []wruntime.FileFilter{{DisplayName: "Listes (*.csv, *.txt, *.xlsx)", Pattern: "*.csv;*.txt;*.tsv;*.xlsx"},
			{DisplayName: "Tous les fichiers", Pattern: "*"}},
	})
	if err != nil {
		return "", err
	}
	if p == "" {
		return "", errCancelled
	}
	return p, nil
}

// PreviewActors reads the head of the file at path: format, encoding, delimiter, headers, suggested mapping
// and the first 20 rows. Nothing is written.
func (im *Imports) PreviewActors(path string, o ImportOptions) (*imports.PreviewResult, error) {
	opt, err := o.reader()
	if err != nil {
		return nil, err
	}
	return imports.PreviewFile(path, 20, opt)
}

// ActorImportReport is what an actor import would do: counts, the duplicate plan's counts, row errors (at most
// 500 listed; ErrorsTotal counts all), notes. Nothing is written until ConfirmActors.
type ActorImportReport struct {
	File        string                   `json:"file"`
	Source      string                   `json:"source"` // "CSV, UTF-8, séparateur point-virgule"
	Preset      string                   `json:"preset"` // French label
	Counts      imports.Counts           `json:"counts"`
	Duplicates  imports.DupCounts        `json:"duplicates"`
	Errors      []imports.RowError       `json:"errors"`
	ErrorsTotal int                      `json:"errorsTotal"`
	Notes       []string                 `json:"notes"`
	Sample      []dossier.Actor          `json:"sample"` // the first 20 actors to insert
	DupSample   []imports.Duplicate      `json:"dupSample"`
	Mapping     map[string]imports.Field `json:"mapping"`
}

// ReadActors reads the whole file at path with the options, plans duplicates against the dossier and keeps
// the result for ConfirmActors. Nothing is written. A fatal problem (empty file, not a list…) is a French error
// naming the file.
func (im *Imports) ReadActors(path string, o ImportOptions) (ActorImportReport, error) {
	opt, err := o.reader()
	if err != nil {
		return ActorImportReport{}, err
	}
	policy := imports.DupSkip
	if o.Duplicates == string(imports.DupMerge) {
		policy = imports.DupMerge
	}
	rep, err := imports.ReadActorsFile(path, opt)
	if err != nil {
		return ActorImportReport{}, err
	}
	d, err := im.s.content()
	if err != nil {
		return ActorImportReport{}, err
	}
	plan, err := imports.PlanDuplicates(rep.Actors, d.Actors, policy)
	if err != nil {
		return ActorImportReport{}, err
	}
	im.mu.Lock()
	im.actors = &pendingActors{path: im.s.pathNow(), file: path, report: rep, plan: plan}
	im.mu.Unlock()
	out := ActorImportReport{
		File: filepath.Base(path), Source: rep.Source.Describe(), Preset: rep.Preset.Label(), Counts: rep.Counts,
		Duplicates: plan.Counts, ErrorsTotal: len(rep.Errors) + rep.ErrorsOmitted, Notes: rep.Notes, Mapping: rep.Mapping,
	}
	out.Errors = rep.Errors
	if len(out.Errors) > 500 {
		out.Errors = out.Errors[:500]
	}
	out.Sample = plan.Insert
	if len(out.Sample) > 20 {
		out.Sample = out.Sample[:20]
	}
	out.DupSample = plan.Duplicates
	if len(out.DupSample) > 50 {
		out.DupSample = out.DupSample[:50]
	}
	for _, s := range []*[]imports.RowError{&out.Errors} {
		if *s == nil {
			*s = []imports.RowError{}
		}
	}
	if out.Notes == nil {
		out.Notes = []string{}
	}
	if out.Sample == nil {
		out.Sample = []dossier.Actor{}
	}
	if out.DupSample == nil {
		out.DupSample = []imports.Duplicate{}
	}
	return out, nil
}

// ConfirmActors writes the actors read by the last ReadActors as one undoable step and returns the history
// summary ("Import de 1 234 acteur(s) depuis « x.csv »").
func (im *Imports) ConfirmActors() (string, error) {
	im.mu.Lock()
	p := im.actors
	im.actors = nil
	im.mu.Unlock()
	if p == nil || p.path != im.s.pathNow() {
		return "", UIError{Code: CodeInvalid, Message: "Aucun import d'acteurs en attente : relisez le fichier."}
	}
	n := p.plan.Counts.New + p.plan.Counts.Merged
	if n == 0 {
		return "Aucun acteur à enregistrer.", nil
	}
	summary := fmt.Sprintf("Import de %s acteur(s) depuis « %s »", fr.Int(int64(n)), filepath.Base(p.file))
	err := im.s.withStore(func(ctx context.Context, st *store.Store) error {
		return st.ImportActors(ctx, summary, p.plan.Insert, p.plan.Update)
	})
	if err != nil {
		return "", err
	}
	im.s.emit(EventDossierChanged)
	return summary, nil
}

// SaveErrorReport asks where to save the row errors of the last ReadActors as CSV (French Excel) and writes
// them; returns the path.
func (im *Imports) SaveErrorReport() (string, error) {
	im.mu.Lock()
	p := im.actors
	im.mu.Unlock()
	if p == nil {
		return "", UIError{Code: CodeInvalid, Message: "Aucun import en cours."}
	}
	target, err := wruntime.SaveFileDialog(im.s.ctxOrNil(), wruntime.SaveDialogOptions{
		Title: "Enregistrer le rapport d'erreurs", DefaultFilename: "erreurs-import.csv",
		Filters: []wruntime.FileFilter{{DisplayName: "CSV (*.csv)", Pattern: "*.csv"}},
	})
	if err != nil {
		return "", err
	}
	if target == "" {
		return "", errCancelled
	}
	if !strings.EqualFold(filepath.Ext(target), ".csv") {
		target += ".csv"
	}
	return target, export.WriteFile(target, func(w io.Writer) error { return imports.WriteErrorsCSV(w, p.report.Errors) })
}

// dossierID returns the form identifier of the open dossier.
func (im *Imports) dossierID() (string, error) {
	var id string
	err := im.s.withStore(func(ctx context.Context, st *store.Store) error {
		var err error
		id, err = st.DossierID(ctx)
		return err
	})
	return imports.DossierID(id), err
}

// WriteForm asks where to save the contribution form of a partner (XLSX, pre-filled, structure locked) and
// writes it; returns the path.
func (im *Imports) WriteForm(partnerID int64) (string, error) {
	d, err := im.s.content()
	if err != nil {
		return "", err
	}
	p := d.PartnerByID(partnerID)
	if p == nil {
		return "", UIError{Code: CodeNotFound, Message: "Ce partenaire n'existe plus."}
	}
	id, err := im.dossierID()
	if err != nil {
		return "", err
	}
	name := strings.TrimSuffix(export.PartnerFileName(*p), ".pdf")
	name = "formulaire" + strings.TrimPrefix(name, "relecture") + ".xlsx"
	target, err := wruntime.SaveFileDialog(im.s.ctxOrNil(), wruntime.SaveDialogOptions{
		Title: "Enregistrer le formulaire de contributions de « " + p.Name + " »", DefaultFilename: name,
		Filters: []wruntime.FileFilter{{DisplayName: "Classeur Excel (*.xlsx)", Pattern: "*.xlsx"}},
	})
	if err != nil {
		return "", err
	}
	if target == "" {
		return "", errCancelled
	}
	if !strings.EqualFold(filepath.Ext(target), ".xlsx") {
		target += ".xlsx"
	}
	return target, export.WriteFile(target, func(w io.Writer) error { return imports.WriteForm(w, d, partnerID, id) })
}

// ReadForm reads a returned contribution form at path and returns what it would change (added, changed,
// removed, conflicts, cell errors). Nothing is written until ConfirmForm.
func (im *Imports) ReadForm(path string) (*imports.FormDiff, error) {
	d, err := im.s.content()
	if err != nil {
		return nil, err
	}
	id, err := im.dossierID()
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, UIError{Code: CodeInvalid, Message: fmt.Sprintf("« %s » : %s", path, fr.SysReason(err))}
	}
	defer f.Close()
	diff, err := imports.ReadForm(f, filepath.Base(path), d, id)
	if err != nil {
		return nil, err
	}
	im.mu.Lock()
	im.form, im.formFor = diff, im.s.pathNow()
	im.mu.Unlock()
	return diff, nil
}

// ConfirmForm applies the form read by the last ReadForm as one undoable step; refused when it has errors or
// conflicts. Returns the history summary.
func (im *Imports) ConfirmForm() (string, error) {
	im.mu.Lock()
	diff, forPath := im.form, im.formFor
	im.form = nil
	im.mu.Unlock()
	if diff == nil || forPath != im.s.pathNow() {
		return "", UIError{Code: CodeInvalid, Message: "Aucun formulaire en attente : relisez le fichier."}
	}
	if !diff.OK() {
		return "", UIError{Code: CodeInvalid, Message: "Le formulaire contient des erreurs ou des conflits : rien n'a été enregistré."}
	}
	summary := fmt.Sprintf("Formulaire de « %s » : %s", diff.PartnerName, diff.Summary())
	err := im.s.withStore(func(ctx context.Context, st *store.Store) error {
		return st.ApplyContributions(ctx, summary, diff.Added, diff.ChangedAfter(), diff.Removed)
	})
	if err != nil {
		return "", err
	}
	im.s.emit(EventDossierChanged)
	return summary, nil
}
