package store

import (
	"context"
	"fmt"
	"math"

	"dossierft/internal/dossier"
)

// The candidature is a single row (id 1) created by the first migration.

const candidatureSelect = `SELECT "name", "territory", "summary", "porteur_name", "porteur_legal_form", "porteur_siren",
	"porteur_siret", "porteur_address", "porteur_postcode", "porteur_town", "representative_name", "representative_title",
	"contact_name", "contact_email", "contact_phone", "year_start", "year_end", "deadline", "status", "version"
	FROM "candidature" WHERE "id" = 1`

const candidatureUpdate = `UPDATE "candidature" SET "name" = ?, "territory" = ?, "summary" = ?, "porteur_name" = ?,
	"porteur_legal_form" = ?, "porteur_siren" = ?, "porteur_siret" = ?, "porteur_address" = ?, "porteur_postcode" = ?,
	"porteur_town" = ?, "representative_name" = ?, "representative_title" = ?, "contact_name" = ?, "contact_email" = ?,
	"contact_phone" = ?, "year_start" = ?, "year_end" = ?, "deadline" = ?, "status" = ?, "version" = ?
	WHERE "id" = 1`

func loadCandidature(ctx context.Context, q querier) (dossier.Candidature, error) {
	var c dossier.Candidature
	err := q.QueryRowContext(ctx, candidatureSelect).Scan(&c.Name, &c.Territory, &c.Summary, &c.PorteurName,
		&c.PorteurLegalForm, &c.PorteurSIREN, &c.PorteurSIRET, &c.PorteurAddress, &c.PorteurPostcode, &c.PorteurTown,
		&c.RepresentativeName, &c.RepresentativeTitle, &c.ContactName, &c.ContactEmail, &c.ContactPhone,
		intCol{&c.YearStart}, intCol{&c.YearEnd}, &c.Deadline, &c.Status, &c.Version)
	if err != nil {
		return c, fmt.Errorf("candidature: %w", err)
	}
	return c, nil
}

func writeCandidature(ctx context.Context, q querier, c *dossier.Candidature) error {
	res, err := q.ExecContext(ctx, candidatureUpdate, c.Name, c.Territory, c.Summary, c.PorteurName, c.PorteurLegalForm,
		c.PorteurSIREN, c.PorteurSIRET, c.PorteurAddress, c.PorteurPostcode, c.PorteurTown, c.RepresentativeName,
		c.RepresentativeTitle, c.ContactName, c.ContactEmail, c.ContactPhone, c.YearStart, c.YearEnd, c.Deadline,
		c.Status, c.Version)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return invalid("La ligne de la candidature manque dans le fichier.")
	}
	return nil
}

// checkFloat refuses NaN and infinities, which SQLite cannot store faithfully (NaN becomes NULL) and JSON
// cannot encode. The returned text completes a French sentence.
func checkFloat(f float64) error {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return fmt.Errorf("n'est pas un nombre fini (%v)", f)
	}
	return nil
}
