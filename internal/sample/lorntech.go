package sample

import (
	"bytes"
	"image/color"
	"sync"

	"dossierft/internal/dossier"
)

// Sources cited by the LORnTECH sample (shared/reference/domain.md §4 gives each one).
const (
	srcSeed        = "Metz Magazine, « Dossier : le gisement numérique », 5 février 2015 (document source)"
	srcPoleMetro   = "banquedesterritoires.fr « Pôles métropolitains : le Sillon lorrain en pôle position » ; correspondances.fr"
	srcPopEPCI     = "espaces-transfrontaliers.org (millésime non précisé par la source)"
	srcPaperjam    = "paperjam.lu, « Lorntech ouvre sa troisième pépinière » (2015)"
	srcBlida       = "paperjam.lu (2015) ; blog.mosl.fr ; correspondances.fr"
	srcThionville  = "lestrademensuel.fr (sites Totem) ; blog.mosl.fr"
	srcActu88      = "actu88.fr (octobre 2014)"
	srcTribune     = "La Tribune, 16/09/2014"
	srcInria       = "inria.fr, « Nous sommes LORnTECH », 25/06/2015"
	srcEstrade     = "lestrademensuel.fr (LORnTECH Stimulateur / Accélérateur / Compétences / sites Totem, 2015)"
	srcGEN         = "tout-metz.com ; metz.fr (2015) ; correspondances.fr ; paperjam.lu"
	srcIncubateur  = "tracesecritesnews.fr ; lagazettefrance ; factuel.univ-lorraine.fr"
	srcUsineDig    = "usine-digitale.fr, « Tour de France de la French Tech : Lorraine »"
	srcDomainNote  = "domain.md §4.4"
	noteAmounts    = "Montants de contribution fictifs : plan de financement illustratif de l'exemple."
	noteContact    = "Contact fictif (adresse en .example, numéro de la plage 01 99 00 réservée à la fiction)."
	fictitiousNote = "Partenaire fictif créé pour l'exemple ; SIRET fictif (clé de Luhn valide, plage 00…)."
)

// LORnTECH returns the LORnTECH sample dossier (Sillon lorrain, 2015–2017): the candidature carried by the
// Pôle métropolitain européen du Sillon lorrain, its four member EPCIs, four lieux totem, 22 partners, 8 actions,
// a budget over 2015–2017 that balances every year (charges = produits and Σ86 = Σ87), 9 indicators, about 90
// actors, 10 chapters in French Markdown and 6 attachments (3 letters of support as PDF, 3 PNG logos).
// Sourced figures carry their source; invented rows are Fictitious and amounts are illustrative (said in the
// « Plan de financement » chapter). Every call returns a new, identical dossier.
func LORnTECH() *dossier.Dossier {
	d := &dossier.Dossier{
		Territories: []dossier.Territory{}, Totems: []dossier.Totem{}, Partners: []dossier.Partner{},
		Contributions: []dossier.Contribution{}, Actions: []dossier.Action{}, Charges: []dossier.Charge{},
		Resources: []dossier.Resource{}, Indicators: []dossier.Indicator{}, Actors: []dossier.Actor{},
		Sections: []dossier.Section{}, Attachments: []dossier.Attachment{}, History: []dossier.Change{},
	}
	b := &builder{d: d}
	d.Candidature = dossier.Candidature{
		Name:      "LORnTECH",
		Territory: "Sillon lorrain",
		Summary: "LORnTECH est la candidature collective du Sillon lorrain — Épinal, Metz, Nancy et Thionville — au label " +
			"« Métropole French Tech ». Autour d'environ 2 000 entreprises numériques, de 10 400 emplois du secteur et de " +
			"80 000 étudiants, elle fédère collectivités, université, laboratoires, entrepreneurs et associations dans un " +
			"réseau de lieux totem (TCRM-Blida à Metz, Pôle Renaissance à Nancy, quartier de la gare à Épinal, pôle " +
			"numérique de Thionville) et trois programmes : LORnTECH Stimulateur, LORnTECH Accélérateur et LORnTECH Compétences.",
		PorteurName:         "Pôle métropolitain européen du Sillon lorrain",
		PorteurLegalForm:    "Syndicat mixte (pôle métropolitain)",
		PorteurSIREN:        "200030989",
		PorteurSIRET:        "", // not sourced (domain.md §3.3 gives the SIREN only)
		PorteurAddress:      "",
		PorteurPostcode:     "54000",
		PorteurTown:         "Nancy",
		RepresentativeName:  "Michel Heinrich",
		RepresentativeTitle: "Président",
		ContactName:         "Claire Thiébaut (contact fictif)",
		ContactEmail:        "contact@lorntech.example",
		ContactPhone:        "01 99 00 15 15",
		YearStart:           2015,
		YearEnd:             2017,
		Deadline:            "2015-04-17",
		Status:              "co-construction",
		Version:             "v4 — avril 2015",
	}

	// Member territories (domain.md §4.1).
	b.territory(dossier.Territory{Name: "Métropole du Grand Nancy", Kind: "epci", Town: "Nancy",
		Population: 263691, Source: srcPopEPCI + " : 20 communes, 263 691 hab. ; communauté urbaine du Grand Nancy en 2015"})
	b.territory(dossier.Territory{Name: "Metz Métropole", Kind: "epci", Town: "Metz",
		Population: 227440, Source: srcPopEPCI + " : 40 communes, 227 440 hab."})
	b.territory(dossier.Territory{Name: "Communauté d'agglomération Portes de France-Thionville", Kind: "epci", Town: "Thionville",
		Population: 80084, Source: srcPopEPCI + " : 13 communes, 80 084 hab."})
	b.territory(dossier.Territory{Name: "Communauté d'agglomération d'Épinal", Kind: "epci", Town: "Épinal",
		Population: 44043, Source: srcPopEPCI + " : périmètre Épinal-Golbey, 2 communes, 44 043 hab."})

	// Lieux totem (domain.md §4.3).
	b.totem(dossier.Totem{Name: "TCRM-Blida", Town: "Metz", Address: "7 avenue de Blida, 57000 Metz",
		Description: "Ancien dépôt de bus des TCRM ouvert aux artistes lors de la Nuit Blanche du 5 octobre 2013, lieu totem " +
			"messin de LORnTECH : FabLab, espace de coworking « le Poulailler », pôle jeu vidéo, laboratoire de l'Université de " +
			"Lorraine, une centaine de résidents. « Porteurs de projet et startups y trouveront l'infrastructure et les services » " +
			"(document source). Surfaces du site divergentes selon les sources (16 000 à 28 000 m²) : non reprises.",
		Opening: "2015", Source: srcBlida + " ; " + srcSeed})
	b.totem(dossier.Totem{Name: "Pôle Renaissance (Technopôle Renaissance)", Town: "Nancy",
		Description: "Lieu totem nancéien ouvert en 2015 ; site des auditions du 17 avril 2015 avec le campus Artem. " +
			"Un nouveau Totem de 2 500 à 2 700 m² est ensuite prévu aux Rives de Meurthe (livré en 2020 selon lejournaldesentreprises).",
		Opening: "2015", Source: srcPaperjam + " ; techtic-co.eu (19/04/2015)"})
	b.totem(dossier.Totem{Name: "Centre d'affaires du quartier de la gare", Town: "Épinal",
		Description: "Centre d'affaires spinalien ouvert en 2015, premier des lieux totem du réseau LORnTECH dans les Vosges.",
		Opening:     "2015", Source: srcPaperjam})
	b.totem(dossier.Totem{Name: "Pôle numérique « bâtiment Gare » (3ème Lieu)", Town: "Thionville", Address: "Chemin des Bains, 57100 Thionville",
		Description: "Pôle numérique voté le 15 septembre 2014 : démolition-reconstruction estimée à 2,8–2,9 M€, travaux à " +
			"partir de 2018 ; FabLab ThiLab animé par TechTic & Co.",
		Opening: "annoncé (vote du 15 septembre 2014)", Source: srcThionville})

	// Attachments: logos and letters of support (fictitious documents, generated here).
	files := lorntechFiles()
	att := func(name, kind, mime string) int64 {
		return b.attachment(dossier.Attachment{Name: name, Kind: kind, MIME: mime, Data: bytes.Clone(files[name])})
	}
	logoLT := att("logo-lorntech.png", "logo", "image/png")
	logoSL := att("logo-sillon-lorrain.png", "logo", "image/png")
	logoGEN := att("logo-grand-est-numerique.png", "logo", "image/png")
	letterMetz := att("lettre-soutien-metz-metropole.pdf", "lettre", "application/pdf")
	letterRegion := att("lettre-soutien-region-lorraine.pdf", "lettre", "application/pdf")
	letterGEN := att("lettre-soutien-grand-est-numerique.pdf", "lettre", "application/pdf")

	// Partners.
	pSillon := b.partner(dossier.Partner{Name: "Pôle métropolitain européen du Sillon lorrain", Kind: "collectivite", Town: "Nancy",
		Role: "fondateur", LogoAttachmentID: logoSL, LetterStatus: "aucune",
		ContactName: "Secrétariat général (contact fictif)", ContactEmail: "secretariat@sillon-lorrain.example", ContactPhone: "01 99 00 15 01",
		Source: srcPoleMetro, Notes: "Structure porteuse. SIREN 200030989 (domain.md §3.3) ; SIRET non sourcé, laissé vide. " + noteContact})
	pMetz := b.partner(dossier.Partner{Name: "Metz Métropole", Kind: "epci", FunderType: "epci", Town: "Metz", Role: "fondateur",
		LetterStatus: "recue", LetterDate: "2014-10-20", LetterAttachmentID: letterMetz,
		ContactName: "Direction du développement économique (contact fictif)", ContactEmail: "numerique@metzmetropole.example", ContactPhone: "01 99 00 15 02",
		Source: srcPoleMetro + " ; " + srcSeed, Notes: noteAmounts + " " + noteContact})
	pNancy := b.partner(dossier.Partner{Name: "Métropole du Grand Nancy", Kind: "epci", FunderType: "epci", Town: "Nancy", Role: "fondateur",
		LetterStatus: "recue", LetterDate: "2014-10-24",
		ContactName: "Mission innovation (contact fictif)", ContactEmail: "innovation@grandnancy.example", ContactPhone: "01 99 00 15 03",
		Source: srcPoleMetro, Notes: "Communauté urbaine du Grand Nancy en 2015. " + noteAmounts + " " + noteContact})
	pThionville := b.partner(dossier.Partner{Name: "Communauté d'agglomération Portes de France-Thionville", Kind: "epci", FunderType: "epci",
		Town: "Thionville", Role: "fondateur", LetterStatus: "recue", LetterDate: "2014-10-28",
		ContactName: "Service économie numérique (contact fictif)", ContactEmail: "numerique@portesdefrance.example",
		Source: srcPoleMetro, Notes: noteAmounts + " " + noteContact})
	pEpinal := b.partner(dossier.Partner{Name: "Communauté d'agglomération d'Épinal", Kind: "epci", FunderType: "epci", Town: "Épinal",
		Role: "fondateur", LetterStatus: "demandee",
		ContactName: "Pôle attractivité (contact fictif)", ContactEmail: "attractivite@agglo-epinal.example",
		Source: srcPoleMetro, Notes: noteAmounts + " " + noteContact})
	pRegion := b.partner(dossier.Partner{Name: "Région Lorraine", Kind: "collectivite", FunderType: "region", Town: "Metz", Role: "financeur",
		LetterStatus: "recue", LetterDate: "2014-11-05", LetterAttachmentID: letterRegion,
		ContactName: "Direction de l'innovation (contact fictif)", ContactEmail: "innovation@region-lorraine.example",
		Source: "domain.md §1.2 (avis du conseil régional)", Notes: "Financeur d'équilibre du plan : montants fictifs, calculés pour équilibrer chaque année. " + noteContact})
	pCDC := b.partner(dossier.Partner{Name: "Caisse des Dépôts", Kind: "etat", FunderType: "autres-ep", Town: "Paris", Role: "financeur",
		LetterStatus: "demandee", Source: "domain.md §4.1 (auditions du 17/04/2015 : Mission, CDC, Bpifrance, DGE)", Notes: noteAmounts})
	pBpi := b.partner(dossier.Partner{Name: "Bpifrance", Kind: "etat", FunderType: "etat", Town: "Nancy", Role: "financeur",
		LetterStatus: "demandee", Source: "domain.md §1.1 et §4.1", Notes: "Ville de la délégation non sourcée. " + noteAmounts})
	pUL := b.partner(dossier.Partner{Name: "Université de Lorraine", Kind: "enseignement", FunderType: "autres-ep", Town: "Nancy", Role: "fondateur",
		LetterStatus: "recue", LetterDate: "2015-01-15",
		ContactName: "Vice-présidence partenariats (contact fictif)", ContactEmail: "partenariats@univ-lorraine.example",
		Source: srcDomainNote + " ; correspondances.fr (60 000 étudiants)", Notes: noteAmounts + " " + noteContact})
	pInria := b.partner(dossier.Partner{Name: "Inria Nancy – Grand Est", Kind: "laboratoire", Town: "Villers-lès-Nancy", Role: "soutien",
		LetterStatus: "recue", LetterDate: "2015-02-03", Source: srcInria, Notes: "Contribution en nature fictive (expertise). "})
	pLORIA := b.partner(dossier.Partner{Name: "LORIA (UMR 7503 CNRS – Inria – Université de Lorraine)", Kind: "laboratoire", Town: "Vandœuvre-lès-Nancy",
		Role: "soutien", LetterStatus: "demandee", Source: srcDomainNote})
	pGEN := b.partner(dossier.Partner{Name: "Grand Est Numérique", Kind: "association", Town: "Metz", Role: "fondateur",
		LogoAttachmentID: logoGEN, LetterStatus: "recue", LetterDate: "2015-02-02", LetterAttachmentID: letterGEN,
		ContactName: "Frédéric Schnur (président)", ContactEmail: "contact@grandestnumerique.example",
		Source: srcGEN + " ; " + srcSeed, Notes: "Président cité par domain.md §4.1 ; adresse e-mail fictive. Contributions en nature fictives."})
	pTB := b.partner(dossier.Partner{Name: "Tous branchés", Kind: "association", Town: "Metz", Role: "soutien",
		LetterStatus: "recue", LetterDate: "2015-02-10",
		ContactName: "Bureau de l'association (contact fictif)", ContactEmail: "bonjour@tousbranches.example",
		Source: srcSeed, Notes: "Association messine de réduction de la fracture numérique, citée par le document source (aucune autre source). " + noteContact})
	pIncub := b.partner(dossier.Partner{Name: "Incubateur Lorrain", Kind: "accelerateur", Town: "Nancy", Role: "soutien",
		LetterStatus: "recue", LetterDate: "2015-01-20", Source: srcIncubateur})
	pPaddock := b.partner(dossier.Partner{Name: "Le Paddock (accélérateur A-Venture)", Kind: "accelerateur", Town: "Nancy", Role: "soutien",
		LetterStatus: "demandee", Source: "lejournaldesentreprises ; correspondances.fr (domain.md §4.3)"})
	pPharmagest := b.partner(dossier.Partner{Name: "Pharmagest Interactive", Kind: "entreprise", FunderType: "prive", Town: "Nancy", Role: "financeur",
		LetterStatus: "recue", LetterDate: "2015-03-02", Source: srcUsineDig + " ; La Tribune 2014", Notes: noteAmounts})
	pAdista := b.partner(dossier.Partner{Name: "Adista", Kind: "entreprise", FunderType: "prive", Role: "financeur",
		LetterStatus: "demandee", Source: "domain.md §4.1 (G. Caumont/Adista, délégation à Bercy du 11/02/2015)",
		Notes: "Ville du siège non sourcée. " + noteAmounts})
	pTechnopoles := b.partner(dossier.Partner{Name: "Metz Techno'pôles (SEM)", Kind: "autre", Town: "Metz", Role: "soutien",
		LetterStatus: "aucune", Source: "lesepl.fr ; correspondances.fr (domain.md §4.3)", Notes: "Contribution en nature fictive."})
	pILP := b.partner(dossier.Partner{Name: "ILP – Institut Lorrain de Participations", Kind: "investisseur", Role: "soutien",
		LetterStatus: "demandee", Source: "alliancy.fr (Fonds de Capital Risque Numérique, 10 M€)"})
	pSeed := b.partner(dossier.Partner{Name: "Seed 4 Start", Kind: "association", Role: "soutien", LetterStatus: "aucune",
		Source: "La Tribune 2014 ; paperjam.lu (domain.md §4.4)", Notes: "Forum transfrontalier du capital-risque ; siège non sourcé."})
	pMirabelle := b.partner(dossier.Partner{Name: "Mirabelle Analytics SAS", Kind: "startup", SIRET: fictitiousSIRET(101), Town: "Metz", Role: "soutien",
		LetterStatus: "recue", LetterDate: "2015-03-12", Fictitious: true,
		ContactName: "Léa Marchal (fictive)", ContactEmail: "lea.marchal@mirabelle-analytics.example", ContactPhone: "01 99 00 15 20",
		Source: "exemple", Notes: fictitiousNote})
	pVosges := b.partner(dossier.Partner{Name: "Vosges Immersive SAS", Kind: "startup", SIRET: fictitiousSIRET(102), Town: "Épinal", Role: "soutien",
		LetterStatus: "demandee", Fictitious: true,
		ContactName: "Hugo Perrin (fictif)", ContactEmail: "hugo@vosges-immersive.example",
		Source: "exemple", Notes: fictitiousNote})
	_ = pLORIA
	_ = pILP
	_ = pSeed
	d.Attachments[logoSL-1].PartnerID = pSillon
	d.Attachments[logoGEN-1].PartnerID = pGEN
	d.Attachments[letterMetz-1].PartnerID = pMetz
	d.Attachments[letterRegion-1].PartnerID = pRegion
	d.Attachments[letterGEN-1].PartnerID = pGEN
	_ = logoLT

	// Actions (domain.md §4.4 for the programme names).
	aStim := b.action(dossier.Action{Code: "A1", Title: "LORnTECH Stimulateur : détection et émergence des projets", Axis: "acceleration",
		LeadPartnerID: pIncub, StartDate: "2015-07-01", EndDate: "2017-12-31",
		Description: "Repérer les idées et les porteurs de projets numériques dans les écoles, les laboratoires et les entreprises du " +
			"Sillon lorrain : ateliers de détection, week-ends de création, appels à projets, orientation vers l'Incubateur Lorrain " +
			"et PeeL. Source du nom du programme : " + srcEstrade + "."})
	aAccel := b.action(dossier.Action{Code: "A2", Title: "LORnTECH Accélérateur : programmes d'accélération « hors sol »", Axis: "acceleration",
		LeadPartnerID: pPaddock, StartDate: "2015-09-01", EndDate: "2017-12-31",
		Description: "Programmes d'accélération menés dans tous les espaces LORnTECH selon quatre axes : valorisation des talents, " +
			"focus marché, internationalisation, numérique pour toutes les entreprises. Cohortes semestrielles, mentorat par des " +
			"dirigeants (Pharmagest, Adista…), mise en relation avec les investisseurs (ILP, Seed 4 Start)."})
	aComp := b.action(dossier.Action{Code: "A3", Title: "LORnTECH Compétences : formation et recherche", Axis: "competences",
		LeadPartnerID: pUL, StartDate: "2015-09-01", EndDate: "2017-08-31",
		Description: "Adapter l'offre de formation aux besoins des entreprises numériques (objectif : +15 % d'étudiants dans les " +
			"formations spécialisées, actu88.fr), formations courtes au code et à la donnée, projets tutorés avec les start-ups, " +
			"lien avec LORIA et Inria Nancy – Grand Est."})
	aTotem := b.action(dossier.Action{Code: "A4", Title: "Réseau des lieux totem", Axis: "lieu-totem",
		LeadPartnerID: pMetz, StartDate: "2015-01-01", EndDate: "2017-12-31",
		Description: "Une charte commune de services pour les lieux totem — coworking, salles de réunion, « bureau des associations », " +
			"espaces de démonstration, bureaux privatifs, loyers adaptés — et une équipe d'animation en réseau : TCRM-Blida (Metz), " +
			"Pôle Renaissance (Nancy), centre d'affaires du quartier de la gare (Épinal), pôle numérique de Thionville."})
	aIntl := b.action(dossier.Action{Code: "A5", Title: "International et transfrontalier : Luxembourg, Sarre, Seed 4 Start", Axis: "international",
		LeadPartnerID: pThionville, StartDate: "2015-10-01", EndDate: "2017-12-31",
		Description: "Tirer parti des quelque 40 000 travailleurs frontaliers et de la proximité du Luxembourg : présence au forum " +
			"transfrontalier Seed 4 Start, missions communes avec les acteurs luxembourgeois et sarrois, accueil de délégations."})
	aIncl := b.action(dossier.Action{Code: "A6", Title: "Inclusion numérique avec Tous branchés", Axis: "inclusion",
		LeadPartnerID: pTB, StartDate: "2015-09-01", EndDate: "2017-12-31",
		Description: "Ateliers de médiation numérique dans les quartiers et les lieux totem, prêt et don de matériel reconditionné, " +
			"accompagnement des associations : « réduire la fracture numérique » (document source)."})
	aGEN := b.action(dossier.Action{Code: "A7", Title: "Animation de l'écosystème : #GEN par Grand Est Numérique", Axis: "animation",
		LeadPartnerID: pGEN, StartDate: "2015-01-01", EndDate: "2017-12-31",
		Description: "Organisation annuelle de #GEN (première édition le 15 octobre 2013 au Cescom de Metz, 3 000 à 3 300 visiteurs), " +
			"rencontres mensuelles des entrepreneurs, relais des événements de Nancy Numérique et des FabLabs."})
	aCoord := b.action(dossier.Action{Code: "A8", Title: "Coordination, communication et rayonnement de LORnTECH", Axis: "attractivite",
		LeadPartnerID: pSillon, StartDate: "2015-01-01", EndDate: "2017-12-31",
		Description: "Équipe d'animation dédiée (deux équivalents temps plein), marque et site LORnTECH, participation au réseau " +
			"national French Tech (réunions mensuelles, séminaires), suivi des indicateurs et des engagements à un an."})
	_ = aStim

	buildLORnTECHBudget(b, budgetRefs{
		stim: aStim, accel: aAccel, comp: aComp, totem: aTotem, intl: aIntl, incl: aIncl, gen: aGEN, coord: aCoord,
		metz: pMetz, nancy: pNancy, thionville: pThionville, epinal: pEpinal, region: pRegion, cdc: pCDC, bpi: pBpi,
		ul: pUL, inria: pInria, gen2: pGEN, tb: pTB, pharmagest: pPharmagest, adista: pAdista, technopoles: pTechnopoles,
		mirabelle: pMirabelle, vosges: pVosges,
	})
	buildLORnTECHIndicators(b)
	buildLORnTECHActors(b)
	buildLORnTECHSections(b, sectionOwners{
		sillon: pSillon, metz: pMetz, nancy: pNancy, ul: pUL, gen: pGEN, tb: pTB, thionville: pThionville, region: pRegion,
	})
	return d
}

// budgetRefs carries the IDs the LORnTECH budget refers to.
type budgetRefs struct {
	stim, accel, comp, totem, intl, incl, gen, coord                       int64
	metz, nancy, thionville, epinal, region, cdc, bpi, ul, inria, gen2, tb int64
	pharmagest, adista, technopoles, mirabelle, vosges                     int64
}

// yearFactor is the share of a full year's running costs budgeted per year, per mille: 2015 starts mid-year
// (label expected in June 2015), 2017 includes 3.5 % growth. It makes cents appear in the charges.
var yearFactor = map[int]int64{2015: 550, 2016: 1000, 2017: 1035}

// buildLORnTECHBudget adds charges, contributions and resource lines for 2015–2017. All amounts are illustrative;
// the Région Lorraine contribution is computed last so that every year balances, and every in-kind produits
// line gets its mirror 86x charge.
func buildLORnTECHBudget(b *builder, r budgetRefs) {
	type chargeSpec struct {
		action  int64
		account string
		label   string
		base    dossier.Cents // full-year amount
	}
	specs := []chargeSpec{
		{r.coord, "641", "Rémunération de l'équipe d'animation (2 ETP)", eur(84000)},
		{r.coord, "645", "Charges sociales de l'équipe d'animation", eur(37800)},
		{r.coord, "631", "Taxe sur les salaires", eur(3100)},
		{r.coord, "623", "Marque LORnTECH, site web et supports de communication", eur(28000)},
		{r.coord, "625", "Déplacements au réseau French Tech (réunions mensuelles, séminaires)", eur(6500)},
		{r.coord, "622", "Honoraires : expert-comptable et commissaire aux comptes", eur(4800)},
		{r.coord, "616", "Assurance responsabilité civile des manifestations", 125040},
		{r.coord, "628", "Services bancaires", eur(180)},
		{r.coord, "65", "Cotisations aux réseaux partenaires", eur(1000)},
		{r.coord, "66", "Frais financiers sur avances de trésorerie", 32055},
		{r.stim, "604", "Ateliers de détection et week-ends de création", eur(45000)},
		{r.stim, "622", "Honoraires des mentors et experts", eur(18000)},
		{r.stim, "625", "Déplacements dans les écoles et laboratoires", eur(3200)},
		{r.stim, "606", "Fournitures des ateliers", eur(2400)},
		{r.accel, "604", "Programme d'accélération : deux cohortes par an", eur(120000)},
		{r.accel, "622", "Experts marché, juridique et levée de fonds", eur(36000)},
		{r.accel, "625", "Déplacements des start-ups (salons, investisseurs)", eur(8000)},
		{r.accel, "613", "Location de salles pour les demo days", eur(6000)},
		{r.comp, "604", "Formations courtes : code, données, cybersécurité", eur(40000)},
		{r.comp, "641", "Chargé de mission LORnTECH Compétences", eur(32000)},
		{r.comp, "645", "Charges sociales du chargé de mission", eur(14400)},
		{r.comp, "618", "Documentation et ressources pédagogiques", eur(1500)},
		{r.totem, "613", "Locations : centre d'affaires d'Épinal et locaux provisoires de Thionville", eur(48000)},
		{r.totem, "615", "Entretien et réparation des espaces partagés", eur(9500)},
		{r.totem, "606", "Équipement des FabLabs", eur(15000)},
		{r.totem, "6068", "Petites fournitures des espaces de coworking", eur(3000)},
		{r.totem, "68", "Dotation aux amortissements du mobilier", eur(12000)},
		{r.intl, "625", "Missions au Luxembourg et en Sarre, accueil de délégations", eur(22000)},
		{r.intl, "623", "Stand Seed 4 Start et supports en anglais et en allemand", eur(15000)},
		{r.intl, "622", "Traduction et interprétariat", eur(7500)},
		{r.incl, "604", "Ateliers de médiation numérique", eur(18000)},
		{r.incl, "606", "Matériel informatique reconditionné", eur(6500)},
		{r.incl, "641", "Médiateur numérique", eur(22000)},
		{r.incl, "645", "Charges sociales du médiateur", eur(9900)},
		{r.gen, "613", "Location du lieu de l'événement #GEN", eur(25000)},
		{r.gen, "604", "Prestations techniques et restauration #GEN", eur(32000)},
		{r.gen, "623", "Communication #GEN", eur(12000)},
		{r.gen, "625", "Déplacements des intervenants", eur(6000)},
	}
	years := []int{2015, 2016, 2017}
	for _, y := range years {
		for _, s := range specs {
			b.charge(dossier.Charge{ActionID: s.action, Account: s.account, Year: y, Label: s.label, Amount: scale(s.base, yearFactor[y])})
		}
	}

	// Contributions: [2015, 2016, 2017] amounts in euros, statuses per year.
	type contribSpec struct {
		partner    int64
		action     int64
		nature     string
		inKindType string
		funderType string
		label      string
		amounts    [3]dossier.Cents
		statuses   [3]string
	}
	acq, sol, prev := "acquis", "sollicite", "previsionnel"
	cash, nat := dossier.NatureCash, dossier.NatureInKind
	cs := []contribSpec{
		{r.metz, r.totem, cash, "", "epci", "Fonctionnement du réseau des lieux totem", [3]dossier.Cents{eur(40000), eur(80000), eur(80000)}, [3]string{acq, acq, prev}},
		{r.metz, r.coord, cash, "", "epci", "Participation à l'équipe d'animation", [3]dossier.Cents{eur(25000), eur(50000), eur(50000)}, [3]string{acq, acq, prev}},
		{r.metz, r.totem, nat, "locaux", "", "Mise à disposition de locaux à TCRM-Blida", [3]dossier.Cents{eur(24000), eur(48000), eur(48000)}, [3]string{acq, acq, prev}},
		{r.nancy, r.totem, cash, "", "epci", "Fonctionnement du réseau des lieux totem", [3]dossier.Cents{eur(35000), eur(70000), eur(70000)}, [3]string{acq, sol, prev}},
		{r.nancy, r.coord, cash, "", "epci", "Participation à l'équipe d'animation", [3]dossier.Cents{eur(25000), eur(50000), eur(50000)}, [3]string{acq, sol, prev}},
		{r.nancy, r.totem, nat, "locaux", "", "Mise à disposition de locaux au Pôle Renaissance", [3]dossier.Cents{eur(15000), eur(30000), eur(30000)}, [3]string{acq, sol, prev}},
		{r.thionville, r.intl, cash, "", "epci", "Actions transfrontalières", [3]dossier.Cents{eur(10000), eur(20000), eur(20000)}, [3]string{acq, sol, prev}},
		{r.thionville, r.coord, cash, "", "epci", "Participation à l'équipe d'animation", [3]dossier.Cents{eur(12500), eur(25000), eur(25000)}, [3]string{acq, sol, prev}},
		{r.epinal, r.totem, cash, "", "epci", "Centre d'affaires du quartier de la gare", [3]dossier.Cents{eur(10000), eur(20000), eur(20000)}, [3]string{sol, sol, prev}},
		{r.epinal, r.coord, cash, "", "epci", "Participation à l'équipe d'animation", [3]dossier.Cents{eur(12500), eur(25000), eur(25000)}, [3]string{sol, sol, prev}},
		{r.cdc, r.totem, cash, "", "autres-ep", "Ingénierie des lieux totem", [3]dossier.Cents{eur(15000), eur(20000), 0}, [3]string{sol, sol, ""}},
		{r.bpi, r.accel, cash, "", "etat", "Soutien au programme d'accélération", [3]dossier.Cents{0, eur(40000), eur(50000)}, [3]string{"", sol, prev}},
		{r.ul, r.comp, cash, "", "autres-ep", "Formations courtes LORnTECH Compétences", [3]dossier.Cents{eur(10000), eur(20000), eur(20000)}, [3]string{acq, acq, prev}},
		{r.ul, r.comp, nat, "personnel", "", "Enseignants-chercheurs mis à disposition", [3]dossier.Cents{eur(18500), eur(37000), eur(37000)}, [3]string{acq, acq, prev}},
		{r.inria, r.stim, nat, "prestations", "", "Expertise scientifique pour la détection de projets", [3]dossier.Cents{eur(6000), eur(12000), eur(12000)}, [3]string{acq, sol, prev}},
		{r.gen2, r.gen, nat, "personnel", "", "Bénévoles de l'association pour #GEN", [3]dossier.Cents{eur(6000), eur(12000), eur(12000)}, [3]string{acq, acq, prev}},
		{r.tb, r.incl, nat, "personnel", "", "Bénévoles des ateliers de médiation", [3]dossier.Cents{eur(4200), eur(8400), eur(8400)}, [3]string{acq, prev, prev}},
		{r.pharmagest, r.accel, cash, "", "prive", "Mécénat du programme d'accélération", [3]dossier.Cents{eur(10000), eur(20000), eur(20000)}, [3]string{sol, prev, prev}},
		{r.adista, r.gen, cash, "", "prive", "Partenariat #GEN", [3]dossier.Cents{750000 - 1, eur(15000), eur(15000)}, [3]string{acq, sol, prev}},
		{r.technopoles, r.totem, nat, "prestations", "", "Animation de TCRM-Blida", [3]dossier.Cents{eur(5000), eur(10000), eur(10000)}, [3]string{acq, sol, prev}},
		{r.mirabelle, r.accel, nat, "prestations", "", "Mentorat data pour les start-ups accélérées", [3]dossier.Cents{eur(3000), eur(6000), eur(6000)}, [3]string{acq, prev, prev}},
		{r.vosges, r.gen, nat, "prestations", "", "Démonstrations de réalité virtuelle à #GEN", [3]dossier.Cents{eur(1500), eur(3000), eur(3000)}, [3]string{acq, prev, prev}},
	}
	for i, y := range years {
		for _, c := range cs {
			if c.amounts[i] == 0 {
				continue
			}
			b.contribution(dossier.Contribution{PartnerID: c.partner, ActionID: c.action, Year: y, Nature: c.nature,
				InKindType: c.inKindType, Account: dossier.DefaultContributionAccount(c.nature, c.inKindType, c.funderType),
				Label: c.label, Amount: c.amounts[i], Status: c.statuses[i]})
			if c.nature == nat {
				b.charge(dossier.Charge{ActionID: c.action, Account: inKindChargeAccount(c.inKindType), Year: y,
					Label: c.label + " (contrepartie en nature)", Amount: c.amounts[i]})
			}
		}
	}

	type resourceSpec struct {
		action   int64
		account  string
		funder   string
		label    string
		amounts  [3]dossier.Cents
		statuses [3]string
	}
	rs := []resourceSpec{
		{r.gen, "70", "Participants et exposants #GEN", "Billetterie et stands #GEN", [3]dossier.Cents{eur(18000), eur(22500), eur(25000)}, [3]string{acq, prev, prev}},
		{r.accel, "70", "Start-ups accélérées", "Frais de participation au programme d'accélération", [3]dossier.Cents{0, eur(6000), eur(9000)}, [3]string{"", prev, prev}},
		{r.totem, "74-ue", "Union européenne — FEDER (programme opérationnel régional 2014-2020)", "FEDER : équipement des lieux totem", [3]dossier.Cents{0, eur(30000), eur(35000)}, [3]string{"", sol, prev}},
		{r.intl, "74-ue", "Union européenne — Interreg V A Grande Région", "Interreg : actions transfrontalières", [3]dossier.Cents{0, eur(15000), eur(20000)}, [3]string{"", sol, prev}},
		{r.incl, "75", "Particuliers (dons manuels)", "Dons manuels à Tous branchés", [3]dossier.Cents{120075, eur(2400), eur(2400)}, [3]string{acq, prev, prev}},
		{r.incl, "875", "Entreprises donatrices du Sillon lorrain", "Dons de matériel informatique reconditionné", [3]dossier.Cents{eur(2500), eur(5000), eur(5000)}, [3]string{acq, prev, prev}},
	}
	for i, y := range years {
		for _, s := range rs {
			if s.amounts[i] == 0 {
				continue
			}
			b.resource(dossier.Resource{ActionID: s.action, Account: s.account, Funder: s.funder, Year: y, Label: s.label,
				Amount: s.amounts[i], Status: s.statuses[i]})
			if a, ok := dossier.AccountByCode(s.account); ok && a.InKind {
				b.charge(dossier.Charge{ActionID: s.action, Account: "860", Year: y, Label: s.label + " (redistribués aux publics)", Amount: s.amounts[i]})
			}
		}
	}

	// Région Lorraine balances each year.
	regionStatus := map[int]string{2015: acq, 2016: sol, 2017: prev}
	for _, y := range years {
		var yb dossier.YearBudget
		for _, x := range b.d.Budget() {
			if x.Year == y {
				yb = x
			}
		}
		if gap := yb.Charges - yb.Produits; gap > 0 {
			b.contribution(dossier.Contribution{PartnerID: r.region, ActionID: 0, Year: y, Nature: cash,
				Account: dossier.DefaultContributionAccount(cash, "", "region"),
				Label:   "Subvention de fonctionnement LORnTECH (équilibre du plan)", Amount: gap, Status: regionStatus[y]})
		}
	}
}

// buildLORnTECHIndicators adds the KPIs with their sourced baselines; targets follow the stated objectives.
func buildLORnTECHIndicators(b *builder) {
	t := func(v15, v16, v17 float64) []dossier.IndicatorTarget {
		return []dossier.IndicatorTarget{{Year: 2015, Value: v15}, {Year: 2016, Value: v16}, {Year: 2017, Value: v17}}
	}
	b.indicator(dossier.Indicator{Name: "Entreprises numériques du Sillon lorrain", Unit: "entreprises", BaselineValue: 2000, BaselineYear: 2015,
		BaselineSource: srcInria + " ; Paperjam ; L'Estrade (≈ 2 000)", Targets: t(2000, 2150, 2300)})
	b.indicator(dossier.Indicator{Name: "Emplois numériques", Unit: "emplois", BaselineValue: 10400, BaselineYear: 2014,
		BaselineSource: srcTribune + " (10 400 emplois, 1,4 % de l'emploi total) ; objectif : doubler en 10 ans (" + srcActu88 + ")",
		Targets:        t(11150, 11950, 12800)})
	b.indicator(dossier.Indicator{Name: "Start-ups", Unit: "start-ups", BaselineValue: 40, BaselineYear: 2015,
		BaselineSource: srcPaperjam + " ; objectif : doubler en 3 ans (" + srcActu88 + ")", Targets: t(40, 60, 80)})
	b.indicator(dossier.Indicator{Name: "Start-ups accompagnées (cumul)", Unit: "start-ups", BaselineValue: 0, BaselineYear: 2015,
		BaselineSource: "objectif : accompagner 100 start-ups en 3 ans (M. Heinrich, " + "actu88.fr, 2015)", Targets: t(25, 60, 100)})
	b.indicator(dossier.Indicator{Name: "Étudiants de l'enseignement supérieur", Unit: "étudiants", BaselineValue: 80000, BaselineYear: 2014,
		BaselineSource: "A. Grommerch, 2014 (80 000 étudiants)", Targets: t(80000, 80000, 80000)})
	b.indicator(dossier.Indicator{Name: "Étudiants des formations numériques spécialisées", Unit: "indice base 100", BaselineValue: 100, BaselineYear: 2014,
		BaselineSource: "objectif : +15 % (" + srcActu88 + ") ; effectif de départ non publié", Targets: t(105, 110, 115)})
	b.indicator(dossier.Indicator{Name: "Flux d'investissement dans les start-ups (levées de fonds)", Unit: "indice base 100", BaselineValue: 100, BaselineYear: 2014,
		BaselineSource: "objectif : doubler en 3 ans (" + srcActu88 + ") ; montant de départ non publié", Targets: t(125, 160, 200)})
	b.indicator(dossier.Indicator{Name: "Accélérateurs en activité", Unit: "accélérateurs", BaselineValue: 4, BaselineYear: 2015,
		BaselineSource: srcPaperjam + " (4 accélérateurs, 3 incubateurs, 5 FabLabs)", Targets: t(4, 5, 6)})
	b.indicator(dossier.Indicator{Name: "Visiteurs de #GEN", Unit: "visiteurs", BaselineValue: 3000, BaselineYear: 2014,
		BaselineSource: srcGEN + " (3 000 à 3 300 visiteurs ; année exacte incertaine)", Targets: t(3300, 3600, 4000)})
}

// lorntechFiles builds the LORnTECH attachments once (three PNG logos, three PDF letters of support, all
// fictitious documents), keyed by file name; LORnTECH copies the bytes into each dossier it returns.
var lorntechFiles = sync.OnceValue(func() map[string][]byte {
	return map[string][]byte{
		"logo-lorntech.png":            logoPNG("LORNTECH", 320, 120, color.RGBA{0x1f, 0x3a, 0x93, 0xff}),
		"logo-sillon-lorrain.png":      logoPNG("SL", 160, 120, color.RGBA{0x0b, 0x7a, 0x75, 0xff}),
		"logo-grand-est-numerique.png": logoPNG("GEN", 200, 120, color.RGBA{0xc0, 0x39, 0x2b, 0xff}),
		"lettre-soutien-metz-metropole.pdf": letterPDF("Metz Métropole", "Metz", "Le Président de Metz Métropole (signature fictive)", "20 octobre 2014", []string{
			"Metz Métropole confirme son engagement de membre fondateur de la candidature LORnTECH portée par le Pôle métropolitain européen du Sillon lorrain.",
			"Elle met à disposition du réseau le lieu totem TCRM-Blida, 7 avenue de Blida à Metz, et contribue au plan de financement 2015–2017 dans les conditions décrites au dossier.",
		}),
		"lettre-soutien-region-lorraine.pdf": letterPDF("Région Lorraine", "Metz", "Le Président du Conseil régional de Lorraine (signature fictive)", "5 novembre 2014", []string{
			"La Région Lorraine émet un avis favorable à la candidature LORnTECH du Sillon lorrain au label « Métropole French Tech ».",
			"Elle soutiendra les programmes LORnTECH Stimulateur, Accélérateur et Compétences dans le cadre de ses dispositifs d'aide à l'innovation.",
		}),
		"lettre-soutien-grand-est-numerique.pdf": letterPDF("Grand Est Numérique", "Metz", "Le Président de Grand Est Numérique (signature fictive)", "2 février 2015", []string{
			"Grand Est Numérique, qui fédère les entrepreneurs du numérique depuis la première édition de #GEN en octobre 2013, s'associe pleinement à la candidature LORnTECH.",
			"L'association animera l'événement #GEN et le réseau des entrepreneurs au sein des lieux totem du Sillon lorrain.",
		}),
	}
})
