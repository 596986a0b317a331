package pdf

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"dossierft/internal/dossier"
)

// withExifOrientation inserts an APP1 Exif segment with Orientation = o right after the JPEG's SOI marker.
func withExifOrientation(jpg []byte, o uint16) []byte {
	var tiff bytes.Buffer
	tiff.WriteString("MM\x00\x2a")
	binary.Write(&tiff, binary.BigEndian, uint32(8)) // IFD offset
	binary.Write(&tiff, binary.BigEndian, uint16(1)) // one entry
	binary.Write(&tiff, binary.BigEndian, uint16(0x0112))
	binary.Write(&tiff, binary.BigEndian, uint16(3)) // SHORT
	binary.Write(&tiff, binary.BigEndian, uint32(1))
	binary.Write(&tiff, binary.BigEndian, o)
	binary.Write(&tiff, binary.BigEndian, uint16(0))
	binary.Write(&tiff, binary.BigEndian, uint32(0)) // no next IFD
	seg := append([]byte("Exif\x00\x00"), tiff.Bytes()...)
	var out bytes.Buffer
	out.Write(jpg[:2])
	out.Write([]byte{0xff, 0xe1})
	binary.Write(&out, binary.BigEndian, uint16(len(seg)+2))
	out.Write(seg)
	out.Write(jpg[2:])
	return out.Bytes()
}

func readTestdata(t *testing.T, name string) []byte {
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestNormalizeImage(t *testing.T) {
	t.Parallel()
	// EXIF orientation 6 (rotate 90° clockwise): an 80×40 landscape photo is shown 40×80.
	exif := withExifOrientation(readTestdata(t, "photo-landscape.jpg"), 6)
	if o := jpegOrientation(exif); o != 6 {
		t.Fatalf("orientation read = %d, want 6", o)
	}
	ni, err := normalizeImage(exif)
	if err != nil {
		t.Fatal(err)
	}
	if ni.w != 40 || ni.h != 80 || ni.typ != "JPG" {
		t.Errorf("EXIF-rotated: got %d×%d %s, want 40×80 JPG", ni.w, ni.h, ni.typ)
	}
	// The black band on the left of the original is at the top after rotating 90° clockwise.
	img, _ := jpeg.Decode(bytes.NewReader(ni.data))
	if r, _, _, _ := img.At(20, 3).RGBA(); r > 0x3000 {
		t.Errorf("rotated image: top pixel not dark (r=%#x)", r)
	}
	// Huge photo: downscaled to 1000 px on its long side.
	big := image.NewRGBA(image.Rect(0, 0, 1200, 750))
	for i := range big.Pix {
		big.Pix[i] = uint8(i / 7)
	}
	var bb bytes.Buffer
	_ = jpeg.Encode(&bb, big, nil)
	ni, err = normalizeImage(bb.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if ni.w != 1000 || ni.h != 625 {
		t.Errorf("downscaled: %d×%d, want 1000×625", ni.w, ni.h)
	}
	// A big EXIF-rotated photo is downscaled then turned: 1200×750 with orientation 8 → 625×1000.
	ni, err = normalizeImage(withExifOrientation(bb.Bytes(), 8))
	if err != nil {
		t.Fatal(err)
	}
	if ni.w != 625 || ni.h != 1000 {
		t.Errorf("downscaled and rotated: %d×%d, want 625×1000", ni.w, ni.h)
	}
	// 16-bit PNG with transparency stays PNG (8-bit with alpha), CMYK JPEG becomes RGB JPEG.
	for _, c := range []struct{ file, typ string }{{"logo-16bit-alpha.png", "PNG"}, {"logo-interlaced.png", "PNG"}, {"logo-cmyk.jpg", "JPG"}} {
		ni, err := normalizeImage(readTestdata(t, c.file))
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
			continue
		}
		if ni.typ != c.typ || ni.w != 120 || ni.h != 60 {
			t.Errorf("%s: %s %d×%d, want %s 120×60", c.file, ni.typ, ni.w, ni.h, c.typ)
		}
	}
	// CMYK colours come out right (ImageMagick gives srgb(9,246,254) at the top, a cyan).
	if ni, err := normalizeImage(readTestdata(t, "logo-cmyk.jpg")); err == nil {
		img, _ := jpeg.Decode(bytes.NewReader(ni.data))
		r, g, b, _ := img.At(60, 2).RGBA()
		if r>>8 > 40 || g>>8 < 215 || b>>8 < 215 {
			t.Errorf("CMYK logo: top pixel rgb(%d,%d,%d), want about (9,246,254)", r>>8, g>>8, b>>8)
		}
	}
	if _, err := normalizeImage(readTestdata(t, "broken.png")); err == nil {
		t.Error("broken.png decoded without error")
	}
}

// TestLogosInPDF puts every kind of logo on the cover: all render (pdfimages lists them), the unreadable one
// is named in a warning and replaced by its owner's name.
func TestLogosInPDF(t *testing.T) {
	t.Parallel()
	need(t, "pdfimages", "pdftotext", "qpdf")
	d := fixture()
	files := []struct {
		name string
		data []byte
		mime string
	}{
		{"logo-16bit-alpha.png", readTestdata(t, "logo-16bit-alpha.png"), "image/png"},
		{"logo-interlaced.png", readTestdata(t, "logo-interlaced.png"), "image/png"},
		{"logo-cmyk.jpg", readTestdata(t, "logo-cmyk.jpg"), "image/jpeg"},
		{"photo-exif6.jpg", withExifOrientation(readTestdata(t, "photo-landscape.jpg"), 6), "image/jpeg"},
		{"cassé.png", readTestdata(t, "broken.png"), "image/png"},
	}
	d.Partners = d.Partners[:0]
	for i, f := range files {
		id := int64(100 + i)
		d.Attachments = append(d.Attachments, dossier.Attachment{ID: id, Name: f.name, Kind: "logo", MIME: f.mime, PartnerID: int64(i + 1), Data: f.data})
		d.Partners = append(d.Partners, dossier.Partner{ID: int64(i + 1), Name: "Partenaire logo " + string(rune('A'+i)), Kind: "entreprise", Role: "fondateur", LogoAttachmentID: id})
	}
	path, warns := render(t, d, Options{Now: fixedNow})
	run(t, "qpdf", "--check", path)
	w := strings.Join(warns, "\n")
	if !strings.Contains(w, "page de couverture : image « cassé.png » illisible") {
		t.Errorf("no warning naming cassé.png: %s", w)
	}
	if strings.Count(w, "illisible") != 1 {
		t.Errorf("only cassé.png should be unreadable: %s", w)
	}
	list := run(t, "pdfimages", "-f", "1", "-l", "1", "-list", path)
	// page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
	dims := regexp.MustCompile(`(?m)^\s*1\s+\d+\s+(image|smask)\s+(\d+)\s+(\d+)\s+(\w+)`).FindAllStringSubmatch(list, -1)
	var images []string
	for _, m := range dims {
		if m[1] == "image" {
			images = append(images, m[2]+"x"+m[3]+" "+m[4])
		}
	}
	want := map[string]bool{"120x60 rgb": true, "40x80 rgb": true}
	if len(images) != 4 {
		t.Errorf("cover has %d images, want 4:\n%s", len(images), list)
	}
	for _, im := range images {
		if !want[im] {
			t.Errorf("unexpected image %s:\n%s", im, list)
		}
	}
	if !strings.Contains(list, "smask") {
		t.Errorf("transparent logo has no soft mask:\n%s", list)
	}
	cover := run(t, "pdftotext", "-f", "1", "-l", "1", path, "-")
	if !strings.Contains(cover, "Partenaire logo E") {
		t.Errorf("unreadable logo not replaced by its owner's name:\n%s", cover)
	}
}

// TestChapterFigure: an image alone in its paragraph, naming an attachment, is drawn with its caption; an
// unknown one is named in a warning and replaced by its text.
func TestChapterFigure(t *testing.T) {
	t.Parallel()
	need(t, "pdfimages", "pdftotext")
	d := fixture()
	d.Sections = append(d.Sections, dossier.Section{ID: 7, Position: 7, Title: "Figures", Status: "valide",
		Body: "Avant.\n\n![Plan du lieu totem TCRM-Blida](logo-gen.png)\n\n![Carte absente](carte.png)\n\nAprès."})
	off := false
	path, warns := render(t, d, Options{Now: fixedNow, Draft: &off})
	w := strings.Join(warns, "\n")
	if !strings.Contains(w, "chapitre « Figures » : image « carte.png » introuvable parmi les pièces jointes") {
		t.Errorf("no warning for the missing figure: %s", w)
	}
	// Find the chapter's page: the one whose text has "Plan du lieu totem TCRM-Blida".
	n := pageCount(t, path)
	for p := 3; p <= n; p++ {
		txt := pageText(t, path, p)
		if !strings.Contains(txt, "Plan du lieu totem TCRM-Blida") {
			continue
		}
		if !strings.Contains(txt, "[image : Carte absente — carte.png]") {
			t.Errorf("missing figure not replaced by its text:\n%s", txt)
		}
		ps := strconv.Itoa(p)
		if list := run(t, "pdfimages", "-f", ps, "-l", ps, "-list", path); !strings.Contains(list, " image ") {
			t.Errorf("page %d has no image:\n%s", p, list)
		}
		return
	}
	t.Error("caption not found in the PDF")
}
