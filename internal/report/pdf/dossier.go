// Package pdf encodes a dossier as PDF with fpdf: the whole dossier (cover, table of contents, written
// chapters from Markdown, generated chapters, annexes, letters of support appended) and the review PDF of one
// partner. It is the only package that imports fpdf. Output goes to an io.Writer; warnings (French, saying
// where) are returned next to the error.
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"dossierft/internal/dossier"
	"dossierft/internal/fr"
	"dossierft/internal/report"
)

// Options tune the output.
type Options struct {
	// Now is the date printed on the cover and written as creation/modification date. Fix it for
	// deterministic output (identical bytes for identical input); zero means time.Now().
	Now time.Time
	// Draft forces the "PROJET" watermark on (true) or off (false). nil applies the rule: watermark while
	// any chapter is not validated or HasErrors is set.
	Draft *bool
	// HasErrors forces the watermark rule to consider the dossier as having validation errors; report.Build
	// already runs dossier.Validate, so callers only set it for findings of their own.
	HasErrors bool
	// NoLetters leaves the letters of support out (they are still listed in their annex).
	NoLetters bool
}

func (o Options) now() time.Time {
	if o.Now.IsZero() {
		return time.Now()
	}
	return o.Now
}

func (o Options) draft(v *report.View) bool {
	if o.Draft != nil {
		return *o.Draft
	}
	return v.Draft || o.HasErrors
}

// Dossier writes the whole dossier PDF of d to w. It returns the warnings met on the way (French, each
// saying where: missing glyph in a chapter, unreadable image or letter…); the PDF is still complete then.
// The error is non-nil only when nothing usable could be written.
func Dossier(w io.Writer, d *dossier.Dossier, opt Options) ([]string, error) {
	v := report.Build(d)
	opt.Now = opt.now()
	name := v.Candidature.Name
	if name == "" {
		name = "Candidature sans nom"
	}
	doc := newDoc(opt, name, opt.draft(v))
	doc.files = v.Files
	p := doc.pdf
	p.SetTitle(name+" — dossier de candidature au label French Tech", true)
	p.SetAuthor(firstNonEmpty(v.Candidature.PorteurName, name), true)
	p.SetSubject("Dossier de candidature French Tech — "+firstNonEmpty(v.Candidature.Territory, name), true)
	p.SetKeywords(strings.Join(nonEmpty("French Tech", "candidature", name, v.Candidature.Territory, "plan de financement", "Cerfa 12156"), ", "), true)
	p.SetCreator("Dossier French Tech", true)
	p.SetProducer("Dossier French Tech (fpdf)", true)
	p.SetLang("fr-FR")

	letters := doc.prepareLetters(v, opt)

	// Plan of the table of contents, known before rendering so that its pages can be reserved.
	var plan []tocLine
	num := 0
	for i := range v.Chapters {
		num++
		if strings.TrimSpace(v.Chapters[i].Title) == "" {
			v.Chapters[i].Title = "Chapitre sans titre"
		}
		plan = append(plan, tocLine{num: strconv.Itoa(num), title: v.Chapters[i].Title})
	}
	generated := []string{"La candidature en bref", "Le territoire et les lieux totem", "L'écosystème en chiffres",
		"Les partenaires", "Le plan d'actions", "Le plan de financement", "Les indicateurs"}
	for _, g := range generated {
		num++
		plan = append(plan, tocLine{num: strconv.Itoa(num), title: g})
	}
	annexes := []string{"Annuaire des acteurs", "Détail du budget", "Lettres de soutien"}
	plan = append(plan, tocLine{heading: true, title: "Annexes"})
	for i, a := range annexes {
		plan = append(plan, tocLine{num: string(rune('A' + i)), title: a})
	}
	for _, l := range letters {
		plan = append(plan, tocLine{title: l.title, level: 1})
	}

	doc.cover(v)
	tocPages := doc.tocPageCount(plan)
	tocStart := p.PageNo() + 1
	doc.header = "Sommaire"
	doc.headerWhere = "sommaire"
	for i := 0; i < tocPages; i++ {
		doc.newPage()
		if i == 0 {
			doc.setFont(faceRegular, bodySize)
			p.Bookmark("Sommaire", 0, marginTop)
			doc.outline = append(doc.outline, outlineEntry{title: "Sommaire", page: p.PageNo()})
		}
	}

	num = 0
	for _, c := range v.Chapters {
		num++
		doc.where = "chapitre « " + c.Title + " »"
		doc.chapterOpening(strconv.Itoa(num), c.Title, true)
		if doc.draft {
			meta := "Statut : " + c.StatusLabel
			if c.Owner != "" {
				meta += " · rédaction : " + c.Owner
			}
			if c.MaxChars > 0 {
				meta += " · " + fr.Int(int64(c.Chars)) + " / " + fr.Int(int64(c.MaxChars)) + " caractères"
			}
			doc.note(frenchTypo(meta))
		}
		doc.markdown(c.Body, marginLeft, doc.contentW(), true)
	}
	sections := []func(*report.View){doc.identity, doc.territory, doc.ecosystem, doc.partners, doc.actions, doc.financing, doc.indicators}
	for i, f := range sections {
		num++
		doc.where = "chapitre « " + generated[i] + " »"
		doc.chapterOpening(strconv.Itoa(num), generated[i], true)
		f(v)
	}
	doc.where = "annexe A (acteurs)"
	doc.chapterOpening("Annexe A", annexes[0], true)
	doc.actorsAnnex(v)
	doc.where = "annexe B (budget)"
	doc.chapterOpening("Annexe B", annexes[1], true)
	doc.budgetAnnex(v)
	doc.where = "annexe C (lettres)"
	doc.chapterOpening("Annexe C", annexes[2], true)
	fpdfPages := p.PageNo()
	doc.lettersAnnex(v, letters, fpdfPages)
	fpdfPages = p.PageNo()

	// Letters' outline entries, pages known in advance.
	next := fpdfPages + 1
	for i := range letters {
		letters[i].page = next
		doc.outline = append(doc.outline, outlineEntry{title: letters[i].title, level: 1, page: next, toc: true})
		next += letters[i].pages
	}
	total := next - 1

	doc.drawTOC(plan, tocStart, tocPages)
	doc.footers(total)
	if err := p.Error(); err != nil {
		return doc.warnings, fmt.Errorf("génération du PDF : %w", err)
	}
	if len(letters) == 0 {
		err := doc.output(w)
		return doc.warnings, err
	}
	// Compress first: pdfcpu then reads and writes 3 MB instead of 15.
	var buf bytes.Buffer
	if err := doc.output(&buf); err != nil {
		return doc.warnings, err
	}
	if err := appendLetters(w, buf.Bytes(), letters, doc.outline, doc.tocLinks, opt.Now, doc.draft); err != nil {
		doc.warn("lettres de soutien : elles n'ont pas pu être ajoutées à la suite du dossier, qui est produit sans elles")
		_, err := w.Write(buf.Bytes())
		return doc.warnings, err
	}
	return doc.warnings, nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

// tocLine is one line of the table of contents.
type tocLine struct {
	num     string
	title   string
	level   int
	heading bool // a label between groups of entries ("Annexes"), with no page
}

const tocRow = 7.2 // mm per table-of-contents line

func (d *doc) tocLineHeight(l tocLine) float64 {
	if l.heading {
		return 11
	}
	st := style{size: 10.5, bold: l.level == 0, color: colText}
	ls := d.m.wrap([]span{{l.title, st}}, d.contentW()-30)
	return tocRow + float64(len(ls)-1)*st.size*ptToMM*1.3
}

// tocPageCount is the number of pages the table of contents takes.
func (d *doc) tocPageCount(plan []tocLine) int {
	pages := 1
	y := marginTop + 28
	saved := d.where
	defer func() { d.where = saved }()
	for _, l := range plan {
		d.where = "sommaire : titre « " + l.title + " »"
		h := d.tocLineHeight(l)
		if y+h > d.bottom() {
			pages++
			y = marginTop + 4
		}
		y += h
	}
	return pages
}

// drawTOC fills the reserved pages with the table of contents, with the pages learnt while rendering.
func (d *doc) drawTOC(plan []tocLine, start, pages int) {
	var entries []outlineEntry
	for _, o := range d.outline {
		if o.toc {
			entries = append(entries, o)
		}
	}
	page := start
	saved := d.where
	defer func() { d.where = saved }()
	d.revisit(page)
	y := marginTop + 2
	d.text(marginLeft, y+10, "Sommaire", style{size: 24, bold: true, color: colNavy})
	d.fillColor(colAccent)
	d.pdf.Rect(marginLeft, y+14, 18, 1.2, "F")
	y += 26
	ei := 0
	for _, l := range plan {
		d.where = "sommaire : titre « " + l.title + " »"
		h := d.tocLineHeight(l)
		if y+h > d.bottom() && page < start+pages-1 {
			d.endRevisit()
			page++
			d.revisit(page)
			y = marginTop + 4
		}
		if l.heading {
			st := style{size: 8.5, bold: true, color: colAccent}
			d.text(marginLeft, y+8, strings.ToUpper(l.title), st)
			d.pdf.RawWriteStr(fmt.Sprintf("%.3f %.3f %.3f RG", float64(colRule.r)/255, float64(colRule.g)/255, float64(colRule.b)/255))
			d.pdf.SetLineWidth(0.2)
			d.pdf.Line(marginLeft+d.textWidth(strings.ToUpper(l.title), st)+3, y+7, pageW-marginRight, y+7)
			y += h
			continue
		}
		e := outlineEntry{}
		if ei < len(entries) {
			e = entries[ei]
		}
		ei++
		x := marginLeft
		st := style{size: 10.5, bold: l.level == 0, color: colText}
		if l.level > 0 {
			x += 12
			st.size = 9.5
		}
		if l.num != "" {
			ns := style{size: 10.5, bold: true, color: colAccent}
			d.text(x, y+4.5, l.num, ns)
			x += 10
		}
		pg := strconv.Itoa(e.page)
		pw := d.textWidth(pg, st)
		tw := pageW - marginRight - x - 14
		ls := d.m.wrap([]span{{l.title, st}}, tw)
		ly := y
		for k, ln := range ls {
			d.drawLine(ln, x, ly, tw, 'L')
			if k == len(ls)-1 {
				// dotted leader
				lx := x + ln.w + 2
				d.pdf.RawWriteStr(fmt.Sprintf("%.3f %.3f %.3f RG", float64(colRule.r)/255, float64(colRule.g)/255, float64(colRule.b)/255))
				d.pdf.SetLineWidth(0.3)
				d.pdf.SetDashPattern([]float64{0.4, 1.2}, 0)
				d.pdf.Line(lx, ly+ln.h/2+1.5, pageW-marginRight-pw-2, ly+ln.h/2+1.5)
				d.pdf.SetDashPattern(nil, 0)
				d.text(pageW-marginRight-pw, ly+ln.h/2+st.size*ptToMM*0.34, pg, st)
			}
			ly += ln.h
		}
		if e.link != 0 {
			d.pdf.Link(marginLeft, y, d.contentW(), h, e.link)
		} else if e.page > 0 {
			// letters: their pages are appended by pdfcpu, which adds this link then.
			d.tocLinks = append(d.tocLinks, tocLink{page: page, x: marginLeft, y: y, w: d.contentW(), h: h, target: e.page})
		}
		y += h
	}
	d.endRevisit()
}

// chapterOpening starts a chapter on a new page: number, title, accent rule, bookmark and TOC entry.
func (d *doc) chapterOpening(num, title string, toc bool) {
	d.header = num + " · " + title
	d.headerWhere = "titre du chapitre « " + title + " »"
	if strings.HasPrefix(num, "Annexe") {
		d.header = num + " — " + title
	}
	d.newPage()
	d.y = marginTop + 6
	d.bookmark(title, 0, toc)
	d.text(marginLeft, d.y+5, strings.ToUpper(num), style{size: 11, bold: true, color: colAccent})
	d.y += 9
	st := style{size: 22, bold: true, color: colNavy}
	d.m.leading = 1.2
	ls := d.m.wrap([]span{{title, st}}, d.contentW())
	d.m.leading = 1.45
	for _, l := range ls {
		d.drawLine(l, marginLeft, d.y, d.contentW(), 'L')
		d.y += l.h
	}
	d.fillColor(colAccent)
	d.pdf.Rect(marginLeft, d.y+2, 18, 1.2, "F")
	d.y += 9
}

// sub draws a sub-heading inside a generated chapter (level-1 bookmark).
func (d *doc) sub(title string) {
	st := style{size: 12.5, bold: true, color: colNavy}
	ls := d.m.wrap([]span{{title, st}}, d.contentW())
	d.y += 3
	d.space(height(ls) + 28) // keep the heading with what follows
	d.subBookmark(title)
	for _, l := range ls {
		d.drawLine(l, marginLeft, d.y, d.contentW(), 'L')
		d.y += l.h
	}
	d.y += 2
}

// note draws a small muted paragraph.
func (d *doc) note(s string) {
	d.para([]span{{s, style{size: 8.5, italic: true, color: colMuted}}}, marginLeft, d.contentW(), 'L')
	d.y += 2
}

func (d *doc) text1(s string) {
	d.para([]span{{frenchTypo(s), bodyStyle}}, marginLeft, d.contentW(), 'J')
	d.y += 2
}

func euros(c dossier.Cents) string { return fr.WholeEuros(int64(c)) }

// wholeEuros prints e whole euros ("1 234 €").
func wholeEuros(e int64) string { return fr.WholeEuros(e * 100) }

// wholeEurosOrDash prints "–" for zero.
func wholeEurosOrDash(e int64) string {
	if e == 0 {
		return "–"
	}
	return wholeEuros(e)
}

// eurosOrDash prints "–" for zero.
func eurosOrDash(c dossier.Cents) string {
	if c == 0 {
		return "–"
	}
	return euros(c)
}
