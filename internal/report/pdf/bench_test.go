package pdf

import (
	"io"
	"runtime"
	"syscall"
	"testing"
	"time"

	"dossierft/internal/sample"
)

// countingWriter counts bytes written.
type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// BenchmarkDossierPDFLarge renders the large synthetic dossier (5,000 actors, 40 partners, 600 budget lines,
// 12 long chapters). Target (issue 4): under 1 s and under 200 MB peak. Reports the file size and the heap
// in use at the end of a run (peak-ish, measured after the last iteration without GC in between).
func BenchmarkDossierPDFLarge(b *testing.B) {
	d := sample.Large()
	var size int64
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var w countingWriter
		if _, err := Dossier(&w, d, Options{Now: fixedNow}); err != nil {
			b.Fatal(err)
		}
		size = w.n
	}
	b.StopTimer()
	// CPU time used by the process per run: on a machine shared with other jobs the wall time (ns/op)
	// includes waiting for a core, this does not.
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(size)/1e6, "MB-file")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapSys)/1e6, "MB-heap-sys")
	_ = io.Discard
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkPartnerPDFLarge renders the review PDF of one partner of the large dossier (the export writes
// one per partner).
func BenchmarkPartnerPDFLarge(b *testing.B) {
	d := sample.Large()
	id := d.Partners[0].ID
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var w countingWriter
		if _, err := Partner(&w, d, id, Options{Now: fixedNow}); err != nil {
			b.Fatal(err)
		}
	}
}
