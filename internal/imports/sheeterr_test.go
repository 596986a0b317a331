package imports

import (
	"archive/zip"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"dossierft/internal/dossier"

	"github.com/xuri/excelize/v2"
)

// sheetWorkbook builds a minimal XLSX package whose only sheet, "Feuil1", has the given <sheetData> content
// (inline strings, no shared strings table), as hand-written producers do.
func sheetWorkbook(t testing.TB, rows string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range [][2]string{
		{"[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		{"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
			`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
			`<sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
		{"xl/worksheets/sheet1.xml", `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
			`<sheetData>` + rows + `</sheetData></worksheet>`},
	} {
		w, err := zw.Create(p[0])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p[1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// is is an inline string cell.
func is(ref, s string) string {
	return `<c r="` + ref + `" t="inlineStr"><is><t>` + s + `</t></is></c>`
}

// Spreadsheet error values are row errors naming the row and the column, never data: XLSX cells of error
// type (as Excel and LibreOffice write a formula's cached error) and CSV cells holding an error's text.
func TestSpreadsheetErrorValues(t *testing.T) {
	const why = " : corrigez la formule ou la référence dans le tableur, ou videz la cellule"
	x := sheetWorkbook(t, `<row r="1">`+is("A1", "Nom")+is("B1", "Commune")+is("C1", "Fonds levés")+is("D1", "Code postal")+`</row>`+
		`<row r="2"><c r="A2" t="e"><f>#REF!</f><v>#REF!</v></c>`+is("B2", "Metz")+`<c r="C2"><v>1000</v></c></row>`+
		`<row r="3">`+is("A3", "Blida")+is("B3", "Metz")+`<c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`+
		`<row r="4"><c r="A4" t="e"><v>#NAME?</v></c>`+is("B4", "Nancy")+`</row>`+
		`<row r="5">`+is("A5", "Ok")+`<c r="B5" t="e"><f>VLOOKUP("x",D1:D2,1,FALSE)</f><v>#N/A</v></c></row>`+
		`<row r="6">`+is("A6", "Ok")+`<c r="B6" t="e"><v>#VALUE!</v></c><c r="C6" t="e"><v>#NUM!</v></c><c r="D6" t="e"><v>#NULL!</v></c></row>`+
		`<row r="7">`+is("A7", "Ok")+is("B7", "Err:502")+`</row>`+
		`<row r="8">`+is("A8", "The Pool")+is("B8", "Nancy")+`<c r="C8"><v>2500.5</v></c><c r="D8"><v>54000</v></c></row>`)
	rep, err := ReadActors(bytes.NewReader(x), "erreurs.xlsx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, Counts{Read: 7, Valid: 1, Errors: 6})
	checkActors(t, rep.Actors, []dossier.Actor{{Name: "The Pool", Category: "autre", Town: "Nancy",
		Postcode: "54000", FundsRaised: 250050, Origin: "import erreurs.xlsx ligne 8"}})
	want := []RowError{
		{File: "erreurs.xlsx", Row: 2, Column: "Nom", Value: "#REF!", Reason: "valeur d'erreur du tableur « #REF! »" + why},
		{File: "erreurs.xlsx", Row: 3, Column: "Fonds levés", Value: "#DIV/0!", Reason: "valeur d'erreur du tableur « #DIV/0! »" + why},
		{File: "erreurs.xlsx", Row: 4, Column: "Nom", Value: "#NAME?", Reason: "valeur d'erreur du tableur « #NAME? »" + why},
		{File: "erreurs.xlsx", Row: 5, Column: "Commune", Value: "#N/A", Reason: "valeur d'erreur du tableur « #N/A »" + why},
		{File: "erreurs.xlsx", Row: 6, Column: "Commune", Value: "#VALUE!", Reason: "valeur d'erreur du tableur « #VALUE! »" + why},
		{File: "erreurs.xlsx", Row: 6, Column: "Fonds levés", Value: "#NUM!", Reason: "valeur d'erreur du tableur « #NUM! »" + why},
		{File: "erreurs.xlsx", Row: 6, Column: "Code postal", Value: "#NULL!", Reason: "valeur d'erreur du tableur « #NULL! »" + why},
		{File: "erreurs.xlsx", Row: 7, Column: "Commune", Value: "Err:502", Reason: "valeur d'erreur du tableur « Err:502 »" + why},
	}
	checkErrors(t, rep.Errors, want)
	for i, e := range rep.Errors {
		if i < len(want) && e.Reason != want[i].Reason {
			t.Errorf("reason %d = %q, want %q", i, e.Reason, want[i].Reason)
		}
	}
	if got := rep.Errors[0].Error(); got != "Fichier « erreurs.xlsx », ligne 2, colonne « Nom » : valeur d'erreur du "+
		"tableur « #REF! »"+why+" (valeur « #REF! »)" {
		t.Errorf("message %q", got)
	}

	// CSV exports write the error's text: Excel in English or French, LibreOffice's Err:5xx and French
	// spacing. Text that merely contains "#" or "Err" is data.
	csv := "Nom;Commune;Fonds levés;SIRET\n" +
		"#REF!;Metz;;\n" +
		"Blida;Metz;#DIV/0!;\n" +
		"#NOM?;Nancy;;\n" +
		"Ok;#VALEUR!;;\n" +
		"Ok;Err:502;;\n" +
		"Ok;Metz;;#N/A\n" +
		"Ok;#NOM ?;;\n" +
		"Ok;#nombre!;;\n" +
		"#1 Conseil;Erreur:502;;\n" +
		"Err:5020;#REF;;\n"
	rep, err = ReadActors(strings.NewReader(csv), "erreurs.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, Counts{Read: 10, Valid: 2, Errors: 8})
	checkActors(t, rep.Actors, []dossier.Actor{
		{Name: "#1 Conseil", Category: "autre", Town: "Erreur:502", Origin: "import erreurs.csv ligne 10"},
		{Name: "Err:5020", Category: "autre", Town: "#REF", Origin: "import erreurs.csv ligne 11"}})
	checkErrors(t, rep.Errors, []RowError{
		{File: "erreurs.csv", Row: 2, Column: "Nom", Value: "#REF!", Reason: "valeur d'erreur du tableur « #REF! »" + why},
		{File: "erreurs.csv", Row: 3, Column: "Fonds levés", Value: "#DIV/0!", Reason: "valeur d'erreur du tableur « #DIV/0! »" + why},
		{File: "erreurs.csv", Row: 4, Column: "Nom", Value: "#NOM?", Reason: "valeur d'erreur du tableur « #NOM? »" + why},
		{File: "erreurs.csv", Row: 5, Column: "Commune", Value: "#VALEUR!", Reason: "valeur d'erreur du tableur « #VALEUR! »" + why},
		{File: "erreurs.csv", Row: 6, Column: "Commune", Value: "Err:502", Reason: "valeur d'erreur du tableur « Err:502 »" + why},
		{File: "erreurs.csv", Row: 7, Column: "SIRET", Value: "#N/A", Reason: "valeur d'erreur du tableur « #N/A »" + why},
		{File: "erreurs.csv", Row: 8, Column: "Commune", Value: "#NOM ?", Reason: "valeur d'erreur du tableur « #NOM ? »" + why},
		{File: "erreurs.csv", Row: 9, Column: "Commune", Value: "#nombre!", Reason: "valeur d'erreur du tableur « #nombre! »" + why},
	})
}

// A workbook with formula errors recalculated by LibreOffice and saved as XLSX: every error is a row error.
// (LibreOffice's CSV export of the same sheet writes "#REF!", "#DIV/0!", "#NAME?" and "Err:502": the CSV
// cases of TestSpreadsheetErrorValues.)
func TestSpreadsheetErrorValuesLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversion: skipped with -short")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not installed")
	}
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetRow("Sheet1", "A1", &[]any{"Nom", "Commune", "Fonds levés"}))
	must(f.SetSheetRow("Sheet1", "A2", &[]any{nil, "Metz", 1000}))
	must(f.SetCellFormula("Sheet1", "A2", "#REF!"))
	must(f.SetSheetRow("Sheet1", "A3", &[]any{"Blida", "Metz"}))
	must(f.SetCellFormula("Sheet1", "C3", "1/0"))
	must(f.SetSheetRow("Sheet1", "A4", &[]any{nil, "Nancy"}))
	must(f.SetCellFormula("Sheet1", "A4", "NOSUCHFUNC(1)"))
	must(f.SetSheetRow("Sheet1", "A5", &[]any{"Ok"}))
	must(f.SetCellFormula("Sheet1", "B5", "SQRT(-1)"))
	must(f.SetSheetRow("Sheet1", "A6", &[]any{"The Pool", "Nancy", 2500}))
	dir := t.TempDir()
	in := filepath.Join(dir, "in", "formules.xlsx")
	must(os.MkdirAll(filepath.Dir(in), 0o755))
	must(f.SaveAs(in))
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
		"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", filepath.Join(dir, "out"), in)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	const why = " : corrigez la formule ou la référence dans le tableur, ou videz la cellule"
	{
		name, b5 := "formules.xlsx", "#VALUE!" // LibreOffice writes its Err:502 as #VALUE! in XLSX
		rep := readPath(t, filepath.Join(dir, "out", name), Options{})
		checkCounts(t, rep, Counts{Read: 5, Valid: 1, Errors: 4})
		checkActors(t, rep.Actors, []dossier.Actor{{Name: "The Pool", Category: "autre", Town: "Nancy",
			FundsRaised: 250000, Origin: "import " + name + " ligne 6"}})
		checkErrors(t, rep.Errors, []RowError{
			{File: name, Row: 2, Column: "Nom", Value: "#REF!", Reason: "valeur d'erreur du tableur « #REF! »" + why},
			{File: name, Row: 3, Column: "Fonds levés", Value: "#DIV/0!", Reason: "valeur d'erreur du tableur « #DIV/0! »" + why},
			{File: name, Row: 4, Column: "Nom", Value: "#NAME?", Reason: "valeur d'erreur du tableur « #NAME? »" + why},
			{File: name, Row: 5, Column: "Commune", Value: b5, Reason: "valeur d'erreur du tableur « " + b5 + " »" + why},
		})
	}
}
