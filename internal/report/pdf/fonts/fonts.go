// Package fonts holds the TrueType fonts embedded in the PDFs the application writes (the dossier and
// partner review PDFs of internal/report/pdf, the sample's letters of support in internal/sample), as byte
// slices ready for fpdf's AddUTF8FontFromBytes. The files sit next to this source with their licences;
// SOURCE.md says where they come from. The package imports nothing, so any package may use it without an
// import cycle. The slices are shared: callers must not modify them.
package fonts

import _ "embed"

// NotoSansRegular is Noto Sans Regular (TrueType, SIL OFL 1.1, see OFL-1.1.txt): Latin, Greek, Cyrillic,
// general punctuation (U+2000–U+2064, including U+202F) and currency signs (€).
//
//go:embed NotoSans-Regular.ttf
var NotoSansRegular []byte

// NotoSansBold is Noto Sans Bold (TrueType, SIL OFL 1.1), same coverage as NotoSansRegular.
//
//go:embed NotoSans-Bold.ttf
var NotoSansBold []byte

// NotoSansItalic is Noto Sans Italic (TrueType, SIL OFL 1.1), same coverage as NotoSansRegular.
//
//go:embed NotoSans-Italic.ttf
var NotoSansItalic []byte

// NotoSansBoldItalic is Noto Sans Bold Italic (TrueType, SIL OFL 1.1), same coverage as NotoSansRegular.
//
//go:embed NotoSans-BoldItalic.ttf
var NotoSansBoldItalic []byte

// DejaVuSans is DejaVu Sans (TrueType, Bitstream Vera licence and public-domain changes, see
// DejaVu-LICENSE.txt), the fallback for characters Noto Sans lacks (arrows, symbols, box drawing, □).
//
//go:embed DejaVuSans.ttf
var DejaVuSans []byte
