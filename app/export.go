package app

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"dossierft/internal/export"
)

// ExportResult lists what an export wrote: the folder, absolute paths in the order written, and French
// warnings (missing glyph, unreadable logo…). (Its own type: a TypeScript namespace cannot be named "export".)
type ExportResult struct {
	Dir      string   `json:"dir"`
	Files    []string `json:"files"`
	Warnings []string `json:"warnings"`
}

func toResult(r export.Result) ExportResult {
	if r.Files == nil {
		r.Files = []string{}
	}
	if r.Warnings == nil {
		r.Warnings = []string{}
	}
	return ExportResult{r.Dir, r.Files, r.Warnings}
}

// Export is the bound service that writes the dossier's documents (wailsjs/go/app/Export).
// All file writing happens in Go: the webview cannot save files.
type Export struct{ s *session }

// ChooseFolder asks for a target folder with the native dialog and returns its path; a closed dialog returns
// an error with code "cancelled".
func (e *Export) ChooseFolder() (string, error) {
	e.s.mu.Lock()
	ctx, path := e.s.ctx, e.s.path
	e.s.mu.Unlock()
	dir, err := wruntime.OpenDirectoryDialog(ctx, wruntime.OpenDialogOptions{
		Title:                "Choisir le dossier où écrire les documents",
		DefaultDirectory:     filepath.Dir(path),
		CanCreateDirectories: true,
	})
	if err != nil {
		return "", err
	}
	if dir == "" {
		return "", errCancelled
	}
	return dir, nil
}

// ExportTo writes the dossier PDF, the financing workbook, the actors workbook, one review PDF per partner
// (partenaires/) and the CSV files (csv/) into dir (created if missing) and returns the paths written and any
// warnings. Errors name the file and say why, in French.
func (e *Export) ExportTo(dir string) (ExportResult, error) {
	d, err := e.s.load()
	if err != nil {
		return ExportResult{}, err
	}
	res, err := export.All(d, dir, export.Options{Partners: true, CSV: true})
	return toResult(res), err
}

// OpenFolder shows dir in the system's file manager.
func (e *Export) OpenFolder(dir string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("explorer", dir)
	case "darwin":
		cmd = exec.Command("open", dir)
	default:
		cmd = exec.Command("xdg-open", dir)
	}
	if err := cmd.Start(); err != nil {
		return UIError{Code: CodeExport, Message: "Impossible d'ouvrir le dossier « " + dir + " » : " + err.Error()}
	}
	go cmd.Wait()
	return nil
}

// PartnerPDF asks where to save the review PDF of one partner (native save dialog; ".pdf" is added when
// missing), writes it and returns its path and warnings.
func (e *Export) PartnerPDF(partnerID int64) (ExportResult, error) {
	d, err := e.s.load()
	if err != nil {
		return ExportResult{}, err
	}
	p := d.PartnerByID(partnerID)
	if p == nil {
		return ExportResult{}, UIError{Code: CodeNotFound, Message: "Ce partenaire n'existe plus."}
	}
	e.s.mu.Lock()
	ctx, path := e.s.ctx, e.s.path
	e.s.mu.Unlock()
	target, err := wruntime.SaveFileDialog(ctx, wruntime.SaveDialogOptions{
		Title: "Enregistrer le PDF de relecture de « " + p.Name + " »", DefaultDirectory: filepath.Dir(path),
		DefaultFilename: export.PartnerFileName(*p), CanCreateDirectories: true,
		Filters: []wruntime.FileFilter{{DisplayName: "PDF (*.pdf)", Pattern: "*.pdf"}},
	})
	if err != nil {
		return ExportResult{}, err
	}
	if target == "" {
		return ExportResult{}, errCancelled
	}
	if !strings.EqualFold(filepath.Ext(target), ".pdf") {
		target += ".pdf"
	}
	res, err := export.PartnerTo(d, partnerID, target, export.Options{})
	return toResult(res), err
}
