package imports

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Kind is what a file's first bytes say it is.
type Kind string

// File kinds recognised by Sniff.
const (
	KindEmpty  Kind = "empty"  // no bytes, or only a byte-order mark and white space
	KindText   Kind = "text"   // delimited text (CSV, TSV…)
	KindZIP    Kind = "zip"    // a ZIP archive: XLSX, ODS or anything else zipped
	KindCFB    Kind = "cfb"    // an OLE compound file: encrypted OOXML workbook or legacy .xls
	KindBinary Kind = "binary" // anything else that is not text (PDF, image, executable…)
)

// Encoding is a text encoding detected by Sniff. The values are stable codes; Label gives the French name.
type Encoding string

// Encodings recognised by Sniff.
const (
	EncUTF8        Encoding = "utf-8"        // UTF-8 without byte-order mark (also plain ASCII)
	EncUTF8BOM     Encoding = "utf-8-bom"    // UTF-8 with EF BB BF (Excel "CSV UTF-8")
	EncUTF16LE     Encoding = "utf-16le"     // UTF-16 little endian (with FF FE, or detected from NUL bytes)
	EncUTF16BE     Encoding = "utf-16be"     // UTF-16 big endian (with FE FF, or detected from NUL bytes)
	EncWindows1252 Encoding = "windows-1252" // Windows-1252 (French Excel "CSV (séparateur : point-virgule)")
)

// Label returns the French name of the encoding, for the preview and the summary.
func (e Encoding) Label() string {
	switch e {
	case EncUTF8:
		return "UTF-8"
	case EncUTF8BOM:
		return "UTF-8 avec BOM"
	case EncUTF16LE:
		return "UTF-16 LE"
	case EncUTF16BE:
		return "UTF-16 BE"
	case EncWindows1252:
		return "Windows-1252 (Europe occidentale)"
	}
	return string(e)
}

// decoder returns the x/text decoder of e, or nil when the bytes are UTF-8 already.
func (e Encoding) decoder() *encoding.Decoder {
	switch e {
	case EncUTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder()
	case EncUTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder()
	case EncWindows1252:
		return charmap.Windows1252.NewDecoder()
	}
	return nil
}

// Delimiters are the field separators Sniff chooses from, in tie-break order (French Excel's ";" first).
var Delimiters = []rune{';', '\t', ',', '|'}

// DelimiterLabel returns the French name of a delimiter: "point-virgule", "tabulation", "virgule", "barre
// verticale", or the character itself.
func DelimiterLabel(d rune) string {
	switch d {
	case ';':
		return "point-virgule"
	case '\t':
		return "tabulation"
	case ',':
		return "virgule"
	case '|':
		return "barre verticale"
	}
	return string(d)
}

// Sniffed is what Sniff found in the head of a file.
type Sniffed struct {
	Kind      Kind     // what the file is
	Encoding  Encoding // text encoding (KindText only)
	BOMLen    int      // bytes of byte-order mark to skip (KindText only)
	Delimiter rune     // field separator (KindText only): one of Delimiters
	SepLine   bool     // the first line is Excel's "sep=X" hint, which gives Delimiter and is not data
	CROnly    bool     // lines end with a lone CR (Excel for Mac's "CSV (Macintosh)"), read as LF
	What      string   // for KindBinary: a French description such as "un document PDF"
}

// SniffSize is how many bytes of the head Sniff looks at (64 KiB).
const SniffSize = 64 << 10

// binary signatures recognised by Sniff, with their French description.
var signatures = []struct {
	magic []byte
	what  string
}{
	{[]byte("%PDF"), "un document PDF"},
	{[]byte("\x89PNG"), "une image PNG"},
	{[]byte("\xff\xd8\xff"), "une image JPEG"},
	{[]byte("GIF8"), "une image GIF"},
	{[]byte("\x7fELF"), "un programme (ELF)"},
	{[]byte("MZ"), "un programme Windows"},
	{[]byte("\x1f\x8b"), "une archive gzip"},
	{[]byte("Rar!"), "une archive RAR"},
	{[]byte("7z\xbc\xaf"), "une archive 7-Zip"},
	{[]byte("{\\rtf"), "un document RTF"},
	{[]byte("SQLite format 3\x00"), "une base SQLite"},
}

// Sniff looks at the head of a file (up to SniffSize bytes are used) and says what it is: empty, ZIP, OLE
// compound file, binary, or text with its encoding and delimiter. Encoding rules, in order: a byte-order mark
// (UTF-8, UTF-16 LE/BE); NUL bytes at odd or even positions in at least 30 % of the pairs → UTF-16 without
// BOM; other NUL bytes → binary; valid UTF-8 (ignoring a rune cut at the end of the head), or UTF-8 with at
// least as many valid multi-byte sequences as invalid bytes (mixed file; see mostlyUTF8) → UTF-8; otherwise
// Windows-1252. The delimiter is chosen by delimiterOf on the decoded head. Sniff never fails and never panics.
func Sniff(head []byte) Sniffed {
	if len(head) > SniffSize {
		head = head[:SniffSize]
	}
	if len(bytes.TrimSpace(head)) == 0 {
		return Sniffed{Kind: KindEmpty}
	}
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return Sniffed{Kind: KindZIP}
	case bytes.HasPrefix(head, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")):
		return Sniffed{Kind: KindCFB}
	}
	s := Sniffed{Kind: KindText, Encoding: EncUTF8}
	switch {
	case bytes.HasPrefix(head, []byte("\xef\xbb\xbf")):
		s.Encoding, s.BOMLen = EncUTF8BOM, 3
	case bytes.HasPrefix(head, []byte("\xff\xfe")):
		s.Encoding, s.BOMLen = EncUTF16LE, 2
	case bytes.HasPrefix(head, []byte("\xfe\xff")):
		s.Encoding, s.BOMLen = EncUTF16BE, 2
	default:
		for _, sig := range signatures {
			if bytes.HasPrefix(head, sig.magic) {
				return Sniffed{Kind: KindBinary, What: sig.what}
			}
		}
		if enc, ok := utf16WithoutBOM(head); ok {
			s.Encoding = enc
		} else if bytes.IndexByte(head, 0) >= 0 || controlRatio(head) > 0.05 {
			return Sniffed{Kind: KindBinary, What: "un fichier binaire"}
		} else if !validUTF8Head(head) && !mostlyUTF8(head) {
			s.Encoding = EncWindows1252
		}
	}
	text := decodeHead(head[s.BOMLen:], s.Encoding)
	if len(strings.TrimSpace(strings.TrimPrefix(text, "\ufeff"))) == 0 {
		return Sniffed{Kind: KindEmpty}
	}
	if s.Encoding == EncUTF8 || s.Encoding == EncUTF8BOM || s.Encoding == EncWindows1252 {
		if controlRatio([]byte(text)) > 0.05 {
			return Sniffed{Kind: KindBinary, What: "un fichier binaire"}
		}
	}
	if strings.IndexByte(text, '\n') < 0 && strings.IndexByte(text, '\r') >= 0 {
		s.CROnly = true
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	s.Delimiter, s.SepLine = delimiterOf(text)
	return s
}

// utf16WithoutBOM reports UTF-16 text without byte-order mark: NUL bytes in at least 30 % of the byte pairs,
// all on the same side.
func utf16WithoutBOM(head []byte) (Encoding, bool) {
	pairs := len(head) / 2
	if pairs < 2 {
		return "", false
	}
	even, odd := 0, 0
	for i := 0; i+1 < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	switch {
	case odd*10 >= pairs*3 && even == 0:
		return EncUTF16LE, true
	case even*10 >= pairs*3 && odd == 0:
		return EncUTF16BE, true
	}
	return "", false
}

// controlRatio is the share of C0 control bytes other than tab, CR, LF, FF in b.
func controlRatio(b []byte) float64 {
	if len(b) == 0 {
		return 0
	}
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			n++
		}
	}
	return float64(n) / float64(len(b))
}

// validUTF8Head reports whether head is valid UTF-8, allowing the last rune to be cut by the head's end.
func validUTF8Head(head []byte) bool {
	if utf8.Valid(head) {
		return true
	}
	// Allow an incomplete rune of up to 3 bytes at the very end.
	for cut := 1; cut <= 3 && cut < len(head); cut++ {
		tail := head[len(head)-cut:]
		if utf8.RuneStart(tail[0]) && !utf8.FullRune(tail) && utf8.Valid(head[:len(head)-cut]) {
			return true
		}
	}
	return false
}

// mostlyUTF8 reports a head that is UTF-8 with a few invalid bytes (a file pasted together from two
// encodings): at least as many valid multi-byte UTF-8 sequences as invalid bytes. Such a file is read as
// UTF-8 and its invalid lines fall back to Windows-1252 one by one. A Windows-1252 file has no valid
// multi-byte sequence unless it holds mojibake.
func mostlyUTF8(head []byte) bool {
	multi, invalid := 0, 0
	for i := 0; i < len(head); {
		r, size := utf8.DecodeRune(head[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			invalid++
			size = 1
		case size > 1:
			multi++
		}
		i += size
	}
	return multi > 0 && multi >= invalid
}

// decodeHead decodes head (BOM removed) to UTF-8 text for the delimiter count.
func decodeHead(head []byte, enc Encoding) string {
	d := enc.decoder()
	if d == nil {
		return string(head)
	}
	if enc == EncUTF16LE || enc == EncUTF16BE {
		head = head[:len(head)/2*2]
	}
	out, err := d.Bytes(head)
	if err != nil {
		return string(head)
	}
	return string(out)
}

// delimiterOf chooses the field separator of a delimited text from its first lines (at most 50 records).
// An Excel "sep=X" first line wins. Otherwise, for each candidate, the separators outside double quotes are
// counted per record; the winner is the candidate whose most frequent non-zero count is shared by the most
// records, then the one with the higher count, then the first in Delimiters. A text with no candidate at all
// (one column) gets ';'.
func delimiterOf(text string) (rune, bool) {
	text = strings.TrimPrefix(text, "\ufeff")
	if len(text) >= 5 && strings.EqualFold(text[:4], "sep=") {
		r, size := utf8.DecodeRuneInString(text[4:])
		rest := text[4+size:]
		if r != utf8.RuneError && r != '\n' && r != '\r' && (rest == "" || rest[0] == '\r' || rest[0] == '\n') {
			return r, true
		}
	}
	counts := make([][]int, len(Delimiters)) // per candidate, count per record
	cur := make([]int, len(Delimiters))
	inQuotes := false
	records := 0
	atFieldStart := true
	flush := func() {
		for i := range Delimiters {
			counts[i] = append(counts[i], cur[i])
			cur[i] = 0
		}
		records++
	}
	for i := 0; i < len(text) && records < 50; i++ {
		c := text[i]
		if inQuotes {
			if c == '"' {
				if i+1 < len(text) && text[i+1] == '"' {
					i++
				} else {
					inQuotes = false
				}
			}
			continue
		}
		switch c {
		case '"':
			if atFieldStart {
				inQuotes = true
			}
			atFieldStart = false
		case '\n':
			flush()
			atFieldStart = true
		case '\r':
			atFieldStart = true
		default:
			atFieldStart = false
			for k, d := range Delimiters {
				if rune(c) == d {
					cur[k]++
					atFieldStart = true
				}
			}
		}
	}
	if records < 50 {
		pending := false
		for i := range cur {
			pending = pending || cur[i] > 0
		}
		if pending {
			flush()
		}
	}
	best, bestAgree, bestCount := ';', 0, 0
	for k, d := range Delimiters {
		freq := map[int]int{}
		for _, n := range counts[k] {
			if n > 0 {
				freq[n]++
			}
		}
		mode, agree := 0, 0
		for n, f := range freq {
			if f > agree || (f == agree && n > mode) {
				mode, agree = n, f
			}
		}
		if agree > bestAgree || (agree == bestAgree && mode > bestCount) {
			best, bestAgree, bestCount = d, agree, mode
		}
	}
	return best, false
}
