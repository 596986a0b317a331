package store

import (
	"context"

	"dossierft/internal/dossier"
)

// ImportActors inserts the actors of insert (their IDs are ignored: new ones are given) and updates those of
// update (by ID), all in one transaction recorded as one history step with the given French summary, so the
// whole import is undone by one Undo. Nothing is written if any row fails; the error names it.
func (s *Store) ImportActors(ctx context.Context, summary string, insert, update []dossier.Actor) error {
	return s.Do(ctx, summary, func(tx *Tx) error {
		for _, a := range update {
			if _, err := tx.SaveActor(a); err != nil {
				return err
			}
		}
		for _, a := range insert {
			a.ID = 0
			if _, err := tx.SaveActor(a); err != nil {
				return err
			}
		}
		return nil
	})
}

// ApplyContributions saves the contributions of added (new, ID 0) and changed (by ID) and deletes those of
// removed, in one transaction recorded as one history step with the given French summary (a partner's
// returned contribution form). Nothing is written if any row fails; the error names it.
func (s *Store) ApplyContributions(ctx context.Context, summary string, added, changed, removed []dossier.Contribution) error {
	return s.Do(ctx, summary, func(tx *Tx) error {
		for _, list := range [][]dossier.Contribution{added, changed} {
			for _, c := range list {
				if _, err := tx.SaveContribution(c); err != nil {
					return err
				}
			}
		}
		for _, c := range removed {
			if err := tx.DeleteContribution(c.ID); err != nil {
				return err
			}
		}
		return nil
	})
}
