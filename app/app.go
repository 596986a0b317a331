// Package app is the desktop window: it is the only package that imports Wails. It binds small services to the
// frontend (Dossier, Export, Session), formats errors for it, and wires the window's lifecycle.
package app

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"sync"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"

	"dossierft/internal/cli"
	"dossierft/internal/dossier"
	"dossierft/internal/store"
)

// session is the state shared by the bound services: the open dossier and the Wails context.
type session struct {
	mu    sync.Mutex
	ctx   context.Context
	store *store.Store
	path  string
	log   *slog.Logger
}

// current returns the loaded dossier of the open file.
func (s *session) load() (*dossier.Dossier, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.store == nil {
		return nil, ErrNoDossier
	}
	return s.store.Load(s.ctx)
}

// ErrNoDossier is returned when no dossier file is open.
var ErrNoDossier = errors.New("aucun dossier n'est ouvert")

// Run opens the window on the dossier file at path, with the frontend assets in assets (rooted at
// "frontend/dist") and icon as the window icon (PNG bytes), and returns when the window closes. The file is opened before the window shows, so a bad
// file gives an error here.
func Run(path string, assets embed.FS, icon []byte) error {
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	cli.RememberLast(path)
	sess := &session{store: st, path: path, log: slog.New(slog.NewTextHandler(os.Stderr, nil))}
	defer func() {
		sess.mu.Lock()
		if sess.store != nil {
			sess.store.Close()
		}
		sess.mu.Unlock()
	}()
	dist, err := fs.Sub(assets, "frontend/dist")
	if err != nil {
		return fmt.Errorf("interface introuvable dans le programme : %v", err)
	}
	d := &Dossier{s: sess}
	ex := &Export{s: sess}
	se := &Session{s: sess}
	return wails.Run(&options.App{
		Title:     "Dossier French Tech",
		Width:     1280,
		Height:    820,
		MinWidth:  900,
		MinHeight: 600,
		AssetServer: &assetserver.Options{
			Assets: dist,
		},
		OnStartup: func(c context.Context) {
			sess.mu.Lock()
			sess.ctx = c
			sess.mu.Unlock()
		},
		Bind:           []any{d, ex, se},
		EnumBind:       []any{AllErrorCodes},
		ErrorFormatter: formatError(sess.log),
		Linux: &linux.Options{
			ProgramName:         "dossierft",
			Icon:                icon,
			WebviewGpuPolicy:    linux.WebviewGpuPolicyNever,
			WindowIsTranslucent: false,
		},
		DragAndDrop: &options.DragAndDrop{DisableWebViewDrop: true},
	})
}
