package pdf

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"dossierft/internal/report/xlsx"
	"dossierft/internal/sample"
)

// cerfaRow is one row of a Cerfa table: whole euros per year, then the total column.
type cerfaRow struct {
	label string
	euros []int64
}

// pdfCerfaRows reads the Cerfa tables (charges, then produits) from the text of the dossier PDF
// (pdftotext -layout): every row whose cells are ny+1 whole-euro amounts ("1 234 €" or "–").
func pdfCerfaRows(t *testing.T, text string, ny int) (charges, produits []cerfaRow) {
	t.Helper()
	start := strings.Index(text, "Charges (comptes du plan comptable)")
	mid := strings.Index(text, "Produits (ressources)")
	end := strings.Index(text, "Produits par financeur et par nature")
	if start < 0 || mid < start || end < mid {
		t.Fatalf("Cerfa tables not found (%d, %d, %d)", start, mid, end)
	}
	amount := `(-?\d[\d\x{00a0}\x{202f} ]*€|–)`
	re := regexp.MustCompile(`^\s*(\S.*?)\s{2,}` + strings.Repeat(amount+`\s+`, ny) + amount + `\s*$`)
	parse := func(part string) []cerfaRow {
		var out []cerfaRow
		for _, line := range strings.Split(part, "\n") {
			m := re.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			r := cerfaRow{label: strings.TrimSpace(m[1])}
			for _, a := range m[2:] {
				r.euros = append(r.euros, wholeOf(t, a))
			}
			out = append(out, r)
		}
		return out
	}
	return parse(text[start:mid]), parse(text[mid:end])
}

// wholeOf parses "1 234 €" (any spaces) or "–" (zero).
func wholeOf(t *testing.T, s string) int64 {
	if s == "–" {
		return 0
	}
	s = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", "€", "").Replace(s)
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatalf("amount %q: %v", s, err)
	}
	return n
}

// xlsxCerfaRows reads the "Budget Cerfa 12156" sheet's cached values: one block per side, labels as the PDF
// prints them ("61 – Services extérieurs", "Total général (charges + 86)").
func xlsxCerfaRows(t *testing.T, f *excelize.File, ny int) (charges, produits []cerfaRow) {
	t.Helper()
	const sheet = "Budget Cerfa 12156"
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	grand := map[string]string{"TOTAL DES CHARGES": "Total général (charges + 86)", "TOTAL DES PRODUITS": "Total général (produits + 87)"}
	block := func(c0 int) []cerfaRow {
		var out []cerfaRow
		for _, row := range rows[5:] { // data from row 6, under the header row 5
			if len(row) <= c0+2+ny || row[c0+1] == "" {
				continue
			}
			label := row[c0+1]
			if code := row[c0]; code != "" {
				label = code + " – " + label
			}
			if g, ok := grand[label]; ok {
				label = g
			}
			r := cerfaRow{label: label}
			for k := 0; k <= ny; k++ {
				v, err := strconv.ParseFloat(row[c0+2+k], 64)
				if err != nil {
					t.Fatalf("%s, row %q, column %d: %q: %v", sheet, label, k, row[c0+2+k], err)
				}
				r.euros = append(r.euros, int64(v))
			}
			out = append(out, r)
		}
		return out
	}
	return block(0), block(ny + 4)
}

// TestCerfaPDFMatchesWorkbook: the Cerfa table of the dossier PDF and the workbook's Budget Cerfa 12156 sheet
// print the same whole-euro figures, row by row, for every year and the total (report.CerfaPlan).
func TestCerfaPDFMatchesWorkbook(t *testing.T) {
	need(t, "pdftotext")
	t.Parallel()
	d := sample.LORnTECH()
	path, _ := render(t, d, Options{Now: fixedNow, NoLetters: true})
	text := run(t, "pdftotext", "-layout", path, "-")
	var buf bytes.Buffer
	if err := xlsx.Financing(&buf, d, xlsx.Options{Now: fixedNow}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	const ny = 3 // 2015, 2016, 2017
	pc, pp := pdfCerfaRows(t, text, ny)
	xc, xp := xlsxCerfaRows(t, f, ny)
	// The workbook's gap row sits under the charges block; the PDF prints it under the produits.
	for i, r := range xc {
		if strings.HasPrefix(r.label, "Écart") {
			xp = append(xp, r)
			xc = append(xc[:i], xc[i+1:]...)
			break
		}
	}

	// Written out: the figures the tester saw differ (783 341 € in the PDF, 783 344 € in the workbook; a group
	// line 94 444 € over sub-lines adding up to 94 445 €).
	want := map[string][]int64{
		"61 – Services extérieurs":     {50188, 91250, 94445, 235883},
		"613 – Locations":              {43450, 79000, 81765, 204215},
		"Total des charges":            {416268, 756851, 783344, 1956463},
		"Total général (charges + 86)": {501968, 928251, 954744, 2384963},
		"Total des produits":           {416268, 756851, 783341, 1956460},
		"Écart total des produits − total des charges (arrondis compris)": {0, 0, -3, -3},
	}
	for _, side := range []struct {
		name      string
		pdf, book []cerfaRow
	}{{"charges", pc, xc}, {"produits", pp, xp}} {
		byLabel := map[string][]int64{}
		for _, r := range side.book {
			byLabel[r.label] = r.euros
		}
		found := map[string]bool{}
		for _, r := range side.pdf {
			// A long label wraps in the PDF: its first line is a prefix of the workbook's label.
			var match string
			for l := range byLabel {
				if l == r.label || (strings.HasPrefix(l, r.label) && len(r.label) > 20) {
					if match != "" && match != r.label {
						t.Fatalf("%s: PDF row %q matches %q and %q", side.name, r.label, match, l)
					}
					match = l
				}
			}
			if match == "" {
				if strings.HasPrefix(r.label, "Solde") {
					continue // the PDF's balance row; the workbook shows the gap row instead
				}
				t.Errorf("%s: PDF row %q %v not in the workbook", side.name, r.label, r.euros)
				continue
			}
			found[match] = true
			if got, w := r.euros, byLabel[match]; !equalInts(got, w) {
				t.Errorf("%s, %q: PDF %v, workbook %v", side.name, match, got, w)
			}
			if w, ok := want[match]; ok && !equalInts(r.euros, w) {
				t.Errorf("%s, %q: PDF %v, want %v", side.name, match, r.euros, w)
			}
		}
		// Every workbook row that is not zero is in the PDF (zero sub-lines are left out there).
		for _, r := range side.book {
			if !found[r.label] && !equalInts(r.euros, make([]int64, ny+1)) {
				t.Errorf("%s: workbook row %q %v not in the PDF", side.name, r.label, r.euros)
			}
		}
		// Each row adds up on paper: the total column is the sum of the years.
		for _, r := range side.pdf {
			var s int64
			for _, e := range r.euros[:ny] {
				s += e
			}
			if s != r.euros[ny] {
				t.Errorf("%s, PDF row %q: years add up to %d, total column %d", side.name, r.label, s, r.euros[ny])
			}
		}
	}
	for l := range want {
		ok := false
		for _, r := range append(pc, pp...) {
			ok = ok || r.label == l || (len(r.label) > 20 && strings.HasPrefix(l, r.label))
		}
		if !ok {
			t.Errorf("PDF row %q missing", l)
		}
	}
}

func equalInts(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
