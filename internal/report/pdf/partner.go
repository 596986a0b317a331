package pdf

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"dossierft/internal/dossier"
	"dossierft/internal/fr"
	"dossierft/internal/report"
)

// Partner writes the review PDF of one partner of d (issue 4 item 10): its identity, its commitments per
// year and nature, the actions it leads, the chapters it owns, and a signature block. It fails when no
// partner has that ID.
func Partner(w io.Writer, d *dossier.Dossier, partnerID int64, opt Options) ([]string, error) {
	v := report.Build(d)
	var p *report.PartnerRow
	for i := range v.Partners {
		if v.Partners[i].ID == partnerID {
			p = &v.Partners[i]
		}
	}
	if p == nil {
		return nil, fmt.Errorf("partenaire n° %d introuvable dans le dossier", partnerID)
	}
	opt.Now = opt.now()
	name := firstNonEmpty(v.Candidature.Name, "Candidature")
	doc := newDoc(opt, name, opt.draft(v))
	doc.files = v.Files
	pdf := doc.pdf
	pdf.SetTitle(name+" — engagements de "+p.Name, true)
	pdf.SetAuthor(firstNonEmpty(v.Candidature.PorteurName, name), true)
	pdf.SetSubject("Relecture des engagements d'un partenaire de la candidature French Tech", true)
	pdf.SetKeywords(strings.Join(nonEmpty("French Tech", name, p.Name, "engagements"), ", "), true)
	pdf.SetCreator("Dossier French Tech", true)
	pdf.SetProducer("Dossier French Tech (fpdf)", true)
	pdf.SetLang("fr-FR")
	doc.where = "fiche partenaire « " + p.Name + " »"
	doc.header = "Engagements de " + p.Name
	doc.headerWhere = "nom du partenaire « " + p.Name + " »"
	doc.newPage()

	// Title block.
	doc.y = marginTop + 4
	doc.text(marginLeft, doc.y+4, "RELECTURE DES ENGAGEMENTS", style{size: 9, bold: true, color: colAccent})
	doc.y += 7
	doc.m.leading = 1.2
	doc.para([]span{{p.Name, style{size: 22, bold: true, color: colNavy}}}, marginLeft, doc.contentW(), 'L')
	doc.m.leading = 1.45
	doc.para([]span{{frenchTypo("Candidature « " + name + " »" + suffix(" — ", v.Candidature.Territory) + " · document édité le " + fr.LongTime(opt.Now)), style{size: 9.5, color: colMuted}}}, marginLeft, doc.contentW(), 'L')
	doc.fillColor(colAccent)
	pdf.Rect(marginLeft, doc.y+2, 18, 1.2, "F")
	doc.y += 8
	doc.bookmark("Identité", 0, false)

	// Logo (if any).
	if a := fileByID(v.Files, p.LogoID); a != nil && len(a.Data) > 0 {
		doc.logo(report.Logo{PartnerID: p.ID, Owner: p.Name, AttachmentID: a.ID, Name: a.Name, Data: a.Data}, pageW-marginRight-32, marginTop+6, 32, 18)
	}

	t := &table{size: 9, cols: []tcol{{"Rubrique", 50, 'L'}, {"Renseignement", 120, 'L'}}}
	t.scale(doc.contentW())
	row := func(k, val string) {
		if strings.TrimSpace(val) != "" {
			t.rows = append(t.rows, trow{cells: [][]span{t.bold(k), t.cell(frenchTypo(val))}})
		}
	}
	row("Organisation", p.Name)
	row("Type", p.KindLabel)
	row("Rôle dans la candidature", p.RoleLabel)
	row("Type de financeur (Cerfa 74)", p.FunderLabel)
	row("SIRET", p.SIRET)
	row("Commune", p.Town)
	row("Contact", strings.Join(nonEmpty(p.ContactName, p.Email, p.Phone), "\n"))
	row("Lettre de soutien", p.LetterLabel)
	row("Notes", p.Notes)
	row("Source", p.Source)
	doc.table(t, marginLeft)

	doc.sub("Engagements par année et par nature")
	if len(p.Contributions) == 0 {
		doc.note("Aucun engagement n'est enregistré pour ce partenaire.")
	} else {
		ct := &table{size: 8.5, zebra: true, cols: []tcol{{"Année", 13, 'L'}, {"Nature · compte", 40, 'L'}, {"Libellé", 54, 'L'}, {"Action", 13, 'L'}, {"Statut", 22, 'L'}, {"Montant", 28, 'R'}}}
		ct.scale(doc.contentW())
		ct.closedCol(0).closedCol(1, natureAccountLabels()...).closedCol(4, codeLabels(dossier.ContributionStatuses)...).closedCol(5)
		type key struct {
			year   int
			nature string
		}
		sub := map[key]dossier.Cents{}
		var order []key
		for _, c := range p.Contributions {
			k := key{c.Year, c.Nature}
			if _, ok := sub[k]; !ok {
				order = append(order, k)
			}
			sub[k] += c.Amount
			ct.rows = append(ct.rows, trow{cells: [][]span{ct.cell(strconv.Itoa(c.Year)), {{c.NatureLabel + "\n" + c.AccountLabel, style{size: 7.5, color: colMuted}}},
				ct.cell(c.Label), ct.cell(c.ActionCode), ct.cell(c.StatusLabel), ct.cell(fr.Euros(int64(c.Amount)))}})
		}
		ct.rows = append(ct.rows, trow{kind: rowTotal, cells: [][]span{ct.bold(""), ct.bold("Total"), ct.bold(""), ct.bold(""), ct.bold(""), ct.bold(fr.Euros(int64(p.Cash + p.InKind)))}})
		doc.table(ct, marginLeft)
		// Summary: years in rows, natures in columns.
		st := &table{size: 8.5, cols: []tcol{{"Année", 30, 'L'}, {"Numéraire", 40, 'R'}, {"En nature", 40, 'R'}, {"Total", 40, 'R'}}}
		st.scale(doc.contentW() * 0.75)
		amountCols(st, 0)
		years := map[int]bool{}
		var ys []int
		for _, k := range order {
			if !years[k.year] {
				years[k.year] = true
				ys = append(ys, k.year)
			}
		}
		for _, y := range ys {
			cash, kind := sub[key{y, dossier.NatureCash}], sub[key{y, dossier.NatureInKind}]
			st.rows = append(st.rows, trow{cells: [][]span{st.cell(strconv.Itoa(y)), st.cell(fr.Euros(int64(cash))), st.cell(fr.Euros(int64(kind))), st.cell(fr.Euros(int64(cash + kind)))}})
		}
		st.rows = append(st.rows, trow{kind: rowTotal, cells: [][]span{st.bold("Total"), st.bold(fr.Euros(int64(p.Cash))), st.bold(fr.Euros(int64(p.InKind))), st.bold(fr.Euros(int64(p.Cash + p.InKind)))}})
		doc.sub("Récapitulatif par année")
		doc.table(st, marginLeft)
	}

	doc.sub("Actions pilotées")
	n := len(v.Years)
	led := 0
	for _, a := range v.Actions {
		if a.LeadID != p.ID {
			continue
		}
		led++
		doc.para([]span{{a.Code + "  ", style{size: 10, bold: true, color: colAccent}}, {a.Title, style{size: 10, bold: true, color: colNavy}}}, marginLeft, doc.contentW(), 'L')
		doc.para([]span{{frenchTypo(strings.Join(nonEmpty(a.AxisLabel, a.Period, "budget "+euros(a.Charges[n])), " · ")), style{size: 8.5, color: colMuted}}}, marginLeft, doc.contentW(), 'L')
		if a.Description != "" {
			doc.markdown(a.Description, marginLeft, doc.contentW(), false)
		}
		doc.y += 2
	}
	if led == 0 {
		doc.note("Ce partenaire ne pilote aucune action.")
	}

	doc.sub("Chapitres dont le partenaire a la charge")
	owned := 0
	for _, c := range v.Chapters {
		if c.OwnerID != p.ID {
			continue
		}
		owned++
		doc.para([]span{{c.Title, style{size: 10, bold: true, color: colText}}, {"  —  " + c.StatusLabel, style{size: 9, color: colMuted}}}, marginLeft, doc.contentW(), 'L')
	}
	if owned == 0 {
		doc.note("Aucun chapitre n'est confié à ce partenaire.")
	}

	// Signature block, kept on one page, its box ending at the bottom margin at the lowest (7 mm above the
	// footer rule): its whole height is measured first, and the block moves to a new page when it does not fit.
	doc.y += 4
	vtitle := []span{{"Validation par le partenaire", style{size: 12.5, bold: true, color: colNavy}}}
	vbody := []span{{frenchTypo("Je soussigné(e), représentant(e) de " + p.Name + ", certifie l'exactitude des engagements ci-dessus pour la candidature « " + name + " »."), bodyStyle}}
	doc.space(height(doc.m.wrap(vtitle, doc.contentW())) + height(doc.m.wrap(vbody, doc.contentW())) + signatureH)
	doc.subBookmark("Validation")
	doc.para(vtitle, marginLeft, doc.contentW(), 'L')
	doc.para(vbody, marginLeft, doc.contentW(), 'J')
	doc.y += 3
	bw := (doc.contentW() - 6) / 2
	for i, lbl := range []string{"Nom, qualité", "Date"} {
		x := marginLeft + float64(i)*(bw+6)
		doc.text(x, doc.y+3, lbl, style{size: 8, bold: true, color: colMuted})
		doc.drawColor(colRule)
		pdf.SetLineWidth(0.3)
		pdf.Line(x, doc.y+12, x+bw, doc.y+12)
	}
	doc.y += 16
	doc.text(marginLeft, doc.y+3, "Signature et cachet", style{size: 8, bold: true, color: colMuted})
	pdf.Rect(marginLeft, doc.y+5, doc.contentW(), signatureBoxH, "D")
	doc.y += 5 + signatureBoxH

	doc.footers(pdf.PageNo())
	if err := pdf.Error(); err != nil {
		return doc.warnings, fmt.Errorf("génération du PDF : %w", err)
	}
	err := doc.output(w)
	return doc.warnings, err
}

// Heights of the signature block under its text, mm: gap 3, name and date lines 16, label 5, box.
const (
	signatureBoxH = 32.0
	signatureH    = 3 + 16 + 5 + signatureBoxH
)

func suffix(sep, s string) string {
	if s == "" {
		return ""
	}
	return sep + s
}

// fileByID returns the attachment with that ID, or nil (0 is never an attachment).
func fileByID(files []dossier.Attachment, id int64) *dossier.Attachment {
	if id == 0 {
		return nil
	}
	for i := range files {
		if files[i].ID == id {
			return &files[i]
		}
	}
	return nil
}
