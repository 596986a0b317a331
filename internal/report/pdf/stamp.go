package pdf

import (
	"bytes"
	"fmt"
	"math"
	"strconv"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Pages appended from letters of support are foreign PDFs: fpdf cannot draw on them. Their footer and
// the draft watermark are added as vector outlines of the embedded Noto Sans glyphs, appended to each
// page's content, so no font (in particular no non-embedded standard font) is added to the file.

// outlineText returns PDF path operators drawing s in face f at size pt with its baseline starting at
// (x, y) in PDF points, after the current transformation. It returns the advance width too.
func outlineText(f *face, s string, size, x, y float64) (string, float64) {
	f.load()
	var b bytes.Buffer
	var buf sfnt.Buffer
	scale := size / f.upem
	ppem := fixed.I(int(f.upem))
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
	for _, r := range s {
		gi, err := f.font.GlyphIndex(&buf, r)
		if err != nil || gi == 0 {
			continue
		}
		segs, err := f.font.LoadGlyph(&buf, gi, ppem, nil)
		if err == nil {
			var cx, cy float64 // current point, for quadratic → cubic
			px := func(v fixed.Int26_6) float64 { return x + float64(v)/64*scale }
			py := func(v fixed.Int26_6) float64 { return y - float64(v)/64*scale } // sfnt's y grows downwards
			started := false
			for _, sg := range segs {
				a := sg.Args
				switch sg.Op {
				case sfnt.SegmentOpMoveTo:
					if started {
						b.WriteString("h ")
					}
					started = true
					cx, cy = px(a[0].X), py(a[0].Y)
					b.WriteString(num(cx) + " " + num(cy) + " m ")
				case sfnt.SegmentOpLineTo:
					cx, cy = px(a[0].X), py(a[0].Y)
					b.WriteString(num(cx) + " " + num(cy) + " l ")
				case sfnt.SegmentOpQuadTo:
					qx, qy := px(a[0].X), py(a[0].Y)
					ex, ey := px(a[1].X), py(a[1].Y)
					c1x, c1y := cx+2.0/3*(qx-cx), cy+2.0/3*(qy-cy)
					c2x, c2y := ex+2.0/3*(qx-ex), ey+2.0/3*(qy-ey)
					b.WriteString(num(c1x) + " " + num(c1y) + " " + num(c2x) + " " + num(c2y) + " " + num(ex) + " " + num(ey) + " c ")
					cx, cy = ex, ey
				case sfnt.SegmentOpCubeTo:
					ex, ey := px(a[2].X), py(a[2].Y)
					b.WriteString(num(px(a[0].X)) + " " + num(py(a[0].Y)) + " " + num(px(a[1].X)) + " " + num(py(a[1].Y)) + " " + num(ex) + " " + num(ey) + " c ")
					cx, cy = ex, ey
				}
			}
			if started {
				b.WriteString("h\n")
			}
		}
		w, _ := f.width(r)
		x += float64(w) / 1000 * size
	}
	return b.String(), x
}

// letterStamp is the content added on top of a letter page of width pw: the footer "page X / N" in the
// muted colour, right-aligned on the same line as the other pages', and, for a draft, "PROJET" outlined
// in thin red strokes across the page (outlines keep the letter readable without transparency).
func letterStamp(page, total int, pw, ph float64, draft bool) []byte {
	var b bytes.Buffer
	b.WriteString("q\n")
	// Footer, 8 pt, baseline 11 mm from the bottom, right edge 20 mm from the right.
	s := fmt.Sprintf("page %d / %d", page, total)
	_, w := outlineText(faceRegular, s, 8, 0, 0)
	k := 72 / 25.4
	path, _ := outlineText(faceRegular, s, 8, pw-marginRight*k-w, 11*k)
	fmt.Fprintf(&b, "%.3f %.3f %.3f rg\n%sf\n", float64(colMuted.r)/255, float64(colMuted.g)/255, float64(colMuted.b)/255, path)
	if draft {
		size := 110.0
		_, tw := outlineText(faceBold, "PROJET", size, 0, 0)
		a := 55 * math.Pi / 180
		fmt.Fprintf(&b, "q %.5f %.5f %.5f %.5f %.2f %.2f cm\n", math.Cos(a), math.Sin(a), -math.Sin(a), math.Cos(a), pw/2, ph/2)
		path, _ := outlineText(faceBold, "PROJET", size, -tw/2, -size*0.35)
		fmt.Fprintf(&b, "%.3f %.3f %.3f RG 0.8 w\n%sS\nQ\n", float64(colAccent.r)/255, float64(colAccent.g)/255, float64(colAccent.b)/255, path)
	}
	b.WriteString("Q\n")
	return b.Bytes()
}

// stampPage appends content to page p of ctx, the page's own content wrapped in q … Q so that its
// graphics state does not leak into ours.
func stampPage(ctx *model.Context, p int, content []byte) error {
	pd, _, _, err := ctx.PageDict(p, false)
	if err != nil {
		return err
	}
	if pd == nil {
		return fmt.Errorf("page %d absente", p)
	}
	newStream := func(b []byte) (types.IndirectRef, error) {
		sd, err := ctx.NewStreamDictForBuf(b)
		if err != nil {
			return types.IndirectRef{}, err
		}
		if err := sd.Encode(); err != nil {
			return types.IndirectRef{}, err
		}
		ir, err := ctx.IndRefForNewObject(*sd)
		if err != nil {
			return types.IndirectRef{}, err
		}
		return *ir, nil
	}
	pre, err := newStream([]byte("q\n"))
	if err != nil {
		return err
	}
	post, err := newStream(append([]byte("Q\n"), content...))
	if err != nil {
		return err
	}
	arr := types.Array{pre}
	switch c := pd["Contents"].(type) {
	case types.IndirectRef:
		o, err := ctx.Dereference(c)
		if err != nil {
			return err
		}
		if inner, ok := o.(types.Array); ok {
			arr = append(arr, inner...)
		} else {
			arr = append(arr, c)
		}
	case types.Array:
		arr = append(arr, c...)
	case nil:
	default:
		return fmt.Errorf("page %d : contenu de type inattendu", p)
	}
	arr = append(arr, post)
	pd.Update("Contents", arr)
	return nil
}
