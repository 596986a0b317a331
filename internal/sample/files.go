package sample

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"

	"dossierft/internal/report/pdf/fonts"
)

// attachmentCreated is the fixed creation time of every sample attachment, so that two calls build equal
// dossiers (ISO date-time, UTC).
const attachmentCreated = "2015-04-10T09:00:00Z"

// pdfEpoch is the fixed CreationDate/ModDate written into the generated letters, for byte-identical output.
var pdfEpoch = time.Date(2015, 4, 10, 9, 0, 0, 0, time.UTC)

// letterPDF returns a one-page A4 PDF "Lettre de soutien — partner" set in Noto Sans, embedded from
// dossierft/internal/report/pdf/fonts as UTF-8 TrueType subsets (pdffonts: emb yes, sub yes, uni yes), so the
// letters, and the dossier PDF they are appended to, carry every font they use. date is shown as written;
// body holds paragraphs. The output is deterministic: fixed dates, sorted catalog. It panics on an fpdf
// error, which can only come from a programming mistake here (the inputs are constants of this package).
func letterPDF(partner, town, signatory, date string, body []string) []byte {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(pdfEpoch)
	pdf.SetModificationDate(pdfEpoch)
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	pdf.AddUTF8FontFromBytes("NotoSans", "", fonts.NotoSansRegular)
	pdf.AddUTF8FontFromBytes("NotoSans", "B", fonts.NotoSansBold)
	pdf.AddUTF8FontFromBytes("NotoSans", "I", fonts.NotoSansItalic)
	// French quotes keep their no-break spaces, so « and » never end up alone on a line.
	tr := func(s string) string { return strings.NewReplacer("« ", "«\u00a0", " »", "\u00a0»").Replace(s) }
	pdf.SetTitle(tr("Lettre de soutien — "+partner), true)
	pdf.SetAuthor(tr(partner), true)
	pdf.SetMargins(25, 25, 25)
	pdf.AddPage()
	pdf.SetFont("NotoSans", "B", 14)
	pdf.MultiCell(0, 7, tr("Lettre de soutien — "+partner), "", "L", false)
	pdf.Ln(4)
	pdf.SetFont("NotoSans", "", 10)
	pdf.MultiCell(0, 5, tr(fmt.Sprintf("%s, le %s", town, date)), "", "R", false)
	pdf.Ln(4)
	pdf.MultiCell(0, 5, tr("À l'attention de Monsieur le Président du Pôle métropolitain européen du Sillon lorrain"), "", "L", false)
	pdf.Ln(3)
	pdf.SetFont("NotoSans", "B", 10)
	pdf.MultiCell(0, 5, tr("Objet : candidature LORnTECH au label « Métropole French Tech »"), "", "L", false)
	pdf.SetFont("NotoSans", "", 10)
	pdf.Ln(3)
	for _, p := range body {
		pdf.MultiCell(0, 5, tr(p), "", "J", false)
		pdf.Ln(2)
	}
	pdf.Ln(6)
	pdf.MultiCell(0, 5, tr(signatory), "", "R", false)
	pdf.Ln(12)
	pdf.SetFont("NotoSans", "I", 8)
	pdf.MultiCell(0, 4, tr("Document d'exemple généré pour le dossier de démonstration : lettre fictive, sans valeur d'engagement."), "", "L", false)
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		panic("sample: letter PDF: " + err.Error())
	}
	return buf.Bytes()
}

// glyphs is a 5×7 bitmap font for the capital letters used in the sample logos ('#' = ink).
var glyphs = map[rune][7]string{
	'C': {" ### ", "#   #", "#    ", "#    ", "#    ", "#   #", " ### "},
	'E': {"#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#####"},
	'G': {" ### ", "#   #", "#    ", "# ###", "#   #", "#   #", " ####"},
	'H': {"#   #", "#   #", "#   #", "#####", "#   #", "#   #", "#   #"},
	'L': {"#    ", "#    ", "#    ", "#    ", "#    ", "#    ", "#####"},
	'M': {"#   #", "## ##", "# # #", "# # #", "#   #", "#   #", "#   #"},
	'N': {"#   #", "##  #", "# # #", "#  ##", "#   #", "#   #", "#   #"},
	'O': {" ### ", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "},
	'R': {"#### ", "#   #", "#   #", "#### ", "# #  ", "#  # ", "#   #"},
	'S': {" ####", "#    ", "#    ", " ### ", "    #", "    #", "#### "},
	'T': {"#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  "},
}

// logoPNG returns a w×h PNG: a rectangle of colour bg with text (capital letters of glyphs) drawn in white,
// centred, with a pixel scale that fits. Unknown letters leave a blank cell.
func logoPNG(text string, w, h int, bg color.RGBA) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, bg)
		}
	}
	runes := []rune(text)
	cellW := 6 // 5 columns + 1 spacing
	scale := min((w*8/10)/(len(runes)*cellW), (h*6/10)/7)
	if scale < 1 {
		scale = 1
	}
	textW := (len(runes)*cellW - 1) * scale
	x0 := (w - textW) / 2
	y0 := (h - 7*scale) / 2
	white := color.RGBA{255, 255, 255, 255}
	for i, r := range runes {
		g, ok := glyphs[r]
		if !ok {
			continue
		}
		for gy, row := range g {
			for gx, c := range row {
				if c != '#' {
					continue
				}
				for dy := 0; dy < scale; dy++ {
					for dx := 0; dx < scale; dx++ {
						img.Set(x0+(i*cellW+gx)*scale+dx, y0+gy*scale+dy, white)
					}
				}
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		panic("sample: logo PNG: " + err.Error())
	}
	return buf.Bytes()
}
