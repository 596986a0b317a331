package imports

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"dossierft/internal/dossier"
)

// num is a numeric cell as stored in the XML.
func num(ref, v string) string { return `<c r="` + ref + `"><v>` + v + `</v></c>` }

// A SIRET or SIREN stored by a spreadsheet as a number written in scientific notation is read exactly when
// no digit was lost (an integer of at most 15 significant digits), with a note; otherwise it is refused.
func TestXLSXSIRETScientificNotation(t *testing.T) {
	x := sheetWorkbook(t, `<row r="1">`+is("A1", "Nom")+is("B1", "SIREN")+is("C1", "SIRET")+`</row>`+
		`<row r="2">`+is("A2", "Alpha")+num("B2", "5.00111224E+8")+num("C2", "5.0011122400019E+13")+`</row>`+
		`<row r="3">`+is("A3", "Beta")+num("C3", "1.234567400019E+12")+`</row>`+
		`<row r="4">`+is("A4", "Gamma")+num("C4", "50011122400019")+`</row>`+
		`<row r="5">`+is("A5", "Delta")+num("C5", "5.00111224000191E+13")+`</row>`+
		`<row r="6">`+is("A6", "Epsilon")+num("C6", "1.2345678901234567E+16")+`</row>`+
		`<row r="7">`+is("A7", "Zeta")+is("C7", "5.0011122400019E+13")+`</row>`+
		`<row r="8">`+is("A8", "Eta")+num("C8", "5.0011122400018E+13")+`</row>`+
		`<row r="9">`+is("A9", "Theta")+num("B9", "5.00111224E+8")+num("C9", "1.234567400019E+12")+`</row>`)
	rep, err := ReadActors(bytes.NewReader(x), "siret.xlsx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, Counts{Read: 8, Valid: 3, Errors: 5})
	checkActors(t, rep.Actors, []dossier.Actor{
		{Name: "Alpha", Category: "autre", SIRET: "50011122400019", Origin: "import siret.xlsx ligne 2"},
		{Name: "Beta", Category: "autre", SIRET: "01234567400019", Origin: "import siret.xlsx ligne 3"},
		{Name: "Gamma", Category: "autre", SIRET: "50011122400019", Origin: "import siret.xlsx ligne 4"},
	})
	lost := "SIRET abîmé par un tableur (nombre en notation scientifique dont des chiffres sont perdus) : " +
		"mettez la colonne au format Texte et saisissez à nouveau les numéros"
	want := []RowError{
		{File: "siret.xlsx", Row: 5, Column: "SIRET", Value: "5.00111224000191E+13", Reason: lost},
		{File: "siret.xlsx", Row: 6, Column: "SIRET", Value: "1.2345678901234567E+16", Reason: lost},
		{File: "siret.xlsx", Row: 7, Column: "SIRET", Value: "5.0011122400019E+13",
			Reason: "SIRET abîmé par un tableur (notation scientifique) : mettez la colonne au format Texte avant d'enregistrer"},
		{File: "siret.xlsx", Row: 8, Column: "SIRET", Value: "5.0011122400018E+13",
			Reason: "SIRET « 50011122400018 » : clé de contrôle incorrecte"},
		{File: "siret.xlsx", Row: 9, Column: "SIRET", Value: "1.234567400019E+12",
			Reason: "le SIRET ne commence pas par le SIREN 500111224 de la même ligne"},
	}
	checkErrors(t, rep.Errors, want)
	for i, e := range rep.Errors {
		if i < len(want) && e.Reason != want[i].Reason {
			t.Errorf("reason %d = %q, want %q", i, e.Reason, want[i].Reason)
		}
	}
	// Counted: Alpha's SIREN and SIRET, Beta's SIRET, Theta's SIREN (its SIRET is refused); zeros restored:
	// Beta's and Theta's SIRET.
	wantNotes := []string{
		"4 SIRET/SIREN enregistré(s) par le tableur comme nombre en notation scientifique (première : ligne 2) : " +
			"la valeur est exacte et a été reprise ; mettez la colonne au format Texte pour l'éviter",
		"2 SIRET/SIREN complété(s) par un 0 initial (zéro perdu par un tableur)",
	}
	if strings.Join(rep.Notes, "\n") != strings.Join(wantNotes, "\n") {
		t.Errorf("notes:\n%s\nwant:\n%s", strings.Join(rep.Notes, "\n"), strings.Join(wantNotes, "\n"))
	}

	// In a CSV the text is what the spreadsheet displayed: the digits are gone, whatever the notation.
	rep, err = ReadActors(strings.NewReader("Nom;SIRET\nAlpha;5,00111E+13\nBeta;5.0011122400019E+13\n"),
		"siret.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, Counts{Read: 2, Errors: 2})
	const text = "SIRET abîmé par un tableur (notation scientifique) : mettez la colonne au format Texte avant d'enregistrer"
	checkErrors(t, rep.Errors, []RowError{
		{File: "siret.csv", Row: 2, Column: "SIRET", Value: "5,00111E+13", Reason: text},
		{File: "siret.csv", Row: 3, Column: "SIRET", Value: "5.0011122400019E+13", Reason: text},
	})
}

func TestExactInteger(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"5.0011122400019E+13", "50011122400019", true},
		{"5.0011122400019e13", "50011122400019", true},
		{"5.00111224E+8", "500111224", true},
		{"1.234567400019E+12", "1234567400019", true},
		{"50011122400019", "50011122400019", true},
		{"1.2E3", "1200", true},
		{"12000E-3", "12", true},
		{"0.0E+0", "0", true},
		{"1.23456789012345E+14", "123456789012345", true}, // 15 significant digits
		{"5.00111224000191E+13", "", false},               // 500111224001910 / 10: not an integer
		{"1.2345678901234567E+16", "", false},             // 17 significant digits
		{"1.5E-1", "", false},
		{"12.5", "", false},
		{"-5E+3", "", false},
		{"E+3", "", false},
		{"1e999", "", false},
		{"", "", false},
	} {
		got, ok := exactInteger(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("exactInteger(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// FuzzExactInteger: what exactInteger accepts is the decimal integer the text denotes, with at most 15
// significant digits.
func FuzzExactInteger(f *testing.F) {
	for _, s := range []string{"5.0011122400019E+13", "1.2E3", "12000E-3", "5.00111224000191E+13", "0.0E+0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := exactInteger(s)
		if !ok {
			return
		}
		if !allDigitsStr(d) || (len(d) > 1 && d[0] == '0') || len(strings.TrimRight(d, "0")) > 15 {
			t.Fatalf("exactInteger(%q) = %q", s, d)
		}
		a, err1 := strconv.ParseFloat(s, 64)
		b, err2 := strconv.ParseFloat(d, 64)
		if err1 != nil || err2 != nil || a != b {
			t.Fatalf("exactInteger(%q) = %q: %v %v (%v, %v)", s, d, a, b, err1, err2)
		}
	})
}
