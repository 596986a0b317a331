package app

import (
	"context"
	"os"
	"path/filepath"
	"strconv"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"dossierft/internal/prefs"
	"dossierft/internal/store"
)

// Session is the bound service about the window and its dossier file (wailsjs/go/app/Session): which file is
// open, opening another, creating one, "enregistrer sous", recent dossiers.
type Session struct{ s *session }

// LoadedEnv names a file to which ReportLoaded writes what the window displayed (used by the Xvfb smoke test
// to prove the real window loaded the dossier).
const LoadedEnv = "DOSSIERFT_REPORT_LOADED"

// ReportLoaded is called by the frontend once the dashboard shows the dossier, with the candidature name and
// the number of actors it displays. When $DOSSIERFT_REPORT_LOADED names a file, "name\tactors\n" is written there.
func (se *Session) ReportLoaded(name string, actors int) error {
	se.s.log.Info("fenêtre chargée", "dossier", name, "acteurs", actors)
	if p := os.Getenv(LoadedEnv); p != "" {
		return os.WriteFile(p, []byte(name+"\t"+strconv.Itoa(actors)+"\n"), 0o644)
	}
	return nil
}

// Path returns the absolute path of the open dossier file.
func (se *Session) Path() string {
	se.s.mu.Lock()
	defer se.s.mu.Unlock()
	return se.s.path
}

// Recent returns the recent dossier files that still exist, most recent first (absolute paths).
func (se *Session) Recent() []string { return prefs.Recent() }

var dossierFilter = []wruntime.FileFilter{{DisplayName: "Dossiers French Tech (*.dossier)", Pattern: "*.dossier"}}

func (se *Session) ctx() context.Context {
	se.s.mu.Lock()
	defer se.s.mu.Unlock()
	return se.s.ctx
}

// Open opens the dossier file at path in the window, closing the current one. A bad file gives a French error
// and the current dossier stays open.
func (se *Session) Open(path string) error { return se.s.switchTo(path) }

// OpenDialog asks for a dossier file with the native dialog and opens it; returns its path. A closed dialog
// returns an error with code "cancelled".
func (se *Session) OpenDialog() (string, error) {
	p, err := wruntime.OpenFileDialog(se.ctx(), wruntime.OpenDialogOptions{
		Title: "Ouvrir un dossier", Filters: dossierFilter, DefaultDirectory: filepath.Dir(se.Path()),
	})
	if err != nil {
		return "", err
	}
	if p == "" {
		return "", errCancelled
	}
	return p, se.s.switchTo(p)
}

// saveDialog asks for a new file name, adding the .dossier extension when the user omits it.
func (se *Session) saveDialog(title, name string) (string, error) {
	p, err := wruntime.SaveFileDialog(se.ctx(), wruntime.SaveDialogOptions{
		Title: title, Filters: dossierFilter, DefaultFilename: name, DefaultDirectory: filepath.Dir(se.Path()),
		CanCreateDirectories: true,
	})
	if err != nil {
		return "", err
	}
	if p == "" {
		return "", errCancelled
	}
	return store.WithExtension(p), nil
}

// NewDialog asks for a file name, creates an empty dossier there and opens it; returns its path.
func (se *Session) NewDialog() (string, error) {
	p, err := se.saveDialog("Nouveau dossier", "nouveau.dossier")
	if err != nil {
		return "", err
	}
	st, err := store.Create(context.Background(), p)
	if err != nil {
		return "", err
	}
	st.Close()
	return p, se.s.switchTo(p)
}

// SaveAsDialog asks for a file name, writes a consistent copy of the open dossier there ("enregistrer sous",
// which works even when the open file became read-only or was deleted) and continues on the copy.
func (se *Session) SaveAsDialog() (string, error) {
	base := filepath.Base(se.Path())
	p, err := se.saveDialog("Enregistrer sous", base[:len(base)-len(filepath.Ext(base))]+" copie.dossier")
	if err != nil {
		return "", err
	}
	return p, se.SaveAs(p)
}

// SaveAs writes a consistent copy of the open dossier to path (the .dossier extension is added when missing;
// the file must not exist) and continues on the copy.
func (se *Session) SaveAs(path string) error {
	path = store.WithExtension(path)
	err := se.s.withStore(func(ctx context.Context, st *store.Store) error { return st.SaveAs(ctx, path) })
	if err != nil {
		return err
	}
	return se.s.switchTo(path)
}
