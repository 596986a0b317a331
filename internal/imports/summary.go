package imports

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"dossierft/internal/dossier"
	"dossierft/internal/fr"
)

// WriteSummary writes the French plain-text summary of an actor import, as `dossierft import actors`
// prints it: how the file was read, the counts (read, valid, closed skipped, errors), the duplicate plan when
// plan is not nil (new, merged, skipped), the notes and every row error listed in rep. Example:
//
//	Fichier « sirene.csv » : CSV, UTF-8, séparateur virgule — SIRENE — établissements (StockEtablissement)
//	Lignes lues : 6 ; valides : 3 ; fermées ignorées : 1 ; en erreur : 2
//	Doublons : 3 nouveau(x), 0 fusionné(s), 0 doublon(s) ignoré(s)
//	Erreurs (2) :
//	  ligne 5, colonne « siret » : SIRET « 80012345700016 » : clé de contrôle incorrecte (valeur « 80012345700016 »)
func WriteSummary(w io.Writer, rep *ActorReport, plan *DupPlan) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "Fichier « %s » : %s — %s\n", rep.Source.File, rep.Source.Describe(), rep.Preset.Label())
	c := rep.Counts
	fmt.Fprintf(bw, "Lignes lues : %s ; valides : %s ; fermées ignorées : %s ; en erreur : %s\n",
		fr.Int(int64(c.Read)), fr.Int(int64(c.Valid)), fr.Int(int64(c.SkippedClosed)), fr.Int(int64(c.Errors)))
	if plan != nil {
		fmt.Fprintf(bw, "Doublons : %s\n", plan.Summary())
	}
	if len(rep.Ignored) > 0 {
		fmt.Fprintf(bw, "Colonnes non importées : %s\n", strings.Join(rep.Ignored, ", "))
	}
	for _, n := range rep.Notes {
		fmt.Fprintf(bw, "Remarque : %s\n", n)
	}
	if len(rep.Errors) > 0 {
		fmt.Fprintf(bw, "Erreurs (%s) :\n", fr.Int(int64(len(rep.Errors)+rep.ErrorsOmitted)))
		for _, e := range rep.Errors {
			fmt.Fprintf(bw, "  %s\n", strings.TrimPrefix(e.Error(), "Fichier « "+e.File+" », "))
		}
		if rep.ErrorsOmitted > 0 {
			fmt.Fprintf(bw, "  … et %s autre(s) erreur(s) non listée(s)\n", fr.Int(int64(rep.ErrorsOmitted)))
		}
	}
	return bw.Flush()
}

// WriteFormSummary writes the French plain-text summary of a returned form, as `dossierft import form`
// prints it: partner, counts, then each added, changed and removed contribution, the conflicts, the cell
// errors and the notes.
func WriteFormSummary(w io.Writer, d *FormDiff) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "Formulaire « %s » : partenaire n°%d « %s », candidature « %s », généré le %s\n", d.File,
		d.PartnerID, d.PartnerName, d.Candidature, fr.Date(firstN(d.Generated, 10)))
	fmt.Fprintf(bw, "%s\n", d.Summary())
	desc := func(c dossier.Contribution) string {
		s := describeContribution(c, false)
		if c.Label != "" {
			s += " — " + c.Label
		}
		return s
	}
	for _, c := range d.Added {
		fmt.Fprintf(bw, "  + %s\n", desc(c))
	}
	for _, ch := range d.Changed {
		fmt.Fprintf(bw, "  ~ n°%d : %s → %s (%s)\n", ch.Before.ID, desc(ch.Before), desc(ch.After),
			strings.Join(ch.Fields, ", "))
	}
	for _, c := range d.Removed {
		fmt.Fprintf(bw, "  - n°%d : %s\n", c.ID, desc(c))
	}
	for _, e := range d.Conflicts {
		fmt.Fprintf(bw, "Conflit : %s\n", strings.TrimPrefix(e.Error(), "Fichier « "+e.File+" », "))
	}
	for _, e := range d.Errors {
		fmt.Fprintf(bw, "Erreur : %s\n", strings.TrimPrefix(e.Error(), "Fichier « "+e.File+" », "))
	}
	for _, n := range d.Notes {
		fmt.Fprintf(bw, "Remarque : %s\n", n)
	}
	return bw.Flush()
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
