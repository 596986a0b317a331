package store

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// WithExtension returns path with the .dossier extension added when it has none (case-insensitive), as a
// save dialog that does not add it needs.
func WithExtension(path string) string {
	if strings.EqualFold(filepath.Ext(path), Extension) {
		return path
	}
	return path + Extension
}

// SaveAs writes a consistent copy of the dossier (VACUUM INTO, which reads one snapshot, WAL included) to
// path, which must not exist (ErrExists). The copy is written under a temporary name in the target folder
// and linked into place only when complete. It works even when the open file was deleted or made
// read-only meanwhile, which is what "Enregistrer sous" is for. The store stays on its own file: to
// continue on the copy, Close and Open it.
func (s *Store) SaveAs(ctx context.Context, path string) error {
	if err := s.alive(); err != nil {
		return err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return newErr(ErrIO, path, err, "Chemin de fichier invalide « %s » : %v", path, err)
	}
	if err := checkTarget(abs, "La copie n'a pas été écrite."); err != nil {
		return err
	}
	tmp, err := tempName(abs)
	if err != nil {
		return classify(err, abs, "l'écriture de la copie")
	}
	defer removeDB(tmp)
	if err := s.vacuumInto(ctx, tmp); err != nil {
		var e *Error
		if errors.As(err, &e) {
			// Name the target, not the temporary file, in the message.
			return classify(e.Err, abs, "l'écriture de la copie")
		}
		return err
	}
	return linkNoClobber(tmp, abs)
}

// BackupKeep is how many daily backups of one dossier Backup keeps in its folder.
const BackupKeep = 7

// Backup writes today's backup copy of the dossier into dir (created if missing), named
// "<name>.sauvegarde-AAAA-MM-JJ.dossier" (local date), unless it already exists; then it removes the
// oldest backups of this dossier beyond BackupKeep. It returns the backup's path and whether it was
// written now. Call it at opening and, say, hourly: it writes at most one copy a day.
func (s *Store) Backup(ctx context.Context, dir string) (string, bool, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", false, classify(err, dir, "la sauvegarde du dossier")
	}
	stem := strings.TrimSuffix(filepath.Base(s.path), Extension) + ".sauvegarde-"
	name := filepath.Join(dir, stem+time.Now().Format("2006-01-02")+Extension)
	if _, err := os.Lstat(name); err == nil {
		return name, false, nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", false, classify(err, name, "la sauvegarde du dossier")
	}
	if err := s.SaveAs(ctx, name); err != nil {
		return "", false, err
	}
	old, _ := filepath.Glob(filepath.Join(dir, globEscape(stem)+"????-??-??"+Extension))
	sort.Strings(old)
	for len(old) > BackupKeep {
		os.Remove(old[0])
		old = old[1:]
	}
	return name, true, nil
}

// globEscape escapes the filepath.Match metacharacters of s.
func globEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`)
	if filepath.Separator == '\\' {
		r = strings.NewReplacer(`*`, `[*]`, `?`, `[?]`, `[`, `[[]`)
	}
	return r.Replace(s)
}

// ReadOnly reports whether the dossier file is marked read-only (no owner write permission, which is how
// Windows' "lecture seule" attribute shows in Go); edits are then refused with ErrReadOnly.
// It is also true when the file had to be opened read-only because its folder is read-only.
func (s *Store) ReadOnly() bool {
	if s.readOnlyDir {
		return true
	}
	info, err := os.Stat(s.path)
	return err == nil && info.Mode().Perm()&0o200 == 0
}
