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
}

// UIError is what a bound method's error becomes in the window: {code, message, field}. Message is French.
type UIError struct {
	Code    ErrorCode `json:"code"`
	Message string    `json:"message"`
	Field   string    `json:"field"`
}

// FieldError is a refused value tied to a field ("partner:12.siret"); Message is French.
type FieldError struct {
	Field   string
	Message string
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
			return UIError{CodeInvalid, fe.Message, fe.Field}
		case errors.Is(err, errCancelled):
			return UIError{CodeCancelled, err.Error(), ""}
		case errors.Is(err, ErrNoDossier):
			return UIError{CodeNoDossier, err.Error(), ""}
		case errors.Is(err, export.ErrFolder):
			return UIError{CodeExport, err.Error(), ""}
		case errors.Is(err, store.ErrNotFound):
			return UIError{CodeNotFound, err.Error(), ""}
		case errors.Is(err, store.ErrNotDossier):
			return UIError{CodeNotDossier, err.Error(), ""}
		}
		var ue UIError
		if errors.As(err, &ue) {
			return ue
		}
		log.Error("erreur interne", "err", err)
		return UIError{CodeInternal, "Erreur interne : " + err.Error(), ""}
	}
}

// Error makes UIError an error, so services can return one directly.
func (e UIError) Error() string { return e.Message }
