package app

import (
	"context"
	"errors"
	"io"
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
	s := &session{log: slog.New(slog.NewTextHandler(io.Discard, nil))}
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

func TestAttachLetterAndLogo(t *testing.T) {
	s := newSession(t)
	e := &Edit{s: s}
	dir := t.TempDir()
	letter := filepath.Join(dir, "lettre.pdf")
	os.WriteFile(letter, []byte("%PDF-1.4\n%fin\n"), 0o644)
	notPDF := filepath.Join(dir, "lettre.docx")
	os.WriteFile(notPDF, []byte("PK\x03\x04"), 0o644)
	var fe *FieldError
	if _, err := e.AttachPath(5, "lettre", notPDF); !errors.As(err, &fe) || fe.Message != "« lettre.docx » : une lettre de soutien doit être un PDF" {
		t.Fatalf("not a PDF: %v", err)
	}
	a, err := e.AttachPath(5, "lettre", letter)
	if err != nil || a.ID == 0 || a.MIME != "application/pdf" {
		t.Fatalf("%+v %v", a, err)
	}
	d, _ := s.content()
	p := d.PartnerByID(5)
	if p.LetterAttachmentID != a.ID || p.LetterStatus != "recue" || p.LetterDate == "" {
		t.Errorf("partner after attach: %+v", p)
	}
	if _, err := e.AttachPath(5, "logo", letter); !errors.As(err, &fe) {
		t.Errorf("a PDF accepted as logo: %v", err)
	}
	if err := e.Detach(5, "lettre"); err != nil {
		t.Fatal(err)
	}
	d, _ = s.content()
	if p := d.PartnerByID(5); p.LetterAttachmentID != 0 || p.LetterStatus != "demandee" || d.AttachmentByID(a.ID) != nil {
		t.Errorf("after detach: %+v", p)
	}
	if _, err := e.Undo(); err != nil { // the detach is one step: the letter comes back
		t.Fatal(err)
	}
	d, _ = s.content()
	if p := d.PartnerByID(5); p.LetterAttachmentID != a.ID {
		t.Errorf("undo of detach: %+v", p)
	}
}
