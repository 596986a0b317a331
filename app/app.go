// Package app is the desktop window: it is the only package that imports Wails. It binds small services to the
// frontend (Dossier, Edit, Export, Imports, Session), formats errors for it, and wires the window's lifecycle: single
// instance, window geometry, daily backups.
package app

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"dossierft/internal/dossier"
	"dossierft/internal/prefs"
	"dossierft/internal/store"
)

// Events emitted to the frontend.
const (
	// EventDossierOpened is emitted with the new path when another dossier file is opened in the window.
	EventDossierOpened = "dossier:opened"
	// EventDossierChanged is emitted after any saved edit, undo or redo.
	EventDossierChanged = "dossier:changed"
	// EventBackup is emitted with the backup's path when the daily backup copy was written.
	EventBackup = "dossier:backup"
)

// session is the state shared by the bound services: the open dossier and the Wails context.
type session struct {
	mu    sync.Mutex
	ctx   context.Context
	store *store.Store
	path  string
	log   *slog.Logger
}

// ErrNoDossier is returned when no dossier file is open.
var ErrNoDossier = errors.New("aucun dossier n'est ouvert")

// withStore runs fn with the open store, holding the session lock.
func (s *session) withStore(fn func(ctx context.Context, st *store.Store) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.store == nil {
		return ErrNoDossier
	}
	ctx := s.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	return fn(ctx, s.store)
}

// load reads the open dossier without its history (attachment bytes included: the exports need them).
func (s *session) load() (*dossier.Dossier, error) {
	var d *dossier.Dossier
	err := s.withStore(func(ctx context.Context, st *store.Store) error {
		var err error
		d, err = st.Load(ctx)
		if d != nil {
			d.History = nil
		}
		return err
	})
	return d, err
}

// content reads the open dossier without history nor attachment bytes (for the window's views and checks).
func (s *session) content() (*dossier.Dossier, error) {
	var d *dossier.Dossier
	err := s.withStore(func(ctx context.Context, st *store.Store) error {
		var err error
		d, err = st.LoadContent(ctx)
		return err
	})
	return d, err
}

// emit sends an event to the frontend when the window is up.
func (s *session) emit(name string, data ...any) {
	s.mu.Lock()
	ctx := s.ctx
	s.mu.Unlock()
	if ctx != nil {
		wruntime.EventsEmit(ctx, name, data...)
	}
}

// switchTo opens the dossier at path and makes it the session's dossier, closing the previous one. On error
// the previous dossier stays open.
func (s *session) switchTo(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	ctx := context.Background()
	st, err := store.Open(ctx, abs)
	if err != nil {
		return err
	}
	s.mu.Lock()
	old := s.store
	s.store, s.path = st, abs
	s.mu.Unlock()
	if old != nil {
		old.Close()
	}
	_ = prefs.Touch(abs)
	s.backup()
	s.emit(EventDossierOpened, abs)
	return nil
}

// backup writes the daily backup copy of the open dossier into DataDir()/sauvegardes (at most one a day).
func (s *session) backup() {
	dir, err := prefs.DataDir()
	if err != nil {
		return
	}
	var path string
	var written bool
	err = s.withStore(func(ctx context.Context, st *store.Store) error {
		var err error
		path, written, err = st.Backup(ctx, filepath.Join(dir, "sauvegardes"))
		return err
	})
	if err != nil {
		s.log.Warn("sauvegarde quotidienne impossible", "err", err)
		return
	}
	if written {
		s.log.Info("sauvegarde quotidienne", "fichier", path)
		s.emit(EventBackup, path)
	}
}

// ctxOrNil returns the Wails context (nil before start-up).
func (s *session) ctxOrNil() context.Context {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ctx
}

// pathNow returns the path of the open dossier.
func (s *session) pathNow() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.path
}

// UniqueID identifies the application for the single-instance lock.
const UniqueID = "fr.dossier-french-tech.app.7c1e4b2a"

// Run opens the window on the dossier file at path, with the frontend assets in assets (rooted at
// "frontend/dist") and icon as the window icon (PNG bytes), and returns when the window closes. The file is
// opened before the window shows, so a bad file gives an error here. A second launch of the program focuses
// this window and opens the file it was given here.
func Run(path string, assets embed.FS, icon []byte) error {
	sess := &session{log: slog.New(slog.NewTextHandler(os.Stderr, nil))}
	if err := sess.switchTo(path); err != nil {
		return err
	}
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
	geo := prefs.Load().Window
	width, height := 1280, 820
	if geo != nil && geo.Width >= 900 && geo.Height >= 600 {
		width, height = geo.Width, geo.Height
	}
	stop := make(chan struct{})
	defer close(stop)
	return wails.Run(&options.App{
		Title:     "Dossier French Tech",
		Width:     width,
		Height:    height,
		MinWidth:  900,
		MinHeight: 600,
		AssetServer: &assetserver.Options{
			Assets: dist,
		},
		OnStartup: func(c context.Context) {
			sess.mu.Lock()
			sess.ctx = c
			sess.mu.Unlock()
			go func() { // daily backup while the window stays open
				t := time.NewTicker(time.Hour)
				defer t.Stop()
				for {
					select {
					case <-stop:
						return
					case <-t.C:
						sess.backup()
					}
				}
			}()
		},
		OnDomReady: func(c context.Context) {
			if geo != nil {
				if geo.Maximised {
					wruntime.WindowMaximise(c)
				} else if geo.X >= 0 && geo.Y >= 0 {
					wruntime.WindowSetPosition(c, geo.X, geo.Y)
				}
			}
		},
		OnBeforeClose: func(c context.Context) bool {
			w, h := wruntime.WindowGetSize(c)
			x, y := wruntime.WindowGetPosition(c)
			_ = prefs.SaveWindow(prefs.Window{Width: w, Height: h, X: x, Y: y, Maximised: wruntime.WindowIsMaximised(c)})
			return false
		},
		SingleInstanceLock: &options.SingleInstanceLock{
			UniqueId: UniqueID,
			OnSecondInstanceLaunch: func(data options.SecondInstanceData) {
				sess.mu.Lock()
				c := sess.ctx
				sess.mu.Unlock()
				if c != nil {
					wruntime.WindowUnminimise(c)
					wruntime.WindowShow(c)
				}
				if p := fileArg(data.Args); p != "" {
					if err := sess.switchTo(p); err != nil {
						sess.log.Warn("ouverture depuis un second lancement impossible", "fichier", p, "err", err)
						if c != nil {
							wruntime.EventsEmit(c, "dossier:error", err.Error())
						}
					}
				}
			},
		},
		Bind:           []any{&Dossier{s: sess}, &Edit{s: sess}, &Export{s: sess}, &Imports{s: sess}, &Session{s: sess}},
		EnumBind:       []any{AllErrorCodes},
		ErrorFormatter: formatError(sess.log),
		Linux: &linux.Options{
			ProgramName:      "dossierft",
			Icon:             icon,
			WebviewGpuPolicy: linux.WebviewGpuPolicyNever,
		},
		DragAndDrop: &options.DragAndDrop{EnableFileDrop: true, DisableWebViewDrop: true},
	})
}

// fileArg finds the dossier file named in a second launch's arguments: "open FILE" or a lone FILE.
func fileArg(args []string) string {
	switch {
	case len(args) >= 2 && args[0] == "open":
		return args[1]
	case len(args) == 1 && filepath.Ext(args[0]) == store.Extension:
		return args[0]
	}
	return ""
}
