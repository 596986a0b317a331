package pdf

import (
	"strings"

	"dossierft/internal/dossier"
)

// Row kinds of a table.
const (
	rowBody = iota
	rowGroup
	rowSubtotal
	rowTotal
)

// tcol is a table column: heading, width in mm, alignment ('L', 'R', 'C').
type tcol struct {
	head  string
	w     float64
	align byte
}

// trow is a table row: one span list per column; when full is true the first cell spans all columns.
type trow struct {
	cells [][]span
	kind  int
	full  bool
	where string // location named in warnings about this row ("" = the table's)
}

// table is laid out by doc.table: the header is repeated on every page, rows that do not fit move to the
// next page, and rows taller than a page are split between lines.
type table struct {
	cols  []tcol
	rows  []trow
	size  float64 // body font size, pt
	zebra bool
	// closed lists the closed-list and number columns (closedCol) with the labels of their list.
	closed map[int][]string
}

const (
	padX = 1.6
	padY = 1.2
)

// cellText makes a cell from plain text in the table's body style.
// French typography is applied (no-break spaces before : ; ! ? and inside « »).
func (t *table) cell(s string) []span {
	return []span{{frenchTypo(s), style{size: t.size, color: colText}}}
}

// bold makes a bold cell.
func (t *table) bold(s string) []span {
	return []span{{frenchTypo(s), style{size: t.size, bold: true, color: colText}}}
}

// scale makes column widths add up to w, keeping their proportions.
func (t *table) scale(w float64) {
	sum := 0.0
	for _, c := range t.cols {
		sum += c.w
	}
	for i := range t.cols {
		t.cols[i].w = t.cols[i].w * w / sum
	}
}

// header lines, per column.
func (d *doc) tableHeader(t *table) ([][]line, float64) {
	st := style{size: t.size, bold: true, color: colWhite}
	hl := make([][]line, len(t.cols))
	h := 0.0
	for i, c := range t.cols {
		hl[i] = d.m.wrap([]span{{c.head, st}}, c.w-2*padX)
		if hh := height(hl[i]); hh > h {
			h = hh
		}
	}
	return hl, h + 2*padY
}

func (d *doc) drawTableHeader(t *table, x float64, hl [][]line, h float64) {
	d.fillColor(colNavy)
	d.pdf.Rect(x, d.y, tableW(t), h, "F")
	cx := x
	for i, c := range t.cols {
		y := d.y + padY
		for _, l := range hl[i] {
			d.drawLine(l, cx+padX, y, c.w-2*padX, c.align)
			y += l.h
		}
		cx += c.w
	}
	d.y += h
}

func tableW(t *table) float64 {
	w := 0.0
	for _, c := range t.cols {
		w += c.w
	}
	return w
}

// closedCol marks column i as taking its values from a closed list (statuses, natures, kinds, roles,
// account labels: every label of the list is given) or as a column of numbers (years, amounts: no label,
// the cells say). fit makes such a column at least as wide as the longest word of those labels and of its
// cells, whatever the number of rows, taking the width from the free-text columns, so that such a word is
// never cut ("Prévisionnel", "1 234 567,89 €").
func (t *table) closedCol(i int, labels ...string) *table {
	if t.closed == nil {
		t.closed = map[int][]string{}
	}
	t.closed[i] = append(t.closed[i], labels...)
	return t
}

// codeLabels returns the labels of a dossier code list, for closedCol.
func codeLabels(list []dossier.Code) []string {
	out := make([]string, 0, len(list))
	for _, c := range list {
		out = append(out, c.Label)
	}
	return out
}

// amountCols marks the columns from first on as number columns (closedCol).
func amountCols(t *table, first int) {
	for i := first; i < len(t.cols); i++ {
		t.closedCol(i)
	}
}

// natureAccountLabels are the labels of a "Nature · compte" column: natures, kinds of in-kind contribution
// and Cerfa account labels ("74 – Région(s)").
func natureAccountLabels() []string {
	out := append(codeLabels(dossier.Natures), codeLabels(dossier.InKindTypes)...)
	for _, a := range dossier.Accounts {
		out = append(out, dossier.AccountLabel(a.Code))
	}
	return out
}

// minFreeCol is the narrowest a free-text column is made to give room to a closed-list column, mm.
const minFreeCol = 12.0

// fit widens columns whose longest word does not fit, taking the width from columns with room to spare.
// Closed-list columns (closedCol) always get the width of their longest word, from their labels and every
// cell; free-text columns are measured only in tables of at most 300 rows (long annex tables have tuned
// widths), words longer than 30 mm (URLs, e-mails) being left to be cut.
func (d *doc) fit(t *table) {
	// Measuring only: a missing character is reported when its row is drawn, with the row's place.
	missing := d.m.missing
	d.m.missing = nil
	defer func() { d.m.missing = missing }()
	n := len(t.cols)
	free := len(t.rows) <= 300
	need := make([]float64, n)
	for i, c := range t.cols {
		for _, w := range d.m.words([]span{{c.head, style{size: t.size, bold: true}}}) {
			need[i] = max(need[i], w.w)
		}
	}
	for i, labels := range t.closed {
		if i >= n {
			continue
		}
		for _, l := range labels {
			for _, w := range d.m.words([]span{{frenchTypo(l), style{size: t.size}}}) {
				need[i] = max(need[i], w.w)
			}
		}
	}
	for _, r := range t.rows {
		if r.full {
			continue
		}
		for i := 0; i < n && i < len(r.cells); i++ {
			_, closed := t.closed[i]
			if !closed && !free {
				continue
			}
			for _, w := range d.m.words(r.cells[i]) {
				ww := w.w
				if closed {
					need[i] = max(need[i], ww)
					continue
				}
				if len(w.frags) == 1 && strings.Contains(w.frags[0].text, "-") {
					// hyphenated words (Vandœuvre-lès-Nancy) may break after a hyphen
					ww = 0
					for _, part := range strings.SplitAfter(w.frags[0].text, "-") {
						ww = max(ww, d.textWidth(part, w.frags[0].st))
					}
				}
				if ww <= 30 {
					need[i] = max(need[i], ww)
				}
			}
		}
	}
	// A column gives at most 30 % of its width, and never below its own longest word; closed-list columns
	// are served first. If that is not enough for them, free-text columns give more, down to minFreeCol.
	var closedDef, freeDef, slack float64
	give := make([]float64, n)
	for i, c := range t.cols {
		need[i] += 2*padX + 0.2
		_, closed := t.closed[i]
		switch {
		case need[i] > c.w && closed:
			closedDef += need[i] - c.w
		case need[i] > c.w:
			freeDef += need[i] - c.w
		default:
			give[i] = min(c.w-need[i], 0.3*c.w)
			slack += give[i]
		}
	}
	if closedDef == 0 && freeDef == 0 {
		return
	}
	takeC := min(closedDef, slack)
	takeF := min(freeDef, slack-takeC)
	w := make([]float64, n)
	for i, c := range t.cols {
		w[i] = c.w
		if slack > 0 {
			w[i] -= give[i] * (takeC + takeF) / slack
		}
	}
	// Extra width for the closed-list columns, from the free-text columns above minFreeCol.
	extra := closedDef - takeC
	if extra > 0 {
		room := 0.0
		for i := range t.cols {
			if _, closed := t.closed[i]; !closed && need[i] <= t.cols[i].w {
				room += max(w[i]-minFreeCol, 0)
			}
		}
		got := min(extra, room)
		for i := range t.cols {
			if _, closed := t.closed[i]; !closed && need[i] <= t.cols[i].w && room > 0 {
				w[i] -= max(w[i]-minFreeCol, 0) * got / room
			}
		}
		takeC += got
	}
	for i, c := range t.cols {
		_, closed := t.closed[i]
		switch {
		case need[i] > c.w && closed:
			w[i] += (need[i] - c.w) * takeC / closedDef
		case need[i] > c.w && freeDef > 0:
			w[i] += (need[i] - c.w) * takeF / freeDef
		}
		t.cols[i].w = w[i]
	}
}

// table draws t at x.
func (d *doc) table(t *table, x float64) {
	if t.size == 0 {
		t.size = 8.5
	}
	d.fit(t)
	hl, hh := d.tableHeader(t)
	tw := tableW(t)
	// Start on a new page unless the header and a first row fit.
	d.space(hh + 3*t.size*ptToMM*1.45 + 2*padY)
	d.drawTableHeader(t, x, hl, hh)
	zebra := false
	where := d.where
	defer func() { d.where = where }()
	for ri, r := range t.rows {
		d.where = where
		if r.where != "" {
			d.where = r.where
		}
		// Lay out each cell.
		var cls [][]line
		var widths []float64
		if r.full {
			widths = []float64{tw}
		} else {
			widths = make([]float64, len(t.cols))
			for i, c := range t.cols {
				widths[i] = c.w
			}
		}
		cls = make([][]line, len(widths))
		rh := 0.0
		for i := range widths {
			var sp []span
			if i < len(r.cells) {
				sp = r.cells[i]
			}
			cls[i] = d.m.wrap(sp, widths[i]-2*padX)
			if h := height(cls[i]); h > rh {
				rh = h
			}
		}
		rh += 2 * padY
		need := rh
		if r.kind == rowGroup && ri+1 < len(t.rows) {
			need += 8 // keep a group heading with its first line
		}
		if d.y+need > d.bottom() && rh <= d.bottom()-marginTop-hh-4 {
			d.newPage()
			d.drawTableHeader(t, x, hl, hh)
		}
		if r.kind == rowBody {
			zebra = !zebra
		} else {
			zebra = false
		}
		// Draw, splitting between lines when the row is taller than what is left.
		start := make([]int, len(cls))
		for {
			avail := d.bottom() - d.y - 2*padY
			end := make([]int, len(cls))
			h := 0.0
			done := true
			for i, ls := range cls {
				acc := 0.0
				k := start[i]
				for k < len(ls) && acc+ls[k].h <= avail+1e-6 {
					acc += ls[k].h
					k++
				}
				end[i] = k
				if acc > h {
					h = acc
				}
				if k < len(ls) {
					done = false
				}
			}
			d.drawRowBox(t, r, x, tw, h+2*padY, zebra && t.zebra)
			cx := x
			for i, ls := range cls {
				y := d.y + padY
				align := byte('L')
				if !r.full && i < len(t.cols) {
					align = t.cols[i].align
				}
				for _, l := range ls[start[i]:end[i]] {
					d.drawLine(l, cx+padX, y, widths[i]-2*padX, align)
					y += l.h
				}
				cx += widths[i]
			}
			d.y += h + 2*padY
			if done {
				break
			}
			copy(start, end)
			d.newPage()
			d.drawTableHeader(t, x, hl, hh)
		}
	}
	d.y += 3
}

func (d *doc) drawRowBox(t *table, r trow, x, w, h float64, zebra bool) {
	switch {
	case r.kind == rowGroup:
		d.fillColor(colTint)
		d.pdf.Rect(x, d.y, w, h, "F")
	case r.kind == rowSubtotal:
		d.fillColor(colZebra)
		d.pdf.Rect(x, d.y, w, h, "F")
	case r.kind == rowTotal:
		d.fillColor(rgb{214, 222, 238})
		d.pdf.Rect(x, d.y, w, h, "F")
		d.drawColor(colNavy)
		d.pdf.SetLineWidth(0.4)
		d.pdf.Line(x, d.y, x+w, d.y)
	case zebra:
		d.fillColor(colZebra)
		d.pdf.Rect(x, d.y, w, h, "F")
	}
	d.drawColor(colRule)
	d.pdf.SetLineWidth(0.15)
	d.pdf.Line(x, d.y+h, x+w, d.y+h)
}
