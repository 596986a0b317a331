package pdf

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"dossierft/internal/dossier"

	"github.com/go-pdf/fpdf"
)

// Palette and page geometry (mm). A4 portrait.
var (
	colNavy   = rgb{20, 40, 90}
	colAccent = rgb{228, 0, 58}
	colText   = rgb{33, 37, 41}
	colMuted  = rgb{100, 110, 125}
	colRule   = rgb{205, 212, 224}
	colZebra  = rgb{244, 246, 250}
	colTint   = rgb{232, 237, 247}
	colWhite  = rgb{255, 255, 255}
	colLink   = rgb{0, 84, 166}
)

const (
	pageW        = 210.0
	pageH        = 297.0
	marginLeft   = 22.0
	marginRight  = 20.0
	marginTop    = 24.0
	marginBottom = 22.0
	bodySize     = 10.0
)

// outlineEntry is a bookmark and a table-of-contents entry.
type outlineEntry struct {
	title string
	level int
	page  int
	link  int  // fpdf link id (0 for letters appended later)
	toc   bool // listed in the table of contents
}

// doc is one PDF being written: the fpdf document, the cursor, the running header, warnings.
type doc struct {
	pdf      *fpdf.Fpdf
	opt      Options
	m        measurer
	y        float64
	where    string // location used in warnings ("chapitre « Stratégie »")
	warnings []string
	warned   map[string]bool
	header   string // chapter title for the running header
	// headerWhere names the field the running header's right part comes from, in warnings
	// ("titre du chapitre « X »"); the left part is always the candidature name.
	headerWhere string
	title       string // candidature name for the running header
	draft       bool
	outline     []outlineEntry
	noFooter    map[int]bool
	tocLinks    []tocLink             // table-of-contents lines of pages appended later (letters), linked by pdfcpu
	bars        []float64             // x of block-quote bars drawn beside every line
	lineBg      *rgb                  // background of every line (code blocks)
	images      map[string]*normImage // registered images by fpdf name; nil value = unreadable
	files       []dossier.Attachment  // the dossier's attachments, for images in chapters

	curFace     *face // font and text colour last set (see setFont, textColor)
	curSize     float64
	curColor    rgb
	curColorSet bool
}

func newDoc(opt Options, title string, draft bool) *doc {
	p := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: "A4"})
	p.SetMargins(marginLeft, marginTop, marginRight)
	p.SetAutoPageBreak(false, marginBottom)
	p.SetCompression(false) // page streams are compressed by canonical, with one reused compressor
	p.SetCatalogSort(true)
	if !opt.Now.IsZero() {
		p.SetCreationDate(opt.Now)
		p.SetModificationDate(opt.Now)
	}
	for _, f := range allFaces {
		p.AddUTF8FontFromBytes(f.family, f.style, f.data)
	}
	p.SetFont(famText, "", bodySize)
	d := &doc{pdf: p, opt: opt, title: title, draft: draft, warned: map[string]bool{}, noFooter: map[int]bool{}}
	d.m = measurer{leading: 1.45, missing: d.missingRune}
	return d
}

// warn records a French warning once.
func (d *doc) warn(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	if !d.warned[s] {
		d.warned[s] = true
		d.warnings = append(d.warnings, s)
	}
}

func (d *doc) missingRune(r rune) {
	where := d.where
	if where == "" {
		where = "document"
	}
	if unicode.IsPrint(r) {
		d.warn("%s : caractère « %c » (U+%04X) absent des polices du PDF, remplacé par □ — à corriger dans le texte saisi", where, r, r)
	} else {
		d.warn("%s : caractère de contrôle U+%04X (copié-collé ?) remplacé par □ — à corriger dans le texte saisi", where, r)
	}
}

// Geometry helpers.
func (d *doc) contentW() float64 { return pageW - marginLeft - marginRight }
func (d *doc) bottom() float64   { return pageH - marginBottom }

// newPage starts a page: watermark first (under the content), then the running header.
func (d *doc) newPage() {
	d.pdf.AddPage()
	d.y = marginTop
	if d.draft {
		d.watermark()
	}
	if d.header != "" || d.title != "" {
		d.runningHeader()
	}
}

// newPageBare starts a page without running header (cover).
func (d *doc) newPageBare() {
	d.pdf.AddPage()
	d.y = marginTop
	if d.draft {
		d.watermark()
	}
}

// space makes sure h mm are available below the cursor, starting a new page if not; it reports whether a
// page was started.
func (d *doc) space(h float64) bool {
	if d.y+h > d.bottom()+1e-6 {
		d.newPage()
		return true
	}
	return false
}

// setFont selects a face, skipping fpdf's (costly) call when it is already current.
func (d *doc) setFont(f *face, size float64) {
	if f == d.curFace && size == d.curSize {
		return
	}
	d.curFace, d.curSize = f, size
	d.pdf.SetFont(f.family, f.style, size)
}

// textColor sets the text colour, skipping the call when unchanged.
func (d *doc) textColor(c rgb) {
	if d.curColorSet && c == d.curColor {
		return
	}
	d.curColor, d.curColorSet = c, true
	d.pdf.SetTextColor(c.r, c.g, c.b)
}

// resetState forgets the cached font and colour (after drawing outside the normal flow).
func (d *doc) resetState() {
	d.curFace, d.curSize, d.curColorSet = nil, 0, false
}
func (d *doc) fillColor(c rgb) { d.pdf.SetFillColor(c.r, c.g, c.b) }
func (d *doc) drawColor(c rgb) { d.pdf.SetDrawColor(c.r, c.g, c.b) }

// text draws a single string at baseline (x, y) in st (no wrapping), with font fallback.
func (d *doc) text(x, y float64, s string, st style) float64 {
	ws := d.m.words([]span{{s, st}})
	l := line{words: ws}
	for _, w := range ws {
		l.w += w.w + w.space
	}
	d.drawWords(l, x, y, 0)
	return l.w
}

// textWidth measures s in st.
func (d *doc) textWidth(s string, st style) float64 {
	w := 0.0
	ws := d.m.words([]span{{s, st}})
	for i, x := range ws {
		w += x.w
		if i < len(ws)-1 {
			w += x.space
		}
	}
	return w
}

// drawWords draws a line's words from x on baseline y; extra is added to every inter-word space (justify).
// Consecutive frags in the same face and style are drawn with one text operator, spaces included, when
// nothing is added to the spaces (the space was measured in that face).
func (d *doc) drawWords(l line, x, baseline, extra float64) {
	var run strings.Builder
	var runFace *face
	var runSt style
	var runX, runW float64
	flush := func() {
		if run.Len() == 0 {
			return
		}
		d.setFont(runFace, runSt.size)
		d.textColor(runSt.color)
		d.pdf.Text(runX, baseline, run.String())
		sz := runSt.size * ptToMM
		if runSt.underline {
			d.drawColor(runSt.color)
			d.pdf.SetLineWidth(0.15)
			d.pdf.Line(runX, baseline+sz*0.12, runX+runW, baseline+sz*0.12)
		}
		if runSt.link != "" {
			d.pdf.LinkString(runX, baseline-sz*0.8, runW, sz*1.1, runSt.link)
		} else if runSt.linkID != 0 {
			d.pdf.Link(runX, baseline-sz*0.8, runW, sz*1.1, runSt.linkID)
		}
		run.Reset()
		runW = 0
		runFace = nil
	}
	for i, w := range l.words {
		for _, f := range w.frags {
			if f.f != runFace || f.st != runSt {
				flush()
				runFace, runSt, runX = f.f, f.st, x
			}
			run.WriteString(f.text)
			runW += f.w
			x += f.w
		}
		if i < len(l.words)-1 {
			next := l.words[i+1]
			if extra == 0 && len(next.frags) > 0 && next.frags[0].f == runFace && next.frags[0].st == runSt &&
				runFace == textFace(runSt.bold, runSt.italic) && w.space > 0 {
				run.WriteByte(' ')
				runW += w.space
			} else {
				flush()
			}
			x += w.space + extra
		}
	}
	flush()
}

// drawLine draws l in a box starting at x of width w, top at y; align is 'L', 'R', 'C' or 'J'.
func (d *doc) drawLine(l line, x, y, w float64, align byte) {
	baseline := y + l.h/2 + l.size*ptToMM*0.34
	extra := 0.0
	switch align {
	case 'R':
		x += w - l.w
	case 'C':
		x += (w - l.w) / 2
	case 'J':
		if !l.last && len(l.words) > 1 {
			extra = (w - l.w) / float64(len(l.words)-1)
			if extra > 6 { // do not stretch a nearly empty line
				extra = 0
			}
		}
	}
	d.drawWords(l, x, baseline, extra)
}

// para draws a wrapped paragraph at x with width w, breaking pages between lines. It keeps at least two
// lines together at a page end.
func (d *doc) para(spans []span, x, w float64, align byte) {
	ls := d.m.wrap(spans, w)
	for i, l := range ls {
		need := l.h
		if i == 0 && len(ls) > 1 {
			need += ls[1].h
		}
		if i == len(ls)-2 && len(ls) > 2 {
			need += ls[i+1].h
		}
		d.space(need)
		if d.lineBg != nil {
			d.fillColor(*d.lineBg)
			d.pdf.Rect(x-2, d.y, w+4, l.h, "F")
		}
		for _, bx := range d.bars {
			d.fillColor(colAccent)
			d.pdf.Rect(bx, d.y, 0.8, l.h, "F")
		}
		d.drawLine(l, x, d.y, w, align)
		d.y += l.h
	}
}

// watermark draws a large light "PROJET" across the page.
func (d *doc) watermark() {
	p := d.pdf
	p.TransformBegin()
	p.TransformRotate(55, pageW/2, pageH/2)
	st := style{size: 120, bold: true, color: rgb{244, 233, 237}}
	w := d.textWidth("PROJET", st)
	d.text(pageW/2-w/2, pageH/2+15, "PROJET", st)
	p.TransformEnd()
	d.resync()
}

// resync re-emits the state fpdf believes current after a restored graphics state (Q): fpdf skips SetFont
// when the font has not changed and relies on the fill colour for text, so both are re-emitted.
func (d *doc) resync() {
	d.pdf.SetFont(famFallback, "", 7.77)
	r, g, b := d.pdf.GetFillColor()
	d.pdf.SetFillColor(r, g, b)
	d.resetState()
}

// runningHeader draws the candidature name (left), the chapter (right) and a rule.
func (d *doc) runningHeader() {
	// Characters missing from the fonts are blamed on the header's own fields, not on the table row or
	// paragraph that caused the page break.
	saved := d.where
	defer func() { d.where = saved }()
	d.where = "en-tête : nom de la candidature"
	st := style{size: 8, color: colMuted}
	bst := st
	bst.bold = true
	bst.color = colNavy
	d.text(marginLeft, 14, d.title, bst)
	if d.header != "" {
		h := d.header
		maxW := d.contentW() - d.textWidth(d.title, bst) - 10
		for d.textWidth(h, st) > maxW && len([]rune(h)) > 4 {
			r := []rune(h)
			h = string(r[:len(r)-2]) + "…"
			h = strings.Replace(h, "……", "…", 1)
		}
		d.where = "en-tête : " + firstNonEmpty(d.headerWhere, "titre")
		w := d.textWidth(h, st)
		d.text(pageW-marginRight-w, 14, h, st)
	}
	d.drawColor(colRule)
	d.pdf.SetLineWidth(0.2)
	d.pdf.Line(marginLeft, 16.5, pageW-marginRight, 16.5)
}

// revisit prepares drawing on an earlier page: fpdf keeps one graphics state for the whole document, so
// the font and colours are re-emitted explicitly inside a saved state.
func (d *doc) revisit(page int) {
	d.pdf.SetPage(page)
	d.pdf.RawWriteStr("q")
	d.resync()
}

func (d *doc) endRevisit() {
	d.pdf.RawWriteStr("Q")
	d.resync()
}

// footers writes "page X / N" right-aligned on every page but the cover, with N the final page count
// (letters appended after included), measured on the real digits.
func (d *doc) footers(total int) {
	n := d.pdf.PageCount()
	st := style{size: 8, color: colMuted}
	saved := d.where
	defer func() { d.where = saved }()
	d.where = "pied de page : nom de la candidature"
	for i := 1; i <= n; i++ {
		if d.noFooter[i] {
			continue
		}
		d.revisit(i)
		d.pdf.RawWriteStr(fmt.Sprintf("%.3f %.3f %.3f rg", float64(colMuted.r)/255, float64(colMuted.g)/255, float64(colMuted.b)/255))
		s := fmt.Sprintf("page %d / %d", i, total)
		w := d.textWidth(s, st)
		d.text(pageW-marginRight-w, pageH-11, s, st)
		ls := style{size: 8, color: colMuted}
		d.text(marginLeft, pageH-11, d.footerLeft(), ls)
		d.pdf.RawWriteStr(fmt.Sprintf("%.3f %.3f %.3f RG 0.57 w", float64(colRule.r)/255, float64(colRule.g)/255, float64(colRule.b)/255))
		d.pdf.Line(marginLeft, pageH-15, pageW-marginRight, pageH-15)
		d.endRevisit()
	}
	d.pdf.SetPage(n)
}

func (d *doc) footerLeft() string {
	s := "Candidature French Tech"
	if d.title != "" {
		s += " — " + d.title
	}
	return s
}

// bookmark records a chapter start at the cursor: fpdf bookmark (UTF-8 font active), internal link target
// and table-of-contents entry.
func (d *doc) bookmark(title string, level int, toc bool) {
	d.setFont(faceRegular, bodySize)
	d.pdf.Bookmark(title, level, d.y)
	link := d.pdf.AddLink()
	d.pdf.SetLink(link, d.y, d.pdf.PageNo())
	d.outline = append(d.outline, outlineEntry{title: title, level: level, page: d.pdf.PageNo(), link: link, toc: toc})
}

// subBookmark records a level-1 bookmark at the cursor (not in the table of contents).
func (d *doc) subBookmark(title string) {
	d.setFont(faceRegular, bodySize)
	d.pdf.Bookmark(title, 1, d.y)
	d.outline = append(d.outline, outlineEntry{title: title, level: 1, page: d.pdf.PageNo()})
}

// output writes the fpdf document to w through canonical (compressed page streams, stable object order).
// The fpdf document is released once written (d.pdf is nil afterwards): a long document's pages are not kept
// alongside the file made from them.
func (d *doc) output(w io.Writer) error {
	var g grabWriter
	if err := d.pdf.Output(&g); err != nil {
		return fmt.Errorf("écriture du PDF : %w", err)
	}
	d.pdf = nil
	out, err := canonical(g.b, true)
	if err != nil {
		d.warn("PDF écrit sans compression (la compression des pages a échoué)")
		out = g.b
	}
	_, err = w.Write(out)
	return err
}

// grabWriter keeps the bytes written to it. fpdf's Output hands over its whole file buffer in one Write
// (bytes.Buffer.WriteTo) and never uses it again, so the first slice is kept as is instead of copied — an
// exception to io.Writer's rule against retaining p, valid for that one caller.
type grabWriter struct{ b []byte }

func (g *grabWriter) Write(p []byte) (int, error) {
	if g.b == nil {
		g.b = p
	} else {
		g.b = append(g.b[:len(g.b):len(g.b)], p...)
	}
	return len(p), nil
}

// tocLink is a clickable area (mm, top-left origin) on a page, leading to a page appended later.
type tocLink struct {
	page       int
	x, y, w, h float64
	target     int
}

// attachment finds the attachment a Markdown image points to: by file name (case-insensitive) or as
// "piece-jointe:ID" / "attachment:ID".
func (d *doc) attachment(dest string) *dossier.Attachment {
	for _, p := range []string{"piece-jointe:", "pièce-jointe:", "attachment:"} {
		if id, ok := strings.CutPrefix(dest, p); ok {
			for i := range d.files {
				if strconv.FormatInt(d.files[i].ID, 10) == id {
					return &d.files[i]
				}
			}
			return nil
		}
	}
	for i := range d.files {
		if strings.EqualFold(d.files[i].Name, dest) {
			return &d.files[i]
		}
	}
	return nil
}
