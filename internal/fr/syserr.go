package fr

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// SysReason turns an operating-system error into a short French reason ("permission refusée", "disque plein"…),
// dropping the *PathError decoration; unknown errors keep their own text.
func SysReason(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, fs.ErrNotExist):
		return "fichier ou dossier introuvable"
	case errors.Is(err, fs.ErrPermission):
		return "permission refusée"
	case errors.Is(err, fs.ErrExist):
		return "le fichier existe déjà"
	case errors.Is(err, syscall.ENOSPC):
		return "disque plein"
	case errors.Is(err, syscall.EROFS):
		return "système de fichiers en lecture seule"
	case errors.Is(err, syscall.ENOTDIR):
		return "un élément du chemin n'est pas un dossier"
	case errors.Is(err, syscall.EISDIR):
		return "c'est un dossier, pas un fichier"
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
