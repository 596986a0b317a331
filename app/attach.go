package app

import (
	"bytes"
	"context"
	"fmt"
	"image"
	_ "image/jpeg" // logos: JPEG
	_ "image/png"  // logos: PNG
	"io"
	"os"
	"path/filepath"
	"time"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"dossierft/internal/dossier"
	"dossierft/internal/fr"
	"dossierft/internal/store"
)

// MaxAttachmentBytes is the largest file stored in a dossier (20 MiB): a scanned letter of a few pages.
const MaxAttachmentBytes = 20 << 20

// readAttachment reads and checks a file for a partner attachment of the given kind ("lettre": a PDF; "logo":
// a PNG or JPEG image; "annexe": any file). Errors are French and name the file.
func readAttachment(path, kind string) (dossier.Attachment, error) {
	name := filepath.Base(path)
	bad := func(format string, args ...any) error {
		msg := fmt.Sprintf("« %s » : ", name) + fmt.Sprintf(format, args...)
		return &FieldError{Field: kind, Message: msg, Details: []FieldMessage{{kind, msg}}}
	}
	if !dossier.Has(dossier.AttachmentKinds, kind) {
		return dossier.Attachment{}, bad("type de pièce jointe « %s » inconnu", kind)
	}
	f, err := os.Open(path)
	if err != nil {
		return dossier.Attachment{}, bad("%s", fr.SysReason(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxAttachmentBytes+1))
	if err != nil {
		return dossier.Attachment{}, bad("lecture impossible (%s)", fr.SysReason(err))
	}
	if len(data) > MaxAttachmentBytes {
		return dossier.Attachment{}, bad("fichier de plus de 20 Mio : réduisez-le (PDF compressé, image plus petite)")
	}
	if len(data) == 0 {
		return dossier.Attachment{}, bad("fichier vide")
	}
	mime := ""
	switch kind {
	case "lettre":
		if !bytes.HasPrefix(data, []byte("%PDF-")) {
			return dossier.Attachment{}, bad("une lettre de soutien doit être un PDF")
		}
		mime = "application/pdf"
	case "logo":
		_, format, err := image.DecodeConfig(bytes.NewReader(data))
		if err != nil || (format != "png" && format != "jpeg") {
			return dossier.Attachment{}, bad("un logo doit être une image PNG ou JPEG lisible")
		}
		mime = "image/" + format
	default:
		mime = detectMIME(data)
	}
	return dossier.Attachment{Name: name, Kind: kind, MIME: mime, Data: data,
		Created: time.Now().UTC().Format(time.RFC3339)}, nil
}

// detectMIME names the type of an annex from its first bytes.
func detectMIME(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return "application/pdf"
	case bytes.HasPrefix(data, []byte("\x89PNG")):
		return "image/png"
	case bytes.HasPrefix(data, []byte("\xff\xd8\xff")):
		return "image/jpeg"
	}
	return "application/octet-stream"
}

// AttachFile asks for a file with the native dialog (a PDF for "lettre", a PNG/JPEG for "logo") and attaches
// it to the partner, as AttachPath does.
func (e *Edit) AttachFile(partnerID int64, kind string) (dossier.Attachment, error) {
	filters := []wruntime.FileFilter{{DisplayName: "PDF (*.pdf)", Pattern: "*.pdf"}}
	title := "Joindre la lettre de soutien"
	if kind == "logo" {
		filters = []wruntime.FileFilter{{DisplayName: "Images (*.png, *.jpg)", Pattern: "*.png;*.jpg;*.jpeg"}}
		title = "Joindre le logo"
	} else if kind == "annexe" {
		filters = []wruntime.FileFilter{{DisplayName: "Tous les fichiers", Pattern: "*"}}
		title = "Joindre une annexe"
	}
	p, err := wruntime.OpenFileDialog(e.s.ctxOrNil(), wruntime.OpenDialogOptions{Title: title, Filters: filters})
	if err != nil {
		return dossier.Attachment{}, err
	}
	if p == "" {
		return dossier.Attachment{}, errCancelled
	}
	return e.AttachPath(partnerID, kind, p)
}

// AttachPath stores the file at path in the dossier as the partner's letter of support ("lettre": the
// partner's letter status becomes "reçue", dated today when no date was set) or logo ("logo"), replacing the
// previous one, or as an annex of the partner ("annexe"); one undoable step. Returns the attachment without
// its bytes.
func (e *Edit) AttachPath(partnerID int64, kind, path string) (dossier.Attachment, error) {
	a, err := readAttachment(path, kind)
	if err != nil {
		return dossier.Attachment{}, err
	}
	a.PartnerID = partnerID
	var out dossier.Attachment
	err = e.change(func(ctx context.Context, st *store.Store, d *dossier.Dossier) error {
		p := d.PartnerByID(partnerID)
		if p == nil {
			return UIError{Code: CodeNotFound, Message: "Ce partenaire n'existe plus."}
		}
		summary := fmt.Sprintf("%s de « %s » jointe : %s", dossier.LabelOf(dossier.AttachmentKinds, kind), p.Name, a.Name)
		return st.Do(ctx, summary, func(tx *store.Tx) error {
			var err error
			out, err = tx.SaveAttachment(a)
			if err != nil {
				return err
			}
			old := int64(0)
			switch kind {
			case "lettre":
				old = p.LetterAttachmentID
				p.LetterAttachmentID = out.ID
				p.LetterStatus = "recue"
				if p.LetterDate == "" {
					p.LetterDate = time.Now().Format("2006-01-02")
				}
			case "logo":
				old = p.LogoAttachmentID
				p.LogoAttachmentID = out.ID
			default:
				return nil
			}
			if _, err := tx.SavePartner(*p); err != nil {
				return err
			}
			if old != 0 {
				return tx.DeleteAttachment(old)
			}
			return nil
		})
	})
	out.Data = nil
	return out, err
}

// Detach removes the partner's letter of support ("lettre"; its status goes back to "demandée" and its date is
// cleared) or logo
// ("logo") from the dossier; one undoable step.
func (e *Edit) Detach(partnerID int64, kind string) error {
	return e.change(func(ctx context.Context, st *store.Store, d *dossier.Dossier) error {
		p := d.PartnerByID(partnerID)
		if p == nil {
			return UIError{Code: CodeNotFound, Message: "Ce partenaire n'existe plus."}
		}
		id := p.LogoAttachmentID
		if kind == "lettre" {
			id = p.LetterAttachmentID
		}
		if id == 0 {
			return nil
		}
		summary := fmt.Sprintf("%s de « %s » retirée", dossier.LabelOf(dossier.AttachmentKinds, kind), p.Name)
		return st.Do(ctx, summary, func(tx *store.Tx) error {
			if kind == "lettre" {
				p.LetterAttachmentID, p.LetterStatus, p.LetterDate = 0, "demandee", ""
			} else {
				p.LogoAttachmentID = 0
			}
			if _, err := tx.SavePartner(*p); err != nil {
				return err
			}
			return tx.DeleteAttachment(id)
		})
	})
}
