package imports

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"dossierft/internal/dossier"
	"dossierft/internal/fr"

	"github.com/xuri/excelize/v2"
)

// The seed corpora of these targets are committed under testdata/fuzz/<Target>/ and run by a plain
// `go test`; `go test -fuzz=FuzzSniff -fuzztime=30s ./internal/imports` explores further.

// FuzzSniff: the sniffer never panics, and says something consistent.
func FuzzSniff(f *testing.F) {
	f.Add([]byte("Nom;Commune\nA;B\n"))
	f.Fuzz(func(t *testing.T, head []byte) {
		s := Sniff(head)
		switch s.Kind {
		case KindEmpty, KindZIP, KindCFB:
		case KindBinary:
			if s.What == "" {
				t.Error("binary without description")
			}
		case KindText:
			if s.Delimiter == 0 || s.Encoding == "" || s.BOMLen < 0 || s.BOMLen > 3 {
				t.Errorf("text sniff %+v", s)
			}
			if !s.SepLine && !strings.ContainsRune(string(Delimiters), s.Delimiter) {
				t.Errorf("delimiter %q not a candidate", s.Delimiter)
			}
		default:
			t.Errorf("kind %q", s.Kind)
		}
	})
}

// checkReport checks the invariants of any actors report.
func checkReport(t *testing.T, name string, rep *ActorReport, err error) {
	t.Helper()
	if err != nil {
		var fe *FileError
		if !errors.As(err, &fe) || !strings.HasPrefix(err.Error(), "Fichier « "+name+" » : ") || fe.Kind == nil {
			t.Fatalf("error not a French FileError: %v", err)
		}
		return
	}
	c := rep.Counts
	if c.Read != c.Valid+c.Errors+c.SkippedClosed || len(rep.Actors) != c.Valid {
		t.Fatalf("counts %+v with %d actors", c, len(rep.Actors))
	}
	if len(rep.Errors)+rep.ErrorsOmitted < c.Errors {
		t.Fatalf("%d rows in error but %d errors", c.Errors, len(rep.Errors))
	}
	for _, a := range rep.Actors {
		if a.Name == "" || !utf8.ValidString(a.Name) || !utf8.ValidString(a.Description) ||
			!dossier.Has(dossier.ActorCategories, a.Category) || !strings.HasPrefix(a.Origin, "import "+name+" ligne ") {
			t.Fatalf("bad actor %+v", a)
		}
		if a.SIRET != "" && fr.CheckSIRET(a.SIRET) != nil {
			t.Fatalf("invalid SIRET kept: %+v", a)
		}
		if a.NAF != "" {
			if n, ok := fr.NormalizeNAF(a.NAF); !ok || n != a.NAF {
				t.Fatalf("NAF not normalised: %q", a.NAF)
			}
		}
		if a.HeadcountBand != "" && !dossier.Has(dossier.HeadcountBands, a.HeadcountBand) {
			t.Fatalf("headcount %q", a.HeadcountBand)
		}
		if a.FundsRaised < 0 {
			t.Fatalf("negative funds %d", a.FundsRaised)
		}
	}
	for _, e := range rep.Errors {
		if e.Row < 1 || e.Reason == "" || e.File != name || !utf8.ValidString(e.Reason) {
			t.Fatalf("bad row error %+v", e)
		}
	}
}

// FuzzReadActors: a whole random file (sniffing, container, encoding, header, rows) never panics and gives
// either a French FileError or a consistent report.
func FuzzReadActors(f *testing.F) {
	f.Add([]byte("Nom;SIRET\nA;41234567000019\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rep, err := ReadActors(bytes.NewReader(data), "f.csv", Options{})
		checkReport(t, "f.csv", rep, err)
	})
}

// fuzzHeader is the header put before FuzzCSVRows' input so that rows reach every value parser.
const fuzzHeader = "Nom;Catégorie;SIRET;Code NAF;Commune;Code postal;Tranche d'effectifs;Année de création;" +
	"Fonds levés;Site web;Description;Étiquettes;siren;nic\n"

// FuzzCSVRows: random rows under a known header exercise the CSV reader wrapper and the value parsers.
func FuzzCSVRows(f *testing.F) {
	f.Add([]byte("A;startup;41234567000019;6201Z;Metz;57000;11;2015;1 234,56 €;;;a,b;;\n"))
	f.Fuzz(func(t *testing.T, rows []byte) {
		data := append([]byte(fuzzHeader), rows...)
		rep, err := ReadActors(bytes.NewReader(data), "r.csv", Options{Delimiter: ';', Encoding: EncUTF8})
		checkReport(t, "r.csv", rep, err)
	})
}

// FuzzParseAmount: fr.ParseAmount never panics; its errors wrap fr.ErrAmount; what it accepts survives a
// round trip through fr.Euros.
func FuzzParseAmount(f *testing.F) {
	f.Add("1 234,56 €")
	f.Fuzz(func(t *testing.T, s string) {
		v, err := fr.ParseAmount(s)
		if err != nil {
			if !errors.Is(err, fr.ErrAmount) {
				t.Fatalf("error does not wrap ErrAmount: %v", err)
			}
			return
		}
		back, err := fr.ParseAmount(fr.Euros(v))
		if err != nil || back != v {
			t.Fatalf("ParseAmount(%q) = %d; Euros → %q → %d, %v", s, v, fr.Euros(v), back, err)
		}
	})
}

// FuzzParseDate: fr.ParseDate never panics; what it accepts is an ISO date that parses to itself, also
// through fr.Date's JJ/MM/AAAA.
func FuzzParseDate(f *testing.F) {
	f.Add("25/06/2015")
	f.Fuzz(func(t *testing.T, s string) {
		iso, err := fr.ParseDate(s)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "date invalide") {
				t.Fatalf("error %v", err)
			}
			return
		}
		if _, err := fr.ParseISODate(iso); err != nil || len(iso) != 10 {
			t.Fatalf("ParseDate(%q) = %q, not ISO", s, iso)
		}
		if again, err := fr.ParseDate(iso); err != nil || again != iso {
			t.Fatalf("ParseDate(%q) = %q, %v", iso, again, err)
		}
		if again, err := fr.ParseDate(fr.Date(iso)); err != nil || again != iso {
			t.Fatalf("ParseDate(Date(%q)) = %q, %v", iso, again, err)
		}
	})
}

// FuzzFormCells: whatever a partner types in a new row of a form, ReadForm either reports cell errors or
// adds one valid contribution; it never panics and never touches the pre-filled rows.
func FuzzFormCells(f *testing.F) {
	f.Add("2016", "Numéraire", "", "A1", "Subvention", "12 500,00 €", "Sollicité")
	d := formDossier()
	var form bytes.Buffer
	if err := writeForm(&form, d, 3, testDossierID, time.Date(2015, 1, 20, 9, 30, 0, 0, time.UTC)); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, year, nature, kind, action, label, amount, status string) {
		x, err := excelize.OpenReader(bytes.NewReader(form.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		for i, v := range []string{year, nature, kind, action, label, amount, status} {
			if err := x.SetCellStr("Contributions", string(rune('B'+i))+"21", v); err != nil {
				return // excelize refuses the value (too long…): nothing to read back
			}
		}
		var out bytes.Buffer
		if _, err := x.WriteTo(&out); err != nil {
			return
		}
		x.Close()
		diff, err := ReadForm(&out, "f.xlsx", d, testDossierID)
		if err != nil {
			t.Fatalf("ReadForm: %v", err)
		}
		if len(diff.Changed)+len(diff.Removed) != 0 || diff.Unchanged != 3 || len(diff.Conflicts) != 0 {
			t.Fatalf("pre-filled rows touched: %s", diff.Summary())
		}
		blank := strings.TrimSpace(year+nature+kind+action+label+amount+status) == ""
		switch {
		case len(diff.Errors) > 0:
			if len(diff.Added) != 0 {
				t.Fatalf("errors and additions: %+v", diff)
			}
			for _, e := range diff.Errors {
				if e.Row != 21 || e.Sheet != "Contributions" || e.Reason == "" {
					t.Fatalf("bad error %+v", e)
				}
			}
		case blank || strings.TrimSpace(year+nature+kind+action+amount+status) == "" && oneLine(label) == "":
			if len(diff.Added) != 0 {
				t.Fatalf("blank row added: %+v", diff.Added)
			}
		default:
			if len(diff.Added) != 1 {
				t.Fatalf("no error and %d additions", len(diff.Added))
			}
			c := diff.Added[0]
			if c.Year < 2015 || c.Year > 2017 || !dossier.Has(dossier.Natures, c.Nature) || c.Amount < 0 ||
				!dossier.Has(dossier.ContributionStatuses, c.Status) || (c.Nature == dossier.NatureInKind) != (c.InKindType != "") ||
				c.PartnerID != 3 || c.Account == "" {
				t.Fatalf("invalid addition %+v", c)
			}
		}
	})
}
