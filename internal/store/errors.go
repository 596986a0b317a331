package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"syscall"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Sentinel errors. Every error returned by this package that the user can cause or meet wraps one of them
// (test with errors.Is) inside an *Error whose Error() text is the complete French message to show.
var (
	// ErrFileNotFound: the dossier file does not exist.
	ErrFileNotFound = errors.New("fichier introuvable")
	// ErrNotAFile: the path is a directory or another non-regular file.
	ErrNotAFile = errors.New("ce n'est pas un fichier")
	// ErrEmptyFile: the file is 0 bytes long.
	ErrEmptyFile = errors.New("fichier vide")
	// ErrNotDossier: the file is not an SQLite database at all (wrong 16-byte header).
	ErrNotDossier = errors.New("ce n'est pas un dossier French Tech")
	// ErrForeignDatabase: an SQLite database of another application (application_id differs).
	ErrForeignDatabase = errors.New("base SQLite d'une autre application")
	// ErrNewerSchema: a dossier written by a newer version of the application (user_version too high).
	ErrNewerSchema = errors.New("dossier d'une version plus récente")
	// ErrCorrupt: the file fails PRAGMA quick_check or SQLite reports it damaged.
	ErrCorrupt = errors.New("fichier endommagé")
	// ErrExists: the target of Create or SaveAs already exists.
	ErrExists = errors.New("le fichier existe déjà")
	// ErrReadOnly: the file (or its folder) cannot be written.
	ErrReadOnly = errors.New("fichier en lecture seule")
	// ErrDiskFull: the disk (or the database size limit) is full.
	ErrDiskFull = errors.New("disque plein")
	// ErrFileGone: the dossier file was deleted, moved or replaced while open.
	ErrFileGone = errors.New("fichier supprimé ou déplacé")
	// ErrBusy: another program holds the file locked longer than the busy timeout (5 s).
	ErrBusy = errors.New("fichier occupé")
	// ErrIO: another input/output error of the operating system.
	ErrIO = errors.New("erreur d'entrée-sortie")
	// ErrNotFound: a row (partner, actor…) with this ID does not exist.
	ErrNotFound = errors.New("élément introuvable")
	// ErrInvalid: the data breaks a storage rule (a reference to a missing row, a duplicate ID…).
	ErrInvalid = errors.New("donnée invalide")
	// ErrNothingToUndo: Undo with no undoable change left.
	ErrNothingToUndo = errors.New("rien à annuler")
	// ErrNothingToRedo: Redo with no undone change to redo.
	ErrNothingToRedo = errors.New("rien à rétablir")
	// ErrClosed: the store was closed.
	ErrClosed = errors.New("dossier fermé")
)

// Error is the error type of this package: Msg is the complete French message for the user (it names the file
// or the row concerned), Kind the sentinel above, Err the underlying cause (SQLite or OS error), if any.
type Error struct {
	Kind error  // one of the Err… sentinels
	Path string // the dossier file concerned, when there is one
	Msg  string // complete French message
	Err  error  // underlying cause, may be nil
}

// Error returns the French message.
func (e *Error) Error() string { return e.Msg }

// Unwrap returns the sentinel and the cause, so errors.Is works with both.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

func newErr(kind error, path string, cause error, format string, args ...any) *Error {
	return &Error{Kind: kind, Path: path, Msg: fmt.Sprintf(format, args...), Err: cause}
}

func invalid(format string, args ...any) *Error {
	return newErr(ErrInvalid, "", nil, format, args...)
}

// sqliteCode returns the extended SQLite result code carried by err, or 0.
func sqliteCode(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code()
	}
	return 0
}

// classify turns a low-level error met while using the file at path into an *Error with a French message.
// doing says what was being done, e.g. "l'enregistrement".
// Errors that are already *Error, and context cancellation, are returned unchanged.
func classify(err error, path, doing string) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	code := sqliteCode(err)
	switch {
	case code == sqlite3.SQLITE_READONLY_DBMOVED:
		return newErr(ErrFileGone, path, err, "Le fichier « %s » a été supprimé, renommé ou déplacé pendant qu'il était ouvert : %s n'a pas eu lieu. Utilisez « Enregistrer sous » pour sauver le dossier ailleurs.", path, doing)
	case code&0xff == sqlite3.SQLITE_READONLY:
		return newErr(ErrReadOnly, path, err, "Le fichier « %s » est en lecture seule : %s n'a pas eu lieu. Utilisez « Enregistrer sous » pour sauver le dossier ailleurs.", path, doing)
	case code&0xff == sqlite3.SQLITE_FULL || errors.Is(err, syscall.ENOSPC):
		return newErr(ErrDiskFull, path, err, "Le disque est plein : %s du fichier « %s » n'a pas eu lieu. Libérez de la place ou utilisez « Enregistrer sous » sur un autre disque.", doing, path)
	case code&0xff == sqlite3.SQLITE_BUSY || code&0xff == sqlite3.SQLITE_LOCKED:
		return newErr(ErrBusy, path, err, "Le fichier « %s » est occupé par un autre programme depuis plus de 5 secondes : %s n'a pas eu lieu. Réessayez.", path, doing)
	case code&0xff == sqlite3.SQLITE_CORRUPT || code&0xff == sqlite3.SQLITE_NOTADB:
		return newErr(ErrCorrupt, path, err, "Le fichier « %s » est endommagé (%v) : %s n'a pas eu lieu.", path, err, doing)
	case code&0xff == sqlite3.SQLITE_CANTOPEN:
		return newErr(ErrFileGone, path, err, "Le fichier « %s » ne peut plus être ouvert (supprimé, déplacé ou dossier inaccessible) : %s n'a pas eu lieu.", path, doing)
	case code&0xff == sqlite3.SQLITE_CONSTRAINT:
		return newErr(ErrInvalid, path, err, "Le dossier « %s » refuse cette donnée (contrainte de cohérence : %v) : %s n'a pas eu lieu.", path, err, doing)
	case code&0xff == sqlite3.SQLITE_IOERR:
		return newErr(ErrIO, path, err, "Erreur d'écriture ou de lecture sur le fichier « %s » (%v) : %s n'a pas eu lieu.", path, err, doing)
	case errors.Is(err, fs.ErrPermission):
		return newErr(ErrReadOnly, path, err, "Accès refusé au fichier « %s » : %s n'a pas eu lieu.", path, doing)
	case errors.Is(err, fs.ErrNotExist):
		return newErr(ErrFileGone, path, err, "Le fichier « %s » n'existe plus : %s n'a pas eu lieu.", path, doing)
	}
	return newErr(ErrIO, path, err, "Erreur inattendue sur le fichier « %s » pendant %s : %v", path, doing, err)
}
