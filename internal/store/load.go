package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"dossierft/internal/dossier"
)

// Load reads the whole dossier (every table, attachments' bytes and the history included) in one read
// transaction, so it sees one consistent state. Slices are ordered by ID (sections by Position, then ID;
// indicator targets by year; tags in their saved order) and are never nil.
func (s *Store) Load(ctx context.Context) (*dossier.Dossier, error) {
	return s.load(ctx, true)
}

// LoadContent is Load without what validation and views do not need and what grows with use: History is
// empty and every Attachment.Data is nil (not loaded; SaveAttachment with nil Data keeps the stored bytes,
// and AttachmentData reads them). It is what to call after each edit.
func (s *Store) LoadContent(ctx context.Context) (*dossier.Dossier, error) {
	return s.load(ctx, false)
}

// AttachmentData returns the bytes of attachment id (ErrNotFound when there is none).
func (s *Store) AttachmentData(ctx context.Context, id int64) ([]byte, error) {
	if err := s.alive(); err != nil {
		return nil, err
	}
	var data []byte
	err := s.db.QueryRowContext(ctx, `SELECT "data" FROM "attachment" WHERE "id" = ?`, id).Scan(blobCol{&data})
	if err == sql.ErrNoRows {
		return nil, attachments.notFound(id)
	}
	if err != nil {
		return nil, classify(err, s.path, "la lecture de la pièce jointe")
	}
	return data, nil
}

func (s *Store) load(ctx context.Context, full bool) (*dossier.Dossier, error) {
	if err := s.alive(); err != nil {
		return nil, err
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, classify(err, s.path, "la lecture du dossier")
	}
	defer tx.Rollback()
	d := &dossier.Dossier{History: []dossier.Change{}}
	if d.Candidature, err = loadCandidature(ctx, tx); err != nil {
		return nil, classify(err, s.path, "la lecture du dossier")
	}
	steps := []func() error{
		func() (err error) { d.Territories, err = territories.loadAll(ctx, tx); return },
		func() (err error) { d.Totems, err = totems.loadAll(ctx, tx); return },
		func() (err error) { d.Partners, err = partners.loadAll(ctx, tx); return },
		func() (err error) { d.Contributions, err = contributions.loadAll(ctx, tx); return },
		func() (err error) { d.Actions, err = actions.loadAll(ctx, tx); return },
		func() (err error) { d.Charges, err = charges.loadAll(ctx, tx); return },
		func() (err error) { d.Resources, err = resources.loadAll(ctx, tx); return },
		func() (err error) { d.Indicators, err = indicators.loadAll(ctx, tx); return },
		func() (err error) { d.Actors, err = actors.loadAll(ctx, tx); return },
		func() (err error) { d.Sections, err = sections.loadAll(ctx, tx); return },
	}
	if full {
		steps = append(steps,
			func() (err error) { d.Attachments, err = attachments.loadAll(ctx, tx); return },
			func() (err error) { d.History, err = loadHistory(ctx, tx, "", 0); return })
	} else {
		steps = append(steps, func() (err error) {
			query := strings.Replace(attachments.selectSQL(), `"data"`, `NULL`, 1)
			if d.Attachments, err = attachments.loadSelect(ctx, tx, query); err == nil {
				for i := range d.Attachments {
					d.Attachments[i].Data = nil
				}
			}
			return
		})
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, classify(err, s.path, "la lecture du dossier")
		}
	}
	return d, nil
}

const historySelect = `SELECT "id", "at", "author", "entity", "entity_id", "op", "before", "after", "summary", "undone" FROM "history"`

// loadHistory reads history rows matching where (SQL after WHERE, may be ""), ordered by ID, at most limit
// rows when limit > 0 (the last ones).
func loadHistory(ctx context.Context, q querier, where string, limit int, args ...any) ([]dossier.Change, error) {
	query := historySelect
	if where != "" {
		query += " WHERE " + where
	}
	query += ` ORDER BY "id"`
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []dossier.Change{}
	for rows.Next() {
		var c dossier.Change
		if err := rows.Scan(&c.ID, &c.At, &c.Author, &c.Entity, &c.EntityID, &c.Op, &c.Before, &c.After, &c.Summary, boolCol{&c.Undone}); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// idSets holds, per entity, the IDs present in a dossier being written.
type idSets map[string]map[int64]bool

// prepareRows copies rows, gives the rows with ID 0 fresh IDs above the largest one, and checks that IDs are
// positive and unique. It records the IDs in ids[t.entity].
func prepareRows[T any](t *table[T], rows []T, ids idSets) ([]T, error) {
	out := make([]T, len(rows))
	copy(out, rows)
	set := make(map[int64]bool, len(rows))
	var max int64
	for i := range out {
		id := *t.id(&out[i])
		if id < 0 {
			return nil, invalid("%s : numéro %d invalide (les numéros sont positifs).", t.name(&out[i]), id)
		}
		if id == 0 {
			continue
		}
		if set[id] {
			return nil, invalid("%s : le numéro %d est utilisé par deux lignes.", t.name(&out[i]), id)
		}
		set[id] = true
		if id > max {
			max = id
		}
	}
	for i := range out {
		if p := t.id(&out[i]); *p == 0 {
			max++
			*p = max
			set[max] = true
		}
	}
	ids[t.entity] = set
	return out, nil
}

// checkRefs checks the references and storage rules of every row against ids.
func checkRefs[T any](t *table[T], rows []T, ids idSets) error {
	for i := range rows {
		v := &rows[i]
		if err := t.checkRow(v, func(entity string, id int64) bool { return ids[entity][id] }); err != nil {
			return err
		}
	}
	return nil
}

// checkRow checks the references of v (with exists) and the table's own rules; the error names the row.
func (t *table[T]) checkRow(v *T, exists func(entity string, id int64) bool) error {
	for _, r := range t.refs {
		id := r.get(v)
		if id == 0 {
			if r.required {
				return invalid("%s : %s est obligatoire.", t.name(v), r.field)
			}
			continue
		}
		if !exists(r.target, id) {
			return invalid("%s : %s n° %d n'existe pas.", t.name(v), r.field, id)
		}
	}
	if t.check != nil {
		return t.check(v)
	}
	return nil
}

// insertRows inserts rows (IDs already set) and their children with prepared statements.
func insertRows[T any](ctx context.Context, tx *sql.Tx, t *table[T], rows []T) error {
	if len(rows) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, t.insertSQL())
	if err != nil {
		return err
	}
	defer stmt.Close()
	var child *sql.Stmt
	if t.childTable != "" {
		if child, err = tx.PrepareContext(ctx, t.childInsert); err != nil {
			return err
		}
		defer child.Close()
	}
	for i := range rows {
		v := &rows[i]
		id := *t.id(v)
		if _, err := stmt.ExecContext(ctx, append([]any{id}, t.args(v)...)...); err != nil {
			return fmt.Errorf("%s : %w", t.name(v), err)
		}
		if child != nil {
			for _, r := range t.childRows(v) {
				if _, err := child.ExecContext(ctx, append([]any{id}, r...)...); err != nil {
					return fmt.Errorf("%s : %w", t.name(v), err)
				}
			}
		}
	}
	return nil
}

// ReplaceAll replaces the whole content of the dossier with d in one transaction, keeping d's IDs (rows with
// ID 0 get fresh ones) and its history. Before writing it checks every reference (a contribution's partner
// must exist, an action's lead partner, a section's owner…), unique positive IDs, one target per year and
// finite indicator values; the first problem is returned as an ErrInvalid *Error naming the row, and the
// file is left unchanged. d itself is not modified.
func (s *Store) ReplaceAll(ctx context.Context, d *dossier.Dossier) error {
	if d == nil {
		return invalid("Aucun dossier à enregistrer.")
	}
	ids := idSets{}
	var err error
	var (
		terr, tot, par, con, act, cha, res, ind, acr, sec, att = d.Territories, d.Totems, d.Partners, d.Contributions,
			d.Actions, d.Charges, d.Resources, d.Indicators, d.Actors, d.Sections, d.Attachments
	)
	if terr, err = prepareRows(territories, terr, ids); err != nil {
		return err
	}
	if tot, err = prepareRows(totems, tot, ids); err != nil {
		return err
	}
	if par, err = prepareRows(partners, par, ids); err != nil {
		return err
	}
	if con, err = prepareRows(contributions, con, ids); err != nil {
		return err
	}
	if act, err = prepareRows(actions, act, ids); err != nil {
		return err
	}
	if cha, err = prepareRows(charges, cha, ids); err != nil {
		return err
	}
	if res, err = prepareRows(resources, res, ids); err != nil {
		return err
	}
	if ind, err = prepareRows(indicators, ind, ids); err != nil {
		return err
	}
	if acr, err = prepareRows(actors, acr, ids); err != nil {
		return err
	}
	if sec, err = prepareRows(sections, sec, ids); err != nil {
		return err
	}
	if att, err = prepareRows(attachments, att, ids); err != nil {
		return err
	}
	for _, check := range []func() error{
		func() error { return checkRefs(partners, par, ids) },
		func() error { return checkRefs(contributions, con, ids) },
		func() error { return checkRefs(actions, act, ids) },
		func() error { return checkRefs(charges, cha, ids) },
		func() error { return checkRefs(resources, res, ids) },
		func() error { return checkRefs(indicators, ind, ids) },
		func() error { return checkRefs(sections, sec, ids) },
		func() error { return checkRefs(attachments, att, ids) },
	} {
		if err := check(); err != nil {
			return err
		}
	}
	hist, err := prepareHistory(d.History)
	if err != nil {
		return err
	}
	cand := d.Candidature
	return s.writeTx(ctx, "le remplacement du contenu du dossier", func(tx *sql.Tx) error {
		// The partner ↔ attachment references are circular: check foreign keys at commit.
		if _, err := tx.ExecContext(ctx, "PRAGMA defer_foreign_keys = ON"); err != nil {
			return err
		}
		for _, name := range []string{"history", "actor_tag", "indicator_target", "contribution", "charge", "resource",
			"section", "action", "attachment", "partner", "territory", "totem", "indicator", "actor"} {
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+quote(name)); err != nil {
				return err
			}
		}
		if err := writeCandidature(ctx, tx, &cand); err != nil {
			return err
		}
		for _, ins := range []func() error{
			func() error { return insertRows(ctx, tx, territories, terr) },
			func() error { return insertRows(ctx, tx, totems, tot) },
			func() error { return insertRows(ctx, tx, partners, par) },
			func() error { return insertRows(ctx, tx, attachments, att) },
			func() error { return insertRows(ctx, tx, actions, act) },
			func() error { return insertRows(ctx, tx, contributions, con) },
			func() error { return insertRows(ctx, tx, charges, cha) },
			func() error { return insertRows(ctx, tx, resources, res) },
			func() error { return insertRows(ctx, tx, indicators, ind) },
			func() error { return insertRows(ctx, tx, actors, acr) },
			func() error { return insertRows(ctx, tx, sections, sec) },
			func() error { return insertHistory(ctx, tx, hist) },
		} {
			if err := ins(); err != nil {
				return err
			}
		}
		return nil
	})
}

// histRow is a history row with its step.
type histRow struct {
	dossier.Change
	step int64
}

// prepareHistory gives IDs to history entries with ID 0, checks IDs, and rebuilds the steps: the dump has
// no step, and consecutive entries with the same time, author, summary and undone flag were written by one
// transaction (one step), which is how this package writes them.
func prepareHistory(hs []dossier.Change) ([]histRow, error) {
	out := make([]histRow, len(hs))
	seen := map[int64]bool{}
	var max int64
	for i, c := range hs {
		if c.ID < 0 || seen[c.ID] && c.ID != 0 {
			return nil, invalid("Historique : numéro de modification %d invalide ou en double.", c.ID)
		}
		seen[c.ID] = true
		if c.ID > max {
			max = c.ID
		}
		out[i].Change = c
	}
	for i := range out {
		if out[i].ID == 0 {
			max++
			out[i].ID = max
		}
		if i > 0 {
			p := out[i-1]
			if p.At == out[i].At && p.Author == out[i].Author && p.Summary == out[i].Summary && p.Undone == out[i].Undone {
				out[i].step = p.step
				continue
			}
		}
		out[i].step = out[i].ID
	}
	return out, nil
}

const historyInsert = `INSERT INTO "history" ("id", "step", "at", "author", "entity", "entity_id", "op", "before", "after", "summary", "undone")
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

func insertHistory(ctx context.Context, tx *sql.Tx, hs []histRow) error {
	if len(hs) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, historyInsert)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, h := range hs {
		var id any = h.ID
		if h.ID == 0 {
			id = nil
		}
		if _, err := stmt.ExecContext(ctx, id, h.step, h.At, h.Author, h.Entity, h.EntityID, h.Op, h.Before, h.After,
			h.Summary, b2i(h.Undone)); err != nil {
			return err
		}
	}
	return nil
}

// writeTx runs fn in one write transaction (BEGIN IMMEDIATE) after checking that the file is still the one
// opened; errors are classified with French messages naming doing.
func (s *Store) writeTx(ctx context.Context, doing string, fn func(tx *sql.Tx) error) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if err := s.alive(); err != nil {
		return err
	}
	if err := s.checkFile(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return classify(err, s.path, doing)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return classify(err, s.path, doing)
	}
	if err := tx.Commit(); err != nil {
		return classify(err, s.path, doing)
	}
	return nil
}
