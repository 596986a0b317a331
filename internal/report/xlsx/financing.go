package xlsx

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"dossierft/internal/dossier"
	"dossierft/internal/fr"
)

// Labels of the nature column, the SUMIFS criteria that split cash from in-kind lines.
var (
	natureCash   = dossier.LabelOf(dossier.Natures, dossier.NatureCash)   // "Numéraire"
	natureInKind = dossier.LabelOf(dossier.Natures, dossier.NatureInKind) // "En nature"
)

// noAction is the label of lines tied to no action (action number 0).
const noAction = "Structure (hors action)"

// chargeRow is one row of the Charges sheet.
type chargeRow struct {
	year      int
	actionNo  int // position of the action in d.Actions, from 1; 0 = none
	action    string
	account   string
	accLabel  string
	inKind    bool
	label     string
	amount    dossier.Cents
	knownAcct bool
}

// produitRow is one row of the Produits sheet.
type produitRow struct {
	year       int
	actionNo   int
	action     string
	partnerNo  int // position of the partner in d.Partners, from 1; 0 = resource line, no partner
	funder     string
	funderType string
	account    string
	accLabel   string
	inKind     bool
	status     string
	label      string
	amount     dossier.Cents
	knownAcct  bool
}

// fin holds what the financing sheets share.
type fin struct {
	b        *book
	d        *dossier.Dossier
	years    []int
	charges  []chargeRow
	produits []produitRow
	chargesN int // data rows of the Charges sheet (at least 1, an empty row when there is no line)
	prodN    int
	budget   []dossier.YearBudget
}

func actionLabel(a *dossier.Action) string {
	if a == nil {
		return noAction
	}
	switch {
	case a.Code != "" && a.Title != "":
		return a.Code + " – " + a.Title
	case a.Code != "":
		return a.Code
	}
	return a.Title
}

func newFin(b *book, d *dossier.Dossier) *fin {
	x := &fin{b: b, d: d, budget: d.Budget()}
	for _, yb := range x.budget[:len(x.budget)-1] {
		x.years = append(x.years, yb.Year)
	}
	actionNo := map[int64]int{}
	for i, a := range d.Actions {
		actionNo[a.ID] = i + 1
	}
	partnerNo := map[int64]int{}
	for i, p := range d.Partners {
		partnerNo[p.ID] = i + 1
	}
	for _, c := range d.Charges {
		acc, ok := dossier.AccountByCode(c.Account)
		x.charges = append(x.charges, chargeRow{year: c.Year, actionNo: actionNo[c.ActionID], action: actionLabel(d.ActionByID(c.ActionID)),
			account: c.Account, accLabel: dossier.AccountLabel(c.Account), inKind: ok && acc.InKind, label: c.Label, amount: c.Amount, knownAcct: ok})
	}
	for _, p := range d.Produits() {
		acc, ok := dossier.AccountByCode(p.Account)
		r := produitRow{year: p.Year, actionNo: actionNo[p.ActionID], action: actionLabel(d.ActionByID(p.ActionID)), partnerNo: partnerNo[p.PartnerID],
			funder: p.Funder, account: p.Account, accLabel: dossier.AccountLabel(p.Account), inKind: ok && acc.InKind,
			status: dossier.LabelOf(dossier.ContributionStatuses, p.Status), label: p.Label, amount: p.Amount, knownAcct: ok}
		if pp := d.PartnerByID(p.PartnerID); pp != nil && pp.FunderType != "" {
			r.funderType = dossier.LabelOf(dossier.FunderTypes, pp.FunderType)
		}
		x.produits = append(x.produits, r)
	}
	x.chargesN = max(len(x.charges), 1)
	x.prodN = max(len(x.produits), 1)
	return x
}

func natureLabel(inKind bool) string {
	if inKind {
		return natureInKind
	}
	return natureCash
}

// sumCharges and sumProduits compute in Go what the SUMIFS formulas compute, for the cached values.
func (x *fin) sumCharges(keep func(r *chargeRow) bool) dossier.Cents {
	var t dossier.Cents
	for i := range x.charges {
		if keep(&x.charges[i]) {
			t += x.charges[i].amount
		}
	}
	return t
}

func (x *fin) sumProduits(keep func(r *produitRow) bool) dossier.Cents {
	var t dossier.Cents
	for i := range x.produits {
		if keep(&x.produits[i]) {
			t += x.produits[i].amount
		}
	}
	return t
}

// Financing writes the financing workbook (plan de financement) of d to w as an XLSX file. Sheets: Synthèse,
// Budget Cerfa 12156, Charges, Produits, Par action, Par partenaire, Par année, one sheet per action (named
// after its code and title, sanitised and unique), Listes, À propos. See the
// package comment for formulas and cached values. Errors come from excelize or from w.
func Financing(w io.Writer, d *dossier.Dossier, opt Options) error {
	b, err := newBook(opt)
	if err != nil {
		return err
	}
	x := newFin(b, d)
	// Sheet names are reserved first so that formulas can refer to them; detail sheets are fixed names.
	synth := b.newSheet("Synthèse")
	cerfa := b.newSheet("Budget Cerfa 12156")
	charges := b.newSheet("Charges")
	produits := b.newSheet("Produits")
	byAction := b.newSheet("Par action")
	byPartner := b.newSheet("Par partenaire")
	byYear := b.newSheet("Par année")
	lists := b.newSheet("Listes")
	// One sheet per action, named after it: user text, sanitised and made unique (never merged into another).
	actionSheets := make([]*sheet, len(d.Actions))
	for i, a := range d.Actions {
		actionSheets[i] = b.newSheet(strings.TrimSpace(a.Code + " " + a.Title))
	}

	steps := []func() error{
		func() error { return x.synthesis(synth) },
		func() error { return x.cerfa(cerfa) },
		func() error { return x.chargesSheet(charges, lists) },
		func() error { return x.produitsSheet(produits, lists) },
		func() error { return x.byAction(byAction) },
		func() error { return x.byPartner(byPartner) },
		func() error { return x.byYear(byYear) },
		func() error {
			for i, as := range actionSheets {
				if err := x.actionSheet(as, i+1); err != nil {
					return err
				}
			}
			return nil
		},
		func() error { return x.lists(lists) },
	}
	for _, s := range steps {
		if err := s(); err != nil {
			return err
		}
	}
	name := d.Candidature.Name
	if name == "" {
		name = "candidature"
	}
	title := "Plan de financement – " + name
	if err := b.aboutSheet(title, []string{
		"Classeur généré par Dossier French Tech à partir du dossier de candidature « " + name + " ».",
		"Montants en euros. Les feuilles Charges et Produits donnent le détail, une ligne par ligne budgétaire ou par contribution ; toutes les autres feuilles en sont tirées par des formules (SOMME, SOMME.SI.ENS) : modifier un montant du détail met à jour la synthèse, le budget Cerfa et les récapitulatifs.",
		"Budget Cerfa 12156 : montants arrondis à l'euro près, comme le demande le formulaire (« Ne pas indiquer les centimes d'euros ») ; chaque ligne est arrondie puis additionnée, comme sur le formulaire.",
		"Les charges et produits hors contributions en nature (comptes 60 à 78) doivent s'équilibrer chaque année ; les contributions volontaires en nature s'équilibrent à part (total 86 = total 87). La cellule « Contrôle » de la synthèse l'indique.",
		"Noms définis : Charges_Annee, Charges_Action, Charges_Compte, Charges_Nature, Charges_Montant, Produits_Annee, Produits_Action, Produits_Partenaire, Produits_Compte, Produits_Nature, Produits_Statut, Produits_Montant, Total_Charges, Total_Produits, Solde, Controle.",
	}); err != nil {
		return err
	}
	return b.finish(w, title, "Plan de financement de la candidature French Tech « "+name+" » ("+d.Candidature.Territory+")", d)
}

// sumifs returns a SUMIFS formula over the named amount column with (name, criterion) pairs.
func sumifs(amount string, pairs ...string) string {
	return "SUMIFS(" + amount + "," + strings.Join(pairs, ",") + ")"
}

// titleRows writes the title, subtitle and edition line at the top of a summary sheet.
func (x *fin) titleRows(s *sheet, title string) {
	st := x.b.st
	c := x.d.Candidature
	s.put(1, 1, excelize.Cell{StyleID: st.title, Value: x.b.notes.text(s.name, 1, "titre", title+" – "+c.Name)})
	sub := []string{}
	for _, p := range []string{c.PorteurName, c.Territory} {
		if p != "" {
			sub = append(sub, p)
		}
	}
	if c.Version != "" {
		sub = append(sub, "version "+c.Version)
	}
	sub = append(sub, "édité le "+x.b.now.Format("02/01/2006"))
	s.put(2, 1, excelize.Cell{StyleID: st.subtitle, Value: x.b.notes.text(s.name, 2, "sous-titre", strings.Join(sub, " · "))})
}

// synthesis writes the Synthèse sheet: one column per year plus total, charges, produits, balance,
// in-kind 86/87 and a check cell, all formulas over the detail sheets.
func (x *fin) synthesis(s *sheet) error {
	st := x.b.st
	x.titleRows(s, "Plan de financement")
	const hdr = 4
	s.text(hdr, 1, "Montants en euros", st.header, "")
	ny := len(x.years)
	totCol := ny + 2
	for i, y := range x.years {
		s.num(hdr, i+2, y, st.yearBold)
	}
	s.text(hdr, totCol, "Total", st.headerRight, "")
	rows := []string{
		"Charges (comptes 60 à 68)",
		"Produits (comptes 70 à 78)",
		"Solde (produits − charges)",
		"Contributions en nature – emplois (86)",
		"Contributions en nature – ressources (87)",
		"Écart en nature (87 − 86)",
		"Total des charges (y compris 86)",
		"Total des produits (y compris 87)",
		"Part des contributions en nature dans les charges",
		"Contrôle",
	}
	const (
		rCh = hdr + 1 + iota
		rPr
		rSolde
		r86
		r87
		rEcart
		rTotCh
		rTotPr
		rPart
		rCheck
	)
	for i, l := range rows {
		style := st.text
		if i == 2 || i == 5 || i == 6 || i == 7 || i == 9 {
			style = st.bold
		}
		s.text(hdr+1+i, 1, l, style, "")
	}
	for i := 0; i <= ny; i++ {
		col := i + 2
		yb := x.budget[len(x.budget)-1]
		if i < ny {
			yb = x.budget[i]
			y := absRef(hdr, col)
			y = strings.Replace(y, "$"+colName(col), colName(col), 1) // B$4
			s.formula(rCh, col, sumifs("Charges_Montant", "Charges_Annee", y, "Charges_Nature", strLit(natureCash)), euros(yb.Charges), st.euro)
			s.formula(rPr, col, sumifs("Produits_Montant", "Produits_Annee", y, "Produits_Nature", strLit(natureCash)), euros(yb.Produits), st.euro)
			s.formula(r86, col, sumifs("Charges_Montant", "Charges_Annee", y, "Charges_Nature", strLit(natureInKind)), euros(yb.InKindCharges), st.euro)
			s.formula(r87, col, sumifs("Produits_Montant", "Produits_Annee", y, "Produits_Nature", strLit(natureInKind)), euros(yb.InKindProduits), st.euro)
		} else {
			rng := func(r int) string { return "SUM(" + ref(r, 2) + ":" + ref(r, ny+1) + ")" }
			if ny == 0 {
				rng = func(int) string { return "0" }
			}
			s.formula(rCh, col, rng(rCh), euros(yb.Charges), st.euroStrong)
			s.formula(rPr, col, rng(rPr), euros(yb.Produits), st.euroStrong)
			s.formula(r86, col, rng(r86), euros(yb.InKindCharges), st.euroStrong)
			s.formula(r87, col, rng(r87), euros(yb.InKindProduits), st.euroStrong)
		}
		c := func(r int) string { return ref(r, col) }
		s.formula(rSolde, col, c(rPr)+"-"+c(rCh), euros(yb.Balance()), st.euroBold)
		s.formula(rEcart, col, c(r87)+"-"+c(r86), euros(yb.InKindBalance()), st.euroBold)
		s.formula(rTotCh, col, c(rCh)+"+"+c(r86), euros(yb.Charges+yb.InKindCharges), st.euroBold)
		s.formula(rTotPr, col, c(rPr)+"+"+c(r87), euros(yb.Produits+yb.InKindProduits), st.euroBold)
		part := 0.0
		if t := yb.Charges + yb.InKindCharges; t != 0 {
			part = float64(yb.InKindCharges) / float64(t)
		}
		s.formula(rPart, col, fmt.Sprintf("IF(%s=0,0,%s/%s)", c(rTotCh), c(r86), c(rTotCh)), part, st.pct)
		s.formula(rCheck, col, checkFormula(c(rSolde), c(rEcart)), checkValue(yb), st.check)
	}
	s.freezeRows, s.freezeCols = hdr, 1
	s.printRows = [2]int{hdr, hdr}
	s.width(1, 48)
	last := ref(rCheck, totCol)
	s.before = append(s.before, func(f *excelize.File, name string) error {
		bad, good := st.dxfBad, st.dxfGood
		if err := f.SetConditionalFormat(name, ref(rCheck, 2)+":"+last, []excelize.ConditionalFormatOptions{
			{Type: "formula", Criteria: fmt.Sprintf(`%s="équilibré"`, ref(rCheck, 2)), Format: &good},
			{Type: "formula", Criteria: fmt.Sprintf(`%s<>"équilibré"`, ref(rCheck, 2)), Format: &bad},
		}); err != nil {
			return err
		}
		for _, r := range []int{rSolde, rEcart} {
			if err := f.SetConditionalFormat(name, ref(r, 2)+":"+ref(r, totCol), []excelize.ConditionalFormatOptions{
				{Type: "formula", Criteria: fmt.Sprintf("ABS(%s)>=0.005", ref(r, 2)), Format: &bad},
			}); err != nil {
				return err
			}
		}
		return nil
	})
	for _, n := range []struct {
		name string
		row  int
	}{{"Total_Charges", rCh}, {"Total_Produits", rPr}, {"Solde", rSolde}, {"Controle", rCheck}} {
		if err := x.b.name(n.name, s, n.row, totCol, n.row, totCol); err != nil {
			return err
		}
	}
	return x.b.write(s)
}

// checkFormula is the check cell's formula: "équilibré" when both balances round to 0 € 00, else the gap.
func checkFormula(solde, ecart string) string {
	return fmt.Sprintf(`IF(AND(ROUND(%[1]s,2)=0,ROUND(%[2]s,2)=0),"équilibré",IF(ROUND(%[1]s,2)<>0,"écart : "&FIXED(%[1]s,2)&" €","écart en nature : "&FIXED(%[2]s,2)&" €"))`, solde, ecart)
}

// checkValue is what checkFormula gives for yb (FIXED in a French locale: "1 234,50").
func checkValue(yb dossier.YearBudget) string {
	fixed := func(c dossier.Cents) string { return strings.TrimSuffix(fr.Euros(int64(c)), fr.NBSP+"€") }
	switch {
	case yb.Balance() == 0 && yb.InKindBalance() == 0:
		return "équilibré"
	case yb.Balance() != 0:
		return "écart : " + fixed(yb.Balance()) + " €"
	}
	return "écart en nature : " + fixed(yb.InKindBalance()) + " €"
}

// chargesSheet writes the Charges detail sheet as an Excel table, with defined names on its columns and a
// validation list on the nature and account columns.
func (x *fin) chargesSheet(s *sheet, lists *sheet) error {
	st := x.b.st
	heads := []string{"Année", "N° action", "Action", "Compte", "Libellé du compte", "Nature", "Libellé", "Montant"}
	for i, h := range heads {
		style := st.header
		if i == len(heads)-1 {
			style = st.headerRight
		}
		s.text(1, i+1, h, style, "")
	}
	for i, c := range x.charges {
		r := i + 2
		s.num(r, 1, c.year, st.year)
		s.num(r, 2, c.actionNo, st.integer)
		s.text(r, 3, c.action, st.wrap, "Action")
		s.text(r, 4, c.account, st.textFmt, "Compte")
		s.text(r, 5, c.accLabel, st.wrap, "Libellé du compte")
		s.text(r, 6, natureLabel(c.inKind), st.text, "Nature")
		s.text(r, 7, c.label, st.wrap, "Libellé")
		s.money(r, 8, c.amount, st.euro)
	}
	last := x.chargesN + 1
	s.table = &excelize.Table{Range: "A1:" + ref(last, len(heads)), Name: "TableCharges", StyleName: "TableStyleMedium2"}
	s.capWidth(3, 36)
	s.capWidth(5, 36)
	s.capWidth(7, 48)
	s.textNumbers("D2:" + ref(last, 4))
	s.freezeRows = 1
	s.printRows = [2]int{1, 1}
	for col, n := range map[int]string{1: "Charges_Annee", 2: "Charges_Action", 4: "Charges_Compte", 6: "Charges_Nature", 8: "Charges_Montant"} {
		if err := x.b.name(n, s, 2, col, last, col); err != nil {
			return err
		}
	}
	nCharge := len(dossier.AccountsOf(dossier.SideCharge))
	s.before = append(s.before, func(f *excelize.File, name string) error {
		if err := natureValidation(f, name, "F2:"+ref(last, 6)); err != nil {
			return err
		}
		return listValidation(f, name, "D2:"+ref(last, 4), quoteSheet(lists.name)+"!$A$2:$A$"+fmt.Sprint(nCharge+1), "Compte", "un compte de charges de la feuille Listes")
	})
	return x.b.write(s)
}

// produitsSheet writes the Produits detail sheet (contributions, then other resources).
func (x *fin) produitsSheet(s *sheet, lists *sheet) error {
	st := x.b.st
	heads := []string{"Année", "N° action", "Action", "N° partenaire", "Financeur", "Type de financeur", "Compte", "Libellé du compte", "Nature", "Statut", "Libellé", "Montant"}
	for i, h := range heads {
		style := st.header
		if i == len(heads)-1 {
			style = st.headerRight
		}
		s.text(1, i+1, h, style, "")
	}
	for i, p := range x.produits {
		r := i + 2
		s.num(r, 1, p.year, st.year)
		s.num(r, 2, p.actionNo, st.integer)
		s.text(r, 3, p.action, st.wrap, "Action")
		s.num(r, 4, p.partnerNo, st.integer)
		s.text(r, 5, p.funder, st.wrap, "Financeur")
		s.text(r, 6, p.funderType, st.wrap, "Type de financeur")
		s.text(r, 7, p.account, st.textFmt, "Compte")
		s.text(r, 8, p.accLabel, st.wrap, "Libellé du compte")
		s.text(r, 9, natureLabel(p.inKind), st.text, "Nature")
		s.text(r, 10, p.status, st.text, "Statut")
		s.text(r, 11, p.label, st.wrap, "Libellé")
		s.money(r, 12, p.amount, st.euro)
	}
	last := x.prodN + 1
	s.table = &excelize.Table{Range: "A1:" + ref(last, len(heads)), Name: "TableProduits", StyleName: "TableStyleMedium2"}
	for col, w := range map[int]float64{3: 30, 5: 28, 6: 20, 8: 30, 11: 40} {
		s.capWidth(col, w)
	}
	s.textNumbers("G2:" + ref(last, 7))
	s.freezeRows = 1
	s.printRows = [2]int{1, 1}
	for col, n := range map[int]string{1: "Produits_Annee", 2: "Produits_Action", 4: "Produits_Partenaire", 7: "Produits_Compte", 9: "Produits_Nature", 10: "Produits_Statut", 12: "Produits_Montant"} {
		if err := x.b.name(n, s, 2, col, last, col); err != nil {
			return err
		}
	}
	nProd := len(dossier.AccountsOf(dossier.SideProduit))
	s.before = append(s.before, func(f *excelize.File, name string) error {
		if err := natureValidation(f, name, "I2:"+ref(last, 9)); err != nil {
			return err
		}
		var statuses []string
		for _, c := range dossier.ContributionStatuses {
			statuses = append(statuses, c.Label)
		}
		dv := excelize.NewDataValidation(true)
		dv.Sqref = "J2:" + ref(last, 10)
		if err := dv.SetDropList(statuses); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleWarning, "Statut", "Choisir Acquis, Sollicité ou Prévisionnel.")
		if err := f.AddDataValidation(name, dv); err != nil {
			return err
		}
		return listValidation(f, name, "G2:"+ref(last, 7), quoteSheet(lists.name)+"!$B$2:$B$"+fmt.Sprint(nProd+1), "Compte", "un compte de produits de la feuille Listes")
	})
	return x.b.write(s)
}

func natureValidation(f *excelize.File, sheet, sqref string) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	if err := dv.SetDropList([]string{natureCash, natureInKind}); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, "Nature", "Choisir « "+natureCash+" » ou « "+natureInKind+" ».")
	return f.AddDataValidation(sheet, dv)
}

func listValidation(f *excelize.File, sheet, sqref, source, title, what string) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	dv.SetSqrefDropList(source)
	dv.SetError(excelize.DataValidationErrorStyleWarning, title, "Choisir "+what+".")
	return f.AddDataValidation(sheet, dv)
}

// lists writes the Listes sheet: the Cerfa account codes (validation sources) with their labels.
func (x *fin) lists(s *sheet) error {
	st := x.b.st
	s.text(1, 1, "Comptes de charges", st.header, "")
	s.text(1, 2, "Comptes de produits", st.header, "")
	s.text(1, 3, "Libellé (charges)", st.header, "")
	s.text(1, 4, "Libellé (produits)", st.header, "")
	for i, a := range dossier.AccountsOf(dossier.SideCharge) {
		s.text(i+2, 1, a.Code, st.textFmt, "")
		s.text(i+2, 3, dossier.AccountLabel(a.Code), st.text, "")
	}
	for i, a := range dossier.AccountsOf(dossier.SideProduit) {
		s.text(i+2, 2, a.Code, st.textFmt, "")
		s.text(i+2, 4, dossier.AccountLabel(a.Code), st.text, "")
	}
	s.textNumbers(fmt.Sprintf("A2:B%d", len(dossier.Accounts)+1))
	s.freezeRows = 1
	s.printRows = [2]int{1, 1}
	return x.b.write(s)
}

// accountOrder gives each Cerfa account its position in the form; unknown codes sort after all of them.
var accountOrder = func() map[string]int {
	m := map[string]int{}
	for i, a := range dossier.Accounts {
		m[a.Code] = i
	}
	return m
}()

func sortAccounts(codes []string) {
	sort.Slice(codes, func(i, j int) bool {
		oi, ki := accountOrder[codes[i]]
		oj, kj := accountOrder[codes[j]]
		switch {
		case ki && kj:
			return oi < oj
		case ki != kj:
			return ki
		}
		return codes[i] < codes[j]
	})
}

// actionSheet writes the sheet of action number no: its charges and produits by account and year, SUMIFS
// over the detail sheets, totals and balance.
func (x *fin) actionSheet(s *sheet, no int) error {
	st := x.b.st
	a := x.d.Actions[no-1]
	s.put(1, 1, excelize.Cell{StyleID: st.title, Value: x.b.notes.text(s.name, 1, "titre", "Action "+actionLabel(&a))})
	var sub []string
	if a.Axis != "" {
		sub = append(sub, "Axe : "+dossier.LabelOf(dossier.ActionAxes, a.Axis))
	}
	if a.StartDate != "" || a.EndDate != "" {
		sub = append(sub, "du "+fr.Date(a.StartDate)+" au "+fr.Date(a.EndDate))
	}
	sub = append(sub, fmt.Sprintf("action n° %d des feuilles Charges et Produits", no))
	s.put(2, 1, excelize.Cell{StyleID: st.subtitle, Value: x.b.notes.text(s.name, 2, "sous-titre", strings.Join(sub, " · "))})
	const hdr = 4
	ny := len(x.years)
	s.text(hdr, 1, "Compte", st.header, "")
	s.text(hdr, 2, "Libellé", st.header, "")
	for i, y := range x.years {
		s.num(hdr, 3+i, y, st.yearBold)
	}
	s.text(hdr, 3+ny, "Total", st.headerRight, "")
	var cAcc, pAcc []string
	seen := map[string]bool{}
	for _, c := range x.charges {
		if c.actionNo == no && !seen["c"+c.account] {
			seen["c"+c.account] = true
			cAcc = append(cAcc, c.account)
		}
	}
	for _, p := range x.produits {
		if p.actionNo == no && !seen["p"+p.account] {
			seen["p"+p.account] = true
			pAcc = append(pAcc, p.account)
		}
	}
	sortAccounts(cAcc)
	sortAccounts(pAcc)
	r := hdr + 1
	section := func(title string, accs []string, amount, action, acct, year string, sum func(acc string, y int) dossier.Cents) (int, dossier.Cents) {
		s.text(r, 1, title, st.groupLabel, "")
		r++
		first := r
		var grand dossier.Cents
		for _, acc := range accs {
			s.text(r, 1, acc, st.textFmt, "Compte")
			s.text(r, 2, dossier.AccountLabel(acc), st.indent, "Libellé")
			var tot dossier.Cents
			for yi, y := range x.years {
				v := sum(acc, y)
				tot += v
				crit := criterion(acc)
				if len(crit) > maxCriterion {
					s.money(r, 3+yi, v, st.euro)
					continue
				}
				s.formula(r, 3+yi, sumifs(amount, action, fmt.Sprint(no), acct, crit, year, colName(3+yi)+"$"+fmt.Sprint(hdr)), euros(v), st.euro)
			}
			grand += tot
			x.totalCol(s, r, 3+ny, 3, ny, euros(tot), st.euroStrong)
			r++
		}
		s.text(r, 2, "Total des "+strings.ToLower(title), st.totalLabel, "")
		x.totalRow(s, first, r, 3, 3+ny, st.euroBold)
		r++
		return r - 1, grand
	}
	tc, chTot := section("Charges", cAcc, "Charges_Montant", "Charges_Action", "Charges_Compte", "Charges_Annee", func(acc string, y int) dossier.Cents {
		return x.sumCharges(func(c *chargeRow) bool { return c.actionNo == no && c.account == acc && c.year == y })
	})
	r++
	tp, prTot := section("Produits", pAcc, "Produits_Montant", "Produits_Action", "Produits_Compte", "Produits_Annee", func(acc string, y int) dossier.Cents {
		return x.sumProduits(func(p *produitRow) bool { return p.actionNo == no && p.account == acc && p.year == y })
	})
	r++
	s.text(r, 2, "Solde (produits − charges)", st.totalLabel, "")
	for c := 3; c <= 3+ny; c++ {
		var v float64
		if c == 3+ny {
			v = euros(prTot - chTot)
		} else {
			y := x.years[c-3]
			v = euros(x.sumProduits(func(p *produitRow) bool { return p.actionNo == no && p.year == y }) -
				x.sumCharges(func(ch *chargeRow) bool { return ch.actionNo == no && ch.year == y }))
		}
		s.formula(r, c, ref(tp, c)+"-"+ref(tc, c), v, st.euroBold)
	}
	s.width(2, 50)
	if r > hdr+1 {
		s.textNumbers(fmt.Sprintf("A%d:A%d", hdr+1, r))
	}
	s.freezeRows = hdr
	s.printRows = [2]int{hdr, hdr}
	return x.b.write(s)
}
