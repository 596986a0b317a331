package imports

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"dossierft/internal/dossier"

	"github.com/xuri/excelize/v2"
)

// luhnComplete appends the digit that makes digits pass the Luhn check.
func luhnComplete(digits string) string {
	for d := byte('0'); d <= '9'; d++ {
		s := digits + string(d)
		sum, double := 0, false
		for i := len(s) - 1; i >= 0; i-- {
			n := int(s[i] - '0')
			if double {
				n *= 2
				if n > 9 {
					n -= 9
				}
			}
			sum += n
			double = !double
		}
		if sum%10 == 0 {
			return s
		}
	}
	panic("unreachable")
}

// sireneExtract writes an n-row StockEtablissement extract with the real 54 columns to dir and returns its
// path and the expected counts: every 20th establishment closed (F), every 50th partially diffusible with
// [ND] values, every 100th with a wrong SIRET key; rows are about 250 bytes.
func sireneExtract(tb testing.TB, dir string, n int) (string, Counts) {
	tb.Helper()
	path := filepath.Join(dir, "StockEtablissement_100k.csv")
	fh, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriterSize(fh, 1<<20)
	w.WriteString(sireneEtabHeader + "\n")
	towns := []struct{ pc, name, code string }{{"57000", "METZ", "57463"}, {"54000", "NANCY", "54395"},
		{"57100", "THIONVILLE", "57672"}, {"88000", "EPINAL", "88160"}, {"54500", "VANDOEUVRE-LES-NANCY", "54547"}}
	nafs := []string{"62.01Z", "62.02A", "63.11Z", "58.29C", "72.19Z", "70.22Z"}
	bands := []string{"NN", "00", "01", "02", "03", "11", "12", "21"}
	cols := strings.Split(sireneEtabHeader, ",")
	idx := map[string]int{}
	for i, c := range cols {
		idx[c] = i
	}
	row := make([]string, len(cols))
	set := func(col, v string) {
		i, ok := idx[col]
		if !ok {
			tb.Fatalf("no column %s", col)
		}
		row[i] = v
	}
	var want Counts
	for i := 0; i < n; i++ {
		clear(row)
		siren := luhnComplete(fmt.Sprintf("%08d", 30000000+i*7))
		siret := luhnComplete(siren + "0001")
		tw := towns[i%len(towns)]
		state, diff, sign, pc, usual := "A", "O", fmt.Sprintf("ENTREPRISE NUMERIQUE %d", i), tw.pc, ""
		want.Read++
		switch {
		case i%20 == 0:
			state = "F"
			want.SkippedClosed++
		case i%100 == 1:
			siret = siret[:13] + strconv.Itoa((int(siret[13]-'0')+1)%10)
			want.Errors++
		case i%50 == 2:
			diff, sign, pc, usual = "P", "[ND]", "[ND]", "ETABLISSEMENT "+strconv.Itoa(i)
			want.Valid++
		default:
			want.Valid++
		}
		set("siren", siren)
		set("nic", siret[9:])
		set("siret", siret)
		set("statutDiffusionEtablissement", diff)
		set("dateCreationEtablissement", fmt.Sprintf("20%02d-%02d-%02d", 10+i%15, 1+i%12, 1+i%28))
		set("trancheEffectifsEtablissement", bands[i%len(bands)])
		set("anneeEffectifsEtablissement", "2023")
		set("dateDernierTraitementEtablissement", "2025-01-15T03:12:45")
		set("etablissementSiege", "true")
		set("nombrePeriodesEtablissement", strconv.Itoa(1+i%4))
		set("numeroVoieEtablissement", strconv.Itoa(1+i%200))
		set("typeVoieEtablissement", "AV")
		set("libelleVoieEtablissement", "DE LA GARE "+strconv.Itoa(i%50))
		set("codePostalEtablissement", pc)
		set("libelleCommuneEtablissement", tw.name)
		set("codeCommuneEtablissement", tw.code)
		set("dateDebut", "2015-01-01")
		set("etatAdministratifEtablissement", state)
		set("enseigne1Etablissement", sign)
		set("denominationUsuelleEtablissement", usual)
		set("activitePrincipaleEtablissement", nafs[i%len(nafs)])
		set("nomenclatureActivitePrincipaleEtablissement", "NAFRev2")
		set("caractereEmployeurEtablissement", "O")
		set("identifiantAdresseEtablissement", fmt.Sprintf("%s_%05d_%04d", tw.code, i%99999, i%9999))
		set("coordonneeLambertAbscisseEtablissement", fmt.Sprintf("93%04d.5", i%10000))
		set("coordonneeLambertOrdonneeEtablissement", fmt.Sprintf("68%05d.1", i%100000))
		set("activitePrincipaleNAF25Etablissement", "62.10Y")
		w.WriteString(strings.Join(row, ","))
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	fh.Close()
	return path, want
}

// peakHeap samples runtime.MemStats.HeapAlloc every 5 ms until stop is called, and returns the maximum.
func peakHeap() (stop func() uint64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak.Load() {
				peak.Store(ms.HeapAlloc)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak.Load()
	}
}

// peakRSS returns the process's peak resident set size (VmHWM, Linux) in bytes, or 0 when unknown.
func peakRSS() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			f := strings.Fields(l)
			if len(f) >= 2 {
				kb, _ := strconv.ParseUint(f[1], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}

// BenchmarkReadSIRENE100k reads a generated 100 000-row StockEtablissement extract (about 24 MB) with
// ReadActorsFile, keeping all actors, and reports the peak heap (sampled) and the peak RSS of the process.
// Target (issue 6): under 5 s and under 300 MB.
func BenchmarkReadSIRENE100k(b *testing.B) {
	path, want := sireneExtract(b, b.TempDir(), 100_000)
	st, _ := os.Stat(path)
	runtime.GC()
	b.ReportAllocs()
	b.ResetTimer()
	stop := peakHeap()
	for i := 0; i < b.N; i++ {
		rep, err := ReadActorsFile(path, Options{Preset: PresetSIRENE})
		if err != nil {
			b.Fatal(err)
		}
		if rep.Counts != want {
			b.Fatalf("counts %+v, want %+v", rep.Counts, want)
		}
	}
	b.StopTimer()
	peak := stop()
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(peakRSS())/(1<<20), "peak-RSS-MB")
	b.ReportMetric(float64(st.Size())/(1<<20), "file-MB")
}

// BenchmarkScanSIRENE100k streams the same extract with ScanActors, not keeping the actors: memory stays
// bounded whatever the file size.
func BenchmarkScanSIRENE100k(b *testing.B) {
	path, want := sireneExtract(b, b.TempDir(), 100_000)
	runtime.GC()
	b.ReportAllocs()
	b.ResetTimer()
	stop := peakHeap()
	for i := 0; i < b.N; i++ {
		fh, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		rep, err := ScanActors(fh, path, Options{}, func(dossier.Actor, int) error { n++; return nil })
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		if rep.Counts != want || n != want.Valid {
			b.Fatalf("counts %+v (%d actors), want %+v", rep.Counts, n, want)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(stop())/(1<<20), "peak-heap-MB")
}

// TestSIRENE100kBudget checks the issue 6 budget once in a normal `go test` (skipped with -short and under
// the race detector): 100 000 rows in under 5 s with a peak heap under 300 MB.
func TestSIRENE100kBudget(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("100 000-row budget: skipped with -short or -race")
	}
	path, want := sireneExtract(t, t.TempDir(), 100_000)
	runtime.GC()
	stop := peakHeap()
	start := time.Now()
	rep, err := ReadActorsFile(path, Options{})
	elapsed := time.Since(start)
	peak := stop()
	if err != nil {
		t.Fatal(err)
	}
	if rep.Counts != want {
		t.Errorf("counts %+v, want %+v", rep.Counts, want)
	}
	t.Logf("100 000 rows: %v, peak heap %.1f MB, %d actors, %d errors listed", elapsed, float64(peak)/(1<<20),
		len(rep.Actors), len(rep.Errors))
	if elapsed > 5*time.Second || peak > 300<<20 {
		t.Errorf("budget exceeded: %v, %.1f MB", elapsed, float64(peak)/(1<<20))
	}
	// Planning duplicates of all of them against 2 000 dossier actors (half of them the same SIRETs).
	existing := make([]dossier.Actor, 2000)
	for i := range existing {
		existing[i] = rep.Actors[i*2]
		existing[i].ID = int64(i + 1)
	}
	start = time.Now()
	plan, err := PlanDuplicates(rep.Actors, existing, DupMerge)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("PlanDuplicates of %d actors against %d: %v, %s", len(rep.Actors), len(existing), time.Since(start),
		plan.Summary())
	if plan.Counts.New != len(rep.Actors)-2000 || plan.Counts.Merged != 2000 {
		t.Errorf("plan counts %+v", plan.Counts)
	}
	// The [ND] row i = 2 (line 4): name from denominationUsuelleEtablissement, postcode kept empty.
	nd := rep.Actors[0]
	if nd.Name != "ETABLISSEMENT 2" || nd.Postcode != "" || nd.Town != "THIONVILLE" ||
		nd.Origin != "import StockEtablissement_100k.csv ligne 4" {
		t.Errorf("[ND] row %+v", nd)
	}
}

// actorsWorkbook writes an n-row actors workbook (our actors export columns) with excelize's stream writer.
func actorsWorkbook(tb testing.TB, dir string, n int) string {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		tb.Fatal(err)
	}
	head := []any{"Nom", "Catégorie", "SIRET", "Code NAF", "Commune", "Code postal", "Tranche d'effectifs",
		"Année de création", "Fonds levés", "Site web", "Description", "Étiquettes"}
	if err := sw.SetRow("A1", head); err != nil {
		tb.Fatal(err)
	}
	for i := 0; i < n; i++ {
		siret := luhnComplete(luhnComplete(fmt.Sprintf("%08d", 30000000+i*7)) + "0001")
		row := []any{fmt.Sprintf("Start-up %d", i), "Start-up", siret, "62.01Z", "Metz", "57000", "11",
			2010 + i%15, float64(i%1000) * 1000.5, fmt.Sprintf("https://s%d.example", i),
			"Édition de logiciels pour l'industrie", "IA, santé"}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			tb.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(dir, "acteurs.xlsx")
	if err := f.SaveAs(path); err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkReadXLSX100k reads a 100 000-row actors workbook (12 columns) with ReadActorsFile.
func BenchmarkReadXLSX100k(b *testing.B) {
	path := actorsWorkbook(b, b.TempDir(), 100_000)
	st, _ := os.Stat(path)
	runtime.GC()
	b.ReportAllocs()
	b.ResetTimer()
	stop := peakHeap()
	for i := 0; i < b.N; i++ {
		rep, err := ReadActorsFile(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if rep.Counts.Valid != 100_000 {
			b.Fatalf("counts %+v %v", rep.Counts, rep.Errors[:min(3, len(rep.Errors))])
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(stop())/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(st.Size())/(1<<20), "file-MB")
}
