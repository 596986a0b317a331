package xlsx

import (
	"os"
	"testing"

	"dossierft/internal/sample"
)

func TestTmpWrite(t *testing.T) {
	d := sample.LORnTECH()
	f, _ := os.Create("/tmp/xt/lt/plan-de-financement.xlsx")
	if err := Financing(f, d, Options{Now: testNow}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	g, _ := os.Create("/tmp/xt/lt/annuaire.xlsx")
	if err := Actors(g, d, Options{Now: testNow}); err != nil {
		t.Fatal(err)
	}
	g.Close()
}
