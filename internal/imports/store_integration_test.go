package imports_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"dossierft/internal/dossier"
	"dossierft/internal/imports"
	"dossierft/internal/store"

	"github.com/xuri/excelize/v2"
)

// The way the app and the command line use this package with the real store: read, plan duplicates, write
// in one step, undo in one step; the same for a returned contribution form.
func TestImportIntoStoreAndUndo(t *testing.T) {
	ctx := context.Background()
	s, err := store.Create(ctx, filepath.Join(t.TempDir(), "lorntech.dossier"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.SaveCandidature(ctx, dossier.Candidature{Name: "LORnTECH", YearStart: 2015, YearEnd: 2017}); err != nil {
		t.Fatal(err)
	}
	p, err := s.SavePartner(ctx, dossier.Partner{Name: "Metz Métropole", Kind: "epci", FunderType: "epci"})
	if err != nil {
		t.Fatal(err)
	}
	existing, err := s.SaveActor(ctx, dossier.Actor{Name: "TCRM-Blida", Category: "tiers-lieu", Town: "Metz",
		Origin: "saisie"})
	if err != nil {
		t.Fatal(err)
	}

	// Actors.
	csv := "Nom;Catégorie;Commune;Code postal;SIRET\n" +
		"TCRM Blida;Tiers-lieu;METZ;57000;\n" + // duplicate of the existing actor: fills its postcode
		"Xilopix;Start-up;Épinal;88000;41234567000019\n" +
		"Xilopix SAS;Start-up;Épinal;;41234567000019\n" + // duplicate in the file (same SIRET)
		"Mauvais;Start-up;Nancy;;41234567000018\n" // row error
	rep, err := imports.ReadActors(strings.NewReader(csv), "acteurs.csv", imports.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := imports.PlanDuplicates(rep.Actors, d.Actors, imports.DupMerge)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Counts != (imports.Counts{Read: 4, Valid: 3, Errors: 1}) || plan.Counts != (imports.DupCounts{New: 1, Merged: 2}) {
		t.Fatalf("counts %+v, plan %+v", rep.Counts, plan.Counts)
	}
	if err := s.ImportActors(ctx, "Import de acteurs.csv", plan.Insert, plan.Update); err != nil {
		t.Fatal(err)
	}
	d, err = s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Actors) != 2 || d.Actors[0].ID != existing.ID || d.Actors[0].Postcode != "57000" ||
		d.Actors[1].Name != "Xilopix" || d.Actors[1].SIRET != "41234567000019" ||
		d.Actors[1].Origin != "import acteurs.csv ligne 3" {
		t.Fatalf("actors after import %+v", d.Actors)
	}
	if _, err := s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	d, err = s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Actors) != 1 || d.Actors[0].Postcode != "" {
		t.Fatalf("actors after undo %+v", d.Actors)
	}

	// A returned contribution form.
	c, err := s.SaveContribution(ctx, dossier.Contribution{PartnerID: p.ID, Year: 2015, Nature: dossier.NatureCash,
		Account: "74-epci", Amount: 10000000, Status: "acquis"})
	if err != nil {
		t.Fatal(err)
	}
	d, err = s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var form bytes.Buffer
	if err := imports.WriteForm(&form, d, p.ID, "dossier-lorntech"); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&form)
	if err != nil {
		t.Fatal(err)
	}
	for cell, v := range map[string]any{"G18": 110000, "B19": 2016, "C19": "En nature", "D19": "Locaux",
		"G19": 24000, "H19": "Sollicité"} {
		if err := f.SetCellValue("Contributions", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	var filled bytes.Buffer
	if _, err := f.WriteTo(&filled); err != nil {
		t.Fatal(err)
	}
	diff, err := imports.ReadForm(&filled, "metz.xlsx", d, "dossier-lorntech")
	if err != nil {
		t.Fatal(err)
	}
	if !diff.OK() || len(diff.Added) != 1 || len(diff.Changed) != 1 {
		t.Fatalf("diff %s %+v", diff.Summary(), diff)
	}
	err = s.Do(ctx, "Formulaire de Metz Métropole importé", func(tx *store.Tx) error {
		for _, a := range diff.Added {
			if _, err := tx.SaveContribution(a); err != nil {
				return err
			}
		}
		for _, ch := range diff.Changed {
			if _, err := tx.SaveContribution(ch.After); err != nil {
				return err
			}
		}
		for _, r := range diff.Removed {
			if err := tx.DeleteContribution(r.ID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	d, err = s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Contributions) != 2 || d.Contributions[0].ID != c.ID || d.Contributions[0].Amount != 11000000 ||
		d.Contributions[1].Account != "871" || d.Contributions[1].InKindType != "locaux" {
		t.Fatalf("contributions %+v", d.Contributions)
	}
	if _, err := s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	d, err = s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Contributions) != 1 || d.Contributions[0].Amount != 10000000 {
		t.Fatalf("contributions after undo %+v", d.Contributions)
	}
}
