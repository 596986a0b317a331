package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"strings"

	"dossierft/internal/dossier"
)

// querier is what *sql.Tx, *sql.Conn and *sql.DB have in common.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
}

// ref is an outgoing reference of an entity: column col holds the ID of a row of entity target.
type ref[T any] struct {
	col      string // SQL column, e.g. "partner_id"
	target   string // referenced entity, e.g. "partner"
	field    string // French name of the field in messages, e.g. "le partenaire"
	required bool   // 0 is refused
	get      func(*T) int64
}

// table describes how one entity of the model maps to its SQL table. All generic SQL (load, insert, update,
// upsert, delete, history JSON, reference checks) is written once against this descriptor.
type table[T any] struct {
	entity   string // SQL table and history entity name, e.g. "partner"
	noun     string // French noun for messages, capitalised, e.g. "Partenaire"
	feminine bool   // French agreement: "ajoutée", "modifiée", "supprimée"
	cols     []string
	id       func(*T) *int64
	title    func(*T) string // what names the row for a person, e.g. the partner's name
	args     func(*T) []any  // values of cols, in order
	dest     func(*T) []any  // scan destinations: id, then cols
	refs     []ref[T]
	order    string // ORDER BY of Load, default "id"

	// Optional part of the row stored in a child table (Actor.Tags, Indicator.Targets): childTable has a
	// column childParent referencing the row; childInsert inserts one child with the parent ID first and then
	// the values childRows gives for each child.
	childTable   string
	childParent  string
	childInsert  string
	childRows    func(v *T) [][]any
	loadChildren func(ctx context.Context, q querier, vs []T) error
	check        func(v *T) error       // storage rules beyond references
	keep         func(before, v *T)     // on update, copies into v what an update must keep from before
	lighten      func(before, after *T) // before recording an update, drops what did not change and is big
}

// saveChildren replaces the child rows of v.
func (t *table[T]) saveChildren(ctx context.Context, q querier, v *T) error {
	if t.childTable == "" {
		return nil
	}
	id := *t.id(v)
	if _, err := q.ExecContext(ctx, fmt.Sprintf("DELETE FROM %s WHERE %s = ?", quote(t.childTable), quote(t.childParent)), id); err != nil {
		return err
	}
	for _, r := range t.childRows(v) {
		if _, err := q.ExecContext(ctx, t.childInsert, append([]any{id}, r...)...); err != nil {
			return err
		}
	}
	return nil
}

func quote(id string) string { return `"` + id + `"` }

func (t *table[T]) selectSQL() string {
	var b strings.Builder
	b.WriteString(`SELECT "id"`)
	for _, c := range t.cols {
		b.WriteString(", ")
		b.WriteString(quote(c))
	}
	b.WriteString(" FROM ")
	b.WriteString(quote(t.entity))
	return b.String()
}

func (t *table[T]) insertSQL() string {
	ph := strings.Repeat(", ?", len(t.cols))
	cols := make([]string, len(t.cols))
	for i, c := range t.cols {
		cols[i] = quote(c)
	}
	return fmt.Sprintf(`INSERT INTO %s ("id", %s) VALUES (?%s)`, quote(t.entity), strings.Join(cols, ", "), ph)
}

func (t *table[T]) upsertSQL() string {
	sets := make([]string, len(t.cols))
	for i, c := range t.cols {
		sets[i] = fmt.Sprintf("%s = excluded.%s", quote(c), quote(c))
	}
	return t.insertSQL() + ` ON CONFLICT ("id") DO UPDATE SET ` + strings.Join(sets, ", ")
}

func (t *table[T]) updateSQL() string {
	sets := make([]string, len(t.cols))
	for i, c := range t.cols {
		sets[i] = quote(c) + " = ?"
	}
	return fmt.Sprintf(`UPDATE %s SET %s WHERE "id" = ?`, quote(t.entity), strings.Join(sets, ", "))
}

// loadAll reads every row ordered by t.order (or ID), children included; never returns nil.
func (t *table[T]) loadAll(ctx context.Context, q querier) ([]T, error) {
	return t.loadSelect(ctx, q, t.selectSQL())
}

// loadSelect is loadAll with another SELECT of the same columns (e.g. without the attachments' bytes).
func (t *table[T]) loadSelect(ctx context.Context, q querier, query string) ([]T, error) {
	order := t.order
	if order == "" {
		order = `"id"`
	}
	rows, err := q.QueryContext(ctx, query+" ORDER BY "+order)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []T{}
	for rows.Next() {
		var v T
		if err := rows.Scan(t.dest(&v)...); err != nil {
			return nil, fmt.Errorf("%s: %w", t.entity, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if t.loadChildren != nil {
		if err := t.loadChildren(ctx, q, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// get reads one row; ok is false when there is no row with that ID.
func (t *table[T]) get(ctx context.Context, q querier, id int64) (v T, ok bool, err error) {
	err = q.QueryRowContext(ctx, t.selectSQL()+` WHERE "id" = ?`, id).Scan(t.dest(&v)...)
	if err == sql.ErrNoRows {
		return v, false, nil
	}
	if err != nil {
		return v, false, err
	}
	if t.loadChildren != nil {
		one := []T{v}
		if err := t.loadChildren(ctx, q, one); err != nil {
			return v, false, err
		}
		v = one[0]
	}
	return v, true, nil
}

// name returns how messages name row v: « title » (n° ID), or n° ID alone.
func (t *table[T]) name(v *T) string {
	title := strings.TrimSpace(t.title(v))
	id := *t.id(v)
	switch {
	case title != "" && id != 0:
		return fmt.Sprintf("%s « %s » (n° %d)", t.noun, title, id)
	case title != "":
		return fmt.Sprintf("%s « %s »", t.noun, title)
	case id != 0:
		return fmt.Sprintf("%s n° %d", t.noun, id)
	}
	return t.noun + " sans nom"
}

// idOrNil stores a reference: 0 (none) becomes NULL.
func idOrNil(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// nullID scans a nullable reference column into an int64 (NULL → 0).
type nullID struct{ p *int64 }

func (n nullID) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*n.p = 0
	case int64:
		*n.p = v
	default:
		return fmt.Errorf("référence inattendue %T", src)
	}
	return nil
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// boolCol scans an INTEGER 0/1 column into a bool.
type boolCol struct{ p *bool }

func (b boolCol) Scan(src any) error {
	v, ok := src.(int64)
	if !ok {
		return fmt.Errorf("booléen inattendu %T", src)
	}
	*b.p = v != 0
	return nil
}

// intCol scans an INTEGER column into an int.
type intCol struct{ p *int }

func (c intCol) Scan(src any) error {
	v, ok := src.(int64)
	if !ok {
		return fmt.Errorf("entier inattendu %T", src)
	}
	*c.p = int(v)
	return nil
}

// The descriptors of every list entity of the model, in the order ReplaceAll inserts them.

var territories = &table[dossier.Territory]{
	entity: "territory", noun: "Territoire",
	cols:  []string{"name", "kind", "insee_code", "town", "population", "population_year", "source"},
	id:    func(v *dossier.Territory) *int64 { return &v.ID },
	title: func(v *dossier.Territory) string { return v.Name },
	args: func(v *dossier.Territory) []any {
		return []any{v.Name, v.Kind, v.InseeCode, v.Town, v.Population, v.PopulationYear, v.Source}
	},
	dest: func(v *dossier.Territory) []any {
		return []any{&v.ID, &v.Name, &v.Kind, &v.InseeCode, &v.Town, &v.Population, intCol{&v.PopulationYear}, &v.Source}
	},
}

var totems = &table[dossier.Totem]{
	entity: "totem", noun: "Lieu totem",
	cols:  []string{"name", "town", "address", "description", "surface_m2", "opening", "source"},
	id:    func(v *dossier.Totem) *int64 { return &v.ID },
	title: func(v *dossier.Totem) string { return v.Name },
	args: func(v *dossier.Totem) []any {
		return []any{v.Name, v.Town, v.Address, v.Description, v.SurfaceM2, v.Opening, v.Source}
	},
	dest: func(v *dossier.Totem) []any {
		return []any{&v.ID, &v.Name, &v.Town, &v.Address, &v.Description, &v.SurfaceM2, &v.Opening, &v.Source}
	},
}

var partners = &table[dossier.Partner]{
	entity: "partner", noun: "Partenaire",
	cols: []string{"name", "kind", "funder_type", "siret", "town", "contact_name", "contact_email", "contact_phone",
		"role", "logo_attachment_id", "letter_status", "letter_date", "letter_attachment_id", "fictitious", "source", "notes"},
	id:    func(v *dossier.Partner) *int64 { return &v.ID },
	title: func(v *dossier.Partner) string { return v.Name },
	args: func(v *dossier.Partner) []any {
		return []any{v.Name, v.Kind, v.FunderType, v.SIRET, v.Town, v.ContactName, v.ContactEmail, v.ContactPhone,
			v.Role, idOrNil(v.LogoAttachmentID), v.LetterStatus, v.LetterDate, idOrNil(v.LetterAttachmentID),
			b2i(v.Fictitious), v.Source, v.Notes}
	},
	dest: func(v *dossier.Partner) []any {
		return []any{&v.ID, &v.Name, &v.Kind, &v.FunderType, &v.SIRET, &v.Town, &v.ContactName, &v.ContactEmail,
			&v.ContactPhone, &v.Role, nullID{&v.LogoAttachmentID}, &v.LetterStatus, &v.LetterDate,
			nullID{&v.LetterAttachmentID}, boolCol{&v.Fictitious}, &v.Source, &v.Notes}
	},
	refs: []ref[dossier.Partner]{
		{col: "logo_attachment_id", target: "attachment", field: "le logo (pièce jointe)",
			get: func(v *dossier.Partner) int64 { return v.LogoAttachmentID }},
		{col: "letter_attachment_id", target: "attachment", field: "la lettre de soutien (pièce jointe)",
			get: func(v *dossier.Partner) int64 { return v.LetterAttachmentID }},
	},
}

var actions = &table[dossier.Action]{
	entity: "action", noun: "Action", feminine: true,
	cols:  []string{"code", "title", "axis", "lead_partner_id", "start_date", "end_date", "description"},
	id:    func(v *dossier.Action) *int64 { return &v.ID },
	title: func(v *dossier.Action) string { return strings.TrimSpace(v.Code + " " + v.Title) },
	args: func(v *dossier.Action) []any {
		return []any{v.Code, v.Title, v.Axis, idOrNil(v.LeadPartnerID), v.StartDate, v.EndDate, v.Description}
	},
	dest: func(v *dossier.Action) []any {
		return []any{&v.ID, &v.Code, &v.Title, &v.Axis, nullID{&v.LeadPartnerID}, &v.StartDate, &v.EndDate, &v.Description}
	},
	refs: []ref[dossier.Action]{
		{col: "lead_partner_id", target: "partner", field: "le partenaire chef de file",
			get: func(v *dossier.Action) int64 { return v.LeadPartnerID }},
	},
}

var contributions = &table[dossier.Contribution]{
	entity: "contribution", noun: "Contribution", feminine: true,
	cols:  []string{"partner_id", "action_id", "year", "nature", "in_kind_type", "account", "label", "amount", "status"},
	id:    func(v *dossier.Contribution) *int64 { return &v.ID },
	title: func(v *dossier.Contribution) string { return v.Label },
	args: func(v *dossier.Contribution) []any {
		return []any{idOrNil(v.PartnerID), idOrNil(v.ActionID), v.Year, v.Nature, v.InKindType, v.Account, v.Label,
			int64(v.Amount), v.Status}
	},
	dest: func(v *dossier.Contribution) []any {
		return []any{&v.ID, &v.PartnerID, nullID{&v.ActionID}, intCol{&v.Year}, &v.Nature, &v.InKindType, &v.Account,
			&v.Label, (*int64)(&v.Amount), &v.Status}
	},
	refs: []ref[dossier.Contribution]{
		{col: "partner_id", target: "partner", field: "le partenaire", required: true,
			get: func(v *dossier.Contribution) int64 { return v.PartnerID }},
		{col: "action_id", target: "action", field: "l'action",
			get: func(v *dossier.Contribution) int64 { return v.ActionID }},
	},
}

var charges = &table[dossier.Charge]{
	entity: "charge", noun: "Charge", feminine: true,
	cols:  []string{"action_id", "account", "year", "label", "amount"},
	id:    func(v *dossier.Charge) *int64 { return &v.ID },
	title: func(v *dossier.Charge) string { return v.Label },
	args: func(v *dossier.Charge) []any {
		return []any{idOrNil(v.ActionID), v.Account, v.Year, v.Label, int64(v.Amount)}
	},
	dest: func(v *dossier.Charge) []any {
		return []any{&v.ID, nullID{&v.ActionID}, &v.Account, intCol{&v.Year}, &v.Label, (*int64)(&v.Amount)}
	},
	refs: []ref[dossier.Charge]{
		{col: "action_id", target: "action", field: "l'action", get: func(v *dossier.Charge) int64 { return v.ActionID }},
	},
}

var resources = &table[dossier.Resource]{
	entity: "resource", noun: "Ressource", feminine: true,
	cols:  []string{"action_id", "account", "funder", "year", "label", "amount", "status"},
	id:    func(v *dossier.Resource) *int64 { return &v.ID },
	title: func(v *dossier.Resource) string { return v.Label },
	args: func(v *dossier.Resource) []any {
		return []any{idOrNil(v.ActionID), v.Account, v.Funder, v.Year, v.Label, int64(v.Amount), v.Status}
	},
	dest: func(v *dossier.Resource) []any {
		return []any{&v.ID, nullID{&v.ActionID}, &v.Account, &v.Funder, intCol{&v.Year}, &v.Label, (*int64)(&v.Amount), &v.Status}
	},
	refs: []ref[dossier.Resource]{
		{col: "action_id", target: "action", field: "l'action", get: func(v *dossier.Resource) int64 { return v.ActionID }},
	},
}

var indicators = &table[dossier.Indicator]{
	entity: "indicator", noun: "Indicateur",
	cols:  []string{"name", "unit", "baseline_value", "baseline_year", "baseline_source"},
	id:    func(v *dossier.Indicator) *int64 { return &v.ID },
	title: func(v *dossier.Indicator) string { return v.Name },
	args: func(v *dossier.Indicator) []any {
		return []any{v.Name, v.Unit, v.BaselineValue, v.BaselineYear, v.BaselineSource}
	},
	dest: func(v *dossier.Indicator) []any {
		return []any{&v.ID, &v.Name, &v.Unit, &v.BaselineValue, intCol{&v.BaselineYear}, &v.BaselineSource}
	},
	check:       checkIndicator,
	childTable:  "indicator_target",
	childParent: "indicator_id",
	childInsert: `INSERT INTO "indicator_target" ("indicator_id", "year", "value") VALUES (?, ?, ?)`,
	childRows: func(v *dossier.Indicator) [][]any {
		out := make([][]any, len(v.Targets))
		for i, t := range v.Targets {
			out[i] = []any{t.Year, t.Value}
		}
		return out
	},
	loadChildren: loadTargets,
}

var actors = &table[dossier.Actor]{
	entity: "actor", noun: "Acteur",
	cols: []string{"name", "category", "siret", "naf", "town", "postcode", "headcount_band", "creation_year",
		"funds_raised", "website", "description", "origin", "fictitious"},
	id:    func(v *dossier.Actor) *int64 { return &v.ID },
	title: func(v *dossier.Actor) string { return v.Name },
	args: func(v *dossier.Actor) []any {
		return []any{v.Name, v.Category, v.SIRET, v.NAF, v.Town, v.Postcode, v.HeadcountBand, v.CreationYear,
			int64(v.FundsRaised), v.Website, v.Description, v.Origin, b2i(v.Fictitious)}
	},
	dest: func(v *dossier.Actor) []any {
		return []any{&v.ID, &v.Name, &v.Category, &v.SIRET, &v.NAF, &v.Town, &v.Postcode, &v.HeadcountBand,
			intCol{&v.CreationYear}, (*int64)(&v.FundsRaised), &v.Website, &v.Description, &v.Origin, boolCol{&v.Fictitious}}
	},
	childTable:  "actor_tag",
	childParent: "actor_id",
	childInsert: `INSERT INTO "actor_tag" ("actor_id", "position", "tag") VALUES (?, ?, ?)`,
	childRows: func(v *dossier.Actor) [][]any {
		out := make([][]any, len(v.Tags))
		for i, tag := range v.Tags {
			out[i] = []any{i, tag}
		}
		return out
	},
	loadChildren: loadTags,
}

var sections = &table[dossier.Section]{
	entity: "section", noun: "Chapitre",
	cols:  []string{"position", "key", "title", "body", "max_chars", "status", "owner_partner_id"},
	id:    func(v *dossier.Section) *int64 { return &v.ID },
	title: func(v *dossier.Section) string { return v.Title },
	args: func(v *dossier.Section) []any {
		return []any{v.Position, v.Key, v.Title, v.Body, v.MaxChars, v.Status, idOrNil(v.OwnerPartnerID)}
	},
	dest: func(v *dossier.Section) []any {
		return []any{&v.ID, intCol{&v.Position}, &v.Key, &v.Title, &v.Body, intCol{&v.MaxChars}, &v.Status, nullID{&v.OwnerPartnerID}}
	},
	refs: []ref[dossier.Section]{
		{col: "owner_partner_id", target: "partner", field: "le partenaire responsable",
			get: func(v *dossier.Section) int64 { return v.OwnerPartnerID }},
	},
	order: `"position", "id"`,
}

var attachments = &table[dossier.Attachment]{
	entity: "attachment", noun: "Pièce jointe", feminine: true,
	cols:  []string{"name", "kind", "mime", "partner_id", "created", "data"},
	id:    func(v *dossier.Attachment) *int64 { return &v.ID },
	title: func(v *dossier.Attachment) string { return v.Name },
	args: func(v *dossier.Attachment) []any {
		data := v.Data
		if data == nil {
			data = []byte{}
		}
		return []any{v.Name, v.Kind, v.MIME, idOrNil(v.PartnerID), v.Created, data}
	},
	dest: func(v *dossier.Attachment) []any {
		return []any{&v.ID, &v.Name, &v.Kind, &v.MIME, nullID{&v.PartnerID}, &v.Created, blobCol{&v.Data}}
	},
	keep: func(before, v *dossier.Attachment) {
		if v.Data == nil {
			v.Data = before.Data
		}
	},
	// An update that keeps the bytes (a rename, a partner unlinked) records "data": null on both sides
	// instead of the file twice; undo and redo then keep the stored bytes (keep).
	lighten: func(before, after *dossier.Attachment) {
		if bytes.Equal(before.Data, after.Data) {
			before.Data, after.Data = nil, nil
		}
	},
	refs: []ref[dossier.Attachment]{
		{col: "partner_id", target: "partner", field: "le partenaire",
			get: func(v *dossier.Attachment) int64 { return v.PartnerID }},
	},
}

// blobCol scans a BLOB into a fresh, never nil, byte slice.
type blobCol struct{ p *[]byte }

func (b blobCol) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*b.p = []byte{}
	case []byte:
		*b.p = append([]byte{}, v...)
	case string:
		*b.p = []byte(v)
	default:
		return fmt.Errorf("contenu inattendu %T", src)
	}
	return nil
}

func checkIndicator(v *dossier.Indicator) error {
	if err := checkFloat(v.BaselineValue); err != nil {
		return invalid("Indicateur « %s » : la valeur de référence %s.", v.Name, err)
	}
	seen := map[int]bool{}
	for _, t := range v.Targets {
		if seen[t.Year] {
			return invalid("Indicateur « %s » : deux cibles pour l'année %d.", v.Name, t.Year)
		}
		seen[t.Year] = true
		if err := checkFloat(t.Value); err != nil {
			return invalid("Indicateur « %s » : la cible %d %s.", v.Name, t.Year, err)
		}
	}
	return nil
}

func loadTargets(ctx context.Context, q querier, vs []dossier.Indicator) error {
	index := make(map[int64]int, len(vs))
	for i := range vs {
		index[vs[i].ID] = i
		vs[i].Targets = []dossier.IndicatorTarget{}
	}
	query := `SELECT "indicator_id", "year", "value" FROM "indicator_target" ORDER BY "indicator_id", "year"`
	var args []any
	if len(vs) == 1 {
		query = `SELECT "indicator_id", "year", "value" FROM "indicator_target" WHERE "indicator_id" = ? ORDER BY "year"`
		args = append(args, vs[0].ID)
	}
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var t dossier.IndicatorTarget
		if err := rows.Scan(&id, intCol{&t.Year}, &t.Value); err != nil {
			return err
		}
		if i, ok := index[id]; ok {
			vs[i].Targets = append(vs[i].Targets, t)
		}
	}
	return rows.Err()
}

func loadTags(ctx context.Context, q querier, vs []dossier.Actor) error {
	index := make(map[int64]int, len(vs))
	for i := range vs {
		index[vs[i].ID] = i
		vs[i].Tags = []string{}
	}
	query := `SELECT "actor_id", "tag" FROM "actor_tag" ORDER BY "actor_id", "position"`
	var args []any
	if len(vs) == 1 {
		query = `SELECT "actor_id", "tag" FROM "actor_tag" WHERE "actor_id" = ? ORDER BY "position"`
		args = append(args, vs[0].ID)
	}
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var tag string
		if err := rows.Scan(&id, &tag); err != nil {
			return err
		}
		if i, ok := index[id]; ok {
			vs[i].Tags = append(vs[i].Tags, tag)
		}
	}
	return rows.Err()
}

// stmtCache is a querier over one transaction that prepares each distinct SQL text once: a step that saves
// 2,000 actors then parses its few statements once instead of 10,000 times. The statements are closed
// with the transaction.
type stmtCache struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func newStmtCache(tx *sql.Tx) *stmtCache { return &stmtCache{tx: tx, stmts: map[string]*sql.Stmt{}} }

func (c *stmtCache) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := c.stmts[query]; ok {
		return st, nil
	}
	st, err := c.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.stmts[query] = st
	return st, nil
}

// ExecContext runs query with a cached statement.
func (c *stmtCache) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// QueryContext runs query with a cached statement.
func (c *stmtCache) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// QueryRowContext runs query with a cached statement; a preparation error shows at Scan.
func (c *stmtCache) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return c.tx.QueryRowContext(ctx, query, args...) // reports the same error at Scan
	}
	return st.QueryRowContext(ctx, args...)
}

// PrepareContext returns the cached statement for query.
func (c *stmtCache) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return c.stmt(ctx, query)
}
