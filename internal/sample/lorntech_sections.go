package sample

import (
	"fmt"
	"strings"

	"dossierft/internal/dossier"
	"dossierft/internal/fr"
)

// sectionOwners carries the partner IDs that own the LORnTECH chapters.
type sectionOwners struct {
	sillon, metz, nancy, ul, gen, tb, thionville, region int64
}

const secTerritoire = `Le **Sillon lorrain** réunit les villes et les agglomérations d'**Épinal**, de **Metz**, de **Nancy** et de **Thionville**. Créé le 18 décembre 2011, le Pôle métropolitain européen du Sillon lorrain est le premier pôle métropolitain de France ; ce syndicat mixte, dont le siège est à Nancy, porte la candidature **LORnTECH** au label « Métropole French Tech ».

> « Conscient de ses atouts et porteur d'une vision d'avenir, le Sillon lorrain a décidé de porter une candidature collective au label French Tech, sous l'égide de LORnTECH. Il regroupe les villes et les agglomérations d'Épinal, Metz, Nancy et Thionville. » — *Metz Magazine, 5 février 2015*

## Un territoire en réseau

Le territoire s'étire sur une centaine de kilomètres le long de la Moselle et de la Meurthe, de la frontière luxembourgeoise aux Vosges. Il compte quatre intercommunalités membres :

| Intercommunalité | Communes | Population | Source |
|---|---:|---:|---|
| Métropole du Grand Nancy | 20 | 263 691 | espaces-transfrontaliers.org |
| Metz Métropole | 40 | 227 440 | espaces-transfrontaliers.org |
| CA Portes de France-Thionville | 13 | 80 084 | espaces-transfrontaliers.org |
| CA d'Épinal (Épinal-Golbey) | 2 | 44 043 | espaces-transfrontaliers.org |

Le millésime de ces chiffres n'est pas précisé par la source ; selon le périmètre retenu, le Sillon lorrain compte 683 400 habitants dans ses quatre intercommunalités et plus de 1,4 million dans ses zones d'emploi (Cadremploi, 2018), dont environ 40 000 travailleurs frontaliers.

## Les atouts du territoire

- une **économie numérique déjà dense** : environ 2 000 entreprises et plus de 10 000 emplois ;
- un **potentiel académique** rare : 80 000 étudiants, l'Université de Lorraine, le LORIA et Inria Nancy – Grand Est ;
- une **position européenne** au contact du Luxembourg, de la Sarre et de la Belgique ;
- une **tradition de coopération** entre les quatre villes, éprouvée depuis la création du pôle métropolitain.

## Une candidature construite pas à pas

1. 21 février 2014 : annonce de la candidature ;
2. 13 octobre 2014 : présentation du projet à Épinal, à *La Souris verte*, après huit mois de travail ;
3. novembre 2014 : envoi du dossier à l'État ;
4. 11 février 2015 : délégation reçue à Bercy par la secrétaire d'État chargée du numérique ;
5. 17 avril 2015 : auditions sur site au campus Artem et au Technopôle Renaissance, à Nancy.

Le présent document est la version de travail préparée pour la phase de co-construction avec la Mission French Tech. *Dans cet exemple, chaque chiffre est suivi de sa source ; certaines sources sont postérieures à avril 2015 et servent seulement à documenter l'exemple.*`

const secEcosysteme = `Le numérique lorrain n'est pas une promesse : c'est un gisement. À Metz, « le sujet fait l'objet d'une politique volontariste portée collectivement » : la Ville « soutient les projets comme ceux rassemblés à TCRM-Blida ou au Technopôle, aussi bien que les initiatives associatives et fédératrices ». Et encore : « Grandes entreprises, start-ups, PME, laboratoires de recherche, université, grandes écoles, associations : à Metz, la tradition, le savoir-faire et la volonté font de la ville un acteur performant et résolu » (*Metz Magazine*, 5 février 2015). Ce constat vaut pour les quatre villes du Sillon lorrain.

## Les chiffres clés

- environ **2 000 entreprises numériques** (Inria, 25 juin 2015 ; Paperjam ; L'Estrade) ;
- **10 400 emplois numériques**, soit 1,4 % de l'emploi total (*La Tribune*, 16 septembre 2014) ;
- **40 start-ups**, 4 accélérateurs, 3 incubateurs et 5 FabLabs au lancement (paperjam.lu, 2015) ;
- **80 000 étudiants** (Anne Grommerch, 2014).

## Des entreprises qui grandissent

Plusieurs entreprises du territoire illustrent sa capacité à faire croître des champions : **Pharmagest** à Nancy, **Applicam** à Metz (reprise par Moneo), **Adista**, **Efluid**, et des start-ups comme **SESAMm** (Metz), **Netlooks** (Nancy), **Ewattch** (Saint-Dié-des-Vosges), **Xilopix** (Épinal, à la Maison romaine) ou **Bluepad**, installée à TCRM-Blida. Les spécialités revendiquées sont les *matériaux* (IRT M2P au Technopôle de Metz), la *santé* (Nancy), la *gestion énergétique* et le *e-commerce* (usine-digitale.fr).

## La recherche et l'enseignement supérieur

- l'**Université de Lorraine** et ses écoles : Mines Nancy, Télécom Nancy, ENSTIB à Épinal ;
- le **LORIA** (UMR 7503 CNRS – Inria – Université de Lorraine) et **Inria Nancy – Grand Est** ;
- **CentraleSupélec** et **Georgia Tech Lorraine** à Metz, **Epitech** et **ICN Business School** à Nancy ;
- **CEA Tech** à Metz, l'**IRT M2P** et le pôle **Materalia**.

## Les structures d'accompagnement et de financement

L'**Incubateur Lorrain**, créé en 2000 par l'université et les organismes de recherche, accompagne les projets issus des laboratoires. **PeeL** soutient les étudiants entrepreneurs ; **The Pool** (Metz) et **Quai Alpha** (Épinal) appartiennent au réseau Quest for Change ; **Le Paddock** et **La Papinière** complètent l'offre à Nancy. Côté capital, l'ILP gère un *Fonds de Capital Risque Numérique* de 10 M€ (alliancy.fr) et le forum transfrontalier **Seed 4 Start** met les start-ups en relation avec des investisseurs de la Grande Région.

## Les associations, forces vives du réseau

> « Metz soutient également les associations œuvrant dans le domaine du numérique. Certaines, comme Grand Est Numérique, fédèrent les forces vives ; d'autres, comme Tous branchés, travaillent à la réduction de la fracture numérique. » — *Metz Magazine*

**Grand Est Numérique** organise #GEN depuis le 15 octobre 2013 ; **Nancy Numérique**, **TechTic & Co** (Thionville) et **Entreprendre en Lorraine Nord** animent leurs communautés. L'annuaire joint au dossier recense ces acteurs, avec la source de chaque fiche.`

const secStrategie = `LORnTECH veut faire du Sillon lorrain une **métropole numérique en réseau**, reconnue en France et dans la Grande Région pour la croissance de ses start-ups. La stratégie s'appuie sur ce qui existe — les écoles, les laboratoires, les entreprises, les lieux — et le relie.

## Nos ambitions chiffrées

Les objectifs présentés en octobre 2014 (actu88.fr ; *L'Estrade*, « La Lorraine se réveille ») sont :

1. **doubler le nombre d'emplois numériques en dix ans**, pour atteindre 20 000 ;
2. **doubler le nombre de start-ups en trois ans** ;
3. augmenter d'un quart le nombre de PME du numérique en six ans ;
4. **doubler les flux d'investissement en trois ans** ;
5. augmenter de 15 % le nombre d'étudiants dans les formations spécialisées.

En 2015, le président du Sillon lorrain a précisé l'ambition : *accompagner 100 start-ups en trois ans* (actu88.fr).

## Trois programmes, un réseau de lieux

- **LORnTECH Stimulateur** : détecter les idées et faire émerger les projets ;
- **LORnTECH Accélérateur** : des programmes d'accélération « hors sol », déployés dans tous les espaces LORnTECH, autour de quatre axes — valorisation des talents, focus marché, internationalisation, numérique pour toutes les entreprises ;
- **LORnTECH Compétences** : adapter la formation et la recherche aux besoins des entreprises ;
- des **sites Totem** dans chacune des quatre villes, avec une charte de services commune.

## Nos partis pris

- *Le leadership des entrepreneurs* : les chefs d'entreprise président les groupes de travail ;
- *la subsidiarité* : chaque ville garde ses spécialités, le réseau mutualise ce qui gagne à l'être ;
- *l'ouverture* : vers le Luxembourg, la Sarre et la Wallonie, et vers tous les publics grâce à l'inclusion numérique ;
- *l'achat public innovant* : les collectivités membres s'engagent à ouvrir leurs marchés aux solutions des start-ups du territoire.

Les indicateurs de suivi et leurs cibles annuelles figurent au chapitre consacré aux engagements.`

const secGouvernance = `La candidature est portée par le **Pôle métropolitain européen du Sillon lorrain**, présidé par **Michel Heinrich**, député-maire d'Épinal. Anne Grommerch, députée-maire de Thionville et vice-présidente chargée du numérique, en est la cheville ouvrière ; Vincent Gross, délégué général du Sillon lorrain, coordonne l'équipe.

## Les instances

- un **comité de pilotage** réunissant les quatre intercommunalités, la Région Lorraine, l'Université de Lorraine et les représentants des entrepreneurs ;
- un **bureau des entrepreneurs**, où siègent notamment Grand Est Numérique (président : Frédéric Schnur) et les dirigeants des entreprises partenaires ;
- **quatre groupes de travail** thématiques : Stimulateur, Accélérateur, Compétences, sites Totem (*L'Estrade*, 2015) ;
- une **équipe d'animation dédiée** de deux équivalents temps plein, financée par le plan d'actions.

## Le rôle de chacun

| Acteur | Rôle |
|---|---|
| Pôle métropolitain | porteur juridique, coordination, relation avec la Mission French Tech |
| Intercommunalités | lieux totem, financement, achat public innovant |
| Région Lorraine | avis régional, cofinancement des programmes |
| Entrepreneurs | présidence des groupes de travail, mentorat, sélection des start-ups |
| Université et laboratoires | LORnTECH Compétences, transfert, détection de projets |
| Associations | animation, événements, inclusion numérique |

## Le fonctionnement

Le comité de pilotage se réunit chaque trimestre ; le bureau des entrepreneurs chaque mois. Les décisions de sélection des start-ups accélérées appartiennent à des jurys **majoritairement composés d'entrepreneurs**. L'équipe d'animation participe aux réunions mensuelles de coordination du réseau French Tech et aux séminaires nationaux.

Un tableau de bord des indicateurs est présenté à chaque comité de pilotage et publié une fois par an.`

const secTotems = `La charte LORnTECH prévoit **un lieu totem par ville**, avec des services communs : coworking, salles de réunion, « bureau des associations », espaces de démonstration, bureaux privatifs et loyers adaptés, ainsi qu'une équipe d'animation travaillant en réseau (*L'Estrade*, sites Totem).

## Metz — TCRM-Blida

> « Le lieu-totem de la candidature de LORnTECH pour Metz se trouve à TCRM-Blida, qui abrite déjà des créateurs agissant dans les disciplines artistiques et numériques. Porteurs de projet et startups y trouveront l'infrastructure et les services. » — *Metz Magazine*, 5 février 2015

Situé **7 avenue de Blida**, l'ancien dépôt de bus des TCRM a été ouvert aux artistes lors de la Nuit Blanche du 5 octobre 2013. Il accueille un FabLab, l'espace de coworking *le Poulailler*, un pôle jeu vidéo et un laboratoire de l'Université de Lorraine, soit une centaine de résidents. La SEM **Metz Techno'pôles** en acquiert les murs.

## Nancy — Pôle Renaissance

Ouvert en 2015, le **Pôle Renaissance** (Technopôle Renaissance) a accueilli les auditions du 17 avril 2015 avec le campus Artem. Il s'appuie sur **Le Paddock**, accélérateur d'environ 550 m² aux Rives de Meurthe, et sur **La Papinière** à Gondreville.

## Épinal — Centre d'affaires du quartier de la gare

Ouvert en 2015, le **centre d'affaires du quartier de la gare** est la porte d'entrée du réseau dans les Vosges, à proximité de l'ENSTIB et de la filière bois.

## Thionville — pôle numérique « bâtiment Gare »

Le conseil communautaire a voté le **15 septembre 2014** la création d'un pôle numérique dans le « bâtiment Gare », chemin des Bains. Dans l'attente des travaux, le **FabLab ThiLab** animé par TechTic & Co fait vivre la communauté.

## Ce que le réseau garantit

- un accueil identique dans les quatre villes, avec un badge commun ;
- un calendrier partagé des événements ;
- des espaces de démonstration ouverts aux collectivités et aux grandes entreprises ;
- une connexion très haut débit dans chaque lieu.

*Les surfaces de TCRM-Blida diffèrent selon les sources (de 16 000 à 28 000 m² pour le site) ; elles ne sont pas reprises ici.*`

const secActions = `Le plan d'actions 2015–2017 comprend huit actions, chacune pilotée par un partenaire chef de file. Leur budget détaillé figure au chapitre « Plan de financement ».

## Les actions

| Code | Action | Chef de file | Période |
|---|---|---|---|
| A1 | LORnTECH Stimulateur | Incubateur Lorrain | juillet 2015 – décembre 2017 |
| A2 | LORnTECH Accélérateur | Le Paddock | septembre 2015 – décembre 2017 |
| A3 | LORnTECH Compétences | Université de Lorraine | septembre 2015 – août 2017 |
| A4 | Réseau des lieux totem | Metz Métropole | 2015 – 2017 |
| A5 | International et transfrontalier | CA Portes de France-Thionville | octobre 2015 – décembre 2017 |
| A6 | Inclusion numérique | Tous branchés | septembre 2015 – décembre 2017 |
| A7 | Animation : #GEN | Grand Est Numérique | 2015 – 2017 |
| A8 | Coordination et rayonnement | Pôle métropolitain | 2015 – 2017 |

## A1 — LORnTECH Stimulateur

Ateliers de détection dans les écoles et les laboratoires, week-ends de création, appels à projets. Inria Nancy – Grand Est apporte une **expertise scientifique** pour repérer les projets à fort contenu technologique.

## A2 — LORnTECH Accélérateur

Deux cohortes par an, un programme « hors sol » accessible depuis chaque lieu totem, des mentors issus des entreprises partenaires et des rencontres avec les investisseurs.

## A3 — LORnTECH Compétences

Formations courtes au code, à la donnée et à la cybersécurité ; projets tutorés entre étudiants et start-ups ; enseignants-chercheurs mis à disposition par l'Université de Lorraine.

## A4 — Réseau des lieux totem

Charte de services, équipement des FabLabs, animation commune ; mise à disposition gratuite de locaux à TCRM-Blida et au Pôle Renaissance.

## A5 à A8

- **A5** : présence à Seed 4 Start, missions au Luxembourg et en Sarre ;
- **A6** : ateliers de médiation et matériel reconditionné avec *Tous branchés* ;
- **A7** : l'événement **#GEN** et les rencontres mensuelles des entrepreneurs ;
- **A8** : l'équipe d'animation, la marque LORnTECH et la participation au réseau national.`

const secInternational = `Le Sillon lorrain est au cœur de la **Grande Région** : près de 40 000 de ses habitants travaillent de l'autre côté d'une frontière. Cette position est un avantage pour des start-ups qui doivent viser, dès leur création, un marché plus large que la France.

## Nos leviers

- le forum **Seed 4 Start**, rendez-vous transfrontalier du capital-risque, où LORnTECH présentera chaque année une délégation de start-ups ;
- des **missions communes** au Luxembourg et en Sarre avec les structures d'accompagnement de ces territoires ;
- l'accueil de **délégations étrangères** dans les lieux totem ;
- la présence de **Georgia Tech Lorraine** à Metz, passerelle vers les États-Unis ;
- des supports de présentation en **anglais et en allemand**.

## Le rôle de Thionville

La Communauté d'agglomération Portes de France-Thionville, aux portes du Luxembourg, est chef de file de l'action A5. Elle mobilise ses relations avec les acteurs luxembourgeois et coordonne la candidature aux fonds *Interreg V A Grande Région*.

## Les résultats attendus

1. vingt start-ups présentées à des investisseurs étrangers en trois ans ;
2. cinq partenariats avec des structures d'accompagnement luxembourgeoises ou sarroises ;
3. une délégation LORnTECH sur au moins un salon international par an.

*Ces cibles sont des objectifs de travail de l'exemple ; elles seront précisées avec les partenaires.*`

const secInclusion = `Le numérique n'a de sens que s'il profite à tous. La Ville de Metz soutient des associations qui, « comme Tous branchés, travaillent à la réduction de la fracture numérique » (*Metz Magazine*, 5 février 2015). LORnTECH fait de cet engagement une action à part entière, l'action A6.

## Ce que nous ferons

- des **ateliers de médiation numérique** dans les quartiers et dans les lieux totem, animés par un médiateur salarié et par les bénévoles de *Tous branchés* ;
- la collecte et le **don de matériel informatique reconditionné**, offert par des entreprises du Sillon lorrain ;
- l'accompagnement des **associations** dans leurs usages numériques, au sein du « bureau des associations » prévu par la charte des lieux totem ;
- des ateliers de code pour les jeunes et les femmes, en lien avec les écoles du territoire.

## Pourquoi c'est important pour l'écosystème

Les start-ups ont besoin de talents ; les quartiers en ont. Les ateliers sont aussi une porte d'entrée vers les formations de LORnTECH Compétences et vers les métiers du numérique.

## Le suivi

Le nombre de personnes accompagnées et d'ordinateurs redistribués sera présenté à chaque comité de pilotage. Les montants correspondants — bénévolat et dons en nature — sont valorisés dans le plan de financement (comptes 86 et 87).`

const secEngagements = `Conformément au processus de labellisation, LORnTECH prend publiquement **cinq engagements à un an**, formalisés chacun dans un document d'engagement.

1. **Ouvrir les quatre lieux totem** sous la charte commune LORnTECH, avec un calendrier partagé et un badge commun.
2. **Lancer la première cohorte de LORnTECH Accélérateur** à l'automne 2015, avec au moins dix start-ups.
3. **Organiser #GEN 2015** avec Grand Est Numérique et y présenter les start-ups accompagnées.
4. **Constituer l'équipe d'animation** de deux équivalents temps plein et installer le bureau des entrepreneurs.
5. **Présenter une délégation à Seed 4 Start** et signer un premier partenariat transfrontalier.

## Les indicateurs de suivi

| Indicateur | Départ | Cible 2015 | Cible 2016 | Cible 2017 |
|---|---:|---:|---:|---:|
| Start-ups | 40 (2015) | 40 | 60 | 80 |
| Start-ups accompagnées (cumul) | 0 | 25 | 60 | 100 |
| Emplois numériques | 10 400 (2014) | 11 150 | 11 950 | 12 800 |
| Entreprises numériques | ≈ 2 000 (2015) | 2 000 | 2 150 | 2 300 |
| Flux d'investissement (indice) | 100 (2014) | 125 | 160 | 200 |

Chaque engagement sera suivi :

- par un **responsable nommé** parmi les partenaires chefs de file ;
- par un **point d'étape trimestriel** au comité de pilotage ;
- par une **publication annuelle** des résultats, y compris les écarts.

Les sources des valeurs de départ sont données dans la liste des indicateurs. Les cibles traduisent les objectifs annoncés : *doubler les start-ups et les flux d'investissement en trois ans*, doubler les emplois en dix ans.

Pour en savoir plus sur le label : [La French Tech](https://lafrenchtech.com).`

// buildLORnTECHSections adds the ten chapters. The financing chapter is computed from the budget already in
// b.d so that its figures always match the plan.
func buildLORnTECHSections(b *builder, o sectionOwners) {
	b.section(dossier.Section{Key: "presentation-territoire", Title: "Présentation du territoire et de la candidature", Body: secTerritoire, MaxChars: 8000, Status: "valide", OwnerPartnerID: o.sillon})
	b.section(dossier.Section{Key: "ecosysteme", Title: "Un écosystème numérique remarquable", Body: secEcosysteme, MaxChars: 10000, Status: "valide", OwnerPartnerID: o.gen})
	b.section(dossier.Section{Key: "strategie", Title: "Stratégie et ambition", Body: secStrategie, MaxChars: 8000, Status: "a-relire", OwnerPartnerID: o.sillon})
	b.section(dossier.Section{Key: "gouvernance", Title: "Gouvernance", Body: secGouvernance, MaxChars: 6000, Status: "a-relire", OwnerPartnerID: o.sillon})
	b.section(dossier.Section{Key: "lieux-totem", Title: "Les lieux totem", Body: secTotems, MaxChars: 8000, Status: "valide", OwnerPartnerID: o.metz})
	b.section(dossier.Section{Key: "plan-actions", Title: "Plan d'actions 2015–2017", Body: secActions, MaxChars: 8000, Status: "en-cours", OwnerPartnerID: o.nancy})
	b.section(dossier.Section{Key: "international", Title: "International et transfrontalier", Body: secInternational, MaxChars: 6000, Status: "en-cours", OwnerPartnerID: o.thionville})
	b.section(dossier.Section{Key: "inclusion", Title: "Inclusion numérique", Body: secInclusion, MaxChars: 6000, Status: "a-relire", OwnerPartnerID: o.tb})
	b.section(dossier.Section{Key: "financement", Title: "Plan de financement", Body: financingChapter(b.d), MaxChars: 12000, Status: "en-cours", OwnerPartnerID: o.region})
	b.section(dossier.Section{Key: "engagements", Title: "Engagements à un an", Body: secEngagements, MaxChars: 6000, Status: "a-rediger", OwnerPartnerID: o.sillon})
}

// financingChapter writes the « Plan de financement » chapter from d's budget: yearly totals, in-kind lines,
// and the share of each funder type.
func financingChapter(d *dossier.Dossier) string {
	var sb strings.Builder
	sb.WriteString("Le plan de financement ci-dessous est **illustratif** : les montants ont été construits pour l'exemple " +
		"et ne reprennent pas le budget réel de la candidature. Le projet LORnTECH a été annoncé « doté de 7 M€ » " +
		"(actu88.fr, octobre 2014) ; le présent plan, limité aux actions d'animation et aux programmes, est volontairement plus modeste.\n\n")
	sb.WriteString("## Équilibre par année\n\nConformément au Cerfa n° 12156, le total des charges est égal au total des produits " +
		"pour chaque année, et les contributions volontaires en nature (comptes 86 et 87) s'équilibrent séparément.\n\n")
	sb.WriteString("| Année | Charges | Produits | Contributions en nature |\n|---|---:|---:|---:|\n")
	for _, y := range d.Budget() {
		label := fmt.Sprint(y.Year)
		if y.Year == 0 {
			label = "**Total**"
		}
		fmt.Fprintf(&sb, "| %s | %s | %s | %s |\n", label, fr.Euros(int64(y.Charges)), fr.Euros(int64(y.Produits)), fr.Euros(int64(y.InKindCharges)))
	}
	sb.WriteString("\n## Qui finance quoi\n\n")
	byType := map[string]dossier.Cents{}
	var cash dossier.Cents
	for _, p := range d.Produits() {
		if p.Nature != dossier.NatureCash {
			continue
		}
		a, _ := dossier.AccountByCode(p.Account)
		key := a.Group
		if a.Group == "74" {
			key = p.Account
		}
		byType[key] += p.Amount
		cash += p.Amount
	}
	order := []struct{ key, label string }{
		{"74-epci", "les quatre intercommunalités membres"},
		{"74-region", "la Région Lorraine (financeur d'équilibre)"},
		{"74-etat", "l'État et ses opérateurs (Bpifrance)"},
		{"74-autres-ep", "les autres établissements publics (Caisse des Dépôts, Université de Lorraine)"},
		{"74-ue", "les fonds européens (FEDER, Interreg)"},
		{"74-prive", "les entreprises partenaires (mécénat et partenariats)"},
		{"70", "les recettes propres (#GEN, frais de participation)"},
		{"75", "les dons manuels"},
	}
	var items []string
	for _, k := range order {
		if v := byType[k.key]; v != 0 {
			items = append(items, fmt.Sprintf("- %s : %s, soit %s %% des produits en numéraire", k.label, fr.Euros(int64(v)), percent(v, cash)))
		}
	}
	sb.WriteString(strings.Join(items, " ;\n") + ".\n")
	sb.WriteString("\n## Les contributions en nature\n\nLes partenaires apportent aussi des moyens valorisés sans flux financier : " +
		"**locaux** mis à disposition à TCRM-Blida par Metz Métropole et au Pôle Renaissance par la Métropole du Grand Nancy, " +
		"**personnel** (enseignants-chercheurs de l'Université de Lorraine, bénévoles de Grand Est Numérique et de Tous branchés), " +
		"**prestations** (expertise d'Inria Nancy – Grand Est, animation de TCRM-Blida par Metz Techno'pôles, mentorat de start-ups) " +
		"et des **dons de matériel** reconditionné.\n\n")
	sb.WriteString("## Points d'attention\n\n- toute subvention publique supérieure à 23 000 € par an donne lieu à une convention (loi n° 2000-321, art. 10) ;\n" +
		"- les montants *sollicités* et *prévisionnels* seront confirmés lors du comité de pilotage ;\n" +
		"- le Cerfa n'indique pas les centimes : les montants y sont arrondis à l'euro.\n")
	return sb.String()
}

// percent returns 100 × part / whole with one decimal and a French comma ("12,5"); "0" when whole is 0.
func percent(part, whole dossier.Cents) string {
	if whole == 0 {
		return "0"
	}
	tenths := (int64(part)*1000 + int64(whole)/2) / int64(whole)
	return fmt.Sprintf("%d,%d", tenths/10, tenths%10)
}
