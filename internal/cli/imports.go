package cli

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"dossierft/internal/export"
	"dossierft/internal/fr"
	"dossierft/internal/imports"
	"dossierft/internal/store"
)

// maxShownErrors is how many row errors the command prints (all go to --rapport).
const maxShownErrors = 50

func cmdImport(ctx context.Context, args []string, env Env) int {
	if len(args) == 0 || (args[0] != "actors" && args[0] != "form" && args[0] != "--help" && args[0] != "-h") {
		fmt.Fprintln(env.Stderr, "Usage : dossierft import actors DOSSIER FICHIER [options] | dossierft import form DOSSIER FICHIER.xlsx")
		if len(args) > 0 && (args[0] == "--help" || args[0] == "-h") {
			return ExitOK
		}
		return ExitUsage
	}
	switch args[0] {
	case "--help", "-h":
		fmt.Fprintln(env.Stdout, "Usage : dossierft import actors DOSSIER FICHIER [options] | dossierft import form DOSSIER FICHIER.xlsx")
		return ExitOK
	case "form":
		return cmdImportForm(ctx, args[1:], env)
	}
	fs := newFlags("import actors", "dossierft import actors DOSSIER FICHIER [--preset auto|sirene|acteurs] [--dry-run] [--doublons ignorer|fusionner] [--categorie CODE] [--feuille NOM] [--rapport ERREURS.csv]", env)
	preset := fs.String("preset", "auto", "correspondance des colonnes : auto, sirene, sirene-etablissement, sirene-unite-legale, acteurs")
	dry := fs.Bool("dry-run", false, "affiche le bilan sans rien enregistrer")
	dups := fs.String("doublons", "ignorer", "doublons (même SIRET, ou même nom et commune) : ignorer ou fusionner")
	cat := fs.String("categorie", "", "catégorie donnée aux acteurs dont la catégorie n'est ni lue ni devinée (code, ex. startup)")
	sheet := fs.String("feuille", "", "feuille du classeur XLSX à lire (par défaut la première non vide)")
	report := fs.String("rapport", "", "écrit la liste des erreurs par ligne dans ce fichier CSV")
	keepClosed := fs.Bool("fermes", false, "importe aussi les établissements fermés")
	pos, code := parse(fs, args[1:], 2, env)
	if code >= 0 {
		return code
	}
	p, err := imports.ParsePreset(*preset)
	if err != nil {
		fmt.Fprintln(env.Stderr, err)
		return ExitUsage
	}
	policy := imports.DupSkip
	switch *dups {
	case "ignorer", "skip":
	case "fusionner", "merge":
		policy = imports.DupMerge
	default:
		fmt.Fprintf(env.Stderr, "--doublons « %s » : attendu ignorer ou fusionner\n", *dups)
		return ExitUsage
	}
	st, err := store.Open(ctx, pos[0])
	if err != nil {
		return fail(env, err)
	}
	defer st.Close()
	rep, err := imports.ReadActorsFile(pos[1], imports.Options{Preset: p, DefaultCategory: *cat, Sheet: *sheet, KeepClosed: *keepClosed})
	if err != nil {
		return fail(env, err)
	}
	d, err := st.Load(ctx)
	if err != nil {
		return fail(env, err)
	}
	plan, err := imports.PlanDuplicates(rep.Actors, d.Actors, policy)
	if err != nil {
		return fail(env, err)
	}
	fmt.Fprintf(env.Stdout, "Fichier « %s » : %s ; correspondance : %s\n", filepath.Base(pos[1]),
		rep.Source.Describe(), rep.Preset.Label())
	for _, n := range rep.Notes {
		fmt.Fprintf(env.Stdout, "remarque : %s\n", n)
	}
	fmt.Fprintf(env.Stdout, "lues : %d\nimportées : %d\nfusionnées : %d\ndoublons ignorés : %d\nfermées ignorées : %d\nen erreur : %d\n",
		rep.Counts.Read, plan.Counts.New, plan.Counts.Merged, plan.Counts.Skipped, rep.Counts.SkippedClosed, rep.Counts.Errors)
	for i, e := range rep.Errors {
		if i == maxShownErrors {
			fmt.Fprintf(env.Stdout, "… et %d autre(s) erreur(s)%s\n", len(rep.Errors)-i+rep.ErrorsOmitted, map[bool]string{true: " (voir le rapport)", false: " (--rapport FICHIER.csv pour toutes les voir)"}[*report != ""])
			break
		}
		fmt.Fprintln(env.Stdout, e.Error())
	}
	if *report != "" {
		err := export.WriteFile(*report, func(w io.Writer) error { return imports.WriteErrorsCSV(w, rep.Errors) })
		if err != nil {
			return fail(env, err)
		}
		fmt.Fprintf(env.Stdout, "rapport d'erreurs : %s\n", *report)
	}
	if *dry {
		fmt.Fprintln(env.Stdout, "essai (--dry-run) : rien n'a été enregistré")
		return ExitOK
	}
	if plan.Counts.New+plan.Counts.Merged == 0 {
		fmt.Fprintln(env.Stdout, "aucun acteur à enregistrer")
		return ExitOK
	}
	summary := fmt.Sprintf("Import de %s acteur(s) depuis « %s »", fr.Int(int64(plan.Counts.New+plan.Counts.Merged)), filepath.Base(pos[1]))
	if err := st.ImportActors(ctx, summary, plan.Insert, plan.Update); err != nil {
		return fail(env, err)
	}
	fmt.Fprintf(env.Stdout, "enregistré : %s (annulable en une fois)\n", summary)
	return ExitOK
}

func cmdImportForm(ctx context.Context, args []string, env Env) int {
	fmt.Fprintln(env.Stderr, "import de formulaire : pas encore disponible")
	return ExitFail
}
