package app

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"dossierft/internal/cli"
	"dossierft/internal/dossier"
	"dossierft/internal/sample"
)

// newSession opens a copy of the LORnTECH sample in a temporary folder, without a window.
func newSession(t *testing.T) *session {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("DOSSIERFT_DATA_DIR", filepath.Join(dir, "data"))
	p := filepath.Join(dir, "s.dossier")
	if err := cli.Create(context.Background(), p, sample.LORnTECH()); err != nil {
		t.Fatal(err)
	}
	s := &session{log: slog.New(slog.NewTextHandler(os.Stderr, nil))}
	if err := s.switchTo(p); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.store.Close() })
	return s
}

func TestSavePartnerRefusesBadSIRET(t *testing.T) {
	s := newSession(t)
	e := &Edit{s: s}
	before, _ := (&Dossier{s: s}).Partners()
	_, err := e.SavePartner(dossier.Partner{Name: "Nouvelle Start-up", Kind: "startup", Role: "soutien", LetterStatus: "aucune", SIRET: "123 456 789 00012"})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "siret" || fe.Message != "Partenaire « Nouvelle Start-up » : SIRET « 12345678900012 » : clé de contrôle incorrecte." {
		t.Fatalf("got %#v", err)
	}
	ui := formatError(s.log)(err).(UIError)
	if ui.Code != CodeInvalid || len(ui.Details) != 1 || ui.Details[0].Field != "siret" {
		t.Errorf("UI error %+v", ui)
	}
	after, _ := (&Dossier{s: s}).Partners()
	if len(after) != len(before) {
		t.Fatalf("a refused partner was saved")
	}
	p, err := e.SavePartner(dossier.Partner{Name: "Nouvelle Start-up", Kind: "startup", Role: "soutien", LetterStatus: "aucune", SIRET: "732 829 320 00074"})
	if err != nil || p.ID == 0 || p.SIRET != "73282932000074" {
		t.Fatalf("valid partner: %+v %v", p, err)
	}
	c, err := e.SaveContribution(ContributionInput{Contribution: dossier.Contribution{PartnerID: p.ID, Year: 2016, Nature: dossier.NatureCash, Status: "sollicite"}, AmountText: "12 500,50 €"})
	if err != nil || c.Amount != 12500_50 || c.Account != "75" {
		t.Fatalf("contribution: %+v %v", c, err)
	}
	if _, err := e.SaveContribution(ContributionInput{Contribution: dossier.Contribution{PartnerID: p.ID, Year: 2016, Nature: dossier.NatureCash, Status: "sollicite"}, AmountText: "12,345"}); err == nil {
		t.Error("an amount with three decimals was accepted")
	} else if !errors.As(err, &fe) || fe.Field != "amount" {
		t.Errorf("amount error: %v", err)
	}
	if _, err := e.SaveContribution(ContributionInput{Contribution: dossier.Contribution{PartnerID: p.ID, Year: 2030, Nature: dossier.NatureCash, Status: "sollicite"}, AmountText: "10"}); !errors.As(err, &fe) || fe.Field != "year" {
		t.Errorf("year outside the budget: %v", err)
	}
	ch, err := e.Undo()
	if err != nil || ch.EntityID != c.ID {
		t.Fatalf("undo: %+v %v", ch, err)
	}
	d, _ := s.load()
	for _, x := range d.Contributions {
		if x.ID == c.ID {
			t.Error("undo left the contribution")
		}
	}
	if _, err := e.Redo(); err != nil {
		t.Fatal(err)
	}
	d, _ = s.load()
	found := false
	for _, x := range d.Contributions {
		found = found || x.ID == c.ID && x.Amount == 12500_50
	}
	if !found {
		t.Error("redo did not bring the contribution back")
	}
	if err := e.Delete("partner", p.ID); err != nil {
		t.Fatal(err)
	}
	if err := e.Delete("martian", 1); err == nil {
		t.Error("unknown entity accepted")
	}
}
