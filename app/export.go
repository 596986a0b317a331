package app

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"dossierft/internal/export"
)

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
func (e *Export) ExportTo(dir string) (export.Result, error) {
	d, err := e.s.load()
	if err != nil {
		return export.Result{}, err
	}
	res, err := export.All(d, dir, export.Options{Partners: true, CSV: true})
	if res.Files == nil {
		res.Files = []string{}
	}
	if res.Warnings == nil {
		res.Warnings = []string{}
	}
	return res, err
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
func (e *Export) PartnerPDF(partnerID int64) (export.Result, error) {
	d, err := e.s.load()
	if err != nil {
		return export.Result{}, err
	}
	p := d.PartnerByID(partnerID)
	if p == nil {
		return export.Result{}, UIError{Code: CodeNotFound, Message: "Ce partenaire n'existe plus."}
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
		return export.Result{}, err
	}
	if target == "" {
		return export.Result{}, errCancelled
	}
	if !strings.EqualFold(filepath.Ext(target), ".pdf") {
		target += ".pdf"
	}
	return export.PartnerTo(d, partnerID, target, export.Options{})
}
