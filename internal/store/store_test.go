package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"dossierft/internal/dossier"
)

// fullDossier builds a dossier with a row in every table, unicode, control characters, blobs, zero values
// and circular partner ↔ attachment references.
func fullDossier() *dossier.Dossier {
	return &dossier.Dossier{
		Candidature: dossier.Candidature{
			Name: "LORnTECH", Territory: "Sillon lorrain", Summary: "Un réseau « œcuménique » — 1 234,56 €\u00a0; emoji 🚀, RTL שלום",
			PorteurName: "Pôle métropolitain européen du Sillon lorrain", PorteurLegalForm: "Syndicat mixte",
			PorteurSIREN: "200012345", PorteurSIRET: "20001234500017", PorteurAddress: "1 place\nde l'Hôtel de Ville",
			PorteurPostcode: "01000", PorteurTown: "Metz", RepresentativeName: "Jean Dupont", RepresentativeTitle: "Président",
			ContactName: "Zoé Œuf", ContactEmail: "zoe@example.fr", ContactPhone: "+33 3 87 00 00 00",
			YearStart: 2015, YearEnd: 2017, Deadline: "2015-03-31", Status: "brouillon", Version: "v3 — janvier 2015",
		},
		Territories: []dossier.Territory{
			{ID: 1, Name: "Metz Métropole", Kind: "epci", InseeCode: "245701404", Town: "Metz", Population: 221000, PopulationYear: 2012, Source: "INSEE"},
			{ID: 4, Name: "Épinal", Kind: "commune", InseeCode: "88160", Town: "Épinal"},
		},
		Totems: []dossier.Totem{{ID: 2, Name: "TCRM-Blida", Town: "Metz", Address: "7 avenue de Blida", Description: "Ancien centre de tri\tavec tabulation", SurfaceM2: 12000, Opening: "2015", Source: "Metz Mag"}},
		Partners: []dossier.Partner{
			{ID: 1, Name: "Grand Est Numérique", Kind: "association", FunderType: "", SIRET: "", Town: "Metz", Role: "membre-fondateur",
				LogoAttachmentID: 2, LetterStatus: "recue", LetterDate: "2015-02-01", LetterAttachmentID: 1, Fictitious: false, Source: "seed", Notes: "<script>alert(1)</script>"},
			{ID: 3, Name: "Tous branchés", Kind: "association", Fictitious: true},
			{ID: 7, Name: "Région Grand Est", Kind: "collectivite", FunderType: "74-region", SIRET: "20005267800014"},
		},
		Contributions: []dossier.Contribution{
			{ID: 1, PartnerID: 7, ActionID: 2, Year: 2015, Nature: "numeraire", Account: "74-region", Label: "Subvention", Amount: 2300001, Status: "acquis"},
			{ID: 2, PartnerID: 1, Year: 2016, Nature: "nature", InKindType: "locaux", Account: "871", Label: "Locaux", Amount: -1250, Status: "sollicite"},
			{ID: 5, PartnerID: 3},
		},
		Actions: []dossier.Action{
			{ID: 2, Code: "A1", Title: "Accélérateur", Axis: "acceleration", LeadPartnerID: 1, StartDate: "2015-01-01", EndDate: "2017-12-31", Description: "Texte\x00avec NUL\x0bet VT"},
			{ID: 3, Code: "A2"},
		},
		Charges: []dossier.Charge{
			{ID: 1, ActionID: 2, Account: "641", Year: 2015, Label: "Salaires", Amount: 4500000},
			{ID: 2, Account: "861", Year: 2016, Label: "Mise à disposition", Amount: 1250},
		},
		Resources: []dossier.Resource{{ID: 9, ActionID: 3, Account: "706", Funder: "Billetterie", Year: 2017, Label: "Entrées", Amount: 99, Status: "previsionnel"}, {ID: 10}},
		Indicators: []dossier.Indicator{
			{ID: 1, Name: "Emplois", Unit: "emplois", BaselineValue: 1234.5678, BaselineYear: 2014, BaselineSource: "INSEE",
				Targets: []dossier.IndicatorTarget{{Year: 2015, Value: 1300}, {Year: 2016, Value: 1e-9}, {Year: 2017, Value: -0.5}}},
			{ID: 2, Name: "Vide", Targets: []dossier.IndicatorTarget{}},
		},
		Actors: []dossier.Actor{
			{ID: 1, Name: "Start-up 🚀", Category: "startup", SIRET: "00012345600017", NAF: "62.01Z", Town: "Nancy", Postcode: "54000",
				HeadcountBand: "01", CreationYear: 2012, FundsRaised: 150000000, Website: "https://exemple.fr", Description: "x",
				Tags: []string{"IoT", "santé", "", "IoT"}, Origin: "import fichier.csv ligne 12", Fictitious: true},
			{ID: 2, Name: "Sans tags", Tags: []string{}},
		},
		Sections: []dossier.Section{
			{ID: 5, Position: 1, Key: "ecosysteme", Title: "Écosystème", Body: "# Titre\n\n- liste\n- « guillemets »", MaxChars: 5000, Status: "en-cours", OwnerPartnerID: 3},
			{ID: 2, Position: 2, Key: "strategie", Title: "Stratégie"},
			{ID: 3, Position: 2, Key: "", Title: "Même position"},
		},
		Attachments: []dossier.Attachment{
			{ID: 1, Name: "lettre.pdf", Kind: "lettre", MIME: "application/pdf", PartnerID: 1, Created: "2015-02-01T10:00:00Z", Data: []byte("%PDF-1.4\x00\xff\xfe binary")},
			{ID: 2, Name: "logo.png", Kind: "logo", MIME: "image/png", PartnerID: 1, Data: []byte{0x89, 'P', 'N', 'G', 0}},
			{ID: 3, Name: "vide.txt", Data: []byte{}},
		},
		History: []dossier.Change{
			{ID: 1, At: "2015-01-01T10:00:00.000Z", Author: "zoé", Entity: "partner", EntityID: 1, Op: "insert", After: `{"id":1}`, Summary: "Partenaire « Grand Est Numérique » ajouté"},
			{ID: 2, At: "2015-01-01T10:00:01.000Z", Author: "zoé", Entity: "actor", EntityID: 1, Op: "import", After: `{}`, Summary: "Import"},
			{ID: 3, At: "2015-01-01T10:00:01.000Z", Author: "zoé", Entity: "actor", EntityID: 2, Op: "import", After: `{}`, Summary: "Import"},
			{ID: 4, At: "2015-01-02T10:00:00.000Z", Author: "zoé", Entity: "charge", EntityID: 1, Op: "update", Before: `{}`, After: `{}`, Summary: "Charge modifiée", Undone: true},
		},
	}
}

// sortedCopy returns d as Load returns it: sections by position then ID, nil slices as empty.
func normalised(d *dossier.Dossier) *dossier.Dossier {
	b, _ := json.Marshal(d)
	var out dossier.Dossier
	json.Unmarshal(b, &out)
	return &out
}

func newStore(t *testing.T, name string) *Store {
	t.Helper()
	s, err := Create(context.Background(), filepath.Join(t.TempDir(), name))
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestCreateEmptyAndPragmas(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, "vide.dossier")
	d, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := &dossier.Dossier{Territories: []dossier.Territory{}, Totems: []dossier.Totem{}, Partners: []dossier.Partner{},
		Contributions: []dossier.Contribution{}, Actions: []dossier.Action{}, Charges: []dossier.Charge{},
		Resources: []dossier.Resource{}, Indicators: []dossier.Indicator{}, Actors: []dossier.Actor{},
		Sections: []dossier.Section{}, Attachments: []dossier.Attachment{}, History: []dossier.Change{}}
	if !reflect.DeepEqual(d, want) {
		t.Fatalf("empty dossier = %+v", d)
	}
	// Every pooled connection has the pragmas: hold several connections at once.
	var conns []*sql.Conn
	for i := 0; i < 3; i++ {
		c, err := s.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		checks := map[string]string{"application_id": "1148143188", "user_version": fmt.Sprint(SchemaVersion),
			"journal_mode": "wal", "foreign_keys": "1", "busy_timeout": "5000", "synchronous": "2"}
		for p, w := range checks {
			var got string
			if err := c.QueryRowContext(ctx, "PRAGMA "+p).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != w {
				t.Errorf("conn %d: PRAGMA %s = %s, want %s", i, p, got, w)
			}
		}
	}
	for _, c := range conns {
		c.Close()
	}
	if SchemaVersion != 2 {
		t.Errorf("SchemaVersion = %d, want 2", SchemaVersion)
	}
	// No temporary file left next to the dossier.
	entries, _ := os.ReadDir(filepath.Dir(s.Path()))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	for _, n := range names {
		if strings.Contains(n, ".tmp-") {
			t.Errorf("temporary file left: %v", names)
		}
	}
}

func TestCreateRefusesExisting(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "a.dossier")
	os.WriteFile(path, []byte("à moi"), 0o644)
	_, err := Create(context.Background(), path)
	if !errors.Is(err, ErrExists) {
		t.Fatalf("err = %v", err)
	}
	want := "Le fichier « " + path + " » existe déjà : choisissez un autre nom (il n'a pas été modifié)."
	if err.Error() != want {
		t.Errorf("message:\n got %s\nwant %s", err, want)
	}
	if b, _ := os.ReadFile(path); string(b) != "à moi" {
		t.Errorf("file modified: %q", b)
	}
	missing := filepath.Join(dir, "absent", "b.dossier")
	_, err = Create(context.Background(), missing)
	if !errors.Is(err, ErrFileNotFound) || err.Error() != "Le répertoire de destination « "+filepath.Join(dir, "absent")+" » n'existe pas. Le dossier n'a pas été créé." {
		t.Errorf("err = %v", err)
	}
}

// TestTwoStoresWriteConcurrently: two connections pools on one file (as the window and the command line
// would be) write at the same time; BEGIN IMMEDIATE and the busy timeout serialise them, nothing is lost.
func TestTwoStoresWriteConcurrently(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	a := newStore(t, "a.dossier")
	b, err := Open(ctx, a.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	errs := make(chan error, 2)
	for _, s := range []*Store{a, b} {
		go func() {
			for i := 0; i < 15; i++ {
				if _, err := s.SaveActor(ctx, dossier.Actor{Name: fmt.Sprint(i)}); err != nil {
					errs <- err
					return
				}
				if _, err := s.Load(ctx); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	d, _ := a.Load(ctx)
	h, _ := a.History(ctx, 0)
	if len(d.Actors) != 30 || len(h) != 30 {
		t.Errorf("%d actors, %d steps, want 30", len(d.Actors), len(h))
	}
}

func TestJSONRoundTrip(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, "a.dossier")
	in := fullDossier()
	if err := s.ReplaceAll(ctx, in); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, fullDossier()) {
		t.Fatal("ReplaceAll modified its input")
	}
	got, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Sections come back by position, then ID.
	wantOrder := []int64{5, 2, 3}
	for i, sec := range got.Sections {
		if sec.ID != wantOrder[i] {
			t.Errorf("section %d has ID %d, want %d", i, sec.ID, wantOrder[i])
		}
	}
	if string(got.Attachments[0].Data) != "%PDF-1.4\x00\xff\xfe binary" || got.Actions[0].Description != "Texte\x00avec NUL\x0bet VT" {
		t.Errorf("bytes not kept: %q %q", got.Attachments[0].Data, got.Actions[0].Description)
	}
	if !reflect.DeepEqual(got.Actors[0].Tags, []string{"IoT", "santé", "", "IoT"}) || got.Indicators[0].Targets[1].Value != 1e-9 {
		t.Errorf("children not kept: %v %v", got.Actors[0].Tags, got.Indicators[0].Targets)
	}
	want := normalised(in)
	want.Sections = []dossier.Section{want.Sections[0], want.Sections[1], want.Sections[2]}
	if !reflect.DeepEqual(got, want) {
		gj, _ := json.MarshalIndent(got, "", " ")
		wj, _ := json.MarshalIndent(want, "", " ")
		t.Fatalf("loaded dossier differs from the input:\n%s\n---\n%s", gj, wj)
	}
	// LoadContent: the same without history and attachment bytes.
	light, err := s.LoadContent(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lightWant := normalised(got)
	lightWant.History = []dossier.Change{}
	for i := range lightWant.Attachments {
		lightWant.Attachments[i].Data = nil
	}
	if !reflect.DeepEqual(light, lightWant) {
		t.Error("LoadContent differs from Load less history and bytes")
	}
	if data, err := s.AttachmentData(ctx, 1); err != nil || string(data) != "%PDF-1.4\x00\xff\xfe binary" {
		t.Errorf("AttachmentData = %q, %v", data, err)
	}
	if _, err := s.AttachmentData(ctx, 9); !errors.Is(err, ErrNotFound) || err.Error() != "Pièce jointe n° 9 introuvable : elle a peut-être été supprimée entre-temps." {
		t.Errorf("AttachmentData(9): %v", err)
	}

	// Dump, rebuild in a new file, load: deep-equal.
	dump, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	var back dossier.Dossier
	if err := json.Unmarshal(dump, &back); err != nil {
		t.Fatal(err)
	}
	s2 := newStore(t, "b.dossier")
	if err := s2.ReplaceAll(ctx, &back); err != nil {
		t.Fatal(err)
	}
	got2, err := s2.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, got2) {
		t.Fatal("JSON round trip is not exact")
	}
	dump2, _ := json.Marshal(got2)
	if !bytes.Equal(dump, dump2) {
		t.Fatal("JSON dumps differ")
	}
	// Steps were rebuilt: entries 2 and 3 (same time, author, summary) are one step.
	var steps []int64
	rows, _ := s2.db.Query(`SELECT step FROM history ORDER BY id`)
	for rows.Next() {
		var st int64
		rows.Scan(&st)
		steps = append(steps, st)
	}
	rows.Close()
	if !reflect.DeepEqual(steps, []int64{1, 2, 2, 4}) {
		t.Errorf("steps = %v, want [1 2 2 4]", steps)
	}
	// Replacing again with an empty dossier empties everything.
	if err := s2.ReplaceAll(ctx, &dossier.Dossier{}); err != nil {
		t.Fatal(err)
	}
	empty, _ := s2.Load(ctx)
	if len(empty.Partners)+len(empty.Actors)+len(empty.History)+len(empty.Attachments) != 0 || empty.Candidature.Name != "" {
		t.Errorf("not emptied: %+v", empty)
	}
}

func TestReplaceAllZeroIDsGetFreshOnes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, "a.dossier")
	d := &dossier.Dossier{Partners: []dossier.Partner{{Name: "Sans numéro"}, {ID: 5, Name: "Cinq"}, {Name: "Autre"}}}
	if err := s.ReplaceAll(ctx, d); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Load(ctx)
	var ids []int64
	for _, p := range got.Partners {
		ids = append(ids, p.ID)
	}
	if !reflect.DeepEqual(ids, []int64{5, 6, 7}) || got.Partners[1].Name != "Sans numéro" {
		t.Errorf("ids = %v, partners = %+v", ids, got.Partners)
	}
}

func TestReplaceAllRefusesBadReferences(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	cases := []struct {
		name   string
		modify func(d *dossier.Dossier)
		want   string
	}{
		{"contribution partner missing", func(d *dossier.Dossier) { d.Contributions[1].PartnerID = 99 },
			"Contribution « Locaux » (n° 2) : le partenaire n° 99 n'existe pas."},
		{"contribution partner zero", func(d *dossier.Dossier) { d.Contributions[0].PartnerID = 0 },
			"Contribution « Subvention » (n° 1) : le partenaire est obligatoire."},
		{"contribution action missing", func(d *dossier.Dossier) { d.Contributions[0].ActionID = 42 },
			"Contribution « Subvention » (n° 1) : l'action n° 42 n'existe pas."},
		{"lead partner", func(d *dossier.Dossier) { d.Actions[0].LeadPartnerID = 2 },
			"Action « A1 Accélérateur » (n° 2) : le partenaire chef de file n° 2 n'existe pas."},
		{"logo", func(d *dossier.Dossier) { d.Partners[0].LogoAttachmentID = 8 },
			"Partenaire « Grand Est Numérique » (n° 1) : le logo (pièce jointe) n° 8 n'existe pas."},
		{"section owner", func(d *dossier.Dossier) { d.Sections[0].OwnerPartnerID = 4 },
			"Chapitre « Écosystème » (n° 5) : le partenaire responsable n° 4 n'existe pas."},
		{"charge action", func(d *dossier.Dossier) { d.Charges[1].ActionID = 1 },
			"Charge « Mise à disposition » (n° 2) : l'action n° 1 n'existe pas."},
		{"resource action", func(d *dossier.Dossier) { d.Resources[1].ActionID = 1 },
			"Ressource n° 10 : l'action n° 1 n'existe pas."},
		{"attachment partner", func(d *dossier.Dossier) { d.Attachments[2].PartnerID = 2 },
			"Pièce jointe « vide.txt » (n° 3) : le partenaire n° 2 n'existe pas."},
		{"duplicate id", func(d *dossier.Dossier) { d.Actors[1].ID = 1 },
			"Acteur « Sans tags » (n° 1) : le numéro 1 est utilisé par deux lignes."},
		{"negative id", func(d *dossier.Dossier) { d.Totems[0].ID = -3 },
			"Lieu totem « TCRM-Blida » (n° -3) : numéro -3 invalide (les numéros sont positifs)."},
		{"duplicate target year", func(d *dossier.Dossier) { d.Indicators[0].Targets[1].Year = 2015 },
			"Indicateur « Emplois » : deux cibles pour l'année 2015."},
		{"NaN", func(d *dossier.Dossier) { d.Indicators[1].BaselineValue = nan() },
			"Indicateur « Vide » : la valeur de référence n'est pas un nombre fini (NaN)."},
		{"history id", func(d *dossier.Dossier) { d.History[1].ID = 1 },
			"Historique : numéro de modification 1 invalide ou en double."},
	}
	s := newStore(t, "a.dossier")
	if err := s.ReplaceAll(ctx, fullDossier()); err != nil {
		t.Fatal(err)
	}
	before, _ := s.Load(ctx)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := fullDossier()
			c.modify(d)
			err := s.ReplaceAll(ctx, d)
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("err = %v, want ErrInvalid", err)
			}
			if err.Error() != c.want {
				t.Errorf("message:\n got %s\nwant %s", err, c.want)
			}
			after, _ := s.Load(ctx)
			if !reflect.DeepEqual(before, after) {
				t.Error("the dossier changed after a refused ReplaceAll")
			}
		})
	}
}

func nan() float64 {
	var zero float64
	return zero / zero
}

func TestReopenKeepsContent(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a.dossier")
	s, err := Create(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.ReplaceAll(ctx, fullDossier()); err != nil {
		t.Fatal(err)
	}
	first, _ := s.Load(ctx)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); err == nil {
			t.Errorf("%s left after Close", suffix)
		}
	}
	if err := s.Close(); err != nil { // a second Close does nothing
		t.Fatal(err)
	}
	if _, err := s.Load(ctx); !errors.Is(err, ErrClosed) || err.Error() != "Le dossier « "+path+" » est fermé : rouvrez-le." {
		t.Errorf("Load after Close: %v", err)
	}
	if _, err := s.SavePartner(ctx, dossier.Partner{Name: "x"}); !errors.Is(err, ErrClosed) {
		t.Errorf("SavePartner after Close: %v", err)
	}
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	again, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(first, again) {
		t.Fatal("content differs after reopening")
	}
}

// largeDossier has nActors actors, 40 partners and 600 budget lines (300 charges, 300 contributions).
func largeDossier(nActors int) *dossier.Dossier {
	d := &dossier.Dossier{Candidature: dossier.Candidature{Name: "Grand", YearStart: 2015, YearEnd: 2017}}
	for i := 1; i <= 40; i++ {
		d.Partners = append(d.Partners, dossier.Partner{ID: int64(i), Name: fmt.Sprintf("Partenaire %d", i)})
	}
	for i := 1; i <= nActors; i++ {
		d.Actors = append(d.Actors, dossier.Actor{ID: int64(i), Name: fmt.Sprintf("Acteur %d", i), Category: "startup",
			Town: "Metz", Postcode: "57000", SIRET: fmt.Sprintf("%014d", i), Description: strings.Repeat("é", 200),
			Tags: []string{"numérique", fmt.Sprint(i % 7)}})
	}
	for i := 1; i <= 600; i++ {
		if i%2 == 0 {
			d.Charges = append(d.Charges, dossier.Charge{ID: int64(i), Account: "641", Year: 2015 + i%3, Label: "Ligne", Amount: dossier.Cents(i * 100)})
		} else {
			d.Contributions = append(d.Contributions, dossier.Contribution{ID: int64(i), PartnerID: int64(1 + i%40), Year: 2015 + i%3, Amount: dossier.Cents(i * 100)})
		}
	}
	return d
}

// TestLargeDossierIsFast writes and reads 5,000 actors and 600 budget lines (500 actors under the race
// detector, without time bounds).
func TestLargeDossierIsFast(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, "grand.dossier")
	n := 5000
	if raceEnabled {
		n = 200
	}
	d := largeDossier(n)
	start := time.Now()
	if err := s.ReplaceAll(ctx, d); err != nil {
		t.Fatal(err)
	}
	write := time.Since(start)
	start = time.Now()
	got, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	read := time.Since(start)
	t.Logf("ReplaceAll %d actors + 600 budget lines: %v; Load: %v", n, write, read)
	if len(got.Actors) != n || len(got.Charges) != 300 || len(got.Contributions) != 300 || got.Actors[n-1].Tags[1] != fmt.Sprint(n%7) {
		t.Fatalf("loaded %d actors, %d charges, %d contributions", len(got.Actors), len(got.Charges), len(got.Contributions))
	}
	// Generous bounds (a busy CI machine); the figures are logged above and measured by the benchmarks.
	if !raceEnabled && (write > 3*time.Second || read > 2*time.Second) {
		t.Errorf("too slow: ReplaceAll %v, Load %v", write, read)
	}
}

func BenchmarkReplaceAllLarge(b *testing.B) {
	ctx := context.Background()
	s, err := Create(ctx, filepath.Join(b.TempDir(), "grand.dossier"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	d := largeDossier(5000)
	for b.Loop() {
		if err := s.ReplaceAll(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadLarge(b *testing.B) {
	ctx := context.Background()
	s, err := Create(ctx, filepath.Join(b.TempDir(), "grand.dossier"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := s.ReplaceAll(ctx, largeDossier(5000)); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := s.Load(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

func TestPathsWithSpecialCharacters(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "Candidature 2015 #1 ?% été")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "LORnTECH & Sillon lorrain?.dossier")
	s, err := Create(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SavePartner(ctx, dossier.Partner{Name: "Tous branchés"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != filepath.Base(path) {
		t.Fatalf("files: %v", entries)
	}
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d, _ := s.Load(ctx)
	if len(d.Partners) != 1 || s.Path() != path {
		t.Errorf("partners %v, path %s", d.Partners, s.Path())
	}
}

// TestNilAndEmptySlicesLoadTheSame: whether ReplaceAll gets nil or empty slices, Load returns empty ones.
func TestNilAndEmptySlicesLoadTheSame(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	withNil := &dossier.Dossier{
		Indicators:  []dossier.Indicator{{ID: 1, Name: "I", Targets: nil}},
		Actors:      []dossier.Actor{{ID: 1, Name: "A", Tags: nil}},
		Attachments: []dossier.Attachment{{ID: 1, Name: "f", Data: nil}},
	}
	withEmpty := &dossier.Dossier{
		Territories: []dossier.Territory{}, Totems: []dossier.Totem{}, Partners: []dossier.Partner{},
		Contributions: []dossier.Contribution{}, Actions: []dossier.Action{}, Charges: []dossier.Charge{},
		Resources: []dossier.Resource{}, Sections: []dossier.Section{}, History: []dossier.Change{},
		Indicators:  []dossier.Indicator{{ID: 1, Name: "I", Targets: []dossier.IndicatorTarget{}}},
		Actors:      []dossier.Actor{{ID: 1, Name: "A", Tags: []string{}}},
		Attachments: []dossier.Attachment{{ID: 1, Name: "f", Data: []byte{}}},
	}
	a, b := newStore(t, "a.dossier"), newStore(t, "b.dossier")
	if err := a.ReplaceAll(ctx, withNil); err != nil {
		t.Fatal(err)
	}
	if err := b.ReplaceAll(ctx, withEmpty); err != nil {
		t.Fatal(err)
	}
	da, _ := a.Load(ctx)
	db, _ := b.Load(ctx)
	if !reflect.DeepEqual(da, db) || !reflect.DeepEqual(da, withEmpty) {
		t.Fatalf("nil input: %#v\nempty input: %#v", da, db)
	}
	ja, _ := json.Marshal(da)
	if strings.Contains(string(ja), "null") {
		t.Errorf("JSON dump has null: %s", ja)
	}
}
