package pdf

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

func TestFindRefs(t *testing.T) {
	b := []byte(`<</Title(Article 3 0 R \) (4 0 R)) /A <3120302052> /Kids[12 0 R 13 0 R]/Parent 7 0 R/M [1 0 0 1 0 0]/Len 10>>`)
	var got []string
	for _, r := range findRefs(b) {
		got = append(got, string(b[r[0]:r[1]]))
	}
	if strings.Join(got, ",") != "12 0 R,13 0 R,7 0 R" {
		t.Errorf("refs = %q", got)
	}
}

// TestStrictValidation: pdfcpu's strict validator accepts the dossier (with a letter appended) and the
// review PDF: annotations are indirect, outline items carry their Count, font descriptors their family.
func TestStrictValidation(t *testing.T) {
	t.Parallel()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	var a, b bytes.Buffer
	if _, err := Dossier(&a, fixtureWithLetter(), Options{Now: fixedNow}); err != nil {
		t.Fatal(err)
	}
	if _, err := Partner(&b, fixture(), 1, Options{Now: fixedNow}); err != nil {
		t.Fatal(err)
	}
	for name, buf := range map[string][]byte{"dossier": a.Bytes(), "partner": b.Bytes()} {
		if err := api.Validate(bytes.NewReader(buf), conf); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
