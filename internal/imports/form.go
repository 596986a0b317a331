package imports

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"dossierft/internal/dossier"
	"dossierft/internal/fr"

	"github.com/xuri/excelize/v2"
)

// Contribution forms (issue 6, item 2): an XLSX workbook sent to a partner, pre-filled with the partner's
// identity and current contributions, locked except the input cells, and read back into a diff.
//
// Workbook structure (version FormVersion):
//   - sheet "Contributions": title, French instructions, the partner's identity, then the table whose header is
//     on row formHeaderRow and whose data rows run from formHeaderRow+1 to the last row recorded in the
//     identity sheet. Columns A–H: N° (contribution ID, locked), Année, Nature, Type (en nature), Action,
//     Libellé, Montant (€), Statut — B–H unlocked, with data validation. The sheet is protected (legacy
//     password formSheetPassword, meant against accidents, not as security) and the workbook structure locked.
//   - sheet "_dft" (very hidden): the dossier identifier, candidature name, partner ID, form version,
//     structure checksum, generation time, data row range, the snapshot of each pre-filled contribution
//     (ID, row, hash of its values when the form was made) and the drop-down lists. Defined names DFT_DOSSIER,
//     DFT_PARTNER, DFT_VERSION and DFT_CHECKSUM point at the identity cells.
//
// The checksum (SHA-256, 16 hex digits) covers the version, dossier ID, partner ID, sheet names, header row
// and labels, data row range, snapshot and generation time: a form whose header, rows or hidden sheet were
// altered is refused.

// FormVersion is the structure version written by WriteForm and the only one ReadForm accepts.
const FormVersion = 1

const (
	formSheet         = "Contributions"
	formMetaSheet     = "_dft"
	formHeaderRow     = 17
	formBlankRows     = 20
	formSheetPassword = "dossierft"
	formMaxBytes      = 20 << 20
	formSnapshotRow   = 12 // first snapshot row on the meta sheet
)

// formHeaders are the table's column titles, columns A to H.
var formHeaders = []string{"N°", "Année", "Nature", "Type (en nature)", "Action", "Libellé", "Montant (€)", "Statut"}

const formCols = "ABCDEFGH"

// DossierID derives a dossier identifier for WriteForm and ReadForm from a seed that the caller keeps stable
// for one dossier and distinct between dossiers (e.g. a random UUID the store writes when the dossier file is
// created): the first 16 hex digits of SHA-256("dossierft-dossier\n" + seed). A copy of the dossier file
// (Save As) keeps the seed, so forms sent from the original can be read into the copy.
func DossierID(seed string) string {
	h := sha256.Sum256([]byte("dossierft-dossier\n" + seed))
	return hex.EncodeToString(h[:8])
}

// WriteForm writes to w the contribution form of partner partnerID of dossier d, as an XLSX workbook.
// dossierID identifies the dossier (the caller derives it, e.g. a hash of the store's dossier UUID; it must
// be stable for the dossier and differ between dossiers) and is written into the form so that ReadForm can
// refuse a form from another dossier. Errors: unknown partner, no candidature years, excelize failures.
func WriteForm(w io.Writer, d *dossier.Dossier, partnerID int64, dossierID string) error {
	return writeForm(w, d, partnerID, dossierID, time.Now().UTC())
}

func writeForm(w io.Writer, d *dossier.Dossier, partnerID int64, dossierID string, now time.Time) error {
	p := d.PartnerByID(partnerID)
	if p == nil {
		return fmt.Errorf("formulaire : le partenaire n°%d n'existe pas dans le dossier", partnerID)
	}
	years := d.Candidature.Years()
	if len(years) == 0 {
		return fmt.Errorf("formulaire : les années de la candidature ne sont pas renseignées (début %d, fin %d)",
			d.Candidature.YearStart, d.Candidature.YearEnd)
	}
	if strings.TrimSpace(dossierID) == "" {
		return errors.New("formulaire : identifiant du dossier vide")
	}
	var contribs []dossier.Contribution
	for _, c := range d.Contributions {
		if c.PartnerID == partnerID {
			contribs = append(contribs, c)
		}
	}
	sort.SliceStable(contribs, func(i, j int) bool {
		if contribs[i].Year != contribs[j].Year {
			return contribs[i].Year < contribs[j].Year
		}
		return contribs[i].ID < contribs[j].ID
	})
	f := excelize.NewFile()
	defer f.Close()
	fw := &formWriter{f: f}
	fw.do(f.SetSheetName("Sheet1", formSheet))
	_, err := f.NewSheet(formMetaSheet)
	fw.do(err)

	// Styles.
	title := fw.style(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	note := fw.style(&excelize.Style{Font: &excelize.Font{Italic: true, Color: "555555"}})
	wrap := fw.style(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	label := fw.style(&excelize.Style{Font: &excelize.Font{Bold: true}})
	border := []excelize.Border{{Type: "left", Color: "999999", Style: 1}, {Type: "right", Color: "999999", Style: 1},
		{Type: "top", Color: "999999", Style: 1}, {Type: "bottom", Color: "999999", Style: 1}}
	grey := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E7E6E6"}}
	head := fw.style(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: grey, Border: border,
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}})
	locked := fw.style(&excelize.Style{Fill: grey, Border: border})
	input := fw.style(&excelize.Style{Border: border, Protection: &excelize.Protection{Locked: false}})
	numFmt := `#,##0.00\ "€"`
	money := fw.style(&excelize.Style{Border: border, CustomNumFmt: &numFmt,
		Protection: &excelize.Protection{Locked: false}})
	text := fw.style(&excelize.Style{Border: border, NumFmt: 49, Protection: &excelize.Protection{Locked: false}})

	s := formSheet
	c := d.Candidature
	fw.set(s, "A1", oneLine(fmt.Sprintf("Contributions de %s — candidature %s", p.Name, c.Name)), title)
	fw.set(s, "A2", fmt.Sprintf("Formulaire généré le %s (version %d). Ne modifiez pas la structure de cette feuille.",
		fr.Date(now.Format("2006-01-02")), FormVersion), note)
	instructions := []string{
		"Mode d'emploi",
		"1. Complétez ou corrigez le tableau ci-dessous : une ligne par contribution et par année.",
		fmt.Sprintf("2. Année : une des années de la candidature (%d à %d).", years[0], years[len(years)-1]),
		"3. Nature : « Numéraire » (versement) ou « En nature » ; pour une contribution en nature, choisissez son type (locaux, personnel mis à disposition, prestations).",
		"4. Action : l'action du plan d'actions financée, si la contribution lui est réservée (sinon laissez vide).",
		"5. Montant : en euros, positif ou nul (par exemple 12 500,00). Statut : « Acquis » (décidé), « Sollicité » (demande en cours) ou « Prévisionnel ».",
		"6. Pour retirer une contribution déjà enregistrée (n° en première colonne), effacez son montant.",
		"7. Les cellules grises sont verrouillées. Renvoyez ce fichier tel quel : n'ajoutez ni ne supprimez de ligne, de colonne ou de feuille.",
	}
	for i, line := range instructions {
		cell := fmt.Sprintf("A%d", 4+i)
		st := wrap
		if i == 0 {
			st = label
		}
		fw.set(s, cell, line, st)
		fw.do(f.MergeCell(s, cell, fmt.Sprintf("H%d", 4+i)))
		if i > 0 {
			fw.do(f.SetRowHeight(s, 4+i, 30))
		}
	}
	identity := [][2]string{
		{"Partenaire", p.Name},
		{"SIRET", fr.FormatSIRET(p.SIRET)},
		{"Commune", p.Town},
		{"Contact", strings.Join(nonEmptyStrings(p.ContactName, p.ContactEmail, p.ContactPhone), " — ")},
	}
	for i, kv := range identity {
		r := 12 + i
		fw.set(s, fmt.Sprintf("A%d", r), kv[0], label)
		fw.set(s, fmt.Sprintf("B%d", r), oneLine(kv[1]), 0)
		fw.do(f.MergeCell(s, fmt.Sprintf("B%d", r), fmt.Sprintf("H%d", r)))
	}
	for i, h := range formHeaders {
		fw.set(s, fmt.Sprintf("%c%d", formCols[i], formHeaderRow), h, head)
	}
	for col, wdt := range map[string]float64{"A": 12, "B": 9, "C": 13, "D": 26, "E": 32, "F": 42, "G": 16, "H": 14} {
		fw.do(f.SetColWidth(s, col, col, wdt))
	}
	first := formHeaderRow + 1
	last := first + len(contribs) + formBlankRows - 1
	actionLabel := map[int64]string{}
	for _, a := range d.Actions {
		actionLabel[a.ID] = actionChoice(a)
	}
	var snapshot []string
	for i, ct := range contribs {
		r := first + i
		fw.set(s, fmt.Sprintf("A%d", r), ct.ID, 0)
		fw.set(s, fmt.Sprintf("B%d", r), ct.Year, 0)
		fw.set(s, fmt.Sprintf("C%d", r), dossier.LabelOf(dossier.Natures, ct.Nature), 0)
		if ct.InKindType != "" {
			fw.set(s, fmt.Sprintf("D%d", r), dossier.LabelOf(dossier.InKindTypes, ct.InKindType), 0)
		}
		if ct.ActionID != 0 {
			fw.set(s, fmt.Sprintf("E%d", r), actionLabel[ct.ActionID], 0)
		}
		if ct.Label != "" {
			fw.set(s, fmt.Sprintf("F%d", r), oneLine(ct.Label), 0)
		}
		fw.set(s, fmt.Sprintf("G%d", r), float64(ct.Amount)/100, 0)
		fw.set(s, fmt.Sprintf("H%d", r), dossier.LabelOf(dossier.ContributionStatuses, ct.Status), 0)
		snapshot = append(snapshot, snapshotEntry(ct.ID, r, contributionHash(ct)))
	}
	fw.do(f.SetCellStyle(s, fmt.Sprintf("A%d", first), fmt.Sprintf("A%d", last), locked))
	fw.do(f.SetCellStyle(s, fmt.Sprintf("B%d", first), fmt.Sprintf("E%d", last), input))
	fw.do(f.SetCellStyle(s, fmt.Sprintf("F%d", first), fmt.Sprintf("F%d", last), text))
	fw.do(f.SetCellStyle(s, fmt.Sprintf("G%d", first), fmt.Sprintf("G%d", last), money))
	fw.do(f.SetCellStyle(s, fmt.Sprintf("H%d", first), fmt.Sprintf("H%d", last), input))
	// Print on A4 landscape, one page wide.
	landscape, a4, one, zero, yes := "landscape", 9, 1, 0, true
	fw.do(f.SetPageLayout(s, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &one,
		FitToHeight: &zero}))
	fw.do(f.SetSheetProps(s, &excelize.SheetPropsOptions{FitToPage: &yes}))
	fw.do(f.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: formHeaderRow, TopLeftCell: fmt.Sprintf("A%d", first),
		ActivePane: "bottomLeft"}))

	// Meta sheet: identity, snapshot, lists.
	m := formMetaSheet
	generated := now.Format(time.RFC3339)
	meta := [][2]any{{"dossier", dossierID}, {"candidature", c.Name}, {"partenaire", partnerID},
		{"version", FormVersion}, {"checksum", ""}, {"genere", generated}, {"premiere_ligne", first},
		{"derniere_ligne", last}, {"ligne_entete", formHeaderRow}, {"contributions", len(contribs)}}
	for i, kv := range meta {
		fw.set(m, fmt.Sprintf("A%d", i+1), kv[0], 0)
		fw.set(m, fmt.Sprintf("B%d", i+1), kv[1], 0)
	}
	for i, ct := range contribs {
		r := formSnapshotRow + i
		fw.set(m, fmt.Sprintf("A%d", r), ct.ID, 0)
		fw.set(m, fmt.Sprintf("B%d", r), first+i, 0)
		fw.set(m, fmt.Sprintf("C%d", r), contributionHash(ct), 0)
	}
	sum := formChecksum(dossierID, partnerID, FormVersion, []string{formSheet, formMetaSheet}, formHeaderRow,
		formHeaders, first, last, snapshot, generated)
	fw.set(m, "B5", sum, 0)
	lists := []struct {
		col    string
		values []string
	}{
		{"E", intsToStrings(years)},
		{"F", labels(dossier.Natures)},
		{"G", labels(dossier.InKindTypes)},
		{"H", labels(dossier.ContributionStatuses)},
		{"I", actionChoices(d.Actions)},
	}
	listRef := map[string]string{}
	for _, l := range lists {
		for i, v := range l.values {
			fw.set(m, fmt.Sprintf("%s%d", l.col, i+1), v, 0)
		}
		if len(l.values) > 0 {
			listRef[l.col] = fmt.Sprintf("'%s'!$%s$1:$%s$%d", m, l.col, l.col, len(l.values))
		}
	}
	for _, n := range []struct{ name, cell string }{{"DFT_DOSSIER", "B1"}, {"DFT_PARTNER", "B3"},
		{"DFT_VERSION", "B4"}, {"DFT_CHECKSUM", "B5"}} {
		fw.do(f.SetDefinedName(&excelize.DefinedName{Name: n.name, RefersTo: fmt.Sprintf("'%s'!$%s$%s", m,
			n.cell[:1], n.cell[1:])}))
	}
	// The table header is repeated on every printed page.
	fw.do(f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: s,
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", s, formHeaderRow, formHeaderRow)}))
	// Data validation.
	rng := func(col string) string { return fmt.Sprintf("%s%d:%s%d", col, first, col, last) }
	addList := func(col, listCol, title, msg string) {
		if listRef[listCol] == "" {
			return
		}
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(rng(col))
		dv.SetSqrefDropList(listRef[listCol])
		dv.SetError(excelize.DataValidationErrorStyleStop, title, msg)
		dv.SetInput(title, msg)
		fw.do(f.AddDataValidation(s, dv))
	}
	addList("B", "E", "Année", fmt.Sprintf("Choisissez une année de la candidature (%d à %d).", years[0], years[len(years)-1]))
	addList("C", "F", "Nature", "Choisissez « Numéraire » ou « En nature ».")
	addList("D", "G", "Type", "Pour une contribution en nature : locaux, personnel mis à disposition ou prestations.")
	addList("E", "I", "Action", "Choisissez une action du plan d'actions, ou laissez vide.")
	addList("H", "H", "Statut", "Choisissez « Acquis », « Sollicité » ou « Prévisionnel ».")
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(rng("G"))
	fw.do(dv.SetRange(0, 1e12, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween))
	dv.SetError(excelize.DataValidationErrorStyleStop, "Montant", "Saisissez un montant en euros, positif ou nul.")
	dv.SetInput("Montant", "En euros, positif ou nul, par exemple 12 500,00.")
	fw.do(f.AddDataValidation(s, dv))
	dv = excelize.NewDataValidation(true)
	dv.SetSqref(rng("F"))
	fw.do(dv.SetRange(0, 200, excelize.DataValidationTypeTextLength, excelize.DataValidationOperatorBetween))
	dv.SetError(excelize.DataValidationErrorStyleStop, "Libellé", "200 caractères au plus.")
	fw.do(f.AddDataValidation(s, dv))

	fw.do(f.SetSheetVisible(m, false, true))
	fw.do(f.ProtectSheet(s, &excelize.SheetProtectionOptions{Password: formSheetPassword, SelectLockedCells: true,
		SelectUnlockedCells: true, FormatColumns: true, FormatRows: true}))
	fw.do(f.ProtectSheet(m, &excelize.SheetProtectionOptions{Password: formSheetPassword}))
	fw.do(f.ProtectWorkbook(&excelize.WorkbookProtectionOptions{LockStructure: true}))
	fw.do(f.SetDocProps(&excelize.DocProperties{Title: "Formulaire de contributions — " + oneLine(p.Name),
		Creator: "Dossier French Tech", Language: "fr-FR", Description: "Candidature " + c.Name}))
	idx, err := f.GetSheetIndex(s)
	fw.do(err)
	f.SetActiveSheet(idx)
	if fw.err != nil {
		return &frenchError{msg: "formulaire : écriture impossible (erreur interne de la bibliothèque de classeurs)",
			err: fw.err}
	}
	_, err = f.WriteTo(w)
	return err
}

// formWriter keeps the first excelize error.
type formWriter struct {
	f   *excelize.File
	err error
}

func (w *formWriter) do(err error) {
	if w.err == nil && err != nil {
		w.err = err
	}
}

func (w *formWriter) style(s *excelize.Style) int {
	id, err := w.f.NewStyle(s)
	w.do(err)
	return id
}

func (w *formWriter) set(sheet, cell string, v any, style int) {
	w.do(w.f.SetCellValue(sheet, cell, v))
	if style != 0 {
		w.do(w.f.SetCellStyle(sheet, cell, cell, style))
	}
}

func nonEmptyStrings(s ...string) []string {
	var out []string
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			out = append(out, strings.TrimSpace(x))
		}
	}
	return out
}

func intsToStrings(n []int) []string {
	out := make([]string, len(n))
	for i, x := range n {
		out[i] = strconv.Itoa(x)
	}
	return out
}

func labels(list []dossier.Code) []string {
	out := make([]string, len(list))
	for i, c := range list {
		out[i] = c.Label
	}
	return out
}

// actionChoice is how an action appears in the form: "A1 – Title" (title cut to 80 characters).
func actionChoice(a dossier.Action) string {
	t := oneLine(a.Title)
	if utf8.RuneCountInString(t) > 80 {
		t = string([]rune(t)[:79]) + "…"
	}
	if a.Code == "" {
		return t
	}
	return a.Code + " – " + t
}

func actionChoices(actions []dossier.Action) []string {
	var out []string
	for _, a := range actions {
		out = append(out, actionChoice(a))
	}
	return out
}

// contributionHash is the hash of the values of a contribution shown in the form (16 hex digits).
func contributionHash(c dossier.Contribution) string {
	s := fmt.Sprintf("%d|%s|%s|%d|%s|%d|%s", c.Year, c.Nature, c.InKindType, c.ActionID, oneLine(c.Label),
		int64(c.Amount), c.Status)
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}

func snapshotEntry(id int64, row int, hash string) string {
	return fmt.Sprintf("%d@%d:%s", id, row, hash)
}

// formChecksum is the structure checksum (see the package comment on forms).
func formChecksum(dossierID string, partnerID int64, version int, sheets []string, headerRow int,
	headers []string, first, last int, snapshot []string, generated string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "dossierft-form\n%d\n%s\n%d\n%s\n%d\n%s\n%d-%d\n%s\n%s", version, dossierID, partnerID,
		strings.Join(sheets, "|"), headerRow, strings.Join(headers, "|"), first, last, strings.Join(snapshot, ","),
		generated)
	h := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(h[:8])
}

// FormError is a problem found in a returned form: a cell (Sheet, Row, Column letter and title, Value) and
// a French Reason.
type FormError struct {
	File   string `json:"file"`
	Sheet  string `json:"sheet"`
	Row    int    `json:"row"`
	Column string `json:"column"` // e.g. "G (Montant (€))", "" for the whole row
	Value  string `json:"value"`
	Reason string `json:"reason"`
}

// Error returns `Fichier « f.xlsx », feuille « Contributions », ligne 19, colonne G (Montant (€)) : …`.
func (e FormError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Fichier « %s », feuille « %s », ligne %d", e.File, e.Sheet, e.Row)
	if e.Column != "" {
		fmt.Fprintf(&b, ", colonne %s", e.Column)
	}
	b.WriteString(" : " + e.Reason)
	if e.Value != "" {
		fmt.Fprintf(&b, " (valeur « %s »)", e.Value)
	}
	return b.String()
}

// ContributionChange is a contribution whose values the partner changed: Before is the dossier's current
// row, After the same row (same ID and account, unless the nature changed) with the form's values.
type ContributionChange struct {
	Before dossier.Contribution `json:"before"`
	After  dossier.Contribution `json:"after"`
	Fields []string             `json:"fields"` // French titles of the changed columns
}

// FormDiff is what a returned form would change in the dossier. Applying it is the caller's job (the store,
// as one undoable step), and only when OK().
type FormDiff struct {
	File        string `json:"file"`
	DossierID   string `json:"dossierId"`
	Candidature string `json:"candidature"`
	PartnerID   int64  `json:"partnerId"`
	PartnerName string `json:"partnerName"`
	Version     int    `json:"version"`
	Generated   string `json:"generated"` // RFC 3339 UTC time the form was written
	// Added are new contributions (ID 0, PartnerID set, Account = dossier.DefaultContributionAccount).
	Added []dossier.Contribution `json:"added"`
	// Changed are contributions whose values changed in the form.
	Changed []ContributionChange `json:"changed"`
	// Removed are contributions whose amount the partner erased.
	Removed []dossier.Contribution `json:"removed"`
	// Unchanged counts pre-filled rows left as they are (or already applied).
	Unchanged int `json:"unchanged"`
	// Conflicts are rows changed both in the form and in the dossier since the form was written; they are
	// left out of Added/Changed/Removed.
	Conflicts []FormError `json:"conflicts"`
	// Errors are invalid cells; the diff must not be applied while there are any.
	Errors []FormError `json:"errors"`
	// Notes are French remarks (rows already applied by an earlier import, dossier changes since the form).
	Notes []string `json:"notes"`
}

// ChangedAfter returns the new values of the changed contributions (Changed[i].After), ready to save.
func (d *FormDiff) ChangedAfter() []dossier.Contribution {
	out := make([]dossier.Contribution, len(d.Changed))
	for i, c := range d.Changed {
		out[i] = c.After
	}
	return out
}

// OK reports whether the diff can be applied: no cell errors and no conflicts.
func (d *FormDiff) OK() bool { return len(d.Errors) == 0 && len(d.Conflicts) == 0 }

// Summary returns the French one-line summary, e.g. "2 ajoutée(s), 1 modifiée(s), 0 retirée(s),
// 3 inchangée(s), 0 conflit(s), 0 erreur(s)".
func (d *FormDiff) Summary() string {
	return fmt.Sprintf("%d ajoutée(s), %d modifiée(s), %d retirée(s), %d inchangée(s), %d conflit(s), %d erreur(s)",
		len(d.Added), len(d.Changed), len(d.Removed), d.Unchanged, len(d.Conflicts), len(d.Errors))
}

// ErrForm is wrapped by ReadForm's fatal errors (FileError values with Kind ErrForm): not a form, another
// dossier, unknown partner, unknown version, altered structure.
var ErrForm = errors.New("formulaire refusé")

// ReadForm reads a contribution form written by WriteForm and filled by a partner, checks that it belongs to
// dossier d (dossierID as given to WriteForm) and that its structure is intact, validates every input cell
// and computes the difference with the partner's current contributions in d. name is the file name used in
// messages. Fatal problems are *FileError values (Kind ErrForm for a form that is refused, or the reader
// sentinels for a file that is not a readable workbook); cell problems are in FormDiff.Errors.
func ReadForm(r io.Reader, name string, d *dossier.Dossier, dossierID string) (*FormDiff, error) {
	data, err := io.ReadAll(io.LimitReader(r, formMaxBytes+1))
	if err != nil {
		return nil, fileErr(name, ErrUnreadable, err, "lecture impossible")
	}
	if len(data) > formMaxBytes {
		return nil, fileErr(name, ErrTooLarge, nil, "fichier de plus de %s : ce n'est pas un formulaire de "+
			"contributions", sizeFR(formMaxBytes))
	}
	switch sn := Sniff(data); sn.Kind {
	case KindEmpty:
		return nil, fileErr(name, ErrEmpty, nil, "le fichier est vide")
	case KindCFB:
		return nil, cfbError(name, bytes.NewReader(data))
	case KindZIP:
	default:
		return nil, fileErr(name, ErrNotSpreadsheet, nil, "ce n'est pas un classeur XLSX : un formulaire de "+
			"contributions est un fichier .xlsx")
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: unzipLimit,
		UnzipXMLSizeLimit: 16 << 20})
	if err != nil {
		return nil, fileErr(name, ErrNotSpreadsheet, err, "classeur XLSX illisible : sa structure interne est "+
			"endommagée ; ouvrez-le dans le tableur et enregistrez-le à nouveau")
	}
	defer f.Close()
	notForm := func(why string) error {
		return fileErr(name, ErrForm, nil, "ce classeur n'est pas un formulaire de contributions de Dossier French "+
			"Tech (%s)", why)
	}
	sheets := f.GetSheetList()
	if !containsStr(sheets, formMetaSheet) {
		return nil, notForm("informations d'identification absentes")
	}
	if !containsStr(sheets, formSheet) {
		return nil, fileErr(name, ErrForm, nil, "la feuille « %s » a été renommée ou supprimée : la structure du "+
			"formulaire a été modifiée ; envoyez au partenaire un nouveau formulaire", formSheet)
	}
	metaRows, err := f.GetRows(formMetaSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, notForm("feuille d'identification illisible")
	}
	meta := map[string]string{}
	for i, row := range metaRows {
		if i >= formSnapshotRow-1 {
			break
		}
		if len(row) >= 2 {
			meta[row[0]] = row[1]
		}
	}
	atoi := func(k string) (int, bool) {
		n, err := strconv.Atoi(strings.TrimSuffix(meta[k], ".0"))
		return n, err == nil
	}
	version, ok := atoi("version")
	if !ok {
		return nil, notForm("version absente")
	}
	if version != FormVersion {
		return nil, fileErr(name, ErrForm, nil, "version de formulaire %d inconnue (cette version de l'application "+
			"lit la version %d) ; envoyez au partenaire un nouveau formulaire", version, FormVersion)
	}
	diff := &FormDiff{File: name, DossierID: meta["dossier"], Candidature: meta["candidature"], Version: version,
		Generated: meta["genere"]}
	pid, ok := atoi("partenaire")
	first, ok1 := atoi("premiere_ligne")
	last, ok2 := atoi("derniere_ligne")
	headerRow, ok3 := atoi("ligne_entete")
	nContrib, ok4 := atoi("contributions")
	if !ok || !ok1 || !ok2 || !ok3 || !ok4 || first != headerRow+1 || last < first || last-first > 100000 ||
		nContrib < 0 || nContrib > last-first+1 {
		return nil, fileErr(name, ErrForm, nil, "les informations d'identification du formulaire sont incomplètes "+
			"ou modifiées ; envoyez au partenaire un nouveau formulaire")
	}
	diff.PartnerID = int64(pid)
	if diff.DossierID != dossierID {
		return nil, fileErr(name, ErrForm, nil, "ce formulaire a été créé pour un autre dossier (candidature « %s ») ; "+
			"il ne peut pas être importé dans la candidature « %s »", diff.Candidature, d.Candidature.Name)
	}
	p := d.PartnerByID(diff.PartnerID)
	if p == nil {
		return nil, fileErr(name, ErrForm, nil, "le partenaire n°%d de ce formulaire n'existe plus dans le dossier",
			diff.PartnerID)
	}
	diff.PartnerName = p.Name
	// Snapshot.
	type snap struct {
		id   int64
		row  int
		hash string
	}
	var snaps []snap
	var snapshot []string
	for i := 0; i < nContrib; i++ {
		ri := formSnapshotRow - 1 + i
		if ri >= len(metaRows) || len(metaRows[ri]) < 3 {
			return nil, fileErr(name, ErrForm, nil, "les informations d'identification du formulaire sont "+
				"incomplètes ou modifiées ; envoyez au partenaire un nouveau formulaire")
		}
		id, err1 := strconv.ParseInt(strings.TrimSuffix(metaRows[ri][0], ".0"), 10, 64)
		row, err2 := strconv.Atoi(strings.TrimSuffix(metaRows[ri][1], ".0"))
		if err1 != nil || err2 != nil {
			return nil, fileErr(name, ErrForm, nil, "les informations d'identification du formulaire sont "+
				"incomplètes ou modifiées ; envoyez au partenaire un nouveau formulaire")
		}
		snaps = append(snaps, snap{id, row, metaRows[ri][2]})
		snapshot = append(snapshot, snapshotEntry(id, row, metaRows[ri][2]))
	}
	rows, err := f.GetRows(formSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, fileErr(name, ErrUnreadable, err, "feuille « %s » illisible : elle est endommagée ; "+
			"demandez au partenaire de l'enregistrer à nouveau ou envoyez-lui un nouveau formulaire", formSheet)
	}
	cellAt := func(r int, col int) string {
		if r-1 < len(rows) && col < len(rows[r-1]) {
			return strings.TrimSpace(rows[r-1][col])
		}
		return ""
	}
	var headers []string
	for i := range formHeaders {
		headers = append(headers, cellAt(headerRow, i))
	}
	sum := formChecksum(diff.DossierID, diff.PartnerID, version, []string{formSheet, formMetaSheet}, headerRow,
		headers, first, last, snapshot, diff.Generated)
	altered := fileErr(name, ErrForm, nil, "la structure du formulaire a été modifiée (en-têtes, lignes ou "+
		"informations cachées) ; il ne peut pas être lu sans risque : envoyez au partenaire un nouveau formulaire, "+
		"ou recopiez ses valeurs dans un formulaire neuf")
	if sum != meta["checksum"] {
		return nil, altered
	}
	idAt := map[int]int64{}
	for _, s := range snaps {
		if s.row < first || s.row > last {
			return nil, altered
		}
		idAt[s.row] = s.id
	}
	for r := first; r <= last; r++ {
		a := cellAt(r, 0)
		want := ""
		if id, ok := idAt[r]; ok {
			want = strconv.FormatInt(id, 10)
		}
		if strings.TrimSuffix(a, ".0") != want {
			return nil, altered
		}
	}
	// Current contributions of the partner.
	current := map[int64]dossier.Contribution{}
	inSnap := map[int64]bool{}
	for _, s := range snaps {
		inSnap[s.id] = true
	}
	var addedSince []dossier.Contribution
	for _, c := range d.Contributions {
		if c.PartnerID == diff.PartnerID {
			current[c.ID] = c
			if !inSnap[c.ID] {
				addedSince = append(addedSince, c)
			}
		}
	}
	snapAt := map[int]snap{}
	for _, s := range snaps {
		snapAt[s.row] = s
	}
	// Rows. An amount cell holding text (typed "12 500,00 €" or "12.500") is read with fr.ParseAmount, a
	// number cell as a number.
	fv := &formValidator{file: name, d: d, p: p, textAmount: map[int]bool{}}
	for r := first; r <= last; r++ {
		if t, err := f.GetCellType(formSheet, fmt.Sprintf("G%d", r)); err == nil &&
			(t == excelize.CellTypeSharedString || t == excelize.CellTypeInlineString || t == excelize.CellTypeFormula) {
			fv.textAmount[r] = true
		}
	}
	for r := first; r <= last; r++ {
		vals := make([]string, len(formHeaders))
		empty := true
		for i := range formHeaders {
			vals[i] = cellAt(r, i)
			if i > 0 && vals[i] != "" {
				empty = false
			}
		}
		s, pre := snapAt[r]
		if !pre {
			if empty {
				continue
			}
			c, errs := fv.row(r, vals)
			if len(errs) > 0 {
				diff.Errors = append(diff.Errors, errs...)
				continue
			}
			// Already applied by an earlier import of this form?
			matched := -1
			for i, a := range addedSince {
				if sameValues(a, c) {
					matched = i
					break
				}
			}
			if matched >= 0 {
				diff.Notes = append(diff.Notes, fmt.Sprintf("ligne %d : contribution déjà présente dans le dossier "+
					"(n°%d, ajoutée après l'envoi du formulaire, sans doute par un import précédent) : ignorée", r,
					addedSince[matched].ID))
				addedSince = append(addedSince[:matched], addedSince[matched+1:]...)
				continue
			}
			c.PartnerID = diff.PartnerID
			c.Account = dossier.DefaultContributionAccount(c.Nature, c.InKindType, p.FunderType)
			diff.Added = append(diff.Added, c)
			continue
		}
		cur, exists := current[s.id]
		removal := vals[6] == ""
		var c dossier.Contribution
		if !removal {
			var errs []FormError
			c, errs = fv.row(r, vals)
			if len(errs) > 0 {
				diff.Errors = append(diff.Errors, errs...)
				continue
			}
		}
		formUnchanged := !removal && contributionHash(c) == s.hash
		switch {
		case !exists:
			if removal || formUnchanged {
				diff.Notes = append(diff.Notes, fmt.Sprintf("ligne %d : la contribution n°%d a été supprimée du "+
					"dossier depuis l'envoi du formulaire", r, s.id))
				continue
			}
			diff.Conflicts = append(diff.Conflicts, FormError{File: name, Sheet: formSheet, Row: r,
				Reason: fmt.Sprintf("la contribution n°%d a été modifiée dans le formulaire mais supprimée du "+
					"dossier depuis son envoi", s.id)})
			continue
		case contributionHash(cur) != s.hash:
			// The dossier changed since the form was written.
			if formUnchanged || (!removal && sameValues(cur, c)) {
				diff.Unchanged++
				if formUnchanged {
					diff.Notes = append(diff.Notes, fmt.Sprintf("ligne %d : la contribution n°%d a été modifiée "+
						"dans le dossier depuis l'envoi du formulaire ; le dossier est conservé", r, s.id))
				}
				continue
			}
			diff.Conflicts = append(diff.Conflicts, FormError{File: name, Sheet: formSheet, Row: r,
				Value: describeContribution(c, removal),
				Reason: fmt.Sprintf("la contribution n°%d a été modifiée à la fois dans le dossier (%s) et dans le "+
					"formulaire depuis son envoi : choisissez à la main", s.id, describeContribution(cur, false))})
			continue
		}
		if removal {
			diff.Removed = append(diff.Removed, cur)
			continue
		}
		if sameValues(cur, c) {
			diff.Unchanged++
			continue
		}
		after := cur
		after.Year, after.Nature, after.InKindType, after.ActionID = c.Year, c.Nature, c.InKindType, c.ActionID
		after.Label, after.Amount, after.Status = c.Label, c.Amount, c.Status
		if after.Nature != cur.Nature || after.InKindType != cur.InKindType {
			after.Account = dossier.DefaultContributionAccount(after.Nature, after.InKindType, p.FunderType)
		}
		diff.Changed = append(diff.Changed, ContributionChange{Before: cur, After: after, Fields: changedFields(cur, after)})
	}
	// Anything typed below the table is not read: say so.
	for r := last + 1; r <= len(rows); r++ {
		for i := range formHeaders {
			if v := cellAt(r, i); v != "" {
				diff.Errors = append(diff.Errors, FormError{File: name, Sheet: formSheet, Row: r,
					Column: colTitle(i), Value: shorten(v), Reason: fmt.Sprintf("valeur saisie sous le tableau (après "+
						"la ligne %d) : elle ne serait pas lue ; reportez-la dans une ligne vide du tableau", last)})
				break
			}
		}
	}
	return diff, nil
}

func containsStr(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func colTitle(i int) string { return fmt.Sprintf("%c (%s)", formCols[i], formHeaders[i]) }

// sameValues compares the values a form shows.
func sameValues(a, b dossier.Contribution) bool {
	return contributionHash(a) == contributionHash(b)
}

// changedFields lists the French titles of the form columns whose values differ.
func changedFields(a, b dossier.Contribution) []string {
	var out []string
	add := func(diff bool, i int) {
		if diff {
			out = append(out, formHeaders[i])
		}
	}
	add(a.Year != b.Year, 1)
	add(a.Nature != b.Nature, 2)
	add(a.InKindType != b.InKindType, 3)
	add(a.ActionID != b.ActionID, 4)
	add(oneLine(a.Label) != oneLine(b.Label), 5)
	add(a.Amount != b.Amount, 6)
	add(a.Status != b.Status, 7)
	return out
}

// describeContribution is a short French description: "2016, Numéraire, 12 500,00 €, Acquis" or "retirée".
func describeContribution(c dossier.Contribution, removed bool) string {
	if removed {
		return "retirée"
	}
	parts := []string{strconv.Itoa(c.Year), dossier.LabelOf(dossier.Natures, c.Nature)}
	if c.InKindType != "" {
		parts = append(parts, dossier.LabelOf(dossier.InKindTypes, c.InKindType))
	}
	parts = append(parts, fr.Euros(int64(c.Amount)), dossier.LabelOf(dossier.ContributionStatuses, c.Status))
	return strings.Join(parts, ", ")
}

// formValidator checks the cells of one form row.
type formValidator struct {
	file       string
	d          *dossier.Dossier
	p          *dossier.Partner
	textAmount map[int]bool // rows whose amount cell holds text
}

// row validates the input cells B–H of row r (vals indexed by column A–H) and returns the contribution
// values (ID, PartnerID and Account are not set).
func (v *formValidator) row(r int, vals []string) (dossier.Contribution, []FormError) {
	var c dossier.Contribution
	var errs []FormError
	// One error per cell: a cell holding a spreadsheet error value (see isSheetError; excelize gives an error
	// cell's text) is reported as such and not checked further.
	var reported [8]bool
	bad := func(i int, reason string, args ...any) {
		if i < len(reported) {
			if reported[i] {
				return
			}
			reported[i] = true
		}
		errs = append(errs, FormError{File: v.file, Sheet: formSheet, Row: r, Column: colTitle(i),
			Value: shorten(vals[i]), Reason: fmt.Sprintf(reason, args...)})
	}
	for i := 1; i < len(vals) && i < len(reported); i++ {
		if isSheetError(vals[i], kindString) {
			bad(i, "valeur d'erreur du tableur « %s » : corrigez la formule ou videz la cellule", vals[i])
		}
	}
	years := v.d.Candidature.Years()
	if y := vals[1]; y == "" {
		bad(1, "année manquante")
	} else if n, err := strconv.Atoi(strings.TrimSuffix(y, ".0")); err != nil {
		bad(1, "année invalide : attendu une année de %d à %d", years[0], years[len(years)-1])
	} else if n < years[0] || n > years[len(years)-1] {
		bad(1, "année hors de la candidature : attendu %d à %d", years[0], years[len(years)-1])
	} else {
		c.Year = n
	}
	if n := vals[2]; n == "" {
		bad(2, "nature manquante : « Numéraire » ou « En nature »")
	} else if code, ok := codeOf(dossier.Natures, n); ok {
		c.Nature = code
	} else {
		bad(2, "nature inconnue : attendu « Numéraire » ou « En nature »")
	}
	if t := vals[3]; t != "" {
		if code, ok := codeOf(dossier.InKindTypes, t); !ok {
			bad(3, "type inconnu : attendu « Locaux », « Personnel mis à disposition » ou « Prestations »")
		} else if c.Nature == dossier.NatureCash {
			bad(3, "type de contribution en nature donné pour une contribution en numéraire : videz la cellule "+
				"ou choisissez « En nature »")
		} else {
			c.InKindType = code
		}
	} else if c.Nature == dossier.NatureInKind {
		bad(3, "type manquant pour une contribution en nature : « Locaux », « Personnel mis à disposition » ou "+
			"« Prestations »")
	}
	if a := vals[4]; a != "" {
		id, ok := v.actionID(a)
		if !ok {
			bad(4, "action inconnue du plan d'actions : choisissez-la dans la liste")
		}
		c.ActionID = id
	}
	c.Label = oneLine(vals[5])
	if utf8.RuneCountInString(c.Label) > 200 {
		bad(5, "libellé de plus de 200 caractères")
	}
	if m := vals[6]; m == "" {
		bad(6, "montant manquant")
	} else {
		cents, err := parseMoney(m, !v.textAmount[r])
		switch {
		case err != nil:
			bad(6, "%v", err) // fr.ErrAmount: "montant invalide : « … » …"
		case cents < 0:
			bad(6, "montant négatif : attendu un montant positif ou nul")
		default:
			c.Amount = dossier.Cents(cents)
		}
	}
	if s := vals[7]; s == "" {
		bad(7, "statut manquant : « Acquis », « Sollicité » ou « Prévisionnel »")
	} else if code, ok := codeOf(dossier.ContributionStatuses, s); ok {
		c.Status = code
	} else {
		bad(7, "statut inconnu : attendu « Acquis », « Sollicité » ou « Prévisionnel »")
	}
	return c, errs
}

// actionID finds an action from the form's "A1 – Title", its code alone or its title.
func (v *formValidator) actionID(s string) (int64, bool) {
	k := foldKey(s)
	for _, a := range v.d.Actions {
		if foldKey(actionChoice(a)) == k || (a.Code != "" && foldKey(a.Code) == k) || foldKey(a.Title) == k {
			return a.ID, true
		}
	}
	return 0, false
}

// codeOf finds a code from its label or the code itself (accents, case, spacing ignored).
func codeOf(list []dossier.Code, s string) (string, bool) {
	k := foldKey(s)
	for _, c := range list {
		if foldKey(c.Label) == k || foldKey(c.Code) == k {
			return c.Code, true
		}
	}
	return "", false
}
