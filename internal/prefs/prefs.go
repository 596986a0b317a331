// Package prefs keeps the desktop preferences of the user in the application's data directory: the recent
// dossiers (most recent first) and the window's size and position. Files are small JSON documents written
// atomically; a missing or damaged file reads as empty preferences, never as an error that blocks start-up.
package prefs

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// DataDirEnv overrides the data directory (tests, portable installs).
const DataDirEnv = "DOSSIERFT_DATA_DIR"

// DataDir returns the user's data directory for the application (not a cache directory): $DOSSIERFT_DATA_DIR,
// else $XDG_DATA_HOME/dossier-french-tech or ~/.local/share/dossier-french-tech on Linux,
// %APPDATA%\Dossier French Tech on Windows, ~/Library/Application Support/Dossier French Tech on macOS.
// The error is French.
func DataDir() (string, error) {
	if d := os.Getenv(DataDirEnv); d != "" {
		return d, nil
	}
	switch runtime.GOOS {
	case "windows", "darwin":
		d, err := os.UserConfigDir() // %APPDATA% / ~/Library/Application Support
		if err != nil {
			return "", fmt.Errorf("dossier de données introuvable : %v", err)
		}
		return filepath.Join(d, "Dossier French Tech"), nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "dossier-french-tech"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("dossier personnel introuvable : %v", err)
	}
	return filepath.Join(home, ".local", "share", "dossier-french-tech"), nil
}

// MaxRecent is how many recent dossiers are remembered.
const MaxRecent = 10

// Window is the saved geometry of the main window, in screen pixels.
type Window struct {
	Width     int  `json:"width"`
	Height    int  `json:"height"`
	X         int  `json:"x"`
	Y         int  `json:"y"`
	Maximised bool `json:"maximised"`
}

// Prefs is the whole preferences document.
type Prefs struct {
	Recent []string `json:"recent"` // absolute paths, most recent first
	Window *Window  `json:"window,omitempty"`
}

const fileName = "preferences.json"

// Load reads the preferences; missing or unreadable preferences give an empty Prefs.
func Load() Prefs {
	var p Prefs
	dir, err := DataDir()
	if err != nil {
		return p
	}
	b, err := os.ReadFile(filepath.Join(dir, fileName))
	if err != nil {
		return p
	}
	if json.Unmarshal(b, &p) != nil {
		return Prefs{}
	}
	return p
}

// Save writes the preferences atomically (temporary file, then rename). The error is French.
func Save(p Prefs) error {
	dir, err := DataDir()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("préférences : impossible de créer « %s » : %v", dir, err)
	}
	b, _ := json.MarshalIndent(p, "", "  ")
	tmp := filepath.Join(dir, fileName+".tmp")
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return fmt.Errorf("préférences : écriture impossible : %v", err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, fileName)); err != nil {
		return fmt.Errorf("préférences : écriture impossible : %v", err)
	}
	return nil
}

// Touch puts path first in the recent dossiers (absolute, without duplicates, at most MaxRecent) and saves.
func Touch(path string) error {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	p := Load()
	out := []string{path}
	for _, r := range p.Recent {
		if r != path && len(out) < MaxRecent {
			out = append(out, r)
		}
	}
	p.Recent = out
	return Save(p)
}

// Recent returns the recent dossiers that still exist, most recent first.
func Recent() []string {
	out := []string{}
	for _, r := range Load().Recent {
		if st, err := os.Stat(r); err == nil && st.Mode().IsRegular() {
			out = append(out, r)
		}
	}
	return out
}

// SaveWindow records the window geometry, keeping the rest of the preferences.
func SaveWindow(w Window) error {
	p := Load()
	p.Window = &w
	return Save(p)
}
