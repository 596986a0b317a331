package store

import (
	"context"
	"database/sql"
	"errors"
)

// DossierID returns the random identifier given to this dossier when it was created (32 hex digits, schema
// v2 table meta). It is kept by SaveAs copies and is not part of the JSON dump: a dossier rebuilt with
// `new --from` gets a new one.
func (s *Store) DossierID(ctx context.Context) (string, error) {
	var id string
	err := s.db.QueryRowContext(ctx, `SELECT "value" FROM "meta" WHERE "key" = 'dossier_id'`).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", newErr(ErrCorrupt, s.path, err, "Le dossier « %s » n'a pas d'identifiant (table meta vide).", s.path)
	}
	if err != nil {
		return "", classify(err, s.path, "la lecture de l'identifiant du dossier")
	}
	return id, nil
}
