package xlsx

import (
	"io"
	"testing"

	"dossierft/internal/sample"
)

// BenchmarkFinancingLarge writes the financing workbook of the large synthetic dossier (600 charges, 40
// partners, 10 actions over 3 years).
func BenchmarkFinancingLarge(b *testing.B) {
	d := sample.Large()
	b.ReportAllocs()
	for b.Loop() {
		if err := Financing(io.Discard, d, Options{Now: testNow}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkActorsLarge writes the actors workbook of the large synthetic dossier (5,000 actors).
func BenchmarkActorsLarge(b *testing.B) {
	d := sample.Large()
	b.ReportAllocs()
	for b.Loop() {
		if err := Actors(io.Discard, d, Options{Now: testNow}); err != nil {
			b.Fatal(err)
		}
	}
}
