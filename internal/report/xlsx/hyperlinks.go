package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"strings"
)

// link is one external hyperlink of a worksheet cell.
type link struct{ cell, url string }

// hyperlinkRel is the relationship type of an external hyperlink (ECMA-376 part 1, §18.3.1.47).
const hyperlinkRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"

// attrEscaper escapes a value for an XML attribute in double quotes.
var attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")

// addLinks copies the XLSX package src to w, adding the external hyperlinks links to the worksheet part
// sheetPath (e.g. "xl/worksheets/sheet1.xml"): a <hyperlinks> element in the worksheet, at its place in the
// schema order (after dataValidations, before printOptions/pageMargins/pageSetup…), and one relationship per
// link in the worksheet's .rels part. Every other part is copied as is, still compressed.
//
// Why not excelize's SetCellHyperLink: it scans all the sheet's relationships and hyperlinks for every new
// link (quadratic): 5,000 websites cost about 0.3 s and 65,000 would cost about a minute.
func addLinks(w io.Writer, src []byte, sheetPath string, links []link) error {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return err
	}
	relsPath := "xl/worksheets/_rels/" + strings.TrimPrefix(sheetPath, "xl/worksheets/") + ".rels"
	zw := zip.NewWriter(w)
	// Only the two rewritten parts are compressed again; favour speed (the others keep excelize's compression).
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) { return flate.NewWriter(out, flate.BestSpeed) })
	sawSheet, sawRels := false, false
	for _, f := range zr.File {
		switch f.Name {
		case sheetPath, relsPath:
			data, err := readAll(f)
			if err != nil {
				return err
			}
			if f.Name == sheetPath {
				sawSheet = true
				data, err = insertHyperlinks(data, links)
			} else {
				sawRels = true
				data, err = appendRels(data, links)
			}
			if err != nil {
				return err
			}
			if err := writeEntry(zw, f.Name, data); err != nil {
				return err
			}
		default:
			fh := f.FileHeader
			dst, err := zw.CreateRaw(&fh)
			if err != nil {
				return err
			}
			r, err := f.OpenRaw()
			if err != nil {
				return err
			}
			if _, err := io.Copy(dst, r); err != nil {
				return err
			}
		}
	}
	if !sawSheet {
		return fmt.Errorf("xlsx: worksheet %s not found for hyperlinks", sheetPath)
	}
	if !sawRels {
		rels := []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`)
		data, err := appendRels(rels, links)
		if err != nil {
			return err
		}
		if err := writeEntry(zw, relsPath, data); err != nil {
			return err
		}
	}
	return zw.Close()
}

func readAll(f *zip.File) ([]byte, error) {
	r, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

func writeEntry(zw *zip.Writer, name string, data []byte) error {
	dst, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
	if err != nil {
		return err
	}
	_, err = dst.Write(data)
	return err
}

// linkID is the relationship ID of the i-th link; the "L" keeps it apart from excelize's rId1, rId2….
func linkID(i int) string { return fmt.Sprintf("rIdL%d", i+1) }

// hyperlinksFollowers are the worksheet elements that come after <hyperlinks> in the schema order.
var hyperlinksFollowers = []string{"<printOptions", "<pageMargins", "<pageSetup", "<headerFooter", "<rowBreaks", "<colBreaks",
	"<customProperties", "<cellWatches", "<ignoredErrors", "<smartTags", "<drawing", "<legacyDrawing", "<legacyDrawingHF",
	"<drawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"}

func insertHyperlinks(sheet []byte, links []link) ([]byte, error) {
	if bytes.Contains(sheet, []byte("<hyperlinks")) {
		return nil, fmt.Errorf("xlsx: worksheet already has hyperlinks")
	}
	// Text cells escape '<', so these markers can only be elements; the earliest one after sheetData wins.
	end := bytes.Index(sheet, []byte("</sheetData>"))
	if end < 0 {
		return nil, fmt.Errorf("xlsx: worksheet without sheetData")
	}
	at := -1
	for _, m := range hyperlinksFollowers {
		if i := bytes.Index(sheet[end:], []byte(m)); i >= 0 && (at < 0 || end+i < at) {
			at = end + i
		}
	}
	if at < 0 {
		return nil, fmt.Errorf("xlsx: worksheet without end tag")
	}
	var b bytes.Buffer
	b.Grow(len(sheet) + 48*len(links))
	b.Write(sheet[:at])
	b.WriteString(`<hyperlinks>`)
	for i, l := range links {
		fmt.Fprintf(&b, `<hyperlink ref="%s" r:id="%s"/>`, l.cell, linkID(i))
	}
	b.WriteString(`</hyperlinks>`)
	b.Write(sheet[at:])
	out := b.Bytes()
	if !bytes.Contains(out[:min(len(out), 4096)], []byte(`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`)) {
		return nil, fmt.Errorf("xlsx: worksheet lacks the r: namespace")
	}
	return out, nil
}

func appendRels(rels []byte, links []link) ([]byte, error) {
	end := bytes.LastIndex(rels, []byte("</Relationships>"))
	if end < 0 {
		return nil, fmt.Errorf("xlsx: malformed relationships part")
	}
	var b bytes.Buffer
	b.Grow(len(rels) + 160*len(links))
	b.Write(rels[:end])
	for i, l := range links {
		fmt.Fprintf(&b, `<Relationship Id="%s" Type="%s" Target="%s" TargetMode="External"/>`, linkID(i), hyperlinkRel, attrEscaper.Replace(l.url))
	}
	b.Write(rels[end:])
	return b.Bytes(), nil
}
