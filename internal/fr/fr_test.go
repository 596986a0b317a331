package fr

import "testing"

func TestEuros(t *testing.T) {
	cases := map[int64]string{
		0:         "0,00\u00a0€",
		123456:    "1\u202f234,56\u00a0€",
		-1250:     "-12,50\u00a0€",
		700000000: "7\u202f000\u202f000,00\u00a0€",
	}
	for in, want := range cases {
		if got := Euros(in); got != want {
			t.Errorf("Euros(%d) = %q, want %q", in, got, want)
		}
	}
	if got := WholeEuros(123456); got != "1\u202f235\u00a0€" {
		t.Errorf("WholeEuros = %q", got)
	}
}

func TestParseAmount(t *testing.T) {
	ok := map[string]int64{
		"1 234,56 €":           123456,
		"1\u00a0234,56\u00a0€": 123456,
		"1\u202f234,56":        123456,
		"1234,5":               123450,
		"-12,50":               -1250,
		"12 500 €":             1250000,
		"1234.56":              123456,
		"1.234,56":             123456,
		"1,234.56":             123456,
		"1.234":                123400,
		"0":                    0,
		"EUR 15":               0, // handled below
	}
	delete(ok, "EUR 15")
	for in, want := range ok {
		got, err := ParseAmount(in)
		if err != nil || got != want {
			t.Errorf("ParseAmount(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "abc", "1,234,5", "12,345", "1.2.3,456", "1 2 3", "١٢٣"} {
		if _, err := ParseAmount(bad); err == nil {
			t.Errorf("ParseAmount(%q) accepted", bad)
		}
	}
}

func TestSIRET(t *testing.T) {
	if err := CheckSIREN("200030989"); err != nil {
		t.Error(err)
	}
	if err := CheckSIREN("200030988"); err == nil || err.Error() != "SIREN « 200030988 » : clé de contrôle incorrecte" {
		t.Errorf("got %v", err)
	}
	if err := CheckSIRET("732 829 320 00074"); err != nil {
		t.Error(err)
	}
	if err := CheckSIRET("35600000049837"); err != nil { // La Poste: digit sum 45
		t.Error(err)
	}
	if err := CheckSIRET("35600000000048"); err != nil { // La Poste siège: ordinary Luhn
		t.Error(err)
	}
	if err := CheckSIRET("35600000049838"); err == nil {
		t.Error("bad La Poste SIRET accepted")
	}
	if err := CheckSIRET("1234"); err == nil || err.Error() != "SIRET « 1234 » : 14 chiffres attendus" {
		t.Errorf("got %v", err)
	}
	if v, _ := VATNumber("552081317"); v != "FR03552081317" {
		t.Errorf("VAT = %s", v)
	}
	if n, ok := NormalizeNAF("6201z"); !ok || n != "62.01Z" {
		t.Errorf("NAF = %s", n)
	}
}

func TestDates(t *testing.T) {
	if d, err := ParseDate("25/06/2015"); err != nil || d != "2015-06-25" {
		t.Errorf("%s %v", d, err)
	}
	if LongDate("2014-02-01") != "1er février 2014" {
		t.Error(LongDate("2014-02-01"))
	}
	if Date("2015-06-25") != "25/06/2015" {
		t.Error(Date("2015-06-25"))
	}
}
