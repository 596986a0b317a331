package pdf

import (
	"strconv"
	"strings"

	"dossierft/internal/dossier"
	"dossierft/internal/fr"
	"dossierft/internal/report"
)

// cover draws the first page: a navy band with the candidature's name, territory and pitch, the member
// territories and the structure porteuse, the logos, and the date, version and status.
func (d *doc) cover(v *report.View) {
	c := v.Candidature
	d.where = "page de couverture"
	d.newPageBare()
	d.noFooter[d.pdf.PageNo()] = true
	p := d.pdf
	bandH := 148.0
	d.fillColor(colNavy)
	p.Rect(0, 0, pageW, bandH, "F")
	d.fillColor(colAccent)
	p.Rect(0, bandH, pageW, 4, "F")
	// a discreet geometric motif in the band
	d.fillColor(rgb{30, 55, 115})
	p.Circle(pageW-18, 30, 46, "F")
	d.fillColor(rgb{26, 48, 104})
	p.Circle(pageW-5, 112, 30, "F")

	x := marginLeft + 4
	w := pageW - 2*marginLeft - 8
	d.text(x, 40, "CANDIDATURE AU LABEL", style{size: 10, bold: true, color: rgb{160, 180, 220}})
	d.text(x, 50, "French Tech", style{size: 18, color: colWhite})
	d.fillColor(colAccent)
	p.Rect(x, 56, 22, 1.4, "F")
	name := firstNonEmpty(c.Name, "Candidature sans nom")
	d.y = 62
	d.m.leading = 1.1
	// A long name gets a smaller size: at most three lines in the band.
	size := 40.0
	for size > 16 && len(d.m.wrap([]span{{name, style{size: size, bold: true}}}, w)) > 3 {
		size -= 4
	}
	for _, l := range d.m.wrap([]span{{name, style{size: size, bold: true, color: colWhite}}}, w) {
		d.drawLine(l, x, d.y, w, 'L')
		d.y += l.h
	}
	d.m.leading = 1.45
	if c.Territory != "" {
		d.y += 1
		for _, l := range d.m.wrap([]span{{c.Territory, style{size: 17, color: rgb{215, 225, 245}}}}, w) {
			d.drawLine(l, x, d.y, w, 'L')
			d.y += l.h
		}
	}
	if c.Summary != "" {
		d.y += 4
		st := style{size: 10, color: rgb{225, 232, 248}}
		ls := d.m.wrap([]span{{frenchTypo(c.Summary), st}}, w-20)
		for _, l := range ls {
			if d.y+l.h > bandH-6 {
				// too long for the band: continue below it
				break
			}
			d.drawLine(l, x, d.y, w-20, 'L')
			d.y += l.h
			ls = ls[1:]
		}
		if len(ls) > 0 {
			d.y = bandH + 8
			for _, l := range ls {
				d.drawLine(l, marginLeft, d.y, d.contentW(), 'L')
				d.y += l.h
			}
		}
	}
	if d.y < bandH+12 {
		d.y = bandH + 12
	}

	// Two columns: member territories, structure porteuse.
	colW := (d.contentW() - 10) / 2
	top := d.y
	label := style{size: 8, bold: true, color: colAccent}
	body := style{size: 9.5, color: colText}
	d.text(marginLeft, d.y+3, "TERRITOIRES MEMBRES", label)
	d.y += 6
	for _, t := range v.Territories {
		s := t.Name
		if t.Town != "" && t.Town != t.Name {
			s += " (" + t.Town + ")"
		}
		for i, l := range d.m.wrap([]span{{s, body}}, colW-3.5) {
			if i == 0 {
				d.text(marginLeft, d.y+l.h/2+l.size*ptToMM*0.34, "•", style{size: body.size, color: colAccent})
			}
			d.drawLine(l, marginLeft+3.5, d.y, colW-3.5, 'L')
			d.y += l.h
		}
	}
	left := d.y
	d.y = top
	x2 := marginLeft + colW + 10
	d.text(x2, d.y+3, "STRUCTURE PORTEUSE", label)
	d.y += 6
	lines := []span{{c.PorteurName, style{size: 10, bold: true, color: colNavy}}}
	add := func(s string) {
		if strings.TrimSpace(s) != "" {
			lines = append(lines, span{"\n" + s, body})
		}
	}
	add(c.PorteurLegalForm)
	add(strings.TrimSpace(c.PorteurAddress))
	add(strings.TrimSpace(c.PorteurPostcode + " " + c.PorteurTown))
	if c.RepresentativeName != "" {
		add(strings.TrimSpace(c.RepresentativeName + ", " + c.RepresentativeTitle))
	}
	for _, l := range d.m.wrap(lines, colW) {
		d.drawLine(l, x2, d.y, colW, 'L')
		d.y += l.h
	}
	if d.y < left {
		d.y = left
	}

	// Logos.
	if len(v.Logos) > 0 {
		d.y += 10
		lbl := "PARTENAIRES FONDATEURS"
		d.text(marginLeft, d.y, lbl, label)
		d.drawColor(colRule)
		p.SetLineWidth(0.2)
		p.Line(marginLeft+d.textWidth(lbl, label)+3, d.y-1, pageW-marginRight, d.y-1)
		d.y += 5
		d.logosRow(v.Logos, d.y)
	}

	// Footer block: date, version, status.
	yb := pageH - 30.0
	d.drawColor(colRule)
	p.SetLineWidth(0.3)
	p.Line(marginLeft, yb, pageW-marginRight, yb)
	meta := style{size: 9, color: colMuted}
	d.text(marginLeft, yb+6, "Édité le "+fr.LongTime(d.opt.Now), meta)
	right := []string{}
	if c.Version != "" {
		right = append(right, "Version : "+c.Version)
	}
	if v.StatusLabel != "" {
		right = append(right, "Statut : "+v.StatusLabel)
	}
	if c.Deadline != "" {
		right = append(right, "Date limite : "+fr.Date(c.Deadline))
	}
	rs := frenchTypo(strings.Join(right, "   ·   "))
	d.text(pageW-marginRight-d.textWidth(rs, meta), yb+6, rs, meta)
	if d.draft {
		st := style{size: 9, bold: true, color: colAccent}
		s := "Document de travail — version projet"
		d.text(marginLeft, yb+12, s, st)
	}
}

// identity is the chapter "La candidature en bref": every field of the candidature.
func (d *doc) identity(v *report.View) {
	c := v.Candidature
	t := &table{size: 9, cols: []tcol{{"Rubrique", 55, 'L'}, {"Renseignement", 115, 'L'}}}
	t.scale(d.contentW())
	row := func(k, val string) {
		if strings.TrimSpace(val) != "" {
			t.rows = append(t.rows, trow{cells: [][]span{t.bold(k), t.cell(frenchTypo(val))}})
		}
	}
	row("Candidature", c.Name)
	row("Territoire", c.Territory)
	row("Structure porteuse", c.PorteurName)
	row("Forme juridique", c.PorteurLegalForm)
	if c.PorteurSIREN != "" {
		row("SIREN", c.PorteurSIREN)
	}
	row("SIRET", fr.FormatSIRET(c.PorteurSIRET))
	row("Adresse", strings.TrimSpace(c.PorteurAddress+"\n"+c.PorteurPostcode+" "+c.PorteurTown))
	row("Représentant légal", strings.Trim(c.RepresentativeName+", "+c.RepresentativeTitle, ", "))
	row("Contact", strings.Join(nonEmpty(c.ContactName, c.ContactEmail, c.ContactPhone), "\n"))
	if ys := c.Years(); len(ys) > 0 {
		row("Période du budget", strconv.Itoa(ys[0])+" – "+strconv.Itoa(ys[len(ys)-1]))
	}
	if c.Deadline != "" {
		row("Date limite de dépôt", fr.LongDate(c.Deadline))
	}
	row("Statut", v.StatusLabel)
	row("Version", c.Version)
	d.table(t, marginLeft)
	if c.Summary != "" {
		d.sub("Résumé")
		d.text1(c.Summary)
	}
	// Key figures.
	d.sub("Chiffres clés")
	var total report.Plan = v.Plan
	n := len(total.Years)
	kp := [][2]string{
		{strconv.Itoa(len(v.Partners)), "partenaires"},
		{fr.Int(int64(len(v.Actors))), "acteurs recensés"},
		{strconv.Itoa(len(v.Actions)), "actions"},
		{euros(total.TotalCharges[n]), "budget total (hors contributions en nature)"},
	}
	d.keyFigures(kp)
	if v.Draft {
		d.sub("État de rédaction")
		for _, r := range v.DraftReasons {
			d.para([]span{{"•\u00a0" + r, style{size: 9, color: colMuted}}}, marginLeft, d.contentW(), 'L')
		}
	}
}

// keyFigures draws a row of boxes with a big number and a caption.
func (d *doc) keyFigures(kp [][2]string) {
	gap := 4.0
	bw := (d.contentW() - gap*float64(len(kp)-1)) / float64(len(kp))
	bh := 26.0
	d.space(bh + 2)
	for i, k := range kp {
		x := marginLeft + float64(i)*(bw+gap)
		d.fillColor(colTint)
		d.pdf.Rect(x, d.y, bw, bh, "F")
		d.fillColor(colAccent)
		d.pdf.Rect(x, d.y, 1.2, bh, "F")
		st := style{size: 15, bold: true, color: colNavy}
		ls := d.m.wrap([]span{{k[0], st}}, bw-6)
		yy := d.y + 3
		for _, l := range ls {
			d.drawLine(l, x+4, yy, bw-6, 'L')
			yy += l.h
		}
		for _, l := range d.m.wrap([]span{{k[1], style{size: 8, color: colMuted}}}, bw-6) {
			d.drawLine(l, x+4, yy, bw-6, 'L')
			yy += l.h
		}
	}
	d.y += bh + 4
}

// territory is the chapter on the member territories and the lieux totem.
func (d *doc) territory(v *report.View) {
	d.sub("Territoires membres")
	t := &table{size: 8.5, zebra: true, cols: []tcol{{"Territoire", 50, 'L'}, {"Nature", 22, 'L'}, {"Ville principale", 28, 'L'},
		{"Code INSEE / SIREN", 26, 'L'}, {"Population", 22, 'R'}, {"Source", 40, 'L'}}}
	t.scale(d.contentW())
	t.closedCol(1, codeLabels(dossier.TerritoryKinds)...).closedCol(4)
	for _, tr := range v.Territories {
		pop := ""
		if tr.Population > 0 {
			pop = fr.Int(tr.Population)
			if tr.PopulationYear > 0 {
				pop += " (" + strconv.Itoa(tr.PopulationYear) + ")"
			}
		}
		t.rows = append(t.rows, trow{where: "territoire « " + tr.Name + " »", cells: [][]span{t.bold(tr.Name), t.cell(dossier.LabelOf(dossier.TerritoryKinds, tr.Kind)),
			t.cell(tr.Town), t.cell(tr.InseeCode), t.cell(pop), small(tr.Source)}})
	}
	if len(t.rows) == 0 {
		d.note("Aucun territoire membre n'est encore renseigné.")
	} else {
		d.table(t, marginLeft)
	}
	d.sub("Lieux totem")
	if len(v.Totems) == 0 {
		d.note("Aucun lieu totem n'est encore renseigné.")
	}
	chapter := d.where
	defer func() { d.where = chapter }()
	for _, tt := range v.Totems {
		d.where = "lieu totem « " + tt.Name + " »"
		st := style{size: 11, bold: true, color: colNavy}
		d.space(20)
		d.para([]span{{tt.Name, st}}, marginLeft, d.contentW(), 'L')
		var meta []string
		if tt.Town != "" {
			meta = append(meta, tt.Town)
		}
		if tt.Address != "" {
			meta = append(meta, tt.Address)
		}
		if tt.SurfaceM2 > 0 {
			meta = append(meta, fr.Int(tt.SurfaceM2)+"\u00a0m²")
		}
		if tt.Opening != "" {
			meta = append(meta, "ouverture : "+tt.Opening)
		}
		if len(meta) > 0 {
			d.para([]span{{frenchTypo(strings.Join(meta, " · ")), style{size: 9, color: colMuted}}}, marginLeft, d.contentW(), 'L')
		}
		if tt.Description != "" {
			d.y += 1
			d.markdown(tt.Description, marginLeft, d.contentW(), false)
		}
		if tt.Source != "" {
			d.note("Source : " + tt.Source)
		}
		d.y += 2
	}
}

func small(s string) []span { return []span{{s, style{size: 7.5, color: colMuted}}} }

// ecosystem is "L'écosystème en chiffres": actor counts with bar charts.
func (d *doc) ecosystem(v *report.View) {
	d.text1("L'annuaire de l'écosystème recense " + fr.Int(int64(len(v.Actors))) + " acteurs. Les graphiques ci-dessous les répartissent par catégorie et par commune ; la liste complète figure en annexe A.")
	d.sub("Acteurs par catégorie")
	d.barChart(v.ActorsByCategory, 0)
	d.sub("Acteurs par commune")
	d.barChart(v.ActorsByTown, 12)
}

// barChart draws horizontal bars (vector), at most max rows (0 = all) and "Autres communes" for the rest.
func (d *doc) barChart(items []dossier.Count, max int) {
	if len(items) == 0 {
		d.note("Aucun acteur n'est encore recensé.")
		return
	}
	if max > 0 && len(items) > max {
		rest := 0
		for _, it := range items[max-1:] {
			rest += it.N
		}
		items = append(append([]dossier.Count(nil), items[:max-1]...), dossier.Count{Key: "autres", Label: "Autres communes (" + strconv.Itoa(len(items)-max+1) + ")", N: rest})
	}
	top := 0
	for _, it := range items {
		if it.N > top {
			top = it.N
		}
	}
	labelW := 58.0
	valW := 14.0
	barMax := d.contentW() - labelW - valW - 4
	rowH := 6.4
	lst := style{size: 8.5, color: colText}
	for i, it := range items {
		d.space(rowH)
		y := d.y
		lbl := it.Label
		for d.textWidth(lbl, lst) > labelW-3 && len([]rune(lbl)) > 3 {
			r := []rune(lbl)
			lbl = string(r[:len(r)-2]) + "…"
		}
		d.text(marginLeft+labelW-3-d.textWidth(lbl, lst), y+rowH/2+1.1, lbl, lst)
		bw := barMax * float64(it.N) / float64(top)
		if bw < 0.6 {
			bw = 0.6
		}
		c := colNavy
		if i == 0 {
			c = colAccent
		}
		d.fillColor(colZebra)
		d.pdf.Rect(marginLeft+labelW, y+1, barMax, rowH-2, "F")
		d.fillColor(c)
		d.pdf.Rect(marginLeft+labelW, y+1, bw, rowH-2, "F")
		d.text(marginLeft+labelW+bw+2, y+rowH/2+1.1, fr.Int(int64(it.N)), style{size: 8.5, bold: true, color: colNavy})
		d.y += rowH
	}
	d.y += 4
}

// partners is the partners table.
func (d *doc) partners(v *report.View) {
	if len(v.Partners) == 0 {
		d.note("Aucun partenaire n'est encore renseigné.")
		return
	}
	founders, funders := 0, 0
	for _, p := range v.Partners {
		switch p.Role {
		case "fondateur":
			founders++
		case "financeur":
			funders++
		}
	}
	d.text1(strconv.Itoa(len(v.Partners)) + " organisations s'engagent dans la candidature, dont " + strconv.Itoa(founders) +
		" membres fondateurs et " + strconv.Itoa(funders) + " financeurs.")
	t := &table{size: 8, zebra: true, cols: []tcol{{"Partenaire", 62, 'L'}, {"Type", 24, 'L'}, {"Rôle", 20, 'L'},
		{"Commune", 20, 'L'}, {"SIRET", 23, 'L'}, {"Lettre de soutien", 21, 'L'}}}
	hasSIRET := false
	for _, p := range v.Partners {
		hasSIRET = hasSIRET || p.SIRET != ""
	}
	if !hasSIRET {
		t.cols = append(t.cols[:4], t.cols[5])
	}
	t.scale(d.contentW())
	t.closedCol(1, codeLabels(dossier.PartnerKinds)...).closedCol(2, codeLabels(dossier.PartnerRoles)...)
	t.closedCol(len(t.cols)-1, append(codeLabels(dossier.LetterStatuses), "Non demandée", "(annexe C)")...)
	for _, p := range v.Partners {
		name := []span{{p.Name, style{size: 8.5, bold: true, color: colNavy}}}
		var det []string
		if c := strings.Join(nonEmpty(p.ContactName, p.Email, p.Phone), " · "); c != "" {
			det = append(det, c)
		}
		if p.FunderLabel != "" {
			det = append(det, "Financeur : "+p.FunderLabel)
		}
		if p.Notes != "" {
			det = append(det, p.Notes)
		}
		if p.Source != "" {
			det = append(det, "Source : "+p.Source)
		}
		if p.Fictitious {
			det = append(det, "(exemple fictif)")
		}
		if len(det) > 0 {
			name = append(name, span{"\n" + frenchTypo(strings.Join(det, "\n")), style{size: 7, color: colMuted}})
		}
		letter := p.LetterLabel
		if p.HasLetter {
			letter += " (annexe C)"
		}
		cells := [][]span{name, t.cell(p.KindLabel), t.cell(p.RoleLabel), t.cell(p.Town), t.cell(p.SIRET), t.cell(letter)}
		if !hasSIRET {
			cells = append(cells[:4], cells[5])
		}
		t.rows = append(t.rows, trow{where: "partenaire « " + p.Name + " »", cells: cells})
	}
	d.table(t, marginLeft)
}

// actions is the action plan: one block per action, then a summary table.
func (d *doc) actions(v *report.View) {
	if len(v.Actions) == 0 {
		d.note("Aucune action n'est encore renseignée.")
		return
	}
	n := len(v.Years)
	chapter := d.where
	for _, a := range v.Actions {
		d.where = "action « " + a.Code + " — " + a.Title + " »"
		d.y += 1
		d.space(26)
		d.subBookmark(a.Code + " — " + a.Title)
		d.para([]span{{a.Code + "  ", style{size: 11.5, bold: true, color: colAccent}}, {a.Title, style{size: 11.5, bold: true, color: colNavy}}}, marginLeft, d.contentW(), 'L')
		var meta []string
		if a.AxisLabel != "" {
			meta = append(meta, "Axe : "+a.AxisLabel)
		}
		if a.Lead != "" {
			meta = append(meta, "Pilote : "+a.Lead)
		}
		if a.Period != "" {
			meta = append(meta, "Période : "+a.Period)
		}
		meta = append(meta, "Budget : "+euros(a.Charges[n]))
		d.para([]span{{frenchTypo(strings.Join(meta, "  ·  ")), style{size: 8.5, color: colMuted}}}, marginLeft, d.contentW(), 'L')
		d.y += 1.5
		if a.Description != "" {
			d.markdown(a.Description, marginLeft, d.contentW(), false)
		}
		d.drawColor(colRule)
		d.pdf.SetLineWidth(0.2)
		d.pdf.Line(marginLeft, d.y+1, pageW-marginRight, d.y+1)
		d.y += 3
	}
	d.where = chapter
	d.sub("Budget des actions par année")
	cols := []tcol{{"Code", 12, 'L'}, {"Action", 60, 'L'}, {"Pilote", 34, 'L'}}
	for _, y := range v.Years {
		cols = append(cols, tcol{strconv.Itoa(y), 22, 'R'})
	}
	cols = append(cols, tcol{"Total", 24, 'R'})
	t := &table{size: 8, zebra: true, cols: cols}
	t.scale(d.contentW())
	for i := 3; i < len(cols); i++ {
		t.closedCol(i) // amounts
	}
	// Whole euros that add up on paper: rounded cells, totals of the rounded cells (report.RoundRows).
	am := make([][]dossier.Cents, len(v.Actions))
	for i, a := range v.Actions {
		am[i] = a.Charges
	}
	rounded, sum := report.RoundRows(am)
	if sum == nil {
		sum = make([]int64, n+1)
	}
	for i, a := range v.Actions {
		cells := [][]span{t.bold(a.Code), t.cell(a.Title), t.cell(a.Lead)}
		for _, c := range rounded[i] {
			cells = append(cells, t.cell(wholeEurosOrDash(c)))
		}
		t.rows = append(t.rows, trow{cells: cells})
	}
	tot := [][]span{t.bold(""), t.bold("Total des actions"), t.bold("")}
	for _, c := range sum {
		tot = append(tot, t.bold(wholeEuros(c)))
	}
	t.rows = append(t.rows, trow{cells: tot, kind: rowTotal})
	d.table(t, marginLeft)
	d.note("Charges rattachées à une action, contributions en nature (86) comprises. Les charges de structure non rattachées à une action figurent au plan de financement.")
}

// financing is the Cerfa-12156-like financing plan per year.
func (d *doc) financing(v *report.View) {
	pl := v.Plan
	// Synthesis per year.
	d.sub("Synthèse par année")
	st := &table{size: 8.5, cols: []tcol{{"Année", 20, 'L'}, {"Charges", 30, 'R'}, {"Produits", 30, 'R'}, {"Solde", 26, 'R'},
		{"Emplois en nature (86)", 32, 'R'}, {"Contributions en nature (87)", 32, 'R'}}}
	st.scale(d.contentW())
	for i := range st.cols {
		st.closedCol(i, "équilibré") // years, amounts
	}
	for _, b := range pl.Budget {
		label := strconv.Itoa(b.Year)
		kind := rowBody
		if b.Year == 0 {
			label = "Total"
			kind = rowTotal
		}
		mk := st.cell
		if kind == rowTotal {
			mk = st.bold
		}
		bal := fr.Euros(int64(b.Balance()))
		if b.Balance() == 0 {
			bal = "équilibré"
		}
		st.rows = append(st.rows, trow{kind: kind, cells: [][]span{mk(label), mk(fr.Euros(int64(b.Charges))), mk(fr.Euros(int64(b.Produits))), mk(bal),
			mk(fr.Euros(int64(b.InKindCharges))), mk(fr.Euros(int64(b.InKindProduits)))}})
	}
	d.table(st, marginLeft)
	d.note("Montants exacts, au centime. Le tableau ci-dessous suit le formulaire Cerfa n° 12156 : montants arrondis à l'euro.")
	for _, b := range pl.Budget {
		y := "sur l'ensemble de la période"
		if b.Year != 0 {
			y = "en " + strconv.Itoa(b.Year)
		}
		if b.Balance() != 0 {
			d.para([]span{{frenchTypo("Attention : le budget n'est pas équilibré " + y + " (produits − charges = " + euros(b.Balance()) + ")."), style{size: 9, bold: true, color: colAccent}}}, marginLeft, d.contentW(), 'L')
		}
		if b.InKindBalance() != 0 {
			d.para([]span{{frenchTypo("Attention : les contributions en nature ne s'équilibrent pas " + y + " (87 − 86 = " + euros(b.InKindBalance()) + ")."), style{size: 9, bold: true, color: colAccent}}}, marginLeft, d.contentW(), 'L')
		}
	}

	cols := func(first string) []tcol {
		c := []tcol{{first, 74, 'L'}}
		for _, y := range pl.Years {
			c = append(c, tcol{strconv.Itoa(y), 24, 'R'})
		}
		return append(c, tcol{"Total", 26, 'R'})
	}
	// The Cerfa table: rounded lines, every other figure a sum of the rounded figures shown (report.CerfaPlan).
	cp := pl.Cerfa()
	wholeCells := func(t *table, am []int64, bold bool) [][]span {
		var out [][]span
		for _, a := range am {
			if bold {
				out = append(out, t.bold(wholeEuros(a)))
			} else {
				out = append(out, t.cell(wholeEurosOrDash(a)))
			}
		}
		return out
	}
	groupRows := func(t *table, gs []report.CerfaGroup) {
		for _, g := range gs {
			t.rows = append(t.rows, trow{kind: rowGroup, cells: append([][]span{t.bold(g.Heading)}, wholeCells(t, g.Total, !isZeroWhole(g.Total))...)})
			for _, l := range g.Lines {
				if isZeroWhole(l.Amounts) || (l.Code == g.Code && len(g.Lines) == 1) {
					continue // the group row already says it
				}
				label := l.Label
				if !strings.HasPrefix(l.Code, "74-") && l.Code != g.Code && l.Known {
					label = l.Code + " – " + l.Label
				}
				t.rows = append(t.rows, trow{cells: append([][]span{{{"    " + label, style{size: t.size, color: colText}}}}, wholeCells(t, l.Amounts, false)...)})
			}
		}
	}
	d.sub("Charges")
	ct := &table{size: 8, cols: cols("Charges (comptes du plan comptable)")}
	ct.scale(d.contentW())
	amountCols(ct, 1)
	groupRows(ct, cp.Charges)
	ct.rows = append(ct.rows, trow{kind: rowTotal, cells: append([][]span{ct.bold("Total des charges")}, wholeCells(ct, cp.TotalCharges, true)...)})
	groupRows(ct, []report.CerfaGroup{cp.ChargesInKind})
	ct.rows = append(ct.rows, trow{kind: rowTotal, cells: append([][]span{ct.bold("Total général (charges + 86)")}, wholeCells(ct, cp.GrandCharges, true)...)})
	d.table(ct, marginLeft)

	d.sub("Produits")
	pt := &table{size: 8, cols: cols("Produits (ressources)")}
	pt.scale(d.contentW())
	amountCols(pt, 1)
	groupRows(pt, cp.Produits)
	pt.rows = append(pt.rows, trow{kind: rowTotal, cells: append([][]span{pt.bold("Total des produits")}, wholeCells(pt, cp.TotalProduits, true)...)})
	groupRows(pt, []report.CerfaGroup{cp.ProduitsInKind})
	pt.rows = append(pt.rows, trow{kind: rowTotal, cells: append([][]span{pt.bold("Total général (produits + 87)")}, wholeCells(pt, cp.GrandProduits, true)...)})
	pt.rows = append(pt.rows, trow{kind: rowSubtotal, cells: append([][]span{pt.bold("Solde (produits − charges)")}, wholeCells(pt, cp.Balance, true)...)})
	if !isZeroWhole(cp.Gap) {
		pt.rows = append(pt.rows, trow{kind: rowSubtotal, cells: append([][]span{pt.bold("Écart total des produits − total des charges (arrondis compris)")}, wholeCells(pt, cp.Gap, true)...)})
	}
	d.table(pt, marginLeft)
	d.note("Présentation du budget prévisionnel selon le formulaire Cerfa n° 12156 : chaque ligne est arrondie à l'euro (sans centimes) et les totaux additionnent les lignes arrondies, comme sur le formulaire ; ils peuvent différer de quelques euros des montants exacts de la synthèse. Les contributions volontaires en nature (comptes 86 et 87) s'équilibrent à part.")

	d.sub("Produits par financeur et par nature")
	fcols := []tcol{{"Financeur", 44, 'L'}, {"Nature · compte", 40, 'L'}}
	for _, y := range pl.Years {
		fcols = append(fcols, tcol{strconv.Itoa(y), 20, 'R'})
	}
	ft := &table{size: 8, zebra: true, cols: append(fcols, tcol{"Total", 22, 'R'})}
	ft.scale(d.contentW())
	ft.closedCol(1, natureAccountLabels()...)
	amountCols(ft, 2)
	fam := make([][]dossier.Cents, len(v.Funders))
	for i, f := range v.Funders {
		fam[i] = f.Amounts
	}
	frounded, ftot := report.RoundRows(fam)
	if ftot == nil {
		ftot = make([]int64, len(pl.Years)+1)
	}
	for i, f := range v.Funders {
		cells := [][]span{ft.bold(f.Funder), {{f.NatureLabel + "\n" + f.AccountLabel, style{size: 7.5, color: colMuted}}}}
		ft.rows = append(ft.rows, trow{cells: append(cells, wholeCells(ft, frounded[i], false)...)})
	}
	ft.rows = append(ft.rows, trow{kind: rowTotal, cells: append([][]span{ft.bold("Total"), ft.bold("")}, wholeCells(ft, ftot, true)...)})
	d.table(ft, marginLeft)
}

func isZeroWhole(am []int64) bool {
	for _, a := range am {
		if a != 0 {
			return false
		}
	}
	return true
}

// indicators is the indicators table.
func (d *doc) indicators(v *report.View) {
	if len(v.Indicators) == 0 {
		d.note("Aucun indicateur n'est encore renseigné.")
		return
	}
	cols := []tcol{{"Indicateur", 56, 'L'}, {"Unité", 25, 'L'}, {"Référence", 23, 'R'}}
	for _, y := range v.Years {
		cols = append(cols, tcol{"Cible " + strconv.Itoa(y), 20, 'R'})
	}
	t := &table{size: 8.5, zebra: true, cols: cols}
	t.scale(d.contentW())
	amountCols(t, 3) // targets
	for _, in := range v.Indicators {
		name := []span{{in.Name, style{size: 8.5, bold: true, color: colText}}}
		var det []string
		if in.Source != "" {
			det = append(det, "Source : "+in.Source)
		}
		if len(in.Extra) > 0 {
			det = append(det, "Autres cibles : "+strings.Join(in.Extra, " ; "))
		}
		if len(det) > 0 {
			name = append(name, span{"\n" + frenchTypo(strings.Join(det, "\n")), style{size: 7, color: colMuted}})
		}
		cells := [][]span{name, t.cell(in.Unit), t.cell(firstNonEmpty(in.Baseline, "–"))}
		for _, tg := range in.Targets {
			cells = append(cells, t.cell(firstNonEmpty(tg, "–")))
		}
		t.rows = append(t.rows, trow{where: "indicateur « " + in.Name + " »", cells: cells})
	}
	d.table(t, marginLeft)
}

// actorsAnnex is the full actors list: one compact row per actor, the description, website and tags in
// small type under the name.
func (d *doc) actorsAnnex(v *report.View) {
	if len(v.Actors) == 0 {
		d.note("Aucun acteur n'est encore recensé.")
		return
	}
	d.note(fr.Int(int64(len(v.Actors))) + " acteurs, dans l'ordre de l'annuaire. Les lignes marquées « fictif » sont des données d'illustration.")
	t := &table{size: 7, zebra: true, cols: []tcol{{"Acteur", 66, 'L'}, {"Catégorie", 21, 'L'}, {"Commune", 22, 'L'},
		{"SIRET · NAF", 27, 'L'}, {"Effectif", 14, 'L'}, {"Création · levées", 18, 'L'}}}
	t.scale(d.contentW())
	t.closedCol(1, codeLabels(dossier.ActorCategories)...).closedCol(4).closedCol(5)
	nameSt := style{size: 7.5, bold: true, color: colNavy}
	detSt := style{size: 6.5, color: colMuted}
	linkSt := style{size: 6.5, color: colLink}
	t.rows = make([]trow, 0, len(v.Actors))
	for _, a := range v.Actors {
		name := []span{{a.Name, nameSt}}
		if a.Fictitious {
			name = append(name, span{" (fictif)", detSt})
		}
		sep := "\n"
		if a.Description != "" {
			name = append(name, span{sep + frenchTypo(a.Description), detSt})
			sep = " · "
		}
		if a.Website != "" {
			ls := linkSt
			ls.link = a.Website
			if !strings.Contains(a.Website, "://") {
				ls.link = "https://" + a.Website
			}
			name = append(name, span{sep, detSt}, span{a.Website, ls})
			sep = " · "
		}
		if a.Tags != "" {
			name = append(name, span{sep + "# " + a.Tags, detSt})
		}
		town := strings.TrimSpace(a.Postcode + " " + a.Town)
		id := strings.Join(nonEmpty(a.SIRET, a.NAF), "\n")
		cy := strings.Join(nonEmpty(a.CreationYear, a.FundsRaised), "\n")
		hc := strings.TrimSuffix(strings.TrimSuffix(a.Headcount, " salariés"), " salarié")
		if strings.HasPrefix(hc, "Non employeuse") {
			hc = "n. r."
		}
		t.rows = append(t.rows, trow{where: "annexe A, acteur « " + a.Name + " »", cells: [][]span{name, t.cell(a.CategoryLabel), t.cell(town), t.cell(id), t.cell(hc), t.cell(cy)}})
	}
	d.table(t, marginLeft)
}

// budgetAnnex lists every charge and produits line.
func (d *doc) budgetAnnex(v *report.View) {
	d.sub("Charges")
	t := &table{size: 7.5, zebra: true, cols: []tcol{{"Année", 12, 'L'}, {"Action", 14, 'L'}, {"Compte", 44, 'L'}, {"Libellé", 74, 'L'}, {"Montant", 24, 'R'}}}
	t.scale(d.contentW())
	t.closedCol(0).closedCol(2, natureAccountLabels()...).closedCol(4)
	for _, c := range v.Charges {
		t.rows = append(t.rows, trow{where: "annexe B, charge « " + c.Label + " » (" + strconv.Itoa(c.Year) + ")", cells: [][]span{t.cell(strconv.Itoa(c.Year)), t.cell(c.ActionCode), t.cell(c.AccountLabel), t.cell(c.Label), t.cell(fr.Euros(int64(c.Amount)))}})
	}
	if len(t.rows) == 0 {
		d.note("Aucune charge n'est encore saisie.")
	} else {
		d.table(t, marginLeft)
	}
	d.sub("Produits")
	p := &table{size: 7.5, zebra: true, cols: []tcol{{"Année", 12, 'L'}, {"Financeur", 36, 'L'}, {"Nature · compte", 40, 'L'}, {"Libellé", 44, 'L'}, {"Statut", 18, 'L'}, {"Montant", 24, 'R'}}}
	p.scale(d.contentW())
	p.closedCol(0).closedCol(2, natureAccountLabels()...).closedCol(4, codeLabels(dossier.ContributionStatuses)...).closedCol(5)
	for _, r := range v.Produits {
		lbl := r.Label
		if r.ActionCode != "" {
			lbl = strings.TrimSpace(lbl + " (" + r.ActionCode + ")")
		}
		p.rows = append(p.rows, trow{where: "annexe B, produit « " + r.Label + " » de « " + r.Funder + " » (" + strconv.Itoa(r.Year) + ")", cells: [][]span{p.cell(strconv.Itoa(r.Year)), p.cell(r.Funder), p.cell(r.NatureLabel + "\n" + r.AccountLabel), p.cell(lbl), p.cell(r.StatusLabel), p.cell(fr.Euros(int64(r.Amount)))}})
	}
	if len(p.rows) == 0 {
		d.note("Aucun produit n'est encore saisi.")
	} else {
		d.table(p, marginLeft)
	}
}
