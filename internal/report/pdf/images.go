package pdf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"image"
	"image/color"
	"image/draw"
	_ "image/gif" // GIF logos
	"image/jpeg"
	"image/png"
	"strconv"

	"github.com/go-pdf/fpdf"
	xdraw "golang.org/x/image/draw"

	"dossierft/internal/report"
)

// maxImagePx is the longest side an embedded image keeps; larger ones are downscaled first (a logo printed
// 40 mm wide needs about 470 px at 300 dpi).
const maxImagePx = 1000

// normImage is an image decoded in Go and re-encoded as 8-bit PNG or baseline JPEG, which fpdf reads
// without surprises (16-bit, interlaced, CMYK, EXIF-rotated and huge inputs are handled here).
type normImage struct {
	data []byte
	typ  string // "PNG" or "JPG"
	w, h int
}

// normalizeImage decodes data and returns it ready for fpdf: downscaled to maxImagePx first (so that a
// 12-megapixel phone photo is rotated cheaply), then turned upright by its EXIF orientation, then
// re-encoded (JPEG stays JPEG, anything else becomes PNG, with alpha only when the image has transparency).
// errEmptyImage is normalizeImage's error for an image of zero width or height.
var errEmptyImage = errors.New("image vide")

func normalizeImage(data []byte) (*normImage, error) {
	img, format, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	b := img.Bounds()
	if b.Dx() == 0 || b.Dy() == 0 {
		return nil, errEmptyImage
	}
	w, h := b.Dx(), b.Dy()
	if w > maxImagePx || h > maxImagePx {
		if w >= h {
			h = max(1, h*maxImagePx/w)
			w = maxImagePx
		} else {
			w = max(1, w*maxImagePx/h)
			h = maxImagePx
		}
	}
	opaque := isOpaque(img)
	var dst draw.Image
	if opaque {
		dst = image.NewRGBA(image.Rect(0, 0, w, h))
	} else {
		dst = image.NewNRGBA(image.Rect(0, 0, w, h))
	}
	if w != b.Dx() || h != b.Dy() {
		xdraw.BiLinear.Scale(dst, dst.Bounds(), img, b, xdraw.Src, nil)
	} else {
		xdraw.Draw(dst, dst.Bounds(), img, b.Min, xdraw.Src)
	}
	var out image.Image = dst
	if format == "jpeg" {
		out = applyOrientation(dst, jpegOrientation(data))
	}
	ob := out.Bounds()
	var buf bytes.Buffer
	if opaque && format == "jpeg" {
		if err := jpeg.Encode(&buf, out, &jpeg.Options{Quality: 88}); err != nil {
			return nil, err
		}
		return &normImage{buf.Bytes(), "JPG", ob.Dx(), ob.Dy()}, nil
	}
	if err := png.Encode(&buf, out); err != nil {
		return nil, err
	}
	return &normImage{buf.Bytes(), "PNG", ob.Dx(), ob.Dy()}, nil
}

func isOpaque(img image.Image) bool {
	if o, ok := img.(interface{ Opaque() bool }); ok {
		return o.Opaque()
	}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if _, _, _, a := img.At(x, y).RGBA(); a != 0xffff {
				return false
			}
		}
	}
	return true
}

// jpegOrientation reads the EXIF Orientation tag (1–8) of a JPEG; 1 when absent.
func jpegOrientation(data []byte) int {
	i := 2
	for i+4 <= len(data) {
		if data[i] != 0xff {
			return 1
		}
		marker := data[i+1]
		if marker == 0xda || marker == 0xd9 {
			return 1
		}
		l := int(binary.BigEndian.Uint16(data[i+2:]))
		seg := data[i+4 : min(len(data), i+2+l)]
		if marker == 0xe1 && len(seg) > 14 && string(seg[:6]) == "Exif\x00\x00" {
			return tiffOrientation(seg[6:])
		}
		i += 2 + l
	}
	return 1
}

func tiffOrientation(t []byte) int {
	if len(t) < 8 {
		return 1
	}
	var bo binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 1
	}
	off := int(bo.Uint32(t[4:]))
	if off+2 > len(t) {
		return 1
	}
	n := int(bo.Uint16(t[off:]))
	for k := 0; k < n; k++ {
		e := off + 2 + 12*k
		if e+12 > len(t) {
			return 1
		}
		if bo.Uint16(t[e:]) == 0x0112 {
			v := int(bo.Uint16(t[e+8:]))
			if v >= 1 && v <= 8 {
				return v
			}
			return 1
		}
	}
	return 1
}

// applyOrientation returns img turned upright according to EXIF orientation o.
func applyOrientation(img image.Image, o int) image.Image {
	if o <= 1 || o > 8 {
		return img
	}
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	var dst *image.RGBA
	if o >= 5 {
		dst = image.NewRGBA(image.Rect(0, 0, h, w))
	} else {
		dst = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	src, fast := img.(*image.RGBA)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			var c color.RGBA
			if fast {
				i := src.PixOffset(b.Min.X+x, b.Min.Y+y)
				c = color.RGBA{src.Pix[i], src.Pix[i+1], src.Pix[i+2], src.Pix[i+3]}
			} else {
				c = color.RGBAModel.Convert(img.At(b.Min.X+x, b.Min.Y+y)).(color.RGBA)
			}
			var nx, ny int
			switch o {
			case 2:
				nx, ny = w-1-x, y
			case 3:
				nx, ny = w-1-x, h-1-y
			case 4:
				nx, ny = x, h-1-y
			case 5:
				nx, ny = y, x
			case 6:
				nx, ny = h-1-y, x
			case 7:
				nx, ny = h-1-y, w-1-x
			case 8:
				nx, ny = y, w-1-x
			}
			dst.SetRGBA(nx, ny, c)
		}
	}
	return dst
}

// image registers an attachment's image with fpdf (once) and returns its name and pixel size; on failure
// it warns (naming the file) and returns ok false.
func (d *doc) image(id int64, name string, data []byte) (string, int, int, bool) {
	key := "img" + strconv.FormatInt(id, 10)
	if d.images == nil {
		d.images = map[string]*normImage{}
	}
	if ni, ok := d.images[key]; ok {
		if ni == nil {
			return "", 0, 0, false
		}
		return key, ni.w, ni.h, true
	}
	ni, err := normalizeImage(data)
	if err != nil {
		d.images[key] = nil
		why := "fichier endommagé"
		if errors.Is(err, image.ErrFormat) {
			why = "format non reconnu : PNG, JPEG ou GIF attendu"
		} else if errors.Is(err, errEmptyImage) {
			why = "image vide"
		}
		d.warn("%s : image « %s » illisible (%s) ; remplacée par son nom", d.where, name, why)
		return "", 0, 0, false
	}
	d.pdf.RegisterImageOptionsReader(key, fpdf.ImageOptions{ImageType: ni.typ}, bytes.NewReader(ni.data))
	if err := d.pdf.Error(); err != nil {
		d.pdf.ClearError()
		d.images[key] = nil
		d.warn("%s : image « %s » refusée par le générateur PDF ; remplacée par son nom", d.where, name)
		return "", 0, 0, false
	}
	d.images[key] = ni
	return key, ni.w, ni.h, true
}

// logosRow draws the logos centred in boxes on one or two rows from y.
func (d *doc) logosRow(logos []report.Logo, y float64) {
	perRow := 5
	boxW, boxH, gap := 30.0, 18.0, 4.0
	for i := 0; i < len(logos); i += perRow {
		row := logos[i:min(len(logos), i+perRow)]
		total := float64(len(row))*boxW + float64(len(row)-1)*gap
		x := marginLeft + (d.contentW()-total)/2
		for _, l := range row {
			d.logo(l, x, y, boxW, boxH)
			x += boxW + gap
		}
		y += boxH + gap
		if y > pageH-60 {
			break
		}
	}
	d.y = y
}

// logo draws one logo fitted in the box, or its owner's name when the image cannot be read.
func (d *doc) logo(l report.Logo, x, y, w, h float64) {
	key, pw, ph, ok := d.image(l.AttachmentID, l.Name, l.Data)
	if !ok {
		d.drawColor(colRule)
		d.pdf.SetLineWidth(0.2)
		d.pdf.Rect(x, y, w, h, "D")
		st := style{size: 7, italic: true, color: colMuted}
		ls := d.m.wrap([]span{{firstNonEmpty(l.Owner, l.Name), st}}, w-2)
		yy := y + (h-height(ls))/2
		for _, ln := range ls {
			d.drawLine(ln, x+1, yy, w-2, 'C')
			yy += ln.h
		}
		return
	}
	iw, ih := w, w*float64(ph)/float64(pw)
	if ih > h {
		ih = h
		iw = h * float64(pw) / float64(ph)
	}
	d.pdf.ImageOptions(key, x+(w-iw)/2, y+(h-ih)/2, iw, ih, false, fpdf.ImageOptions{ImageType: ""}, 0, "")
}
