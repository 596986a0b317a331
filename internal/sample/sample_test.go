package sample

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"dossierft/internal/dossier"
	"dossierft/internal/fr"
)

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
var postcode = regexp.MustCompile(`^\d{5}$`)

// checkIDs fails unless ids are exactly 1..n in order.
func checkIDs(t *testing.T, table string, ids []int64) {
	t.Helper()
	for i, id := range ids {
		if id != int64(i+1) {
			t.Errorf("%s: row %d has ID %d, want %d", table, i, id, i+1)
			return
		}
	}
}

// checkDossier checks every structural rule both samples must follow: IDs 1..n, references that resolve,
// closed-list codes, account sides, SIRETs, dates, lengths, and the per-year balance.
func checkDossier(t *testing.T, d *dossier.Dossier) {
	t.Helper()
	ids := func(n int, f func(int) int64) []int64 {
		out := make([]int64, n)
		for i := range out {
			out[i] = f(i)
		}
		return out
	}
	checkIDs(t, "territories", ids(len(d.Territories), func(i int) int64 { return d.Territories[i].ID }))
	checkIDs(t, "totems", ids(len(d.Totems), func(i int) int64 { return d.Totems[i].ID }))
	checkIDs(t, "partners", ids(len(d.Partners), func(i int) int64 { return d.Partners[i].ID }))
	checkIDs(t, "contributions", ids(len(d.Contributions), func(i int) int64 { return d.Contributions[i].ID }))
	checkIDs(t, "actions", ids(len(d.Actions), func(i int) int64 { return d.Actions[i].ID }))
	checkIDs(t, "charges", ids(len(d.Charges), func(i int) int64 { return d.Charges[i].ID }))
	checkIDs(t, "resources", ids(len(d.Resources), func(i int) int64 { return d.Resources[i].ID }))
	checkIDs(t, "indicators", ids(len(d.Indicators), func(i int) int64 { return d.Indicators[i].ID }))
	checkIDs(t, "actors", ids(len(d.Actors), func(i int) int64 { return d.Actors[i].ID }))
	checkIDs(t, "sections", ids(len(d.Sections), func(i int) int64 { return d.Sections[i].ID }))
	checkIDs(t, "attachments", ids(len(d.Attachments), func(i int) int64 { return d.Attachments[i].ID }))
	if len(d.History) != 0 {
		t.Errorf("history: %d entries, want none", len(d.History))
	}

	c := d.Candidature
	if err := fr.CheckSIREN(c.PorteurSIREN); err != nil {
		t.Errorf("candidature: %v", err)
	}
	if c.PorteurSIRET != "" {
		if err := fr.CheckSIRET(c.PorteurSIRET); err != nil || c.PorteurSIRET[:9] != c.PorteurSIREN {
			t.Errorf("candidature: SIRET %q does not match SIREN %q (%v)", c.PorteurSIRET, c.PorteurSIREN, err)
		}
	}
	if !dossier.Has(dossier.CandidatureStatuses, c.Status) || c.YearStart != 2015 || c.YearEnd != 2017 {
		t.Errorf("candidature: status %q, years %d–%d", c.Status, c.YearStart, c.YearEnd)
	}

	partner := func(where string, id int64, allowZero bool) {
		if id == 0 && allowZero {
			return
		}
		if d.PartnerByID(id) == nil {
			t.Errorf("%s: partner %d does not exist", where, id)
		}
	}
	action := func(where string, id int64) {
		if id != 0 && d.ActionByID(id) == nil {
			t.Errorf("%s: action %d does not exist", where, id)
		}
	}
	for _, tr := range d.Territories {
		if !dossier.Has(dossier.TerritoryKinds, tr.Kind) || tr.Population <= 0 || tr.Source == "" {
			t.Errorf("territory %d %q: kind %q, population %d, source %q", tr.ID, tr.Name, tr.Kind, tr.Population, tr.Source)
		}
	}
	for _, p := range d.Partners {
		if !dossier.Has(dossier.PartnerKinds, p.Kind) || !dossier.Has(dossier.PartnerRoles, p.Role) || !dossier.Has(dossier.LetterStatuses, p.LetterStatus) {
			t.Errorf("partner %d %q: kind %q role %q letter %q", p.ID, p.Name, p.Kind, p.Role, p.LetterStatus)
		}
		if p.FunderType != "" && !dossier.Has(dossier.FunderTypes, p.FunderType) {
			t.Errorf("partner %d: funder type %q", p.ID, p.FunderType)
		}
		if p.SIRET != "" {
			if err := fr.CheckSIRET(p.SIRET); err != nil {
				t.Errorf("partner %d: %v", p.ID, err)
			}
		}
		if p.Fictitious != (p.SIRET != "") {
			t.Errorf("partner %d %q: fictitious=%v but SIRET %q (real ones carry no SIRET, invented ones a Luhn-valid one)", p.ID, p.Name, p.Fictitious, p.SIRET)
		}
		if (p.LetterStatus == "recue") != (p.LetterDate != "") || (p.LetterDate != "" && !isoDate.MatchString(p.LetterDate)) {
			t.Errorf("partner %d: letter %q dated %q", p.ID, p.LetterStatus, p.LetterDate)
		}
		if p.LetterAttachmentID != 0 {
			a := d.AttachmentByID(p.LetterAttachmentID)
			if a == nil || a.Kind != "lettre" || a.MIME != "application/pdf" || a.PartnerID != p.ID || p.LetterStatus != "recue" {
				t.Errorf("partner %d: letter attachment %d does not resolve to its received PDF letter", p.ID, p.LetterAttachmentID)
			}
		}
		if p.LogoAttachmentID != 0 {
			a := d.AttachmentByID(p.LogoAttachmentID)
			if a == nil || a.Kind != "logo" || a.MIME != "image/png" || a.PartnerID != p.ID {
				t.Errorf("partner %d: logo attachment %d does not resolve to its PNG logo", p.ID, p.LogoAttachmentID)
			}
		}
	}
	for _, a := range d.Actions {
		partner("action "+a.Code, a.LeadPartnerID, false)
		if !dossier.Has(dossier.ActionAxes, a.Axis) || !isoDate.MatchString(a.StartDate) || !isoDate.MatchString(a.EndDate) ||
			a.StartDate < "2015-01-01" || a.EndDate > "2017-12-31" || a.StartDate > a.EndDate || a.Description == "" {
			t.Errorf("action %s: axis %q, dates %s – %s", a.Code, a.Axis, a.StartDate, a.EndDate)
		}
	}
	for _, x := range d.Contributions {
		partner("contribution", x.PartnerID, false)
		action("contribution", x.ActionID)
		acc, ok := dossier.AccountByCode(x.Account)
		if !ok || acc.Side != dossier.SideProduit || acc.InKind != (x.Nature == dossier.NatureInKind) || x.Amount <= 0 ||
			!dossier.Has(dossier.ContributionStatuses, x.Status) || !dossier.Has(dossier.Natures, x.Nature) {
			t.Errorf("contribution %d: account %q nature %q status %q amount %d", x.ID, x.Account, x.Nature, x.Status, x.Amount)
		}
		if x.Nature == dossier.NatureInKind && !dossier.Has(dossier.InKindTypes, x.InKindType) {
			t.Errorf("contribution %d: in-kind type %q", x.ID, x.InKindType)
		}
		if x.Nature == dossier.NatureCash {
			if want := dossier.DefaultContributionAccount(x.Nature, "", d.PartnerByID(x.PartnerID).FunderType); x.Account != want {
				t.Errorf("contribution %d: account %q, want %q from the partner's funder type", x.ID, x.Account, want)
			}
		}
	}
	for _, x := range d.Charges {
		action("charge", x.ActionID)
		if acc, ok := dossier.AccountByCode(x.Account); !ok || acc.Side != dossier.SideCharge || x.Amount <= 0 || x.Year < 2015 || x.Year > 2017 {
			t.Errorf("charge %d: account %q year %d amount %d", x.ID, x.Account, x.Year, x.Amount)
		}
	}
	for _, x := range d.Resources {
		action("resource", x.ActionID)
		if acc, ok := dossier.AccountByCode(x.Account); !ok || acc.Side != dossier.SideProduit || x.Amount <= 0 || !dossier.Has(dossier.ContributionStatuses, x.Status) {
			t.Errorf("resource %d: account %q status %q amount %d", x.ID, x.Account, x.Status, x.Amount)
		}
	}
	for _, y := range d.Budget() {
		if !y.Balanced() || y.Charges == 0 {
			t.Errorf("budget %d: charges %d, produits %d, 86 %d, 87 %d — not balanced", y.Year, y.Charges, y.Produits, y.InKindCharges, y.InKindProduits)
		}
	}
	for _, in := range d.Indicators {
		if in.Name == "" || in.BaselineSource == "" || len(in.Targets) != 3 || in.Targets[0].Year != 2015 || in.Targets[2].Year != 2017 {
			t.Errorf("indicator %d %q: source %q, targets %v", in.ID, in.Name, in.BaselineSource, in.Targets)
		}
	}
	for _, a := range d.Actors {
		if !dossier.Has(dossier.ActorCategories, a.Category) || (a.HeadcountBand != "" && !dossier.Has(dossier.HeadcountBands, a.HeadcountBand)) {
			t.Errorf("actor %d %q: category %q band %q", a.ID, a.Name, a.Category, a.HeadcountBand)
		}
		if a.SIRET != "" {
			if err := fr.CheckSIRET(a.SIRET); err != nil {
				t.Errorf("actor %d: %v", a.ID, err)
			}
			if !a.Fictitious {
				t.Errorf("actor %d %q: a real organisation carries an invented SIRET", a.ID, a.Name)
			}
		}
		if a.NAF != "" {
			if n, ok := fr.NormalizeNAF(a.NAF); !ok || n != a.NAF {
				t.Errorf("actor %d: NAF %q", a.ID, a.NAF)
			}
		}
		if (a.Town == "") != (a.Postcode == "") || (a.Postcode != "" && !postcode.MatchString(a.Postcode)) {
			t.Errorf("actor %d %q: town %q postcode %q", a.ID, a.Name, a.Town, a.Postcode)
		}
		if a.Origin == "" || a.Tags == nil {
			t.Errorf("actor %d: origin %q tags %v", a.ID, a.Origin, a.Tags)
		}
	}
	for _, s := range d.Sections {
		partner("section "+s.Key, s.OwnerPartnerID, false)
		if n := utf8.RuneCountInString(s.Body); s.MaxChars == 0 || n > s.MaxChars {
			t.Errorf("section %s: %d characters, limit %d", s.Key, n, s.MaxChars)
		}
		if !dossier.Has(dossier.SectionStatuses, s.Status) || s.Position != int(s.ID) || !strings.Contains(s.Body, "\n- ") {
			t.Errorf("section %s: status %q position %d, or no bullet list", s.Key, s.Status, s.Position)
		}
	}
	for _, a := range d.Attachments {
		partner("attachment "+a.Name, a.PartnerID, true)
		if a.Created != attachmentCreated || !dossier.Has(dossier.AttachmentKinds, a.Kind) {
			t.Errorf("attachment %d: created %q kind %q", a.ID, a.Created, a.Kind)
		}
		switch a.MIME {
		case "application/pdf":
			if !bytes.HasPrefix(a.Data, []byte("%PDF-1.")) || !bytes.Contains(a.Data[len(a.Data)-8:], []byte("%%EOF")) {
				t.Errorf("attachment %d: not a PDF", a.ID)
			}
		case "image/png":
			if _, err := png.Decode(bytes.NewReader(a.Data)); err != nil {
				t.Errorf("attachment %d: %v", a.ID, err)
			}
		default:
			t.Errorf("attachment %d: MIME %q", a.ID, a.MIME)
		}
	}
}

// coverage counts categories and the four main towns among actors.
func coverage(d *dossier.Dossier) (cats map[string]int, towns map[string]int) {
	cats, towns = map[string]int{}, map[string]int{}
	for _, a := range d.Actors {
		cats[a.Category]++
		towns[a.Town]++
	}
	return
}

func TestLORnTECH(t *testing.T) {
	d := LORnTECH()
	checkDossier(t, d)

	counts := map[string][2]int{ // got, minimum
		"territories": {len(d.Territories), 4}, "totems": {len(d.Totems), 4}, "partners": {len(d.Partners), 14},
		"actions": {len(d.Actions), 6}, "indicators": {len(d.Indicators), 5}, "actors": {len(d.Actors), 60},
		"sections": {len(d.Sections), 8}, "attachments": {len(d.Attachments), 4},
	}
	for k, v := range counts {
		if v[0] < v[1] {
			t.Errorf("%s: %d, want at least %d", k, v[0], v[1])
		}
	}
	if len(d.Partners) != 22 || len(d.Actors) != 88 || len(d.Actions) != 8 || len(d.Sections) != 10 || len(d.Charges) != 144 {
		t.Errorf("counts changed: %d partners, %d actors, %d actions, %d sections, %d charges", len(d.Partners), len(d.Actors), len(d.Actions), len(d.Sections), len(d.Charges))
	}

	// Yearly totals, written out (cents): they are quoted in the report of this package.
	want := []dossier.YearBudget{
		{Year: 2015, Charges: 41626802, Produits: 41626802, InKindCharges: 8570000, InKindProduits: 8570000},
		{Year: 2016, Charges: 75685095, Produits: 75685095, InKindCharges: 17140000, InKindProduits: 17140000},
		{Year: 2017, Charges: 78334073, Produits: 78334073, InKindCharges: 17140000, InKindProduits: 17140000},
		{Year: 0, Charges: 195645970, Produits: 195645970, InKindCharges: 42850000, InKindProduits: 42850000},
	}
	if got := d.Budget(); !reflect.DeepEqual(got, want) {
		t.Errorf("budget:\n got %+v\nwant %+v", got, want)
	}

	// Variety the brief asks for.
	kinds, roles, letters, statuses, natures, inKind, funders := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, p := range d.Partners {
		kinds[p.Kind], roles[p.Role], letters[p.LetterStatus] = true, true, true
	}
	for _, c := range d.Contributions {
		statuses[c.Status], natures[c.Nature] = true, true
		if c.InKindType != "" {
			inKind[c.InKindType] = true
		}
		funders[c.Account] = true
	}
	if len(kinds) < 9 || len(roles) != 3 || len(letters) != 3 || len(statuses) != 3 || len(natures) != 2 || len(inKind) != 3 {
		t.Errorf("variety: kinds %v roles %v letters %v statuses %v natures %v in-kind %v", kinds, roles, letters, statuses, natures, inKind)
	}
	for _, acc := range []string{"74-epci", "74-region", "74-etat", "74-autres-ep", "74-prive", "870", "871"} {
		if !funders[acc] {
			t.Errorf("no contribution on account %s", acc)
		}
	}
	chargeAccounts := map[string]bool{}
	for _, c := range d.Charges {
		chargeAccounts[c.Account] = true
	}
	for _, acc := range []string{"604", "613", "622", "623", "625", "641", "645", "860", "861", "862", "864"} {
		if !chargeAccounts[acc] {
			t.Errorf("no charge on account %s", acc)
		}
	}
	var cents bool
	for _, c := range d.Charges {
		cents = cents || c.Amount%100 != 0
	}
	if !cents {
		t.Error("no charge with cents")
	}

	cats, towns := coverage(d)
	for _, c := range dossier.ActorCategories {
		if cats[c.Code] == 0 {
			t.Errorf("no actor in category %s", c.Code)
		}
	}
	for _, town := range []string{"Metz", "Nancy", "Épinal", "Thionville", "Vandœuvre-lès-Nancy", "Saint-Dié-des-Vosges"} {
		if towns[town] == 0 {
			t.Errorf("no actor in %s", town)
		}
	}
	var received, withPDF int
	for _, p := range d.Partners {
		if p.LetterStatus == "recue" {
			received++
			if p.LetterAttachmentID != 0 {
				withPDF++
			}
		}
	}
	if withPDF < 2 || received < 4 {
		t.Errorf("%d letters received, %d with a PDF", received, withPDF)
	}

	js, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"LORnTECH", "Metz", "Nancy", "Épinal", "Thionville", "TCRM-Blida", "Grand Est Numérique", "Tous branchés",
		"Pôle métropolitain européen du Sillon lorrain", "Michel Heinrich", "Vandœuvre-lès-Nancy", "LORnTECH Stimulateur",
		"LORnTECH Accélérateur", "LORnTECH Compétences", "Seed 4 Start", "#GEN", "7 avenue de Blida"} {
		if !bytes.Contains(js, []byte(name)) {
			t.Errorf("%q appears nowhere in the dossier", name)
		}
	}
	var all strings.Builder
	for _, s := range d.Sections {
		all.WriteString(s.Body)
	}
	for _, md := range []string{"\n1. ", "| --- |", "**", "*Metz Magazine", "](https://", "« ", "illustratif"} {
		if md == "| --- |" {
			md = "|---|"
		}
		if !strings.Contains(all.String(), md) {
			t.Errorf("chapters lack %q", md)
		}
	}
	if !reflect.DeepEqual(d, LORnTECH()) {
		t.Error("two calls differ")
	}
}

// TestLORnTECHLetters reads the generated letters back with poppler and qpdf.
func TestLORnTECHLetters(t *testing.T) {
	for _, tool := range []string{"pdftotext", "qpdf"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (Debian poppler-utils, qpdf)", tool)
		}
	}
	d := LORnTECH()
	dir := t.TempDir()
	n := 0
	for _, p := range d.Partners {
		if p.LetterAttachmentID == 0 {
			continue
		}
		n++
		a := d.AttachmentByID(p.LetterAttachmentID)
		path := filepath.Join(dir, a.Name)
		if err := os.WriteFile(path, a.Data, 0o600); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
			t.Errorf("qpdf --check %s: %v\n%s", a.Name, err, out)
		}
		out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", a.Name, err)
		}
		text := string(out)
		for _, w := range []string{"Lettre de soutien — " + p.Name, "LORnTECH", "« Métropole French Tech »", "Sillon lorrain"} {
			if !strings.Contains(text, w) {
				t.Errorf("%s: text lacks %q:\n%s", a.Name, w, text)
			}
		}
	}
	if n != 3 {
		t.Errorf("%d letters checked, want 3", n)
	}
}

func TestLuhnSIRET(t *testing.T) {
	// Known valid identifiers (domain.md §3.3) validate the key function itself.
	if got := string(luhnKey("20003098")); got != "9" {
		t.Errorf("Luhn key of 20003098 = %s, want 9 (SIREN 200030989)", got)
	}
	if got := string(luhnKey("7328293200007")); got != "4" {
		t.Errorf("Luhn key of 7328293200007 = %s, want 4 (SIRET 73282932000074)", got)
	}
	seen := map[string]bool{}
	for _, n := range []int{0, 1, 101, 102, 9999, 10000, 14999, 900039, 999999} {
		s := fictitiousSIRET(n)
		if err := fr.CheckSIRET(s); err != nil || !strings.HasPrefix(s, "00") || seen[s] {
			t.Errorf("fictitiousSIRET(%d) = %s: %v", n, s, err)
		}
		seen[s] = true
	}
	if got := fictitiousSIRET(101); got != "00000101600013" {
		t.Errorf("fictitiousSIRET(101) = %s", got)
	}
}

func TestLarge(t *testing.T) {
	d := Large()
	checkDossier(t, d)
	if len(d.Actors) != LargeActors || len(d.Partners) != LargePartners || len(d.Charges) != LargeCharges ||
		len(d.Sections) != LargeSections || len(d.Actions) != LargeActions {
		t.Errorf("counts: %d actors, %d partners, %d charges, %d sections, %d actions", len(d.Actors), len(d.Partners), len(d.Charges), len(d.Sections), len(d.Actions))
	}
	kinds := map[string]int{}
	for _, a := range d.Attachments {
		kinds[a.Kind]++
	}
	if kinds["lettre"] != 10 || kinds["logo"] != 5 {
		t.Errorf("attachments: %v, want 10 letters and 5 logos", kinds)
	}
	perYear := map[int]int{}
	for _, c := range d.Charges {
		perYear[c.Year]++
	}
	if perYear[2015] != 200 || perYear[2016] != 200 || perYear[2017] != 200 {
		t.Errorf("charges per year: %v", perYear)
	}
	cats, towns := coverage(d)
	for _, c := range dossier.ActorCategories {
		if cats[c.Code] == 0 {
			t.Errorf("no actor in category %s", c.Code)
		}
	}
	if len(towns) < 30 || towns["Metz"] == 0 || towns["Nancy"] == 0 || towns["Épinal"] == 0 || towns["Thionville"] == 0 {
		t.Errorf("towns: %d, %v", len(towns), towns)
	}
	for _, s := range d.Sections {
		w := len(strings.Fields(s.Body))
		if w < 1500 || w > 1700 || !strings.Contains(s.Body, "\n## ") || !strings.Contains(s.Body, "|---|") || !strings.Contains(s.Body, "\n1. ") {
			t.Errorf("section %s: %d words, or missing heading/table/numbered list", s.Key, w)
		}
		if strings.Contains(strings.ToLower(s.Body), "lorem") {
			t.Errorf("section %s: lorem ipsum", s.Key)
		}
	}
	if !reflect.DeepEqual(d, Large()) {
		t.Error("Large is not deterministic: two calls differ")
	}
	// Yearly totals pinned (cents), so that a change to the generator is noticed and the benchmarks stay comparable.
	want := []dossier.YearBudget{
		{Year: 2015, Charges: 470717300, Produits: 470717300, InKindCharges: 16286278, InKindProduits: 16286278},
		{Year: 2016, Charges: 480319053, Produits: 480319053, InKindCharges: 16433936, InKindProduits: 16433936},
		{Year: 2017, Charges: 464701435, Produits: 464701435, InKindCharges: 15730225, InKindProduits: 15730225},
		{Year: 0, Charges: 1415737788, Produits: 1415737788, InKindCharges: 48450439, InKindProduits: 48450439},
	}
	if got := d.Budget(); !reflect.DeepEqual(got, want) {
		t.Errorf("Large budget:\n got %+v\nwant %+v", got, want)
	}
}

func BenchmarkLarge(b *testing.B) {
	for b.Loop() {
		Large()
	}
}

func BenchmarkLORnTECH(b *testing.B) {
	for b.Loop() {
		LORnTECH()
	}
}

// TestValidate runs the dossier's own rules: neither sample may carry an error-level finding.
func TestValidate(t *testing.T) {
	for name, d := range map[string]*dossier.Dossier{"LORnTECH": LORnTECH(), "Large": Large()} {
		fs := dossier.Validate(d)
		if dossier.HasErrors(fs) {
			for _, f := range fs {
				t.Logf("%s: %+v", name, f)
			}
			t.Errorf("%s: validation reports errors", name)
		}
	}
}
