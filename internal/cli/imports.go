package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"path/filepath"

	"dossierft/internal/dossier"
	"dossierft/internal/export"
	"dossierft/internal/fr"
	"dossierft/internal/imports"
	"dossierft/internal/store"
)

// maxShownErrors is how many row errors the command prints (all go to --rapport).
const maxShownErrors = 50

func cmdImport(ctx context.Context, args []string, env Env) int {
	const use = "Usage : dossierft import actors DOSSIER FICHIER [options] | dossierft import form DOSSIER FORMULAIRE.xlsx [--dry-run]"
	switch {
	case len(args) > 0 && (args[0] == "--help" || args[0] == "-h"):
		fmt.Fprintln(env.Stdout, use)
		return ExitOK
	case len(args) > 0 && args[0] == "form":
		return cmdImportForm(ctx, args[1:], env)
	case len(args) == 0 || args[0] != "actors":
		fmt.Fprintln(env.Stderr, use)
		return ExitUsage
	}
	fs := newFlags("import actors", "dossierft import actors DOSSIER FICHIER [--preset auto|sirene|acteurs] [--dry-run] [--doublons ignorer|fusionner] [--categorie CODE] [--feuille NOM] [--fermes] [--rapport ERREURS.csv]", env)
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
	if *cat != "" && !dossier.Has(dossier.ActorCategories, *cat) {
		var codes []string
		for _, c := range dossier.ActorCategories {
			codes = append(codes, c.Code)
		}
		fmt.Fprintf(env.Stderr, "--categorie « %s » inconnue : attendu l'un de %s\n", *cat, strings.Join(codes, ", "))
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
			return fail(env, fmt.Errorf("rapport d'erreurs « %s » non écrit (%s) ; rien n'a été enregistré dans le dossier", *report, strings.TrimPrefix(err.Error(), export.ErrFolder.Error()+" : ")))
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
	fs := newFlags("import form", "dossierft import form DOSSIER FORMULAIRE.xlsx [--dry-run]", env)
	dry := fs.Bool("dry-run", false, "affiche les différences sans rien enregistrer")
	pos, code := parse(fs, args, 2, env)
	if code >= 0 {
		return code
	}
	st, err := store.Open(ctx, pos[0])
	if err != nil {
		return fail(env, err)
	}
	defer st.Close()
	d, err := st.LoadContent(ctx)
	if err != nil {
		return fail(env, err)
	}
	id, err := st.DossierID(ctx)
	if err != nil {
		return fail(env, err)
	}
	f, err := os.Open(pos[1])
	if err != nil {
		return fail(env, fmt.Errorf("« %s » : %s", pos[1], fr.SysReason(err)))
	}
	defer f.Close()
	diff, err := imports.ReadForm(f, filepath.Base(pos[1]), d, imports.DossierID(id))
	if err != nil {
		return fail(env, err)
	}
	imports.WriteFormSummary(env.Stdout, diff)
	if !diff.OK() {
		fmt.Fprintln(env.Stderr, "erreur : le formulaire contient des erreurs ou des conflits ; rien n'a été enregistré")
		return ExitFail
	}
	if *dry {
		fmt.Fprintln(env.Stdout, "essai (--dry-run) : rien n'a été enregistré")
		return ExitOK
	}
	if len(diff.Added)+len(diff.Changed)+len(diff.Removed) == 0 {
		fmt.Fprintln(env.Stdout, "aucune différence : rien à enregistrer")
		return ExitOK
	}
	summary := fmt.Sprintf("Formulaire de « %s » : %s", diff.PartnerName, diff.Summary())
	err = st.ApplyContributions(ctx, summary, diff.Added, diff.ChangedAfter(), diff.Removed)
	if err != nil {
		return fail(env, err)
	}
	fmt.Fprintf(env.Stdout, "enregistré : %s (annulable en une fois)\n", summary)
	return ExitOK
}

// findPartner finds a partner by ID ("12") or by name (accents and case ignored; a unique partial match is
// accepted). The error is French and lists the candidates when the name is ambiguous.
func findPartner(d *dossier.Dossier, arg string) (dossier.Partner, error) {
	if n, err := strconv.ParseInt(arg, 10, 64); err == nil {
		if p := d.PartnerByID(n); p != nil {
			return *p, nil
		}
		return dossier.Partner{}, fmt.Errorf("aucun partenaire n° %d dans le dossier", n)
	}
	key := fold(arg)
	var exact, partial []dossier.Partner
	for _, p := range d.Partners {
		switch k := fold(p.Name); {
		case k == key:
			exact = append(exact, p)
		case strings.Contains(k, key):
			partial = append(partial, p)
		}
	}
	if len(exact) == 1 {
		return exact[0], nil
	}
	if len(exact) == 0 && len(partial) == 1 {
		return partial[0], nil
	}
	cands := append(exact, partial...)
	if len(cands) == 0 {
		return dossier.Partner{}, fmt.Errorf("aucun partenaire ne s'appelle « %s » (voir « dossierft json » pour la liste)", arg)
	}
	var names []string
	for _, p := range cands {
		names = append(names, fmt.Sprintf("%d « %s »", p.ID, p.Name))
	}
	return dossier.Partner{}, fmt.Errorf("« %s » désigne plusieurs partenaires : %s ; donnez son numéro", arg, strings.Join(names, ", "))
}

// fold lowercases s and removes accents and spaces around it, for name matching.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(strings.TrimSpace(s))) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func cmdForm(ctx context.Context, args []string, env Env) int {
	fs := newFlags("form", "dossierft form DOSSIER PARTENAIRE --out FORMULAIRE.xlsx", env)
	out := fs.String("out", "", "fichier XLSX du formulaire à écrire")
	pos, code := parse(fs, args, 2, env)
	if code >= 0 {
		return code
	}
	if *out == "" {
		fmt.Fprintln(env.Stderr, "--out FORMULAIRE.xlsx est obligatoire")
		fs.Usage()
		return ExitUsage
	}
	st, err := store.Open(ctx, pos[0])
	if err != nil {
		return fail(env, err)
	}
	defer st.Close()
	d, err := st.LoadContent(ctx)
	if err != nil {
		return fail(env, err)
	}
	id, err := st.DossierID(ctx)
	if err != nil {
		return fail(env, err)
	}
	p, err := findPartner(d, pos[1])
	if err != nil {
		return fail(env, err)
	}
	if dir := filepath.Dir(*out); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fail(env, fmt.Errorf("impossible de créer le dossier « %s » : %s", dir, fr.SysReason(err)))
		}
	}
	err = export.WriteFile(*out, func(w io.Writer) error { return imports.WriteForm(w, d, p.ID, imports.DossierID(id)) })
	if err != nil {
		return fail(env, err)
	}
	fmt.Fprintln(env.Stdout, *out)
	return ExitOK
}
