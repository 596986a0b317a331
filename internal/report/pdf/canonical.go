package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// canonical rewrites a PDF that has a classic cross-reference table (no object or xref streams, as pdfcpu
// writes with WriteObjectStream and WriteXRefStream off) so that equal content gives equal bytes: objects
// are renumbered in the order they are reached from the trailer (Root, then Info), written in that order,
// and the cross-reference table is rebuilt. Objects nobody refers to are dropped. pdfcpu's writer walks Go
// maps, so the same document comes out with its objects in a different order each time; this undoes that.
//
// With compress set, streams that have no /Filter and a direct /Length are Flate-compressed with one reused
// compressor (fpdf would allocate a new one, about 1 MB, for every page).
func canonical(pdf []byte, compress bool) ([]byte, error) {
	sx := bytes.LastIndex(pdf, []byte("startxref"))
	if sx < 0 {
		return nil, errors.New("startxref absent")
	}
	var xrefOff int
	if _, err := fmt.Sscan(string(pdf[sx+len("startxref"):min(len(pdf), sx+40)]), &xrefOff); err != nil || xrefOff <= 0 || xrefOff >= len(pdf) {
		return nil, errors.New("startxref illisible")
	}
	if !bytes.HasPrefix(pdf[xrefOff:], []byte("xref")) {
		return nil, errors.New("table xref classique absente")
	}
	tr := bytes.Index(pdf[xrefOff:], []byte("trailer"))
	if tr < 0 {
		return nil, errors.New("trailer absent")
	}
	offsets := map[key]int{}
	fields := bytes.Fields(pdf[xrefOff+len("xref") : xrefOff+tr])
	for i := 0; i+1 < len(fields); {
		start, err1 := strconv.Atoi(string(fields[i]))
		n, err2 := strconv.Atoi(string(fields[i+1]))
		if err1 != nil || err2 != nil || i+2+3*n > len(fields) {
			return nil, errors.New("sous-section xref illisible")
		}
		i += 2
		for k := 0; k < n; k++ {
			off, _ := strconv.Atoi(string(fields[i]))
			gen, _ := strconv.Atoi(string(fields[i+1]))
			if string(fields[i+2]) == "n" && off > 0 {
				offsets[key{start + k, gen}] = off
			}
			i += 3
		}
	}
	trailer := pdf[xrefOff+tr : sx]
	root := refRe.FindSubmatch(regexp.MustCompile(`/Root\s+\d+\s+\d+\s+R`).Find(trailer))
	info := refRe.FindSubmatch(regexp.MustCompile(`/Info\s+\d+\s+\d+\s+R`).Find(trailer))
	if root == nil {
		return nil, errors.New("Root absent du trailer")
	}
	id := regexp.MustCompile(`/ID\s*\[[^\]]*\]`).Find(trailer)

	// Object bodies: from "N G obj" to the last "endobj" before the next object (or the xref).
	sorted := make([]int, 0, len(offsets))
	for _, o := range offsets {
		sorted = append(sorted, o)
	}
	sort.Ints(sorted)
	endOf := func(off int) int {
		i := sort.SearchInts(sorted, off+1)
		if i < len(sorted) {
			return sorted[i]
		}
		return xrefOff
	}
	objs := map[key]*object{}
	for k, off := range offsets {
		chunk := pdf[off:endOf(off)]
		h := objHeadRe.FindIndex(chunk)
		e := bytes.LastIndex(chunk, []byte("endobj"))
		if h == nil || e < h[1] {
			return nil, fmt.Errorf("objet %d illisible", k.num)
		}
		body := chunk[h[1]:e]
		head, stream := body, []byte(nil)
		if m := streamRe.FindIndex(body); m != nil {
			s := bytes.Index(body[m[0]:], []byte("stream")) + m[0]
			head, stream = body[:s], body[s:]
		}
		objs[k] = newObject(bytes.TrimSpace(head), bytes.TrimRight(stream, "\r\n "))
	}
	// fpdf names its embedded subsets "utf8notosansB"…: give them their real name with a subset tag.
	for k, o := range objs {
		if bytes.Contains(o.head, []byte("/utf8")) {
			family := ""
			h := fontNameRe.ReplaceAllFunc(o.head, func(m []byte) []byte {
				sub := fontNameRe.FindSubmatch(m)
				name := subsetName(string(sub[2]))
				family = strings.SplitN(name[7:], "-", 2)[0]
				return append(append([]byte{}, sub[1]...), name...)
			})
			if bytes.Contains(h, []byte("/FontDescriptor")) && !bytes.Contains(h, []byte("/FontFamily")) && family != "" {
				// FontFamily is optional in the PDF spec; strict checkers (pdfcpu) want it.
				if i := bytes.LastIndex(h, []byte(">>")); i > 0 {
					h = append(append(append([]byte{}, h[:i]...), []byte("/FontFamily ("+family+")")...), h[i:]...)
				}
			}
			objs[k] = newObject(h, o.stream)
		}
	}
	atoi := func(b []byte) int { n, _ := strconv.Atoi(string(b)); return n }
	// Annotations must be indirect objects (PDF 32000-1, table 30, Annots); fpdf writes them inline in
	// the page's /Annots array. Move each inline one into an object of its own.
	next := 0
	for k := range objs {
		next = max(next, k.num)
	}
	for k, o := range objs {
		loc := annotsRe.FindIndex(o.head)
		if loc == nil {
			continue
		}
		h := o.head
		var nh []byte
		nh = append(nh, h[:loc[1]]...)
		i := loc[1]
		for i < len(h) && h[i] != ']' {
			if bytes.HasPrefix(h[i:], []byte("<<")) {
				e := dictEnd(h, i)
				if e < 0 {
					break
				}
				next++
				objs[key{next, 0}] = newObject(h[i:e], nil)
				nh = append(nh, []byte(strconv.Itoa(next)+" 0 R ")...)
				i = e
				continue
			}
			nh = append(nh, h[i])
			i++
		}
		nh = append(nh, h[i:]...)
		objs[k] = newObject(nh, o.stream)
	}
	// Outline items with children must say how many (PDF 32000-1 §12.3.3: Count is required when an item
	// has descendants; for the outline dictionary it is the number of visible items). fpdf writes
	// "/Count 0" on every item and none on the root. All items are left open here.
	var visible func(first []byte, seen map[key]bool) int
	visible = func(head []byte, seen map[key]bool) int {
		m := firstRe.FindSubmatch(head)
		if m == nil {
			return 0
		}
		n := 0
		for c := (key{atoi(m[1]), atoi(m[2])}); !seen[c]; {
			kid, ok := objs[c]
			if !ok {
				break
			}
			seen[c] = true
			n += 1 + visible(kid.head, seen)
			nm := nextRe.FindSubmatch(kid.head)
			if nm == nil {
				break
			}
			c = key{atoi(nm[1]), atoi(nm[2])}
		}
		return n
	}
	for k, o := range objs {
		isItem := bytes.Contains(o.head, []byte("/Title")) && bytes.Contains(o.head, []byte("/Parent")) && !bytes.Contains(o.head, []byte("/Type"))
		isRoot := outlinesRe.Match(o.head)
		if (!isItem && !isRoot) || !bytes.Contains(o.head, []byte("/First")) {
			continue
		}
		n := visible(o.head, map[key]bool{})
		if n == 0 {
			continue
		}
		h := countRe.ReplaceAll(o.head, nil)
		if i := bytes.LastIndex(h, []byte(">>")); i > 0 {
			h = append(append(append([]byte{}, h[:i]...), []byte("/Count "+strconv.Itoa(n))...), h[i:]...)
			objs[k] = newObject(h, o.stream)
		}
	}
	// Breadth-first numbering from Root, then Info.
	newNum := map[key]int{}
	var order []key
	var queue []key
	push := func(k key) {
		if _, ok := newNum[k]; ok {
			return
		}
		if _, ok := objs[k]; !ok {
			return
		}
		newNum[k] = len(order) + 1
		order = append(order, k)
		queue = append(queue, k)
	}
	rootKey := key{atoi(root[1]), atoi(root[2])}
	push(rootKey)
	var infoKey key
	if info != nil {
		infoKey = key{atoi(info[1]), atoi(info[2])}
		push(infoKey)
		// pdfcpu signs the files it writes; the document says what made it.
		if o := objs[infoKey]; o != nil && o.stream == nil {
			h := producerRe.ReplaceAll(o.head, []byte("/Producer (Dossier French Tech \\(fpdf, pdfcpu\\))"))
			objs[infoKey] = newObject(h, nil)
		}
	}
	for len(queue) > 0 {
		k := queue[0]
		queue = queue[1:]
		for _, rk := range objs[k].refKey {
			push(rk)
		}
	}
	// Write.
	var out bytes.Buffer
	out.Grow(len(pdf) / 2)
	// Header: PDF 1.7 (fpdf writes 1.4; the file uses nothing newer than 1.7, and 1.5+ lets the font
	// descriptors carry FontFamily), then the usual binary comment.
	if bytes.HasPrefix(pdf, []byte("%PDF-1.")) {
		out.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	} else {
		out.Write(pdf[:sorted[0]])
	}
	var zbuf bytes.Buffer
	var zw *zlib.Writer
	if compress {
		zw, _ = zlib.NewWriterLevel(&zbuf, zlib.BestSpeed)
	}
	offs := make([]int, len(order)+1)
	for i, k := range order {
		o := objs[k]
		offs[i+1] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n", i+1)
		if compress && o.stream != nil {
			if h, st, ok := deflateStream(o.head, o.stream, zw, &zbuf); ok {
				// The head changed: positions of references moved by the same amount before /Length.
				o = newObject(h, st)
			}
		}
		last := 0
		for j, r := range o.refs {
			out.Write(o.head[last:r[0]])
			if n, ok := newNum[o.refKey[j]]; ok {
				fmt.Fprintf(&out, "%d 0 R", n)
			} else {
				out.WriteString("null")
			}
			last = r[1]
		}
		out.Write(o.head[last:])
		if o.stream != nil {
			out.WriteString("\n")
			out.Write(o.stream)
		}
		out.WriteString("\nendobj\n")
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(order)+1)
	for _, o := range offs[1:] {
		fmt.Fprintf(&out, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&out, "trailer\n<</Size %d/Root %d 0 R", len(order)+1, newNum[rootKey])
	if info != nil {
		if n, ok := newNum[infoKey]; ok {
			fmt.Fprintf(&out, "/Info %d 0 R", n)
		}
	}
	if id != nil {
		out.Write(id)
	}
	fmt.Fprintf(&out, ">>\nstartxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes(), nil
}

type key struct{ num, gen int }

// object is one indirect object: its value part, where references are, and its stream, kept verbatim.
type object struct {
	head   []byte
	stream []byte // "stream … endstream", or nil
	refs   [][2]int
	refKey []key
}

func newObject(head, stream []byte) *object {
	o := &object{head: head, stream: stream}
	if len(stream) == 0 {
		o.stream = nil
	}
	for _, r := range findRefs(head) {
		num, _ := strconv.Atoi(string(head[r[2]:r[3]]))
		gen, _ := strconv.Atoi(string(head[r[4]:r[5]]))
		o.refs = append(o.refs, [2]int{r[0], r[1]})
		o.refKey = append(o.refKey, key{num, gen})
	}
	return o
}

// deflateStream compresses an unfiltered stream whose /Length is direct; ok is false when it leaves it.
func deflateStream(head, stream []byte, zw *zlib.Writer, zbuf *bytes.Buffer) ([]byte, []byte, bool) {
	if bytes.Contains(head, []byte("/Filter")) {
		return nil, nil, false
	}
	m := lengthRe.FindSubmatchIndex(head)
	if m == nil {
		return nil, nil, false
	}
	n, err := strconv.Atoi(string(head[m[2]:m[3]]))
	if err != nil {
		return nil, nil, false
	}
	data := stream[len("stream"):]
	if bytes.HasPrefix(data, []byte("\r\n")) {
		data = data[2:]
	} else if bytes.HasPrefix(data, []byte("\n")) {
		data = data[1:]
	}
	if n > len(data) {
		return nil, nil, false
	}
	data = data[:n]
	zbuf.Reset()
	zw.Reset(zbuf)
	if _, err := zw.Write(data); err != nil {
		return nil, nil, false
	}
	if err := zw.Close(); err != nil {
		return nil, nil, false
	}
	var h bytes.Buffer
	h.Write(head[:m[0]])
	fmt.Fprintf(&h, "/Filter /FlateDecode /Length %d", zbuf.Len())
	h.Write(head[m[3]:])
	st := make([]byte, 0, zbuf.Len()+20)
	st = append(st, "stream\n"...)
	st = append(st, zbuf.Bytes()...)
	st = append(st, "\nendstream"...)
	return h.Bytes(), st, true
}

// subsetName maps fpdf's font key to "TAG+PostScriptName", the tag (six capitals) derived from the name.
func subsetName(key string) string {
	names := map[string]string{"notosans": "NotoSans-Regular", "notosansb": "NotoSans-Bold", "notosansi": "NotoSans-Italic",
		"notosansbi": "NotoSans-BoldItalic", "dejavusans": "DejaVuSans"}
	name, ok := names[strings.ToLower(key)]
	if !ok {
		name = key
	}
	h := uint32(2166136261)
	for i := 0; i < len(name); i++ {
		h = (h ^ uint32(name[i])) * 16777619
	}
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = byte('A' + h%26)
		h /= 26
	}
	return string(tag) + "+" + name
}

var (
	annotsRe   = regexp.MustCompile(`/Annots\s*\[`)
	outlinesRe = regexp.MustCompile(`/Type\s*/Outlines\b`)
	countRe    = regexp.MustCompile(`/Count\s+-?\d+`)
	firstRe    = regexp.MustCompile(`/First\s+(\d+)\s+(\d+)\s+R`)
	nextRe     = regexp.MustCompile(`/Next\s+(\d+)\s+(\d+)\s+R`)
	fontNameRe = regexp.MustCompile(`(/(?:BaseFont|FontName)\s*/)utf8(\w+)`)
	producerRe = regexp.MustCompile(`/Producer\s*\(pdfcpu[^)]*\)`)
	lengthRe   = regexp.MustCompile(`/Length\s+(\d+)(?:\s|/|>)`)
	refRe      = regexp.MustCompile(`(\d+)\s+(\d+)\s+R`)
	objHeadRe  = regexp.MustCompile(`^\d+\s+\d+\s+obj\s*`)
	streamRe   = regexp.MustCompile(`>>\s*stream\r?\n`)
)

func isDelim(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '\f', 0, '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// dictEnd returns the index just after the dictionary "<< … >>" that starts at b[i], skipping nested
// dictionaries and strings, or -1.
func dictEnd(b []byte, i int) int {
	depth := 0
	for i < len(b) {
		switch {
		case bytes.HasPrefix(b[i:], []byte("<<")):
			depth++
			i += 2
		case bytes.HasPrefix(b[i:], []byte(">>")):
			depth--
			i += 2
			if depth == 0 {
				return i
			}
		case b[i] == '(':
			d := 0
			for ; i < len(b); i++ {
				if b[i] == '\\' {
					i++
					continue
				}
				if b[i] == '(' {
					d++
				} else if b[i] == ')' {
					d--
					if d == 0 {
						i++
						break
					}
				}
			}
		case b[i] == '<':
			for i < len(b) && b[i] != '>' {
				i++
			}
			i++
		default:
			i++
		}
	}
	return -1
}

// findRefs returns the positions of the indirect references "N G R" in a PDF object's non-stream part,
// skipping string literals and hex strings: [start, end, numStart, numEnd, genStart, genEnd] each.
func findRefs(b []byte) [][6]int {
	var out [][6]int
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	skipWS := func(i int) int {
		for i < len(b) && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t' || b[i] == '\f') {
			i++
		}
		return i
	}
	for i := 0; i < len(b); {
		switch c := b[i]; {
		case c == '(':
			depth := 0
			for ; i < len(b); i++ {
				if b[i] == '\\' {
					i++
					continue
				}
				if b[i] == '(' {
					depth++
				} else if b[i] == ')' {
					depth--
					if depth == 0 {
						i++
						break
					}
				}
			}
		case c == '<' && i+1 < len(b) && b[i+1] == '<':
			i += 2
		case c == '<':
			for i < len(b) && b[i] != '>' {
				i++
			}
			i++
		case c == '%':
			for i < len(b) && b[i] != '\n' && b[i] != '\r' {
				i++
			}
		case isDigit(c) && (i == 0 || isDelim(b[i-1])):
			s := i
			for i < len(b) && isDigit(b[i]) {
				i++
			}
			ne := i
			j := skipWS(i)
			if j == i || j >= len(b) || !isDigit(b[j]) {
				continue
			}
			gs := j
			for j < len(b) && isDigit(b[j]) {
				j++
			}
			ge := j
			k := skipWS(j)
			if k > j && k < len(b) && b[k] == 'R' && (k+1 == len(b) || isDelim(b[k+1])) {
				out = append(out, [6]int{s, k + 1, s, ne, gs, ge})
				i = k + 1
			}
		default:
			i++
		}
	}
	return out
}
