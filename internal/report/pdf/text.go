package pdf

import (
	"strings"
	"unicode/utf8"
)

// ptToMM converts points to millimetres.
const ptToMM = 25.4 / 72

// rgb is a colour.
type rgb struct{ r, g, b int }

// style is how a run of text is drawn.
type style struct {
	size      float64 // points
	bold      bool
	italic    bool
	color     rgb
	link      string // external URL, "" = none
	linkID    int    // internal fpdf link, 0 = none
	underline bool
}

// span is a run of text in one style; text may contain '\n' (hard line break).
type span struct {
	text string
	st   style
}

// frag is a drawable piece of a word: one face, one style.
type frag struct {
	text string
	f    *face
	st   style
	w    float64 // mm
}

// word is a sequence of frags with no breakable space inside; space is the width of the breakable space
// that follows it (0 at a span end without space), brk a hard line break after it.
type word struct {
	frags []frag
	w     float64
	space float64
	brk   bool
}

// line is one laid-out line.
type line struct {
	words []word
	w     float64 // natural width without trailing space
	h     float64 // line height, mm
	size  float64 // largest font size on the line, pt
	last  bool    // last line of its paragraph (or before a hard break): not justified
}

// replacement is drawn for a character no embedded font has (U+25A1 WHITE SQUARE, in DejaVu Sans).
const replacement = '\u25a1'

// measurer lays text out. It reports characters that no font has through missing.
type measurer struct {
	leading float64 // line height / font size
	missing func(r rune)
}

func mm(w1000 int, size float64) float64 { return float64(w1000) * size / 1000 * ptToMM }

// resolve returns the face to draw r with in st, and the rune to draw (replacement when none has it).
func (m *measurer) resolve(r rune, st style) (*face, rune) {
	f := textFace(st.bold, st.italic)
	if r < 0x250 && r >= 0x20 && r != 0x7f && (r < 0x80 || r >= 0xa0) {
		return f, r // Latin: Noto Sans has every one
	}
	if f.has(r) {
		return f, r
	}
	if faceFallback.has(r) {
		return faceFallback, r
	}
	if m.missing != nil {
		m.missing(r)
	}
	return faceFallback, replacement
}

// isBreakSpace reports whether r is a space where a line may break (not U+00A0, U+202F, U+2007).
func isBreakSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\u2002', '\u2003', '\u2009', '\u200a', '\u3000':
		return true
	}
	return false
}

// invisible reports characters dropped from drawing because they have no visible form of their own.
func invisible(r rune) bool {
	switch r {
	case '\r', '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// words splits spans into words, measuring each frag.
func (m *measurer) words(spans []span) []word {
	var out []word
	var cur word
	var fb strings.Builder
	var curFace *face
	var curSt style
	var curW int
	flushFrag := func() {
		if fb.Len() > 0 {
			w := mm(curW, curSt.size)
			cur.frags = append(cur.frags, frag{text: fb.String(), f: curFace, st: curSt, w: w})
			cur.w += w
			fb.Reset()
			curW = 0
		}
	}
	flushWord := func(space float64, brk bool) {
		flushFrag()
		if len(cur.frags) == 0 {
			// repeated spaces collapse into the previous word's space; a hard break stays
			if brk {
				out = append(out, word{brk: true})
			}
			cur = word{}
			return
		}
		cur.space = space
		cur.brk = brk
		out = append(out, cur)
		cur = word{}
	}
	for _, s := range spans {
		for _, r := range s.text {
			switch {
			case r == '\n' || r == '\u2028' || r == '\u2029':
				flushWord(0, true)
				continue
			case isBreakSpace(r):
				f := textFace(s.st.bold, s.st.italic)
				w, _ := f.width(' ')
				flushWord(mm(w, s.st.size), false)
				continue
			case invisible(r):
				continue
			case r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0xfffe || r == 0xffff || r == utf8.RuneError:
				if m.missing != nil {
					m.missing(r)
				}
				r = replacement
			}
			f, dr := m.resolve(r, s.st)
			if f != curFace || s.st != curSt {
				flushFrag()
				curFace, curSt = f, s.st
			}
			w, _ := f.width(dr)
			curW += w
			fb.WriteRune(dr)
		}
		flushFrag()
	}
	flushWord(0, false)
	return out
}

// wrap lays spans out in lines at most width mm wide. Words wider than the line are cut between characters,
// preferably after / . @ - _ ? & = (URLs, e-mails, identifiers).
func (m *measurer) wrap(spans []span, width float64) []line {
	ws := m.words(spans)
	var lines []line
	var cur line
	var x float64
	lead := m.leading
	if lead == 0 {
		lead = 1.4
	}
	finish := func(last bool) {
		if cur.size == 0 {
			cur.size = spansSize(spans)
		}
		cur.h = cur.size * ptToMM * lead
		cur.last = last
		lines = append(lines, cur)
		cur = line{}
		x = 0
	}
	add := func(w word) {
		for _, f := range w.frags {
			if f.st.size > cur.size {
				cur.size = f.st.size
			}
		}
		cur.words = append(cur.words, w)
		cur.w = x + w.w
		x = cur.w + w.space
	}
	for _, w := range ws {
		if len(w.frags) > 0 {
			if len(cur.words) > 0 && x+w.w > width+1e-6 {
				finish(false)
			}
			if w.w > width+1e-6 {
				// Cut the word into pieces that fit.
				pieces := cutWord(w, width) // the line is empty here: x == 0
				for i, p := range pieces {
					if i > 0 {
						finish(false)
					}
					add(p)
				}
			} else {
				add(w)
			}
		}
		if w.brk {
			finish(true)
		}
	}
	if len(cur.words) > 0 || len(lines) == 0 {
		finish(true)
	} else if len(lines) > 0 {
		lines[len(lines)-1].last = true
	}
	return lines
}

func spansSize(spans []span) float64 {
	s := 0.0
	for _, sp := range spans {
		if sp.st.size > s {
			s = sp.st.size
		}
	}
	if s == 0 {
		s = 10
	}
	return s
}

// cutWord cuts w into pieces no wider than width; the last piece keeps w's trailing space and break.
func cutWord(w word, width float64) []word {
	type rr struct {
		r  rune
		f  *face
		st style
		w  float64
	}
	var rs []rr
	for _, f := range w.frags {
		for _, r := range f.text {
			wd, _ := f.f.width(r)
			rs = append(rs, rr{r, f.f, f.st, mm(wd, f.st.size)})
		}
	}
	var out []word
	limit := width
	for len(rs) > 0 {
		acc := 0.0
		n := 0
		for n < len(rs) && acc+rs[n].w <= limit+1e-6 {
			acc += rs[n].w
			n++
		}
		if n == 0 {
			n = 1
		}
		if n < len(rs) {
			// prefer a cut after a separator in the second half of the piece
			for k := n; k > n/2 && k > 1; k-- {
				if strings.ContainsRune("/.@-_?&=,;:", rs[k-1].r) {
					n = k
					break
				}
			}
		}
		var pw word
		var sb strings.Builder
		var cf *face
		var cs style
		var cw float64
		flush := func() {
			if sb.Len() > 0 {
				pw.frags = append(pw.frags, frag{text: sb.String(), f: cf, st: cs, w: cw})
				pw.w += cw
				sb.Reset()
				cw = 0
			}
		}
		for _, c := range rs[:n] {
			if c.f != cf || c.st != cs {
				flush()
				cf, cs = c.f, c.st
			}
			sb.WriteRune(c.r)
			cw += c.w
		}
		flush()
		out = append(out, pw)
		rs = rs[n:]
	}
	if len(out) > 0 {
		out[len(out)-1].space = w.space
		out[len(out)-1].brk = w.brk
	}
	return out
}

// height returns the total height of lines.
func height(ls []line) float64 {
	h := 0.0
	for _, l := range ls {
		h += l.h
	}
	return h
}

// plain joins spans' text (for warnings and tests).
func plain(spans []span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.text)
	}
	return b.String()
}
