package imports

import (
	"io"
	"path/filepath"
	"strconv"
	"unicode/utf8"
)

// PreviewResult is what the mapping screen shows before an import: how the file was read, its headers, the
// mapping the reader suggests and the first rows as read.
type PreviewResult struct {
	Source    Source           `json:"source"`
	Preset    Preset           `json:"preset"`    // detected preset (or the one asked for)
	HeaderRow int              `json:"headerRow"` // line / row of the header
	Headers   []string         `json:"headers"`
	Mapping   map[string]Field `json:"mapping"` // suggested header → field (mapped columns only)
	// MappingError is the French reason why the suggested mapping cannot import the file as is (no name
	// column…), or "": the user must then choose the columns.
	MappingError string      `json:"mappingError"`
	Rows         [][]string  `json:"rows"`       // first rows, cells cut to 200 characters
	RowNumbers   []int       `json:"rowNumbers"` // line / row number of each of Rows
	Notes        []string    `json:"notes"`
	Fields       []FieldInfo `json:"fields"` // fields a free mapping may use (ActorFields)
}

// PreviewFile opens path and previews it with Preview; the size limit is checked before reading.
func PreviewFile(path string, n int, opt Options) (*PreviewResult, error) {
	fh, size, err := openPath(path, &opt)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return preview(fh, fh, size, filepath.Base(path), n, opt)
}

// Preview reads the head of an actors file: the header and the first n data rows (n ≤ 0 means 20), with the
// detected format, encoding, delimiter, sheet and preset, and the suggested mapping. opt is used as by
// ReadActors (forced encoding, delimiter, sheet, preset, mapping). Fatal problems are *FileError values; an
// unusable mapping is not an error here but MappingError.
func Preview(r io.Reader, name string, n int, opt Options) (*PreviewResult, error) {
	return preview(r, nil, 0, name, n, opt)
}

func preview(r io.Reader, ra io.ReaderAt, size int64, name string, n int, opt Options) (*PreviewResult, error) {
	if n <= 0 {
		n = 20
	}
	name = filepath.Base(name)
	t, src, err := openTable(r, ra, size, name, &opt)
	if err != nil {
		return nil, err
	}
	defer t.close()
	hdr, err := readHeader(t, name)
	if err != nil {
		return nil, err
	}
	res := &PreviewResult{Source: src, HeaderRow: hdr.line, Headers: hdr.headers, Notes: hdr.notes,
		Fields: ActorFields}
	m, p, err := chooseMapping(name, hdr.headers, &opt)
	if err != nil {
		if fe, ok := err.(*FileError); ok {
			res.MappingError = fe.Msg
		} else {
			res.MappingError = err.Error()
		}
		res.Preset = detectPreset(hdr.headers)
		if mm, err := resolveMapping(hdr.headers, res.Preset, nil); err == nil {
			res.Mapping = mm.suggest(hdr.headers)
		}
	} else {
		res.Preset = p
		res.Mapping = m.suggest(hdr.headers)
		for _, g := range m.duplicates(hdr.headers) {
			res.Notes = append(res.Notes, dupNote(hdr.headers, g, -1, 0))
		}
	}
	add := func(rec record) {
		row := make([]string, len(rec.fields))
		for i, c := range rec.fields {
			if utf8.RuneCountInString(c) > 200 {
				c = string([]rune(c)[:200]) + "…"
			}
			row[i] = c
		}
		res.Rows = append(res.Rows, row)
		res.RowNumbers = append(res.RowNumbers, rec.line)
	}
	for _, rec := range hdr.pending {
		if len(res.Rows) < n && !allEmpty(rec.fields) {
			add(rec)
		}
	}
	for len(res.Rows) < n {
		rec, err := t.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if rec.perr != nil {
			res.Notes = append(res.Notes, "ligne "+strconv.Itoa(rec.line)+" : "+quoteReason(rec.perr))
		}
		if allEmpty(rec.fields) {
			continue
		}
		add(rec)
	}
	res.Notes = append(res.Notes, t.notes()...)
	return res, nil
}
