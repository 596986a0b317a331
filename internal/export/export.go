// Package export writes a dossier's documents into a folder: the dossier PDF, the financing workbook, the
// actors workbook (and, with options, the partners' review PDFs and CSV files). Every file is written to a
// temporary name in the target folder and renamed when complete, so no reader ever sees half a file and a
// failed export leaves no partial file behind.
package export

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"dossierft/internal/dossier"
	"dossierft/internal/fr"
	"dossierft/internal/report/csv"
	"dossierft/internal/report/pdf"
	"dossierft/internal/report/xlsx"
)

// File names of the documents written by All, in French as the coordinator sees them.
const (
	DossierPDFName   = "dossier-candidature.pdf"
	FinancingXLSName = "plan-de-financement.xlsx"
	ActorsXLSName    = "annuaire-acteurs.xlsx"
)

// Options tune an export. Now fixes the dates written in the documents (zero = time.Now()).
// Partners adds one review PDF per partner in DIR/partenaires/; CSV adds the budget lines, contributions,
// resources and actors as CSV files for French Excel in DIR/csv/.
type Options struct {
	Now      time.Time
	Partners bool
	CSV      bool
}

// Result lists what an export wrote: absolute paths in the order written, and French warnings from the
// encoders (missing glyph, unreadable logo…).
type Result struct {
	Dir      string   `json:"dir"`
	Files    []string `json:"files"`
	Warnings []string `json:"warnings"`
}

// ErrFolder is wrapped by errors about the target folder (cannot be created or written).
var ErrFolder = errors.New("dossier d'export inutilisable")

// All writes the dossier PDF, the financing workbook and the actors workbook of d into dir (created if missing),
// and with the options the partners' review PDFs and the CSV files.
// Errors are French and name the file; a failed file leaves nothing behind (files written before it stay).
func All(d *dossier.Dossier, dir string, opt Options) (Result, error) {
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return Result{}, fmt.Errorf("%w : %s : %v", ErrFolder, dir, err)
	}
	res := Result{Dir: abs}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return res, fmt.Errorf("%w : impossible de créer le dossier « %s » (%s)", ErrFolder, abs, unwrapPath(err))
	}
	type step struct {
		name  string
		write func(io.Writer) ([]string, error)
	}
	steps := []step{
		{DossierPDFName, func(w io.Writer) ([]string, error) {
			return pdf.Dossier(w, d, pdf.Options{Now: opt.Now})
		}},
		{FinancingXLSName, func(w io.Writer) ([]string, error) {
			return nil, xlsx.Financing(w, d, xlsx.Options{Now: opt.Now})
		}},
		{ActorsXLSName, func(w io.Writer) ([]string, error) {
			return nil, xlsx.Actors(w, d, xlsx.Options{Now: opt.Now})
		}},
	}
	if opt.Partners {
		for _, p := range d.Partners {
			id := p.ID
			steps = append(steps, step{filepath.Join(PartnersDir, PartnerFileName(p)), func(w io.Writer) ([]string, error) {
				return pdf.Partner(w, d, id, pdf.Options{Now: opt.Now})
			}})
		}
	}
	if opt.CSV {
		for _, c := range []struct {
			name  string
			write func(io.Writer, *dossier.Dossier) error
		}{
			{"charges.csv", csv.Charges}, {"contributions.csv", csv.Contributions},
			{"autres-produits.csv", csv.Resources}, {"acteurs.csv", csv.Actors},
		} {
			write := c.write
			steps = append(steps, step{filepath.Join(CSVDir, c.name), func(w io.Writer) ([]string, error) {
				return nil, write(w, d)
			}})
		}
	}
	for _, s := range steps {
		path := filepath.Join(abs, s.name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return res, fmt.Errorf("%w : impossible de créer le dossier « %s » (%s)", ErrFolder, filepath.Dir(path), unwrapPath(err))
		}
		var warns []string
		err := WriteFile(path, func(w io.Writer) error {
			var err error
			warns, err = s.write(w)
			return err
		})
		if err != nil {
			return res, err
		}
		res.Files = append(res.Files, path)
		res.Warnings = append(res.Warnings, warns...)
	}
	return res, nil
}

// WriteFile writes path atomically: fill writes into a temporary file in the same folder, which is synced,
// closed and renamed over path only when fill succeeds. On any error the temporary file is removed and path is
// untouched. Errors are French and name the file.
func WriteFile(path string, fill func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("%w : impossible d'écrire dans « %s » (%s)", ErrFolder, dir, unwrapPath(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = fill(tmp); err != nil {
		return fmt.Errorf("« %s » : %w", filepath.Base(path), err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("« %s » : écriture impossible (%s)", path, unwrapPath(err))
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("« %s » : écriture impossible (%s)", path, unwrapPath(err))
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("« %s » : %v", path, unwrapPath(err))
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("« %s » : impossible de remplacer le fichier (%s)", path, unwrapPath(err))
	}
	return nil
}

// PartnerTo writes the review PDF of one partner to path (atomically) and returns it with the warnings.
func PartnerTo(d *dossier.Dossier, partnerID int64, path string, opt Options) (Result, error) {
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return Result{}, fmt.Errorf("%w : %s : %v", ErrFolder, path, err)
	}
	res := Result{Dir: filepath.Dir(abs)}
	err = WriteFile(abs, func(w io.Writer) error {
		var err error
		res.Warnings, err = pdf.Partner(w, d, partnerID, pdf.Options{Now: opt.Now})
		return err
	})
	if err != nil {
		return res, err
	}
	res.Files = []string{abs}
	return res, nil
}

// Sub-folders of an export.
const (
	PartnersDir = "partenaires"
	CSVDir      = "csv"
)

// PartnerFileName returns the file name of a partner's review PDF: "relecture-<id>-<name as a slug>.pdf"
// (ASCII letters, digits and dashes; at most 60 characters of name).
func PartnerFileName(p dossier.Partner) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(strings.ToLower(p.Name)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case unicode.Is(unicode.Mn, r):
		case r == 'œ':
			b.WriteString("oe")
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
		if b.Len() >= 60 {
			break
		}
	}
	slug := strings.Trim(b.String(), "-")
	if slug == "" {
		slug = "partenaire"
	}
	return fmt.Sprintf("relecture-%d-%s.pdf", p.ID, slug)
}

// unwrapPath gives the French reason of an operating-system error.
func unwrapPath(err error) string { return fr.SysReason(err) }
