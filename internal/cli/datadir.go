package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"dossierft/internal/fr"
	"dossierft/internal/prefs"
	"dossierft/internal/sample"
)

// SampleFileName is the name of the copy of the LORnTECH sample made on first start.
const SampleFileName = "LORnTECH.dossier"

// DefaultDossier returns the dossier to open when none is named: the last one opened if it still exists
// (prefs.Recent), else a copy of the LORnTECH sample in the data directory,
// created on first start.
func DefaultDossier(ctx context.Context) (string, error) {
	dir, err := prefs.DataDir()
	if err != nil {
		return "", err
	}
	if recent := prefs.Recent(); len(recent) > 0 {
		return recent[0], nil
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
