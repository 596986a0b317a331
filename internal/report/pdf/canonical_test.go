package pdf

import (
	"strings"
	"testing"
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
