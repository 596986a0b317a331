package xlsx

import (
	"strings"

	"dossierft/internal/dossier"
)

// fixture is a small dossier with hostile texts: control characters, formula-looking names, wildcards,
// names differing only by case, a text over the cell limit, leading zeros, cents that sum badly in floats.
func fixture() *dossier.Dossier {
	d := &dossier.Dossier{}
	d.Candidature = dossier.Candidature{Name: "LORnTECH", Territory: "Sillon lorrain", PorteurName: "Pôle métropolitain européen du Sillon lorrain",
		YearStart: 2015, YearEnd: 2017, Version: "v3 – « test » & co"}
	d.Partners = []dossier.Partner{
		{ID: 1, Name: "Metz Métropole", Kind: "epci", FunderType: "epci"},
		{ID: 2, Name: "Région Grand Est", Kind: "collectivite", FunderType: "region", LetterStatus: "recue", LetterDate: "2015-01-12"},
		{ID: 3, Name: "=HYPERLINK(\"http://evil\")*?[]:/\\", Kind: "entreprise", FunderType: "prive"},
		{ID: 4, Name: "grand est numérique", Kind: "association"},
		{ID: 5, Name: "GRAND EST NUMÉRIQUE", Kind: "association"},
		{ID: 6, Name: "Tous branchés\v\x00\x1f\ufffe", Kind: "association"},
	}
	d.Actions = []dossier.Action{
		{ID: 1, Code: "A1", Title: "Accélérateur <Nancy>*", Axis: "acceleration", StartDate: "2015-03-01", EndDate: "2017-12-31"},
		{ID: 2, Code: "A2", Title: "TCRM-Blida", Axis: "lieu-totem", StartDate: "2015-09-15"},
		{ID: 3, Title: "synthèse"},                          // same name as a fixed sheet, but for case
		{ID: 4, Code: "a1", Title: "ACCÉLÉRATEUR <NANCY>*"}, // same as action 1 but for case
		{ID: 5, Title: "'🚀 Programme d'accélération : [Sillon lorrain] / 2015?'"},
		{ID: 6, Title: "History"},
	}
	type ch struct {
		act  int64
		acc  string
		year int
		amt  dossier.Cents
	}
	for i, c := range []ch{
		{1, "641", 2015, 4000010}, {1, "604", 2015, 1}, {2, "613", 2015, 2000099}, {0, "861", 2015, 500000},
		{1, "641", 2016, 4500000}, {2, "623", 2016, 10}, {2, "622", 2016, 20}, {0, "864", 2016, 300030},
		{1, "645", 2017, 1234567}, {0, "65", 2017, 3}, {2, "68", 2017, 100050},
	} {
		d.Charges = append(d.Charges, dossier.Charge{ID: int64(i + 1), ActionID: c.act, Account: c.acc, Year: c.year, Label: "Ligne " + c.acc, Amount: c.amt})
	}
	type co struct {
		p      int64
		act    int64
		year   int
		nature string
		acc    string
		amt    dossier.Cents
	}
	for i, c := range []co{
		{1, 1, 2015, dossier.NatureCash, "74-epci", 3000000}, {2, 2, 2015, dossier.NatureCash, "74-region", 3000110}, {4, 0, 2015, dossier.NatureInKind, "871", 500000},
		{1, 1, 2016, dossier.NatureCash, "74-epci", 2500000}, {3, 2, 2016, dossier.NatureCash, "74-prive", 2000030}, {5, 0, 2016, dossier.NatureInKind, "870", 300030},
		{2, 1, 2017, dossier.NatureCash, "74-region", 1334620},
	} {
		d.Contributions = append(d.Contributions, dossier.Contribution{ID: int64(i + 1), PartnerID: c.p, ActionID: c.act, Year: c.year, Nature: c.nature,
			Account: c.acc, Label: "Contribution", Amount: c.amt, Status: "acquis"})
	}
	d.Resources = []dossier.Resource{{ID: 1, Account: "70", Funder: "+33 6 12 34 56 78", Year: 2017, Label: "-12,50 billetterie", Amount: 0, Status: "previsionnel"}}
	long := strings.Repeat("Très long texte é. ", 2000) // 38 000 characters
	d.Actors = []dossier.Actor{
		{ID: 1, Name: "Start-up Zéro", Category: "startup", SIRET: "01234567800011", Postcode: "01000", Town: "Metz", HeadcountBand: "01", FundsRaised: 150000050, Website: "www.example.fr"},
		{ID: 2, Name: "=1+1", Category: "startup", Town: "metz", HeadcountBand: "NN", Website: "https://example.org/" + strings.Repeat("a", 2100)},
		{ID: 3, Name: "Labo\x0bNancy", Category: "laboratoire", Town: "Nancy", Postcode: "54000", Description: long, Website: "javascript:alert(1)"},
		{ID: 4, Name: "Tiers-lieu", Category: "tiers-lieu", Town: "Saint-*?~", Postcode: "57000", FundsRaised: 12},
		{ID: 5, Name: "Sans commune", Category: "association"},
		{ID: 6, Name: "Inconnue", Category: "code-inconnu", Town: "Épinal", Website: "https://www.epinal.fr/"},
	}
	return d
}
