package store

import (
	"context"
	"database/sql"

	"dossierft/internal/dossier"
)

// Undo reverts the last step that is not undone (every row it changed, in reverse order) and marks it
// undone; it works across restarts since the history is in the file. It returns the step's first change,
// whose Summary is the step's summary (e.g. "Partenaire « X » supprimé"), with Undone set. With nothing to
// undo it returns ErrNothingToUndo. If a row was changed outside the history since (another program), the
// undo is refused with ErrInvalid and nothing changes.
func (s *Store) Undo(ctx context.Context) (dossier.Change, error) {
	return s.walk(ctx, true)
}

// Redo replays the earliest undone step and marks it done again; ErrNothingToRedo when there is none (a
// new edit after an undo drops the undone steps).
func (s *Store) Redo(ctx context.Context) (dossier.Change, error) {
	return s.walk(ctx, false)
}

func (s *Store) walk(ctx context.Context, undo bool) (dossier.Change, error) {
	var head dossier.Change
	doing := "l'annulation"
	if !undo {
		doing = "le rétablissement"
	}
	err := s.writeTx(ctx, doing, func(sqlTx *sql.Tx) error {
		tx := newStmtCache(sqlTx)
		var step sql.NullInt64
		query := `SELECT max("step") FROM "history" WHERE "undone" = 0`
		if !undo {
			query = `SELECT min("step") FROM "history" WHERE "undone" = 1`
		}
		if err := tx.QueryRowContext(ctx, query).Scan(&step); err != nil {
			return err
		}
		if !step.Valid {
			if undo {
				return newErr(ErrNothingToUndo, s.path, nil, "Il n'y a plus rien à annuler.")
			}
			return newErr(ErrNothingToRedo, s.path, nil, "Il n'y a rien à rétablir.")
		}
		changes, err := loadHistory(ctx, tx, `"step" = ?`, 0, step.Int64)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "PRAGMA defer_foreign_keys = ON"); err != nil {
			return err
		}
		apply := func(c dossier.Change) error {
			ops, ok := registry[c.Entity]
			if !ok {
				return invalid("Impossible d'annuler « %s » : type de donnée inconnu « %s » dans l'historique.", c.Summary, c.Entity)
			}
			from, to := c.After, c.Before
			if !undo {
				from, to = c.Before, c.After
			}
			ok, err := ops.matches(ctx, tx, c.EntityID, from)
			if err != nil {
				return err
			}
			if !ok {
				what := "Annulation"
				if !undo {
					what = "Rétablissement"
				}
				return invalid("%s impossible (%s) : %s n° %d a été modifié depuis par un autre programme ; rien n'a été changé.", what, c.Summary, ops.label(), c.EntityID)
			}
			return ops.restore(ctx, tx, c.EntityID, to)
		}
		if undo {
			for i := len(changes) - 1; i >= 0; i-- {
				if err := apply(changes[i]); err != nil {
					return err
				}
			}
		} else {
			for _, c := range changes {
				if err := apply(c); err != nil {
					return err
				}
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE "history" SET "undone" = ? WHERE "step" = ?`, b2i(undo), step.Int64); err != nil {
			return err
		}
		head = changes[0]
		head.Undone = undo
		return nil
	})
	return head, err
}

// History returns the last limit steps (all when limit <= 0), newest first: for each, its first change,
// whose Summary is the step's summary. Undone steps are included with Undone set (they can be redone).
func (s *Store) History(ctx context.Context, limit int) ([]dossier.Change, error) {
	if err := s.alive(); err != nil {
		return nil, err
	}
	query := historySelect + ` WHERE "id" = "step" ORDER BY "id" DESC`
	var args []any
	if limit > 0 {
		query += " LIMIT ?"
		args = append(args, limit)
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, classify(err, s.path, "la lecture de l'historique")
	}
	defer rows.Close()
	out := []dossier.Change{}
	for rows.Next() {
		var c dossier.Change
		if err := rows.Scan(&c.ID, &c.At, &c.Author, &c.Entity, &c.EntityID, &c.Op, &c.Before, &c.After, &c.Summary, boolCol{&c.Undone}); err != nil {
			return nil, classify(err, s.path, "la lecture de l'historique")
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, classify(err, s.path, "la lecture de l'historique")
	}
	return out, nil
}

// StepChanges returns every row change of the step whose first change has ID step, in order.
func (s *Store) StepChanges(ctx context.Context, step int64) ([]dossier.Change, error) {
	if err := s.alive(); err != nil {
		return nil, err
	}
	out, err := loadHistory(ctx, s.db, `"step" = ?`, 0, step)
	if err != nil {
		return nil, classify(err, s.path, "la lecture de l'historique")
	}
	return out, nil
}
