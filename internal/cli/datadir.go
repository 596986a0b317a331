package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"dossierft/internal/fr"
	"dossierft/internal/sample"
)

// DataDirEnv overrides the data directory (tests, portable installs).
const DataDirEnv = "DOSSIERFT_DATA_DIR"

// DataDir returns the user's data directory for the application (not a cache directory): $DOSSIERFT_DATA_DIR,
// else $XDG_DATA_HOME/dossier-french-tech or ~/.local/share/dossier-french-tech on Linux,
// %APPDATA%\Dossier French Tech on Windows, ~/Library/Application Support/Dossier French Tech on macOS.
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

// SampleFileName is the name of the copy of the LORnTECH sample made on first start.
const SampleFileName = "LORnTECH.dossier"

// DefaultDossier returns the dossier to open when none is named: the last one opened if it still exists
// (recorded in DataDir()/dernier-dossier.txt), else a copy of the LORnTECH sample in the data directory,
// created on first start.
func DefaultDossier(ctx context.Context) (string, error) {
	dir, err := DataDir()
	if err != nil {
		return "", err
	}
	if b, err := os.ReadFile(filepath.Join(dir, lastFile)); err == nil {
		if p := string(b); p != "" {
			if _, err := os.Stat(p); err == nil {
				return p, nil
			}
		}
	}
	path := filepath.Join(dir, SampleFileName)
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("impossible de créer le dossier de données « %s » : %s", dir, fr.SysReason(err))
	}
	if err := Create(ctx, path, sample.LORnTECH()); err != nil {
		return "", err
	}
	return path, nil
}

const lastFile = "dernier-dossier.txt"

// RememberLast records path as the dossier to reopen next time; errors are ignored (it is a convenience).
func RememberLast(path string) {
	dir, err := DataDir()
	if err != nil {
		return
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	_ = os.MkdirAll(dir, 0o755)
	_ = os.WriteFile(filepath.Join(dir, lastFile), []byte(path), 0o644)
}
