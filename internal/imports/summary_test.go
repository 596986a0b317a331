package imports

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

func TestWriteSummary(t *testing.T) {
	text := "Nom;SIRET;Commune;Divers\nA;41234567000019;Metz;x\nB;80012345700016;Nancy;y\nA bis;41234567000019;Metz;\n"
	rep, err := ReadActors(strings.NewReader(text), "liste.csv", Options{MaxErrors: 1})
	if err != nil {
		t.Fatal(err)
	}
	plan, err := PlanDuplicates(rep.Actors, nil, DupSkip)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteSummary(&buf, rep, plan); err != nil {
		t.Fatal(err)
	}
	want := "Fichier « liste.csv » : CSV, UTF-8, séparateur point-virgule — liste d'acteurs (colonnes en français)\n" +
		"Lignes lues : 3 ; valides : 2 ; fermées ignorées : 0 ; en erreur : 1\n" +
		"Doublons : 1 nouveau(x), 0 fusionné(s), 1 doublon(s) ignoré(s)\n" +
		"Colonnes non importées : Divers\n" +
		"Erreurs (1) :\n" +
		"  ligne 3, colonne « SIRET » : SIRET « 80012345700016 » : clé de contrôle incorrecte (valeur « 80012345700016 »)\n"
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestWriteFormSummary(t *testing.T) {
	d := formDossier()
	var form bytes.Buffer
	if err := writeForm(&form, d, 3, testDossierID, time.Date(2015, 1, 20, 9, 30, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	filled := fill(t, form.Bytes(), func(f *excelize.File) {
		set(t, f, "G18", 120000.5)
		set(t, f, "G19", nil)
		set(t, f, "B21", 2016)
		set(t, f, "C21", "Numéraire")
		set(t, f, "F21", "Animation")
		set(t, f, "G21", 12500)
		set(t, f, "H21", "Sollicité")
	})
	diff, err := ReadForm(bytes.NewReader(filled), "metz.xlsx", d, testDossierID)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteFormSummary(&buf, diff); err != nil {
		t.Fatal(err)
	}
	want := "Formulaire « metz.xlsx » : partenaire n°3 « Metz Métropole », candidature « LORnTECH », généré le 20/01/2015\n" +
		"1 ajoutée(s), 1 modifiée(s), 1 retirée(s), 1 inchangée(s), 0 conflit(s), 0 erreur(s)\n" +
		"  + 2016, Numéraire, 12\u202f500,00\u00a0€, Sollicité — Animation\n" +
		"  ~ n°10 : 2015, Numéraire, 100\u202f000,00\u00a0€, Acquis — Subvention accélérateur → 2015, Numéraire, 120\u202f000,50\u00a0€, Acquis — Subvention accélérateur (Montant (€))\n" +
		"  - n°11 : 2016, En nature, Locaux, 24\u202f000,00\u00a0€, Sollicité — Locaux TCRM-Blida\n"
	if buf.String() != want {
		t.Errorf("got\n%q\nwant\n%q", buf.String(), want)
	}
}
