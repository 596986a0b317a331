package app

import (
	"errors"
	"log/slog"

	"dossierft/internal/export"
	"dossierft/internal/store"
)

// ErrorCode is the kind of an error shown in the window; bound to TypeScript as an enum.
type ErrorCode string

// Error codes sent to the frontend.
const (
	CodeInternal   ErrorCode = "internal"    // unexpected; details in the log
	CodeNoDossier  ErrorCode = "no_dossier"  // no dossier open
	CodeNotDossier ErrorCode = "not_dossier" // the file is not a dossier
	CodeNotFound   ErrorCode = "not_found"   // file or row not found
	CodeInvalid    ErrorCode = "invalid"     // a value was refused; Field says which
	CodeExport     ErrorCode = "export"      // the export could not be written
	CodeCancelled  ErrorCode = "cancelled"   // the user closed a dialog
	CodeStorage    ErrorCode = "storage"     // the dossier file cannot be written (read-only, disk full, deleted): offer "enregistrer sous"
)

// AllErrorCodes lists the error codes with their TypeScript names, for Wails' EnumBind.
var AllErrorCodes = []struct {
	Value  ErrorCode
	TSName string
}{
	{CodeInternal, "Internal"},
	{CodeNoDossier, "NoDossier"},
	{CodeNotDossier, "NotDossier"},
	{CodeNotFound, "NotFound"},
	{CodeInvalid, "Invalid"},
	{CodeExport, "Export"},
	{CodeCancelled, "Cancelled"},
	{CodeStorage, "Storage"},
}

// UIError is what a bound method's error becomes in the window: {code, message, field, details}. Message is
// French; Field and Details name the refused fields (code "invalid").
type UIError struct {
	Code    ErrorCode      `json:"code"`
	Message string         `json:"message"`
	Field   string         `json:"field"`
	Details []FieldMessage `json:"details,omitempty"`
}

// FieldError is a refused value: Field is the first refused field's JSON name ("siret"), Message all the
// French messages (one a line), Details each field with its message.
type FieldError struct {
	Field   string
	Message string
	Details []FieldMessage
}

// Error returns the French message.
func (e *FieldError) Error() string { return e.Message }

// errCancelled is returned when the user closes a dialog without choosing.
var errCancelled = errors.New("action annulée")

// formatError turns any error returned by a bound method into a UIError. Known errors keep their French
// message; anything else is logged and shown as an internal error.
func formatError(log *slog.Logger) func(error) any {
	return func(err error) any {
		var fe *FieldError
		switch {
		case errors.As(err, &fe):
			return UIError{CodeInvalid, fe.Message, fe.Field, fe.Details}
		case errors.Is(err, errCancelled):
			return UIError{Code: CodeCancelled, Message: err.Error()}
		case errors.Is(err, ErrNoDossier):
			return UIError{Code: CodeNoDossier, Message: err.Error()}
		case errors.Is(err, export.ErrFolder):
			return UIError{Code: CodeExport, Message: err.Error()}
		case errors.Is(err, store.ErrNotFound):
			return UIError{Code: CodeNotFound, Message: err.Error()}
		case errors.Is(err, store.ErrNotDossier), errors.Is(err, store.ErrForeignDatabase),
			errors.Is(err, store.ErrEmptyFile), errors.Is(err, store.ErrNewerSchema), errors.Is(err, store.ErrCorrupt):
			return UIError{Code: CodeNotDossier, Message: err.Error()}
		case errors.Is(err, store.ErrReadOnly), errors.Is(err, store.ErrDiskFull), errors.Is(err, store.ErrFileGone),
			errors.Is(err, store.ErrBusy), errors.Is(err, store.ErrIO):
			return UIError{Code: CodeStorage, Message: err.Error()}
		case errors.Is(err, store.ErrInvalid), errors.Is(err, store.ErrNothingToUndo), errors.Is(err, store.ErrNothingToRedo),
			errors.Is(err, store.ErrExists), errors.Is(err, store.ErrFileNotFound), errors.Is(err, store.ErrNotAFile):
			return UIError{Code: CodeInvalid, Message: err.Error()}
		}
		var ue UIError
		if errors.As(err, &ue) {
			return ue
		}
		log.Error("erreur interne", "err", err)
		return UIError{Code: CodeInternal, Message: "Erreur interne : " + err.Error()}
	}
}

// Error makes UIError an error, so services can return one directly.
func (e UIError) Error() string { return e.Message }
