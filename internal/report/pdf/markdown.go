package pdf

import (
	"math"
	"strconv"
	"strings"

	"github.com/go-pdf/fpdf"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

var mdParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify)).Parser()

// mdr renders one Markdown document by walking goldmark's syntax tree (no HTML step).
type mdr struct {
	d     *doc
	where string // location of the Markdown text, before any heading
	src   []byte
	depth int // list nesting
	// bookmarks: headings of level ≤ 2 become level-1 bookmarks under the chapter.
	bookmarks bool
}

// markdown renders body at x with width w.
func (d *doc) markdown(body string, x, w float64, bookmarks bool) {
	src := []byte(body)
	root := mdParser.Parse(text.NewReader(src))
	r := &mdr{d: d, src: src, bookmarks: bookmarks, where: d.where}
	defer func() { d.where = r.where }()
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		r.block(n, x, w)
	}
}

var bodyStyle = style{size: bodySize, color: colText}

func (r *mdr) block(n ast.Node, x, w float64) {
	d := r.d
	switch n := n.(type) {
	case *ast.Heading:
		sizes := map[int]float64{1: 14, 2: 12, 3: 10.5}
		sz, ok := sizes[n.Level]
		if !ok {
			sz = 10
		}
		st := style{size: sz, bold: true, color: colNavy}
		if n.Level >= 3 {
			st.color = colText
		}
		spans := r.inlines(n, st)
		d.where = r.where + ", section « " + plain(spans) + " »"
		ls := d.m.wrap(spans, w)
		d.y += sz * ptToMM * 0.6
		d.space(height(ls) + 3*bodySize*ptToMM*1.45) // keep with the next lines
		if r.bookmarks && n.Level <= 2 {
			d.subBookmark(plain(spans))
		}
		for _, l := range ls {
			d.drawLine(l, x, d.y, w, 'L')
			d.y += l.h
		}
		d.y += 1.2
	case *ast.Paragraph, *ast.TextBlock:
		if img, ok := n.FirstChild().(*ast.Image); ok && n.ChildCount() == 1 && r.figure(img, x, w) {
			return
		}
		d.para(r.inlines(n, bodyStyle), x, w, 'J')
		if _, ok := n.(*ast.Paragraph); ok || n.NextSibling() != nil {
			d.y += 2.2
		}
	case *ast.List:
		r.list(n, x, w)
		if r.depth == 0 {
			d.y += 1.5
		}
	case *ast.Blockquote:
		d.bars = append(d.bars, x+1)
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			r.quoted(c, x+6, w-6)
		}
		d.bars = d.bars[:len(d.bars)-1]
		d.y += 1
	case *ast.ThematicBreak:
		d.space(6)
		d.drawColor(colRule)
		d.pdf.SetLineWidth(0.3)
		d.pdf.Line(x+w*0.3, d.y+3, x+w*0.7, d.y+3)
		d.y += 6
	case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
		var b strings.Builder
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			b.Write(seg.Value(r.src))
		}
		if hb, ok := n.(*ast.HTMLBlock); ok && hb.HasClosure() {
			b.Write(hb.ClosureLine.Value(r.src))
		}
		st := style{size: 9, color: colText}
		bg := colZebra
		d.lineBg = &bg
		d.para([]span{{strings.TrimRight(b.String(), "\n"), st}}, x+2, w-4, 'L')
		d.lineBg = nil
		d.y += 2.5
	case *east.Table:
		r.table(n, x, w)
	default:
		// Unknown block: render its inline content so nothing is lost.
		if n.HasChildren() {
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				r.block(c, x, w)
			}
		}
	}
}

// quoted renders a block inside a quote: italic, muted.
func (r *mdr) quoted(n ast.Node, x, w float64) {
	switch n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		st := style{size: bodySize, italic: true, color: rgb{60, 70, 90}}
		r.d.para(r.inlines(n, st), x, w, 'L')
		r.d.y += 1.5
	default:
		r.block(n, x, w)
	}
}

func (r *mdr) list(n *ast.List, x, w float64) {
	d := r.d
	num := n.Start
	if num == 0 {
		num = 1
	}
	indent := 6.0
	if w-indent < 40 {
		indent = 0 // deeply nested: stop indenting rather than squeeze the text
	}
	bullets := []string{"•", "–", "·"}
	r.depth++
	defer func() { r.depth-- }()
	for it := n.FirstChild(); it != nil; it = it.NextSibling() {
		marker := bullets[(r.depth-1)%len(bullets)]
		if n.IsOrdered() {
			marker = strconv.Itoa(num) + string(n.Marker)
			num++
		}
		first := true
		for c := it.FirstChild(); c != nil; c = c.NextSibling() {
			if first {
				d.space(bodySize * ptToMM * 1.45)
				st := bodyStyle
				if n.IsOrdered() {
					st.color = colNavy
					st.bold = true
				} else {
					st.color = colAccent
				}
				mw := d.textWidth(marker, st)
				// Align the marker with the first line of the item.
				l := d.m.wrap([]span{{marker, st}}, 20)[0]
				d.drawLine(l, max(x+indent-1.8-mw, x-mw-1), d.y, mw, 'L')
				first = false
			}
			r.block(c, x+indent, w-indent)
			if _, ok := c.(*ast.Paragraph); ok && n.IsTight {
				d.y -= 1.5
			}
		}
		if !n.IsTight {
			d.y += 0.5
		}
	}
}

func (r *mdr) table(n *east.Table, x, w float64) {
	t := &table{size: 8.5, zebra: true}
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		var cells [][]span
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, r.inlines(c, style{size: t.size, color: colText}))
		}
		if _, ok := row.(*east.TableHeader); ok {
			for i, c := range cells {
				al := byte('L')
				if i < len(n.Alignments) {
					switch n.Alignments[i] {
					case east.AlignRight:
						al = 'R'
					case east.AlignCenter:
						al = 'C'
					}
				}
				t.cols = append(t.cols, tcol{head: plain(c), align: al})
			}
			continue
		}
		t.rows = append(t.rows, trow{cells: cells})
	}
	if len(t.cols) == 0 {
		return
	}
	// Column widths proportional to the longest content, with a floor.
	for i := range t.cols {
		mx := r.d.textWidth(t.cols[i].head, style{size: t.size, bold: true})
		for _, row := range t.rows {
			if i < len(row.cells) {
				if cw := r.d.textWidth(plain(row.cells[i]), style{size: t.size}); cw > mx {
					mx = cw
				}
			}
		}
		if mx > 70 {
			mx = 70
		}
		if mx < 14 {
			mx = 14
		}
		t.cols[i].w = mx + 2*padX
	}
	if tableW(t) > w || len(t.cols) > 2 {
		t.scale(w)
	}
	r.d.y += 1
	r.d.table(t, x)
}

// inlines collects the inline content of n as spans in st.
func (r *mdr) inlines(n ast.Node, st style) []span {
	var out []span
	var walk func(n ast.Node, st style)
	walk = func(n ast.Node, st style) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				s := string(c.Segment.Value(r.src))
				out = append(out, span{frenchTypo(s), st})
				if c.HardLineBreak() {
					out = append(out, span{"\n", st})
				} else if c.SoftLineBreak() {
					out = append(out, span{" ", st})
				}
			case *ast.String:
				out = append(out, span{frenchTypo(string(c.Value)), st})
			case *ast.CodeSpan:
				s2 := st
				s2.color = rgb{90, 40, 120}
				var b strings.Builder
				for g := c.FirstChild(); g != nil; g = g.NextSibling() {
					if t, ok := g.(*ast.Text); ok {
						b.Write(t.Segment.Value(r.src))
					} else if s, ok := g.(*ast.String); ok {
						b.Write(s.Value)
					}
				}
				out = append(out, span{b.String(), s2})
			case *ast.Emphasis:
				s2 := st
				if c.Level >= 2 {
					s2.bold = true
				} else {
					s2.italic = true
				}
				walk(c, s2)
			case *ast.Link:
				s2 := st
				s2.link = string(c.Destination)
				s2.color = colLink
				s2.underline = true
				walk(c, s2)
			case *ast.AutoLink:
				s2 := st
				url := string(c.URL(r.src))
				if c.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(url, "mailto:") {
					url = "mailto:" + url
				}
				s2.link = url
				s2.color = colLink
				s2.underline = true
				out = append(out, span{string(c.Label(r.src)), s2})
			case *ast.Image:
				s2 := st
				s2.italic = true
				s2.color = colMuted
				alt := plainText(c, r.src)
				out = append(out, span{"[image : " + alt + " — " + string(c.Destination) + "]", s2})
				if r.d.attachment(string(c.Destination)) == nil {
					r.d.warn("%s : image « %s » introuvable parmi les pièces jointes du dossier, remplacée par son texte", r.d.where, string(c.Destination))
				} else {
					r.d.warn("%s : image « %s » au milieu d'un paragraphe, remplacée par son texte (la mettre seule dans son paragraphe)", r.d.where, string(c.Destination))
				}
			case *ast.RawHTML:
				var b strings.Builder
				for i := 0; i < c.Segments.Len(); i++ {
					seg := c.Segments.At(i)
					b.Write(seg.Value(r.src))
				}
				out = append(out, span{b.String(), st})
			default:
				walk(c, st)
			}
		}
	}
	walk(n, st)
	return out
}

// plainText returns the text of n's inline descendants.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
		case *ast.String:
			b.Write(t.Value)
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// figure draws an image that is alone in its paragraph: an attachment named by the link destination (its
// file name, or "piece-jointe:ID"), fitted in the column at 150 dpi at most and 110 mm high, with its alt
// text as caption. It reports false (the caller then prints the alt text) when the image is not found or
// unreadable; a warning says which.
func (r *mdr) figure(img *ast.Image, x, w float64) bool {
	d := r.d
	dest := string(img.Destination)
	a := d.attachment(dest)
	if a == nil {
		return false
	}
	key, pw, ph, ok := d.image(a.ID, a.Name, a.Data)
	if !ok {
		return false
	}
	iw := math.Min(w, float64(pw)/150*25.4)
	ih := iw * float64(ph) / float64(pw)
	if ih > 110 {
		ih = 110
		iw = ih * float64(pw) / float64(ph)
	}
	alt := plainText(img, r.src)
	capSt := style{size: 8.5, italic: true, color: colMuted}
	caption := d.m.wrap([]span{{frenchTypo(alt), capSt}}, w)
	if alt == "" {
		caption = nil
	}
	d.space(ih + height(caption) + 4)
	d.pdf.ImageOptions(key, x+(w-iw)/2, d.y+1, iw, ih, false, fpdf.ImageOptions{}, 0, "")
	d.y += ih + 2.5
	for _, l := range caption {
		d.drawLine(l, x, d.y, w, 'C')
		d.y += l.h
	}
	d.y += 3
	return true
}
