package sample

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Phrase pieces for the synthetic French text of Large (no lorem ipsum: plausible, if repetitive, French).
var (
	txtSubjects = []string{"Le réseau des lieux totem", "L'équipe d'animation", "Chaque start-up accompagnée", "Les collectivités membres",
		"Le programme d'accélération", "La communauté des entrepreneurs", "L'université", "Le comité de pilotage", "Le bureau des entrepreneurs",
		"L'incubateur régional", "La filière numérique", "Le plan d'actions", "Chaque lieu totem", "Le dispositif de détection",
		"L'association des acteurs du numérique", "La métropole", "Le fonds d'amorçage", "L'école d'ingénieurs", "Le laboratoire partenaire"}
	// txtVerbs holds each verb in the third person singular and plural.
	txtVerbs = [][2]string{{"renforce", "renforcent"}, {"accompagne", "accompagnent"}, {"structure", "structurent"},
		{"développe", "développent"}, {"favorise", "favorisent"}, {"mobilise", "mobilisent"}, {"valorise", "valorisent"},
		{"organise", "organisent"}, {"soutient", "soutiennent"}, {"anime", "animent"}, {"consolide", "consolident"},
		{"relie", "relient"}, {"fait connaître", "font connaître"}, {"encourage", "encouragent"}, {"prépare", "préparent"},
		{"coordonne", "coordonnent"}, {"élargit", "élargissent"}, {"simplifie", "simplifient"}}
	txtObjects = []string{"les projets innovants", "la croissance des jeunes entreprises", "l'attractivité du territoire",
		"les compétences numériques", "les partenariats transfrontaliers", "l'accès au financement", "les talents locaux",
		"la visibilité internationale", "les usages numériques", "la coopération entre les villes", "les démonstrateurs industriels",
		"la formation continue", "les levées de fonds", "l'achat public innovant", "les échanges entre chercheurs et entrepreneurs",
		"l'inclusion numérique des habitants", "les événements de la filière", "la création d'emplois qualifiés"}
	txtComplements = []string{"dans les quatre villes du réseau", "tout au long de l'année", "en lien avec les laboratoires",
		"au plus près des entreprises", "grâce à une charte commune", "avec l'appui des collectivités", "sur l'ensemble du territoire",
		"dès la première année", "en s'appuyant sur les acteurs existants", "avec des indicateurs suivis chaque trimestre",
		"au service des porteurs de projet", "dans une logique de réseau", "à l'échelle de la Grande Région", "sans surcoût pour les membres"}
	txtConnectors = []string{"", "", "", "Par ailleurs, ", "En outre, ", "Ainsi, ", "De plus, ", "Dans le même temps, ", "Concrètement, ", "À terme, "}
	txtHeadings   = []string{"Contexte", "Objectifs", "Moyens mobilisés", "Calendrier", "Partenaires", "Résultats attendus",
		"Suivi et évaluation", "Risques et parades", "Articulation avec les autres actions", "Perspectives"}
)

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if r[0] == 'L' && len(r) > 1 && (r[1] == '\'' || r[1] == 'e' || r[1] == 'a') {
		return "l" + string(r[1:])
	}
	if r[0] == 'C' {
		return "c" + string(r[1:])
	}
	return s
}

// sentence returns one synthetic French sentence.
func sentence(r *rand.Rand) string {
	c := oneOf(r, txtConnectors)
	s := oneOf(r, txtSubjects)
	n := 0
	if strings.HasPrefix(s, "Les ") {
		n = 1 // plural subject
	}
	if c != "" {
		s = lowerFirst(s)
	}
	out := c + s + " " + oneOf(r, txtVerbs)[n] + " " + oneOf(r, txtObjects) + " " + oneOf(r, txtComplements)
	if r.IntN(3) == 0 {
		out += ", et " + oneOf(r, txtVerbs)[n] + " " + oneOf(r, txtObjects)
	}
	return out + "."
}

// chapter returns a synthetic Markdown chapter of at least words words: paragraphs under "##" headings, bullet
// lists, one numbered list and one table.
func chapter(r *rand.Rand, words int) string {
	var sb strings.Builder
	count := 0
	write := func(s string) {
		sb.WriteString(s)
		count += len(strings.Fields(s))
	}
	para := func(n int) {
		for i := 0; i < n; i++ {
			if i > 0 {
				write(" ")
			}
			write(sentence(r))
		}
		write("\n\n")
	}
	para(4)
	write("1. " + strings.TrimSuffix(sentence(r), ".") + " ;\n2. " + strings.TrimSuffix(sentence(r), ".") + " ;\n3. " + sentence(r) + "\n\n")
	write("| Étape | Échéance | Responsable |\n|---|---|---|\n")
	for i := 0; i < 4; i++ {
		write(fmt.Sprintf("| %s | %d | %s |\n", oneOf(r, txtObjects), 2015+i%3, oneOf(r, txtSubjects)))
	}
	write("\n")
	h := r.IntN(len(txtHeadings))
	for count < words {
		write("## " + txtHeadings[h%len(txtHeadings)] + "\n\n")
		h++
		para(3 + r.IntN(4))
		if r.IntN(2) == 0 {
			n := 3 + r.IntN(3)
			for i := 0; i < n; i++ {
				end := " ;\n"
				if i == n-1 {
					end = ".\n"
				}
				write("- **" + oneOf(r, txtObjects) + "** " + oneOf(r, txtComplements) + end)
			}
			write("\n")
		}
		para(2 + r.IntN(3))
	}
	return strings.TrimSpace(sb.String())
}
