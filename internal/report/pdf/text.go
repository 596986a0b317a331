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
	nw    int     // words added while laying out (wrap)
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

// words splits spans into words, measuring each frag. A frag's text is a substring of its span's text unless
// a character had to be replaced; frags are carved from shared chunks, so a long text costs a few
// allocations per thousand words, not several per word.
func (m *measurer) words(spans []span) []word {
	n := 0
	for _, s := range spans {
		n += len(s.text)
	}
	out := make([]word, 0, n/16+1) // French text has about one word per 6 bytes: one or two growths
	chunkCap := min(32, n/8+1)     // chunks double up to 256 frags, so short texts allocate little
	var cur word
	var fb strings.Builder // frag text when a character was replaced
	var chunk []frag       // backing store of the words' frags
	var curFace *face
	var curSt style
	var curW int
	var src string     // text of the span being read
	start, end := 0, 0 // the current frag is src[start:end] unless replaced
	replaced := false
	flushFrag := func() {
		text := src[start:end]
		if replaced {
			text = fb.String()
			fb.Reset()
		}
		if text != "" {
			w := mm(curW, curSt.size)
			f := frag{text: text, f: curFace, st: curSt, w: w}
			if len(cur.frags) == 0 {
				if len(chunk) == cap(chunk) {
					chunk = make([]frag, 0, chunkCap)
					chunkCap = min(256, 2*chunkCap)
				}
				chunk = append(chunk, f)
				cur.frags = chunk[len(chunk)-1 : len(chunk) : len(chunk)] // appending to it reallocates
			} else {
				cur.frags = append(cur.frags, f)
			}
			cur.w += w
			curW = 0
		}
		start, replaced = end, false
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
		src = s.text
		start, end, replaced = 0, 0, false
		for i, r := range s.text {
			size := utf8.RuneLen(r)
			if r == utf8.RuneError {
				_, size = utf8.DecodeRuneInString(s.text[i:])
			}
			switch {
			case r == '\n' || r == '\u2028' || r == '\u2029':
				flushWord(0, true)
				start, end = i+size, i+size
				continue
			case isBreakSpace(r):
				f := textFace(s.st.bold, s.st.italic)
				w, _ := f.width(' ')
				flushWord(mm(w, s.st.size), false)
				start, end = i+size, i+size
				continue
			case invisible(r):
				m.replaceFrom(&fb, &replaced, src[start:end])
				end = i + size
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
				start, end = i, i
				curFace, curSt = f, s.st
			}
			w, _ := f.width(dr)
			curW += w
			if dr != r || (r == replacement && s.text[i:i+size] != string(replacement)) {
				m.replaceFrom(&fb, &replaced, src[start:end])
			}
			if replaced {
				fb.WriteRune(dr)
			}
			end = i + size
		}
		flushFrag()
	}
	flushWord(0, false)
	return out
}

// replaceFrom switches the current frag to the builder (once), starting with the text read so far.
func (m *measurer) replaceFrom(fb *strings.Builder, replaced *bool, sofar string) {
	if !*replaced {
		fb.Reset()
		fb.WriteString(sofar)
		*replaced = true
	}
}

// wrap lays spans out in lines at most width mm wide. Words wider than the line are cut between characters,
// preferably after / . @ - _ ? & = (URLs, e-mails, identifiers).
func (m *measurer) wrap(spans []span, width float64) []line {
	ws := m.words(spans)
	var lines []line
	var cur line
	var x float64
	// Every line's words are a window of one slice (a line per word would otherwise grow its own).
	all := make([]word, 0, len(ws))
	lineStart := 0
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
		cur.words = all[lineStart:len(all):len(all)]
		lineStart = len(all)
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
		all = append(all, w)
		cur.nw++
		cur.w = x + w.w
		x = cur.w + w.space
	}
	for _, w := range ws {
		if len(w.frags) > 0 {
			if cur.nw > 0 && x+w.w > width+1e-6 {
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
	if cur.nw > 0 || len(lines) == 0 {
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

// cutWord cuts w into pieces no wider than width (at least one character each); the last piece keeps w's
// trailing space and break. A cut falls preferably after one of / . @ - _ ? & = , ; : in the second half of
// the piece. Pieces are substrings of w's frags: a 10 MB word without spaces costs no per-character
// allocation.
func cutWord(w word, width float64) []word {
	var out []word
	var cur word
	for _, f := range w.frags {
		text := f.text
		start := 0    // byte offset of the piece being measured in text
		pieceW := 0.0 // width of text[start:i]
		sepAt := -1   // byte offset just after the last separator in the piece, -1 = none
		sepW := 0.0   // width of text[start:sepAt]
		var runes, sepRunes int
		for i, r := range text {
			wd, _ := f.f.width(r)
			rw := mm(wd, f.st.size)
			if cur.w+pieceW+rw > width+1e-6 && cur.w+pieceW > 0 {
				cut, cutW := i, pieceW
				if sepAt > start && sepRunes > runes/2 && sepRunes > 1 && cur.w == 0 {
					cut, cutW = sepAt, sepW
				}
				if cut > start {
					cur.frags = append(cur.frags, frag{text: text[start:cut], f: f.f, st: f.st, w: cutW})
					cur.w += cutW
				}
				out = append(out, cur)
				cur = word{}
				pieceW -= cutW
				if cut == i {
					runes = 0
				} else {
					runes -= sepRunes // the characters after the separator begin the next piece
				}
				start, sepAt, sepRunes = cut, -1, 0
			}
			pieceW += rw
			runes++
			if strings.ContainsRune("/.@-_?&=,;:", r) {
				sepAt, sepW, sepRunes = i+utf8.RuneLen(r), pieceW, runes
			}
		}
		if start < len(text) {
			cur.frags = append(cur.frags, frag{text: text[start:], f: f.f, st: f.st, w: pieceW})
			cur.w += pieceW
		}
	}
	if len(cur.frags) > 0 || len(out) == 0 {
		out = append(out, cur)
	}
	out[len(out)-1].space = w.space
	out[len(out)-1].brk = w.brk
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
