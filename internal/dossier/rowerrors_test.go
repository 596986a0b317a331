package dossier_test

import (
	"reflect"
	"testing"

	"dossierft/internal/dossier"
	"dossierft/internal/sample"
)

// TestRowErrorsAgreeWithValidate checks that validating one row in its reduced context finds exactly the
// errors that validating the whole dossier finds for that row, on the sample made invalid in many places.
func TestRowErrorsAgreeWithValidate(t *testing.T) {
	d := sample.LORnTECH()
	d.Partners[2].SIRET = "12345678901234"
	d.Contributions[4].Year = 2031
	d.Contributions[5].PartnerID = 999
	d.Actions[1].Code = d.Actions[0].Code
	d.Charges[3].Account = "70"
	d.Resources[0].Amount = 0
	d.Actors[7].Website = "ftp://x"
	d.Sections[2].Body = d.Sections[2].Body + string(make([]byte, d.Sections[2].MaxChars))
	d.Candidature.ContactEmail = "x@"
	all := dossier.Validate(d)
	check := func(entity string, id int64) {
		want := dossier.EntityErrors(all, entity, id)
		got := dossier.RowErrors(d, entity, id)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:%d\n got %q\nwant %q", entity, id, got, want)
		}
	}
	check("candidature", 0)
	for _, x := range d.Partners {
		check("partner", x.ID)
	}
	for _, x := range d.Contributions {
		check("contribution", x.ID)
	}
	for _, x := range d.Actions {
		check("action", x.ID)
	}
	for _, x := range d.Charges {
		check("charge", x.ID)
	}
	for _, x := range d.Resources {
		check("resource", x.ID)
	}
	for _, x := range d.Actors {
		check("actor", x.ID)
	}
	for _, x := range d.Sections {
		check("section", x.ID)
	}
	if n := len(dossier.RowErrors(d, "partner", d.Partners[2].ID)); n != 1 {
		t.Errorf("partner with a bad SIRET: %d errors", n)
	}
}
