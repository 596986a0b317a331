package xlsx

import (
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// recalcAlways is a LibreOffice profile setting: "Recalculation on file load, Excel 2007 and newer: Always
// recalculate" (Tools ▸ Options ▸ Calc ▸ Formula). LibreOffice's default is "Never recalculate": it shows
// the cached values and ignores calcPr fullCalcOnLoad (seen with 7.4.7; TestWhichReadersSeeWhat).
const recalcAlways = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

// recalc opens each workbook with LibreOffice headless and returns every sheet as CSV rows, keyed by file
// base name then sheet name. With force, the fresh profile makes LibreOffice recalculate every formula on
// load; without it, LibreOffice runs with its default settings. A fresh profile per run keeps parallel runs
// apart. The filter options are those of shared/tools/check-xlsx: ';' separated, UTF-8, raw values (not
// "as shown"), all sheets (-1, LibreOffice ≥ 7.2).
func recalc(t *testing.T, force bool, files ...string) map[string]map[string][][]string {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if testing.Short() {
			t.Skip("LibreOffice (soffice) absent; -short")
		}
		t.Fatal("LibreOffice (soffice) is needed: apt-get install -y libreoffice-calc")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "csv")
	if force {
		if err := os.MkdirAll(filepath.Join(dir, "profile", "user"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "profile", "user", "registrymodifications.xcu"), []byte(recalcAlways), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	args := []string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--headless",
		"--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out}
	cmd := exec.Command(soffice, append(args, files...)...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	res := map[string]map[string][][]string{}
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), ".xlsx")
		matches, _ := filepath.Glob(filepath.Join(out, base+"-*.csv"))
		if len(matches) == 0 {
			t.Fatalf("LibreOffice wrote no CSV for %s", f)
		}
		res[base] = map[string][][]string{}
		for _, m := range matches {
			sheet := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(m), base+"-"), ".csv")
			fh, err := os.Open(m)
			if err != nil {
				t.Fatal(err)
			}
			r := csv.NewReader(fh)
			r.Comma = ';'
			r.FieldsPerRecord = -1
			rows, err := r.ReadAll()
			fh.Close()
			if err != nil {
				t.Fatalf("%s: %v", m, err)
			}
			res[base][sheet] = rows
		}
	}
	return res
}

// cell returns the CSV cell at A1-style (row, col) 1-based, "" when absent.
func cellAt(rows [][]string, row, col int) string {
	if row-1 >= len(rows) || col-1 >= len(rows[row-1]) {
		return ""
	}
	return rows[row-1][col-1]
}

// num parses a LibreOffice raw CSV number ("60001.1", "7.69%").
func num(t *testing.T, s string) float64 {
	t.Helper()
	pct := strings.HasSuffix(s, "%")
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64)
	if err != nil {
		t.Fatalf("not a number: %q", s)
	}
	if pct {
		v /= 100
	}
	return v
}

// noErrors fails when any cell of any sheet shows a spreadsheet error.
func noErrors(t *testing.T, book string, sheets map[string][][]string) {
	t.Helper()
	for name, rows := range sheets {
		for i, r := range rows {
			for j, c := range r {
				for _, e := range []string{"#REF!", "#NAME?", "#VALUE!", "#DIV/0!", "#N/A", "#NUM!", "#NULL!", "Err:", "#ERR"} {
					if strings.Contains(c, e) {
						t.Errorf("%s / %s, %s: %q", book, name, ref(i+1, j+1), c)
					}
				}
			}
		}
	}
}
