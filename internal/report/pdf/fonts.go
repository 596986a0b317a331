package pdf

import (
	"math"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"dossierft/internal/report/pdf/fonts"
)

// The embedded fonts (package fonts, see fonts/SOURCE.md): Noto Sans in four styles for the text, DejaVu Sans
// as the fallback for characters Noto Sans lacks.
var (
	notoRegular    = fonts.NotoSansRegular
	notoBold       = fonts.NotoSansBold
	notoItalic     = fonts.NotoSansItalic
	notoBoldItalic = fonts.NotoSansBoldItalic
	dejavu         = fonts.DejaVuSans
)

// Font family names registered with fpdf.
const (
	famText     = "NotoSans"
	famFallback = "DejaVuSans"
)

// face is one font file: its fpdf family and style, and the glyph coverage and advance widths read with
// golang.org/x/image/font/sfnt (so that text can be measured without touching the fpdf state).
type face struct {
	family, style string
	data          []byte

	once  sync.Once
	font  *sfnt.Font
	upem  float64
	fixed [0x3000]int16 // widths in 1/1000 em for U+0000–U+2FFF; -1 = no glyph, -2 = not looked up yet
	mu    sync.Mutex
	other map[rune]int16 // other code points, looked up on demand
}

var (
	faceRegular    = &face{family: famText, style: "", data: notoRegular}
	faceBold       = &face{family: famText, style: "B", data: notoBold}
	faceItalic     = &face{family: famText, style: "I", data: notoItalic}
	faceBoldItalic = &face{family: famText, style: "BI", data: notoBoldItalic}
	faceFallback   = &face{family: famFallback, style: "", data: dejavu}
	allFaces       = []*face{faceRegular, faceBold, faceItalic, faceBoldItalic, faceFallback}
)

func textFace(bold, italic bool) *face {
	switch {
	case bold && italic:
		return faceBoldItalic
	case bold:
		return faceBold
	case italic:
		return faceItalic
	}
	return faceRegular
}

func (f *face) load() {
	f.once.Do(func() {
		ft, err := sfnt.Parse(f.data)
		if err != nil {
			panic("pdf: embedded font " + f.family + f.style + ": " + err.Error())
		}
		f.font = ft
		f.upem = float64(ft.UnitsPerEm())
		f.other = map[rune]int16{}
		var buf sfnt.Buffer
		for r := range f.fixed {
			f.fixed[r] = -2
		}
		// Pre-compute the ranges every French text uses, so the common path needs no lock.
		for _, rg := range [][2]rune{{0x20, 0x250}, {0x2000, 0x2070}, {0x20a0, 0x20c0}} {
			for r := rg[0]; r < rg[1]; r++ {
				f.fixed[r] = f.lookup(&buf, r)
			}
		}
	})
}

func (f *face) lookup(buf *sfnt.Buffer, r rune) int16 {
	gi, err := f.font.GlyphIndex(buf, r)
	if err != nil || gi == 0 {
		return -1
	}
	adv, err := f.font.GlyphAdvance(buf, gi, fixed.I(int(f.upem)), font.HintingNone)
	if err != nil {
		return -1
	}
	return int16(math.Round(float64(adv) / 64 * 1000 / f.upem))
}

// width returns the advance of r in 1/1000 em and whether the face has a glyph for it.
func (f *face) width(r rune) (int, bool) {
	f.load()
	if r >= 0 && r < rune(len(f.fixed)) {
		if w := f.fixed[r]; w >= -1 {
			return int(w), w >= 0
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	w, ok := f.other[r]
	if !ok {
		if r > 0xffff {
			w = -1 // fpdf's UTF-8 fonts map the Basic Multilingual Plane only
		} else {
			var buf sfnt.Buffer
			w = f.lookup(&buf, r)
		}
		f.other[r] = w
	}
	return int(w), w >= 0
}

// has reports whether f has a glyph for r.
func (f *face) has(r rune) bool {
	_, ok := f.width(r)
	return ok
}
