// Package cli is the command line of the dossierft binary: create, check, dump and export dossiers without a
// display. The window itself is started by main through the Window hook, so this package never imports Wails.
package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"dossierft/internal/dossier"
	"dossierft/internal/export"
	"dossierft/internal/fr"
	"dossierft/internal/sample"
	"dossierft/internal/store"
)

// Exit codes: 0 success, 1 a failure or a finding of severity error, 2 a usage error.
const (
	ExitOK    = 0
	ExitFail  = 1
	ExitUsage = 2
)

// Window opens the desktop window on the dossier file at path and returns when it closes.
type Window func(path string) error

// Env is what a command run needs from the outside world.
type Env struct {
	Stdout, Stderr io.Writer
	Window         Window // nil: the window cannot be opened (command-line-only build)
}

const usage = `Dossier French Tech — dossier de candidature au label French Tech

Usage :
  dossierft                               ouvre la fenêtre sur le dernier dossier (l'exemple LORnTECH au premier lancement)
  dossierft open FICHIER                  ouvre la fenêtre sur ce dossier
  dossierft new FICHIER                   crée un dossier vide
  dossierft new --sample FICHIER          crée le dossier d'exemple LORnTECH
  dossierft new --large FICHIER           crée un grand dossier synthétique (mesures de performance)
  dossierft new --from EXPORT.json FICHIER  recrée un dossier depuis la sortie de « dossierft json »
  dossierft export FICHIER --out DOSSIER [--csv]
                                          écrit le PDF du dossier, les deux classeurs et les PDF de relecture
                                          des partenaires (DOSSIER/partenaires/) ; --csv ajoute les CSV
  dossierft check FICHIER                 affiche les constats de validation (code 1 si une erreur)
  dossierft json FICHIER                  affiche tout le dossier en JSON
  dossierft import actors DOSSIER FICHIER importe des acteurs depuis un CSV ou un XLSX (SIRENE compris)
  dossierft form DOSSIER PARTENAIRE --out F.xlsx  écrit le formulaire de contributions d'un partenaire
  dossierft import form DOSSIER F.xlsx    relit un formulaire rempli et applique ses différences

Chaque commande accepte --help.
`

// Run executes the command line args (without the program name) and returns the exit code.
func Run(ctx context.Context, args []string, env Env) int {
	if len(args) == 0 {
		return openWindow(ctx, "", env)
	}
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprint(env.Stdout, usage)
		return ExitOK
	case "open":
		return cmdOpen(ctx, args[1:], env)
	case "new":
		return cmdNew(ctx, args[1:], env)
	case "export":
		return cmdExport(ctx, args[1:], env)
	case "check":
		return cmdCheck(ctx, args[1:], env)
	case "json":
		return cmdJSON(ctx, args[1:], env)
	case "import":
		return cmdImport(ctx, args[1:], env)
	case "form":
		return cmdForm(ctx, args[1:], env)
	}
	fmt.Fprintf(env.Stderr, "commande inconnue « %s »\n\n%s", args[0], usage)
	return ExitUsage
}

// newFlags makes a flag set for one command with a French usage text; parse returns the positional arguments,
// or an exit code when parsing stopped (help: 0, error: 2).
func newFlags(name, synopsis string, env Env) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage : %s\n", synopsis)
		fs.VisitAll(func(f *flag.Flag) {
			fmt.Fprintf(fs.Output(), "  --%s\t%s\n", f.Name, f.Usage)
		})
	}
	return fs
}

// parse parses args with fs, allowing flags after positional arguments, and checks the number of positional
// arguments. It returns (positional, -1) on success or (nil, exit code): 0 after --help (usage on stdout), 2
// after a usage error (a French message and the usage on stderr).
func parse(fs *flag.FlagSet, args []string, nPos int, env Env) ([]string, int) {
	var pos []string
	fs.SetOutput(io.Discard) // the flag package's own messages are English: ours replace them
	for {
		if err := fs.Parse(args); err != nil {
			fs.SetOutput(env.Stderr)
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(env.Stdout)
				fs.Usage()
				return nil, ExitOK
			}
			fmt.Fprintln(env.Stderr, frenchFlagError(err))
			fs.Usage()
			return nil, ExitUsage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	fs.SetOutput(env.Stderr)
	if len(pos) != nPos {
		if len(pos) < nPos {
			fmt.Fprintln(env.Stderr, "argument manquant")
		} else {
			fmt.Fprintf(env.Stderr, "argument en trop : « %s »\n", pos[nPos])
		}
		fs.Usage()
		return nil, ExitUsage
	}
	return pos, -1
}

// frenchFlagError translates the flag package's errors ("flag provided but not defined: -x",
// "flag needs an argument: -out", "invalid boolean value…").
func frenchFlagError(err error) string {
	msg := err.Error()
	switch {
	case strings.HasPrefix(msg, "flag provided but not defined: "):
		return "option inconnue : -" + strings.TrimPrefix(msg, "flag provided but not defined: ")
	case strings.HasPrefix(msg, "flag needs an argument: "):
		return "l'option " + strings.TrimPrefix(msg, "flag needs an argument: ") + " attend une valeur"
	case strings.HasPrefix(msg, "invalid boolean value"), strings.HasPrefix(msg, "invalid value"):
		return "valeur d'option invalide (" + msg + ")"
	}
	return msg
}

func fail(env Env, err error) int {
	fmt.Fprintf(env.Stderr, "erreur : %v\n", err)
	return ExitFail
}

func cmdOpen(ctx context.Context, args []string, env Env) int {
	fs := newFlags("open", "dossierft open FICHIER", env)
	pos, code := parse(fs, args, 1, env)
	if code >= 0 {
		return code
	}
	return openWindow(ctx, pos[0], env)
}

func openWindow(ctx context.Context, path string, env Env) int {
	if env.Window == nil {
		fmt.Fprintln(env.Stderr, "erreur : cette version de dossierft n'a pas de fenêtre (construite sans l'interface graphique) ; utilisez les commandes, voir « dossierft --help ».")
		return ExitFail
	}
	if path == "" {
		p, err := DefaultDossier(ctx)
		if err != nil {
			return fail(env, err)
		}
		path = p
	} else {
		// Check the file before any window appears, so a bad file gives a clear message and exit code 1.
		s, err := store.Open(ctx, path)
		if err != nil {
			return fail(env, err)
		}
		s.Close()
	}
	if err := env.Window(path); err != nil {
		return fail(env, err)
	}
	return ExitOK
}

func cmdNew(ctx context.Context, args []string, env Env) int {
	fs := newFlags("new", "dossierft new [--sample | --large | --from EXPORT.json] FICHIER", env)
	sampleFlag := fs.Bool("sample", false, "le dossier d'exemple LORnTECH")
	large := fs.Bool("large", false, "un grand dossier synthétique (5 000 acteurs, 600 lignes de budget)")
	from := fs.String("from", "", "recrée le dossier depuis un export JSON")
	pos, code := parse(fs, args, 1, env)
	if code >= 0 {
		return code
	}
	n := 0
	for _, b := range []bool{*sampleFlag, *large, *from != ""} {
		if b {
			n++
		}
	}
	if n > 1 {
		fmt.Fprintln(env.Stderr, "--sample, --large et --from s'excluent")
		return ExitUsage
	}
	var d *dossier.Dossier
	switch {
	case *sampleFlag:
		d = sample.LORnTECH()
	case *large:
		d = sample.Large()
	case *from != "":
		var err error
		if d, err = readDump(*from); err != nil {
			return fail(env, err)
		}
	}
	if err := Create(ctx, pos[0], d); err != nil {
		return fail(env, err)
	}
	fmt.Fprintln(env.Stdout, pos[0])
	return ExitOK
}

// Create makes a new dossier file at path holding d (an empty dossier when d is nil). The file is built under
// a temporary name and renamed, so a failure leaves nothing at path; an existing path is refused.
func Create(ctx context.Context, path string, d *dossier.Dossier) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("« %s » existe déjà : choisissez un autre nom", path)
	}
	if info, err := os.Stat(filepath.Dir(path)); err != nil {
		return fmt.Errorf("le dossier « %s » n'existe pas : créez-le d'abord", filepath.Dir(path))
	} else if !info.IsDir() {
		return fmt.Errorf("« %s » est un fichier, pas un dossier : impossible d'y créer « %s »", filepath.Dir(path), filepath.Base(path))
	}
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".creation")
	os.Remove(tmp)
	s, err := store.Create(ctx, tmp)
	if err != nil {
		return err
	}
	if d != nil {
		if err := s.ReplaceAll(ctx, d); err != nil {
			s.Close()
			removeDB(tmp)
			return err
		}
	}
	if err := s.Close(); err != nil {
		removeDB(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		removeDB(tmp)
		return fmt.Errorf("« %s » : %s", path, fr.SysReason(err))
	}
	return nil
}

func removeDB(path string) {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		os.Remove(path + suffix)
	}
}

// readDump reads a JSON dump written by `dossierft json`; errors are French and give the line and column.
// An empty file, `null`, or an object without "candidature" is refused: it is not a dossier dump.
func readDump(path string) (*dossier.Dossier, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("« %s » : %s", path, fr.SysReason(err))
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, fmt.Errorf("« %s » est vide : ce n'est pas un export de dossier (sortie de « dossierft json »)", path)
	}
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(b, &probe); err == nil {
		if _, ok := probe["candidature"]; !ok {
			return nil, fmt.Errorf("« %s » n'a pas de rubrique « candidature » : ce n'est pas un export de dossier (sortie de « dossierft json »)", path)
		}
	}
	var d dossier.Dossier
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			line, col := position(b, se.Offset)
			return nil, fmt.Errorf("« %s » ligne %d, colonne %d : JSON invalide", path, line, col)
		case errors.As(err, &te):
			line, col := position(b, te.Offset)
			return nil, fmt.Errorf("« %s » ligne %d, colonne %d : le champ « %s » attend %s, pas %s", path, line, col, te.Field, jsonKind(te.Type), jsonValueKind(te.Value))
		case errors.Is(err, io.ErrUnexpectedEOF):
			return nil, fmt.Errorf("« %s » est tronqué : le JSON s'arrête avant la fin", path)
		case strings.HasPrefix(err.Error(), "json: unknown field "):
			return nil, fmt.Errorf("« %s » : champ inconnu %s : ce n'est pas un export de cette version", path, strings.TrimPrefix(err.Error(), "json: unknown field "))
		}
		return nil, fmt.Errorf("« %s » : ce n'est pas un export de dossier (%v)", path, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("« %s » : du texte suit l'export JSON : ce n'est pas un export de dossier", path)
	}
	return &d, nil
}

// jsonKind names the JSON shape a Go type expects, in French.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "un texte"
	case reflect.Bool:
		return "vrai ou faux (true/false)"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8,
		reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if t == reflect.TypeOf(dossier.Cents(0)) {
			return "un montant en centimes (nombre entier)"
		}
		return "un nombre entier"
	case reflect.Float32, reflect.Float64:
		return "un nombre"
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return "des données en base64 (texte)"
		}
		return "une liste [ … ]"
	case reflect.Struct, reflect.Map:
		return "un objet { … }"
	}
	return t.String()
}

// jsonValueKind names a JSON value kind as encoding/json reports it ("string", "number 1.5", "object"…).
func jsonValueKind(v string) string {
	switch {
	case v == "string":
		return "un texte"
	case v == "object":
		return "un objet"
	case v == "array":
		return "une liste"
	case v == "bool":
		return "vrai/faux"
	case strings.HasPrefix(v, "number"):
		return "un nombre"
	}
	return v
}

func position(b []byte, off int64) (line, col int) {
	line, col = 1, 1
	for i := int64(0); i < off && i < int64(len(b)); i++ {
		if b[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return
}

// load opens path read-only in spirit (no write is made) and loads the whole dossier.
func load(ctx context.Context, path string) (*dossier.Dossier, error) {
	s, err := store.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return s.Load(ctx)
}

func cmdExport(ctx context.Context, args []string, env Env) int {
	fs := newFlags("export", "dossierft export FICHIER --out DOSSIER [--csv]", env)
	out := fs.String("out", "", "dossier où écrire les documents (créé s'il manque)")
	withCSV := fs.Bool("csv", false, "écrit aussi les charges, contributions, autres produits et acteurs en CSV (Excel français) dans DOSSIER/csv/")
	pos, code := parse(fs, args, 1, env)
	if code >= 0 {
		return code
	}
	if *out == "" {
		fmt.Fprintln(env.Stderr, "--out DOSSIER est obligatoire")
		fs.Usage()
		return ExitUsage
	}
	d, err := load(ctx, pos[0])
	if err != nil {
		return fail(env, err)
	}
	res, err := export.All(d, *out, export.Options{Partners: true, CSV: *withCSV})
	for _, f := range res.Files {
		fmt.Fprintln(env.Stdout, f)
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(env.Stderr, "avertissement : %s\n", w)
	}
	if err != nil {
		return fail(env, err)
	}
	return ExitOK
}

func cmdCheck(ctx context.Context, args []string, env Env) int {
	fs := newFlags("check", "dossierft check FICHIER", env)
	pos, code := parse(fs, args, 1, env)
	if code >= 0 {
		return code
	}
	d, err := load(ctx, pos[0])
	if err != nil {
		return fail(env, err)
	}
	fs2 := dossier.Validate(d)
	for _, f := range fs2 {
		fmt.Fprintf(env.Stdout, "%s\t%s\t%s\n", f.Severity, f.Field, f.Message)
	}
	if dossier.HasErrors(fs2) {
		return ExitFail
	}
	if len(fs2) == 0 {
		fmt.Fprintln(env.Stdout, "aucun constat : le dossier est complet")
	}
	return ExitOK
}

func cmdJSON(ctx context.Context, args []string, env Env) int {
	fs := newFlags("json", "dossierft json FICHIER", env)
	pos, code := parse(fs, args, 1, env)
	if code >= 0 {
		return code
	}
	d, err := load(ctx, pos[0])
	if err != nil {
		return fail(env, err)
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		return fail(env, err)
	}
	return ExitOK
}
