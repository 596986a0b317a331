package imports

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/richardlehane/mscfb"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// Limits of the readers. Every limit gives a French fatal error naming the file (or a row error, for cells
// and rows), never a panic and never a silent cut.
const (
	// DefaultMaxBytes is the largest delimited-text file read (1 GiB) when Options.MaxBytes is 0. Text is
	// streamed, so memory does not grow with the file; the limit bounds the time spent (measured: a 382 MB
	// SIRENE extract, 1.6 million rows, scanned in 17 s with a peak heap of 4 MB).
	DefaultMaxBytes int64 = 1 << 30
	// DefaultMaxXLSXBytes is the largest XLSX file read (100 MiB) when Options.MaxXLSXBytes is 0. A workbook is
	// a ZIP, which needs random access: from an io.Reader (ReadActors, Preview) it is held in memory, which this
	// limit bounds; from a path (ReadActorsFile, PreviewFile) it is read in place. Its worksheet is then
	// decompressed and read row by row (xlsxread.go); the shared strings are held in memory.
	DefaultMaxXLSXBytes int64 = 100 << 20
	// MaxRecordBytes is the largest single CSV record (16 MiB, including embedded newlines; counted on the
	// raw bytes, give or take the 64 KiB read-ahead). Beyond it the
	// file is refused: the usual cause is a quote opened and never closed, which swallows the rest of the file.
	MaxRecordBytes = 16 << 20
	// MaxColumns is the largest number of columns of the header row (1 024). A wider header is refused; a data
	// row with more non-empty cells than the header has columns is a row error.
	MaxColumns = 1024
	// MaxCellChars is the longest cell value accepted (32 767 characters, Excel's own limit); a longer cell is
	// a row error.
	MaxCellChars = 32767
	// unzipLimit bounds the uncompressed size of a workbook part read with excelize (forms), against ZIP bombs.
	unzipLimit = 2 << 30
)

// Sentinel errors wrapped by the FileError values the readers return, for callers that branch on the cause.
var (
	ErrEmpty          = errors.New("fichier vide")
	ErrBinary         = errors.New("fichier binaire")
	ErrNotSpreadsheet = errors.New("archive qui n'est pas un classeur XLSX")
	ErrEncrypted      = errors.New("classeur protégé par mot de passe")
	ErrLegacyXLS      = errors.New("ancien format Excel .xls")
	ErrTooLarge       = errors.New("fichier trop volumineux")
	ErrNoHeader       = errors.New("ligne d'en-tête absente ou illisible")
	ErrTooManyColumns = errors.New("trop de colonnes")
	ErrRecordTooLarge = errors.New("enregistrement trop long")
	ErrMapping        = errors.New("correspondance des colonnes incomplète")
	ErrUnreadable     = errors.New("fichier illisible")
	ErrNoSheet        = errors.New("feuille introuvable")
)

// FileError is a fatal error about a whole file: nothing of it should be imported. Its message is French and
// names the file; Unwrap gives one of the sentinel errors above (and the underlying cause, if any).
type FileError struct {
	File string // file name as given by the caller
	Msg  string // French explanation, without the file name
	Kind error  // one of the sentinel errors
	Err  error  // underlying cause, or nil
}

// Error returns "Fichier « name » : message".
func (e *FileError) Error() string {
	return fmt.Sprintf("Fichier « %s » : %s", e.File, e.Msg)
}

// Unwrap returns the sentinel kind and the cause.
func (e *FileError) Unwrap() []error {
	if e.Err != nil {
		return []error{e.Kind, e.Err}
	}
	return []error{e.Kind}
}

// frenchError is an error whose message is French, for users; its Go cause (in English) is kept for logs and
// errors.Is/As through Unwrap, never shown in the message.
type frenchError struct {
	msg string
	err error
}

// Error returns the French message.
func (e *frenchError) Error() string { return e.msg }

// Unwrap returns the cause.
func (e *frenchError) Unwrap() error { return e.err }

func fileErr(file string, kind error, cause error, format string, args ...any) *FileError {
	return &FileError{File: file, Msg: fmt.Sprintf(format, args...), Kind: kind, Err: cause}
}

// Format is the container of an imported file.
type Format string

// Formats.
const (
	FormatCSV  Format = "csv"  // delimited text, whatever its extension
	FormatXLSX Format = "xlsx" // Office Open XML workbook
)

// SheetInfo describes one sheet of a workbook.
type SheetInfo struct {
	Name    string `json:"name"`
	Visible bool   `json:"visible"`
	Empty   bool   `json:"empty"` // no non-empty cell
}

// Source describes how a file was read: detected (or forced) format, encoding, delimiter and sheet.
type Source struct {
	File      string      `json:"file"`
	Format    Format      `json:"format"`
	Encoding  Encoding    `json:"encoding,omitempty"`  // CSV only
	Delimiter string      `json:"delimiter,omitempty"` // CSV only, the character
	Sheet     string      `json:"sheet,omitempty"`     // XLSX only: the sheet read
	Sheets    []SheetInfo `json:"sheets,omitempty"`    // XLSX only: all sheets, in workbook order
}

// Describe returns a one-line French description, e.g. "CSV, UTF-8 avec BOM, séparateur point-virgule".
func (s Source) Describe() string {
	if s.Format == FormatXLSX {
		return fmt.Sprintf("classeur XLSX, feuille « %s »", s.Sheet)
	}
	d, _ := utf8.DecodeRuneInString(s.Delimiter)
	return fmt.Sprintf("CSV, %s, séparateur %s", s.Encoding.Label(), DelimiterLabel(d))
}

// record is one row of a table: its 1-based line (CSV: physical line where the record starts; XLSX: sheet
// row number), its cells, and the CSV parse error of the row if any.
type record struct {
	line   int
	fields []string
	perr   *csv.ParseError
	raw    bool   // cells are excelize raw values (numbers unformatted, dates as serial numbers)
	kinds  []byte // XLSX only: the kind of each cell (kindNumber, kindError…; see xlsxread.go); nil for CSV
}

// kind returns the kind of cell i of an XLSX record, or kindEmpty (CSV, or past the end).
func (r *record) kind(i int) byte {
	if i < len(r.kinds) {
		return r.kinds[i]
	}
	return kindEmpty
}

// table is a stream of records.
type table interface {
	next() (record, error) // io.EOF at the end; any other error is fatal
	close()
	notes() []string // French notes about the reading (fallback decodings…)
}

// guard counts the bytes read from a file: beyond max in total it fails with errTooLarge; beyond
// MaxRecordBytes since the last mark (the last record returned) with errRecord.
type guard struct {
	r         io.Reader
	total     int64
	max       int64
	sinceMark int64
}

var (
	errGuardTotal  = errors.New("file over limit")
	errGuardRecord = errors.New("record over limit")
)

// Read reads from the file, failing once a limit is passed.
func (g *guard) Read(p []byte) (int, error) {
	if g.total > g.max {
		return 0, errGuardTotal
	}
	if g.sinceMark > MaxRecordBytes {
		return 0, errGuardRecord
	}
	n, err := g.r.Read(p)
	g.total += int64(n)
	g.sinceMark += int64(n)
	return n, err
}

func (g *guard) mark() { g.sinceMark = 0 }

// openTable sniffs r and opens it as a CSV or XLSX table.
// When ra is not nil it gives random access to the same file from offset 0 (size bytes): a workbook is then
// read in place instead of into memory.
func openTable(r io.Reader, ra io.ReaderAt, size int64, name string, opt *Options) (table, Source, error) {
	src := Source{File: name}
	maxText := opt.MaxBytes
	if maxText <= 0 {
		maxText = DefaultMaxBytes
	}
	g := &guard{r: r, max: maxText}
	br := bufio.NewReaderSize(g, SniffSize)
	head, err := br.Peek(SniffSize)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) && len(head) == 0 {
		return nil, src, fileErr(name, ErrUnreadable, err, "lecture impossible")
	}
	sn := Sniff(head)
	switch sn.Kind {
	case KindEmpty:
		return nil, src, fileErr(name, ErrEmpty, nil, "le fichier est vide")
	case KindBinary:
		return nil, src, fileErr(name, ErrBinary, nil, "ce n'est pas un fichier CSV ni un classeur XLSX mais %s "+
			"(extension trompeuse ?) ; enregistrez la liste en CSV ou en XLSX", sn.What)
	case KindZIP, KindCFB:
		maxX := opt.MaxXLSXBytes
		if maxX <= 0 {
			maxX = DefaultMaxXLSXBytes
		}
		tooLarge := fileErr(name, ErrTooLarge, nil, "classeur de plus de %s : la limite est %s ; "+
			"enregistrez la feuille en CSV, qui est lu sans limite de mémoire", sizeFR(maxX), sizeFR(maxX))
		if ra == nil {
			g.max = maxX
			data, err := io.ReadAll(br)
			if errors.Is(err, errGuardTotal) || int64(len(data)) > maxX {
				return nil, src, tooLarge
			}
			if err != nil {
				return nil, src, fileErr(name, ErrUnreadable, err, "lecture impossible")
			}
			ra, size = bytes.NewReader(data), int64(len(data))
		} else if size > maxX {
			return nil, src, tooLarge
		}
		if sn.Kind == KindCFB {
			return nil, src, cfbError(name, ra)
		}
		return openXLSX(ra, size, name, opt)
	}
	// Delimited text.
	if opt.Encoding != "" {
		sn.Encoding = opt.Encoding
		sn.BOMLen = 0
		switch {
		case bytes.HasPrefix(head, []byte("\xef\xbb\xbf")) && (sn.Encoding == EncUTF8 || sn.Encoding == EncUTF8BOM):
			sn.BOMLen = 3
		case bytes.HasPrefix(head, []byte("\xff\xfe")) && sn.Encoding == EncUTF16LE,
			bytes.HasPrefix(head, []byte("\xfe\xff")) && sn.Encoding == EncUTF16BE:
			sn.BOMLen = 2
		}
	}
	if opt.Delimiter != 0 {
		sn.Delimiter = opt.Delimiter
	}
	if _, err := br.Discard(sn.BOMLen); err != nil {
		return nil, src, fileErr(name, ErrUnreadable, err, "lecture impossible")
	}
	var text io.Reader = br
	if d := sn.Encoding.decoder(); d != nil {
		text = transform.NewReader(br, d)
	}
	if sn.CROnly {
		text = &crToLF{r: text}
	}
	if sn.SepLine {
		tb := bufio.NewReader(text)
		if _, err := tb.ReadString('\n'); err != nil && err != io.EOF {
			return nil, src, fileErr(name, ErrUnreadable, err, "lecture impossible")
		}
		text = tb
	}
	cr := csv.NewReader(text)
	cr.Comma = sn.Delimiter
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	cr.LazyQuotes = false
	if !validComma(sn.Delimiter) {
		return nil, src, fileErr(name, ErrUnreadable, nil, "séparateur « %s » impossible", string(sn.Delimiter))
	}
	src.Format = FormatCSV
	src.Encoding = sn.Encoding
	src.Delimiter = string(sn.Delimiter)
	t := &csvTable{name: name, cr: cr, g: g, utf8: sn.Encoding == EncUTF8 || sn.Encoding == EncUTF8BOM,
		lineOffset: 0}
	if sn.SepLine {
		t.lineOffset = 1
	}
	return t, src, nil
}

// crToLF turns every CR into LF, for files whose lines end with a lone CR (classic Mac); a CR inside a
// quoted value becomes a line feed too, which is what it meant.
type crToLF struct{ r io.Reader }

// Read reads and translates.
func (c *crToLF) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}

// validComma mirrors encoding/csv's rule for Comma.
func validComma(r rune) bool {
	return !(r == 0 || r == '"' || r == '\r' || r == '\n' || !utf8.ValidRune(r) || r == utf8.RuneError)
}

// cfbError explains an OLE compound file: an encrypted OOXML workbook (EncryptionInfo stream) or a legacy
// Excel 97-2003 workbook (Workbook/Book stream).
func cfbError(name string, ra io.ReaderAt) *FileError {
	doc, err := mscfb.New(ra)
	if err == nil {
		for e, err := doc.Next(); err == nil; e, err = doc.Next() {
			switch e.Name {
			case "EncryptionInfo", "EncryptedPackage":
				return fileErr(name, ErrEncrypted, nil, "le classeur est protégé par un mot de passe à l'ouverture ; "+
					"ouvrez-le dans Excel, retirez le mot de passe (Fichier > Informations > Protéger le classeur) "+
					"et importez-le à nouveau")
			case "Workbook", "Book":
				return fileErr(name, ErrLegacyXLS, nil, "ancien format Excel 97-2003 (.xls), non pris en charge ; "+
					"enregistrez-le au format .xlsx ou CSV")
			case "WordDocument":
				return fileErr(name, ErrBinary, nil, "c'est un document Word, pas une liste ; enregistrez la liste "+
					"en CSV ou en XLSX")
			}
		}
	}
	return fileErr(name, ErrBinary, err, "fichier OLE (format Microsoft Office ancien ou chiffré) qui n'est pas "+
		"un classeur lisible ; enregistrez la liste en CSV ou en XLSX")
}

// csvTable reads records with encoding/csv, reporting parse errors per row.
type csvTable struct {
	name          string
	cr            *csv.Reader
	g             *guard
	utf8          bool
	lineOffset    int
	fallbackRows  int
	firstFallback int
	lastLine      int // line of the last record returned
	done          bool
}

func (t *csvTable) next() (record, error) {
	if t.done {
		return record{}, io.EOF
	}
	fields, err := t.cr.Read()
	t.g.mark()
	rec := record{}
	if err != nil {
		var pe *csv.ParseError
		switch {
		case errors.As(err, &pe) && (errors.Is(pe.Err, csv.ErrBareQuote) || errors.Is(pe.Err, csv.ErrQuote)):
			rec.perr = pe
			rec.line = pe.StartLine + t.lineOffset
		case err == io.EOF:
			t.done = true
			return record{}, io.EOF
		case errors.Is(err, errGuardTotal):
			return record{}, fileErr(t.name, ErrTooLarge, nil, "fichier de plus de %s : la limite est %s "+
				"(découpez-le ou filtrez-le avant l'import)", sizeFR(t.g.max), sizeFR(t.g.max))
		case errors.Is(err, errGuardRecord):
			return record{}, fileErr(t.name, ErrRecordTooLarge, nil, "un enregistrement commencé après la ligne %d "+
				"dépasse %d Mo : un guillemet ouvert n'est sans doute jamais fermé", t.lastLine, MaxRecordBytes>>20)
		default:
			return record{}, fileErr(t.name, ErrUnreadable, err, "lecture impossible")
		}
	} else if len(fields) > 0 {
		line, _ := t.cr.FieldPos(0)
		rec.line = line + t.lineOffset
	}
	if rec.line > 0 {
		t.lastLine = rec.line
	}
	rec.fields = fields
	if t.utf8 {
		fell := false
		for i, f := range fields {
			if !utf8.ValidString(f) {
				s, _ := charmap.Windows1252.NewDecoder().String(f)
				fields[i] = s
				fell = true
			}
		}
		if fell {
			t.fallbackRows++
			if t.firstFallback == 0 {
				t.firstFallback = rec.line
			}
		}
	}
	return rec, nil
}

func (t *csvTable) close() {}

func (t *csvTable) notes() []string {
	if t.fallbackRows == 0 {
		return nil
	}
	return []string{fmt.Sprintf("%d ligne(s) contenai(en)t des octets qui ne sont pas de l'UTF-8 valide "+
		"(première : ligne %d) : leur texte a été lu en Windows-1252 ; vérifiez les accents de ces lignes",
		t.fallbackRows, t.firstFallback)}
}

// openXLSX opens the workbook in ra (size bytes) and positions on the chosen sheet.
func openXLSX(ra io.ReaderAt, size int64, name string, opt *Options) (table, Source, error) {
	src := Source{File: name, Format: FormatXLSX}
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return nil, src, fileErr(name, ErrNotSpreadsheet, err, "archive ZIP endommagée ou incomplète (fichier tronqué "+
			"par une copie ou un téléchargement interrompu ?) ; enregistrez-le à nouveau depuis le tableur")
	}
	hasCT, hasXL := false, false
	var names []string
	for _, f := range zr.File {
		switch {
		case f.Name == "[Content_Types].xml":
			hasCT = true
		case strings.HasPrefix(f.Name, "xl/"):
			hasXL = true
		case f.Name == "mimetype":
			if rc, err := f.Open(); err == nil {
				b, _ := io.ReadAll(io.LimitReader(rc, 200))
				rc.Close()
				if strings.Contains(string(b), "opendocument.spreadsheet") {
					return nil, src, fileErr(name, ErrNotSpreadsheet, nil, "classeur OpenDocument (.ods), non pris "+
						"en charge ; enregistrez-le au format .xlsx ou CSV")
				}
			}
		case strings.HasPrefix(f.Name, "word/"):
			return nil, src, fileErr(name, ErrNotSpreadsheet, nil, "c'est un document Word (.docx), pas un classeur")
		case strings.HasPrefix(f.Name, "ppt/"):
			return nil, src, fileErr(name, ErrNotSpreadsheet, nil, "c'est une présentation PowerPoint, pas un classeur")
		}
		if len(names) < 5 {
			names = append(names, f.Name)
		}
	}
	if !hasCT || !hasXL {
		return nil, src, fileErr(name, ErrNotSpreadsheet, nil, "archive ZIP qui n'est pas un classeur XLSX "+
			"(contenu : %s)", strings.Join(names, ", "))
	}
	wb, err := openWorkbook(zr)
	if err != nil {
		return nil, src, fileErr(name, ErrNotSpreadsheet, err, "classeur XLSX illisible : sa structure interne est "+
			"endommagée ; ouvrez-le dans le tableur et enregistrez-le à nouveau")
	}
	sheets, err := listSheets(wb)
	if err != nil {
		return nil, src, fileErr(name, ErrUnreadable, err, "classeur XLSX illisible : une feuille est endommagée ; "+
			"ouvrez-le dans le tableur et enregistrez-le à nouveau")
	}
	src.Sheets = sheets
	sheet := -1
	if opt.Sheet != "" {
		for i, s := range sheets {
			if strings.EqualFold(s.Name, opt.Sheet) {
				sheet = i
			}
		}
		if sheet < 0 {
			return nil, src, fileErr(name, ErrNoSheet, nil, "pas de feuille « %s » ; feuilles : %s", opt.Sheet,
				sheetNames(sheets))
		}
	} else {
		for _, pass := range []bool{true, false} { // visible sheets first
			for i, s := range sheets {
				if !s.Empty && (s.Visible || !pass) && sheet < 0 {
					sheet = i
				}
			}
		}
		if sheet < 0 {
			return nil, src, fileErr(name, ErrEmpty, nil, "le classeur n'a aucune feuille non vide (feuilles : %s)",
				sheetNames(sheets))
		}
	}
	src.Sheet = sheets[sheet].Name
	rows, err := wb.rows(wb.sheets[sheet])
	if err != nil {
		return nil, src, fileErr(name, ErrUnreadable, err, "feuille « %s » illisible : elle est endommagée ; ouvrez le "+
			"classeur dans le tableur et enregistrez-le à nouveau", src.Sheet)
	}
	return &xlsxTable{name: name, rows: rows, sheet: src.Sheet}, src, nil
}

func sheetNames(s []SheetInfo) string {
	var n []string
	for _, x := range s {
		n = append(n, "« "+x.Name+" »")
	}
	return strings.Join(n, ", ")
}

// listSheets lists the sheets of wb with their visibility and whether they hold a non-empty cell (found by
// streaming rows until the first non-empty one).
func listSheets(wb *workbook) ([]SheetInfo, error) {
	var out []SheetInfo
	for _, s := range wb.sheets {
		si := SheetInfo{Name: s.name, Visible: s.state == "" || s.state == "visible", Empty: true}
		rows, err := wb.rows(s)
		if err != nil {
			return nil, err
		}
		for {
			_, cells, err := rows.next()
			if err != nil {
				break
			}
			if !allEmpty(cells) {
				si.Empty = false
				break
			}
		}
		rows.close()
		out = append(out, si)
	}
	return out, nil
}

func allEmpty(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// xlsxTable streams the rows of one sheet.
type xlsxTable struct {
	name  string
	rows  *sheetRows
	sheet string
	row   int
}

func (t *xlsxTable) next() (record, error) {
	n, cells, err := t.rows.next()
	if err == io.EOF {
		return record{}, io.EOF
	}
	if err != nil {
		if errors.Is(err, errPartTooLarge) {
			return record{}, fileErr(t.name, ErrTooLarge, err, "feuille « %s » de plus de 2 Go une fois décompressée",
				t.sheet)
		}
		return record{}, fileErr(t.name, ErrUnreadable, err, "feuille « %s » illisible après la ligne %d : elle "+
			"est endommagée ; ouvrez le classeur dans le tableur et enregistrez-le à nouveau", t.sheet, t.row)
	}
	t.row = n
	return record{line: n, fields: cells, raw: true, kinds: t.rows.kinds}, nil
}

func (t *xlsxTable) close() { t.rows.close() }

func (t *xlsxTable) notes() []string { return nil }

// ListSheets lists the sheets of a workbook read from r (for the sheet picker). A delimited-text file has no
// sheets: the result is nil with no error. Errors are FileError values.
func ListSheets(r io.Reader, name string, opt Options) ([]SheetInfo, error) {
	t, src, err := openTable(r, nil, 0, name, &opt)
	if err != nil {
		return nil, err
	}
	t.close()
	return src.Sheets, nil
}

// openPath opens a file by path with a size check before reading; it returns the file and its size.
func openPath(path string, opt *Options) (*os.File, int64, error) {
	name := filepath.Base(path)
	fh, err := os.Open(path)
	if err != nil {
		return nil, 0, fileErr(name, ErrUnreadable, err, "%s", openReason(err))
	}
	st, err := fh.Stat()
	if err == nil && st.IsDir() {
		fh.Close()
		return nil, 0, fileErr(name, ErrUnreadable, nil, "c'est un dossier, pas un fichier")
	}
	maxText := opt.MaxBytes
	if maxText <= 0 {
		maxText = DefaultMaxBytes
	}
	if err == nil && st.Size() > maxText {
		fh.Close()
		return nil, 0, fileErr(name, ErrTooLarge, nil, "fichier de %s : la limite est %s (découpez-le ou "+
			"filtrez-le avant l'import)", sizeFR(st.Size()), sizeFR(maxText))
	}
	if err != nil {
		fh.Close()
		return nil, 0, fileErr(name, ErrUnreadable, err, "lecture impossible")
	}
	return fh, st.Size(), nil
}

// openReason explains in French why a file could not be opened; the Go error itself stays in FileError.Err.
func openReason(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "fichier introuvable (déplacé, renommé ou supprimé ?)"
	case errors.Is(err, os.ErrPermission):
		return "ouverture refusée : vous n'avez pas le droit de lire ce fichier"
	}
	return "ouverture impossible"
}

// sizeFR formats a byte count in French units: "512 o", "12 Ko", "2 Mo", "1,5 Go" (rounded down; 1 Ko =
// 1 024 octets).
func sizeFR(n int64) string {
	switch {
	case n < 1<<10:
		return strconv.FormatInt(n, 10) + " o"
	case n < 1<<20:
		return strconv.FormatInt(n>>10, 10) + " Ko"
	case n < 1<<30:
		return strconv.FormatInt(n>>20, 10) + " Mo"
	}
	tenths := n * 10 >> 30
	s := strconv.FormatInt(tenths/10, 10)
	if tenths%10 != 0 {
		s += "," + strconv.FormatInt(tenths%10, 10)
	}
	return s + " Go"
}
