package report

import (
	"testing"

	"dossierft/internal/dossier"
)

// TestClean: texts lose their control characters in the view, the dossier is left as it is, the findings
// still name the field, and a clean dossier is not copied.
func TestClean(t *testing.T) {
	d := &dossier.Dossier{
		Candidature: dossier.Candidature{Name: "Nom\x00avec NUL", YearStart: 2015, YearEnd: 2015},
		Partners:    []dossier.Partner{{ID: 1, Name: "Alpha"}, {ID: 2, Name: "Bêta\vGamma"}},
		Actors:      []dossier.Actor{{ID: 1, Name: "Acteur", Tags: []string{"ok", "mau\ufffevais"}}},
	}
	v := Build(d)
	if v.Candidature.Name != "Nomavec NUL" {
		t.Errorf("candidature name %q, want %q", v.Candidature.Name, "Nomavec NUL")
	}
	if v.Partners[1].Name != "Bêta\nGamma" {
		t.Errorf("partner name %q, want %q", v.Partners[1].Name, "Bêta\nGamma")
	}
	if v.Actors[0].Tags != "ok, mauvais" {
		t.Errorf("tags %q, want %q", v.Actors[0].Tags, "ok, mauvais")
	}
	if d.Candidature.Name != "Nom\x00avec NUL" || d.Partners[1].Name != "Bêta\vGamma" || d.Actors[0].Tags[1] != "mau\ufffevais" {
		t.Error("Build modified the dossier")
	}
	// The findings are those of the dossier as given. (The NUL of the name is not reported: dossier.CleanText
	// returns the removed rune, 0 for NUL, the same as "nothing removed".)
	fields := map[string]bool{}
	for _, f := range v.Findings {
		if f.Code == "text-control" {
			fields[f.Field] = true
		}
	}
	if !fields["partner:2.name"] || !fields["actor:1.tags"] {
		t.Errorf("text-control findings on %v, want partner:2.name and actor:1.tags", fields)
	}
	clean := &dossier.Dossier{Candidature: dossier.Candidature{Name: "Propre"}}
	if Clean(clean) != clean {
		t.Error("a clean dossier was copied")
	}
}
