// Package store keeps one dossier in one SQLite file (extension .dossier), through the pure-Go driver
// modernc.org/sqlite.
//
// # File format
//
//   - PRAGMA application_id is ApplicationID (0x446F4654, ASCII "DoFT"); a database with another value is
//     another application's and is refused untouched (ErrForeignDatabase).
//   - PRAGMA user_version is the schema version: the number of the last applied migration of migrations/
//     (001_init.sql, 002_….sql…, embedded in the binary). Each migration runs in its own BEGIN IMMEDIATE
//     transaction that also sets user_version, so a file is always at one exact version. Before migrating
//     an existing file, Open writes a consistent copy next to it with VACUUM INTO, named
//     "<name>.avant-migration-v<old version>.dossier". A file with a higher version than SchemaVersion is
//     refused (ErrNewerSchema), never migrated down.
//   - Every pooled connection gets busy_timeout(5000), journal_mode(WAL), foreign_keys(1) and synchronous(FULL)
//     from the connection string (a PRAGMA run with Exec would reach one connection only), and
//     _txlock=immediate makes every read-write transaction start with BEGIN IMMEDIATE (read-only ones stay
//     deferred), so a writer never fails half-way on a lock upgrade. synchronous(FULL) makes each commit
//     durable against power loss, not only against a killed process.
//
// # Schema decisions
//
//   - One STRICT table per entity of internal/dossier/model.go, named like history's entity names (territory,
//     totem, partner, contribution, action, charge, resource, indicator, actor, section, attachment); the
//     candidature is the single row id 1 of table candidature. IDs are INTEGER PRIMARY KEY AUTOINCREMENT, so
//     an ID is never reused after a delete and a stale ID held by the window cannot hit another row.
//   - Money is INTEGER cents (dossier.Cents), indicator values REAL (NaN and infinities refused), booleans
//     INTEGER 0/1, dates ISO text. Text columns are NOT NULL with the empty string as default.
//   - References are NULL when unset (0 in Go) and carry foreign keys. What a delete does follows what a
//     coordinator expects: a partner's contributions go with it (CASCADE); a lead partner, a section owner,
//     an action of a budget line, the partner of an attachment, a partner's logo and letter are only unlinked
//     (SET NULL). The store applies these rules itself, row by row, before deleting, so that every affected
//     row is in the history and one undo restores all of them.
//   - Actor.Tags live in actor_tag (actor_id, position, tag; indexed by tag) and Indicator.Targets in
//     indicator_target (indicator_id, year, value; one target per year); both are part of their row for
//     history and undo. Attachments keep their bytes in a BLOB.
//   - history has one row per changed row: before/after are the JSON of the dossier type ("" when absent),
//     at is UTC RFC 3339 with milliseconds, author the OS user name by default. The rows written by one
//     transaction share a step (the ID of the step's first row) and one summary; a step is the unit of
//     undo and redo. Undone steps stay (undone = 1) until a new edit drops them. A JSON dump has no step
//     column: ReplaceAll rebuilds the steps from consecutive entries with the same time, author, summary
//     and undone flag, which is how this package writes them.
//
// # Editing
//
// Every edit is one transaction that also appends its history rows: Store.SavePartner, Store.DeletePartner…
// (one per entity; Save inserts when ID is 0 and updates otherwise, returning the row as stored), or
// Store.Do with a *Tx to make many writes one undoable step (an import of 2,000 actors). Saves check
// references first (ErrInvalid, naming the row and the field) and record nothing when the row did not
// change. Undo and Redo walk the steps, across restarts, and refuse (ErrInvalid) when a row was changed
// outside the history since. The SQL is written once, against a table descriptor per entity (tables.go).
//
// # Faults
//
// Before each write the store checks that the file at Path is still the file it opened and is not marked
// read-only: a deleted, moved or replaced file gives ErrFileGone (writing would go to an invisible file),
// a read-only one ErrReadOnly; SQLite's own errors are classified too (SQLITE_FULL → ErrDiskFull,
// SQLITE_READONLY → ErrReadOnly, SQLITE_BUSY → ErrBusy…). Nothing is written then, the caller's values
// are returned unchanged, and SaveAs still works from the open connection ("Enregistrer sous").
// A file in a read-only folder (SQLite cannot create its -wal and -shm files there) is opened immutable,
// read-only, when it was closed cleanly.
//
// # Normalisation
//
// Load returns non-nil empty slices (never nil) for every list, Actor.Tags, Indicator.Targets and
// Attachment.Data, so that a JSON dump read back with ReplaceAll and loaded again is deep-equal.
//
// # Errors
//
// Every error a user can cause is an *Error with a complete French message and one of the Err… sentinels
// (errors.Is). A file that is refused is never modified: Open checks the 100-byte SQLite header with plain
// file reads before the driver sees the file, then checks it through a read-only connection.
package store

import (
	"bytes"
	"context"
	"database/sql"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"os/user"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ApplicationID is the PRAGMA application_id of every dossier file: 0x446F4654, the ASCII bytes "DoFT".
const ApplicationID = 0x446F4654

// Extension is the file name extension of a dossier file.
const Extension = ".dossier"

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations is the ordered list of schema steps; a variable so that tests can append a step.
var migrations = mustMigrations(migrationFiles)

// SchemaVersion is the schema version this build writes: the number of the last embedded migration
// (PRAGMA user_version of its files).
const SchemaVersion = 2

// schemaVersion is SchemaVersion as the code uses it (a variable so that tests can add a migration).
var schemaVersion = migrations[len(migrations)-1].version

func init() {
	if schemaVersion != SchemaVersion {
		panic(fmt.Sprintf("store: SchemaVersion is %d but the last migration is %d", SchemaVersion, schemaVersion))
	}
}

func mustMigrations(fsys fs.FS) []migration {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	sort.Strings(names)
	var out []migration
	for i, name := range names {
		base := filepath.Base(name)
		n, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil || n != i+1 {
			panic(fmt.Sprintf("store: migration %s is not numbered %03d", name, i+1))
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			panic(err)
		}
		out = append(out, migration{version: n, name: base, sql: string(b)})
	}
	if len(out) == 0 {
		panic("store: no migration embedded")
	}
	return out
}

// Store is an open dossier file. Its methods are safe for concurrent use; writes are serialised.
type Store struct {
	db     *sql.DB
	path   string // absolute path
	info   os.FileInfo
	author string

	readOnlyDir bool     // opened immutable: the folder is read-only (see Open)
	companions  []string // -wal/-shm files that did not exist before Open

	wmu    sync.Mutex // serialises write transactions inside this process
	closed atomic.Bool
}

// alive returns ErrClosed once Close was called.
func (s *Store) alive() error {
	if s.closed.Load() {
		return newErr(ErrClosed, s.path, nil, "Le dossier « %s » est fermé : rouvrez-le.", s.path)
	}
	return nil
}

// sqliteHeader is the first 16 bytes of every SQLite 3 database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// Connection modes of dsn.
const (
	modeRW        = iota // the store's own connections: read-write, never create, every pragma
	modeProbe            // read-only check before opening: no pragma that could write
	modeImmutable        // read-only file in a read-only folder: no locks, no -wal/-shm (see Open)
)

// dsn returns the connection string for path in the given mode. The path is a file: URI, percent-encoded,
// so names with spaces, '?', '#' or '%' work.
func dsn(path string, mode int) string {
	p := filepath.ToSlash(path)
	if runtime.GOOS == "windows" && !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	u := url.URL{Scheme: "file", Path: p}
	q := "mode=rw&_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)" +
		"&_pragma=synchronous(FULL)&_txlock=immediate"
	switch mode {
	case modeProbe:
		q = "mode=ro&_pragma=busy_timeout(5000)"
	case modeImmutable:
		q = "mode=ro&immutable=1&_pragma=foreign_keys(1)"
	}
	return u.String() + "?" + q
}

// Create makes a new, empty dossier file at path (refused with ErrExists if anything exists there) and
// returns it open. The file is built under a temporary name in the same folder and linked into place only
// when complete, so a failure never leaves a half-made dossier at path.
func Create(ctx context.Context, path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, newErr(ErrIO, path, err, "Chemin de fichier invalide « %s » : %v", path, err)
	}
	if err := checkTarget(abs, "Le dossier n'a pas été créé."); err != nil {
		return nil, err
	}
	tmp, err := tempName(abs)
	if err != nil {
		return nil, classify(err, abs, "la création du dossier")
	}
	defer removeDB(tmp)
	db, err := sql.Open("sqlite", dsnCreate(tmp))
	if err != nil {
		return nil, classify(err, abs, "la création du dossier")
	}
	err = migrate(ctx, db, 0)
	if err == nil {
		_, err = db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, classify(err, abs, "la création du dossier")
	}
	if err := linkNoClobber(tmp, abs); err != nil {
		return nil, err
	}
	return Open(ctx, abs)
}

// dsnCreate is dsn for a file that does not exist yet (mode=rwc).
func dsnCreate(path string) string {
	return strings.Replace(dsn(path, modeRW), "mode=rw&", "mode=rwc&", 1)
}

// checkTarget checks that a new file can be made at abs: nothing there yet (ErrExists), an existing folder
// (ErrFileNotFound) in which files can be created (ErrReadOnly). outcome ends the messages.
func checkTarget(abs, outcome string) error {
	if _, err := os.Lstat(abs); err == nil {
		return newErr(ErrExists, abs, nil, "Le fichier « %s » existe déjà : choisissez un autre nom (il n'a pas été modifié).", abs)
	}
	dir := filepath.Dir(abs)
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return newErr(ErrFileNotFound, abs, err, "Le répertoire de destination « %s » n'existe pas. %s", dir, outcome)
	}
	if !dirWritable(dir) {
		return newErr(ErrReadOnly, abs, nil, "Le répertoire de destination « %s » est en lecture seule ou inaccessible. %s", dir, outcome)
	}
	return nil
}

// tempName returns an unused name in the folder of target for a file being built (the file is not created).
func tempName(target string) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".tmp-*")
	if err != nil {
		return "", err
	}
	name := f.Name()
	f.Close()
	return name, os.Remove(name)
}

// removeDB removes a database file and its -wal, -shm and -journal companions, ignoring errors.
func removeDB(path string) {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		os.Remove(path + suffix)
	}
}

// linkNoClobber puts the complete file tmp at target, failing with ErrExists if target appeared meanwhile.
// A hard link is atomic and never replaces; where links are not supported, a rename after a check is used.
func linkNoClobber(tmp, target string) error {
	if err := syncFile(tmp); err != nil {
		return classify(err, target, "l'écriture du fichier")
	}
	err := os.Link(tmp, target)
	if err == nil {
		os.Remove(tmp)
		syncDir(filepath.Dir(target))
		return nil
	}
	if errors.Is(err, fs.ErrExist) {
		return newErr(ErrExists, target, err, "Le fichier « %s » existe déjà : choisissez un autre nom (il n'a pas été modifié).", target)
	}
	if _, serr := os.Lstat(target); serr == nil {
		return newErr(ErrExists, target, nil, "Le fichier « %s » existe déjà : choisissez un autre nom (il n'a pas été modifié).", target)
	}
	if err := os.Rename(tmp, target); err != nil {
		return classify(err, target, "l'écriture du fichier")
	}
	syncDir(filepath.Dir(target))
	return nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// Open opens an existing dossier file. It refuses, without modifying the file: a missing path
// (ErrFileNotFound), a directory (ErrNotAFile), an empty file (ErrEmptyFile), a file that is not SQLite
// (ErrNotDossier), another application's database (ErrForeignDatabase), a dossier of a newer schema
// (ErrNewerSchema) and a damaged file (ErrCorrupt, PRAGMA quick_check). An older schema is migrated up after
// a backup copy "<name>.avant-migration-v<N>.dossier" is written next to it.
func Open(ctx context.Context, path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, newErr(ErrIO, path, err, "Chemin de fichier invalide « %s » : %v", path, err)
	}
	info, err := preflight(abs)
	if err != nil {
		return nil, err
	}
	// On Windows, os.SameFile reads the file's identity lazily from its path: read it now, so that checkFile
	// compares the opened file with whatever is at the path later.
	os.SameFile(info, info)
	companions := missingCompanions(abs)
	immutable := false
	version, err := probe(ctx, abs, modeProbe)
	if err != nil && (errors.Is(err, ErrReadOnly) || errors.Is(err, ErrFileGone)) && !dirWritable(filepath.Dir(abs)) {
		// SQLite cannot create its -wal and -shm files in a read-only folder (a read-only share, a CD):
		// a file closed cleanly holds everything, so it can still be read, as immutable.
		if info, werr := os.Stat(abs + "-wal"); werr == nil && info.Size() > 0 {
			return nil, newErr(ErrReadOnly, abs, err, "Le dossier « %s » est dans un répertoire en lecture seule (« %s ») et n'a pas été fermé proprement (fichier « %s-wal » présent) : copiez les deux fichiers dans un répertoire modifiable pour l'ouvrir.", abs, filepath.Dir(abs), filepath.Base(abs))
		}
		immutable = true
		version, err = probe(ctx, abs, modeImmutable)
	}
	if err != nil {
		return nil, err
	}
	if immutable && version < schemaVersion {
		return nil, newErr(ErrReadOnly, abs, nil, "Le dossier « %s » doit être mis à jour (schéma v%d vers v%d) mais son répertoire « %s » est en lecture seule : copiez-le dans un répertoire modifiable pour l'ouvrir.", abs, version, schemaVersion, filepath.Dir(abs))
	}
	mode := modeRW
	if immutable {
		mode = modeImmutable
	}
	db, err := sql.Open("sqlite", dsn(abs, mode))
	if err != nil {
		return nil, classify(err, abs, "l'ouverture du dossier")
	}
	s := &Store{db: db, path: abs, info: info, author: defaultAuthor(), readOnlyDir: immutable, companions: companions}
	if !immutable {
		if err := s.init(ctx, version); err != nil {
			db.Close()
			return nil, err
		}
	}
	return s, nil
}

// missingCompanions returns the names of the -wal and -shm files of path that do not exist now.
func missingCompanions(path string) []string {
	var out []string
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Lstat(path + suffix); errors.Is(err, fs.ErrNotExist) {
			out = append(out, path+suffix)
		}
	}
	return out
}

// dirWritable reports whether a file can be created in dir (it creates and removes one).
func dirWritable(dir string) bool {
	f, err := os.CreateTemp(dir, ".dossierft-essai-*")
	if err != nil {
		return false
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	return true
}

// preflight checks the file with plain reads before any SQLite connection touches it.
func preflight(path string) (os.FileInfo, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, newErr(ErrFileNotFound, path, err, "Le fichier « %s » n'existe pas.", path)
	case errors.Is(err, fs.ErrPermission):
		return nil, newErr(ErrReadOnly, path, err, "Accès refusé au fichier « %s » : il ne peut pas être lu.", path)
	case err != nil:
		return nil, newErr(ErrIO, path, err, "Le fichier « %s » ne peut pas être lu : %v", path, err)
	case info.IsDir():
		return nil, newErr(ErrNotAFile, path, nil, "« %s » est un répertoire, pas un fichier de dossier French Tech.", path)
	case !info.Mode().IsRegular():
		return nil, newErr(ErrNotAFile, path, nil, "« %s » n'est pas un fichier ordinaire : ce n'est pas un dossier French Tech.", path)
	case info.Size() == 0:
		return nil, newErr(ErrEmptyFile, path, nil, "Le fichier « %s » est vide (0 octet) : ce n'est pas un dossier French Tech. Il n'a pas été modifié.", path)
	}
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil, newErr(ErrReadOnly, path, err, "Accès refusé au fichier « %s » : il ne peut pas être lu.", path)
		}
		return nil, newErr(ErrIO, path, err, "Le fichier « %s » ne peut pas être lu : %v", path, err)
	}
	defer f.Close()
	head := make([]byte, 100)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, newErr(ErrIO, path, err, "Le fichier « %s » ne peut pas être lu : %v", path, err)
	}
	if n < 100 || !bytes.Equal(head[:16], sqliteHeader) {
		return nil, newErr(ErrNotDossier, path, nil, "Le fichier « %s » n'est pas un dossier French Tech (ce n'est pas une base SQLite). Il n'a pas été modifié.", path)
	}
	appID := binary.BigEndian.Uint32(head[68:72])
	if appID != ApplicationID {
		return nil, newErr(ErrForeignDatabase, path, nil, "Le fichier « %s » est une base SQLite d'une autre application (application_id %#08x au lieu de %#08x) : ce n'est pas un dossier French Tech. Il n'a pas été modifié.", path, appID, ApplicationID)
	}
	if v := int(binary.BigEndian.Uint32(head[60:64])); v > schemaVersion {
		return nil, newerErr(path, v)
	}
	return info, nil
}

func newerErr(path string, v int) error {
	return newErr(ErrNewerSchema, path, nil, "Le dossier « %s » a été enregistré par une version plus récente de Dossier French Tech (schéma v%d ; cette version connaît jusqu'à v%d) : mettez l'application à jour. Il n'a pas été modifié.", path, v, schemaVersion)
}

// probe opens the file read-only, checks it and returns its schema version. When it refuses the file, it
// removes the -wal and -shm files that its read-only connection created (a read-only connection cannot
// checkpoint, so SQLite leaves them), so that nothing is left next to a refused file.
func probe(ctx context.Context, path string, mode int) (version int, err error) {
	created := missingCompanions(path)
	db, err := sql.Open("sqlite", dsn(path, mode))
	if err != nil {
		return 0, classify(err, path, "l'ouverture du dossier")
	}
	defer func() {
		db.Close()
		if err != nil {
			for _, name := range created {
				if info, serr := os.Lstat(name); serr == nil && (info.Size() == 0 || strings.HasSuffix(name, "-shm")) {
					os.Remove(name)
				}
			}
		}
	}()
	db.SetMaxOpenConns(1)
	var appID int64
	err = db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID)
	if err == nil {
		err = db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version)
	}
	if err != nil {
		if c := sqliteCode(err) & 0xff; c == 26 || c == 11 { // SQLITE_NOTADB, SQLITE_CORRUPT
			return 0, newErr(ErrCorrupt, path, err, "Le fichier « %s » est endommagé et ne peut pas être ouvert (détail technique : %v). Il n'a pas été modifié ; ouvrez une sauvegarde.", path, err)
		}
		return 0, classify(err, path, "l'ouverture du dossier")
	}
	if appID != ApplicationID {
		return 0, newErr(ErrForeignDatabase, path, nil, "Le fichier « %s » est une base SQLite d'une autre application (application_id %#08x au lieu de %#08x) : ce n'est pas un dossier French Tech. Il n'a pas été modifié.", path, appID, ApplicationID)
	}
	if version > schemaVersion {
		return 0, newerErr(path, version)
	}
	rows, err := db.QueryContext(ctx, "PRAGMA quick_check")
	if err != nil {
		return 0, newErr(ErrCorrupt, path, err, "Le fichier « %s » est endommagé et ne peut pas être ouvert (détail technique : %v). Il n'a pas été modifié ; ouvrez une sauvegarde.", path, err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return 0, newErr(ErrCorrupt, path, err, "Le fichier « %s » est endommagé et ne peut pas être ouvert (détail technique : %v). Il n'a pas été modifié ; ouvrez une sauvegarde.", path, err)
		}
		if line != "ok" && len(problems) < 3 {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return 0, newErr(ErrCorrupt, path, err, "Le fichier « %s » est endommagé et ne peut pas être ouvert (détail technique : %v). Il n'a pas été modifié ; ouvrez une sauvegarde.", path, err)
	}
	if len(problems) > 0 {
		return 0, newErr(ErrCorrupt, path, nil, "Le fichier « %s » est endommagé et ne peut pas être ouvert (contrôle d'intégrité : %s). Il n'a pas été modifié ; ouvrez une sauvegarde.", path, strings.Join(problems, " ; "))
	}
	return version, nil
}

// init migrates the file up to SchemaVersion (after a backup copy) and checks the connection settings.
func (s *Store) init(ctx context.Context, version int) error {
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return classify(err, s.path, "l'ouverture du dossier")
	}
	if version < schemaVersion {
		backup := strings.TrimSuffix(s.path, Extension) + fmt.Sprintf(".avant-migration-v%d", version) + Extension
		backup = unusedName(backup)
		if err := s.vacuumInto(ctx, backup); err != nil {
			return err
		}
		if err := migrate(ctx, s.db, version); err != nil {
			return classify(err, s.path, fmt.Sprintf("la mise à jour du schéma (une copie intacte est dans « %s »)", backup))
		}
	}
	return nil
}

// unusedName returns name, or name with " (2)", " (3)"… before its extension, whichever does not exist yet.
func unusedName(name string) string {
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name
		}
		name = fmt.Sprintf("%s (%d)%s", stem, i, ext)
	}
}

// migrate applies every migration above version, each in its own immediate transaction with its
// user_version bump; the first one also sets application_id.
func migrate(ctx context.Context, db *sql.DB, version int) error {
	for _, m := range migrations {
		if m.version <= version {
			continue
		}
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if m.version == 1 {
			if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
				tx.Rollback()
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

func defaultAuthor() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		name := u.Username
		if i := strings.LastIndexAny(name, `\`); i >= 0 { // DOMAIN\user on Windows
			name = name[i+1:]
		}
		return name
	}
	for _, k := range []string{"USER", "USERNAME", "LOGNAME"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "inconnu"
}

// SetAuthor sets the author recorded in the history for the following edits (default: the OS user name).
func (s *Store) SetAuthor(name string) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	s.author = name
}

// Path returns the absolute path of the dossier file.
func (s *Store) Path() string { return s.path }

// Close closes the file (a second Close does nothing; other methods then return ErrClosed); the last connection checkpoints the WAL into the file and removes the -wal and -shm
// files.
//
// When the file is read-only, SQLite's read-only connections cannot remove the -wal and -shm files they
// made; Close removes them when the -wal is empty (nobody can have written to a read-only file).
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	err := s.db.Close()
	if s.ReadOnly() {
		if info, werr := os.Stat(s.path + "-wal"); werr == nil && info.Size() == 0 {
			for _, name := range s.companions {
				os.Remove(name)
			}
		}
	}
	if err != nil {
		return classify(err, s.path, "la fermeture du dossier")
	}
	return nil
}

// vacuumInto writes a consistent, compact copy of the dossier to target, which must not exist.
func (s *Store) vacuumInto(ctx context.Context, target string) error {
	if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", target); err != nil {
		removeDB(target)
		return classify(err, target, "la copie du dossier")
	}
	if err := syncFile(target); err != nil {
		return classify(err, target, "la copie du dossier")
	}
	return nil
}

// checkFile reports ErrFileGone when the file at s.path is no longer the file that was opened (deleted,
// moved, replaced): writing then would go to an invisible file and be lost at close. It reports ErrReadOnly
// when the file was marked read-only: SQLite's open handle could still write, against the user's will.
func (s *Store) checkFile() error {
	info, err := os.Stat(s.path)
	if err != nil || !os.SameFile(info, s.info) {
		return newErr(ErrFileGone, s.path, err, "Le fichier « %s » a été supprimé, renommé ou remplacé pendant qu'il était ouvert : la modification n'a pas été enregistrée. Utilisez « Enregistrer sous » pour sauver le dossier ailleurs.", s.path)
	}
	if s.readOnlyDir {
		return newErr(ErrReadOnly, s.path, nil, "Le fichier « %s » est dans un répertoire en lecture seule (« %s ») : la modification n'a pas été enregistrée. Utilisez « Enregistrer sous » pour l'enregistrer ailleurs.", s.path, filepath.Dir(s.path))
	}
	if info.Mode().Perm()&0o200 == 0 {
		return newErr(ErrReadOnly, s.path, nil, "Le fichier « %s » est en lecture seule : la modification n'a pas été enregistrée. Retirez la lecture seule ou utilisez « Enregistrer sous ».", s.path)
	}
	return nil
}
