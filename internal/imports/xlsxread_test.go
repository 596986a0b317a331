package imports

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// excelizeRows reads every sheet of data with excelize (raw values), keeping only rows with a cell, trailing
// empty cells trimmed: the oracle for the streaming reader.
func excelizeRows(t testing.TB, data []byte) map[string]map[int][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]map[int][]string{}
	for _, name := range f.GetSheetList() {
		rows, err := f.Rows(name)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = map[int][]string{}
		n := 0
		for rows.Next() {
			n++
			cells, err := rows.Columns(excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			if c := trimRight(cells); len(c) > 0 {
				out[name][n] = c
			}
		}
		rows.Close()
	}
	return out
}

func trimRight(c []string) []string {
	for len(c) > 0 && c[len(c)-1] == "" {
		c = c[:len(c)-1]
	}
	return append([]string(nil), c...)
}

// ourRows reads every sheet of data with the streaming reader, in the same shape as excelizeRows.
func ourRows(t testing.TB, data []byte) (map[string]map[int][]string, []wbSheet) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	wb, err := openWorkbook(zr)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[int][]string{}
	for _, s := range wb.sheets {
		rows, err := wb.rows(s)
		if err != nil {
			t.Fatal(err)
		}
		out[s.name] = map[int][]string{}
		for {
			n, cells, err := rows.next()
			if err != nil {
				break
			}
			if c := trimRight(cells); len(c) > 0 {
				out[s.name][n] = c
			}
		}
		rows.close()
	}
	return out, wb.sheets
}

func compareReaders(t *testing.T, label string, data []byte) {
	t.Helper()
	want := excelizeRows(t, data)
	got, _ := ourRows(t, data)
	for sheet, rows := range want {
		for n, w := range rows {
			g := got[sheet][n]
			if strings.Join(g, "\x1f") != strings.Join(w, "\x1f") {
				t.Errorf("%s: sheet %q row %d:\n got %q\nwant %q", label, sheet, n, g, w)
			}
		}
		if len(got[sheet]) != len(rows) {
			t.Errorf("%s: sheet %q: %d rows, excelize %d", label, sheet, len(got[sheet]), len(rows))
		}
	}
}

// A workbook with every kind of cell: shared and inline strings, rich text, booleans, errors, formulas with
// and without a cached value, dates, escapes (_x000D_, entities), gaps between cells and rows.
func tricky(t testing.TB) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	s := "Sheet1"
	f.SetCellValue(s, "A1", "Nom & <Société> \"Ça\" 'va'")
	f.SetCellValue(s, "C1", 1234.5)
	f.SetCellValue(s, "D1", -0.000001)
	f.SetCellValue(s, "E1", int64(41234567000019))
	f.SetCellBool(s, "F1", true)
	f.SetCellValue(s, "G1", time.Date(2015, 6, 25, 0, 0, 0, 0, time.UTC))
	f.SetCellValue(s, "H1", "ligne 1\nligne 2\r\nfin_x000D_ et _x005F_x")
	f.SetCellRichText(s, "A3", []excelize.RichTextRun{{Text: "Riche "}, {Text: "texte", Font: &excelize.Font{Bold: true}}})
	f.SetCellFormula(s, "B3", "C1*2")
	f.SetCellValue(s, "AB3", "loin")
	f.SetCellValue(s, "A7", "  espaces  ")
	f.SetCellValue(s, "B7", "€ œ 🚀 \u00a0\u202f")
	f.SetCellValue(s, "C7", "")
	f.SetCellStr(s, "D7", "=pas une formule")
	f.NewSheet("Flux")
	sw, _ := f.NewStreamWriter("Flux")
	sw.SetRow("A1", []any{"inline", 12, 3.25, true, "a&b<c>"})
	sw.SetRow("A3", []any{excelize.Cell{Value: "avec style"}, excelize.Cell{Formula: "1+1"}})
	sw.Flush()
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestStreamingXLSXReaderMatchesExcelize(t *testing.T) {
	compareReaders(t, "tricky", tricky(t))
	compareReaders(t, "fixture", xlsxFixture(t))
	compareReaders(t, "form", writeTestForm(t, formDossier()))
	// Sheet list with states and targets.
	_, sheets := ourRows(t, xlsxFixture(t))
	var names []string
	for _, s := range sheets {
		names = append(names, s.name+"/"+s.state+"/"+s.path)
	}
	want := "Lisez-moi//xl/worksheets/sheet1.xml|Acteurs//xl/worksheets/sheet2.xml|Archive//xl/worksheets/sheet3.xml|" +
		"Cachée/hidden/xl/worksheets/sheet4.xml"
	if strings.Join(names, "|") != want {
		t.Errorf("sheets %q", strings.Join(names, "|"))
	}
}

// A hand-written sheet as other producers write it: namespace prefixes, no r attributes, inline strings,
// CDATA, comments, a processing instruction, '>' inside an attribute value.
func TestStreamingXLSXReaderHandWritten(t *testing.T) {
	sheet := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- généré à la main -->
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row><x:c t="inlineStr"><x:is><x:t>Nom</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t xml:space="preserve">Commune </x:t></x:is></x:c></x:row>
<x:row spans="1:2" x:note="a>b"><x:c t="inlineStr"><x:is><x:r><x:t>Blida</x:t></x:r><x:r><x:t> Metz</x:t></x:r><x:rPh><x:t>ぶりだ</x:t></x:rPh></x:is></x:c><x:c t="str"><x:f>A1</x:f><x:v><![CDATA[Metz <centre>]]></x:v></x:c></x:row>
<x:row r="5"><x:c r="B5"><x:v>57000</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="s"><x:v>99</x:v></x:c></x:row>
<x:row r="6"/>
</x:sheetData>
</x:worksheet>`
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range map[string]string{
		"[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
			`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
			`<sheet name="Données" sheetId="1" r:id="rId7"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="feuilles/f1.xml"/></Relationships>`,
		"xl/feuilles/f1.xml": sheet,
	} {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	zw.Close()
	got, sheets := ourRows(t, buf.Bytes())
	if len(sheets) != 1 || sheets[0].path != "xl/feuilles/f1.xml" {
		t.Fatalf("sheets %+v", sheets)
	}
	want := map[int][]string{
		1: {"Nom", "Commune "},
		2: {"Blida Metz", "Metz <centre>"},
		5: {"", "57000", "0", "#N/A"},
	}
	for n, w := range want {
		if strings.Join(got["Données"][n], "|") != strings.Join(w, "|") {
			t.Errorf("row %d = %q, want %q", n, got["Données"][n], w)
		}
	}
	if len(got["Données"]) != 3 {
		t.Errorf("rows %v", got["Données"])
	}
	// And through ReadActors.
	rep, err := ReadActors(bytes.NewReader(buf.Bytes()), "main.xlsx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Source.Sheet != "Données" || len(rep.Actors) != 1 || rep.Actors[0].Name != "Blida Metz" ||
		rep.Actors[0].Town != "Metz <centre>" || rep.Actors[0].Origin != "import main.xlsx ligne 2" {
		t.Errorf("report %+v", rep)
	}
}

// FuzzXLSXReader: cells of any text written by excelize read back as excelize reads them.
func FuzzXLSXReader(f *testing.F) {
	f.Add("Nom & <x>", "_x000D_", "ligne\nligne", "1234.5")
	f.Fuzz(func(t *testing.T, a, b, c, d string) {
		x := excelize.NewFile()
		for i, v := range []string{a, b, c, d} {
			if err := x.SetCellValue("Sheet1", string(rune('A'+i))+"2", v); err != nil {
				return
			}
		}
		x.SetCellRichText("Sheet1", "B4", []excelize.RichTextRun{{Text: a}, {Text: b}})
		var buf bytes.Buffer
		if _, err := x.WriteTo(&buf); err != nil {
			return
		}
		x.Close()
		compareReaders(t, "fuzz", buf.Bytes())
	})
}

// FuzzSheetXML: the worksheet scanner never panics and always ends on any bytes.
func FuzzSheetXML(f *testing.F) {
	f.Add([]byte(`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c t="inlineStr"><is><t>x&amp;y</t></is></c></row></sheetData></worksheet>`))
	f.Add([]byte(`<?xml?><!-- c --><x:row a='>'><x:c><x:v><![CDATA[<]]></x:v></x:c></x:row>`))
	f.Add([]byte(`<row><c r="XFE1"><v>1</v></c></row>`))
	f.Add([]byte(`<row r="-3"><c r="1A" t="s"><v>99999999999999999999</v></c>`))
	f.Add([]byte("<row><c><v>&#x110000;&#0;&bogus;&#xD800;</v></c></row>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &sheetRows{rc: io.NopCloser(bytes.NewReader(data)), sc: newScanner(bytes.NewReader(data)), sst: []string{"a"}}
		for i := 0; ; i++ {
			if i > len(data)+2 {
				t.Fatalf("no progress after %d rows", i)
			}
			_, cells, err := r.next()
			if err != nil {
				break
			}
			if len(cells) > 16384 {
				t.Fatalf("%d cells", len(cells))
			}
		}
		sc := newScanner(bytes.NewReader(data))
		for i := 0; ; i++ {
			if i > len(data)+2 {
				t.Fatalf("no progress after %d tokens", i)
			}
			if _, err := sc.next(); err != nil {
				break
			}
		}
	})
}
