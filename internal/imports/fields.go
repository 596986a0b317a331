package imports

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Field is what a column of an imported file feeds. The first group are the actor's own fields; the second
// group are SIRENE columns that the reader combines (name, state, category rules).
type Field string

// Actor fields a column can be mapped to.
const (
	FieldIgnore       Field = ""             // column not imported
	FieldName         Field = "name"         // Actor.Name
	FieldCategory     Field = "category"     // Actor.Category: code or French label of dossier.ActorCategories
	FieldSIRET        Field = "siret"        // Actor.SIRET (14 digits, checked)
	FieldSIREN        Field = "siren"        // SIREN (9 digits, checked); with FieldNIC it makes the SIRET
	FieldNIC          Field = "nic"          // NIC (5 digits): SIRET = SIREN + NIC
	FieldNAF          Field = "naf"          // Actor.NAF, normalised to "62.01Z"
	FieldTown         Field = "town"         // Actor.Town
	FieldPostcode     Field = "postcode"     // Actor.Postcode, text
	FieldHeadcount    Field = "headcount"    // Actor.HeadcountBand: INSEE code or its label
	FieldCreationYear Field = "creationYear" // Actor.CreationYear
	FieldCreationDate Field = "creationDate" // a date whose year becomes Actor.CreationYear
	FieldFunds        Field = "funds"        // Actor.FundsRaised, French amount
	FieldWebsite      Field = "website"      // Actor.Website
	FieldDescription  Field = "description"  // Actor.Description
	FieldTags         Field = "tags"         // Actor.Tags, separated by ",", ";" or "|"
	FieldFictitious   Field = "fictitious"   // Actor.Fictitious: "Oui"/"Non" (also vrai/faux, true/false, 1/0, x)
)

// SIRENE fields combined by the reader (domain.md §3.5).
const (
	FieldState               Field = "state"               // etatAdministratifEtablissement: A actif, F fermé
	FieldUnitState           Field = "unitState"           // etatAdministratifUniteLegale: A active, C cessée
	FieldDenomination        Field = "denomination"        // denominationUniteLegale
	FieldSign                Field = "sign"                // enseigne1Etablissement
	FieldUsualName           Field = "usualName"           // denominationUsuelleEtablissement / …Usuelle1UniteLegale
	FieldLastName            Field = "lastName"            // nomUsageUniteLegale / nomUniteLegale (entrepreneurs)
	FieldFirstName           Field = "firstName"           // prenomUsuelUniteLegale / prenom1UniteLegale
	FieldAcronym             Field = "acronym"             // sigleUniteLegale
	FieldCompanyCategory     Field = "companyCategory"     // categorieEntreprise: PME, ETI, GE
	FieldLegalCategory       Field = "legalCategory"       // categorieJuridiqueUniteLegale, e.g. 5710, 9220
	FieldAssociationID       Field = "associationId"       // identifiantAssociationUniteLegale (RNA number)
	FieldNAFNomenclature     Field = "nafNomenclature"     // nomenclatureActivitePrincipaleEtablissement
	FieldUnitNAF             Field = "unitNaf"             // activitePrincipaleUniteLegale
	FieldUnitNAFNomenclature Field = "unitNafNomenclature" // nomenclatureActivitePrincipaleUniteLegale
	FieldHeadOfficeNIC       Field = "headOfficeNic"       // nicSiegeUniteLegale
	FieldKnown               Field = "known"               // a known SIRENE column that the actor does not use
)

// FieldInfo describes a field for the mapping screen.
type FieldInfo struct {
	Field Field  `json:"field"`
	Label string `json:"label"` // French
}

// ActorFields lists the fields a caller can choose in a free mapping, in screen order, with French labels
// (the column titles of the actors workbook).
var ActorFields = []FieldInfo{
	{FieldIgnore, "(ne pas importer)"},
	{FieldName, "Nom"},
	{FieldCategory, "Catégorie"},
	{FieldSIRET, "SIRET"},
	{FieldSIREN, "SIREN"},
	{FieldNIC, "NIC"},
	{FieldNAF, "Code NAF"},
	{FieldTown, "Commune"},
	{FieldPostcode, "Code postal"},
	{FieldHeadcount, "Tranche d'effectifs"},
	{FieldCreationYear, "Année de création"},
	{FieldCreationDate, "Date de création"},
	{FieldFunds, "Fonds levés"},
	{FieldWebsite, "Site web"},
	{FieldDescription, "Description"},
	{FieldTags, "Étiquettes"},
	{FieldFictitious, "Fictif"},
}

// fieldLabel returns the French label of a field (its code when it has none).
func fieldLabel(f Field) string {
	for _, fi := range ActorFields {
		if fi.Field == f {
			return fi.Label
		}
	}
	return string(f)
}

// Preset is a header mapping the reader knows.
type Preset string

// Presets.
const (
	PresetAuto                Preset = "auto"                 // detected from the header row
	PresetSIRENE              Preset = "sirene"               // either SIRENE file, detected from the header
	PresetSIRENEEtablissement Preset = "sirene-etablissement" // INSEE StockEtablissement (one row per SIRET)
	PresetSIRENEUniteLegale   Preset = "sirene-unite-legale"  // INSEE StockUniteLegale (one row per SIREN)
	PresetActors              Preset = "acteurs"              // our own actors export and common French titles
	PresetCustom              Preset = "libre"                // Options.Mapping chosen by the caller
)

// Label returns the French name of the preset.
func (p Preset) Label() string {
	switch p {
	case PresetAuto:
		return "détection automatique"
	case PresetSIRENE:
		return "SIRENE (INSEE)"
	case PresetSIRENEEtablissement:
		return "SIRENE — établissements (StockEtablissement)"
	case PresetSIRENEUniteLegale:
		return "SIRENE — unités légales (StockUniteLegale)"
	case PresetActors:
		return "liste d'acteurs (colonnes en français)"
	case PresetCustom:
		return "correspondance choisie"
	}
	return string(p)
}

// ParsePreset reads a preset name as typed on the command line ("auto", "sirene", "sirene-etablissement",
// "sirene-unite-legale", "acteurs", "libre"; case and accents ignored). The error is French.
func ParsePreset(s string) (Preset, error) {
	k := foldKey(s)
	for _, p := range []Preset{PresetAuto, PresetSIRENE, PresetSIRENEEtablissement, PresetSIRENEUniteLegale,
		PresetActors, PresetCustom} {
		if foldKey(string(p)) == k {
			return p, nil
		}
	}
	switch k {
	case "", "automatique":
		return PresetAuto, nil
	case "actors", "actor", "acteur":
		return PresetActors, nil
	case "etablissement", "stocketablissement":
		return PresetSIRENEEtablissement, nil
	case "unitelegale", "stockunitelegale":
		return PresetSIRENEUniteLegale, nil
	}
	return "", fmt.Errorf("préréglage « %s » inconnu : attendu auto, sirene, sirene-etablissement, "+
		"sirene-unite-legale, acteurs ou libre", s)
}

// foldKey folds a header name or a value for comparison: accents removed (NFD, marks dropped), œ/æ expanded,
// lower case, everything but ASCII letters and digits dropped. "Tranche d'effectifs" → "tranchedeffectifs".
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	if !isASCII(s) {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		switch {
		case r < 0x80:
			if r >= 'A' && r <= 'Z' {
				b.WriteByte(byte(r) + 'a' - 'A')
			} else if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
				b.WriteByte(byte(r))
			}
		case unicode.Is(unicode.Mn, r):
		case r == 'œ' || r == 'Œ':
			b.WriteString("oe")
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
		case r == 'ß':
			b.WriteString("ss")
		}
	}
	return b.String()
}

// foldWords folds like foldKey but keeps word boundaries as single spaces: "Saint-Dié-des-Vosges " →
// "saint die des vosges". Used for duplicate keys.
func foldWords(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	if !isASCII(s) {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		switch {
		case r < 0x80 && ((r >= 'a' && r <= 'z') || (r >= '0' && r <= '9')):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r + 'a' - 'A')
		case unicode.Is(unicode.Mn, r):
		case r == 'œ' || r == 'Œ':
			b.WriteString("oe")
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// col is one column of a preset: a SIRENE header and the field it feeds; priority orders columns feeding
// the same field (lower first).
type col struct {
	header string
	field  Field
}

// sireneEtablissementColumns are the StockEtablissement columns (classic 48 then newer ones), domain.md §3.5.
var sireneEtablissementColumns = []col{
	{"siren", FieldSIREN}, {"nic", FieldNIC}, {"siret", FieldSIRET},
	{"statutDiffusionEtablissement", FieldKnown}, {"dateCreationEtablissement", FieldCreationDate},
	{"trancheEffectifsEtablissement", FieldHeadcount}, {"anneeEffectifsEtablissement", FieldKnown},
	{"activitePrincipaleRegistreMetiersEtablissement", FieldKnown},
	{"dateDernierTraitementEtablissement", FieldKnown}, {"etablissementSiege", FieldKnown},
	{"nombrePeriodesEtablissement", FieldKnown}, {"complementAdresseEtablissement", FieldKnown},
	{"numeroVoieEtablissement", FieldKnown}, {"indiceRepetitionEtablissement", FieldKnown},
	{"typeVoieEtablissement", FieldKnown}, {"libelleVoieEtablissement", FieldKnown},
	{"codePostalEtablissement", FieldPostcode}, {"libelleCommuneEtablissement", FieldTown},
	{"libelleCommuneEtrangerEtablissement", FieldTown}, {"distributionSpecialeEtablissement", FieldKnown},
	{"codeCommuneEtablissement", FieldKnown}, {"codeCedexEtablissement", FieldKnown},
	{"libelleCedexEtablissement", FieldKnown}, {"codePaysEtrangerEtablissement", FieldKnown},
	{"libellePaysEtrangerEtablissement", FieldKnown}, {"complementAdresse2Etablissement", FieldKnown},
	{"numeroVoie2Etablissement", FieldKnown}, {"indiceRepetition2Etablissement", FieldKnown},
	{"typeVoie2Etablissement", FieldKnown}, {"libelleVoie2Etablissement", FieldKnown},
	{"codePostal2Etablissement", FieldKnown}, {"libelleCommune2Etablissement", FieldKnown},
	{"libelleCommuneEtranger2Etablissement", FieldKnown}, {"distributionSpeciale2Etablissement", FieldKnown},
	{"codeCommune2Etablissement", FieldKnown}, {"codeCedex2Etablissement", FieldKnown},
	{"libelleCedex2Etablissement", FieldKnown}, {"codePaysEtranger2Etablissement", FieldKnown},
	{"libellePaysEtranger2Etablissement", FieldKnown}, {"dateDebut", FieldKnown},
	{"etatAdministratifEtablissement", FieldState}, {"enseigne1Etablissement", FieldSign},
	{"enseigne2Etablissement", FieldKnown}, {"enseigne3Etablissement", FieldKnown},
	{"denominationUsuelleEtablissement", FieldUsualName}, {"activitePrincipaleEtablissement", FieldNAF},
	{"nomenclatureActivitePrincipaleEtablissement", FieldNAFNomenclature},
	{"caractereEmployeurEtablissement", FieldKnown},
	// Newer files.
	{"dernierNumeroVoieEtablissement", FieldKnown}, {"indiceRepetitionDernierNumeroVoieEtablissement", FieldKnown},
	{"identifiantAdresseEtablissement", FieldKnown}, {"coordonneeLambertAbscisseEtablissement", FieldKnown},
	{"coordonneeLambertOrdonneeEtablissement", FieldKnown}, {"activitePrincipaleNAF25Etablissement", FieldKnown},
}

// sireneUniteLegaleColumns are the StockUniteLegale columns (with the newer ones), domain.md §3.5.
var sireneUniteLegaleColumns = []col{
	{"siren", FieldSIREN}, {"statutDiffusionUniteLegale", FieldKnown}, {"unitePurgeeUniteLegale", FieldKnown},
	{"dateCreationUniteLegale", FieldCreationDate}, {"sigleUniteLegale", FieldAcronym},
	{"sexeUniteLegale", FieldKnown}, {"prenomUsuelUniteLegale", FieldFirstName},
	{"prenom1UniteLegale", FieldFirstName}, {"prenom2UniteLegale", FieldKnown},
	{"prenom3UniteLegale", FieldKnown}, {"prenom4UniteLegale", FieldKnown},
	{"pseudonymeUniteLegale", FieldKnown}, {"identifiantAssociationUniteLegale", FieldAssociationID},
	{"trancheEffectifsUniteLegale", FieldHeadcount}, {"anneeEffectifsUniteLegale", FieldKnown},
	{"dateDernierTraitementUniteLegale", FieldKnown}, {"nombrePeriodesUniteLegale", FieldKnown},
	{"categorieEntreprise", FieldCompanyCategory}, {"anneeCategorieEntreprise", FieldKnown},
	{"dateDebut", FieldKnown}, {"etatAdministratifUniteLegale", FieldUnitState},
	{"nomUsageUniteLegale", FieldLastName}, {"nomUniteLegale", FieldLastName},
	{"denominationUniteLegale", FieldDenomination}, {"denominationUsuelle1UniteLegale", FieldUsualName},
	{"denominationUsuelle2UniteLegale", FieldKnown}, {"denominationUsuelle3UniteLegale", FieldKnown},
	{"categorieJuridiqueUniteLegale", FieldLegalCategory}, {"activitePrincipaleUniteLegale", FieldUnitNAF},
	{"nomenclatureActivitePrincipaleUniteLegale", FieldUnitNAFNomenclature},
	{"nicSiegeUniteLegale", FieldHeadOfficeNIC}, {"economieSocialeSolidaireUniteLegale", FieldKnown},
	{"societeMissionUniteLegale", FieldKnown}, {"caractereEmployeurUniteLegale", FieldKnown},
	{"activitePrincipaleNAF25UniteLegale", FieldKnown},
}

// actorColumns are the French column titles of our actors export followed by common synonyms found in
// chamber-of-commerce and incubator lists; each folded with foldKey before matching.
var actorColumns = []col{
	{"Nom", FieldName}, {"Catégorie", FieldCategory}, {"SIRET", FieldSIRET}, {"Code NAF", FieldNAF},
	{"Commune", FieldTown}, {"Code postal", FieldPostcode}, {"Tranche d'effectifs", FieldHeadcount},
	{"Année de création", FieldCreationYear}, {"Fonds levés", FieldFunds}, {"Site web", FieldWebsite},
	{"Description", FieldDescription}, {"Étiquettes", FieldTags},
	// Synonyms.
	{"Raison sociale", FieldName}, {"Dénomination", FieldName}, {"Entreprise", FieldName},
	{"Société", FieldName}, {"Nom de l'entreprise", FieldName}, {"Structure", FieldName},
	{"Organisme", FieldName}, {"Acteur", FieldName}, {"Nom de la structure", FieldName},
	{"Type", FieldCategory}, {"Type d'acteur", FieldCategory}, {"Catégorie d'acteur", FieldCategory},
	{"N° SIRET", FieldSIRET}, {"Numéro SIRET", FieldSIRET}, {"SIREN", FieldSIREN}, {"N° SIREN", FieldSIREN},
	{"NIC", FieldNIC}, {"NAF", FieldNAF}, {"APE", FieldNAF}, {"Code APE", FieldNAF}, {"Code NAF/APE", FieldNAF},
	{"NAF rév. 2", FieldNAF}, {"Ville", FieldTown}, {"Localité", FieldTown}, {"CP", FieldPostcode},
	{"Tranche d'effectif", FieldHeadcount}, {"Tranche effectifs", FieldHeadcount},
	{"Effectif", FieldHeadcount}, {"Effectifs", FieldHeadcount}, {"Année", FieldCreationYear},
	{"Création", FieldCreationYear}, {"Année création", FieldCreationYear},
	{"Date de création", FieldCreationDate}, {"Date création", FieldCreationDate},
	{"Levée de fonds", FieldFunds}, {"Levées de fonds", FieldFunds}, {"Montant levé", FieldFunds},
	{"Fonds levés (€)", FieldFunds}, {"Site", FieldWebsite}, {"Site internet", FieldWebsite},
	{"URL", FieldWebsite}, {"Web", FieldWebsite}, {"Activité", FieldDescription},
	{"Présentation", FieldDescription}, {"Tags", FieldTags}, {"Mots-clés", FieldTags}, {"Mots clés", FieldTags},
	{"Origine", FieldKnown}, {"Fictif", FieldFictitious}, {"Fictive", FieldFictitious}, {"ID", FieldKnown}, {"Identifiant", FieldKnown},
}

// presetIndex maps folded header → field for each preset; for SIRENE, both files' columns are known to both
// presets (extracts joining establishments with their unité légale are common).
var presetIndex = func() map[Preset]map[string]Field {
	m := map[Preset]map[string]Field{}
	add := func(p Preset, cols []col) {
		if m[p] == nil {
			m[p] = map[string]Field{}
		}
		for _, c := range cols {
			k := foldKey(c.header)
			if _, dup := m[p][k]; !dup {
				m[p][k] = c.field
			}
		}
	}
	add(PresetSIRENEEtablissement, sireneEtablissementColumns)
	add(PresetSIRENEEtablissement, sireneUniteLegaleColumns)
	add(PresetSIRENEUniteLegale, sireneUniteLegaleColumns)
	add(PresetSIRENEUniteLegale, sireneEtablissementColumns)
	add(PresetActors, actorColumns)
	return m
}()

// priority gives the order in which columns feeding the same field are tried, per preset (lower first):
// the position of the header in the preset's column list (establishment before unité légale for SIRENE).
var priority = func() map[Preset]map[string]int {
	m := map[Preset]map[string]int{}
	add := func(p Preset, lists ...[]col) {
		m[p] = map[string]int{}
		n := 0
		for _, l := range lists {
			for _, c := range l {
				k := foldKey(c.header)
				if _, dup := m[p][k]; !dup {
					m[p][k] = n
				}
				n++
			}
		}
	}
	add(PresetSIRENEEtablissement, sireneEtablissementColumns, sireneUniteLegaleColumns)
	add(PresetSIRENEUniteLegale, sireneUniteLegaleColumns, sireneEtablissementColumns)
	add(PresetActors, actorColumns)
	return m
}()

// detectPreset chooses a preset from the header row: SIRENE establishments when "siret" and
// "etatAdministratifEtablissement" (or at least three …Etablissement columns) are there; SIRENE unités légales
// when "siren" and "etatAdministratifUniteLegale" or "denominationUniteLegale" are there without "siret";
// otherwise the actors preset.
func detectPreset(headers []string) Preset {
	has := map[string]bool{}
	etab := 0
	for _, h := range headers {
		k := foldKey(h)
		has[k] = true
		if strings.HasSuffix(k, "etablissement") {
			etab++
		}
	}
	switch {
	case (has["siret"] || (has["siren"] && has["nic"])) && (has["etatadministratifetablissement"] || etab >= 3):
		return PresetSIRENEEtablissement
	case has["siren"] && (has["etatadministratifunitelegale"] || has["denominationunitelegale"]):
		return PresetSIRENEUniteLegale
	}
	return PresetActors
}

// mapping is a resolved header mapping: for each field, the column indexes feeding it, in priority order.
type mapping struct {
	preset  Preset
	cols    map[Field][]int
	byCol   []Field  // field of each column (FieldIgnore when not imported)
	unknown []string // headers the preset did not know
}

// resolveMapping builds the mapping of headers for preset p (not PresetAuto/PresetSIRENE: resolve them first).
// For PresetCustom, custom maps header names (matched with foldKey) to fields; a name absent from the header
// row is an error. The error is French.
func resolveMapping(headers []string, p Preset, custom map[string]Field) (*mapping, error) {
	m := &mapping{preset: p, cols: map[Field][]int{}, byCol: make([]Field, len(headers))}
	folded := make([]string, len(headers))
	for i, h := range headers {
		folded[i] = foldKey(h)
	}
	if p == PresetCustom {
		keys := make([]string, 0, len(custom))
		for k := range custom {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, name := range keys {
			f := custom[name]
			k := foldKey(name)
			found := false
			for i, fh := range folded {
				if fh == k && m.byCol[i] == FieldIgnore {
					m.byCol[i] = f
					found = true
					break
				}
			}
			if !found {
				return nil, fmt.Errorf("la colonne « %s » choisie dans la correspondance n'existe pas dans le fichier", name)
			}
			if f != FieldIgnore && !validField(f) {
				return nil, fmt.Errorf("champ « %s » inconnu dans la correspondance (colonne « %s »)", f, name)
			}
		}
		for i, f := range m.byCol {
			if f != FieldIgnore && f != FieldKnown {
				m.cols[f] = append(m.cols[f], i)
			}
		}
		return m, nil
	}
	idx := presetIndex[p]
	prio := priority[p]
	type ranked struct{ col, rank int }
	perField := map[Field][]ranked{}
	for i, k := range folded {
		f, ok := idx[k]
		if !ok {
			if headers[i] != "" {
				m.unknown = append(m.unknown, headers[i])
			}
			continue
		}
		m.byCol[i] = f
		if f != FieldKnown {
			perField[f] = append(perField[f], ranked{i, prio[k]})
		}
	}
	for f, rs := range perField {
		sort.SliceStable(rs, func(a, b int) bool { return rs[a].rank < rs[b].rank })
		for _, r := range rs {
			m.cols[f] = append(m.cols[f], r.col)
		}
	}
	return m, nil
}

// validField reports whether f is a field a mapping may use.
func validField(f Field) bool {
	for _, fi := range ActorFields {
		if fi.Field == f {
			return true
		}
	}
	switch f {
	case FieldState, FieldUnitState, FieldDenomination, FieldSign, FieldUsualName, FieldLastName, FieldFirstName,
		FieldAcronym, FieldCompanyCategory, FieldLegalCategory, FieldAssociationID, FieldNAFNomenclature,
		FieldUnitNAF, FieldUnitNAFNomenclature, FieldHeadOfficeNIC, FieldKnown:
		return true
	}
	return false
}

// suggest returns the mapping a preset gives to each header, keyed by header as written in the file (only
// mapped columns), for the preview and as a starting point of a free mapping.
func (m *mapping) suggest(headers []string) map[string]Field {
	out := map[string]Field{}
	for i, f := range m.byCol {
		if f != FieldIgnore && f != FieldKnown && i < len(headers) {
			if _, dup := out[headers[i]]; !dup {
				out[headers[i]] = f
			}
		}
	}
	return out
}

// dupGroup is a set of columns read for the same field (at least two), in the order they are tried.
type dupGroup struct {
	field Field
	cols  []int
}

// duplicates returns the groups of columns that feed one field and deserve a remark: with PresetActors and
// PresetCustom, any two columns mapped to the same field (a repeated header such as "Nom;Nom", or synonyms such
// as "Nom" and "Raison sociale"); with the SIRENE presets, only repeated headers, since their different
// columns feeding one field (nomUsageUniteLegale then nomUniteLegale…) are the designed fallbacks. Groups are
// in the order of their first column.
func (m *mapping) duplicates(headers []string) []dupGroup {
	var out []dupGroup
	sirene := m.preset == PresetSIRENEEtablissement || m.preset == PresetSIRENEUniteLegale
	for f, cols := range m.cols {
		if len(cols) < 2 {
			continue
		}
		if !sirene {
			out = append(out, dupGroup{f, cols})
			continue
		}
		byKey := map[string][]int{}
		var keys []string
		for _, i := range cols {
			k := foldKey(headers[i])
			if byKey[k] == nil {
				keys = append(keys, k)
			}
			byKey[k] = append(byKey[k], i)
		}
		for _, k := range keys {
			if len(byKey[k]) > 1 {
				out = append(out, dupGroup{f, byKey[k]})
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return slicesMin(out[a].cols) < slicesMin(out[b].cols) })
	return out
}

func slicesMin(s []int) int {
	m := s[0]
	for _, x := range s[1:] {
		m = min(m, x)
	}
	return m
}

// dupNote is the French remark about a group of columns feeding one field; diff counts the rows where they
// held different values (first: line first), or is -1 when not known yet (preview).
func dupNote(headers []string, g dupGroup, diff, first int) string {
	var cols []string
	for _, i := range g.cols {
		cols = append(cols, fmt.Sprintf("« %s » (colonne %d)", headers[i], i+1))
	}
	list := strings.Join(cols[:len(cols)-1], ", ") + " et " + cols[len(cols)-1]
	label := fieldLabel(g.field)
	if label == string(g.field) {
		label = headers[g.cols[0]]
	}
	s := fmt.Sprintf("colonnes %s lues pour le même champ « %s » : la première non vide, dans cet ordre, est "+
		"prise", list, label)
	switch {
	case diff > 0:
		s += fmt.Sprintf(" ; elles diffèrent sur %d ligne(s) (première : ligne %d) : vérifiez la correspondance "+
			"des colonnes", diff, first)
	case diff == 0:
		s += " ; elles ne diffèrent sur aucune ligne"
	}
	return s
}
