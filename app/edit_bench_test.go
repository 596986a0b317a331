package app

import (
	"testing"

	"dossierft/internal/dossier"
)

// BenchmarkSavePartner measures one saved edit as the window makes it (validate, one transaction with
// history, fsync), on the LORnTECH sample.
func BenchmarkSavePartner(b *testing.B) {
	s := newSession(&testing.T{})
	defer s.store.Close()
	e := &Edit{s: s}
	d, _ := s.content()
	p := d.Partners[3]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.Notes = "note " + string(rune('a'+i%26))
		if _, err := e.SavePartner(p); err != nil {
			b.Fatal(err)
		}
	}
	_ = dossier.Partner{}
}
