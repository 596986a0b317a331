package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"dossierft/internal/dossier"
)

// Tx is one write transaction of the dossier, recorded in the history as one undoable step. Get one from
// Store.Do; its methods must not be used after Do returns. Every method checks references first and
// returns an *Error (ErrInvalid, ErrNotFound…) with a French message naming the row; Do then rolls
// everything back.
type Tx struct {
	s       *Store
	ctx     context.Context
	tx      *stmtCache
	at      string // time of the step, UTC RFC 3339 with milliseconds
	changes []dossier.Change
	summary string // summary of the first operation asked for (not of a row it cascaded to)
}

// timeFormat is RFC 3339 in UTC with milliseconds (fixed width, so it sorts as text).
const timeFormat = "2006-01-02T15:04:05.000Z07:00"

// Do runs fn in one write transaction (BEGIN IMMEDIATE) and records every row it changed as one history
// step with the given French summary (when summary is "", the summary of the first change, e.g.
// "Partenaire « X » modifié"). Use it to make several writes one undoable step, e.g. an import of 2,000
// actors. If fn returns an error nothing is written. A step that changed nothing is not recorded; one that
// changed something drops the steps that were undone (no redo after a new edit).
// fn must write through tx only: calling the Store's writing methods from fn would wait for itself
// forever (writes are serialised); the Store's reads from fn see the state before the step.
func (s *Store) Do(ctx context.Context, summary string, fn func(tx *Tx) error) error {
	return s.writeTx(ctx, "l'enregistrement", func(sqlTx *sql.Tx) error {
		tx := &Tx{s: s, ctx: ctx, tx: newStmtCache(sqlTx), at: time.Now().UTC().Format(timeFormat)}
		if err := fn(tx); err != nil {
			return err
		}
		return tx.flush(summary)
	})
}

// record adds one row change to the step; primary is false for rows changed by a cascade.
func (tx *Tx) record(entity string, id int64, op, before, after, summary string, primary bool) {
	if primary && tx.summary == "" {
		tx.summary = summary
	}
	tx.changes = append(tx.changes, dossier.Change{At: tx.at, Author: tx.s.author, Entity: entity, EntityID: id,
		Op: op, Before: before, After: after, Summary: summary})
}

// flush writes the step's history rows; the step is the ID of its first row.
func (tx *Tx) flush(summary string) error {
	if len(tx.changes) == 0 {
		return nil
	}
	if summary == "" {
		summary = tx.summary
	}
	if summary == "" {
		summary = tx.changes[0].Summary
	}
	ctx := tx.ctx
	if _, err := tx.tx.ExecContext(ctx, `DELETE FROM "history" WHERE "undone" = 1`); err != nil {
		return err
	}
	stmt, err := tx.tx.PrepareContext(ctx, historyInsert)
	if err != nil {
		return err
	}
	var step int64
	for i, c := range tx.changes {
		res, err := stmt.ExecContext(ctx, nil, step, c.At, c.Author, c.Entity, c.EntityID, c.Op, c.Before, c.After, summary, 0)
		if err != nil {
			return err
		}
		if i == 0 {
			if step, err = res.LastInsertId(); err != nil {
				return err
			}
			if _, err := tx.tx.ExecContext(ctx, `UPDATE "history" SET "step" = "id" WHERE "id" = ?`, step); err != nil {
				return err
			}
		}
	}
	return nil
}

// exists reports whether entity has a row with this ID.
func (tx *Tx) exists(entity string, id int64) (bool, error) {
	var one int
	err := tx.tx.QueryRowContext(tx.ctx, fmt.Sprintf(`SELECT 1 FROM %s WHERE "id" = ?`, quote(entity)), id).Scan(&one)
	if err == sql.ErrNoRows {
		return false, nil
	}
	return err == nil, err
}

func verb(op string, feminine bool) string {
	w := map[string]string{"insert": "ajouté", "update": "modifié", "delete": "supprimé"}[op]
	if feminine {
		w += "e"
	}
	return w
}

func (t *table[T]) summary(v *T, op string) string {
	title := t.title(v)
	if title != "" {
		return fmt.Sprintf("%s « %s » %s", t.noun, title, verb(op, t.feminine))
	}
	return fmt.Sprintf("%s n° %d %s", t.noun, *t.id(v), verb(op, t.feminine))
}

func toJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // the model's types always marshal
	}
	return string(b)
}

func (t *table[T]) notFound(id int64) error {
	if t.feminine {
		return newErr(ErrNotFound, "", nil, "%s n° %d introuvable : elle a peut-être été supprimée entre-temps.", t.noun, id)
	}
	return newErr(ErrNotFound, "", nil, "%s n° %d introuvable : il a peut-être été supprimé entre-temps.", t.noun, id)
}

// save inserts v (ID 0) or updates the row with v's ID, and records the change. It returns the row as
// stored (read back, so normalised as by Load).
func save[T any](tx *Tx, t *table[T], v T) (T, error) {
	in := v
	var err error
	var missing error
	err = t.checkRow(&v, func(entity string, id int64) bool {
		ok, err := tx.exists(entity, id)
		if err != nil && missing == nil {
			missing = err
		}
		return ok
	})
	if missing != nil { // a database error, not a missing row
		return in, missing
	}
	if err != nil {
		return in, err
	}
	id := *t.id(&v)
	switch {
	case id < 0:
		return in, invalid("%s : numéro %d invalide (les numéros sont positifs).", t.name(&v), id)
	case id == 0:
		res, err := tx.tx.ExecContext(tx.ctx, t.insertSQL(), append([]any{nil}, t.args(&v)...)...)
		if err != nil {
			return in, err
		}
		if id, err = res.LastInsertId(); err != nil {
			return in, err
		}
		*t.id(&v) = id
		if err := t.saveChildren(tx.ctx, tx.tx, &v); err != nil {
			return in, err
		}
		after, _, err := t.get(tx.ctx, tx.tx, id)
		if err != nil {
			return in, err
		}
		tx.record(t.entity, id, "insert", "", toJSON(&after), t.summary(&after, "insert"), true)
		return after, nil
	}
	before, ok, err := t.get(tx.ctx, tx.tx, id)
	if err != nil {
		return in, err
	}
	if !ok {
		return in, t.notFound(id)
	}
	if t.keep != nil {
		t.keep(&before, &v)
	}
	if _, err := tx.tx.ExecContext(tx.ctx, t.updateSQL(), append(t.args(&v), id)...); err != nil {
		return in, err
	}
	if err := t.saveChildren(tx.ctx, tx.tx, &v); err != nil {
		return in, err
	}
	after, _, err := t.get(tx.ctx, tx.tx, id)
	if err != nil {
		return in, err
	}
	b, a := t.updateJSON(before, after)
	if a != b {
		tx.record(t.entity, id, "update", b, a, t.summary(&after, "update"), true)
	}
	return after, nil
}

// dependents lists the references to entity from every table: (table, reference) pairs.
func dependents(entity string) []struct {
	ops entityOps
	ref refInfo
} {
	var out []struct {
		ops entityOps
		ref refInfo
	}
	for _, ops := range registryList {
		for _, r := range ops.references() {
			if r.target == entity {
				out = append(out, struct {
					ops entityOps
					ref refInfo
				}{ops, r})
			}
		}
	}
	return out
}

// refInfo is a reference without its getter.
type refInfo struct {
	col, target string
	required    bool
}

// entityOps is the part of a table descriptor used without knowing its Go type: cascades and undo.
type entityOps interface {
	entityName() string
	label() string
	references() []refInfo
	deleteRow(tx *Tx, id int64, primary bool) error
	unlinkRow(tx *Tx, id int64, col string) error
	matches(ctx context.Context, q querier, id int64, js string) (bool, error)
	restore(ctx context.Context, q querier, id int64, js string) error
}

func (t *table[T]) entityName() string { return t.entity }
func (t *table[T]) label() string      { return t.noun }

func (t *table[T]) references() []refInfo {
	out := make([]refInfo, len(t.refs))
	for i, r := range t.refs {
		out[i] = refInfo{r.col, r.target, r.required}
	}
	return out
}

// deleteRow deletes a row after applying the delete rules to the rows that reference it: required
// references (a partner's contributions) are deleted with it, optional ones are set to none; every
// affected row is recorded.
func (t *table[T]) deleteRow(tx *Tx, id int64, primary bool) error {
	before, ok, err := t.get(tx.ctx, tx.tx, id)
	if err != nil {
		return err
	}
	if !ok {
		return t.notFound(id)
	}
	for _, dep := range dependents(t.entity) {
		ids, err := idsWhere(tx, dep.ops.entityName(), dep.ref.col, id)
		if err != nil {
			return err
		}
		for _, did := range ids {
			if dep.ref.required {
				err = dep.ops.deleteRow(tx, did, false)
			} else {
				err = dep.ops.unlinkRow(tx, did, dep.ref.col)
			}
			if err != nil {
				return err
			}
		}
	}
	if _, err := tx.tx.ExecContext(tx.ctx, fmt.Sprintf(`DELETE FROM %s WHERE "id" = ?`, quote(t.entity)), id); err != nil {
		return err
	}
	tx.record(t.entity, id, "delete", toJSON(&before), "", t.summary(&before, "delete"), primary)
	return nil
}

func idsWhere(tx *Tx, entity, col string, id int64) ([]int64, error) {
	rows, err := tx.tx.QueryContext(tx.ctx, fmt.Sprintf(`SELECT "id" FROM %s WHERE %s = ? ORDER BY "id"`, quote(entity), quote(col)), id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// unlinkRow sets the reference col of row id to none and records the change.
func (t *table[T]) unlinkRow(tx *Tx, id int64, col string) error {
	before, ok, err := t.get(tx.ctx, tx.tx, id)
	if err != nil || !ok {
		return err
	}
	if _, err := tx.tx.ExecContext(tx.ctx, fmt.Sprintf(`UPDATE %s SET %s = NULL WHERE "id" = ?`, quote(t.entity), quote(col)), id); err != nil {
		return err
	}
	after, _, err := t.get(tx.ctx, tx.tx, id)
	if err != nil {
		return err
	}
	b, a := t.updateJSON(before, after)
	tx.record(t.entity, id, "update", b, a, t.summary(&after, "update"), false)
	return nil
}

// updateJSON returns the history JSON of an update (lightened, see table.lighten).
func (t *table[T]) updateJSON(before, after T) (string, string) {
	if t.lighten != nil {
		t.lighten(&before, &after)
	}
	return toJSON(&before), toJSON(&after)
}

// matches reports whether row id is in the state js recorded by the history ("" = no such row).
func (t *table[T]) matches(ctx context.Context, q querier, id int64, js string) (bool, error) {
	cur, found, err := t.get(ctx, q, id)
	if err != nil || !found || js == "" {
		return found == (js != ""), err
	}
	var v T
	if err := json.Unmarshal([]byte(js), &v); err != nil {
		return false, invalid("Historique illisible pour %s n° %d : %v", t.noun, id, err)
	}
	*t.id(&v) = id
	if t.keep != nil {
		t.keep(&cur, &v)
	}
	return toJSON(&cur) == toJSON(&v), nil
}

// restore makes row id equal to the JSON js (inserting it if needed), or deletes it when js is "".
func (t *table[T]) restore(ctx context.Context, q querier, id int64, js string) error {
	if js == "" {
		_, err := q.ExecContext(ctx, fmt.Sprintf(`DELETE FROM %s WHERE "id" = ?`, quote(t.entity)), id)
		return err
	}
	var v T
	if err := json.Unmarshal([]byte(js), &v); err != nil {
		return invalid("Historique illisible pour %s n° %d : %v", t.noun, id, err)
	}
	*t.id(&v) = id
	if t.keep != nil {
		cur, found, err := t.get(ctx, q, id)
		if err != nil {
			return err
		}
		if found {
			t.keep(&cur, &v)
		}
	}
	if _, err := q.ExecContext(ctx, t.upsertSQL(), append([]any{id}, t.args(&v)...)...); err != nil {
		return err
	}
	return t.saveChildren(ctx, q, &v)
}

// candidatureOps is entityOps for the single candidature row (entity "candidature", ID 1).
type candidatureOps struct{}

func (candidatureOps) label() string         { return "Candidature" }
func (candidatureOps) entityName() string    { return "candidature" }
func (candidatureOps) references() []refInfo { return nil }
func (candidatureOps) deleteRow(tx *Tx, id int64, primary bool) error {
	return invalid("La candidature ne peut pas être supprimée.")
}
func (candidatureOps) unlinkRow(tx *Tx, id int64, col string) error { return nil }
func (candidatureOps) matches(ctx context.Context, q querier, id int64, js string) (bool, error) {
	c, err := loadCandidature(ctx, q)
	if err != nil {
		return false, err
	}
	return toJSON(&c) == js, nil
}
func (candidatureOps) restore(ctx context.Context, q querier, id int64, js string) error {
	var c dossier.Candidature
	if err := json.Unmarshal([]byte(js), &c); err != nil {
		return invalid("Historique illisible pour la candidature : %v", err)
	}
	return writeCandidature(ctx, q, &c)
}

// registryList holds the entityOps of every entity; registry indexes it by history entity name.
var registryList = []entityOps{candidatureOps{}, territories, totems, partners, contributions, actions, charges,
	resources, indicators, actors, sections, attachments}

var registry = func() map[string]entityOps {
	m := map[string]entityOps{}
	for _, o := range registryList {
		m[o.entityName()] = o
	}
	return m
}()

// SaveCandidature replaces the candidature's fields with c and records the change.
func (tx *Tx) SaveCandidature(c dossier.Candidature) error {
	before, err := loadCandidature(tx.ctx, tx.tx)
	if err != nil {
		return err
	}
	if err := writeCandidature(tx.ctx, tx.tx, &c); err != nil {
		return err
	}
	b, a := toJSON(&before), toJSON(&c)
	if a != b {
		tx.record("candidature", 1, "update", b, a, "Candidature modifiée", true)
	}
	return nil
}

// SaveTerritory inserts (ID 0) or updates a member territory and returns it as stored.
func (tx *Tx) SaveTerritory(v dossier.Territory) (dossier.Territory, error) {
	return save(tx, territories, v)
}

// SaveTotem inserts (ID 0) or updates a lieu totem and returns it as stored.
func (tx *Tx) SaveTotem(v dossier.Totem) (dossier.Totem, error) { return save(tx, totems, v) }

// SavePartner inserts (ID 0) or updates a partner and returns it as stored.
func (tx *Tx) SavePartner(v dossier.Partner) (dossier.Partner, error) { return save(tx, partners, v) }

// SaveContribution inserts (ID 0) or updates a contribution; its partner must exist (its action too, if set).
func (tx *Tx) SaveContribution(v dossier.Contribution) (dossier.Contribution, error) {
	return save(tx, contributions, v)
}

// SaveAction inserts (ID 0) or updates an action; its lead partner, if set, must exist.
func (tx *Tx) SaveAction(v dossier.Action) (dossier.Action, error) { return save(tx, actions, v) }

// SaveCharge inserts (ID 0) or updates a budget expense line.
func (tx *Tx) SaveCharge(v dossier.Charge) (dossier.Charge, error) { return save(tx, charges, v) }

// SaveResource inserts (ID 0) or updates a resource (produits) line.
func (tx *Tx) SaveResource(v dossier.Resource) (dossier.Resource, error) {
	return save(tx, resources, v)
}

// SaveIndicator inserts (ID 0) or updates an indicator with its targets (one per year, finite values).
func (tx *Tx) SaveIndicator(v dossier.Indicator) (dossier.Indicator, error) {
	return save(tx, indicators, v)
}

// SaveActor inserts (ID 0) or updates an actor with its tags.
func (tx *Tx) SaveActor(v dossier.Actor) (dossier.Actor, error) { return save(tx, actors, v) }

// SaveSection inserts (ID 0) or updates a written chapter.
func (tx *Tx) SaveSection(v dossier.Section) (dossier.Section, error) { return save(tx, sections, v) }

// SaveAttachment inserts (ID 0) or updates an attachment. On update, a nil Data keeps the stored bytes
// (so renaming does not resend the file); an empty non-nil Data empties it.
func (tx *Tx) SaveAttachment(v dossier.Attachment) (dossier.Attachment, error) {
	if v.ID == 0 && v.Created == "" {
		v.Created = time.Now().UTC().Format(time.RFC3339)
	}
	return save(tx, attachments, v)
}

// DeleteTerritory deletes a member territory.
func (tx *Tx) DeleteTerritory(id int64) error { return territories.deleteRow(tx, id, true) }

// DeleteTotem deletes a lieu totem.
func (tx *Tx) DeleteTotem(id int64) error { return totems.deleteRow(tx, id, true) }

// DeletePartner deletes a partner together with its contributions; actions it leads, sections it owns and
// its attachments stay, without partner. All of it is one step: one undo restores everything.
func (tx *Tx) DeletePartner(id int64) error { return partners.deleteRow(tx, id, true) }

// DeleteContribution deletes a contribution.
func (tx *Tx) DeleteContribution(id int64) error { return contributions.deleteRow(tx, id, true) }

// DeleteAction deletes an action; the contributions, charges and resources tied to it stay, untied.
func (tx *Tx) DeleteAction(id int64) error { return actions.deleteRow(tx, id, true) }

// DeleteCharge deletes a budget expense line.
func (tx *Tx) DeleteCharge(id int64) error { return charges.deleteRow(tx, id, true) }

// DeleteResource deletes a resource line.
func (tx *Tx) DeleteResource(id int64) error { return resources.deleteRow(tx, id, true) }

// DeleteIndicator deletes an indicator and its targets.
func (tx *Tx) DeleteIndicator(id int64) error { return indicators.deleteRow(tx, id, true) }

// DeleteActor deletes an actor and its tags.
func (tx *Tx) DeleteActor(id int64) error { return actors.deleteRow(tx, id, true) }

// DeleteSection deletes a written chapter.
func (tx *Tx) DeleteSection(id int64) error { return sections.deleteRow(tx, id, true) }

// DeleteAttachment deletes an attachment; partners using it as logo or letter keep no logo / no letter.
func (tx *Tx) DeleteAttachment(id int64) error { return attachments.deleteRow(tx, id, true) }

// one runs a single Tx method as its own step; on error it returns in unchanged.
func one[T any](s *Store, ctx context.Context, in T, fn func(tx *Tx) (T, error)) (T, error) {
	var out T
	err := s.Do(ctx, "", func(tx *Tx) error {
		var err error
		out, err = fn(tx)
		return err
	})
	if err != nil {
		return in, err
	}
	return out, nil
}

// SaveCandidature replaces the candidature's fields in one step.
func (s *Store) SaveCandidature(ctx context.Context, c dossier.Candidature) error {
	return s.Do(ctx, "", func(tx *Tx) error { return tx.SaveCandidature(c) })
}

// SaveTerritory inserts (ID 0) or updates a member territory in one step.
func (s *Store) SaveTerritory(ctx context.Context, v dossier.Territory) (dossier.Territory, error) {
	return one(s, ctx, v, func(tx *Tx) (dossier.Territory, error) { return tx.SaveTerritory(v) })
}

// SaveTotem inserts (ID 0) or updates a lieu totem in one step.
func (s *Store) SaveTotem(ctx context.Context, v dossier.Totem) (dossier.Totem, error) {
	return one(s, ctx, v, func(tx *Tx) (dossier.Totem, error) { return tx.SaveTotem(v) })
}

// SavePartner inserts (ID 0) or updates a partner in one step and returns it as stored.
func (s *Store) SavePartner(ctx context.Context, v dossier.Partner) (dossier.Partner, error) {
	return one(s, ctx, v, func(tx *Tx) (dossier.Partner, error) { return tx.SavePartner(v) })
}

// SaveContribution inserts (ID 0) or updates a contribution in one step.
func (s *Store) SaveContribution(ctx context.Context, v dossier.Contribution) (dossier.Contribution, error) {
	return one(s, ctx, v, func(tx *Tx) (dossier.Contribution, error) { return tx.SaveContribution(v) })
}

// SaveAction inserts (ID 0) or updates an action in one step.
func (s *Store) SaveAction(ctx context.Context, v dossier.Action) (dossier.Action, error) {
	return one(s, ctx, v, func(tx *Tx) (dossier.Action, error) { return tx.SaveAction(v) })
}

// SaveCharge inserts (ID 0) or updates a budget expense line in one step.
func (s *Store) SaveCharge(ctx context.Context, v dossier.Charge) (dossier.Charge, error) {
	return one(s, ctx, v, func(tx *Tx) (dossier.Charge, error) { return tx.SaveCharge(v) })
}

// SaveResource inserts (ID 0) or updates a resource line in one step.
func (s *Store) SaveResource(ctx context.Context, v dossier.Resource) (dossier.Resource, error) {
	return one(s, ctx, v, func(tx *Tx) (dossier.Resource, error) { return tx.SaveResource(v) })
}

// SaveIndicator inserts (ID 0) or updates an indicator with its targets in one step.
func (s *Store) SaveIndicator(ctx context.Context, v dossier.Indicator) (dossier.Indicator, error) {
	return one(s, ctx, v, func(tx *Tx) (dossier.Indicator, error) { return tx.SaveIndicator(v) })
}

// SaveActor inserts (ID 0) or updates an actor with its tags in one step.
func (s *Store) SaveActor(ctx context.Context, v dossier.Actor) (dossier.Actor, error) {
	return one(s, ctx, v, func(tx *Tx) (dossier.Actor, error) { return tx.SaveActor(v) })
}

// SaveSection inserts (ID 0) or updates a written chapter in one step.
func (s *Store) SaveSection(ctx context.Context, v dossier.Section) (dossier.Section, error) {
	return one(s, ctx, v, func(tx *Tx) (dossier.Section, error) { return tx.SaveSection(v) })
}

// SaveAttachment inserts (ID 0) or updates an attachment in one step (nil Data on update keeps the bytes).
func (s *Store) SaveAttachment(ctx context.Context, v dossier.Attachment) (dossier.Attachment, error) {
	return one(s, ctx, v, func(tx *Tx) (dossier.Attachment, error) { return tx.SaveAttachment(v) })
}

// AddAttachment stores a new file (name, kind, MIME type, bytes; PartnerID optional) in one step and
// returns it with its ID; Created is set to now (UTC) when empty.
func (s *Store) AddAttachment(ctx context.Context, v dossier.Attachment) (dossier.Attachment, error) {
	v.ID = 0
	if v.Data == nil {
		v.Data = []byte{}
	}
	return s.SaveAttachment(ctx, v)
}

func (s *Store) del(ctx context.Context, ops entityOps, id int64) error {
	return s.Do(ctx, "", func(tx *Tx) error { return ops.deleteRow(tx, id, true) })
}

// DeleteTerritory deletes a member territory in one step.
func (s *Store) DeleteTerritory(ctx context.Context, id int64) error {
	return s.del(ctx, territories, id)
}

// DeleteTotem deletes a lieu totem in one step.
func (s *Store) DeleteTotem(ctx context.Context, id int64) error { return s.del(ctx, totems, id) }

// DeletePartner deletes a partner and its contributions in one step (see Tx.DeletePartner).
func (s *Store) DeletePartner(ctx context.Context, id int64) error { return s.del(ctx, partners, id) }

// DeleteContribution deletes a contribution in one step.
func (s *Store) DeleteContribution(ctx context.Context, id int64) error {
	return s.del(ctx, contributions, id)
}

// DeleteAction deletes an action in one step; its budget lines and contributions stay, untied.
func (s *Store) DeleteAction(ctx context.Context, id int64) error { return s.del(ctx, actions, id) }

// DeleteCharge deletes a budget expense line in one step.
func (s *Store) DeleteCharge(ctx context.Context, id int64) error { return s.del(ctx, charges, id) }

// DeleteResource deletes a resource line in one step.
func (s *Store) DeleteResource(ctx context.Context, id int64) error { return s.del(ctx, resources, id) }

// DeleteIndicator deletes an indicator and its targets in one step.
func (s *Store) DeleteIndicator(ctx context.Context, id int64) error {
	return s.del(ctx, indicators, id)
}

// DeleteActor deletes an actor in one step.
func (s *Store) DeleteActor(ctx context.Context, id int64) error { return s.del(ctx, actors, id) }

// DeleteSection deletes a written chapter in one step.
func (s *Store) DeleteSection(ctx context.Context, id int64) error { return s.del(ctx, sections, id) }

// DeleteAttachment deletes an attachment in one step.
func (s *Store) DeleteAttachment(ctx context.Context, id int64) error {
	return s.del(ctx, attachments, id)
}
