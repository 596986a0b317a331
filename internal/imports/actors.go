package imports

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"dossierft/internal/dossier"
	"dossierft/internal/fr"

	"github.com/xuri/excelize/v2"
)

// Options control how an actors file is read. The zero value reads any supported file with automatic
// detection and the default limits. NameBySIREN is not carried in JSON (a Go function).
type Options struct {
	// Preset chooses the header mapping; "" means PresetAuto. With PresetCustom, Mapping is required.
	Preset Preset `json:"preset"`
	// Mapping maps column headers (as written in the file; accents, case, spacing and punctuation ignored) to
	// fields, for PresetCustom. A non-nil Mapping with PresetAuto means PresetCustom.
	Mapping map[string]Field `json:"mapping"`
	// Sheet is the XLSX sheet to read (case ignored); "" means the first visible non-empty sheet.
	Sheet string `json:"sheet"`
	// Encoding forces the text encoding ("" = detect).
	Encoding Encoding `json:"encoding"`
	// Delimiter forces the field separator (0 = detect).
	Delimiter rune `json:"delimiter"`
	// DefaultCategory is the dossier.ActorCategories code given to actors whose category is neither in the
	// file nor guessed (see guessCategory); "" means "autre".
	DefaultCategory string `json:"defaultCategory"`
	// KeepClosed imports closed establishments / ceased legal units instead of skipping them.
	KeepClosed bool `json:"keepClosed"`
	// NameBySIREN, if set, gives a name for a SIREN when the row has none (e.g. from a StockUniteLegale file
	// read before a StockEtablissement extract whose establishments have no enseigne).
	NameBySIREN func(siren string) string `json:"-"`
	// MaxBytes is the largest text file read; 0 means DefaultMaxBytes.
	MaxBytes int64 `json:"maxBytes"`
	// MaxXLSXBytes is the largest workbook read; 0 means DefaultMaxXLSXBytes.
	MaxXLSXBytes int64 `json:"maxXlsxBytes"`
	// MaxErrors is how many row errors are kept in the report (the count goes on); 0 means 1 000.
	MaxErrors int `json:"maxErrors"`
}

// RowError is a problem with one cell or one row; the row is not imported. Row is the 1-based line where the
// record starts (CSV) or the sheet row number (XLSX). Column is the header of the column ("" for the whole
// row). Value is the offending value (at most 200 characters). Reason is French.
type RowError struct {
	File   string `json:"file"`
	Row    int    `json:"row"`
	Column string `json:"column"`
	Value  string `json:"value"`
	Reason string `json:"reason"`
}

// Error returns the French one-line form: `Fichier « a.csv », ligne 12, colonne « siret » : … (valeur « … »)`.
func (e RowError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Fichier « %s », ligne %d", e.File, e.Row)
	if e.Column != "" {
		fmt.Fprintf(&b, ", colonne « %s »", e.Column)
	}
	b.WriteString(" : " + e.Reason)
	if e.Value != "" {
		fmt.Fprintf(&b, " (valeur « %s »)", e.Value)
	}
	return b.String()
}

// Counts sums up an import.
type Counts struct {
	Read          int `json:"read"`          // data rows read (blank rows not counted)
	Valid         int `json:"valid"`         // rows turned into actors
	SkippedClosed int `json:"skippedClosed"` // closed establishments / ceased units skipped
	Errors        int `json:"errors"`        // rows with at least one error (not imported)
}

// ActorReport is the result of reading an actors file. Nothing is written anywhere: the caller shows it,
// plans duplicates (PlanDuplicates) and hands the actors to the store in one undoable step.
type ActorReport struct {
	Source    Source           `json:"source"`
	Preset    Preset           `json:"preset"`    // preset actually used
	HeaderRow int              `json:"headerRow"` // line / row of the header
	Headers   []string         `json:"headers"`
	Mapping   map[string]Field `json:"mapping"` // header → field actually used
	Ignored   []string         `json:"ignored"` // headers not imported (unknown to the preset or mapped to nothing)
	Actors    []dossier.Actor  `json:"actors"`  // valid rows, in file order (nil from ScanActors)
	Errors    []RowError       `json:"errors"`  // first Options.MaxErrors row errors
	// ErrorsOmitted counts row errors beyond Options.MaxErrors.
	ErrorsOmitted int      `json:"errorsOmitted"`
	Notes         []string `json:"notes"` // French remarks that do not block (fallback decoding, NAF nomenclature…)
	Counts        Counts   `json:"counts"`
}

// Summary returns the French one-line summary: "1 234 lignes lues, 1 200 valides, 30 fermées ignorées,
// 4 en erreur".
func (r *ActorReport) Summary() string {
	return fmt.Sprintf("%s ligne(s) lue(s), %s valide(s), %s fermée(s) ignorée(s), %s en erreur",
		fr.Int(int64(r.Counts.Read)), fr.Int(int64(r.Counts.Valid)), fr.Int(int64(r.Counts.SkippedClosed)),
		fr.Int(int64(r.Counts.Errors)))
}

// ReadActorsFile opens path and reads it with ReadActors; the size limit is checked before reading.
func ReadActorsFile(path string, opt Options) (*ActorReport, error) {
	fh, size, err := openPath(path, &opt)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	var actors []dossier.Actor
	rep, err := scanActors(fh, fh, size, filepath.Base(path), opt, func(a dossier.Actor, _ int) error {
		actors = append(actors, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	rep.Actors = actors
	return rep, nil
}

// ReadActors reads an actors file (CSV or XLSX, detected from the content, not the name) from r and returns
// the candidate actors and the row errors. name is the file name used in messages and in Actor.Origin
// ("import <name> ligne <n>"). A fatal problem (empty, binary, not a workbook, encrypted, too large, no usable
// header, mapping incomplete) returns a *FileError and no report. Text files are streamed: memory holds the
// actors, not the file.
func ReadActors(r io.Reader, name string, opt Options) (*ActorReport, error) {
	var actors []dossier.Actor
	rep, err := ScanActors(r, name, opt, func(a dossier.Actor, _ int) error {
		actors = append(actors, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	rep.Actors = actors
	return rep, nil
}

// ScanActors reads like ReadActors but hands each valid actor to fn with its row number instead of keeping
// them (report.Actors stays nil), so a caller can stream a huge file into batches. An error from fn stops the
// scan and is returned as is.
func ScanActors(r io.Reader, name string, opt Options, fn func(a dossier.Actor, row int) error) (*ActorReport, error) {
	return scanActors(r, nil, 0, name, opt, fn)
}

// scanActors is ScanActors with optional random access to the file (see openTable).
func scanActors(r io.Reader, ra io.ReaderAt, size int64, name string, opt Options,
	fn func(a dossier.Actor, row int) error) (*ActorReport, error) {
	name = filepath.Base(name)
	t, src, err := openTable(r, ra, size, name, &opt)
	if err != nil {
		return nil, err
	}
	defer t.close()
	rep := &ActorReport{Source: src}
	hdr, err := readHeader(t, name)
	if err != nil {
		return nil, err
	}
	rep.HeaderRow = hdr.line
	rep.Headers = hdr.headers
	rep.Notes = append(rep.Notes, hdr.notes...)
	m, preset, err := chooseMapping(name, hdr.headers, &opt)
	if err != nil {
		return nil, err
	}
	rep.Preset = preset
	rep.Mapping = m.suggest(hdr.headers)
	for i, f := range m.byCol {
		if f == FieldIgnore || f == FieldKnown {
			if hdr.headers[i] != "" {
				rep.Ignored = append(rep.Ignored, hdr.headers[i])
			}
		}
	}
	if len(m.unknown) > 0 && (preset == PresetSIRENEEtablissement || preset == PresetSIRENEUniteLegale) {
		rep.Notes = append(rep.Notes, fmt.Sprintf("colonne(s) inconnue(s) de SIRENE ignorée(s) : %s",
			strings.Join(m.unknown, ", ")))
	}
	maxErr := opt.MaxErrors
	if maxErr <= 0 {
		maxErr = 1000
	}
	cv := &converter{file: name, headers: hdr.headers, m: m, opt: &opt, dups: m.duplicates(hdr.headers)}
	cv.dupDiff = make([]int, len(cv.dups))
	cv.dupFirst = make([]int, len(cv.dups))
	handle := func(rec record) error {
		a, errs, status := cv.convert(rec)
		switch status {
		case rowBlank:
			return nil
		case rowClosed:
			rep.Counts.Read++
			rep.Counts.SkippedClosed++
			return nil
		}
		rep.Counts.Read++
		if len(errs) > 0 {
			rep.Counts.Errors++
			for _, e := range errs {
				if len(rep.Errors) < maxErr {
					rep.Errors = append(rep.Errors, e)
				} else {
					rep.ErrorsOmitted++
				}
			}
			return nil
		}
		rep.Counts.Valid++
		return fn(a, rec.line)
	}
	for _, rec := range hdr.pending {
		if err := handle(rec); err != nil {
			return nil, err
		}
	}
	for {
		rec, err := t.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if err := handle(rec); err != nil {
			return nil, err
		}
	}
	rep.Notes = append(rep.Notes, t.notes()...)
	rep.Notes = append(rep.Notes, cv.notes()...)
	return rep, nil
}

// header is the header row found by readHeader and the data records read past it.
type header struct {
	line    int
	headers []string
	pending []record
	notes   []string
}

// readHeader finds the header row: among the first 10 non-blank records, the first with at least two
// non-empty cells (title lines above it are skipped with a note), or the first non-blank record.
func readHeader(t table, name string) (*header, error) {
	var buf []record
	for len(buf) < 10 {
		rec, err := t.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if allEmpty(rec.fields) && rec.perr == nil {
			continue
		}
		rec.fields = append([]string(nil), rec.fields...) // records are reused by the readers
		rec.kinds = append([]byte(nil), rec.kinds...)
		buf = append(buf, rec)
		if nonEmpty(rec.fields) >= 2 && rec.perr == nil {
			break
		}
	}
	if len(buf) == 0 {
		return nil, fileErr(name, ErrEmpty, nil, "le fichier ne contient aucune ligne")
	}
	hi := 0
	for i, rec := range buf {
		if nonEmpty(rec.fields) >= 2 && rec.perr == nil {
			hi = i
			break
		}
	}
	h := buf[hi]
	if h.perr != nil {
		return nil, fileErr(name, ErrNoHeader, h.perr, "la ligne d'en-tête (ligne %d) est mal formée : %s", h.line,
			quoteReason(h.perr))
	}
	if len(h.fields) > MaxColumns {
		return nil, fileErr(name, ErrTooManyColumns, nil, "la ligne d'en-tête (ligne %d) a %s colonnes ; "+
			"le maximum est %s", h.line, fr.Int(int64(len(h.fields))), fr.Int(MaxColumns))
	}
	out := &header{line: h.line, pending: buf[hi+1:]}
	for i, c := range h.fields {
		c = strings.TrimSpace(strings.TrimPrefix(c, "\ufeff"))
		if utf8.RuneCountInString(c) > 200 {
			return nil, fileErr(name, ErrNoHeader, nil, "la ligne d'en-tête (ligne %d) a une colonne %d de plus de "+
				"200 caractères : ce n'est pas un en-tête", h.line, i+1)
		}
		out.headers = append(out.headers, c)
	}
	if hi > 0 {
		out.notes = append(out.notes, fmt.Sprintf("%d ligne(s) de titre avant l'en-tête (ligne %d) ignorée(s)",
			hi, h.line))
	}
	return out, nil
}

func nonEmpty(cells []string) int {
	n := 0
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

// chooseMapping resolves the preset and the mapping for the headers; errors are French FileErrors.
func chooseMapping(name string, headers []string, opt *Options) (*mapping, Preset, error) {
	p := opt.Preset
	if p == "" {
		p = PresetAuto
	}
	if p == PresetAuto && opt.Mapping != nil {
		p = PresetCustom
	}
	switch p {
	case PresetAuto:
		p = detectPreset(headers)
	case PresetSIRENE:
		p = detectPreset(headers)
		if p != PresetSIRENEEtablissement && p != PresetSIRENEUniteLegale {
			return nil, "", fileErr(name, ErrMapping, nil, "ce n'est pas un fichier SIRENE : colonnes « siret » et "+
				"« etatAdministratifEtablissement », ou « siren » et « denominationUniteLegale », absentes "+
				"(colonnes trouvées : %s)", shortList(headers))
		}
	case PresetCustom:
		if len(opt.Mapping) == 0 {
			return nil, "", fileErr(name, ErrMapping, nil, "correspondance des colonnes vide : choisissez au moins "+
				"la colonne du nom")
		}
	case PresetSIRENEEtablissement, PresetSIRENEUniteLegale, PresetActors:
	default:
		return nil, "", fileErr(name, ErrMapping, nil, "préréglage « %s » inconnu", p)
	}
	m, err := resolveMapping(headers, p, opt.Mapping)
	if err != nil {
		return nil, "", fileErr(name, ErrMapping, nil, "%v", err)
	}
	has := func(f Field) bool { return len(m.cols[f]) > 0 }
	switch p {
	case PresetSIRENEEtablissement:
		if !has(FieldSIRET) && !(has(FieldSIREN) && has(FieldNIC)) {
			return nil, "", fileErr(name, ErrMapping, nil, "colonne « siret » (ou « siren » et « nic ») absente : "+
				"ce n'est pas un extrait StockEtablissement (colonnes trouvées : %s)", shortList(headers))
		}
	case PresetSIRENEUniteLegale:
		if !has(FieldSIREN) {
			return nil, "", fileErr(name, ErrMapping, nil, "colonne « siren » absente : ce n'est pas un extrait "+
				"StockUniteLegale (colonnes trouvées : %s)", shortList(headers))
		}
	default:
		if !has(FieldName) && !has(FieldDenomination) && !has(FieldSign) && !has(FieldUsualName) &&
			!has(FieldLastName) && !(opt.NameBySIREN != nil && (has(FieldSIRET) || has(FieldSIREN))) {
			return nil, "", fileErr(name, ErrMapping, nil, "aucune colonne de nom reconnue (colonnes trouvées : %s) ; "+
				"choisissez la correspondance des colonnes", shortList(headers))
		}
	}
	return m, p, nil
}

// shortList joins the first 12 headers for a message.
func shortList(h []string) string {
	var q []string
	for i, x := range h {
		if i == 12 {
			q = append(q, fmt.Sprintf("… (%d au total)", len(h)))
			break
		}
		q = append(q, "« "+x+" »")
	}
	return strings.Join(q, ", ")
}

// quoteReason explains a CSV quote error in French.
func quoteReason(pe *csv.ParseError) string {
	if errors.Is(pe.Err, csv.ErrBareQuote) {
		return "guillemet isolé dans un champ sans guillemets"
	}
	return "guillemet mal placé ou jamais fermé"
}

// row statuses returned by convert.
type rowStatus int

const (
	rowOK rowStatus = iota
	rowBlank
	rowClosed
)

// converter turns records into actors.
type converter struct {
	file        string
	headers     []string
	m           *mapping
	opt         *Options
	otherNAF    int // rows whose NAF code is not NAF rév. 2 (kept empty)
	paddedPC    int // postcodes given 4 digits and completed with a leading 0
	paddedIDs   int // SIRET/SIREN with a leading zero restored
	firstOthNAF int
	reported    []bool // columns of the current row already given a row error
	dups        []dupGroup
	dupDiff     []int // per group of dups: rows where its columns hold different values
	dupFirst    []int // per group: first such row
	sciIDs      int   // SIRET/SIREN stored as exact numbers in scientific notation (XLSX)
	firstSciID  int
}

func (c *converter) notes() []string {
	var n []string
	if c.otherNAF > 0 {
		n = append(n, fmt.Sprintf("%d ligne(s) ont un code d'activité dans une autre nomenclature que la NAF rév. 2 "+
			"(première : ligne %d) : code NAF laissé vide", c.otherNAF, c.firstOthNAF))
	}
	if c.paddedPC > 0 {
		n = append(n, fmt.Sprintf("%d code(s) postal(aux) de 4 chiffres complété(s) par un 0 initial "+
			"(zéro perdu par un tableur)", c.paddedPC))
	}
	for i, g := range c.dups {
		n = append(n, dupNote(c.headers, g, c.dupDiff[i], c.dupFirst[i]))
	}
	if c.sciIDs > 0 {
		n = append(n, fmt.Sprintf("%d SIRET/SIREN enregistré(s) par le tableur comme nombre en notation "+
			"scientifique (première : ligne %d) : la valeur est exacte et a été reprise ; mettez la colonne au "+
			"format Texte pour l'éviter", c.sciIDs, c.firstSciID))
	}
	if c.paddedIDs > 0 {
		n = append(n, fmt.Sprintf("%d SIRET/SIREN complété(s) par un 0 initial (zéro perdu par un tableur)",
			c.paddedIDs))
	}
	return n
}

// cell is a value read for a field and the column it came from.
type cell struct {
	v   string
	col int // -1 when none
}

// colName returns the header of column i for messages.
func (c *converter) colName(i int) string {
	if i >= 0 && i < len(c.headers) {
		if c.headers[i] != "" {
			return c.headers[i]
		}
		return fmt.Sprintf("colonne %d", i+1)
	}
	if i >= 0 {
		return fmt.Sprintf("colonne %d", i+1)
	}
	return ""
}

// shorten cuts a value to 200 characters for messages.
func shorten(s string) string {
	if utf8.RuneCountInString(s) <= 200 {
		return s
	}
	r := []rune(s)
	return string(r[:200]) + "…"
}

// convert turns one record into an actor, or row errors, or a skip.
func (c *converter) convert(rec record) (dossier.Actor, []RowError, rowStatus) {
	var a dossier.Actor
	var errs []RowError
	// One error per cell: a cell already reported is not reported again (a name too long or holding a
	// spreadsheet error is not also "nom absent").
	clear(c.reported)
	bad := func(col int, value, reason string, args ...any) {
		if col >= 0 {
			for len(c.reported) <= col {
				c.reported = append(c.reported, false)
			}
			if c.reported[col] {
				return
			}
			c.reported[col] = true
		}
		errs = append(errs, RowError{File: c.file, Row: rec.line, Column: c.colName(col), Value: shorten(value),
			Reason: fmt.Sprintf(reason, args...)})
	}
	if rec.perr != nil {
		col := len(rec.fields)
		if errors.Is(rec.perr.Err, csv.ErrBareQuote) {
			bad(col, "", "guillemet (\") au milieu d'un champ sans guillemets (caractère %d de la ligne %d) : "+
				"entourez la valeur de guillemets et doublez les guillemets intérieurs", rec.perr.Column, rec.perr.Line)
		} else {
			bad(col, "", "guillemet mal placé ou jamais fermé (champ commencé ligne %d, erreur ligne %d) : "+
				"vérifiez les guillemets de cette ligne", rec.perr.StartLine, rec.perr.Line)
		}
		return a, errs, rowOK
	}
	if allEmpty(rec.fields) {
		return a, nil, rowBlank
	}
	if len(rec.fields) > len(c.headers) {
		for i := len(c.headers); i < len(rec.fields); i++ {
			if strings.TrimSpace(rec.fields[i]) != "" {
				bad(-1, rec.fields[i], "la ligne a %s colonnes, l'en-tête en a %s : un séparateur dans une valeur "+
					"sans guillemets ?", fr.Int(int64(len(rec.fields))), fr.Int(int64(len(c.headers))))
				return a, errs, rowOK
			}
		}
	}
	// get returns the first usable value of the columns of f. Cells holding a spreadsheet error value or
	// longer than MaxCellChars are not usable: they are reported once each by the scan below.
	get := func(f Field) cell {
		for _, i := range c.m.cols[f] {
			if i >= len(rec.fields) {
				continue
			}
			v := strings.TrimSpace(rec.fields[i])
			if v == "" || v == "[ND]" || cellProblem(&rec, i, v) != problemNone {
				continue
			}
			// An apostrophe put before "=", "+", "-", "@" by a CSV export against formula injection
			// (pitfalls.md) is not part of the value.
			if len(v) > 1 && v[0] == '\'' && strings.IndexByte("=+-@", v[1]) >= 0 {
				v = v[1:]
			}
			return cell{v, i}
		}
		first := -1
		if cs := c.m.cols[f]; len(cs) > 0 {
			first = cs[0]
		}
		return cell{"", first}
	}
	// Closed establishments and ceased units.
	if !c.opt.KeepClosed {
		if st := get(FieldState); strings.EqualFold(st.v, "F") {
			return a, nil, rowClosed
		}
		if st := get(FieldUnitState); strings.EqualFold(st.v, "C") {
			return a, nil, rowClosed
		}
	}
	// Columns feeding the same field with different values.
	for gi, g := range c.dups {
		first := ""
		for _, i := range g.cols {
			if i >= len(rec.fields) {
				continue
			}
			v := strings.TrimSpace(rec.fields[i])
			if v == "" || v == "[ND]" || cellProblem(&rec, i, v) != problemNone {
				continue
			}
			if first == "" {
				first = v
			} else if v != first {
				c.dupDiff[gi]++
				if c.dupFirst[gi] == 0 {
					c.dupFirst[gi] = rec.line
				}
				break
			}
		}
	}
	// Unusable cells of every imported column, used by this row or not.
	for i, f := range c.m.byCol {
		if f == FieldIgnore || f == FieldKnown || i >= len(rec.fields) {
			continue
		}
		v := strings.TrimSpace(rec.fields[i])
		switch cellProblem(&rec, i, v) {
		case problemSheetError:
			bad(i, v, "valeur d'erreur du tableur « %s » : corrigez la formule ou la référence dans le tableur, "+
				"ou videz la cellule", v)
		case problemTooLong:
			bad(i, v, "valeur de %s caractères : le maximum est %s", fr.Int(int64(utf8.RuneCountInString(v))),
				fr.Int(MaxCellChars))
		}
	}
	// Identifiers.
	siren := get(FieldSIREN)
	sirenV := ""
	if siren.v != "" {
		if v, why, sci := c.readID(&rec, siren, 9); why != "" {
			bad(siren.col, siren.v, "%s", why)
		} else if err := fr.CheckSIREN(v); err != nil {
			bad(siren.col, siren.v, "%v", err)
		} else {
			sirenV = fr.CleanID(v)
			if sci {
				c.countSci(rec.line)
			}
		}
	}
	siret := get(FieldSIRET)
	if siret.v != "" {
		if v, why, sci := c.readID(&rec, siret, 14); why != "" {
			bad(siret.col, siret.v, "%s", why)
		} else if err := fr.CheckSIRET(v); err != nil {
			bad(siret.col, siret.v, "%v", err)
		} else {
			a.SIRET = fr.CleanID(v)
			if sirenV != "" && a.SIRET[:9] != sirenV {
				bad(siret.col, siret.v, "le SIRET ne commence pas par le SIREN %s de la même ligne", sirenV)
			} else if sci {
				c.countSci(rec.line)
			}
		}
	} else if sirenV != "" {
		nic := get(FieldNIC)
		if nic.v == "" {
			nic = get(FieldHeadOfficeNIC)
		}
		if nic.v != "" {
			n := fr.CleanID(nic.v)
			for len(n) < 5 && allDigitsStr(n) {
				n = "0" + n
			}
			if err := fr.CheckSIRET(sirenV + n); err != nil {
				bad(nic.col, nic.v, "le SIRET formé du SIREN et du NIC est invalide : %v", err)
			} else {
				a.SIRET = sirenV + n
			}
		}
	}
	// Name: the first non-empty of name, denominationUniteLegale, enseigne1Etablissement, denomination
	// usuelle, "prénom nom", sigle, then Options.NameBySIREN.
	name := cell{"", -1}
	for _, f := range []Field{FieldName, FieldDenomination, FieldSign, FieldUsualName, FieldLastName, FieldAcronym} {
		v := get(f)
		if f == FieldLastName && v.v != "" {
			v.v = strings.TrimSpace(get(FieldFirstName).v + " " + v.v)
		}
		if name.col < 0 {
			name.col = v.col
		}
		if v.v != "" {
			name = v
			break
		}
	}
	if name.v == "" && c.opt.NameBySIREN != nil {
		s := sirenV
		if s == "" && len(a.SIRET) == 14 {
			s = a.SIRET[:9]
		}
		if s != "" {
			name.v = strings.TrimSpace(c.opt.NameBySIREN(s))
		}
	}
	a.Name = oneLine(name.v)
	if a.Name == "" && !c.anyReported(FieldName, FieldDenomination, FieldSign, FieldUsualName, FieldLastName,
		FieldAcronym) {
		reason := "nom absent"
		if c.m.preset == PresetSIRENEEtablissement {
			reason = "nom absent (ni enseigne, ni dénomination usuelle) : joignez le fichier StockUniteLegale " +
				"pour avoir la dénomination"
		}
		bad(name.col, "", "%s", reason)
	}
	// Place.
	a.Town = oneLine(get(FieldTown).v)
	if pc := get(FieldPostcode); pc.v != "" {
		v := strings.TrimSpace(pc.v)
		if rec.raw {
			v = strings.TrimSuffix(v, ".0")
		}
		if len(v) == 4 && allDigitsStr(v) {
			v = "0" + v
			c.paddedPC++
		}
		if utf8.RuneCountInString(v) > 12 {
			bad(pc.col, pc.v, "code postal trop long")
		}
		a.Postcode = v
	}
	// Activity.
	naf, nomen := get(FieldNAF), get(FieldNAFNomenclature)
	if naf.v == "" {
		naf, nomen = get(FieldUnitNAF), get(FieldUnitNAFNomenclature)
	}
	if naf.v != "" {
		if nomen.v != "" && !strings.EqualFold(nomen.v, "NAFRev2") {
			c.otherNAF++
			if c.firstOthNAF == 0 {
				c.firstOthNAF = rec.line
			}
		} else if n, ok := fr.NormalizeNAF(naf.v); ok {
			a.NAF = n
		} else {
			bad(naf.col, naf.v, "code NAF invalide : attendu 4 chiffres et une lettre, comme 62.01Z")
		}
	}
	if hc := get(FieldHeadcount); hc.v != "" {
		if code, ok := headcountCode(hc.v); ok {
			a.HeadcountBand = code
		} else {
			bad(hc.col, hc.v, "tranche d'effectifs inconnue : attendu un code INSEE (NN, 00, 01, 02, 03, 11, 12, "+
				"21, 22, 31, 32, 41, 42, 51, 52, 53) ou son libellé")
		}
	}
	if y := get(FieldCreationYear); y.v != "" {
		if yr, ok := parseYear(y.v, rec.raw); ok {
			a.CreationYear = yr
		} else {
			bad(y.col, y.v, "année de création invalide : attendu une année entre 1800 et 2100")
		}
	}
	if d := get(FieldCreationDate); d.v != "" && a.CreationYear == 0 {
		if yr, ok := parseDateYear(d.v, rec.raw); ok {
			a.CreationYear = yr
		} else {
			bad(d.col, d.v, "date de création invalide : attendu JJ/MM/AAAA ou AAAA-MM-JJ")
		}
	}
	if f := get(FieldFunds); f.v != "" {
		v, err := parseMoney(f.v, rec.raw)
		switch {
		case err != nil:
			bad(f.col, f.v, "%v", err)
		case v < 0:
			bad(f.col, f.v, "montant de fonds levés négatif")
		default:
			a.FundsRaised = dossier.Cents(v)
		}
	}
	a.Website = oneLine(get(FieldWebsite).v)
	a.Description = cleanText(get(FieldDescription).v)
	if t := get(FieldTags); t.v != "" {
		a.Tags = splitTags(t.v)
	}
	if fi := get(FieldFictitious); fi.v != "" {
		switch foldKey(fi.v) {
		case "oui", "o", "vrai", "true", "1", "x", "yes", "y":
			a.Fictitious = true
		case "non", "n", "faux", "false", "0", "no":
		default:
			bad(fi.col, fi.v, "valeur « Fictif » invalide : attendu « Oui » ou « Non »")
		}
	}
	// Category.
	if cat := get(FieldCategory); cat.v != "" {
		if code, ok := categoryCode(cat.v); ok {
			a.Category = code
		} else {
			bad(cat.col, cat.v, "catégorie inconnue : attendu %s", categoryList())
		}
	} else {
		a.Category = guessCategory(a.NAF, get(FieldCompanyCategory).v, get(FieldLegalCategory).v,
			get(FieldAssociationID).v, c.opt.DefaultCategory)
	}
	a.Origin = fmt.Sprintf("import %s ligne %d", c.file, rec.line)
	if len(errs) == 0 {
		detach(&a)
	}
	return a, errs, rowOK
}

// detach copies the actor's strings out of the record they were cut from, so that keeping an actor does not
// keep its whole source line (48 SIRENE columns) alive.
func detach(a *dossier.Actor) {
	for _, p := range []*string{&a.Name, &a.SIRET, &a.Town, &a.Postcode, &a.HeadcountBand, &a.Website,
		&a.Description} {
		*p = strings.Clone(*p)
	}
	for i := range a.Tags {
		a.Tags[i] = strings.Clone(a.Tags[i])
	}
}

// cell problems found by cellProblem.
const (
	problemNone       = iota
	problemSheetError // a spreadsheet error value (#REF!, #N/A, Err:502…)
	problemTooLong    // more than MaxCellChars characters
)

// cellProblem tells whether cell i of rec, whose trimmed value is v, cannot be used: it holds a spreadsheet
// error value (see isSheetError) or is longer than MaxCellChars.
func cellProblem(rec *record, i int, v string) int {
	switch {
	case v == "":
		return problemNone
	case isSheetError(v, rec.kind(i)):
		return problemSheetError
	case len(v) > MaxCellChars && utf8.RuneCountInString(v) > MaxCellChars:
		return problemTooLong
	}
	return problemNone
}

// sheetErrors are the error values spreadsheets show in a cell and write as its text in a CSV export, folded
// as isSheetError folds a cell (spaces dropped, upper case): Excel's in English (as stored in every XLSX file)
// and in French (as a French Excel writes them in CSV), LibreOffice's "#NOM ?" style (French typography).
// LibreOffice's own codes "Err:501" to "Err:599" are matched apart.
var sheetErrors = map[string]bool{
	"#NULL!": true, "#DIV/0!": true, "#VALUE!": true, "#REF!": true, "#NAME?": true, "#NUM!": true,
	"#N/A": true, "#GETTING_DATA": true, "#SPILL!": true, "#CALC!": true, "#FIELD!": true, "#BLOCKED!": true,
	"#CONNECT!": true, "#BUSY!": true, "#UNKNOWN!": true,
	// French Excel.
	"#NUL!": true, "#VALEUR!": true, "#NOM?": true, "#NOMBRE!": true,
}

// isSheetError reports whether a cell of the given kind whose trimmed value is v is a spreadsheet error value
// rather than data: any XLSX cell of error type (t="e"), or a text exactly equal to one of sheetErrors (a
// CSV export writes the error's text) or to LibreOffice's "Err:5xx".
func isSheetError(v string, kind byte) bool {
	if kind == kindError {
		return v != ""
	}
	if len(v) < 4 || len(v) > 24 || (v[0] != '#' && v[0] != 'E' && v[0] != 'e') {
		return false
	}
	if len(v) == 7 && strings.EqualFold(v[:5], "Err:5") && allDigitsStr(v[5:]) {
		return true
	}
	k := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u00a0' || r == '\u202f' {
			return -1
		}
		return r
	}, strings.ToUpper(v))
	return sheetErrors[k]
}

// anyReported reports whether a row error was given for a column of one of the fields in the current row.
func (c *converter) anyReported(fields ...Field) bool {
	for _, f := range fields {
		for _, i := range c.m.cols[f] {
			if i < len(c.reported) && c.reported[i] {
				return true
			}
		}
	}
	return false
}

// readID reads a SIREN (want 9) or SIRET (want 14) cell before its key check. A number stored in an XLSX
// cell in scientific notation ("5.0011122400019E+13") is read exactly when it is an integer of at most 15
// significant digits (Excel keeps 15: no digit was lost), and sci is true (the caller counts it for a note
// once the key checks); with more digits, or not an
// integer, digits were lost and it is refused. Text in scientific notation (a CSV export writes the displayed
// "5,00111E+13") is refused: the digits are gone. A leading zero lost by a spreadsheet is restored by fixID.
// why is the French reason of a refusal, or "".
func (c *converter) readID(rec *record, x cell, want int) (v, why string, sci bool) {
	what := "SIRET"
	if want == 9 {
		what = "SIREN"
	}
	v = strings.TrimSpace(x.v)
	if rec.raw && rec.kind(x.col) == kindNumber && strings.ContainsAny(v, "eE") {
		d, ok := exactInteger(v)
		if !ok {
			return "", what + " abîmé par un tableur (nombre en notation scientifique dont des chiffres sont " +
				"perdus) : mettez la colonne au format Texte et saisissez à nouveau les numéros", false
		}
		v, sci = d, true
	}
	v = c.fixID(v, want, rec.raw)
	if strings.ContainsAny(v, "eE") && strings.ContainsAny(v, "+.,") {
		return "", what + " abîmé par un tableur (notation scientifique) : mettez la colonne au format Texte " +
			"avant d'enregistrer", false
	}
	return v, "", sci
}

// countSci counts a SIRET/SIREN read exactly from scientific notation, for the note.
func (c *converter) countSci(line int) {
	c.sciIDs++
	if c.firstSciID == 0 {
		c.firstSciID = line
	}
}

// exactInteger returns the decimal digits of a number written as a stored XLSX number ("5.0011122400019E+13",
// "1.2E3", "42"): ok only when it is a non-negative integer of at most 15 significant digits, the precision
// spreadsheets keep. "5.0011122400019E+13" gives "50011122400019"; "5.00111224000191E+13" (not an integer)
// and "1.23456789012345678E+17" (18 significant digits) are not ok.
func exactInteger(v string) (string, bool) {
	mant, exp := v, 0
	if i := strings.IndexAny(v, "eE"); i >= 0 {
		es := v[i+1:]
		if es != "" && (es[0] == '+' || es[0] == '-') {
			es = es[1:]
		}
		e, err := strconv.Atoi(es)
		if err != nil || !allDigitsStr(es) || e > 400 {
			return "", false
		}
		if v[i+1] == '-' {
			e = -e
		}
		mant, exp = v[:i], e
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	if intPart == "" && frac == "" || !allDigitsOrEmpty(intPart) || !allDigitsOrEmpty(frac) {
		return "", false
	}
	frac = strings.TrimRight(frac, "0")
	digits := strings.TrimLeft(intPart+frac, "0")
	if digits == "" {
		return "0", true
	}
	// Significant digits, trailing zeros of the integer part included: they are digits of the value only when
	// the exponent does not shift them out, which the integer check below settles.
	if len(strings.TrimRight(digits, "0")) > 15 {
		return "", false
	}
	shift := exp - len(frac) // the value is digits × 10^shift
	if shift < 0 {
		if len(digits) <= -shift || strings.TrimRight(digits[len(digits)+shift:], "0") != "" {
			return "", false // a fraction is left
		}
		digits = digits[:len(digits)+shift]
	} else {
		if len(digits)+shift > 20 {
			return "", false
		}
		digits += strings.Repeat("0", shift)
	}
	return digits, true
}

func allDigitsOrEmpty(s string) bool { return s == "" || allDigitsStr(s) }

// fixID restores a leading zero lost by a spreadsheet: a digit string one short of want whose completed form
// passes the key check. raw XLSX numbers like "12345678.0" lose their ".0".
func (c *converter) fixID(v string, want int, raw bool) string {
	v = strings.TrimSpace(v)
	if raw {
		v = strings.TrimSuffix(v, ".0")
	}
	cl := fr.CleanID(v)
	if len(cl) == want-1 && allDigitsStr(cl) {
		p := "0" + cl
		var err error
		if want == 9 {
			err = fr.CheckSIREN(p)
		} else {
			err = fr.CheckSIRET(p)
		}
		if err == nil {
			c.paddedIDs++
			return p
		}
	}
	return v
}

func allDigitsStr(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// oneLine turns line breaks and tabs into spaces, drops other control characters and collapses spaces.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\u00a0':
			return ' '
		case r < 0x20 || r == 0x7f || r == '\ufffe' || r == '\uffff':
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// cleanText drops control characters other than line feed and tab (pasted from Word/PDF; pitfalls.md) and
// normalises CRLF to LF.
func cleanText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\r':
			return '\n'
		case r < 0x20 || r == 0x7f || r == '\ufffe' || r == '\uffff':
			return -1
		}
		return r
	}, s))
}

// splitTags splits "a, b; c | d" into distinct trimmed tags, in order.
func splitTags(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == '\n' })
	var out []string
	seen := map[string]bool{}
	for _, p := range parts {
		p = oneLine(p)
		k := foldKey(p)
		if p == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, p)
	}
	return out
}

// headcountCode reads a tranche d'effectifs: an INSEE code ("11"; a lone digit "1" is read "01", as
// spreadsheets drop the zero) or its label as in dossier.HeadcountBands (case, accents, spaces ignored).
func headcountCode(v string) (string, bool) {
	v = strings.TrimSuffix(strings.TrimSpace(v), ".0")
	if len(v) == 1 && v[0] >= '0' && v[0] <= '9' {
		v = "0" + v
	}
	if strings.EqualFold(v, "NN") {
		return "NN", true
	}
	if dossier.Has(dossier.HeadcountBands, v) {
		return v, true
	}
	k := foldKey(v)
	for _, b := range dossier.HeadcountBands {
		if foldKey(b.Label) == k {
			return b.Code, true
		}
	}
	return "", false
}

// parseYear reads a year 1800–2100, also from a date or an XLSX raw number ("2015", "2015.0").
func parseYear(v string, raw bool) (int, bool) {
	v = strings.TrimSpace(v)
	if raw {
		v = strings.TrimSuffix(v, ".0")
	}
	if n, err := strconv.Atoi(v); err == nil {
		if n >= 1800 && n <= 2100 {
			return n, true
		}
		if raw && n > 2100 {
			return parseDateYear(v, raw)
		}
		return 0, false
	}
	return parseDateYear(v, raw)
}

// parseDateYear returns the year of a date typed JJ/MM/AAAA or AAAA-MM-JJ (fr.ParseDate), of "AAAA-MM"
// (SIRENE monthly values), or of an XLSX date serial number.
func parseDateYear(v string, raw bool) (int, bool) {
	if raw {
		if f, err := strconv.ParseFloat(v, 64); err == nil && f > 0 && f < 120000 {
			t, err := excelize.ExcelDateToTime(f, false)
			if err == nil && t.Year() >= 1800 && t.Year() <= 2100 {
				return t.Year(), true
			}
			return 0, false
		}
	}
	iso, err := fr.ParseDate(v)
	if err != nil {
		if len(v) == 7 && v[4] == '-' {
			iso = v + "-01"
			if _, err := fr.ParseISODate(iso); err != nil {
				return 0, false
			}
		} else {
			return 0, false
		}
	}
	y, _ := strconv.Atoi(iso[:4])
	if y < 1800 || y > 2100 {
		return 0, false
	}
	return y, true
}

// parseMoney reads an amount in cents: XLSX raw numbers ("1234.5", "1.5E+7") as numbers rounded to the cent,
// everything else with fr.ParseAmount ("1 234,56 €"). A raw value such as "12.500" or "1.250.000" cannot be
// a number as Excel stores it (no trailing zero after the point, one point at most): it is text typed with
// dots between thousands and goes to fr.ParseAmount (12 500 €). Errors wrap fr.ErrAmount and read
// "montant invalide : « … » …".
func parseMoney(v string, raw bool) (int64, error) {
	if raw && looksRawNumber(v) && !dotThousands(v) {
		f, err := strconv.ParseFloat(v, 64)
		if err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) && math.Abs(f) < 1e13 {
			return int64(math.Round(f * 100)), nil
		}
		return 0, fmt.Errorf("%w : « %s » est hors limites", fr.ErrAmount, v)
	}
	return fr.ParseAmount(v)
}

// dotThousands reports digits grouped by dots ending in a group of three whose last digit is 0 ("12.500"),
// which a stored number never looks like.
func dotThousands(v string) bool {
	v = strings.TrimPrefix(v, "-")
	i := strings.IndexByte(v, '.')
	if i < 1 || i > 3 || !strings.HasSuffix(v, "0") {
		return false
	}
	for _, g := range strings.Split(v[i+1:], ".") {
		if len(g) != 3 || !allDigitsStr(g) {
			return false
		}
	}
	return allDigitsStr(v[:i])
}

// looksRawNumber reports a number as excelize gives raw cell values: optional "-", digits, optional "."
// and digits, optional exponent.
func looksRawNumber(v string) bool {
	if v == "" {
		return false
	}
	i := 0
	if v[0] == '-' {
		i++
	}
	digits, dot, exp := 0, false, false
	for ; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && !exp:
			dot = true
		case (c == 'e' || c == 'E') && !exp && digits > 0:
			exp = true
			if i+1 < len(v) && (v[i+1] == '+' || v[i+1] == '-') {
				i++
			}
		default:
			return false
		}
	}
	return digits > 0
}

// categorySynonyms are extra spellings accepted for dossier.ActorCategories (folded with foldKey).
var categorySynonyms = map[string]string{
	"startups": "startup", "jeunepousse": "startup", "pmeeti": "pme", "eti": "pme", "tpe": "pme",
	"entreprise": "pme", "ge": "grande-entreprise", "grandeentreprise": "grande-entreprise",
	"grandesentreprises": "grande-entreprise", "grandgroupe": "grande-entreprise", "labo": "laboratoire",
	"recherche": "laboratoire", "universite": "enseignement", "ecole": "enseignement",
	"enseignementsuperieur": "enseignement", "incubateur": "accelerateur", "accelerateur": "accelerateur",
	"fonds": "investisseur", "financeur": "investisseur", "asso": "association", "institution": "collectivite",
	"collectivite": "collectivite", "tierslieu": "tiers-lieu", "fablab": "tiers-lieu", "coworking": "tiers-lieu",
}

// categoryCode reads a category given as a code or label of dossier.ActorCategories, or a common synonym.
func categoryCode(v string) (string, bool) {
	k := foldKey(v)
	for _, c := range dossier.ActorCategories {
		if foldKey(c.Code) == k || foldKey(c.Label) == k {
			return c.Code, true
		}
	}
	if c, ok := categorySynonyms[k]; ok {
		return c, true
	}
	return "", false
}

func categoryList() string {
	var l []string
	for _, c := range dossier.ActorCategories {
		l = append(l, "« "+c.Label+" »")
	}
	return strings.Join(l, ", ")
}

// guessCategory gives a category to an actor whose file has no category column. The rule, first match wins:
//  1. NAF 72.1x or 72.20Z (recherche-développement) → "laboratoire"; 85.42Z (enseignement supérieur) →
//     "enseignement"; 84.1x (administration publique) → "collectivite"; 64.30Z or 66.30Z (fonds, gestion de
//     fonds) → "investisseur"; 94.99Z (autres organisations associatives) → "association";
//  2. catégorie juridique 92xx (associations) or an RNA number → "association"; 7xxx (personnes morales de
//     droit public) → "collectivite";
//  3. categorieEntreprise "GE" → "grande-entreprise", "ETI" → "pme" (INSEE's "PME" includes micro-entreprises
//     and start-ups, so it decides nothing);
//  4. otherwise def when it is a valid category code, else "autre".
func guessCategory(naf, companyCat, legalCat, rna, def string) string {
	switch {
	case strings.HasPrefix(naf, "72.1"), naf == "72.20Z":
		return "laboratoire"
	case naf == "85.42Z":
		return "enseignement"
	case strings.HasPrefix(naf, "84.1"):
		return "collectivite"
	case naf == "64.30Z", naf == "66.30Z":
		return "investisseur"
	case naf == "94.99Z":
		return "association"
	case strings.HasPrefix(legalCat, "92"), rna != "":
		return "association"
	case strings.HasPrefix(legalCat, "7"):
		return "collectivite"
	case strings.EqualFold(companyCat, "GE"):
		return "grande-entreprise"
	case strings.EqualFold(companyCat, "ETI"):
		return "pme"
	}
	if dossier.Has(dossier.ActorCategories, def) {
		return def
	}
	return "autre"
}
