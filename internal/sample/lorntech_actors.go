package sample

import (
	"strings"

	"dossierft/internal/dossier"
)

// postcodes of the towns used by the samples (La Poste; main code of each commune).
var postcodes = map[string]string{
	"Metz": "57000", "Nancy": "54000", "Épinal": "88000", "Thionville": "57100",
	"Vandœuvre-lès-Nancy": "54500", "Villers-lès-Nancy": "54600", "Saint-Dié-des-Vosges": "88100",
	"Maxéville": "54320", "Gondreville": "54840", "Yutz": "57970", "Golbey": "88190", "Lunéville": "54300",
	"Pont-à-Mousson": "54700", "Laxou": "54520", "Montigny-lès-Metz": "57950", "Woippy": "57140",
	"Hayange": "57700", "Florange": "57190", "Sarreguemines": "57200", "Forbach": "57600",
	"Saint-Avold": "57500", "Toul": "54200", "Remiremont": "88200", "Gérardmer": "88400",
	"Neufchâteau": "88300", "Verdun": "55100", "Bar-le-Duc": "55000", "Commercy": "55200",
	"Briey": "54150", "Longwy": "54400", "Sarrebourg": "57400", "Jarville-la-Malgrange": "54140",
	"Ludres": "54710", "Heillecourt": "54180", "Marly": "57155", "Mondelange": "57300",
}

// realActor describes a real organisation named by domain.md §4.2–4.4 or by the seed document. No SIRET,
// headcount band or creation year is invented for them: unknown values stay empty ("", "NN", 0).
type realActor struct {
	name, category, naf, town, band string
	year                            int
	desc, tags, source              string
}

// fictActor describes an invented actor; it gets a fictitious Luhn-valid SIRET.
type fictActor struct {
	name, category, naf, town, band string
	year                            int
	funds                           dossier.Cents
	web, desc, tags                 string
}

func splitTags(s string) []string {
	if s == "" {
		return []string{}
	}
	return strings.Split(s, ",")
}

// buildLORnTECHActors adds the annuaire: real organisations first (Origin "exemple (source: …)"), then fictitious
// rows that fill every category and the four towns (Fictitious, Luhn-valid SIRET, Origin "exemple (fictif)").
func buildLORnTECHActors(b *builder) {
	const (
		u = "usine-digitale.fr « Tour de France de la French Tech : Lorraine »"
		t = "La Tribune 2014"
		e = "lestrademensuel.fr"
		c = "correspondances.fr"
		p = "paperjam.lu (2015)"
	)
	reals := []realActor{
		{"SESAMm", "startup", "", "Metz", "NN", 0, "Start-up messine d'analyse de données financières.", "fintech,data", u},
		{"Netlooks", "startup", "", "Nancy", "NN", 0, "Start-up nancéienne citée parmi les pépites du numérique lorrain.", "web", u},
		{"Ewattch", "startup", "", "Saint-Dié-des-Vosges", "NN", 0, "Start-up vosgienne de la gestion énergétique et des objets connectés.", "iot,énergie", u},
		{"Bluepad", "startup", "", "Metz", "NN", 0, "Start-up installée à TCRM-Blida.", "tcrm-blida", "blelorraine.fr ; lesepl.fr"},
		{"Xilopix", "startup", "", "Épinal", "NN", 0, "Moteur de recherche développé à la Maison romaine d'Épinal.", "recherche,web", t},
		{"Divacore", "startup", "", "", "NN", 0, "Entreprise citée parmi les acteurs du numérique lorrain (ville non sourcée).", "", t},
		{"Miss Numérique", "startup", "", "", "NN", 0, "Acteur cité par la presse économique (ville non sourcée).", "", u},
		{"Applicam", "pme", "", "Metz", "NN", 0, "Éditeur messin de solutions de paiement et de billettique, racheté par Moneo.", "paiement", u},
		{"Pharmagest Interactive", "pme", "", "Nancy", "NN", 0, "Éditeur de logiciels pour la pharmacie, cité en exemple de croissance.", "santé,logiciel", t},
		{"Adista", "pme", "", "", "NN", 0, "Opérateur de services informatiques et télécoms ; G. Caumont était de la délégation à Bercy le 11 février 2015.", "télécoms,cloud", "alliancy.fr ; tout-metz.com"},
		{"ProConsultant Informatique", "pme", "", "", "NN", 0, "Société de conseil informatique ; H. Obed était de la délégation à Bercy.", "conseil", "alliancy.fr"},
		{"Efluid", "pme", "", "", "NN", 0, "Éditeur de logiciels pour les fournisseurs d'énergie, cité dans le dossier.", "énergie,logiciel", "page web non attribuée (domain.md §4.2, incertain)"},
		{"Aston iTrade Finance", "pme", "", "", "NN", 0, "Acteur de la finance numérique cité par la presse.", "fintech", t},
		{"Phitech", "pme", "", "", "NN", 0, "Croissance de +472 % sur cinq ans citée dans le dossier (source non attribuée).", "croissance", "domain.md §4.2 (incertain)"},
		{"Plant Advanced Technologies", "pme", "", "", "NN", 0, "Croissance de +979 % sur cinq ans citée dans le dossier (source non attribuée).", "biotech", "domain.md §4.2 (incertain)"},
		{"Moneo", "pme", "", "", "NN", 0, "Repreneur d'Applicam.", "paiement", u},
		{"LORIA (UMR 7503)", "laboratoire", "72.19Z", "Vandœuvre-lès-Nancy", "NN", 0, "Laboratoire lorrain de recherche en informatique et ses applications (CNRS, Inria, Université de Lorraine).", "recherche,informatique", "vdocuments.fr (évaluation du LORIA)"},
		{"Inria Nancy – Grand Est", "laboratoire", "72.19Z", "Villers-lès-Nancy", "NN", 0, "Centre de recherche Inria.", "recherche", "inria.fr"},
		{"IRT M2P", "laboratoire", "72.19Z", "Metz", "NN", 0, "Institut de recherche technologique matériaux, métallurgie et procédés, au Technopôle de Metz.", "matériaux", u},
		{"CEA Tech Metz", "laboratoire", "72.19Z", "Metz", "NN", 0, "Plateforme régionale de transfert technologique du CEA.", "transfert", "pressreader L'Informaticien 2017"},
		{"CHRU de Nancy", "laboratoire", "86.10Z", "Nancy", "NN", 0, "Centre hospitalier régional universitaire, partenaire de la recherche en santé.", "santé", "inria.fr"},
		{"Université de Lorraine", "enseignement", "85.42Z", "Nancy", "NN", 2012, "Université de Lorraine (I-SITE « Lorraine Université d'Excellence » en janvier 2016).", "université", c},
		{"CentraleSupélec – campus de Metz", "enseignement", "85.42Z", "Metz", "NN", 0, "École d'ingénieurs, campus messin.", "ingénieurs", "pressreader L'Informaticien 2017"},
		{"Georgia Tech Lorraine", "enseignement", "85.42Z", "Metz", "NN", 0, "Campus européen du Georgia Institute of Technology.", "international,ingénieurs", "pressreader L'Informaticien 2017"},
		{"Mines Nancy", "enseignement", "85.42Z", "Nancy", "NN", 0, "École des mines de Nancy, campus Artem.", "ingénieurs,artem", "pressreader L'Informaticien 2017"},
		{"Télécom Nancy", "enseignement", "85.42Z", "Villers-lès-Nancy", "NN", 0, "École d'ingénieurs en informatique et sciences du numérique.", "ingénieurs,informatique", "pressreader L'Informaticien 2017"},
		{"Epitech Nancy", "enseignement", "85.42Z", "Nancy", "NN", 0, "École de l'innovation et de l'expertise informatique.", "informatique", "pressreader L'Informaticien 2017"},
		{"ICN Business School", "enseignement", "85.42Z", "Nancy", "NN", 0, "École de management, campus Artem.", "management,artem", "pressreader L'Informaticien 2017"},
		{"ENSTIB", "enseignement", "85.42Z", "Épinal", "NN", 0, "École nationale supérieure des technologies et industries du bois.", "bois,ingénieurs", e},
		{"Incubateur Lorrain", "accelerateur", "", "Nancy", "03", 2000, "Incubateur public créé en 2000 (Université, CNRS, Inserm, INRAE, Inria, Région, CHRU) ; 6 salariés.", "incubation", "tracesecritesnews.fr ; lagazettefrance"},
		{"PeeL – Pôle entrepreneuriat étudiant de Lorraine", "accelerateur", "", "Nancy", "NN", 0, "Accompagnement des étudiants entrepreneurs.", "étudiants", "factuel.univ-lorraine.fr"},
		{"The Pool", "accelerateur", "", "Metz", "NN", 0, "Incubateur messin du réseau Quest for Change, à TCRM-Blida.", "tcrm-blida,incubation", "matot-braine.fr ; lesepl.fr"},
		{"Quai Alpha", "accelerateur", "", "Épinal", "NN", 0, "Incubateur spinalien du réseau Quest for Change.", "incubation", "matot-braine.fr"},
		{"Le Paddock", "accelerateur", "", "Nancy", "NN", 0, "Accélérateur A-Venture d'environ 550 m² aux Rives de Meurthe.", "accélération", "lejournaldesentreprises"},
		{"La Papinière", "accelerateur", "", "Gondreville", "NN", 0, "Pépinière-accélérateur liée à Pole Capital.", "accélération", "lejournaldesentreprises"},
		{"Scal'E-nov", "accelerateur", "", "", "NN", 0, "Accélérateur régional.", "accélération,région", "issuu OrNorme"},
		{"ILP – Institut Lorrain de Participations", "investisseur", "", "", "NN", 0, "Gestionnaire du Fonds de Capital Risque Numérique (10 M€).", "capital-risque", "alliancy.fr"},
		{"Seed 4 Start", "investisseur", "", "", "NN", 0, "Forum transfrontalier du capital-risque.", "transfrontalier,capital-risque", t},
		{"Pole Capital", "investisseur", "", "Gondreville", "NN", 0, "Investisseur associé à La Papinière.", "amorçage", "lejournaldesentreprises"},
		{"Solorinvest", "investisseur", "", "", "NN", 0, "Co-investisseur du Totem des Rives de Meurthe.", "immobilier", "lejournaldesentreprises"},
		{"Grand Est Numérique", "association", "94.99Z", "Metz", "NN", 0, "Association d'entrepreneurs du numérique, organisatrice de #GEN depuis le 15 octobre 2013 ; 5 salariés en 2018.", "#gen,événement", "tout-metz.com ; metz.fr ; correspondances.fr"},
		{"Nancy Numérique", "association", "94.99Z", "Nancy", "NN", 0, "Association des acteurs du numérique nancéiens.", "réseau", t},
		{"Tous branchés", "association", "94.99Z", "Metz", "NN", 0, "Association qui travaille « à la réduction de la fracture numérique » (document source).", "inclusion", "Metz Magazine, 5 février 2015"},
		{"Entreprendre en Lorraine Nord", "association", "94.99Z", "", "NN", 0, "Réseau d'accompagnement des créateurs.", "création", t},
		{"TechTic & Co", "association", "94.99Z", "Thionville", "NN", 0, "Association thionvilloise animatrice du FabLab ThiLab.", "fablab", "techtic-co.eu"},
		{"Metz Métropole", "collectivite", "84.11Z", "Metz", "NN", 0, "Communauté d'agglomération, membre fondateur du Sillon lorrain.", "epci", "banquedesterritoires.fr"},
		{"Métropole du Grand Nancy", "collectivite", "84.11Z", "Nancy", "NN", 0, "Communauté urbaine du Grand Nancy en 2015.", "epci", "banquedesterritoires.fr"},
		{"Communauté d'agglomération Portes de France-Thionville", "collectivite", "84.11Z", "Thionville", "NN", 0, "Membre fondateur du Sillon lorrain.", "epci", "banquedesterritoires.fr"},
		{"Communauté d'agglomération d'Épinal", "collectivite", "84.11Z", "Épinal", "NN", 0, "Membre fondateur du Sillon lorrain.", "epci", "banquedesterritoires.fr"},
		{"Pôle métropolitain européen du Sillon lorrain", "collectivite", "84.11Z", "Nancy", "NN", 2011, "Syndicat mixte créé le 18 décembre 2011, premier pôle métropolitain de France (SIREN 200030989).", "porteur", "banquedesterritoires.fr"},
		{"Ville de Metz", "collectivite", "84.11Z", "Metz", "NN", 0, "Candidate au label avec ses partenaires du Sillon lorrain ; soutient TCRM-Blida et le Technopôle.", "commune", "Metz Magazine, 5 février 2015"},
		{"Région Lorraine", "collectivite", "84.11Z", "Metz", "NN", 0, "Région (jusqu'au 31 décembre 2015).", "région", "domain.md §1.2"},
		{"TCRM-Blida", "tiers-lieu", "", "Metz", "NN", 2013, "Ancien dépôt de bus, lieu totem messin ; ouvert aux artistes à la Nuit Blanche du 5 octobre 2013.", "tcrm-blida,totem", "blog.mosl.fr ; correspondances.fr"},
		{"Le Poulailler (coworking de TCRM-Blida)", "tiers-lieu", "", "Metz", "NN", 0, "Espace de coworking de TCRM-Blida.", "coworking,tcrm-blida", c},
		{"FabLab de TCRM-Blida", "tiers-lieu", "", "Metz", "NN", 0, "FabLab du lieu totem messin.", "fablab,tcrm-blida", c},
		{"ThiLab", "tiers-lieu", "", "Thionville", "NN", 0, "FabLab thionvillois animé par TechTic & Co.", "fablab", "techtic-co.eu"},
		{"Centre d'affaires du quartier de la gare", "tiers-lieu", "", "Épinal", "NN", 2015, "Lieu totem spinalien ouvert en 2015.", "totem", p},
		{"Pôle Renaissance (Technopôle Renaissance)", "tiers-lieu", "", "Nancy", "NN", 2015, "Lieu totem nancéien ouvert en 2015.", "totem", p},
		{"Hôtel Innovation Bois", "tiers-lieu", "", "Épinal", "NN", 0, "Dans l'ancienne scierie Marandel.", "bois", "lasemaine"},
		{"Metz Techno'pôles", "autre", "", "Metz", "NN", 0, "Société d'économie mixte, propriétaire des murs de TCRM-Blida.", "sem,tcrm-blida", "lesepl.fr"},
		{"Grand Nancy Innovation", "autre", "", "Nancy", "NN", 0, "Porteur du futur Totem des Rives de Meurthe (SEM Henri-Poincaré).", "sem", "lagazettefrance"},
		{"Pôle Materalia", "autre", "", "Metz", "NN", 0, "Pôle de compétitivité matériaux.", "matériaux", e},
		{"Campus Artem", "autre", "", "Nancy", "NN", 0, "Campus d'art, de technologie et de management ; lieu des auditions du 17 avril 2015.", "campus", "techtic-co.eu"},
		{"La Souris verte", "autre", "", "Épinal", "NN", 0, "Salle spinalienne où le projet LORnTECH a été présenté le 13 octobre 2014.", "événement", "alliancy.fr ; tout-metz.com"},
	}
	for _, r := range reals {
		pc := ""
		if r.town != "" {
			pc = postcodes[r.town]
		}
		b.actor(dossier.Actor{Name: r.name, Category: r.category, NAF: r.naf, Town: r.town, Postcode: pc,
			HeadcountBand: r.band, CreationYear: r.year, Description: r.desc, Tags: splitTags(r.tags),
			Origin: "exemple (source : " + r.source + ")"})
	}

	ficts := []fictActor{
		{"Mirabelle Analytics", "startup", "62.01Z", "Metz", "02", 2014, eur(450000), "https://mirabelle-analytics.example", "Analyse de données pour le commerce de proximité.", "data,commerce"},
		{"Vosges Immersive", "startup", "58.21Z", "Épinal", "01", 2015, eur(120000), "https://vosges-immersive.example", "Réalité virtuelle pour la filière bois et le tourisme.", "réalité virtuelle,bois"},
		{"Moselle Robotique", "startup", "72.19Z", "Thionville", "02", 2013, eur(800000), "https://moselle-robotique.example", "Cobots pour l'industrie sidérurgique.", "robotique,industrie"},
		{"Quetsche Labs", "startup", "62.01Z", "Nancy", "01", 2015, 0, "https://quetsche-labs.example", "Application mobile de circuits courts.", "mobile,alimentation"},
		{"Stanislas Santé Connectée", "startup", "62.01Z", "Vandœuvre-lès-Nancy", "03", 2012, eur(1250000), "https://stanislas-sante.example", "Télésuivi des patients chroniques, en lien avec le CHRU.", "santé,iot"},
		{"Blida Games", "startup", "58.21Z", "Metz", "02", 2014, eur(300000), "https://blida-games.example", "Studio de jeu vidéo du pôle jeu vidéo de TCRM-Blida.", "jeu vidéo,tcrm-blida"},
		{"Frontalia Pay", "startup", "66.19B", "Thionville", "01", 2015, eur(200000), "https://frontalia-pay.example", "Paiement transfrontalier pour les travailleurs frontaliers.", "fintech,transfrontalier"},
		{"Déodatie Énergie Numérique", "startup", "71.12B", "Saint-Dié-des-Vosges", "01", 2014, 0, "https://deodatie-energie.example", "Pilotage énergétique des bâtiments publics.", "énergie"},
		{"Cœur de Lorraine Logiciels", "pme", "58.29C", "Nancy", "12", 1998, 0, "https://coeur-lorraine-logiciels.example", "Éditeur de logiciels de gestion pour les collectivités.", "logiciel,collectivités"},
		{"Sarre-Moselle Hébergement", "pme", "63.11Z", "Metz", "11", 2004, 0, "https://sm-hebergement.example", "Centre de données et hébergement.", "cloud,hébergement"},
		{"Vosges Web Agence", "pme", "62.01Z", "Épinal", "03", 2008, 0, "https://vosges-web.example", "Agence web et e-commerce.", "e-commerce"},
		{"Thionville Systèmes", "pme", "62.02A", "Yutz", "11", 2001, 0, "https://thionville-systemes.example", "Conseil en systèmes d'information.", "conseil"},
		{"Lorr'Énergies Services", "grande-entreprise", "35.14Z", "Metz", "41", 1986, 0, "https://lorr-energies.example", "Fournisseur d'énergie régional et donneur d'ordres numérique.", "énergie,donneur d'ordres"},
		{"Groupe Meurthe Industries", "grande-entreprise", "25.62B", "Nancy", "32", 1972, 0, "https://meurthe-industries.example", "Groupe industriel engagé dans l'usine du futur.", "industrie 4.0"},
		{"Laboratoire commun Données et Territoires", "laboratoire", "72.19Z", "Metz", "02", 2014, 0, "", "Laboratoire commun université-entreprises sur les données territoriales.", "données"},
		{"Institut vosgien du numérique", "enseignement", "85.59A", "Épinal", "03", 2010, 0, "", "Formation continue aux métiers du numérique.", "formation"},
		{"Accélérateur Mosellan du Numérique", "accelerateur", "70.22Z", "Thionville", "01", 2015, 0, "", "Programme d'accélération privé ouvert en 2015.", "accélération"},
		{"Lorraine Business Angels Numériques", "investisseur", "64.99Z", "Nancy", "00", 2009, 0, "", "Réseau de business angels.", "amorçage"},
		{"Les Codeuses de Moselle", "association", "94.99Z", "Metz", "00", 2014, 0, "", "Ateliers de code pour les femmes et les jeunes.", "inclusion,formation"},
		{"Commune de Vandœuvre-lès-Nancy — service numérique", "collectivite", "84.11Z", "Vandœuvre-lès-Nancy", "NN", 0, 0, "", "Service municipal partenaire de l'Espace public numérique.", "commune"},
		{"Le Grenier numérique", "tiers-lieu", "", "Saint-Dié-des-Vosges", "00", 2015, 0, "", "Tiers-lieu et fablab déodatien.", "fablab"},
		{"Coopérative Œuvre Numérique", "autre", "62.01Z", "Thionville", "02", 2013, 0, "", "Société coopérative de développeurs indépendants.", "coopérative"},
		{"Datavosges", "startup", "63.11Z", "Golbey", "01", 2016, 0, "", "Plateforme de données forestières.", "données,bois"},
		{"Nancy Drone Services", "startup", "74.20Z", "Laxou", "01", 2014, eur(150000), "", "Inspection par drones.", "drones"},
	}
	for i, f := range ficts {
		b.actor(dossier.Actor{Name: f.name, Category: f.category, SIRET: fictitiousSIRET(200 + i), NAF: f.naf, Town: f.town,
			Postcode: postcodes[f.town], HeadcountBand: f.band, CreationYear: f.year, FundsRaised: f.funds, Website: f.web,
			Description: f.desc, Tags: splitTags(f.tags), Origin: "exemple (fictif)", Fictitious: true})
	}
}
