package pdf

import "strings"

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

// fit widens columns whose longest word does not fit (a status such as "Prévisionnel" must not be cut),
// taking the width from columns with room to spare. Words longer than 30 mm (URLs, e-mails) are left to
// be cut. Only for tables of a few hundred rows: long annex tables have tuned widths.
func (d *doc) fit(t *table) {
	if len(t.rows) > 300 {
		return
	}
	n := len(t.cols)
	need := make([]float64, n)
	for i, c := range t.cols {
		for _, w := range d.m.words([]span{{c.head, style{size: t.size, bold: true}}}) {
			need[i] = max(need[i], w.w)
		}
	}
	for _, r := range t.rows {
		if r.full {
			continue
		}
		for i := 0; i < n && i < len(r.cells); i++ {
			for _, w := range d.m.words(r.cells[i]) {
				ww := w.w
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
	// A column gives at most 30 % of its width, and never below its own longest word.
	deficit, slack := 0.0, 0.0
	give := make([]float64, n)
	for i, c := range t.cols {
		need[i] += 2*padX + 0.2
		if need[i] > c.w {
			deficit += need[i] - c.w
		} else {
			give[i] = min(c.w-need[i], 0.3*c.w)
			slack += give[i]
		}
	}
	if deficit == 0 || slack == 0 {
		return
	}
	take := min(deficit, slack)
	for i, c := range t.cols {
		if need[i] > c.w {
			t.cols[i].w += (need[i] - c.w) * take / deficit
		} else {
			t.cols[i].w -= give[i] * take / slack
		}
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
