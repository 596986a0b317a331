package dossier

// Code is one value of a closed list: a stable code stored in the dossier and its French label.
type Code struct {
	Code  string `json:"code"`
	Label string `json:"label"`
}

// LabelOf returns the French label of code in list, or code itself when it is not in the list.
func LabelOf(list []Code, code string) string {
	for _, c := range list {
		if c.Code == code {
			return c.Label
		}
	}
	return code
}

// Has reports whether code is one of list's codes.
func Has(list []Code, code string) bool {
	for _, c := range list {
		if c.Code == code {
			return true
		}
	}
	return false
}

// Partner kinds (design/product.md, "Partners").
var PartnerKinds = []Code{
	{"collectivite", "Collectivité"},
	{"epci", "EPCI"},
	{"etat", "État / opérateur"},
	{"entreprise", "Entreprise"},
	{"startup", "Start-up"},
	{"enseignement", "Enseignement supérieur"},
	{"laboratoire", "Laboratoire"},
	{"association", "Association"},
	{"accelerateur", "Accélérateur / incubateur"},
	{"investisseur", "Investisseur"},
	{"autre", "Autre"},
}

// Partner roles.
var PartnerRoles = []Code{
	{"fondateur", "Membre fondateur"},
	{"financeur", "Financeur"},
	{"soutien", "Soutien"},
}

// Letter of support statuses.
var LetterStatuses = []Code{
	{"aucune", "Non demandée"},
	{"demandee", "Demandée"},
	{"recue", "Reçue"},
}

// FunderTypes are the funder types of the Cerfa 12156 line 74 "Subventions d'exploitation"; a partner's cash
// contribution lands on the matching account "74-<code>" (Cerfa 12156*06, produits).
var FunderTypes = []Code{
	{"etat", "État"},
	{"region", "Région"},
	{"departement", "Département"},
	{"epci", "Intercommunalité (EPCI)"},
	{"commune", "Commune"},
	{"organismes-sociaux", "Organismes sociaux"},
	{"ue", "Fonds européens"},
	{"asp", "Agence de services et de paiement"},
	{"autres-ep", "Autres établissements publics"},
	{"prive", "Aides privées"},
}

// Contribution natures.
const (
	NatureCash   = "numeraire" // en numéraire
	NatureInKind = "nature"    // contribution en nature
)

// Natures lists the contribution natures with their labels.
var Natures = []Code{
	{NatureCash, "Numéraire"},
	{NatureInKind, "En nature"},
}

// InKindTypes are the kinds of in-kind contribution (design/product.md).
var InKindTypes = []Code{
	{"locaux", "Locaux"},
	{"personnel", "Personnel mis à disposition"},
	{"prestations", "Prestations"},
}

// ContributionStatuses apply to contributions and resource lines.
var ContributionStatuses = []Code{
	{"acquis", "Acquis"},
	{"sollicite", "Sollicité"},
	{"previsionnel", "Prévisionnel"},
}

// ActionAxes are the axes of the plan d'actions.
var ActionAxes = []Code{
	{"acceleration", "Accélération"},
	{"attractivite", "Attractivité / rayonnement"},
	{"international", "International"},
	{"lieu-totem", "Lieu totem"},
	{"animation", "Animation de l'écosystème"},
	{"inclusion", "Inclusion numérique"},
	{"competences", "Compétences / formation"},
	{"autre", "Autre"},
}

// ActorCategories are the categories of the annuaire de l'écosystème.
var ActorCategories = []Code{
	{"startup", "Start-up"},
	{"pme", "PME / ETI"},
	{"grande-entreprise", "Grande entreprise"},
	{"laboratoire", "Laboratoire"},
	{"enseignement", "Enseignement supérieur"},
	{"accelerateur", "Accélérateur / incubateur"},
	{"investisseur", "Investisseur"},
	{"association", "Association"},
	{"collectivite", "Collectivité / institution"},
	{"tiers-lieu", "Tiers-lieu / fablab"},
	{"autre", "Autre"},
}

// SectionStatuses are the editorial statuses of a chapter.
var SectionStatuses = []Code{
	{"a-rediger", "À rédiger"},
	{"en-cours", "En cours"},
	{"a-relire", "À relire"},
	{"valide", "Validé"},
}

// TerritoryKinds are the kinds of member territory.
var TerritoryKinds = []Code{
	{"commune", "Commune"},
	{"epci", "EPCI"},
	{"departement", "Département"},
	{"autre", "Autre"},
}

// AttachmentKinds are the kinds of stored file.
var AttachmentKinds = []Code{
	{"lettre", "Lettre de soutien"},
	{"logo", "Logo"},
	{"annexe", "Annexe"},
}

// CandidatureStatuses are the stages of the candidature.
var CandidatureStatuses = []Code{
	{"preparation", "En préparation"},
	{"deposee", "Déposée"},
	{"co-construction", "En co-construction"},
	{"labellisee", "Labellisée"},
}

// HeadcountBands are INSEE's tranches d'effectifs (variable "tefen", sirene.fr; domain.md §3.5).
var HeadcountBands = []Code{
	{"NN", "Non employeuse / non renseignée"},
	{"00", "0 salarié"},
	{"01", "1 ou 2 salariés"},
	{"02", "3 à 5 salariés"},
	{"03", "6 à 9 salariés"},
	{"11", "10 à 19 salariés"},
	{"12", "20 à 49 salariés"},
	{"21", "50 à 99 salariés"},
	{"22", "100 à 199 salariés"},
	{"31", "200 à 249 salariés"},
	{"32", "250 à 499 salariés"},
	{"41", "500 à 999 salariés"},
	{"42", "1 000 à 1 999 salariés"},
	{"51", "2 000 à 4 999 salariés"},
	{"52", "5 000 à 9 999 salariés"},
	{"53", "10 000 salariés et plus"},
}
