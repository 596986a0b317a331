-- Schema version 1: the whole dossier model of internal/dossier/model.go.
-- Conventions: one table per entity, named like history's entity names (singular); STRICT tables;
-- text columns NOT NULL DEFAULT '' (the Go model has no NULL text); money in INTEGER cents; booleans
-- INTEGER 0/1; references are NULL when unset (0 in Go) and checked by foreign keys.
-- ON DELETE rules say what a coordinator expects when a row goes; the store applies them itself first,
-- row by row, so that every affected row lands in the history and one undo restores everything.

CREATE TABLE candidature (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	name TEXT NOT NULL DEFAULT '',
	territory TEXT NOT NULL DEFAULT '',
	summary TEXT NOT NULL DEFAULT '',
	porteur_name TEXT NOT NULL DEFAULT '',
	porteur_legal_form TEXT NOT NULL DEFAULT '',
	porteur_siren TEXT NOT NULL DEFAULT '',
	porteur_siret TEXT NOT NULL DEFAULT '',
	porteur_address TEXT NOT NULL DEFAULT '',
	porteur_postcode TEXT NOT NULL DEFAULT '',
	porteur_town TEXT NOT NULL DEFAULT '',
	representative_name TEXT NOT NULL DEFAULT '',
	representative_title TEXT NOT NULL DEFAULT '',
	contact_name TEXT NOT NULL DEFAULT '',
	contact_email TEXT NOT NULL DEFAULT '',
	contact_phone TEXT NOT NULL DEFAULT '',
	year_start INTEGER NOT NULL DEFAULT 0,
	year_end INTEGER NOT NULL DEFAULT 0,
	deadline TEXT NOT NULL DEFAULT '',
	status TEXT NOT NULL DEFAULT '',
	version TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO candidature (id) VALUES (1);

CREATE TABLE territory (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	name TEXT NOT NULL DEFAULT '',
	kind TEXT NOT NULL DEFAULT '',
	insee_code TEXT NOT NULL DEFAULT '',
	town TEXT NOT NULL DEFAULT '',
	population INTEGER NOT NULL DEFAULT 0,
	population_year INTEGER NOT NULL DEFAULT 0,
	source TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE totem (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	name TEXT NOT NULL DEFAULT '',
	town TEXT NOT NULL DEFAULT '',
	address TEXT NOT NULL DEFAULT '',
	description TEXT NOT NULL DEFAULT '',
	surface_m2 INTEGER NOT NULL DEFAULT 0,
	opening TEXT NOT NULL DEFAULT '',
	source TEXT NOT NULL DEFAULT ''
) STRICT;

-- A partner's logo and letter are attachments; deleting the attachment only unlinks it.
CREATE TABLE partner (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	name TEXT NOT NULL DEFAULT '',
	kind TEXT NOT NULL DEFAULT '',
	funder_type TEXT NOT NULL DEFAULT '',
	siret TEXT NOT NULL DEFAULT '',
	town TEXT NOT NULL DEFAULT '',
	contact_name TEXT NOT NULL DEFAULT '',
	contact_email TEXT NOT NULL DEFAULT '',
	contact_phone TEXT NOT NULL DEFAULT '',
	role TEXT NOT NULL DEFAULT '',
	logo_attachment_id INTEGER REFERENCES attachment (id) ON DELETE SET NULL,
	letter_status TEXT NOT NULL DEFAULT '',
	letter_date TEXT NOT NULL DEFAULT '',
	letter_attachment_id INTEGER REFERENCES attachment (id) ON DELETE SET NULL,
	fictitious INTEGER NOT NULL DEFAULT 0 CHECK (fictitious IN (0, 1)),
	source TEXT NOT NULL DEFAULT '',
	notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX partner_logo ON partner (logo_attachment_id) WHERE logo_attachment_id IS NOT NULL;
CREATE INDEX partner_letter ON partner (letter_attachment_id) WHERE letter_attachment_id IS NOT NULL;

-- Deleting the lead partner leaves the action without a lead.
CREATE TABLE "action" (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	code TEXT NOT NULL DEFAULT '',
	title TEXT NOT NULL DEFAULT '',
	axis TEXT NOT NULL DEFAULT '',
	lead_partner_id INTEGER REFERENCES partner (id) ON DELETE SET NULL,
	start_date TEXT NOT NULL DEFAULT '',
	end_date TEXT NOT NULL DEFAULT '',
	description TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX action_lead ON "action" (lead_partner_id);

-- A contribution belongs to its partner: it goes with it. Deleting an action only unlinks it.
CREATE TABLE contribution (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	partner_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
	action_id INTEGER REFERENCES "action" (id) ON DELETE SET NULL,
	year INTEGER NOT NULL DEFAULT 0,
	nature TEXT NOT NULL DEFAULT '',
	in_kind_type TEXT NOT NULL DEFAULT '',
	account TEXT NOT NULL DEFAULT '',
	label TEXT NOT NULL DEFAULT '',
	amount INTEGER NOT NULL DEFAULT 0,
	status TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX contribution_partner ON contribution (partner_id, year);
CREATE INDEX contribution_action ON contribution (action_id);
CREATE INDEX contribution_year ON contribution (year, account);

CREATE TABLE charge (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	action_id INTEGER REFERENCES "action" (id) ON DELETE SET NULL,
	account TEXT NOT NULL DEFAULT '',
	year INTEGER NOT NULL DEFAULT 0,
	label TEXT NOT NULL DEFAULT '',
	amount INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX charge_action ON charge (action_id);
CREATE INDEX charge_year ON charge (year, account);

CREATE TABLE resource (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	action_id INTEGER REFERENCES "action" (id) ON DELETE SET NULL,
	account TEXT NOT NULL DEFAULT '',
	funder TEXT NOT NULL DEFAULT '',
	year INTEGER NOT NULL DEFAULT 0,
	label TEXT NOT NULL DEFAULT '',
	amount INTEGER NOT NULL DEFAULT 0,
	status TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX resource_action ON resource (action_id);
CREATE INDEX resource_year ON resource (year, account);

CREATE TABLE indicator (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	name TEXT NOT NULL DEFAULT '',
	unit TEXT NOT NULL DEFAULT '',
	baseline_value REAL NOT NULL DEFAULT 0,
	baseline_year INTEGER NOT NULL DEFAULT 0,
	baseline_source TEXT NOT NULL DEFAULT ''
) STRICT;

-- Part of the indicator row (Indicator.Targets): one target per year.
CREATE TABLE indicator_target (
	indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
	year INTEGER NOT NULL,
	value REAL NOT NULL,
	PRIMARY KEY (indicator_id, year)
) STRICT, WITHOUT ROWID;

CREATE TABLE actor (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	name TEXT NOT NULL DEFAULT '',
	category TEXT NOT NULL DEFAULT '',
	siret TEXT NOT NULL DEFAULT '',
	naf TEXT NOT NULL DEFAULT '',
	town TEXT NOT NULL DEFAULT '',
	postcode TEXT NOT NULL DEFAULT '',
	headcount_band TEXT NOT NULL DEFAULT '',
	creation_year INTEGER NOT NULL DEFAULT 0,
	funds_raised INTEGER NOT NULL DEFAULT 0,
	website TEXT NOT NULL DEFAULT '',
	description TEXT NOT NULL DEFAULT '',
	origin TEXT NOT NULL DEFAULT '',
	fictitious INTEGER NOT NULL DEFAULT 0 CHECK (fictitious IN (0, 1))
) STRICT;
CREATE INDEX actor_category ON actor (category);
CREATE INDEX actor_town ON actor (town);
CREATE INDEX actor_siret ON actor (siret) WHERE siret <> '';

-- Part of the actor row (Actor.Tags), in the user's order.
CREATE TABLE actor_tag (
	actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	tag TEXT NOT NULL,
	PRIMARY KEY (actor_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX actor_tag_tag ON actor_tag (tag);

CREATE TABLE section (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	position INTEGER NOT NULL DEFAULT 0,
	"key" TEXT NOT NULL DEFAULT '',
	title TEXT NOT NULL DEFAULT '',
	body TEXT NOT NULL DEFAULT '',
	max_chars INTEGER NOT NULL DEFAULT 0,
	status TEXT NOT NULL DEFAULT '',
	owner_partner_id INTEGER REFERENCES partner (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX section_position ON section (position, id);
CREATE INDEX section_owner ON section (owner_partner_id);

-- Deleting a partner keeps its attachments (a letter of support is evidence), unlinked.
CREATE TABLE attachment (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	name TEXT NOT NULL DEFAULT '',
	kind TEXT NOT NULL DEFAULT '',
	mime TEXT NOT NULL DEFAULT '',
	partner_id INTEGER REFERENCES partner (id) ON DELETE SET NULL,
	created TEXT NOT NULL DEFAULT '',
	data BLOB NOT NULL DEFAULT x''
) STRICT;
CREATE INDEX attachment_partner ON attachment (partner_id);

-- One row per changed row; rows written by one transaction share a step (the ID of its first row), which is
-- the unit of undo and redo. before/after hold the JSON of the row (dossier types), '' when absent.
CREATE TABLE history (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	step INTEGER NOT NULL,
	at TEXT NOT NULL DEFAULT '',
	author TEXT NOT NULL DEFAULT '',
	entity TEXT NOT NULL DEFAULT '',
	entity_id INTEGER NOT NULL DEFAULT 0,
	op TEXT NOT NULL DEFAULT '',
	"before" TEXT NOT NULL DEFAULT '',
	"after" TEXT NOT NULL DEFAULT '',
	summary TEXT NOT NULL DEFAULT '',
	undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
) STRICT;
CREATE INDEX history_step ON history (step);
CREATE INDEX history_undone ON history (undone, step);
