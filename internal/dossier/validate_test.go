package dossier

import (
	"strings"
	"testing"
)

// base returns a small dossier without any error finding.
func base() *Dossier {
	return &Dossier{
		Candidature: Candidature{Name: "LORnTECH", Territory: "Sillon lorrain", PorteurName: "Pôle métropolitain",
			PorteurSIREN: "200030989", RepresentativeName: "Michel Heinrich", YearStart: 2015, YearEnd: 2017,
			Status: "preparation", ContactEmail: "contact@example.org", ContactPhone: "+33 3 87 00 00 00"},
		Territories: []Territory{{ID: 1, Name: "Metz Métropole", Kind: "epci"}},
		Totems:      []Totem{{ID: 1, Name: "TCRM-Blida", Town: "Metz"}},
		Partners:    []Partner{{ID: 1, Name: "Metz Métropole", Kind: "epci", FunderType: "epci", Role: "financeur", LetterStatus: "recue", LetterAttachmentID: 1}},
		Attachments: []Attachment{{ID: 1, Name: "lettre.pdf", Kind: "lettre"}},
		Actions:     []Action{{ID: 1, Code: "A1", Title: "Accélérateur", Axis: "acceleration", LeadPartnerID: 1, StartDate: "2015-01-01", EndDate: "2017-12-31"}},
		Contributions: []Contribution{
			{ID: 1, PartnerID: 1, ActionID: 1, Year: 2015, Nature: NatureCash, Account: "74-epci", Amount: 10000_00, Status: "acquis"},
			{ID: 2, PartnerID: 1, Year: 2015, Nature: NatureInKind, InKindType: "locaux", Account: "871", Amount: 5000_00, Status: "acquis"},
		},
		Charges: []Charge{
			{ID: 1, ActionID: 1, Account: "641", Year: 2015, Amount: 10000_00},
			{ID: 2, Account: "861", Year: 2015, Amount: 5000_00},
		},
		Sections: []Section{{ID: 1, Position: 1, Key: "eco", Title: "Écosystème", Body: "Texte", Status: "valide", MaxChars: 100}},
	}
}

// findings returns the messages of d's findings of severity sev.
func findings(d *Dossier, sev string) []string {
	var out []string
	for _, f := range Validate(d) {
		if f.Severity == sev {
			out = append(out, f.Field+" | "+f.Message)
		}
	}
	return out
}

func TestBaseHasNoError(t *testing.T) {
	if errs := findings(base(), SevError); len(errs) != 0 {
		t.Fatalf("unexpected errors: %q", errs)
	}
}

func TestRules(t *testing.T) {
	cases := []struct {
		name   string
		change func(d *Dossier)
		want   string // field | message, exactly
	}{
		{"name required", func(d *Dossier) { d.Candidature.Name = " " },
			"candidature.name | Le nom de la candidature est obligatoire."},
		{"siren key", func(d *Dossier) { d.Candidature.PorteurSIREN = "200030988" },
			"candidature.porteurSiren | Structure porteuse : SIREN « 200030988 » : clé de contrôle incorrecte."},
		{"siret prefix", func(d *Dossier) { d.Candidature.PorteurSIRET = "73282932000074" },
			"candidature.porteurSiret | Structure porteuse : le SIRET ne commence pas par le SIREN 200030989."},
		{"email", func(d *Dossier) { d.Candidature.ContactEmail = "contact@" },
			"candidature.contactEmail | Contact : adresse e-mail invalide « contact@ »."},
		{"phone", func(d *Dossier) { d.Candidature.ContactPhone = "abc" },
			"candidature.contactPhone | Contact : numéro de téléphone invalide « abc »."},
		{"years inverted", func(d *Dossier) { d.Candidature.YearEnd = 2014 },
			"candidature.yearEnd | L'année de fin du budget (2014) précède l'année de début (2015)."},
		{"partner siret", func(d *Dossier) { d.Partners[0].SIRET = "12345678901234" },
			"partner:1.siret | Partenaire « Metz Métropole » : SIRET « 12345678901234 » : clé de contrôle incorrecte."},
		{"partner kind", func(d *Dossier) { d.Partners[0].Kind = "martien" },
			"partner:1.kind | Partenaire « Metz Métropole » : type « martien » inconnu."},
		{"letter attachment missing", func(d *Dossier) { d.Partners[0].LetterAttachmentID = 9 },
			"partner:1 | Partenaire « Metz Métropole » : la pièce jointe n° 9 n'existe pas."},
		{"contribution year", func(d *Dossier) { d.Contributions[0].Year = 2019 },
			"contribution:1.year | Contribution de « Metz Métropole » (2019) : l'année 2019 est hors des années du budget."},
		{"contribution partner", func(d *Dossier) { d.Contributions[0].PartnerID = 7 },
			"contribution:1.partnerId | Contribution n° 1 : le partenaire n° 7 n'existe pas."},
		{"in-kind to cash account", func(d *Dossier) { d.Contributions[1].Account = "74-epci" },
			"contribution:2.account | Contribution de « Metz Métropole » (2015) : une contribution en nature ne peut pas aller au compte 74 – Intercommunalité(s) : EPCI."},
		{"contribution amount", func(d *Dossier) { d.Contributions[0].Amount = 0 },
			"contribution:1.amount | Contribution de « Metz Métropole » (2015) : le montant doit être positif."},
		{"charge account side", func(d *Dossier) { d.Charges[0].Account = "70" },
			"charge:1.account | Ligne de charges n° 1 : le compte 70 est un compte de produits."},
		{"unbalanced", func(d *Dossier) { d.Charges[0].Amount = 12000_00 },
			"budget:2015 | Budget 2015 non équilibré : charges 12\u202f000,00\u00a0€, produits 10\u202f000,00\u00a0€ (écart -2\u202f000,00\u00a0€)."},
		{"86 = 87", func(d *Dossier) { d.Charges[1].Amount = 4000_00 },
			"budget:2015 | Budget 2015 : les contributions en nature (87, 5\u202f000,00\u00a0€) doivent égaler leurs emplois (86, 4\u202f000,00\u00a0€)."},
		{"action dates", func(d *Dossier) { d.Actions[0].EndDate = "2014-12-31" },
			"action:1.endDate | Action « Accélérateur » : la date de fin précède la date de début."},
		{"action bad date", func(d *Dossier) { d.Actions[0].StartDate = "31/12/2015" },
			"action:1.startDate | Action « Accélérateur » : date invalide « 31/12/2015 » : attendu AAAA-MM-JJ."},
		{"section length", func(d *Dossier) { d.Sections[0].Body = strings.Repeat("é", 101) },
			"section:1.body | Chapitre « Écosystème » : 101 caractères pour 100 autorisés."},
		{"website", func(d *Dossier) {
			d.Actors = []Actor{{ID: 3, Name: "Xilopix", Website: "javascript:alert(1)"}}
		}, "actor:3.website | Acteur « Xilopix » : site web invalide « javascript:alert(1) » : attendu une adresse http:// ou https://."},
		{"text size", func(d *Dossier) { d.Sections[0].Body = strings.Repeat("a", MaxTextBytes+1); d.Sections[0].MaxChars = 0 },
			"section:1.body | Chapitre n° 1 (body) : texte de 1\u202f048\u202f577 caractères, au-delà de la limite de 1\u202f048\u202f576 octets (1 Mio) : raccourcissez-le ou mettez-le en annexe."},
		{"actor naf", func(d *Dossier) {
			d.Actors = []Actor{{ID: 3, Name: "Xilopix", NAF: "62Z"}}
		}, "actor:3.naf | Acteur « Xilopix » : code NAF « 62Z » invalide (attendu 62.01Z)."},
		{"actor band", func(d *Dossier) {
			d.Actors = []Actor{{ID: 3, Name: "Xilopix", HeadcountBand: "99"}}
		}, "actor:3.headcountBand | Acteur « Xilopix » : tranche d'effectifs « 99 » inconnue."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := base()
			c.change(d)
			got := findings(d, SevError)
			for _, g := range got {
				if g == c.want {
					return
				}
			}
			t.Errorf("want %q\n got %q", c.want, got)
		})
	}
}

func TestConventionThreshold(t *testing.T) {
	d := base()
	d.Contributions[0].Amount = 23000_01
	d.Charges[0].Amount = 23000_01
	got := findings(d, SevInfo)
	want := "partner:1 | Partenaire « Metz Métropole » : 23\u202f000,01\u00a0€ de subvention en 2015, au-delà de 23 000 € une convention est obligatoire (loi n° 2000-321, art. 10)."
	for _, g := range got {
		if g == want {
			return
		}
	}
	t.Errorf("want %q in %q", want, got)
}

func TestBudget(t *testing.T) {
	d := base()
	b := d.Budget()
	if len(b) != 4 { // 2015, 2016, 2017, total
		t.Fatalf("got %d columns", len(b))
	}
	if b[0].Charges != 10000_00 || b[0].Produits != 10000_00 || b[0].InKindCharges != 5000_00 || b[0].InKindProduits != 5000_00 || !b[0].Balanced() {
		t.Errorf("2015: %+v", b[0])
	}
	if b[3].Year != 0 || b[3].Charges != 10000_00 {
		t.Errorf("total: %+v", b[3])
	}
	if Cents(150).Euros() != 2 || Cents(-150).Euros() != -2 || Cents(149).Euros() != 1 {
		t.Error("Euros rounding")
	}
}

func TestControlCharacters(t *testing.T) {
	d := base()
	d.Partners[0].Name = "Metz\vMétropole\x00"
	got := findings(d, SevWarning)
	want := "partner:1.name | Partenaire n° 1 (name) : caractère invisible U+000B (copié depuis un traitement de texte ?) ; il sera retiré à l'enregistrement et dans les documents."
	found := false
	for _, g := range got {
		found = found || g == want
	}
	if !found {
		t.Errorf("want %q in %q", want, got)
	}
	p := d.Partners[0]
	if ch := CleanStrings(&p); len(ch) != 1 || ch[0] != "name" || p.Name != "Metz\nMétropole" {
		t.Errorf("cleaned %q → %q", ch, p.Name)
	}
	if s, bad := CleanText("a\r\nb\x07c\uFFFEd\xffe 🚀 שלום"); s != "a\nbcde 🚀 שלום" || bad != 7 {
		t.Errorf("CleanText = %q, %U", s, bad)
	}
	if s, bad := CleanText("Nom\x00avec NUL"); s != "Nomavec NUL" || bad != 0 {
		t.Errorf("NUL: %q %U", s, bad)
	}
	if s, bad := CleanText("déjà propre\n\ttab"); bad != NoRune || s != "déjà propre\n\ttab" {
		t.Errorf("clean text changed: %q", s)
	}
}
