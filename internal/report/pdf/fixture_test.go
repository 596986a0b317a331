package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/png"

	"github.com/go-pdf/fpdf"

	"dossierft/internal/dossier"
)

// fixture is a small but complete dossier used until internal/sample is available; every text field holds
// something distinctive so that the "nothing lost" test can look for it.
func fixture() *dossier.Dossier {
	logo := func(c color.NRGBA) []byte {
		img := image.NewNRGBA(image.Rect(0, 0, 120, 60))
		for y := 0; y < 60; y++ {
			for x := 0; x < 120; x++ {
				if (x-60)*(x-60)+(y-30)*(y-30)*4 < 900 {
					img.SetNRGBA(x, y, c)
				}
			}
		}
		var b bytes.Buffer
		_ = png.Encode(&b, img)
		return b.Bytes()
	}
	d := &dossier.Dossier{
		Candidature: dossier.Candidature{Name: "LORnTECH", Territory: "Sillon lorrain",
			Summary:     "Le Sillon lorrain — Épinal, Metz, Nancy, Thionville — porte une candidature commune : « LORnTECH » fédère start-ups, PME, laboratoires et collectivités autour d'un cœur d'œuvre numérique.",
			PorteurName: "Pôle métropolitain européen du Sillon lorrain", PorteurLegalForm: "Syndicat mixte fermé",
			PorteurSIREN: "200034528", PorteurSIRET: "20003452800014", PorteurAddress: "Hôtel de Ville, 1 place d'Armes",
			PorteurPostcode: "57000", PorteurTown: "Metz", RepresentativeName: "Jean Dupont-Fictif", RepresentativeTitle: "Président",
			ContactName: "Claire Martin-Fictive", ContactEmail: "contact.lorntech@exemple-sillon-lorrain.fr", ContactPhone: "03 87 00 00 00",
			YearStart: 2015, YearEnd: 2017, Deadline: "2015-06-25", Status: "preparation", Version: "v3 — janvier 2015"},
		Territories: []dossier.Territory{
			{ID: 1, Name: "Metz Métropole", Kind: "epci", InseeCode: "245701206", Town: "Metz", Population: 222000, PopulationYear: 2012, Source: "INSEE RP 2012"},
			{ID: 2, Name: "Métropole du Grand Nancy", Kind: "epci", InseeCode: "245400676", Town: "Nancy", Population: 255000, PopulationYear: 2012, Source: "INSEE RP 2012"},
			{ID: 3, Name: "Communauté d'agglomération d'Épinal", Kind: "epci", Town: "Épinal", Population: 110000, PopulationYear: 2012},
			{ID: 4, Name: "Portes de France-Thionville", Kind: "epci", Town: "Thionville", Population: 79000, PopulationYear: 2012},
		},
		Totems: []dossier.Totem{{ID: 1, Name: "TCRM-Blida", Town: "Metz", Address: "7 avenue de Blida", SurfaceM2: 16000, Opening: "2015",
			Description: "Ancien centre de tri postal devenu **lieu totem** : ateliers, incubateur, *fablab*.", Source: "Metz Métropole"}},
		Partners: []dossier.Partner{
			{ID: 1, Name: "Grand Est Numérique", Kind: "association", FunderType: "prive", Town: "Metz", Role: "fondateur", ContactName: "Ada Lovelace-Fictive",
				ContactEmail: "une.adresse.tres.longue.pour.tester.le.retour@grand-est-numerique.example.org", LetterStatus: "recue", LetterDate: "2015-01-12", LogoAttachmentID: 10},
			{ID: 2, Name: "Tous branchés", Kind: "association", Town: "Nancy", Role: "soutien", LetterStatus: "demandee", Notes: "Inclusion numérique ; ateliers œcuméniques"},
			{ID: 3, Name: "Metz Métropole", Kind: "epci", FunderType: "epci", SIRET: "24570120600014", Town: "Metz", Role: "financeur", LetterStatus: "recue", LogoAttachmentID: 11},
			{ID: 4, Name: "Région Lorraine", Kind: "collectivite", FunderType: "region", Town: "Metz", Role: "financeur", LetterStatus: "aucune"},
		},
		Actions: []dossier.Action{
			{ID: 1, Code: "A1", Title: "Accélérateur LORnTECH", Axis: "acceleration", LeadPartnerID: 1, StartDate: "2015-01-01", EndDate: "2017-12-31",
				Description: "Programme d'accélération :\n\n- sélection de 10 start-ups par an\n- mentorat\n  1. technique\n  2. commercial\n- levées de fonds"},
			{ID: 2, Code: "A2", Title: "Ateliers Tous branchés", Axis: "inclusion", LeadPartnerID: 2, StartDate: "2015-03-01"},
		},
		Charges: []dossier.Charge{
			{ID: 1, ActionID: 1, Account: "641", Year: 2015, Label: "Chargé de mission accélération", Amount: 4500000},
			{ID: 2, ActionID: 1, Account: "622", Year: 2016, Label: "Honoraires mentors", Amount: 2000000},
			{ID: 3, ActionID: 2, Account: "861", Year: 2015, Label: "Salle mise à disposition", Amount: 500000},
			{ID: 4, ActionID: 0, Account: "623", Year: 2017, Label: "Communication et salons", Amount: 1500000},
		},
		Contributions: []dossier.Contribution{
			{ID: 1, PartnerID: 3, ActionID: 1, Year: 2015, Nature: "numeraire", Account: "74-epci", Label: "Subvention Metz Métropole", Amount: 4500000, Status: "acquis"},
			{ID: 2, PartnerID: 4, Year: 2016, Nature: "numeraire", Account: "74-region", Label: "Subvention régionale", Amount: 2000000, Status: "sollicite"},
			{ID: 3, PartnerID: 2, ActionID: 2, Year: 2015, Nature: "nature", InKindType: "locaux", Account: "871", Label: "Salle de formation", Amount: 500000, Status: "acquis"},
		},
		Resources: []dossier.Resource{{ID: 1, Account: "70", Funder: "Billetterie des salons", Year: 2017, Label: "Entrées payantes", Amount: 1500000, Status: "previsionnel"}},
		Indicators: []dossier.Indicator{{ID: 1, Name: "Start-ups accompagnées", Unit: "start-ups", BaselineValue: 12, BaselineYear: 2014, BaselineSource: "Incubateur lorrain",
			Targets: []dossier.IndicatorTarget{{Year: 2015, Value: 20}, {Year: 2016, Value: 30.5}, {Year: 2017, Value: 45}, {Year: 2020, Value: 100}}}},
		Sections: []dossier.Section{
			{ID: 1, Position: 1, Key: "territoire", Title: "Présentation du territoire", Status: "valide", OwnerPartnerID: 1,
				Body: "## Un territoire en réseau\n\nLe **Sillon lorrain** relie Thionville, Metz, Nancy et Épinal : 1,2 million d'habitants. Pourquoi? Parce que l'union fait la force!\n\n> Une métropole multipolaire, « en archipel ».\n\n| Ville | Habitants |\n|---|---:|\n| Metz | 117 000 |\n| Nancy | 105 000 |\n\nVoir [le site du Sillon](https://www.sillonlorrain.org) ou écrire à contact@sillonlorrain.example.org.\n\n1. premier point\n2. second point\n   - sous-point\n"},
			{ID: 2, Position: 2, Key: "ecosysteme", Title: "L'écosystème numérique", Status: "en-cours", OwnerPartnerID: 3,
				Body: "Un émoji 🚀 et une flèche → pour tester les polices. Coût : 1 250 000 €.\n\nUne URL très longue https://www.exemple.fr/un/chemin/extremement/long/qui/ne/tient/pas/sur/une/seule/ligne/de/la/colonne/principale/du/document.html fin."},
		},
		Actors: []dossier.Actor{
			{ID: 1, Name: "Startup Alpha", Category: "startup", SIRET: "73282932000074", NAF: "62.01Z", Town: "Metz", Postcode: "57000", HeadcountBand: "02", CreationYear: 2013, FundsRaised: 50000000, Website: "https://alpha.example.fr", Description: "Logiciels d'œnologie connectée", Tags: []string{"IoT", "vin"}, Fictitious: true},
			{ID: 2, Name: "Labo Beta", Category: "laboratoire", Town: "Nancy", Postcode: "54000", Description: "Laboratoire lorrain de recherche en informatique 🧪"},
			{ID: 3, Name: "PME Gamma", Category: "pme", Town: "Épinal", Postcode: "88000"},
			{ID: 4, Name: "Fablab Delta", Category: "tiers-lieu", Town: "Thionville", Postcode: "57100"},
			{ID: 5, Name: "Startup Epsilon", Category: "startup", Town: "Metz", Postcode: "57000"},
		},
		Attachments: []dossier.Attachment{
			{ID: 10, Name: "logo-gen.png", Kind: "logo", MIME: "image/png", PartnerID: 1, Data: logo(color.NRGBA{200, 30, 60, 255})},
			{ID: 11, Name: "logo-metz.png", Kind: "logo", MIME: "image/png", PartnerID: 3, Data: []byte("pas une image")},
		},
	}
	return d
}

// fixtureWithLetter is the fixture with a one-page letter of support (made with fpdf and an embedded font,
// as a partner's PDF would be) attached to partner 3, Metz Métropole.
func fixtureWithLetter() *dossier.Dossier {
	d := fixture()
	p := fpdf.New("P", "mm", "A4", "")
	p.AddUTF8FontFromBytes("Noto", "", notoRegular)
	p.SetCreationDate(fixedNow)
	p.SetModificationDate(fixedNow)
	p.AddPage()
	p.SetFont("Noto", "", 12)
	p.MultiCell(0, 6, "Lettre de soutien — Metz Métropole\n\nMetz Métropole soutient la candidature LORnTECH et met à disposition TCRM-Blida.", "", "L", false)
	var b bytes.Buffer
	if err := p.Output(&b); err != nil {
		panic(err)
	}
	d.Attachments = append(d.Attachments, dossier.Attachment{ID: 500, Name: "lettre-metz.pdf", Kind: "lettre", MIME: "application/pdf", PartnerID: 3, Data: b.Bytes()})
	d.Partners[2].LetterAttachmentID = 500
	return d
}
