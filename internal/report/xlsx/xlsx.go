// Package xlsx writes the dossier's two workbooks: the financing plan (plan de financement: synthesis,
// Cerfa 12156 budget, detail of charges and produits, summaries by action, partner and year) and the actors
// directory (annuaire with statistics). It is the only package that imports excelize.
//
// Every total is a live formula (SUM, SUMIFS, COUNTIFS over the detail sheets) written together with its
// value computed in Go (the cached value), and the workbook asks for a full recalculation on load (calcPr
// fullCalcOnLoad). Who sees what:
//   - Excel honours fullCalcOnLoad and recalculates on open (ECMA-376 §18.2.2); it also starts from right
//     cached values.
//   - LibreOffice with its default settings ("Recalculation on file load: never") ignores fullCalcOnLoad and
//     shows the cached values, which are right (TestWhichReadersSeeWhat: a file with deliberately wrong
//     cached values shows the wrong ones). Set to "always recalculate", it computes the formulas, which give
//     the same figures (TestLibreOfficeRecalculates, on the same wrong-cache file too).
//   - Readers that never calculate (file previews, mail clients, scripts, excelize's GetCellValue) show the
//     cached values.
//
// Amounts are dossier.Cents; a cell holds float64(cents)/100, the double nearest to the exact decimal amount
// (the same double Excel parses from "1234.56"), exact to the cent for any amount below 2^53/100 €.
//
// Sheets are written with excelize's StreamWriter: it is the only excelize API that writes a formula together
// with a numeric cached value, and it keeps memory low on large dossiers. Sheet-level settings that the
// stream writer does not offer (print setup, validations, conditional formats, hyperlinks) are set through
// the File on the same worksheet before Flush; sheet properties (fit to page) before the stream starts.
package xlsx

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Europe/Paris on systems without a zoneinfo database (Windows)
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"dossierft/internal/dossier"
)

// Options tunes an encoder.
type Options struct {
	// Now is the edition time written in the document properties and on the title rows; the zero value means
	// time.Now(). Tests fix it.
	Now time.Time

	// poison, for tests only, writes wrong cached values (each formula's value plus 1000) so that a test can
	// show which readers recalculate and which read the cache.
	poison bool
}

// paris is Europe/Paris: excelize writes a time.Time's wall clock and ignores its zone, so every time is
// converted to Paris time before it reaches a cell.
var paris = func() *time.Location {
	l, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		return time.FixedZone("CET", 3600)
	}
	return l
}()

// Number formats. The backslash-escaped space and quoted euro sign display "1 234,56 €" in a French Excel
// or LibreOffice and "1,234.56 €" elsewhere; the value stays a number.
const (
	fmtEuro      = `#,##0.00\ "€"`
	fmtWholeEuro = `#,##0\ "€"`
	fmtPercent   = `0.0%`
	fmtDate      = `dd/mm/yyyy`
	fmtInt       = `#,##0`
	fmtYear      = `0`
)

// styles holds the style IDs shared by the sheets of one workbook.
type styles struct {
	title, subtitle, header, headerRight, text, wrap, bold, textFmt, link                 int
	euro, euroBold, euroStrong, whole, wholeBold, wholeGroup, pct, pctBold, date, integer int
	year, yearBold, check, indent, totalLabel, groupLabel                                 int
	dxfBad, dxfGood                                                                       int
}

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	var err error
	border := []excelize.Border{{Type: "bottom", Color: "7F7F7F", Style: 1}}
	thin := []excelize.Border{{Type: "top", Color: "7F7F7F", Style: 1}}
	custom := func(code string) *string { return &code }
	defs := []struct {
		id *int
		st *excelize.Style
	}{
		{&s.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14, Color: "1F3864"}}},
		{&s.subtitle, &excelize.Style{Font: &excelize.Font{Italic: true, Color: "595959"}}},
		{&s.header, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F3864"}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}, Border: border}},
		{&s.headerRight, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F3864"}},
			Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center", WrapText: true}, Border: border}},
		{&s.text, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&s.wrap, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&s.bold, &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&s.textFmt, &excelize.Style{NumFmt: 49, Alignment: &excelize.Alignment{Vertical: "top"}}}, // "@": text, leading zeros kept
		{&s.link, &excelize.Style{Font: &excelize.Font{Color: "0563C1", Underline: "single"}, Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&s.euro, &excelize.Style{CustomNumFmt: custom(fmtEuro), Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&s.euroBold, &excelize.Style{CustomNumFmt: custom(fmtEuro), Font: &excelize.Font{Bold: true}, Border: thin, Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&s.euroStrong, &excelize.Style{CustomNumFmt: custom(fmtEuro), Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&s.whole, &excelize.Style{CustomNumFmt: custom(fmtWholeEuro)}},
		{&s.wholeBold, &excelize.Style{CustomNumFmt: custom(fmtWholeEuro), Font: &excelize.Font{Bold: true}, Border: thin,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}}},
		{&s.wholeGroup, &excelize.Style{CustomNumFmt: custom(fmtWholeEuro), Font: &excelize.Font{Bold: true}}},
		{&s.pct, &excelize.Style{CustomNumFmt: custom(fmtPercent), Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&s.pctBold, &excelize.Style{CustomNumFmt: custom(fmtPercent), Font: &excelize.Font{Bold: true}, Border: thin}},
		{&s.date, &excelize.Style{CustomNumFmt: custom(fmtDate), Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}}},
		{&s.integer, &excelize.Style{CustomNumFmt: custom(fmtInt), Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&s.year, &excelize.Style{CustomNumFmt: custom(fmtYear), Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}}},
		{&s.yearBold, &excelize.Style{CustomNumFmt: custom(fmtYear), Font: &excelize.Font{Bold: true, Color: "FFFFFF"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F3864"}}, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"}, Border: border}},
		{&s.indent, &excelize.Style{Alignment: &excelize.Alignment{Indent: 1, Vertical: "top", WrapText: true}}},
		{&s.totalLabel, &excelize.Style{Font: &excelize.Font{Bold: true}, Border: thin, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}}},
		{&s.groupLabel, &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&s.check, &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Horizontal: "center"}}},
	}
	for _, d := range defs {
		if *d.id, err = f.NewStyle(d.st); err != nil {
			return s, err
		}
	}
	if s.dxfBad, err = f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: "9C0006", Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}}); err != nil {
		return s, err
	}
	if s.dxfGood, err = f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: "006100", Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"C6EFCE"}}}); err != nil {
		return s, err
	}
	return s, nil
}

// book is one workbook being built.
type book struct {
	f      *excelize.File
	st     styles
	names  *sheetNames
	notes  notes
	now    time.Time // edition time, Europe/Paris
	poison bool
	first  bool // the default "Sheet1" has not been renamed yet

	wraps map[int]bool // style IDs that wrap text

	links     []link // external hyperlinks of the worksheet part linkSheet, added by addLinks
	linkSheet string
}

func newBook(opt Options) (*book, error) {
	f := excelize.NewFile()
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}
	wraps := map[int]bool{st.wrap: true, st.bold: true, st.header: true, st.headerRight: true, st.indent: true, st.groupLabel: true}
	return &book{f: f, st: st, names: newSheetNames(), now: now.In(paris), poison: opt.poison, first: true, wraps: wraps}, nil
}

// sheet is a worksheet assembled in memory, then streamed. Rows are 1-based in the public methods.
type sheet struct {
	b      *book
	name   string
	rows   [][]any         // rows[r-1][c-1] is nil or an excelize.Cell
	widths []float64       // estimated widths, in characters
	fixed  map[int]float64 // fixed widths
	caps   map[int]float64 // maximum widths

	freezeRows, freezeCols int    // frozen rows at the top and columns at the left
	printRows              [2]int // rows repeated on each printed page (first, last), 0 = none
	table                  *excelize.Table
	portrait               bool
	before                 []func(f *excelize.File, name string) error // run on the worksheet before Flush
	hidden                 bool
}

// newSheet reserves a sheet name (made valid and unique) and returns an empty sheet.
func (b *book) newSheet(name string) *sheet {
	return &sheet{b: b, name: b.names.take(name), fixed: map[int]float64{}, caps: map[int]float64{}}
}

// set puts a cell at (row, col), both 1-based, and widens the column for its displayed text.
func (s *sheet) set(row, col int, c excelize.Cell) {
	s.put(row, col, c)
	s.widen(col, displayLen(c.Value, c.StyleID == s.b.st.header || c.StyleID == s.b.st.headerRight))
}

// put puts a cell at (row, col) without widening its column (titles that overflow to the right).
func (s *sheet) put(row, col int, c excelize.Cell) {
	for len(s.rows) < row {
		s.rows = append(s.rows, nil)
	}
	r := s.rows[row-1]
	for len(r) < col {
		r = append(r, nil)
	}
	r[col-1] = c
	s.rows[row-1] = r
}

// text writes a cleaned text cell; an empty text leaves the cell blank. column names the column in notes.
func (s *sheet) text(row, col int, v string, style int, column string) {
	v = s.b.notes.text(s.name, row, column, v)
	if v == "" {
		return
	}
	s.set(row, col, excelize.Cell{StyleID: style, Value: v})
}

// num writes a number.
func (s *sheet) num(row, col int, v any, style int) {
	s.set(row, col, excelize.Cell{StyleID: style, Value: v})
}

// money writes an amount in euros with cents.
func (s *sheet) money(row, col int, c dossier.Cents, style int) {
	s.set(row, col, excelize.Cell{StyleID: style, Value: euros(c)})
}

// formula writes a formula with its cached value (float64, int64 or string as computed in Go).
func (s *sheet) formula(row, col int, f string, cached any, style int) {
	if s.b.poison {
		switch v := cached.(type) {
		case float64:
			cached = v + 1000
		case int64:
			cached = v + 1000
		case int:
			cached = v + 1000
		case string:
			cached = "cache:" + v
		}
	}
	s.set(row, col, excelize.Cell{StyleID: style, Formula: f, Value: cached})
}

// date writes an ISO date (AAAA-MM-JJ) as a real date; an empty or invalid date leaves the cell blank.
func (s *sheet) date(row, col int, iso string) {
	t, err := time.ParseInLocation("2006-01-02", iso, time.UTC)
	if err != nil {
		if iso != "" {
			s.text(row, col, iso, s.b.st.text, "date")
		}
		return
	}
	s.set(row, col, excelize.Cell{StyleID: s.b.st.date, Value: t})
}

// widen records that column col shows n characters.
func (s *sheet) widen(col int, n float64) {
	for len(s.widths) < col {
		s.widths = append(s.widths, 0)
	}
	if n > s.widths[col-1] {
		s.widths[col-1] = n
	}
}

// textNumbers marks a range (e.g. "D2:D145") whose cells are digits kept as text on purpose (account codes,
// SIRET, postcodes): Excel shows no "number stored as text" warning triangle there.
func (s *sheet) textNumbers(rng string) {
	s.before = append(s.before, func(f *excelize.File, name string) error {
		return f.AddIgnoredErrors(name, rng, excelize.IgnoredErrorsNumberStoredAsText)
	})
}

// width fixes the width of column col, in characters, whatever its content.
func (s *sheet) width(col int, w float64) { s.fixed[col] = w }

// capWidth bounds the width of column col, in characters; longer texts wrap (with a wrapping style).
func (s *sheet) capWidth(col int, w float64) { s.caps[col] = w }

// lineHeight is the height of one line of 11-point text, in points.
const lineHeight = 15.0

// rowHeight returns the height a row needs for its wrapping cells, 0 for the default height. Neither
// excelize nor LibreOffice (on load) fits row heights to wrapped text, so the lines are counted here from
// the column widths (a character is about one width unit).
func (s *sheet) rowHeight(r []any, widths []float64) float64 {
	lines := 1
	for j, v := range r {
		c, ok := v.(excelize.Cell)
		if !ok || !s.b.wraps[c.StyleID] || j >= len(widths) {
			continue
		}
		txt, ok := c.Value.(string)
		if !ok {
			continue
		}
		per := max(int(widths[j]*1.15)-2, 1) // proportional font: ~1.15 average characters per width unit
		n := 0
		for _, para := range strings.Split(txt, "\n") {
			n += max((utf8.RuneCountInString(para)+per-1)/per, 1)
		}
		lines = max(lines, n)
	}
	if lines == 1 {
		return 0
	}
	return math.Min(float64(lines)*lineHeight, excelize.MaxRowHeight)
}

// displayLen estimates the width in characters a value takes once formatted (excelize has no auto-fit).
func displayLen(v any, header bool) float64 {
	var n float64
	switch v := v.(type) {
	case string:
		// Longest line; long texts wrap (column capped at 60).
		for _, line := range strings.Split(v, "\n") {
			if l := float64(utf8.RuneCountInString(line)); l > n {
				n = l
			}
		}
		if header {
			n = n*1.1 + 2 // bold, plus the filter button
		}
	case float64:
		n = float64(len(strconv.FormatFloat(math.Abs(v), 'f', 0, 64)))
		n += n/3 + 6 // thousands separators, ",00", " €", sign
	case int, int64:
		n = float64(len(fmt.Sprint(v))) + 1
	case time.Time:
		n = 10
	}
	return n
}

// euros turns cents into the cell value in euros (see the package comment on exactness).
func euros(c dossier.Cents) float64 { return float64(c) / 100 }

// colName returns the column letters of a 1-based column number.
func colName(c int) string {
	n, _ := excelize.ColumnNumberToName(c)
	return n
}

// ref returns the A1 reference of (row, col).
func ref(row, col int) string { return colName(col) + strconv.Itoa(row) }

// absRef returns the $A$1 reference of (row, col).
func absRef(row, col int) string { return "$" + colName(col) + "$" + strconv.Itoa(row) }

// quoteSheet returns a sheet name quoted for use in a formula or a defined name: 'Name', apostrophes doubled.
func quoteSheet(name string) string { return "'" + strings.ReplaceAll(name, "'", "''") + "'" }

// strLit returns s as a formula string literal: "text", quotes doubled.
func strLit(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// criterion returns the SUMIFS/COUNTIFS criterion literal that matches cells equal to s and nothing else:
// "=" then s with the wildcards * ? ~ escaped by ~ (Excel, and LibreOffice in its OOXML wildcard mode), so
// a name like "<Nancy>" or "Saint-*" is not read as an operator or a pattern. An empty s matches blank cells.
func criterion(s string) string {
	if s == "" {
		return `""`
	}
	r := strings.NewReplacer("~", "~~", "*", "~*", "?", "~?")
	return strLit("=" + r.Replace(s))
}

// name defines a workbook-wide name for a range of sheet s.
func (b *book) name(n string, s *sheet, firstRow, firstCol, lastRow, lastCol int) error {
	return b.f.SetDefinedName(&excelize.DefinedName{
		Name:     n,
		RefersTo: quoteSheet(s.name) + "!" + absRef(firstRow, firstCol) + ":" + absRef(lastRow, lastCol),
	})
}

// hfEscape escapes "&" for a header/footer string, where it starts a control code.
func hfEscape(s string) string { return strings.ReplaceAll(s, "&", "&&") }

// write creates the sheet in the workbook and streams it: widths, panes, rows, table, print setup,
// and the worksheet settings queued in s.before.
func (b *book) write(s *sheet) error {
	f := b.f
	if b.first {
		if err := f.SetSheetName("Sheet1", s.name); err != nil {
			return err
		}
		b.first = false
	} else if _, err := f.NewSheet(s.name); err != nil {
		return err
	}
	// sheetPr is written when the stream starts: fit-to-page must be set before.
	fit := true
	if err := f.SetSheetProps(s.name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(s.name)
	if err != nil {
		return err
	}
	final := make([]float64, max(len(s.widths), 1))
	for i, w := range s.widths {
		w = math.Min(math.Max(w+2, 6), 60)
		if cw, ok := s.caps[i+1]; ok && w > cw {
			w = cw
		}
		if fw, ok := s.fixed[i+1]; ok {
			w = fw
		}
		final[i] = w
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	for c, w := range s.fixed {
		if c > len(s.widths) {
			if err := sw.SetColWidth(c, c, w); err != nil {
				return err
			}
		}
	}
	if s.freezeRows > 0 || s.freezeCols > 0 {
		pane := "bottomLeft"
		switch {
		case s.freezeRows > 0 && s.freezeCols > 0:
			pane = "bottomRight"
		case s.freezeRows == 0:
			pane = "topRight"
		}
		tl := ref(s.freezeRows+1, s.freezeCols+1)
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: s.freezeCols, YSplit: s.freezeRows, TopLeftCell: tl,
			ActivePane: pane, Selection: []excelize.Selection{{SQRef: tl, ActiveCell: tl, Pane: pane}}}); err != nil {
			return err
		}
	}
	for i, r := range s.rows {
		if len(r) == 0 {
			continue
		}
		if h := s.rowHeight(r, final); h > 0 {
			err = sw.SetRow(ref(i+1, 1), r, excelize.RowOpts{Height: h})
		} else {
			err = sw.SetRow(ref(i+1, 1), r)
		}
		if err != nil {
			return err
		}
	}
	if s.table != nil {
		if err := sw.AddTable(s.table); err != nil {
			return err
		}
	}
	// Print setup: A4 landscape, fit to one page wide (any number of pages tall), footer with the sheet name
	// (&A) and "page &P / &N", header rows repeated on every page (_xlnm.Print_Titles).
	a4, one, any := 9, 1, 0
	orient := "landscape"
	if s.portrait {
		orient = "portrait"
	}
	if err := f.SetPageLayout(s.name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &orient, FitToWidth: &one, FitToHeight: &any}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(s.name, &excelize.HeaderFooterOptions{OddFooter: "&L&8&A&R&8Page &P / &N"}); err != nil {
		return err
	}
	if s.printRows[0] > 0 {
		if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: s.name,
			RefersTo: fmt.Sprintf("%s!$%d:$%d", quoteSheet(s.name), s.printRows[0], s.printRows[1])}); err != nil {
			return err
		}
	}
	for _, fn := range s.before {
		if err := fn(f, s.name); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	if s.hidden {
		return f.SetSheetVisible(s.name, false)
	}
	return nil
}

// finish sets the document properties and the calculation properties, then writes the file to w.
func (b *book) finish(w io.Writer, title, subject string, d *dossier.Dossier) error {
	f := b.f
	stamp := b.now.UTC().Format("2006-01-02T15:04:05Z")
	author := d.Candidature.PorteurName
	if author == "" {
		author = "Dossier French Tech"
	}
	clean := func(s string) string { c, _ := cleanText(s); return c }
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:          clean(title),
		Subject:        clean(subject),
		Creator:        clean(author),
		LastModifiedBy: "Dossier French Tech",
		Created:        stamp,
		Modified:       stamp,
		Keywords:       "French Tech; " + clean(d.Candidature.Name),
		Category:       "Candidature French Tech",
		Language:       "fr-FR",
		Description:    "Généré par Dossier French Tech le " + b.now.Format("02/01/2006 à 15:04") + " (heure de Paris).",
	}); err != nil {
		return err
	}
	if err := f.SetAppProps(&excelize.AppProperties{Application: "Dossier French Tech", Company: clean(d.Candidature.PorteurName)}); err != nil {
		return err
	}
	// Excel and LibreOffice recalculate every formula on load; other readers use the cached values.
	full, mode := true, "auto"
	if err := f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full, CalcMode: &mode}); err != nil {
		return err
	}

	var err error
	if len(b.links) == 0 {
		_, err = f.WriteTo(w)
	} else {
		var buf bytes.Buffer
		if _, err = f.WriteTo(&buf); err == nil {
			err = addLinks(w, buf.Bytes(), b.linkSheet, b.links)
		}
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// aboutSheet writes the "À propos" sheet: what the workbook is, when it was made, how its totals work, and
// every change the encoder made to the data (control characters, texts cut at the cell limit).
func (b *book) aboutSheet(title string, lines []string) error {
	s := b.newSheet("À propos")
	s.portrait = true
	st := b.st
	s.put(1, 1, excelize.Cell{StyleID: st.title, Value: b.notes.text(s.name, 1, "titre", title)})
	s.text(2, 1, "Édité le", st.bold, "")
	s.set(2, 2, excelize.Cell{StyleID: st.date, Value: time.Date(b.now.Year(), b.now.Month(), b.now.Day(), b.now.Hour(), b.now.Minute(), 0, 0, time.UTC)})
	r := 4
	for _, l := range lines {
		s.text(r, 1, l, st.wrap, "texte")
		r++
	}
	r++
	s.text(r, 1, "Remarques sur les données", st.bold, "")
	r++
	if len(b.notes.items) == 0 {
		s.text(r, 1, "Aucune : toutes les données figurent telles quelles.", st.wrap, "")
	}
	for _, n := range b.notes.items {
		s.set(r, 1, excelize.Cell{StyleID: st.wrap, Value: n})
		r++
	}
	s.width(1, 110)
	s.width(2, 14)
	return b.write(s)
}
