-- Schema version 2: a key/value table for facts about the file itself. "dossier_id" is a random identifier
-- given to each dossier when it is created (or migrated): the contribution forms sent to partners carry a
-- hash of it, so a form returned into another dossier is refused. A copy made by "enregistrer sous" keeps it.
CREATE TABLE meta (
	key TEXT PRIMARY KEY,
	value TEXT NOT NULL
) STRICT;

INSERT INTO meta (key, value) VALUES ('dossier_id', lower(hex(randomblob(16))));
