package sample

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// TestLORnTECHMarkdown renders every chapter with goldmark (GFM tables) and checks the structures the PDF and
// the window will show: several paragraphs and a bullet list per chapter; across chapters a numbered list,
// tables, bold, italic, a link and quotations.
func TestLORnTECHMarkdown(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	var all strings.Builder
	for _, s := range LORnTECH().Sections {
		var out bytes.Buffer
		if err := md.Convert([]byte(s.Body), &out); err != nil {
			t.Fatalf("%s: %v", s.Key, err)
		}
		h := out.String()
		if strings.Count(h, "<p>") < 3 || !strings.Contains(h, "<ul>") || !strings.Contains(h, "<h2>") {
			t.Errorf("%s: %d paragraphs, bullet list %v, heading %v", s.Key, strings.Count(h, "<p>"), strings.Contains(h, "<ul>"), strings.Contains(h, "<h2>"))
		}
		if strings.Contains(s.Body, "|---") && !strings.Contains(h, "<table>") {
			t.Errorf("%s: a table in the source does not render as a table", s.Key)
		}
		all.WriteString(h)
	}
	h := all.String()
	for _, want := range []string{"<ol>", "<table>", "<strong>", "<em>", `<a href="https://`, "<blockquote>", "TCRM-Blida", "Tous branchés"} {
		if !strings.Contains(h, want) {
			t.Errorf("rendered chapters lack %q", want)
		}
	}
	if n := strings.Count(h, "<table>"); n < 5 {
		t.Errorf("%d tables, want at least 5", n)
	}
}
