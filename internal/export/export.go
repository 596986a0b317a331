// Package export writes a dossier's documents into a folder: the dossier PDF, the financing workbook, the
// actors workbook (and, with options, the partners' review PDFs and CSV files). Every file is written to a
// temporary name in the target folder and renamed when complete, so no reader ever sees half a file and a
// failed export leaves no partial file behind.
package export

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"strings"
	"syscall"
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
// and with the options the partners' review PDFs and the CSV files. It is all or nothing: every file is
// written in a staging folder first and moved into place only when all are complete; review PDFs of partners
// that no longer exist are removed from dir/partenaires. Errors are French and name the file.
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
	// Refuse before writing anything when a target name is taken by a folder.
	for _, st := range steps {
		if info, err := os.Stat(filepath.Join(abs, st.name)); err == nil && info.IsDir() {
			return res, fmt.Errorf("%w : « %s » est un dossier : impossible d'y écrire le fichier du même nom (rien n'a été écrit)", ErrFolder, filepath.Join(abs, st.name))
		}
	}
	// Every file is first written into a staging folder inside dir; only when all are complete are they moved
	// into place, so a failed export (disk full, encoder error) leaves nothing new behind.
	stage, err := os.MkdirTemp(abs, ".export-en-cours-")
	if err != nil {
		return res, fmt.Errorf("%w : impossible d'écrire dans « %s » (%s)", ErrFolder, abs, unwrapPath(err))
	}
	defer os.RemoveAll(stage)
	var warnings []string
	for _, st := range steps {
		path := filepath.Join(stage, st.name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return res, fmt.Errorf("%w : impossible de créer le dossier « %s » (%s)", ErrFolder, filepath.Dir(filepath.Join(abs, st.name)), unwrapPath(err))
		}
		var warns []string
		err := WriteFile(path, func(w io.Writer) error {
			var err error
			warns, err = st.write(w)
			return err
		})
		if err != nil {
			return res, fmt.Errorf("%v ; rien n'a été écrit dans « %s »", err, abs)
		}
		warnings = append(warnings, warns...)
	}
	for _, st := range steps {
		target := filepath.Join(abs, st.name)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return res, fmt.Errorf("%w : impossible de créer le dossier « %s » (%s)", ErrFolder, filepath.Dir(target), unwrapPath(err))
		}
		if err := os.Rename(filepath.Join(stage, st.name), target); err != nil {
			return res, fmt.Errorf("« %s » : impossible de remplacer le fichier (%s)", target, unwrapPath(err))
		}
		res.Files = append(res.Files, target)
	}
	res.Warnings = warnings
	if opt.Partners {
		removeStalePartnerPDFs(filepath.Join(abs, PartnersDir), res.Files)
	}
	return res, nil
}

// removeStalePartnerPDFs deletes the review PDFs ("relecture-*.pdf") in dir that this export did not write:
// those of partners renamed or removed since an earlier export into the same folder. Other files are kept.
func removeStalePartnerPDFs(dir string, written []string) {
	keep := map[string]bool{}
	for _, f := range written {
		keep[f] = true
	}
	old, _ := filepath.Glob(filepath.Join(dir, "relecture-*.pdf"))
	for _, f := range old {
		if !keep[f] {
			os.Remove(f)
		}
	}
}

// reason gives the French reason of an encoder or file error: disk full, permission… or the error's own text.
func reason(err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC) || strings.Contains(err.Error(), "no space left on device"):
		return "disque plein"
	case errors.Is(err, fs.ErrPermission) || strings.Contains(err.Error(), "permission denied"):
		return "permission refusée"
	case errors.Is(err, syscall.EROFS) || strings.Contains(err.Error(), "read-only file system"):
		return "système de fichiers en lecture seule"
	}
	return err.Error()
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
		return fmt.Errorf("« %s » : %s", filepath.Base(path), reason(err))
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
