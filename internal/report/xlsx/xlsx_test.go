package xlsx

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"dossierft/internal/dossier"
	"dossierft/internal/sample"
)

var testNow = time.Date(2026, 11, 29, 23, 30, 0, 0, time.UTC) // 30/11/2026 00:30 in Paris

func writeBook(t *testing.T, dir, name string, enc func(w *bytes.Buffer) error) string {
	t.Helper()
	var buf bytes.Buffer
	if err := enc(&buf); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func open(t *testing.T, p string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func raw(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// isNumber reports whether a cell is stored as a number (no string type) holding a parseable value.
func isNumber(t *testing.T, f *excelize.File, sheet, cell string) bool {
	t.Helper()
	ty, err := f.GetCellType(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	if ty != excelize.CellTypeUnset && ty != excelize.CellTypeNumber {
		return false
	}
	_, err = strconv.ParseFloat(raw(t, f, sheet, cell), 64)
	return err == nil
}

func TestFinancingReadBack(t *testing.T) {
	dir := t.TempDir()
	d := fixture()
	p := writeBook(t, dir, "fin.xlsx", func(w *bytes.Buffer) error { return Financing(w, d, Options{Now: testNow}) })
	f := open(t, p)
	want := []string{"Synthèse", "Budget Cerfa 12156", "Charges", "Produits", "Par action", "Par partenaire", "Par année",
		"A1 Accélérateur <Nancy>-", "A2 TCRM-Blida", "synthèse (2)", "a1 ACCÉLÉRATEUR <NANCY>- (2)", "🚀 Programme d'accélération - -", "History (1)",
		"Listes", "À propos"}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	// Synthèse: formulas present, cached values right for a non-calculating reader.
	for cell, v := range map[string]string{
		"B5": "60001.1", "C5": "45000.3", "D5": "13346.2", "E5": "118347.6",
		"E6": "118347.6", "E7": "0", "E8": "8000.3", "E9": "8000.3", "E11": "126347.9",
		"B14": "équilibré", "E14": "équilibré", "B4": "2015", "E4": "Total",
	} {
		if got := raw(t, f, "Synthèse", cell); got != v {
			t.Errorf("Synthèse!%s cached = %q, want %q", cell, got, v)
		}
	}
	for cell, want := range map[string]string{
		"B5": `SUMIFS(Charges_Montant,Charges_Annee,B$4,Charges_Nature,"Numéraire")`,
		"E5": "SUM(B5:D5)",
		"B7": "B6-B5",
	} {
		got, err := f.GetCellFormula("Synthèse", cell)
		if err != nil || got != want {
			t.Errorf("Synthèse!%s formula = %q (%v), want %q", cell, got, err, want)
		}
	}
	for _, c := range []string{"B5", "E5", "B7", "B13"} {
		if !isNumber(t, f, "Synthèse", c) {
			t.Errorf("Synthèse!%s is not stored as a number", c)
		}
	}
	// Detail amounts are numbers; account codes are text.
	for r := 2; r <= len(d.Charges)+1; r++ {
		if !isNumber(t, f, "Charges", ref(r, 8)) {
			t.Errorf("Charges!%s not a number", ref(r, 8))
		}
	}
	if got := raw(t, f, "Charges", "H2"); got != "40000.1" {
		t.Errorf("Charges!H2 = %q, want 40000.1", got)
	}
	if ty, _ := f.GetCellType("Charges", "D2"); ty != excelize.CellTypeInlineString {
		t.Errorf("Charges!D2 (account 641) type %v, want text", ty)
	}
	// Frozen header, table, print titles, page setup, properties, calc on load.
	panes, err := f.GetPanes("Charges")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("Charges panes = %+v %v", panes, err)
	}
	tables, err := f.GetTables("Charges")
	if err != nil || len(tables) != 1 || tables[0].Range != "A1:H12" {
		t.Errorf("Charges tables = %+v %v", tables, err)
	}
	names := map[string]string{}
	for _, n := range f.GetDefinedName() {
		names[n.Scope+"!"+n.Name] = n.RefersTo
	}
	for k, v := range map[string]string{
		"Workbook!Charges_Montant":    "'Charges'!$H$2:$H$12",
		"Workbook!Produits_Montant":   "'Produits'!$L$2:$L$9",
		"Charges!_xlnm.Print_Titles":  "'Charges'!$1:$1",
		"Synthèse!_xlnm.Print_Titles": "'Synthèse'!$4:$4",
	} {
		if names[k] != v {
			t.Errorf("defined name %s = %q, want %q (all: %v)", k, names[k], v, names)
		}
	}
	pl, err := f.GetPageLayout("Charges")
	if err != nil || *pl.Size != 9 || *pl.Orientation != "landscape" || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
		t.Errorf("page layout = %+v %v", pl, err)
	}
	hf, err := f.GetHeaderFooter("Charges")
	if err != nil || !strings.Contains(hf.OddFooter, "&A") || !strings.Contains(hf.OddFooter, "&P / &N") {
		t.Errorf("footer = %+v %v", hf, err)
	}
	props, err := f.GetDocProps()
	if err != nil || props.Title != "Plan de financement – LORnTECH" || props.Created != "2026-11-29T23:30:00Z" || props.Language != "fr-FR" {
		t.Errorf("doc props = %+v %v", props, err)
	}
	app, err := f.GetAppProps()
	if err != nil || app.Company != "Pôle métropolitain européen du Sillon lorrain" {
		t.Errorf("app props = %+v %v", app, err)
	}
	calc, err := f.GetCalcProps()
	if err != nil || calc.FullCalcOnLoad == nil || !*calc.FullCalcOnLoad {
		t.Errorf("calc props = %+v %v", calc, err)
	}
	// Every amount of the detail sheets and every figure of the Synthèse is a number.
	for r := 2; r <= len(d.Contributions)+len(d.Resources)+1; r++ {
		if !isNumber(t, f, "Produits", ref(r, 12)) {
			t.Errorf("Produits!%s not a number", ref(r, 12))
		}
	}
	for r := 5; r <= 13; r++ {
		for c := 2; c <= 5; c++ {
			if !isNumber(t, f, "Synthèse", ref(r, c)) {
				t.Errorf("Synthèse!%s not a number", ref(r, c))
			}
		}
	}
	// Dates are real dates: 2015-03-01 is the serial number 42064, shown dd/mm/yyyy.
	if v := raw(t, f, "Par action", "E6"); v != "42064" {
		t.Errorf("Par action!E6 (start of A1) = %q, want the date serial 42064", v)
	}
	if v, _ := f.GetCellValue("Par action", "E6"); v != "01/03/2015" {
		t.Errorf("Par action!E6 shows %q, want 01/03/2015", v)
	}
	// Validation lists on the category columns.
	dvs, err := f.GetDataValidations("Produits")
	if err != nil || len(dvs) != 3 {
		t.Errorf("Produits validations = %d %v", len(dvs), err)
	}
	for _, dv := range dvs {
		if dv.Sqref == "J2:J9" && dv.Formula1 != `"Acquis,Sollicité,Prévisionnel"` {
			t.Errorf("status validation formula %q", dv.Formula1)
		}
	}
	// Conditional formatting on the check row and the balances.
	cf, err := f.GetConditionalFormats("Synthèse")
	if err != nil || len(cf["B14:E14"]) != 2 || len(cf["B7:E7"]) != 1 {
		t.Errorf("Synthèse conditional formats = %v %v", cf, err)
	}
	// Cerfa: whole euros, the gap row says 1 € in 2017 (13 347 € of charges, 13 346 € of produits once each
	// line is rounded, although the budget balances to the cent).
	rows, _ := f.GetRows("Budget Cerfa 12156", excelize.Options{RawCellValue: true})
	gap := findRow(rows, 2, "Écart total des produits − total des charges (arrondis compris)")
	if gap == 0 || strings.Join(rows[gap-1][2:6], "|") != "0|0|-1|-1" {
		t.Errorf("Cerfa gap row %d = %q", gap, rows[max(gap-1, 0)])
	}
	// Edition date is Paris time: 29/11/2026 23:30 UTC is 30/11/2026.
	if got, _ := f.GetCellValue("Synthèse", "A2"); !strings.Contains(got, "édité le 30/11/2026") {
		t.Errorf("Synthèse!A2 = %q", got)
	}
	// The edition time on À propos is a real date-time in Paris time: 30/11/2026 00:30 is serial 46356.020833….
	if v := raw(t, f, "À propos", "B2"); !strings.HasPrefix(v, "46356.0208") {
		t.Errorf("À propos!B2 = %q, want 46356.0208… (30/11/2026 00:30)", v)
	}
}

func TestActorsReadBack(t *testing.T) {
	dir := t.TempDir()
	d := fixture()
	p := writeBook(t, dir, "act.xlsx", func(w *bytes.Buffer) error { return Actors(w, d, Options{Now: testNow}) })
	f := open(t, p)
	if got := f.GetSheetList(); strings.Join(got, "|") != "Annuaire|Statistiques|Listes|À propos" {
		t.Fatalf("sheets = %q", got)
	}
	// SIRET and postcode as text with their leading zeros.
	for cell, want := range map[string]string{"D2": "01234567800011", "F2": "01000", "B3": "=1+1", "C7": "code-inconnu", "H2": "1 ou 2 salariés", "B4": "Labo\nNancy"} {
		got := raw(t, f, "Annuaire", cell)
		if got != want {
			t.Errorf("Annuaire!%s = %q, want %q", cell, got, want)
		}
		if ty, _ := f.GetCellType("Annuaire", cell); ty != excelize.CellTypeInlineString && ty != excelize.CellTypeSharedString {
			t.Errorf("Annuaire!%s type %v, want text", cell, ty)
		}
	}
	if f, _ := f.GetCellFormula("Annuaire", "B3"); f != "" {
		t.Errorf("the name \"=1+1\" became a formula: %q", f)
	}
	if !isNumber(t, f, "Annuaire", "J2") || raw(t, f, "Annuaire", "J2") != "1500000.5" {
		t.Errorf("Annuaire!J2 funds = %q, want the number 1500000.5", raw(t, f, "Annuaire", "J2"))
	}
	// Hyperlinks: www.example.fr gets https://; an over-long URL and javascript: stay plain text.
	if ok, link, _ := f.GetCellHyperLink("Annuaire", "K7"); !ok || link != "https://www.epinal.fr/" {
		t.Errorf("K7 link = %v %q", ok, link)
	}
	if ok, link, _ := f.GetCellHyperLink("Annuaire", "K2"); !ok || link != "https://www.example.fr" {
		t.Errorf("K2 link = %v %q", ok, link)
	}
	for _, c := range []string{"K3", "K4"} {
		if ok, link, _ := f.GetCellHyperLink("Annuaire", c); ok {
			t.Errorf("%s should have no link, has %q", c, link)
		}
	}
	// The 38,000-character description is cut at the cell limit with a pointer to the PDF.
	desc := raw(t, f, "Annuaire", "L4")
	if n := utf16Len(desc); n > MaxCellChars || n < MaxCellChars-200 || !strings.HasSuffix(desc, truncMarker) {
		t.Errorf("long description: %d units, suffix %q", n, desc[len(desc)-40:])
	}
	about, _ := f.GetRows("À propos")
	var all strings.Builder
	for _, r := range about {
		all.WriteString(strings.Join(r, " ") + "\n")
	}
	for _, want := range []string{"ligne 4, colonne « Description » : texte de 38000 caractères tronqué", "ligne 4, colonne « Nom » : caractères de contrôle", "ligne 3 : adresse du site web trop longue"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("À propos lacks %q:\n%s", want, all.String())
		}
	}
	tables, _ := f.GetTables("Annuaire")
	if len(tables) != 1 || tables[0].Range != "A1:O7" {
		t.Errorf("Annuaire tables = %+v", tables)
	}
	if panes, _ := f.GetPanes("Annuaire"); !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("Annuaire panes = %+v", panes)
	}
	// Statistiques: COUNTIFS with escaped criteria, cached counts.
	fm, _ := f.GetCellFormula("Statistiques", "B5")
	if fm != `COUNTIFS(Annuaire_Categorie,"=Start-up",Annuaire_Commune,"=Metz")` {
		t.Errorf("Statistiques!B5 formula %q", fm)
	}
	if v := raw(t, f, "Statistiques", "B5"); v != "2" {
		t.Errorf("Statistiques!B5 (Start-up × Metz/metz) = %q, want 2", v)
	}
	hdr, _ := f.GetRows("Statistiques")
	if len(hdr) < 4 || strings.Join(hdr[3], "|") != "Catégorie|Metz|(commune non renseignée)|Nancy|Saint-*?~|Épinal|Total|Fonds levés" {
		t.Errorf("Statistiques header = %q", hdr[3])
	}
}

// TestLibreOfficeRecalculates makes LibreOffice recalculate every formula on load and compares its totals
// with Go's: on the fixture, on a copy whose cached values are all wrong by 1000 (the formulas alone give the
// right figures), on the LORnTECH sample and on the large dossier. No cell may show an error.
func TestLibreOfficeRecalculates(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	d := fixture()
	lt, lg := sample.LORnTECH(), sample.Large()
	unbalanced := fixture()
	unbalanced.Charges[0].Amount += 1050 // 2015: charges exceed produits by 10,50 €
	empty := &dossier.Dossier{}
	files := []string{
		writeBook(t, dir, "empty-fin.xlsx", func(w *bytes.Buffer) error { return Financing(w, empty, Options{Now: testNow}) }),
		writeBook(t, dir, "empty-act.xlsx", func(w *bytes.Buffer) error { return Actors(w, empty, Options{Now: testNow}) }),
		writeBook(t, dir, "unbalanced.xlsx", func(w *bytes.Buffer) error { return Financing(w, unbalanced, Options{Now: testNow}) }),
		writeBook(t, dir, "fin.xlsx", func(w *bytes.Buffer) error { return Financing(w, d, Options{Now: testNow}) }),
		writeBook(t, dir, "act.xlsx", func(w *bytes.Buffer) error { return Actors(w, d, Options{Now: testNow}) }),
		writeBook(t, dir, "poison.xlsx", func(w *bytes.Buffer) error { return Financing(w, d, Options{Now: testNow, poison: true}) }),
		writeBook(t, dir, "lt-fin.xlsx", func(w *bytes.Buffer) error { return Financing(w, lt, Options{Now: testNow}) }),
		writeBook(t, dir, "lt-act.xlsx", func(w *bytes.Buffer) error { return Actors(w, lt, Options{Now: testNow}) }),
	}
	if !testing.Short() {
		files = append(files,
			writeBook(t, dir, "lg-fin.xlsx", func(w *bytes.Buffer) error { return Financing(w, lg, Options{Now: testNow}) }),
			writeBook(t, dir, "lg-act.xlsx", func(w *bytes.Buffer) error { return Actors(w, lg, Options{Now: testNow}) }))
	}
	res := recalc(t, true, files...)
	for book, sheets := range res {
		noErrors(t, book, sheets)
	}
	checkSynthesis(t, "fin (recalculated)", res["fin"]["Synthèse"], d.Budget())
	checkSynthesis(t, "poison (recalculated)", res["poison"]["Synthèse"], d.Budget())
	checkStats(t, res["act"]["Statistiques"])
	checkFinancing(t, "fixture", d, res["fin"])
	checkFinancing(t, "unbalanced", unbalanced, res["unbalanced"])
	checkFinancing(t, "empty", empty, res["empty-fin"])
	checkActors(t, "empty", empty, res["empty-act"])
	if got := cellAt(res["unbalanced"]["Synthèse"], 14, 2); got != "écart : -10.50 €" {
		t.Errorf("unbalanced check cell (LibreOffice, en-US) = %q", got)
	}
	uf := open(t, files[2])
	if got := raw(t, uf, "Synthèse", "B14"); got != "écart : -10,50 €" {
		t.Errorf("unbalanced check cell (cache) = %q", got)
	}
	checkFinancing(t, "LORnTECH", lt, res["lt-fin"])
	checkActors(t, "LORnTECH", lt, res["lt-act"])
	if !testing.Short() {
		checkFinancing(t, "Large", lg, res["lg-fin"])
		checkActors(t, "Large", lg, res["lg-act"])
	}
}

// findRow returns the 1-based row whose column col (1-based) equals label, or 0.
func findRow(rows [][]string, col int, label string) int {
	for i := range rows {
		if cellAt(rows, i+1, col) == label {
			return i + 1
		}
	}
	return 0
}

// checkFinancing compares the recalculated financing workbook of d with figures computed in Go: the
// synthesis, the Cerfa totals (each account and year rounded to the euro, then added), and the totals of
// the Par action, Par partenaire and Par année sheets.
func checkFinancing(t *testing.T, what string, d *dossier.Dossier, sheets map[string][][]string) {
	t.Helper()
	budget := d.Budget()
	all := budget[len(budget)-1]
	checkSynthesis(t, what, sheets["Synthèse"], budget)
	ny := len(budget) - 1
	cerfa := sheets["Budget Cerfa 12156"]
	for _, side := range []struct {
		col   int
		label string
		side  string
	}{{2, "TOTAL DES CHARGES", dossier.SideCharge}, {ny + 6, "TOTAL DES PRODUITS", dossier.SideProduit}} {
		r := findRow(cerfa, side.col, side.label)
		if r == 0 {
			t.Errorf("%s: Cerfa sheet has no %q row", what, side.label)
			continue
		}
		var grand int64
		for i, yb := range budget[:ny] {
			var want int64
			for code, c := range d.AccountTotals(yb.Year) {
				if a, ok := dossier.AccountByCode(code); ok && a.Side == side.side {
					want += c.Euros()
				}
			}
			grand += want
			if got := num(t, cellAt(cerfa, r, side.col+1+i)); got != float64(want) {
				t.Errorf("%s: Cerfa %s %d = %v, Go %d", what, side.label, yb.Year, got, want)
			}
		}
		if got := num(t, cellAt(cerfa, r, side.col+1+ny)); got != float64(grand) {
			t.Errorf("%s: Cerfa %s total = %v, Go %d", what, side.label, got, grand)
		}
	}
	near := func(sheet string, row, col int, want dossier.Cents) {
		t.Helper()
		if got := num(t, cellAt(sheets[sheet], row, col)); math.Abs(got-euros(want)) > 0.005 {
			t.Errorf("%s: %s!%s = %v, Go %v", what, sheet, ref(row, col), got, euros(want))
		}
	}
	// Par action: total row, total charges and produits (with 86/87).
	if r := findRow(sheets["Par action"], 3, "Total"); r > 0 {
		near("Par action", r, 7+ny, all.Charges+all.InKindCharges)
		near("Par action", r, 8+ny, all.Produits+all.InKindProduits)
	} else {
		t.Errorf("%s: Par action has no total row", what)
	}
	if r := findRow(sheets["Par partenaire"], 2, "Total"); r > 0 {
		near("Par partenaire", r, 8+ny, all.Produits+all.InKindProduits)
	} else {
		t.Errorf("%s: Par partenaire has no total row", what)
	}
	if r := findRow(sheets["Par année"], 1, "Total"); r > 0 {
		near("Par année", r, 2, all.Charges)
		near("Par année", r, 4, all.Charges+all.InKindCharges)
		near("Par année", r, 7, all.Produits+all.InKindProduits)
	} else {
		t.Errorf("%s: Par année has no total row", what)
	}
}

// checkActors compares the recalculated Statistiques sheet with Go's counts per category.
func checkActors(t *testing.T, what string, d *dossier.Dossier, sheets map[string][][]string) {
	t.Helper()
	st := sheets["Statistiques"]
	hdr := st[3]
	totalCol := 0
	for i, h := range hdr {
		if h == "Total" {
			totalCol = i + 1
		}
	}
	for _, c := range d.ActorsByCategory() {
		r := findRow(st, 1, categoryLabel(c.Key))
		if r == 0 || cellAt(st, r, totalCol) != strconv.Itoa(c.N) {
			t.Errorf("%s: Statistiques %q total = %q, Go %d", what, c.Label, cellAt(st, r, totalCol), c.N)
		}
	}
	r := findRow(st, 1, "Total")
	if got := cellAt(st, r, totalCol); got != strconv.Itoa(len(d.Actors)) {
		t.Errorf("%s: Statistiques grand total = %q, want %d", what, got, len(d.Actors))
	}
	// The row totals of the town columns add up to the grand total too.
	n := 0
	for c := 2; c < totalCol; c++ {
		n += int(num(t, cellAt(st, r, c)))
	}
	if n != len(d.Actors) {
		t.Errorf("%s: town columns add up to %d, want %d", what, n, len(d.Actors))
	}
	if rows := sheets["Annuaire"]; len(rows) != len(d.Actors)+1 {
		t.Errorf("%s: Annuaire has %d rows, want %d", what, len(rows), len(d.Actors)+1)
	}
}

// TestWhichReadersSeeWhat records what each kind of reader shows. LibreOffice with default settings and
// excelize (which never calculates) show the cached values: right on our files, wrong on the poisoned one;
// LibreOffice ignores fullCalcOnLoad. Excel honours fullCalcOnLoad (ECMA-376 §18.2.2 calcPr) and recalculates.
func TestWhichReadersSeeWhat(t *testing.T) {
	if testing.Short() {
		t.Skip("second LibreOffice run; -short")
	}
	t.Parallel()

	dir := t.TempDir()
	d := fixture()
	fin := writeBook(t, dir, "fin.xlsx", func(w *bytes.Buffer) error { return Financing(w, d, Options{Now: testNow}) })
	poisoned := writeBook(t, dir, "poison.xlsx", func(w *bytes.Buffer) error { return Financing(w, d, Options{Now: testNow, poison: true}) })
	res := recalc(t, false, fin, poisoned)
	for book, sheets := range res {
		noErrors(t, book, sheets)
	}
	checkSynthesis(t, "fin (LibreOffice defaults)", res["fin"]["Synthèse"], d.Budget())
	// LibreOffice's defaults show the cache: the poisoned file is off by 1000 everywhere.
	if got := cellAt(res["poison"]["Synthèse"], 5, 5); got != "119347.6" {
		t.Errorf("LibreOffice defaults on the poisoned file: E5 = %q; want the cached 119347.6 (LibreOffice recalculated?)", got)
	}
	// excelize reads the cache too.
	pf := open(t, poisoned)
	if v := raw(t, pf, "Synthèse", "E5"); v != "119347.6" {
		t.Errorf("poisoned cache E5 = %q, want 119347.6 (118347.6 + 1000)", v)
	}
	ff := open(t, fin)
	if v := raw(t, ff, "Synthèse", "E5"); v != "118347.6" {
		t.Errorf("cache E5 = %q, want 118347.6", v)
	}
}

// checkSynthesis compares the Synthèse sheet as LibreOffice shows it with Go's budget.
func checkSynthesis(t *testing.T, what string, syn [][]string, budget []dossier.YearBudget) {
	t.Helper()
	for i, yb := range budget {
		col := i + 2
		for _, c := range []struct {
			row  int
			want dossier.Cents
		}{{5, yb.Charges}, {6, yb.Produits}, {7, yb.Balance()}, {8, yb.InKindCharges}, {9, yb.InKindProduits},
			{11, yb.Charges + yb.InKindCharges}, {12, yb.Produits + yb.InKindProduits}} {
			got := num(t, cellAt(syn, c.row, col))
			if math.Abs(got-euros(c.want)) > 0.005 {
				t.Errorf("%s: Synthèse!%s = %v, Go %v", what, ref(c.row, col), got, euros(c.want))
			}
		}
		want := "équilibré"
		if !yb.Balanced() {
			want = "écart"
		}
		if got := cellAt(syn, 14, col); !strings.HasPrefix(got, want) {
			t.Errorf("%s: Synthèse!%s = %q, want %q…", what, ref(14, col), got, want)
		}
	}
}

// checkStats compares the Statistiques sheet of the fixture as LibreOffice shows it with written-out counts.
func checkStats(t *testing.T, st [][]string) {
	t.Helper()
	if got := strings.Join(st[3], "|"); got != "Catégorie|Metz|(commune non renseignée)|Nancy|Saint-*?~|Épinal|Total|Fonds levés" {
		t.Errorf("LibreOffice Statistiques header %q", got)
	}
	for _, c := range []struct {
		row, col int
		want     string
	}{{5, 2, "2"}, {5, 7, "2"}, {5, 8, "1500000.5"}, {8, 5, "1"}, {7, 3, "1"}, {9, 6, "1"}, {10, 7, "6"}, {10, 8, "1500000.62"}} {
		if got := cellAt(st, c.row, c.col); got != c.want {
			t.Errorf("LibreOffice Statistiques!%s = %q, want %q", ref(c.row, c.col), got, c.want)
		}
	}
}

// TestLinkLimit lowers the per-sheet link limit to 1: the second website stays plain text and the À propos
// sheet says so.
func TestLinkLimit(t *testing.T) {
	defer func(n int) { maxLinks = n }(maxLinks)
	maxLinks = 1
	p := writeBook(t, t.TempDir(), "act.xlsx", func(w *bytes.Buffer) error { return Actors(w, fixture(), Options{Now: testNow}) })
	f := open(t, p)
	if ok, _, _ := f.GetCellHyperLink("Annuaire", "K2"); !ok {
		t.Error("K2 should keep its link")
	}
	if ok, _, _ := f.GetCellHyperLink("Annuaire", "K7"); ok {
		t.Error("K7 is past the limit and should have no link")
	}
	if v, _ := f.GetCellValue("Annuaire", "K7"); v != "https://www.epinal.fr/" {
		t.Errorf("K7 = %q, the address must still be written", v)
	}
	about, _ := f.GetRows("À propos")
	found := false
	for _, r := range about {
		if len(r) > 0 && strings.Contains(r[0], "ligne 7 : au-delà de 1 liens par feuille") {
			found = true
		}
	}
	if !found {
		t.Errorf("À propos does not mention the link limit: %q", about)
	}
}
