package sample

import (
	"fmt"
	"image/color"
	"math/rand/v2"
	"strings"

	"dossierft/internal/dossier"
)

// Sizes of the Large dossier.
const (
	LargeActors   = 5000 // actors in the annuaire
	LargePartners = 40   // partners
	LargeActions  = 10   // actions
	LargeCharges  = 600  // charges over the three budget years (200 a year, 15 of them in-kind mirrors)
	LargeSections = 12   // chapters of about 1 500 words each
)

// largeSeed seeds the PCG generator of Large, so that its output never changes.
const largeSeed1, largeSeed2 = 20150625, 57000

// largeTowns are the towns of Lorraine used by Large, in a fixed order (postcodes from the postcodes table).
var largeTowns = []string{
	"Metz", "Nancy", "Épinal", "Thionville", "Vandœuvre-lès-Nancy", "Villers-lès-Nancy", "Saint-Dié-des-Vosges",
	"Maxéville", "Gondreville", "Yutz", "Golbey", "Lunéville", "Pont-à-Mousson", "Laxou", "Montigny-lès-Metz",
	"Woippy", "Hayange", "Florange", "Sarreguemines", "Forbach", "Saint-Avold", "Toul", "Remiremont", "Gérardmer",
	"Neufchâteau", "Verdun", "Bar-le-Duc", "Briey", "Longwy", "Sarrebourg", "Jarville-la-Malgrange", "Ludres",
}

// townWeights makes the four main towns the most frequent.
var townWeights = []int{18, 16, 8, 8, 4, 3, 3, 2, 1, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1}

var largeNAF = []string{"62.01Z", "62.02A", "62.02B", "62.03Z", "62.09Z", "63.11Z", "63.12Z", "58.21Z", "58.29A",
	"58.29B", "58.29C", "72.19Z", "70.22Z", "73.11Z", "74.10Z", "26.20Z", "85.59A", "94.99Z", "84.11Z", "71.12B"}

var largeCategoryWeights = []struct {
	code   string
	weight int
}{
	{"startup", 30}, {"pme", 28}, {"grande-entreprise", 4}, {"laboratoire", 5}, {"enseignement", 4},
	{"accelerateur", 3}, {"investisseur", 3}, {"association", 10}, {"collectivite", 4}, {"tiers-lieu", 5}, {"autre", 4},
}

var namePrefix = []string{"Lorr", "Mosel", "Meurth", "Vosg", "Stan", "Mirab", "Blid", "Sarr", "Orne", "Fensch",
	"Madon", "Seill", "Chard", "Bresl", "Plan", "Haut", "Côte", "Val", "Pont", "Forêt", "Quetsch", "Grès", "Rhén", "Argonn"}
var nameSuffix = []string{"ia", "ium", "eo", "ix", "tech", "data", "soft", "lab", "net", "éo", "ys", "on", "ance", "ique", "œuvre"}
var nameNoun = []string{"Solutions", "Numérique", "Systèmes", "Logiciels", "Analytics", "Services", "Conseil", "Studio",
	"Robotique", "Santé", "Énergie", "Mobilité", "Données", "Sécurité", "Éducation", "Agritech", "Industrie"}
var nameForm = []string{"SAS", "SARL", "SA", "SASU", ""}

var bandsByCategory = map[string][]string{
	"startup":           {"00", "01", "01", "02", "02", "03", "11"},
	"pme":               {"03", "11", "11", "12", "12", "21", "22"},
	"grande-entreprise": {"31", "32", "41", "42", "51", "52", "53"},
	"laboratoire":       {"11", "12", "21", "22", "NN"},
	"enseignement":      {"12", "21", "22", "31", "41"},
	"accelerateur":      {"01", "02", "03", "11"},
	"investisseur":      {"00", "01", "02", "03"},
	"association":       {"NN", "00", "01", "02"},
	"collectivite":      {"22", "31", "32", "41", "NN"},
	"tiers-lieu":        {"00", "01", "02", "NN"},
	"autre":             {"NN", "01", "03", "11"},
}

var largeTags = []string{"ia", "data", "iot", "santé", "énergie", "fintech", "e-commerce", "industrie 4.0", "jeu vidéo",
	"cybersécurité", "mobilité", "bois", "matériaux", "transfrontalier", "inclusion", "fablab", "cloud", "édition"}

// pick returns an index in [0, len(weights)) drawn with the given weights.
func pick(r *rand.Rand, weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := r.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}

func oneOf[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func largeName(r *rand.Rand) string {
	n := oneOf(r, namePrefix) + oneOf(r, nameSuffix) + " " + oneOf(r, nameNoun)
	if f := oneOf(r, nameForm); f != "" {
		n += " " + f
	}
	return n
}

// Large returns a deterministic synthetic dossier for benchmarks: 5,000 actors over 32 towns of Lorraine and
// every category, 40 partners, 10 actions, exactly 600 charges over 2015–2017 (200 a year), contributions and
// resource lines that balance every year (charges = produits and Σ86 = Σ87), 12 indicators, 12 chapters of
// about 1,500 words each, 10 letters of support (PDF) and 5 logos (PNG). It draws from math/rand/v2's PCG with a
// fixed seed and iterates no map, so every call returns an identical dossier. All rows are fictitious.
func Large() *dossier.Dossier {
	r := rand.New(rand.NewPCG(largeSeed1, largeSeed2))
	d := &dossier.Dossier{
		Territories: []dossier.Territory{}, Totems: []dossier.Totem{}, Partners: []dossier.Partner{},
		Contributions: []dossier.Contribution{}, Actions: []dossier.Action{}, Charges: []dossier.Charge{},
		Resources: []dossier.Resource{}, Indicators: []dossier.Indicator{}, Actors: []dossier.Actor{},
		Sections: []dossier.Section{}, Attachments: []dossier.Attachment{}, History: []dossier.Change{},
	}
	b := &builder{d: d}
	d.Candidature = dossier.Candidature{
		Name: "Grand Sillon Tech (synthétique)", Territory: "Lorraine (dossier synthétique)",
		Summary:     "Dossier synthétique généré pour les mesures de performance : toutes les lignes sont fictives.",
		PorteurName: "Syndicat mixte fictif du Grand Sillon", PorteurLegalForm: "Syndicat mixte",
		PorteurSIREN: fictitiousSIRET(999999)[:9], PorteurSIRET: fictitiousSIRET(999999),
		PorteurAddress: "1 place fictive", PorteurPostcode: "57000", PorteurTown: "Metz",
		RepresentativeName: "Représentant fictif", RepresentativeTitle: "Président",
		ContactName: "Contact fictif", ContactEmail: "contact@grand-sillon.example", ContactPhone: "01 99 00 20 00",
		YearStart: 2015, YearEnd: 2017, Deadline: "2015-06-30", Status: "preparation", Version: "synthétique v1",
	}
	years := d.Candidature.Years()

	for i := 0; i < 6; i++ {
		town := largeTowns[i]
		b.territory(dossier.Territory{Name: "Communauté d'agglomération fictive de " + town, Kind: "epci", Town: town,
			Population: int64(30000 + r.IntN(250000)), PopulationYear: 2014, Source: "synthétique"})
	}
	for i := 0; i < 6; i++ {
		town := largeTowns[i]
		b.totem(dossier.Totem{Name: "Totem numérique de " + town, Town: town, Address: fmt.Sprintf("%d rue fictive, %s %s", 1+r.IntN(120), postcodes[town], town),
			Description: "Lieu totem synthétique.", SurfaceM2: int64(500 + r.IntN(5000)), Opening: fmt.Sprint(2015 + r.IntN(3)), Source: "synthétique"})
	}

	// Attachments: 5 logos, 10 letters.
	palette := []color.RGBA{{0x1f, 0x3a, 0x93, 0xff}, {0x0b, 0x7a, 0x75, 0xff}, {0xc0, 0x39, 0x2b, 0xff}, {0x8e, 0x44, 0xad, 0xff}, {0xd3, 0x54, 0x00, 0xff}}
	initials := []string{"GS", "MT", "LN", "CE", "RS"}
	var logos, letters []int64
	for i := 0; i < 5; i++ {
		logos = append(logos, b.attachment(dossier.Attachment{Name: fmt.Sprintf("logo-%02d.png", i+1), Kind: "logo", MIME: "image/png",
			Data: logoPNG(initials[i], 160, 100, palette[i])}))
	}

	// Partners: the first 30 give cash, the last 10 only in kind or nothing.
	kinds := []string{"collectivite", "epci", "etat", "entreprise", "startup", "enseignement", "laboratoire", "association", "accelerateur", "investisseur", "autre"}
	funderFor := map[string]string{"collectivite": "region", "epci": "epci", "etat": "etat", "entreprise": "prive", "startup": "prive",
		"enseignement": "autres-ep", "laboratoire": "autres-ep", "association": "", "accelerateur": "prive", "investisseur": "prive", "autre": "commune"}
	for i := 0; i < LargePartners; i++ {
		kind := kinds[i%len(kinds)]
		town := largeTowns[pick(r, townWeights)]
		p := dossier.Partner{Name: largeName(r), Kind: kind, FunderType: funderFor[kind], SIRET: fictitiousSIRET(900000 + i), Town: town,
			ContactName: fmt.Sprintf("Contact fictif %d", i+1), ContactEmail: fmt.Sprintf("contact%02d@partenaire.example", i+1),
			Role: []string{"fondateur", "financeur", "soutien"}[i%3], LetterStatus: []string{"aucune", "demandee", "recue"}[r.IntN(3)],
			Fictitious: true, Source: "synthétique"}
		if p.LetterStatus == "recue" {
			p.LetterDate = fmt.Sprintf("2015-%02d-%02d", 1+r.IntN(5), 1+r.IntN(28))
		}
		if i < 5 {
			p.LogoAttachmentID = logos[i]
		}
		id := b.partner(p)
		if i < 5 {
			d.Attachments[logos[i]-1].PartnerID = id
		}
	}
	for i := range d.Partners {
		if len(letters) == 10 {
			break
		}
		p := &d.Partners[i]
		if p.LetterStatus != "recue" {
			continue
		}
		id := b.attachment(dossier.Attachment{Name: fmt.Sprintf("lettre-soutien-%02d.pdf", p.ID), Kind: "lettre", MIME: "application/pdf", PartnerID: p.ID,
			Data: letterPDF(p.Name, p.Town, "Signature fictive", "15 mars 2015", []string{"Lettre de soutien synthétique générée pour les mesures de performance."})})
		p.LetterAttachmentID = id
		letters = append(letters, id)
	}

	axes := []string{"acceleration", "attractivite", "international", "lieu-totem", "animation", "inclusion", "competences", "autre", "acceleration", "animation"}
	for i := 0; i < LargeActions; i++ {
		b.action(dossier.Action{Code: fmt.Sprintf("A%d", i+1), Title: "Action synthétique " + strings.ToLower(oneOf(r, nameNoun)),
			Axis: axes[i], LeadPartnerID: int64(1 + r.IntN(LargePartners)), StartDate: "2015-01-01", EndDate: "2017-12-31",
			Description: sentence(r) + " " + sentence(r)})
	}

	chargeAccounts := []string{"604", "606", "6068", "613", "615", "616", "618", "622", "623", "625", "628", "631", "635", "641", "645", "647", "65", "66", "67", "68"}
	statuses := []string{"acquis", "sollicite", "previsionnel"}
	inKindTypes := []string{"locaux", "personnel", "prestations"}
	const inKindPerYear = 15
	for _, y := range years {
		// In-kind contributions from partners 31..40 and their 86x mirrors.
		for k := 0; k < inKindPerYear; k++ {
			pid := int64(31 + r.IntN(10))
			t := inKindTypes[r.IntN(3)]
			amt := dossier.Cents(r.IntN(2000000) + 100000) // 1 000 € – 21 000 €, with cents
			act := int64(1 + r.IntN(LargeActions))
			b.contribution(dossier.Contribution{PartnerID: pid, ActionID: act, Year: y, Nature: dossier.NatureInKind, InKindType: t,
				Account: dossier.DefaultContributionAccount(dossier.NatureInKind, t, ""), Label: "Contribution en nature synthétique (" + t + ")",
				Amount: amt, Status: statuses[r.IntN(3)]})
			b.charge(dossier.Charge{ActionID: act, Account: inKindChargeAccount(t), Year: y, Label: "Contrepartie en nature (" + t + ")", Amount: amt})
		}
		var total dossier.Cents
		for k := 0; k < LargeCharges/len(years)-inKindPerYear; k++ {
			amt := dossier.Cents(r.IntN(5000000) + 5000) // 50 € – 50 050 €
			total += amt
			b.charge(dossier.Charge{ActionID: int64(r.IntN(LargeActions + 1)), Account: oneOf(r, chargeAccounts), Year: y,
				Label: "Dépense synthétique " + strings.ToLower(oneOf(r, nameNoun)), Amount: amt})
		}
		// Cash produits: one contribution per cash partner (1..30) and 6 resource lines, weighted, the last line taking
		// the rounding remainder so that produits = charges exactly.
		type line struct {
			partner int64
			account string
			w       int64
		}
		var lines []line
		for pid := int64(1); pid <= 30; pid++ {
			p := d.Partners[pid-1]
			lines = append(lines, line{pid, dossier.DefaultContributionAccount(dossier.NatureCash, "", p.FunderType), int64(1 + r.IntN(100))})
		}
		for _, acc := range []string{"70", "70", "74-ue", "74-ue", "75", "76"} {
			lines = append(lines, line{0, acc, int64(1 + r.IntN(60))})
		}
		var wsum int64
		for _, l := range lines {
			wsum += l.w
		}
		var given dossier.Cents
		for i, l := range lines {
			amt := dossier.Cents(int64(total) * l.w / wsum)
			if i == len(lines)-1 {
				amt = total - given
			}
			given += amt
			act := int64(r.IntN(LargeActions + 1))
			st := statuses[r.IntN(3)]
			if l.partner != 0 {
				b.contribution(dossier.Contribution{PartnerID: l.partner, ActionID: act, Year: y, Nature: dossier.NatureCash,
					Account: l.account, Label: "Contribution synthétique", Amount: amt, Status: st})
			} else {
				b.resource(dossier.Resource{ActionID: act, Account: l.account, Funder: "Financeur synthétique " + l.account, Year: y,
					Label: "Ressource synthétique", Amount: amt, Status: st})
			}
		}
	}

	for i := 0; i < 12; i++ {
		base := float64(100 + r.IntN(10000))
		b.indicator(dossier.Indicator{Name: fmt.Sprintf("Indicateur synthétique %d", i+1), Unit: oneOf(r, []string{"entreprises", "emplois", "start-ups", "M€", "visiteurs"}),
			BaselineValue: base, BaselineYear: 2014, BaselineSource: "synthétique",
			Targets: []dossier.IndicatorTarget{{Year: 2015, Value: base * 1.1}, {Year: 2016, Value: base * 1.25}, {Year: 2017, Value: base * 1.5}}})
	}

	catWeights := make([]int, len(largeCategoryWeights))
	for i, c := range largeCategoryWeights {
		catWeights[i] = c.weight
	}
	for i := 0; i < LargeActors; i++ {
		// The first 11 × 4 actors cover every category in each of the four main towns.
		var cat, town string
		if i < len(largeCategoryWeights)*4 {
			cat, town = largeCategoryWeights[i/4].code, largeTowns[i%4]
		} else {
			cat, town = largeCategoryWeights[pick(r, catWeights)].code, largeTowns[pick(r, townWeights)]
		}
		a := dossier.Actor{Name: largeName(r), Category: cat, SIRET: fictitiousSIRET(10000 + i), NAF: oneOf(r, largeNAF), Town: town,
			Postcode: postcodes[town], HeadcountBand: oneOf(r, bandsByCategory[cat]), CreationYear: 1980 + r.IntN(38),
			Description: sentence(r), Tags: []string{oneOf(r, largeTags)}, Origin: "synthétique", Fictitious: true}
		if r.IntN(3) == 0 {
			a.Tags = append(a.Tags, oneOf(r, largeTags))
		}
		if cat == "startup" && r.IntN(2) == 0 {
			a.FundsRaised = dossier.Cents(r.IntN(300000000))
		}
		if r.IntN(4) != 0 {
			a.Website = fmt.Sprintf("https://acteur-%04d.example", i+1)
		}
		if r.IntN(20) == 0 { // some rows without SIRET, as in real imports
			a.SIRET = ""
		}
		b.actor(a)
	}

	statusesS := []string{"a-rediger", "en-cours", "a-relire", "valide"}
	for i := 0; i < LargeSections; i++ {
		body := chapter(r, 1500)
		b.section(dossier.Section{Key: fmt.Sprintf("chapitre-%02d", i+1), Title: fmt.Sprintf("Chapitre %d — %s", i+1, strings.ToLower(oneOf(r, nameNoun))),
			Body: body, MaxChars: 16000, Status: statusesS[i%4], OwnerPartnerID: int64(1 + r.IntN(LargePartners))})
	}
	return d
}
