package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"dossierft/internal/dossier"
	"dossierft/internal/report"
)

// Kinds of line on the Cerfa sheet.
const (
	lineSub    = iota // one account, under a group heading
	lineSingle        // a group that is one account (65, 70…)
	lineGroup         // a group heading with the subtotal of its sub-lines
	lineTotal         // "Total des charges" / "Total des produits" (without 86/87)
	lineGrand         // "TOTAL" (with 86/87)
)

type cerfaLine struct {
	code, label string
	kind        int
	account     string // sub and single lines: the account summed
	subs        []int  // group: indexes of its sub-lines; totals: indexes of the lines added up
	row         int
	cached      []int64 // whole euros per year
}

// cerfaSide returns the lines of one side of the form: main lines (groups 60–68 or 70–78, then codes outside
// the grid), the in-kind lines (86 or 87), each with its position in form order.
func cerfaSide(side string, unknown []string) (main, inKind []cerfaLine) {
	var groups []string
	byGroup := map[string][]dossier.Account{}
	for _, a := range dossier.AccountsOf(side) {
		if byGroup[a.Group] == nil {
			groups = append(groups, a.Group)
		}
		byGroup[a.Group] = append(byGroup[a.Group], a)
	}
	for _, g := range groups {
		accs := byGroup[g]
		dst := &main
		if accs[0].InKind {
			dst = &inKind
		}
		if len(accs) == 1 && accs[0].Code == g {
			*dst = append(*dst, cerfaLine{code: g, label: strings.TrimPrefix(dossier.AccountGroups[g], g+" – "), kind: lineSingle, account: g})
			continue
		}
		gi := len(*dst)
		*dst = append(*dst, cerfaLine{code: g, label: strings.TrimPrefix(dossier.AccountGroups[g], g+" – "), kind: lineGroup})
		for _, a := range accs {
			code := a.Code
			if strings.HasPrefix(code, "74-") {
				code = "" // the 74 sub-lines have no PCG number on the form
			}
			(*dst)[gi].subs = append((*dst)[gi].subs, len(*dst))
			*dst = append(*dst, cerfaLine{code: code, label: a.Label, kind: lineSub, account: a.Code})
		}
	}
	for _, u := range unknown {
		main = append(main, cerfaLine{code: u, label: "Compte hors grille Cerfa", kind: lineSingle, account: u})
	}
	return main, inKind
}

// cerfa writes the Budget Cerfa 12156 sheet: charges on the left, produits on the right, like the form,
// in whole euros, one column per year plus total. Each line is ROUND(SUMIFS(…)) over the detail sheets.
func (x *fin) cerfa(s *sheet) error {
	st := x.b.st
	x.titleRows(s, "Budget prévisionnel (Cerfa n° 12156)")
	s.put(3, 1, excelize.Cell{StyleID: st.subtitle, Value: "Montants en euros, sans centimes comme le demande le formulaire : chaque ligne est arrondie à l'euro le plus proche, les totaux additionnent les lignes arrondies."})
	const hdr = 5
	ny := len(x.years)
	left, right := 1, ny+5 // first column of each block: code, label, years…, total
	// The figures are report.CerfaOf's (the same as the dossier PDF's): lines rounded, every other figure a sum
	// of the rounded lines. The formulas below compute the same thing from the detail sheets.
	cp := report.CerfaOf(x.d)
	var unkC, unkP []string
	if g := cp.Group(dossier.SideCharge, "?"); g != nil {
		for _, l := range g.Lines {
			unkC = append(unkC, l.Code)
		}
	}
	if g := cp.Group(dossier.SideProduit, "?"); g != nil {
		for _, l := range g.Lines {
			unkP = append(unkP, l.Code)
		}
	}
	mainC, kindC := cerfaSide(dossier.SideCharge, unkC)
	mainP, kindP := cerfaSide(dossier.SideProduit, unkP)

	totalRow := hdr + 1 + max(len(mainC), len(mainP))
	kindRow := totalRow + 2
	grandRow := kindRow + max(len(kindC), len(kindP))

	type block struct {
		col                 int
		title               string
		main, kind          []cerfaLine
		amount, acct, year  string
		totalLabel, grandLb string
		side                string
		total, grand        []int64
	}
	blocks := []block{
		{left, "Charges", mainC, kindC, "Charges_Montant", "Charges_Compte", "Charges_Annee", "Total des charges", "TOTAL DES CHARGES",
			dossier.SideCharge, cp.TotalCharges, cp.GrandCharges},
		{right, "Produits", mainP, kindP, "Produits_Montant", "Produits_Compte", "Produits_Annee", "Total des produits", "TOTAL DES PRODUITS",
			dossier.SideProduit, cp.TotalProduits, cp.GrandProduits},
	}
	// cerfaYear is the column of the year in cp (the workbook's years are the same, dossier.Budget's).
	cerfaYear := func(y int) int {
		for k, cy := range cp.Years {
			if cy == y {
				return k
			}
		}
		return -1
	}
	at := func(am []int64, y int) int64 {
		if k := cerfaYear(y); k >= 0 && k < len(am) {
			return am[k]
		}
		return 0
	}
	grands := make([][]int64, len(blocks))
	for bi, bl := range blocks {
		c0 := bl.col
		s.text(hdr, c0, "Compte", st.header, "")
		s.text(hdr, c0+1, bl.title, st.header, "")
		for i, y := range x.years {
			s.num(hdr, c0+2+i, y, st.yearBold)
		}
		s.text(hdr, c0+2+ny, "Total", st.headerRight, "")
		s.width(c0, 8)
		longest := 0
		for _, l := range append(append([]cerfaLine{}, bl.main...), bl.kind...) {
			longest = max(longest, len([]rune(l.label)))
		}
		s.width(c0+1, float64(min(longest+3, 75)))
		// Place the lines.
		all := append(append([]cerfaLine{}, bl.main...), cerfaLine{label: bl.totalLabel, kind: lineTotal})
		ti := len(all) - 1
		for i := range bl.main {
			if k := bl.main[i].kind; k == lineGroup || k == lineSingle {
				all[ti].subs = append(all[ti].subs, i)
			}
		}
		for i := range bl.main {
			all[i].row = hdr + 1 + i
		}
		all[ti].row = totalRow
		off := len(all)
		for i, l := range bl.kind {
			for j := range l.subs {
				l.subs[j] += off
			}
			l.row = kindRow + i
			all = append(all, l)
		}
		all = append(all, cerfaLine{label: bl.grandLb, kind: lineGrand, row: grandRow, subs: []int{ti}})
		gi := len(all) - 1
		for i := off; i < gi; i++ {
			if all[i].kind == lineGroup || all[i].kind == lineSingle {
				all[gi].subs = append(all[gi].subs, i)
			}
		}
		// Write them: sub-lines first (their cached values feed the others), then groups and totals.
		for pass := 0; pass < 3; pass++ {
			for i := range all {
				l := &all[i]
				if (pass == 0) != (l.kind == lineSub || l.kind == lineSingle) || (pass == 2) != (l.kind == lineGrand) {
					continue
				}
				labelStyle, numStyle := st.indent, st.whole
				switch l.kind {
				case lineGroup, lineSingle:
					labelStyle, numStyle = st.groupLabel, st.wholeGroup
				case lineTotal, lineGrand:
					labelStyle, numStyle = st.totalLabel, st.wholeBold
				}
				s.text(l.row, c0, l.code, labelStyle, "Compte")
				s.text(l.row, c0+1, l.label, labelStyle, bl.title)
				l.cached = make([]int64, ny+1)
				for yi, y := range x.years {
					col := c0 + 2 + yi
					var f string
					var v int64
					switch l.kind {
					case lineSub, lineSingle:
						v = at(cp.Line(bl.side, l.account), y)
						crit := criterion(l.account)
						if len(crit) > maxCriterion {
							s.num(l.row, col, v, numStyle)
							l.cached[yi] = v
							continue
						}
						yref := colName(col) + "$" + fmt.Sprint(hdr)
						f = fmt.Sprintf("ROUND(ROUND(%s,2),0)", sumifs(bl.amount, bl.acct, crit, bl.year, yref))
					case lineGroup:
						f = fmt.Sprintf("SUM(%s:%s)", ref(all[l.subs[0]].row, col), ref(all[l.subs[len(l.subs)-1]].row, col))
						if g := cp.Group(bl.side, l.code); g != nil {
							v = at(g.Total, y)
						}
					default:
						var parts []string
						for _, si := range l.subs {
							parts = append(parts, ref(all[si].row, col))
						}
						if l.kind == lineTotal {
							v = at(bl.total, y)
						} else {
							v = at(bl.grand, y)
						}
						f = strings.Join(parts, "+")
						if f == "" {
							f = "0"
						}
					}
					l.cached[yi] = v
					s.formula(l.row, col, f, v, numStyle)
				}
				t := cerfaTotal(l, bl.side, bl.total, bl.grand, &cp)
				l.cached[ny] = t
				tf := "0"
				if ny > 0 {
					tf = fmt.Sprintf("SUM(%s:%s)", ref(l.row, c0+2), ref(l.row, c0+1+ny))
				}
				tstyle := st.wholeGroup
				if l.kind == lineTotal || l.kind == lineGrand {
					tstyle = st.wholeBold
				}
				s.formula(l.row, c0+2+ny, tf, t, tstyle)
			}
		}
		grands[bi] = bl.grand
		tc := c0 + 2 + ny
		prefix := "Cerfa_Charges"
		if bl.title == "Produits" {
			prefix = "Cerfa_Produits"
		}
		if err := x.b.name(prefix+"_Total", s, grandRow, tc, grandRow, tc); err != nil {
			return err
		}
	}
	// The form asks for equal totals; rounding each line to the euro can leave a gap of a few euros even when
	// the budget balances to the cent. Show it, so that it can be corrected on one line.
	gapRow := grandRow + 2
	s.text(gapRow, left+1, "Écart total des produits − total des charges (arrondis compris)", st.groupLabel, "")
	for yi := 0; yi <= ny; yi++ {
		col := left + 2 + yi
		s.formula(gapRow, col, ref(grandRow, right+2+yi)+"-"+ref(grandRow, col), grands[1][yi]-grands[0][yi], st.wholeGroup)
	}
	bad := st.dxfBad
	s.before = append(s.before, func(f *excelize.File, name string) error {
		return f.SetConditionalFormat(name, ref(gapRow, left+2)+":"+ref(gapRow, left+2+ny), []excelize.ConditionalFormatOptions{
			{Type: "formula", Criteria: fmt.Sprintf("ABS(%s)>=0.5", ref(gapRow, left+2)), Format: &bad},
		})
	})
	s.textNumbers(fmt.Sprintf("%s%d:%s%d %s%d:%s%d", colName(left), hdr+1, colName(left), grandRow, colName(right), hdr+1, colName(right), grandRow))
	s.width(ny+4, 3)
	s.freezeRows = hdr
	s.printRows = [2]int{hdr, hdr}
	return x.b.write(s)
}

// cerfaTotal is the total column of l (the sum of its rounded years) as report.CerfaPlan has it.
func cerfaTotal(l *cerfaLine, side string, total, grand []int64, cp *report.CerfaPlan) int64 {
	last := func(am []int64) int64 {
		if len(am) == 0 {
			return 0
		}
		return am[len(am)-1]
	}
	switch l.kind {
	case lineSub, lineSingle:
		return last(cp.Line(side, l.account))
	case lineGroup:
		if g := cp.Group(side, l.code); g != nil {
			return last(g.Total)
		}
		return 0
	case lineTotal:
		return last(total)
	}
	return last(grand)
}

// byAction writes the Par action sheet: charges per year and in total, produits, balance and share of each
// action, SUMIFS over the detail sheets on the action number.
func (x *fin) byAction(s *sheet) error {
	st := x.b.st
	x.titleRows(s, "Budget par action")
	s.put(3, 1, excelize.Cell{StyleID: st.subtitle, Value: "Charges et produits y compris les contributions en nature (86 et 87) ; N° 0 : lignes rattachées à aucune action."})
	const hdr = 5
	ny := len(x.years)
	heads := []string{"N°", "Code", "Intitulé", "Axe", "Début", "Fin"}
	for _, y := range x.years {
		heads = append(heads, fmt.Sprintf("Charges %d", y))
	}
	heads = append(heads, "Total des charges", "Total des produits", "Solde", "Part des charges")
	for i, h := range heads {
		style := st.header
		if i >= 6 {
			style = st.headerRight
		}
		s.text(hdr, i+1, h, style, "")
	}
	cTot, cProd, cSolde, cPart := 7+ny, 8+ny, 9+ny, 10+ny
	n := len(x.d.Actions) + 1
	totRow := hdr + 1 + n
	var grand dossier.Cents
	for _, c := range x.charges {
		grand += c.amount
	}
	for i := 0; i < n; i++ {
		r := hdr + 1 + i
		no := i + 1
		if i == len(x.d.Actions) {
			no = 0
			s.text(r, 3, noAction, st.text, "Intitulé")
		} else {
			a := x.d.Actions[i]
			s.text(r, 2, a.Code, st.bold, "Code")
			s.text(r, 3, a.Title, st.wrap, "Intitulé")
			if a.Axis != "" {
				s.text(r, 4, dossier.LabelOf(dossier.ActionAxes, a.Axis), st.wrap, "Axe")
			}
			s.date(r, 5, a.StartDate)
			s.date(r, 6, a.EndDate)
		}
		s.num(r, 1, no, st.integer)
		var tot dossier.Cents
		for yi, y := range x.years {
			v := x.sumCharges(func(c *chargeRow) bool { return c.actionNo == no && c.year == y })
			tot += v
			s.formula(r, 7+yi, sumifs("Charges_Montant", "Charges_Action", "$A"+fmt.Sprint(r), "Charges_Annee", fmt.Sprint(y)), euros(v), st.euro)
		}
		prod := x.sumProduits(func(p *produitRow) bool { return p.actionNo == no })
		x.totalCol(s, r, cTot, 7, ny, euros(tot), st.euroStrong)
		s.formula(r, cProd, sumifs("Produits_Montant", "Produits_Action", "$A"+fmt.Sprint(r)), euros(prod), st.euro)
		s.formula(r, cSolde, ref(r, cProd)+"-"+ref(r, cTot), euros(prod-tot), st.euro)
		s.formula(r, cPart, fmt.Sprintf("IF(%s=0,0,%s/%s)", absRef(totRow, cTot), ref(r, cTot), absRef(totRow, cTot)), share(tot, grand), st.pct)
	}
	s.text(totRow, 3, "Total", st.totalLabel, "")
	x.totalRow(s, hdr+1, totRow, 7, cSolde, st.euroBold)
	s.formula(totRow, cPart, fmt.Sprintf("IF(%s=0,0,%s/%s)", ref(totRow, cTot), ref(totRow, cTot), ref(totRow, cTot)), share(grand, grand), st.pctBold)
	s.freezeRows, s.freezeCols = hdr, 3
	s.printRows = [2]int{hdr, hdr}
	s.width(3, 40)
	s.capWidth(4, 18)
	for c := 7; c <= cPart; c++ {
		s.capWidth(c, 15)
	}
	return x.b.write(s)
}

// share returns part/whole as a fraction, 0 when whole is 0 (the IF(…=0,0,…) of the formulas).
func share(part, whole dossier.Cents) float64 {
	if whole == 0 {
		return 0
	}
	return float64(part) / float64(whole)
}

// totalCol writes at (r, col) the SUM of the n cells starting at column first, with its cached value.
func (x *fin) totalCol(s *sheet, r, col, first, n int, cached float64, style int) {
	f := "0"
	if n > 0 {
		f = fmt.Sprintf("SUM(%s:%s)", ref(r, first), ref(r, first+n-1))
	}
	s.formula(r, col, f, cached, style)
}

// totalRow writes on row tr, for columns first..last, the SUM of rows from..tr-1; cached values are the sums
// of the cached values already placed in those cells.
func (x *fin) totalRow(s *sheet, from, tr, first, last, style int) {
	for c := first; c <= last; c++ {
		var t float64
		var cents dossier.Cents
		for r := from; r < tr; r++ {
			if r-1 < len(s.rows) && c-1 < len(s.rows[r-1]) {
				if cell, ok := s.rows[r-1][c-1].(excelize.Cell); ok {
					if v, ok := cell.Value.(float64); ok {
						// Cached values are whole cents: add them as cents to stay exact.
						cents += dossier.Cents(roundCents(v))
					}
				}
			}
		}
		t = euros(cents)
		if x.b.poison {
			t -= 1000 * float64(tr-from) // undo the per-cell poison so the total is poisoned once
		}
		f := "0"
		if tr > from {
			f = fmt.Sprintf("SUM(%s:%s)", ref(from, c), ref(tr-1, c))
		}
		s.formula(tr, c, f, t, style)
	}
}

// roundCents returns v euros as integer cents, rounded to the nearest cent.
func roundCents(v float64) int64 {
	if v < 0 {
		return -int64(-v*100 + 0.5)
	}
	return int64(v*100 + 0.5)
}

// byPartner writes the Par partenaire sheet: produits per partner and year, cash and in kind, share.
func (x *fin) byPartner(s *sheet) error {
	st := x.b.st
	x.titleRows(s, "Financements par partenaire")
	s.put(3, 1, excelize.Cell{StyleID: st.subtitle, Value: "Produits apportés par chaque partenaire, y compris les contributions en nature ; N° 0 : ressources qui ne viennent d'aucun partenaire."})
	const hdr = 5
	ny := len(x.years)
	heads := []string{"N°", "Partenaire", "Type", "Type de financeur", "Rôle", "Lettre de soutien", "Date de la lettre"}
	for _, y := range x.years {
		heads = append(heads, fmt.Sprint(y))
	}
	heads = append(heads, "Total", "dont numéraire", "dont en nature", "Part du total des produits")
	for i, h := range heads {
		style := st.header
		if i >= 7 {
			style = st.headerRight
		}
		if i >= 7 && i < 7+ny {
			s.num(hdr, i+1, x.years[i-7], st.yearBold)
			continue
		}
		s.text(hdr, i+1, h, style, "")
	}
	cTot, cCash, cKind, cPart := 8+ny, 9+ny, 10+ny, 11+ny
	n := len(x.d.Partners) + 1
	totRow := hdr + 1 + n
	var grand dossier.Cents
	for _, p := range x.produits {
		grand += p.amount
	}
	for i := 0; i < n; i++ {
		r := hdr + 1 + i
		no := i + 1
		if i == len(x.d.Partners) {
			no = 0
			s.text(r, 2, "Autres ressources (hors partenaires)", st.text, "Partenaire")
		} else {
			p := x.d.Partners[i]
			s.text(r, 2, p.Name, st.bold, "Partenaire")
			if p.Kind != "" {
				s.text(r, 3, dossier.LabelOf(dossier.PartnerKinds, p.Kind), st.wrap, "Type")
			}
			if p.FunderType != "" {
				s.text(r, 4, dossier.LabelOf(dossier.FunderTypes, p.FunderType), st.wrap, "Type de financeur")
			}
			if p.Role != "" {
				s.text(r, 5, dossier.LabelOf(dossier.PartnerRoles, p.Role), st.wrap, "Rôle")
			}
			if p.LetterStatus != "" {
				s.text(r, 6, dossier.LabelOf(dossier.LetterStatuses, p.LetterStatus), st.wrap, "Lettre de soutien")
			}
			s.date(r, 7, p.LetterDate)
		}
		s.num(r, 1, no, st.integer)
		var tot dossier.Cents
		a := "$A" + fmt.Sprint(r)
		for yi, y := range x.years {
			v := x.sumProduits(func(p *produitRow) bool { return p.partnerNo == no && p.year == y })
			tot += v
			s.formula(r, 8+yi, sumifs("Produits_Montant", "Produits_Partenaire", a, "Produits_Annee", absRef(hdr, 8+yi)), euros(v), st.euro)
		}
		x.totalCol(s, r, cTot, 8, ny, euros(tot), st.euroStrong)
		cash := x.sumProduits(func(p *produitRow) bool { return p.partnerNo == no && !p.inKind })
		kind := x.sumProduits(func(p *produitRow) bool { return p.partnerNo == no && p.inKind })
		s.formula(r, cCash, sumifs("Produits_Montant", "Produits_Partenaire", a, "Produits_Nature", strLit(natureCash)), euros(cash), st.euro)
		s.formula(r, cKind, sumifs("Produits_Montant", "Produits_Partenaire", a, "Produits_Nature", strLit(natureInKind)), euros(kind), st.euro)
		s.formula(r, cPart, fmt.Sprintf("IF(%s=0,0,%s/%s)", absRef(totRow, cTot), ref(r, cTot), absRef(totRow, cTot)), share(tot, grand), st.pct)
	}
	s.text(totRow, 2, "Total", st.totalLabel, "")
	x.totalRow(s, hdr+1, totRow, 8, cKind, st.euroBold)
	s.formula(totRow, cPart, fmt.Sprintf("IF(%s=0,0,%s/%s)", ref(totRow, cTot), ref(totRow, cTot), ref(totRow, cTot)), share(grand, grand), st.pctBold)
	s.freezeRows, s.freezeCols = hdr, 2
	s.printRows = [2]int{hdr, hdr}
	for col, w := range map[int]float64{2: 30, 3: 16, 4: 18, 5: 14, 6: 12, 7: 11} {
		s.capWidth(col, w)
	}
	for c := 8 + ny; c <= 11+ny; c++ {
		s.capWidth(c, 15)
	}
	return x.b.write(s)
}

// byYear writes the Par année sheet: one row per year plus total.
func (x *fin) byYear(s *sheet) error {
	st := x.b.st
	x.titleRows(s, "Budget par année")
	const hdr = 4
	heads := []string{"Année", "Charges (60 à 68)", "Contributions en nature (86)", "Total des charges", "Produits (70 à 78)",
		"Contributions en nature (87)", "Total des produits", "Solde", "Produits acquis", "Part acquise", "Part du total des charges"}
	for i, h := range heads {
		style := st.headerRight
		if i == 0 {
			style = st.header
		}
		s.text(hdr, i+1, h, style, "")
	}
	acquis := dossier.LabelOf(dossier.ContributionStatuses, "acquis")
	ny := len(x.years)
	totRow := hdr + 1 + ny
	all := x.budget[len(x.budget)-1]
	grand := all.Charges + all.InKindCharges
	for i, y := range x.years {
		r := hdr + 1 + i
		yb := x.budget[i]
		a := "$A" + fmt.Sprint(r)
		s.num(r, 1, y, st.year)
		s.formula(r, 2, sumifs("Charges_Montant", "Charges_Annee", a, "Charges_Nature", strLit(natureCash)), euros(yb.Charges), st.euro)
		s.formula(r, 3, sumifs("Charges_Montant", "Charges_Annee", a, "Charges_Nature", strLit(natureInKind)), euros(yb.InKindCharges), st.euro)
		s.formula(r, 4, ref(r, 2)+"+"+ref(r, 3), euros(yb.Charges+yb.InKindCharges), st.euroStrong)
		s.formula(r, 5, sumifs("Produits_Montant", "Produits_Annee", a, "Produits_Nature", strLit(natureCash)), euros(yb.Produits), st.euro)
		s.formula(r, 6, sumifs("Produits_Montant", "Produits_Annee", a, "Produits_Nature", strLit(natureInKind)), euros(yb.InKindProduits), st.euro)
		s.formula(r, 7, ref(r, 5)+"+"+ref(r, 6), euros(yb.Produits+yb.InKindProduits), st.euroStrong)
		s.formula(r, 8, ref(r, 7)+"-"+ref(r, 4), euros(yb.Produits+yb.InKindProduits-yb.Charges-yb.InKindCharges), st.euro)
		acq := x.sumProduits(func(p *produitRow) bool { return p.year == y && p.status == acquis })
		s.formula(r, 9, sumifs("Produits_Montant", "Produits_Annee", a, "Produits_Statut", strLit(acquis)), euros(acq), st.euro)
		s.formula(r, 10, fmt.Sprintf("IF(%s=0,0,%s/%s)", ref(r, 7), ref(r, 9), ref(r, 7)), share(acq, yb.Produits+yb.InKindProduits), st.pct)
		s.formula(r, 11, fmt.Sprintf("IF(%s=0,0,%s/%s)", absRef(totRow, 4), ref(r, 4), absRef(totRow, 4)), share(yb.Charges+yb.InKindCharges, grand), st.pct)
	}
	s.text(totRow, 1, "Total", st.totalLabel, "")
	x.totalRow(s, hdr+1, totRow, 2, 9, st.euroBold)
	acq := x.sumProduits(func(p *produitRow) bool { return p.status == acquis })
	s.formula(totRow, 10, fmt.Sprintf("IF(%s=0,0,%s/%s)", ref(totRow, 7), ref(totRow, 9), ref(totRow, 7)), share(acq, all.Produits+all.InKindProduits), st.pctBold)
	s.formula(totRow, 11, fmt.Sprintf("IF(%s=0,0,%s/%s)", ref(totRow, 4), ref(totRow, 4), ref(totRow, 4)), share(grand, grand), st.pctBold)
	s.freezeRows, s.freezeCols = hdr, 1
	s.printRows = [2]int{hdr, hdr}
	return x.b.write(s)
}
