package imports

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A small streaming reader of XLSX worksheets, used for actor lists instead of excelize's row iterator, which
// decodes every cell with encoding/xml and reflection (about 8 s for a 100 000-row sheet here). It reads the
// workbook's sheet list and relationships with encoding/xml (small parts), the shared strings and the sheet
// rows with a byte scanner, and gives each cell's raw value as excelize does with RawCellValue: numbers and
// dates as stored, shared and inline strings as text, booleans "1"/"0", errors as their text, formulas as
// their cached value; with each value, the cell's kind (number, string, error…: sheetRows.kinds). Tests compare it with excelize on several workbooks and by fuzzing.

// maxPartBytes bounds the uncompressed size read from one part of a workbook (against ZIP bombs).
const maxPartBytes = 2 << 30

// maxXMLCell bounds the bytes kept for one cell's text; longer text is cut (and then reported as too long by
// the converter, whose limit is far below).
const maxXMLCell = 4 << 20

// wbSheet is a sheet of a workbook: name, state ("", "hidden", "veryHidden") and part path.
type wbSheet struct {
	name, state, path string
}

// workbook is an XLSX package opened for streaming reads.
type workbook struct {
	files     map[string]*zip.File
	sheets    []wbSheet
	sstPath   string
	sst       []string
	sstLoaded bool
}

var errNotWorkbook = errors.New("not a workbook")

// openWorkbook reads the sheet list of the XLSX package in data.
func openWorkbook(zr *zip.Reader) (*workbook, error) {
	wb := &workbook{files: map[string]*zip.File{}}
	for _, f := range zr.File {
		wb.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	wbPath := "xl/workbook.xml"
	if rels, err := wb.rels("_rels/.rels", ""); err == nil {
		for _, r := range rels {
			if strings.HasSuffix(r.typ, "/officeDocument") {
				wbPath = r.target
			}
		}
	}
	var doc struct {
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			State string     `xml:"state,attr"`
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := wb.unmarshal(wbPath, &doc); err != nil {
		return nil, fmt.Errorf("%w: %w", errNotWorkbook, err)
	}
	rels, err := wb.rels(path.Join(path.Dir(wbPath), "_rels", path.Base(wbPath)+".rels"), path.Dir(wbPath))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errNotWorkbook, err)
	}
	byID := map[string]rel{}
	for _, r := range rels {
		byID[r.id] = r
		if strings.HasSuffix(r.typ, "/sharedStrings") {
			wb.sstPath = r.target
		}
	}
	for _, s := range doc.Sheets {
		id := ""
		for _, a := range s.Attrs {
			if a.Name.Local == "id" && strings.Contains(a.Name.Space, "relationships") {
				id = a.Value
			}
		}
		r, ok := byID[id]
		if !ok || !strings.HasSuffix(r.typ, "/worksheet") {
			continue // chart sheets, dialog sheets, broken references: no rows
		}
		wb.sheets = append(wb.sheets, wbSheet{name: s.Name, state: s.State, path: r.target})
	}
	return wb, nil
}

type rel struct{ id, typ, target string }

// rels reads a relationships part; targets are resolved against base (the source part's folder).
func (wb *workbook) rels(name, base string) ([]rel, error) {
	var doc struct {
		Rels []struct {
			ID         string `xml:"Id,attr"`
			Type       string `xml:"Type,attr"`
			Target     string `xml:"Target,attr"`
			TargetMode string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if err := wb.unmarshal(name, &doc); err != nil {
		return nil, err
	}
	var out []rel
	for _, r := range doc.Rels {
		if r.TargetMode == "External" {
			continue
		}
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join(base, t)
		}
		out = append(out, rel{r.ID, r.Type, t})
	}
	return out, nil
}

// open opens a part for reading, bounded by maxPartBytes.
func (wb *workbook) open(name string) (io.ReadCloser, error) {
	f, ok := wb.files[name]
	if !ok {
		return nil, fmt.Errorf("partie %s absente", name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	return struct {
		io.Reader
		io.Closer
	}{&limited{r: rc, n: maxPartBytes}, rc}, nil
}

// limited is io.LimitReader that fails, instead of ending, past its limit.
type limited struct {
	r io.Reader
	n int64
}

var errPartTooLarge = errors.New("partie du classeur de plus de 2 Go une fois décompressée")

func (l *limited) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, errPartTooLarge
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// unmarshal decodes a small XML part (at most 16 MiB).
func (wb *workbook) unmarshal(name string, v any) error {
	rc, err := wb.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, 16<<20+1))
	if err != nil {
		return err
	}
	if len(b) > 16<<20 {
		return fmt.Errorf("partie %s trop volumineuse", name)
	}
	return xml.Unmarshal(b, v)
}

// sharedStrings loads the shared strings table once.
func (wb *workbook) sharedStrings() ([]string, error) {
	if wb.sstLoaded || wb.sstPath == "" {
		return wb.sst, nil
	}
	rc, err := wb.open(wb.sstPath)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	sc := newScanner(rc)
	var cur strings.Builder
	inSI, inT, inRPh := false, false, false
	for {
		tok, err := sc.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch tok.kind {
		case tokStart:
			switch string(tok.name) {
			case "si":
				inSI = true
				cur.Reset()
				if tok.empty {
					wb.sst = append(wb.sst, "")
					inSI = false
				}
			case "t":
				inT = !tok.empty
			case "rPh":
				inRPh = !tok.empty
			}
		case tokEnd:
			switch string(tok.name) {
			case "si":
				if inSI {
					wb.sst = append(wb.sst, decodeXString(cur.String()))
				}
				inSI = false
			case "t":
				inT = false
			case "rPh":
				inRPh = false
			}
		case tokText:
			if inSI && inT && !inRPh && cur.Len() < maxXMLCell {
				cur.Write(tok.text)
			}
		}
	}
	wb.sstLoaded = true
	return wb.sst, nil
}

// sheetRows streams the rows of one sheet.
type sheetRows struct {
	rc    io.ReadCloser
	sc    *scanner
	sst   []string
	row   int
	cells []string
	kinds []byte // kind of each cell of cells (see cellKind)
	done  bool
}

// Cell kinds kept by sheetRows next to the raw values, from the t attribute of <c>.
const (
	kindEmpty  byte = 0   // no cell, or an empty one
	kindNumber byte = 'n' // t="n" or no t: a number (or a date serial number) as stored
	kindString byte = 's' // shared, inline or formula string
	kindBool   byte = 'b' // boolean "1"/"0"
	kindError  byte = 'e' // error value such as "#REF!" (a formula's cached result, or pasted as a value)
	kindDate   byte = 'd' // t="d": ISO 8601 date text
)

// cellKind maps a <c> element's t attribute to a cell kind.
func cellKind(typ string) byte {
	switch typ {
	case "", "n":
		return kindNumber
	case "e":
		return kindError
	case "b":
		return kindBool
	case "d":
		return kindDate
	}
	return kindString
}

// rows opens the rows of sheet s.
func (wb *workbook) rows(s wbSheet) (*sheetRows, error) {
	sst, err := wb.sharedStrings()
	if err != nil {
		return nil, err
	}
	rc, err := wb.open(s.path)
	if err != nil {
		return nil, err
	}
	return &sheetRows{rc: rc, sc: newScanner(rc), sst: sst}, nil
}

func (r *sheetRows) close() { r.rc.Close() }

// next returns the next row present in the sheet: its 1-based number and its cells by column (raw values,
// missing cells ""). The slice is reused by the next call, as is r.kinds, which gives the kind of each cell.
// io.EOF at the end.
func (r *sheetRows) next() (int, []string, error) {
	if r.done {
		return 0, nil, io.EOF
	}
	var (
		inRow, inCell, inV, inIS, inT, inRPh bool
		col                                  = -1
		typ                                  string
		v, t                                 []byte
	)
	for {
		tok, err := r.sc.next()
		if err == io.EOF {
			r.done = true
			if inRow {
				return r.row, r.cells, nil
			}
			return 0, nil, io.EOF
		}
		if err != nil {
			return 0, nil, err
		}
		switch tok.kind {
		case tokStart:
			switch string(tok.name) {
			case "row":
				n := r.row + 1
				if a := tok.attr("r"); a != "" {
					if x, err := strconv.Atoi(a); err == nil && x > 0 {
						n = x
					}
				}
				r.row = n
				r.cells = r.cells[:0]
				r.kinds = r.kinds[:0]
				col = -1
				if tok.empty {
					return r.row, r.cells, nil
				}
				inRow = true
			case "c":
				if !inRow {
					continue
				}
				c := col + 1
				if a := tok.attr("r"); a != "" {
					if x, ok := columnIndex(a); ok {
						c = x
					}
				}
				if c > 16383 {
					return 0, nil, fmt.Errorf("ligne %d : colonne au-delà de XFD", r.row)
				}
				col = c
				typ = tok.attr("t")
				v, t = v[:0], t[:0]
				inCell = !tok.empty
				if tok.empty {
					r.set(col, "", kindEmpty)
				}
			case "v":
				inV = inCell && !tok.empty
			case "is":
				inIS = inCell && !tok.empty
			case "t":
				inT = inIS && !tok.empty
			case "rPh":
				inRPh = !tok.empty
			}
		case tokEnd:
			switch string(tok.name) {
			case "row":
				if inRow {
					return r.row, r.cells, nil
				}
			case "c":
				if inCell {
					val := r.value(typ, v, t)
					k := cellKind(typ)
					if val == "" {
						k = kindEmpty
					}
					r.set(col, val, k)
				}
				inCell, inV, inIS, inT = false, false, false, false
			case "v":
				inV = false
			case "is":
				inIS = false
			case "t":
				inT = false
			case "rPh":
				inRPh = false
			case "sheetData":
				r.done = true
				return 0, nil, io.EOF
			}
		case tokText:
			switch {
			case inV && len(v) < maxXMLCell:
				v = append(v, tok.text...)
			case inT && !inRPh && len(t) < maxXMLCell:
				t = append(t, tok.text...)
			}
		}
	}
}

// set puts a value of kind k at column i, filling the gap with "".
func (r *sheetRows) set(i int, s string, k byte) {
	for len(r.cells) <= i {
		r.cells = append(r.cells, "")
		r.kinds = append(r.kinds, kindEmpty)
	}
	r.cells[i] = s
	r.kinds[i] = k
}

// value gives a cell's raw value from its type and its <v> or inline <t> text (entities already decoded).
func (r *sheetRows) value(typ string, v, t []byte) string {
	switch typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(string(v)))
		if err != nil || i < 0 || i >= len(r.sst) {
			return ""
		}
		return r.sst[i]
	case "inlineStr":
		return decodeXString(string(t))
	case "str":
		return decodeXString(string(v))
	}
	return string(v)
}

// columnIndex returns the 0-based column of a cell reference such as "AB12".
func columnIndex(ref string) (int, bool) {
	n := 0
	i := 0
	for ; i < len(ref); i++ {
		c := ref[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c < 'A' || c > 'Z' {
			break
		}
		n = n*26 + int(c-'A'+1)
		if n > 16384 {
			return 0, false
		}
	}
	if i == 0 {
		return 0, false
	}
	return n - 1, true
}

// decodeXString decodes OOXML's _xHHHH_ escapes (ST_Xstring: "_x000D_" is a carriage return, "_x005F_" a
// literal underscore).
func decodeXString(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if n, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				b.WriteRune(rune(n))
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// XML scanner: start tags (name without prefix, raw attributes, self-closing flag), end tags and character
// data (entities decoded, CDATA included). Comments, processing instructions and DOCTYPE are skipped.

type tokKind int

const (
	tokStart tokKind = iota
	tokEnd
	tokText
)

type token struct {
	kind  tokKind
	name  []byte // local name
	attrs []byte // raw attribute text of a start tag
	empty bool   // <x/>
	text  []byte
}

// attr returns the decoded value of the attribute with that local name ("" when absent).
func (t *token) attr(name string) string {
	a := t.attrs
	for len(a) > 0 {
		a = bytes.TrimLeft(a, " \t\r\n")
		eq := bytes.IndexByte(a, '=')
		if eq < 0 {
			return ""
		}
		key := bytes.TrimSpace(a[:eq])
		if i := bytes.IndexByte(key, ':'); i >= 0 {
			key = key[i+1:]
		}
		rest := bytes.TrimLeft(a[eq+1:], " \t\r\n")
		if len(rest) == 0 || (rest[0] != '"' && rest[0] != '\'') {
			return ""
		}
		q := rest[0]
		end := bytes.IndexByte(rest[1:], q)
		if end < 0 {
			return ""
		}
		val := rest[1 : 1+end]
		if string(key) == name && !bytes.HasPrefix(a, []byte("xmlns")) {
			return string(unescape(nil, val))
		}
		a = rest[2+end:]
	}
	return ""
}

type scanner struct {
	br   *bufio.Reader
	buf  []byte // tag or text being read
	text []byte // decoded text
}

func newScanner(r io.Reader) *scanner {
	return &scanner{br: bufio.NewReaderSize(r, 64<<10)}
}

// readUntil appends to dst the bytes up to and including delim.
func (s *scanner) readUntil(dst []byte, delim byte) ([]byte, error) {
	for {
		chunk, err := s.br.ReadSlice(delim)
		dst = append(dst, chunk...)
		if err == bufio.ErrBufferFull {
			if len(dst) > maxXMLCell*2 {
				// Keep scanning but stop growing: text beyond is dropped.
				dst = dst[:maxXMLCell]
			}
			continue
		}
		return dst, err
	}
}

var errXML = errors.New("XML mal formé")

// next returns the next token; io.EOF at the end of the part.
func (s *scanner) next() (token, error) {
	for {
		c, err := s.br.ReadByte()
		if err != nil {
			return token{}, err
		}
		if c != '<' {
			s.br.UnreadByte()
			s.buf, err = s.readUntil(s.buf[:0], '<')
			if err == io.EOF {
				if len(bytes.TrimSpace(s.buf)) == 0 {
					return token{}, io.EOF
				}
				return token{}, errXML
			}
			if err != nil {
				return token{}, err
			}
			s.br.UnreadByte()
			raw := s.buf[:len(s.buf)-1]
			s.text = unescape(s.text[:0], raw)
			return token{kind: tokText, text: s.text}, nil
		}
		p, err := s.br.Peek(1)
		if err != nil {
			return token{}, errXML
		}
		switch p[0] {
		case '?': // processing instruction
			if err := s.skipPast("?>"); err != nil {
				return token{}, err
			}
			continue
		case '!':
			head, _ := s.br.Peek(8)
			switch {
			case bytes.HasPrefix(head, []byte("!--")):
				if err := s.skipPast("-->"); err != nil {
					return token{}, err
				}
				continue
			case bytes.HasPrefix(head, []byte("![CDATA[")):
				s.br.Discard(8)
				s.buf = s.buf[:0]
				for {
					s.buf, err = s.readUntil(s.buf, '>')
					if err != nil {
						return token{}, errXML
					}
					if bytes.HasSuffix(s.buf, []byte("]]>")) {
						break
					}
				}
				s.text = append(s.text[:0], s.buf[:len(s.buf)-3]...)
				return token{kind: tokText, text: s.text}, nil
			default: // DOCTYPE and the like
				if err := s.skipPast(">"); err != nil {
					return token{}, err
				}
				continue
			}
		case '/':
			s.br.Discard(1)
			s.buf, err = s.readUntil(s.buf[:0], '>')
			if err != nil {
				return token{}, errXML
			}
			name := bytes.TrimSpace(s.buf[:len(s.buf)-1])
			if i := bytes.IndexByte(name, ':'); i >= 0 {
				name = name[i+1:]
			}
			return token{kind: tokEnd, name: name}, nil
		}
		// Start tag: read to the '>' that is outside quotes.
		s.buf = s.buf[:0]
		for {
			s.buf, err = s.readUntil(s.buf, '>')
			if err != nil {
				return token{}, errXML
			}
			if quotesBalanced(s.buf) {
				break
			}
		}
		tag := s.buf[:len(s.buf)-1]
		empty := false
		if len(tag) > 0 && tag[len(tag)-1] == '/' {
			empty = true
			tag = tag[:len(tag)-1]
		}
		end := bytes.IndexAny(tag, " \t\r\n")
		name, attrs := tag, []byte(nil)
		if end >= 0 {
			name, attrs = tag[:end], tag[end:]
		}
		if i := bytes.IndexByte(name, ':'); i >= 0 {
			name = name[i+1:]
		}
		return token{kind: tokStart, name: name, attrs: attrs, empty: empty}, nil
	}
}

// quotesBalanced reports whether b has an even number of each quote kind outside the other.
func quotesBalanced(b []byte) bool {
	var q byte
	for _, c := range b {
		switch {
		case q == 0 && (c == '"' || c == '\''):
			q = c
		case c == q:
			q = 0
		}
	}
	return q == 0
}

// skipPast discards input up to and including end.
func (s *scanner) skipPast(end string) error {
	last := end[len(end)-1]
	var tail []byte
	for {
		var err error
		s.buf, err = s.readUntil(s.buf[:0], last)
		if err != nil {
			return errXML
		}
		tail = append(tail, s.buf...)
		if bytes.HasSuffix(tail, []byte(end)) {
			return nil
		}
		if len(tail) > len(end) {
			tail = append(tail[:0], tail[len(tail)-len(end)+1:]...)
		}
	}
}

// unescape appends raw with XML entities decoded (&lt; &gt; &amp; &quot; &apos; &#N; &#xH;) to dst.
func unescape(dst, raw []byte) []byte {
	for {
		i := bytes.IndexByte(raw, '&')
		if i < 0 {
			return append(dst, raw...)
		}
		dst = append(dst, raw[:i]...)
		raw = raw[i:]
		semi := bytes.IndexByte(raw, ';')
		if semi < 0 || semi > 12 {
			dst = append(dst, '&')
			raw = raw[1:]
			continue
		}
		ent := string(raw[1:semi])
		switch {
		case ent == "lt":
			dst = append(dst, '<')
		case ent == "gt":
			dst = append(dst, '>')
		case ent == "amp":
			dst = append(dst, '&')
		case ent == "quot":
			dst = append(dst, '"')
		case ent == "apos":
			dst = append(dst, '\'')
		case strings.HasPrefix(ent, "#x") || strings.HasPrefix(ent, "#X"):
			n, err := strconv.ParseUint(ent[2:], 16, 32)
			if err != nil || !utf8.ValidRune(rune(n)) {
				dst = append(dst, raw[:semi+1]...)
			} else {
				dst = utf8.AppendRune(dst, rune(n))
			}
		case strings.HasPrefix(ent, "#"):
			n, err := strconv.ParseUint(ent[1:], 10, 32)
			if err != nil || !utf8.ValidRune(rune(n)) {
				dst = append(dst, raw[:semi+1]...)
			} else {
				dst = utf8.AppendRune(dst, rune(n))
			}
		default:
			dst = append(dst, raw[:semi+1]...)
		}
		raw = raw[semi+1:]
	}
}
