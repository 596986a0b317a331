package pdf

import (
	"bytes"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"dossierft/internal/report"
)

// letter is a letter of support that pdfcpu could read, with its page count and (once known) first page.
type letter struct {
	report.Letter
	title string
	pages int
	page  int
}

func pdfcpuConf() *model.Configuration {
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	conf.Offline = true
	conf.CreateBookmarks = false
	conf.WriteObjectStream = false
	conf.WriteXRefStream = false
	conf.OptimizeBeforeWriting = false
	return conf
}

// prepareLetters counts the pages of every stored letter with pdfcpu; unreadable ones are named in a warning
// and left out of the merge (their row in annex C says so).
func (d *doc) prepareLetters(v *report.View, opt Options) []letter {
	if opt.NoLetters {
		return nil
	}
	var out []letter
	for _, l := range v.Letters {
		n, err := api.PageCount(bytes.NewReader(l.Data), pdfcpuConf())
		if err == nil && n > 0 {
			// A full read as well: the merge must not fail half-way.
			_, err = api.ReadAndValidate(bytes.NewReader(l.Data), pdfcpuConf())
		}
		if err != nil || n == 0 {
			d.warn("%s", letterProblem(l, err))
			continue
		}
		title := "Lettre de soutien — " + firstNonEmpty(l.Partner, l.FileName)
		out = append(out, letter{Letter: l, title: title, pages: n})
	}
	return out
}

// letterProblem is the French warning for a letter that cannot be appended: err is pdfcpu's (English,
// never shown), nil when the file has no page.
func letterProblem(l report.Letter, err error) string {
	who := "la lettre de soutien"
	if l.Partner != "" {
		who += " de « " + l.Partner + " »"
	}
	who += " (fichier « " + l.FileName + " »)"
	switch {
	case err == nil:
		return who + " ne contient aucune page : elle n'a pas été jointe"
	case strings.Contains(strings.ToLower(err.Error()), "encrypt") || strings.Contains(strings.ToLower(err.Error()), "password"):
		return who + " est protégée par un mot de passe : elle n'a pas été jointe (enregistrez-la sans protection)"
	}
	return who + " n'est pas un PDF lisible : elle n'a pas été jointe"
}

// lettersAnnex lists the letters with the page where each starts (pages after the fpdf part, known in
// advance from the page counts).
func (d *doc) lettersAnnex(v *report.View, ls []letter, fpdfPages int) {
	joined := map[int64]int{}
	next := fpdfPages + 1
	for _, l := range ls {
		joined[l.AttachmentID] = next
		next += l.pages
	}
	d.text1("Les lettres de soutien reçues sont reproduites à la suite de cette page, dans l'ordre ci-dessous.")
	t := &table{size: 8.5, zebra: true, cols: []tcol{{"Partenaire", 70, 'L'}, {"Lettre", 60, 'L'}, {"Page", 20, 'R'}}}
	t.scale(d.contentW())
	t.closedCol(2)
	for _, p := range v.Partners {
		status := p.LetterLabel
		page := "–"
		for _, l := range v.Letters {
			if l.PartnerID == p.ID {
				if pg, ok := joined[l.AttachmentID]; ok {
					page = strconv.Itoa(pg)
				} else {
					status += " — fichier illisible, non joint"
				}
			}
		}
		t.rows = append(t.rows, trow{cells: [][]span{t.bold(p.Name), t.cell(status), t.cell(page)}})
	}
	for _, l := range v.Letters {
		if l.PartnerID == 0 {
			page := "–"
			if pg, ok := joined[l.AttachmentID]; ok {
				page = strconv.Itoa(pg)
			}
			t.rows = append(t.rows, trow{cells: [][]span{t.bold(l.FileName), t.cell("Lettre jointe"), t.cell(page)}})
		}
	}
	if len(t.rows) > 0 {
		d.table(t, marginLeft)
	}
}

// appendLetters merges the fpdf output and the letters with pdfcpu, rewrites the outline (bookmarks of the
// fpdf part plus one per letter) and writes the result to w. pdfcpu stamps the current time and a random
// file ID; both are replaced with values derived from now and the content, so equal input gives equal bytes.
//
// The appended pages get the same "page X / N" footer as the others and, for a draft, the "PROJET"
// watermark, stamped with pdfcpu (vector outlines of Noto glyphs, see stamp.go).
func appendLetters(w io.Writer, main []byte, ls []letter, outline []outlineEntry, links []tocLink, now time.Time, draft bool) error {
	conf := pdfcpuConf()
	// The fpdf part is ours: read it without the (slow) full validation.
	ctx, err := api.ReadContext(bytes.NewReader(main), conf)
	if err != nil {
		return err
	}
	if err := ctx.EnsurePageCount(); err != nil {
		return err
	}
	ctx.EnsureVersionForWriting()
	for i, l := range ls {
		src, err := api.ReadAndValidate(bytes.NewReader(l.Data), conf)
		if err != nil {
			return fmt.Errorf("lettre « %s » : %w", l.FileName, err)
		}
		if err := pdfcpu.MergeXRefTables(strconv.Itoa(i), src, ctx, false, false); err != nil {
			return fmt.Errorf("lettre « %s » : %w", l.FileName, err)
		}
	}
	if err := stampLetterPages(ctx, ls, draft); err != nil {
		return err
	}
	if len(links) > 0 {
		m := map[int][]model.AnnotationRenderer{}
		for _, l := range links {
			k := 72 / 25.4
			r := types.NewRectangle(l.x*k, (pageH-l.y-l.h)*k, (l.x+l.w)*k, (pageH-l.y)*k)
			m[l.page] = append(m[l.page], model.NewLinkAnnotation(*r, 0, "", "", "", 0, nil,
				&model.Destination{Typ: model.DestFit, PageNr: l.target}, "", nil, false, 0, model.BSSolid))
		}
		if _, err := pdfcpu.AddAnnotationsMap(ctx, m, false); err != nil {
			return err
		}
	}
	if bms := bookmarkTree(outline); len(bms) > 0 {
		// pdfcpu names each bookmark's destination after its title, in one name tree: two equal titles
		// ("Charges" in the financing plan and in annex B) give a duplicate key that strict validation
		// rejects. Titles are made unique for pdfcpu, then the outline items get their own titles back.
		titles := uniqueTitles(bms)
		if err := pdfcpu.AddBookmarks(ctx, bms, true); err != nil {
			return err
		}
		if err := restoreTitles(ctx, titles); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	if err := api.WriteContext(ctx, &buf); err != nil {
		return err
	}
	out := fixStamps(buf.Bytes(), now, main, ls)
	if c, err := canonical(out, true); err == nil {
		out = c
	}
	_, err = w.Write(out)
	return err
}

// bookmarkTree turns the flat outline (levels 0 and 1) into pdfcpu's tree.
func bookmarkTree(outline []outlineEntry) []pdfcpu.Bookmark {
	var top []pdfcpu.Bookmark
	for _, o := range outline {
		b := pdfcpu.Bookmark{Title: o.title, PageFrom: o.page}
		if o.level == 0 || len(top) == 0 {
			top = append(top, b)
			continue
		}
		top[len(top)-1].Kids = append(top[len(top)-1].Kids, b)
	}
	return top
}

// uniqueTitles makes the titles of bms unique (" (2)", " (3)"… after a repeated title), depth first, and
// returns the original titles in that order.
func uniqueTitles(bms []pdfcpu.Bookmark) []string {
	var orig []string
	seen := map[string]int{}
	var walk func(bs []pdfcpu.Bookmark)
	walk = func(bs []pdfcpu.Bookmark) {
		for i := range bs {
			orig = append(orig, bs[i].Title)
			seen[bs[i].Title]++
			if n := seen[bs[i].Title]; n > 1 {
				bs[i].Title += " (" + strconv.Itoa(n) + ")"
				for seen[bs[i].Title] > 0 { // a title that already ends in " (2)"
					bs[i].Title += "'"
				}
				seen[bs[i].Title]++
			}
			walk(bs[i].Kids)
		}
	}
	walk(bms)
	return orig
}

// restoreTitles sets the Title of every outline item, depth first, to titles[i].
func restoreTitles(ctx *model.Context, titles []string) error {
	root, err := ctx.DereferenceDict(ctx.RootDict["Outlines"])
	if err != nil || root == nil {
		return err
	}
	i := 0
	var walk func(first types.Object) error
	walk = func(first types.Object) error {
		for it := first; it != nil; {
			d, err := ctx.DereferenceDict(it)
			if err != nil || d == nil {
				return err
			}
			if i < len(titles) {
				s, err := types.EscapedUTF16String(titles[i])
				if err != nil {
					return err
				}
				d["Title"] = types.StringLiteral(*s)
			}
			i++
			if err := walk(d["First"]); err != nil {
				return err
			}
			it = d["Next"]
		}
		return nil
	}
	return walk(root["First"])
}

// fixStamps replaces pdfcpu's time stamps (CreationDate/ModDate written as "now") with now, and the file ID
// with an MD5 of the inputs. Replacements have the same length, so the cross-reference offsets stay valid.
func fixStamps(pdf []byte, now time.Time, main []byte, ls []letter) []byte {
	want := []byte(types.DateString(now.In(time.Local)))
	for _, m := range dateRe.FindAllSubmatchIndex(pdf, -1) {
		if m[3]-m[2] == len(want) {
			copy(pdf[m[2]:m[3]], want)
		}
	}
	h := md5.New()
	h.Write(main)
	for _, l := range ls {
		h.Write(l.Data)
	}
	id := []byte(hex.EncodeToString(h.Sum(nil)))
	if m := idRe.FindSubmatchIndex(pdf); m != nil {
		copy(pdf[m[2]:m[3]], id)
		copy(pdf[m[4]:m[5]], id)
	}
	return pdf
}

var (
	dateRe = regexp.MustCompile(`/(?:CreationDate|ModDate)\s*\((D:[^)]*)\)`)
	idRe   = regexp.MustCompile(`/ID\s*\[\s*<([0-9a-fA-F]{32})>\s*<([0-9a-fA-F]{32})>\s*\]`)
)

// stampLetterPages adds the footer (and the draft watermark) to the pages of the appended letters, drawn
// as outlines of the embedded font (see stamp.go).
func stampLetterPages(ctx *model.Context, ls []letter, draft bool) error {
	if len(ls) == 0 {
		return nil
	}
	total := ls[len(ls)-1].page + ls[len(ls)-1].pages - 1
	for _, l := range ls {
		for p := l.page; p < l.page+l.pages; p++ {
			_, _, inh, err := ctx.PageDict(p, false)
			if err != nil {
				return err
			}
			pw, ph, llx, lly, rot := pageW*72/25.4, pageH*72/25.4, 0.0, 0.0, 0
			if inh != nil && inh.MediaBox != nil {
				mb := inh.MediaBox
				pw, ph, llx, lly = mb.Width(), mb.Height(), mb.LL.X, mb.LL.Y
			}
			if inh != nil {
				rot = ((inh.Rotate % 360) + 360) % 360
			}
			// Draw in the page as displayed: undo its /Rotate (clockwise) with a matrix from displayed to
			// content coordinates.
			m := "1 0 0 1 0 0"
			switch rot {
			case 90:
				m = fmt.Sprintf("0 1 -1 0 %.2f 0", pw)
				pw, ph = ph, pw
			case 180:
				m = fmt.Sprintf("-1 0 0 -1 %.2f %.2f", pw, ph)
			case 270:
				m = fmt.Sprintf("0 -1 1 0 0 %.2f", ph)
				pw, ph = ph, pw
			}
			content := append([]byte(fmt.Sprintf("q 1 0 0 1 %.2f %.2f cm %s cm\n", llx, lly, m)), letterStamp(p, total, pw, ph, draft)...)
			content = append(content, "Q\n"...)
			if err := stampPage(ctx, p, content); err != nil {
				return err
			}
		}
	}
	return nil
}
