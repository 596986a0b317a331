package dossier

import "strings"

// Account sides.
const (
	SideCharge  = "charge"
	SideProduit = "produit"
)

// Account is one line of the Cerfa 12156 budget (charges or produits).
// Group is the two-digit PCG class shown as the Cerfa heading ("60", "74", "86"…); InKind marks 86x/87x lines
// (contributions volontaires en nature), which balance separately (Σ86 = Σ87).
type Account struct {
	Code   string `json:"code"`   // stable code stored in the dossier, e.g. "641", "74-region", "871"
	Group  string `json:"group"`  // Cerfa heading / PCG class, e.g. "64", "74", "87"
	Label  string `json:"label"`  // French label as printed on the form
	Side   string `json:"side"`   // SideCharge or SideProduit
	InKind bool   `json:"inKind"` // 86x / 87x
}

// AccountGroups gives the French heading of each Cerfa 12156 group (Cerfa 12156*03/*05/*06, budget pages;
// domain.md §2.3).
var AccountGroups = map[string]string{
	"60": "60 – Achats",
	"61": "61 – Services extérieurs",
	"62": "62 – Autres services extérieurs",
	"63": "63 – Impôts et taxes",
	"64": "64 – Charges de personnel",
	"65": "65 – Autres charges de gestion courante",
	"66": "66 – Charges financières",
	"67": "67 – Charges exceptionnelles",
	"68": "68 – Dotation aux amortissements",
	"86": "86 – Emplois des contributions volontaires en nature",
	"70": "70 – Vente de produits finis, de marchandises, prestations de services",
	"73": "73 – Dotations et produits de tarification",
	"74": "74 – Subventions d'exploitation",
	"75": "75 – Autres produits de gestion courante",
	"76": "76 – Produits financiers",
	"77": "77 – Produits exceptionnels",
	"78": "78 – Reports ressources non utilisées d'opérations antérieures",
	"87": "87 – Contributions volontaires en nature",
}

// Accounts is the Cerfa 12156*06 budget grid, charges then produits, in form order (domain.md §2.3).
// Sub-line codes are PCG accounts where the form gives one (613, 641…); the 60 sub-lines use PCG 604/606/6068;
// the 74 sub-lines, which have no PCG number, use "74-<FunderType code>".
var Accounts = []Account{
	{"604", "60", "Prestations de services", SideCharge, false},
	{"606", "60", "Achats matières et fournitures", SideCharge, false},
	{"6068", "60", "Autres fournitures", SideCharge, false},
	{"613", "61", "Locations", SideCharge, false},
	{"615", "61", "Entretien et réparation", SideCharge, false},
	{"616", "61", "Assurance", SideCharge, false},
	{"618", "61", "Documentation", SideCharge, false},
	{"622", "62", "Rémunérations intermédiaires et honoraires", SideCharge, false},
	{"623", "62", "Publicité, publication", SideCharge, false},
	{"625", "62", "Déplacements, missions", SideCharge, false},
	{"628", "62", "Services bancaires, autres", SideCharge, false},
	{"631", "63", "Impôts et taxes sur rémunération", SideCharge, false},
	{"635", "63", "Autres impôts et taxes", SideCharge, false},
	{"641", "64", "Rémunération des personnels", SideCharge, false},
	{"645", "64", "Charges sociales", SideCharge, false},
	{"647", "64", "Autres charges de personnel", SideCharge, false},
	{"65", "65", "Autres charges de gestion courante", SideCharge, false},
	{"66", "66", "Charges financières", SideCharge, false},
	{"67", "67", "Charges exceptionnelles", SideCharge, false},
	{"68", "68", "Dotation aux amortissements", SideCharge, false},
	{"860", "86", "Secours en nature", SideCharge, true},
	{"861", "86", "Mise à disposition gratuite de biens et services", SideCharge, true},
	{"862", "86", "Prestations", SideCharge, true},
	{"864", "86", "Personnel bénévole", SideCharge, true},

	{"70", "70", "Vente de produits finis, de marchandises, prestations de services", SideProduit, false},
	{"73", "73", "Dotations et produits de tarification", SideProduit, false},
	{"74-etat", "74", "État", SideProduit, false},
	{"74-region", "74", "Région(s)", SideProduit, false},
	{"74-departement", "74", "Département(s)", SideProduit, false},
	{"74-epci", "74", "Intercommunalité(s) : EPCI", SideProduit, false},
	{"74-commune", "74", "Commune(s)", SideProduit, false},
	{"74-organismes-sociaux", "74", "Organismes sociaux", SideProduit, false},
	{"74-ue", "74", "Fonds européens (FSE, FEDER, etc.)", SideProduit, false},
	{"74-asp", "74", "L'agence de services et de paiement (emplois aidés)", SideProduit, false},
	{"74-autres-ep", "74", "Autres établissements publics", SideProduit, false},
	{"74-prive", "74", "Aides privées", SideProduit, false},
	{"75", "75", "Autres produits de gestion courante (dont cotisations, dons manuels ou legs)", SideProduit, false},
	{"76", "76", "Produits financiers", SideProduit, false},
	{"77", "77", "Produits exceptionnels", SideProduit, false},
	{"78", "78", "Reports ressources non utilisées d'opérations antérieures", SideProduit, false},
	{"870", "87", "Bénévolat", SideProduit, true},
	{"871", "87", "Prestations en nature", SideProduit, true},
	{"875", "87", "Dons en nature", SideProduit, true},
}

var accountIndex = func() map[string]Account {
	m := make(map[string]Account, len(Accounts))
	for _, a := range Accounts {
		m[a.Code] = a
	}
	return m
}()

// AccountByCode returns the Cerfa account with that code and whether it exists.
func AccountByCode(code string) (Account, bool) {
	a, ok := accountIndex[code]
	return a, ok
}

// AccountsOf returns the accounts of one side (SideCharge or SideProduit), in form order.
func AccountsOf(side string) []Account {
	var out []Account
	for _, a := range Accounts {
		if a.Side == side {
			out = append(out, a)
		}
	}
	return out
}

// DefaultContributionAccount returns the produits account a contribution lands on when none is set:
// in kind → "871" (prestations en nature; "870" for personnel, as bénévolat is the closest Cerfa line),
// cash from a partner with a funder type → "74-<type>", other cash → "75".
func DefaultContributionAccount(nature, inKindType, funderType string) string {
	if nature == NatureInKind {
		if inKindType == "personnel" {
			return "870"
		}
		return "871"
	}
	if funderType != "" && Has(FunderTypes, funderType) {
		return "74-" + funderType
	}
	return "75"
}

// AccountLabel returns "code – label" for display, e.g. "641 – Rémunération des personnels"; for the 74
// sub-lines "74 – État". Unknown codes come back as given.
func AccountLabel(code string) string {
	a, ok := AccountByCode(code)
	if !ok {
		return code
	}
	c := a.Code
	if strings.HasPrefix(c, "74-") {
		c = "74"
	}
	return c + " – " + a.Label
}
