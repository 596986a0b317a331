package xlsx

import (
	"fmt"
	"io"
	"net/url"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"dossierft/internal/dossier"
)

// MaxURL is the longest hyperlink address Excel follows (2,079 characters, Excel specifications and limits:
// "Hyperlinks"); a longer website is written as plain text.
const MaxURL = 2079

// MaxLinksPerSheet is the number of hyperlinks a worksheet may hold (Excel specifications and limits:
// 65,530 hyperlinks in a worksheet). Websites past it stay plain text; the "À propos" sheet says so.
const MaxLinksPerSheet = 65530

// maxLinks is MaxLinksPerSheet; tests lower it.
var maxLinks = MaxLinksPerSheet

// maxCriterion is the longest criterion literal written in a formula (Excel refuses text constants over 255
// characters in a formula).
const maxCriterion = 250

// maxTownColumns bounds the Statistiques matrix: the most frequent towns get a column, the others are
// counted together in "Autres communes".
const maxTownColumns = 30

// Actors writes the actors workbook (annuaire de l'écosystème) of d to w as an XLSX file. Sheets: Annuaire
// (one row per actor, an Excel table with filters, SIRET and postcodes as text, funds raised as numbers,
// headcount bands in words, websites as hyperlinks), Statistiques (COUNTIFS by category × town, SUMIFS of
// funds raised), Listes (validation sources), À propos. Errors come from excelize or from w.
func Actors(w io.Writer, d *dossier.Dossier, opt Options) error {
	b, err := newBook(opt)
	if err != nil {
		return err
	}
	st := b.st
	dir := b.newSheet("Annuaire")
	stats := b.newSheet("Statistiques")
	lists := b.newSheet("Listes")

	heads := []string{"N°", "Nom", "Catégorie", "SIRET", "Code NAF", "Code postal", "Commune", "Tranche d'effectifs",
		"Année de création", "Fonds levés", "Site web", "Description", "Mots-clés", "Origine", "Fictif"}
	for i, h := range heads {
		style := st.header
		if i == 9 {
			style = st.headerRight
		}
		dir.text(1, i+1, h, style, "")
	}
	links := 0
	for i, a := range d.Actors {
		r := i + 2
		dir.num(r, 1, i+1, st.integer)
		dir.text(r, 2, a.Name, st.bold, "Nom")
		dir.text(r, 3, categoryLabel(a.Category), st.wrap, "Catégorie")
		dir.text(r, 4, a.SIRET, st.textFmt, "SIRET")
		dir.text(r, 5, a.NAF, st.textFmt, "Code NAF")
		dir.text(r, 6, a.Postcode, st.textFmt, "Code postal")
		dir.text(r, 7, a.Town, st.wrap, "Commune")
		if a.HeadcountBand != "" {
			dir.text(r, 8, dossier.LabelOf(dossier.HeadcountBands, a.HeadcountBand), st.wrap, "Tranche d'effectifs")
		}
		if a.CreationYear != 0 {
			dir.num(r, 9, a.CreationYear, st.year)
		}
		if a.FundsRaised != 0 { // unknown funds stay blank, as in the PDF (SUM and COUNTIFS ignore blanks)
			dir.money(r, 10, a.FundsRaised, st.euro)
		}
		site := b.notes.text(dir.name, r, "Site web", a.Website)
		if u, ok := linkURL(site); ok && links < maxLinks {
			links++
			b.links = append(b.links, link{ref(r, 11), u})
			dir.set(r, 11, excelize.Cell{StyleID: st.link, Value: site})
		} else if site != "" {
			if ok {
				b.notes.items = append(b.notes.items, fmt.Sprintf("Feuille « %s », ligne %d : au-delà de %d liens par feuille, le site web est écrit sans lien.", dir.name, r, maxLinks))
			} else if len(site) > MaxURL {
				b.notes.items = append(b.notes.items, fmt.Sprintf("Feuille « %s », ligne %d : adresse du site web trop longue pour un lien Excel (plus de %d caractères), écrite comme texte.", dir.name, r, MaxURL))
			}
			dir.set(r, 11, excelize.Cell{StyleID: st.text, Value: site})
		}
		dir.text(r, 12, a.Description, st.wrap, "Description")
		dir.text(r, 13, strings.Join(a.Tags, ", "), st.wrap, "Mots-clés")
		dir.text(r, 14, a.Origin, st.wrap, "Origine")
		fict := "Non"
		if a.Fictitious {
			fict = "Oui"
		}
		dir.text(r, 15, fict, st.text, "Fictif")
	}
	last := max(len(d.Actors), 1) + 1
	dir.table = &excelize.Table{Range: "A1:" + ref(last, len(heads)), Name: "TableActeurs", StyleName: "TableStyleMedium2"}
	dir.freezeRows, dir.freezeCols = 1, 2
	dir.printRows = [2]int{1, 1}
	dir.textNumbers("D2:F" + fmt.Sprint(last))
	for col, w := range map[int]float64{2: 30, 3: 18, 7: 20, 8: 18, 11: 30, 12: 48, 13: 22, 14: 24} {
		dir.capWidth(col, w)
	}
	for col, n := range map[int]string{2: "Annuaire_Nom", 3: "Annuaire_Categorie", 6: "Annuaire_CodePostal", 7: "Annuaire_Commune", 8: "Annuaire_Effectifs", 10: "Annuaire_Fonds"} {
		if err := b.name(n, dir, 2, col, last, col); err != nil {
			return err
		}
	}
	nCat, nBand := len(dossier.ActorCategories), len(dossier.HeadcountBands)
	dir.before = append(dir.before, func(f *excelize.File, name string) error {
		if err := listValidation(f, name, "C2:"+ref(last, 3), quoteSheet(lists.name)+"!$A$2:$A$"+fmt.Sprint(nCat+1), "Catégorie", "une catégorie de la feuille Listes"); err != nil {
			return err
		}
		return listValidation(f, name, "H2:"+ref(last, 8), quoteSheet(lists.name)+"!$B$2:$B$"+fmt.Sprint(nBand+1), "Tranche d'effectifs", "une tranche de la feuille Listes")
	})
	if err := b.write(dir); err != nil {
		return err
	}
	b.linkSheet = "xl/worksheets/sheet1.xml" // Annuaire is the first sheet: excelize's Sheet1 renamed
	if err := actorStats(b, stats, d); err != nil {
		return err
	}
	lists.text(1, 1, "Catégories", st.header, "")
	lists.text(1, 2, "Tranches d'effectifs (INSEE)", st.header, "")
	for i, c := range dossier.ActorCategories {
		lists.text(i+2, 1, c.Label, st.text, "")
	}
	for i, c := range dossier.HeadcountBands {
		lists.text(i+2, 2, c.Label, st.text, "")
	}
	lists.freezeRows = 1
	if err := b.write(lists); err != nil {
		return err
	}
	name := d.Candidature.Name
	title := "Annuaire de l'écosystème – " + name
	if err := b.aboutSheet(title, []string{
		"Classeur généré par Dossier French Tech à partir du dossier de candidature « " + name + " ».",
		"Annuaire : une ligne par acteur. SIRET, code NAF et code postal sont du texte (les zéros en tête sont conservés) ; les fonds levés sont des nombres en euros ; la tranche d'effectifs suit la nomenclature INSEE.",
		"Statistiques : nombres d'acteurs par catégorie et par commune calculés par NB.SI.ENS sur l'annuaire (les communes sont comparées sans tenir compte des majuscules), fonds levés par SOMME.SI.ENS.",
		"Noms définis : Annuaire_Nom, Annuaire_Categorie, Annuaire_CodePostal, Annuaire_Commune, Annuaire_Effectifs, Annuaire_Fonds.",
	}); err != nil {
		return err
	}
	return b.finish(w, title, "Annuaire des acteurs de l'écosystème numérique ("+d.Candidature.Territory+")", d)
}

// categoryLabel returns the French label of an actor category code ("" stays "").
func categoryLabel(code string) string {
	if code == "" {
		return ""
	}
	return dossier.LabelOf(dossier.ActorCategories, code)
}

// linkURL returns the address a website cell links to and whether it may be a hyperlink: http(s) only
// (a bare "www.example.fr" gets "https://"), no blanks, at most MaxURL characters.
func linkURL(site string) (string, bool) {
	s := strings.TrimSpace(site)
	if s == "" || strings.ContainsAny(s, " \t\n\"<>") {
		return "", false
	}
	low := strings.ToLower(s)
	if !strings.HasPrefix(low, "http://") && !strings.HasPrefix(low, "https://") {
		if strings.Contains(low, ":") {
			return "", false // javascript:, file:, mailto:… are not websites
		}
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || len(s) > MaxURL {
		return "", false
	}
	return s, true
}

// townKey groups towns the way COUNTIFS compares them: without regard to case.
func townKey(t string) string { return strings.ToLower(t) }

// actorStats writes the Statistiques sheet.
func actorStats(b *book, s *sheet, d *dossier.Dossier) error {
	st := b.st
	s.put(1, 1, excelize.Cell{StyleID: st.title, Value: b.notes.text(s.name, 1, "titre", "Acteurs par catégorie et par commune – "+d.Candidature.Name)})
	s.put(2, 1, excelize.Cell{StyleID: st.subtitle, Value: fmt.Sprintf("%d acteurs · édité le %s · formules NB.SI.ENS sur la feuille Annuaire", len(d.Actors), b.now.Format("02/01/2006"))})

	// Categories: the known ones with actors, in list order, then unknown codes; "" last.
	var cats []string
	seen := map[string]bool{}
	counts := d.ActorsByCategory()
	for _, c := range counts {
		l := categoryLabel(c.Key)
		l, _ = cleanText(l)
		l, _ = fitCell(l)
		if !seen[l] {
			seen[l] = true
			cats = append(cats, l)
		}
	}
	// Towns, grouped case-insensitively, most numerous first.
	type town struct {
		label string
		n     int
	}
	tm := map[string]*town{}
	var towns []*town
	catOf := make([]string, len(d.Actors))
	townOf := make([]string, len(d.Actors))
	for i, a := range d.Actors {
		c, _ := cleanText(categoryLabel(a.Category))
		c, _ = fitCell(c)
		catOf[i] = c
		t, _ := cleanText(a.Town)
		t, _ = fitCell(t)
		k := townKey(t)
		townOf[i] = k
		if tm[k] == nil {
			tm[k] = &town{label: t}
			towns = append(towns, tm[k])
		}
		tm[k].n++
	}
	sort.SliceStable(towns, func(i, j int) bool {
		if towns[i].n != towns[j].n {
			return towns[i].n > towns[j].n
		}
		return towns[i].label < towns[j].label
	})
	// Towns whose name is too long for a formula criterion (Excel: 255 characters) go to "Autres communes".
	var shown []*town
	for _, t := range towns {
		if len(shown) < maxTownColumns && len(criterion(t.label)) <= maxCriterion {
			shown = append(shown, t)
		}
	}
	others := len(shown) < len(towns)
	const hdr = 4
	s.text(hdr, 1, "Catégorie", st.header, "")
	for j, t := range shown {
		l := t.label
		if l == "" {
			l = "(commune non renseignée)"
		}
		s.text(hdr, j+2, l, st.headerRight, "")
	}
	col := len(shown) + 2
	othersCol, totalCol := 0, col
	if others {
		othersCol = col
		s.text(hdr, othersCol, "Autres communes", st.headerRight, "")
		totalCol = col + 1
	}
	fundsCol := totalCol + 1
	s.text(hdr, totalCol, "Total", st.headerRight, "")
	s.text(hdr, fundsCol, "Fonds levés", st.headerRight, "")
	count := func(c, tk string) int {
		n := 0
		for i := range d.Actors {
			if catOf[i] == c && (tk == "\x00" || townOf[i] == tk) {
				n++
			}
		}
		return n
	}
	for i, c := range cats {
		r := hdr + 1 + i
		label := c
		if label == "" {
			label = "(catégorie non renseignée)"
		}
		s.text(r, 1, label, st.text, "Catégorie")
		cc := criterion(c)
		// A category too long for a criterion literal (unknown code typed by a user) gets plain values.
		put := s.formula
		if len(cc) > maxCriterion {
			put = func(r, col int, _ string, v any, style int) { s.num(r, col, v, style) }
		}
		shownSum := 0
		for j, t := range shown {
			n := count(c, townKey(t.label))
			shownSum += n
			put(r, j+2, fmt.Sprintf("COUNTIFS(Annuaire_Categorie,%s,Annuaire_Commune,%s)", cc, criterion(t.label)), n, st.integer)
		}
		total := count(c, "\x00")
		put(r, totalCol, fmt.Sprintf("COUNTIFS(Annuaire_Categorie,%s)", cc), total, st.integer)
		if others {
			s.formula(r, othersCol, fmt.Sprintf("%s-SUM(%s:%s)", ref(r, totalCol), ref(r, 2), ref(r, othersCol-1)), total-shownSum, st.integer)
		}
		var funds dossier.Cents
		for k, a := range d.Actors {
			if catOf[k] == c {
				funds += a.FundsRaised
			}
		}
		put(r, fundsCol, fmt.Sprintf("SUMIFS(Annuaire_Fonds,Annuaire_Categorie,%s)", cc), euros(funds), st.euro)
	}
	tr := hdr + 1 + len(cats)
	s.text(tr, 1, "Total", st.bold, "")
	for c := 2; c <= fundsCol; c++ {
		var v any
		switch {
		case c == fundsCol:
			var t dossier.Cents
			for _, a := range d.Actors {
				t += a.FundsRaised
			}
			v = euros(t)
		case c == totalCol:
			v = len(d.Actors)
		case c == othersCol:
			n := 0
			for _, t := range towns {
				n += t.n
			}
			for _, t := range shown {
				n -= t.n
			}
			v = n
		default:
			v = shown[c-2].n
		}
		style := st.integer
		if c == fundsCol {
			style = st.euroBold
		}
		f := "0"
		if len(cats) > 0 {
			f = fmt.Sprintf("SUM(%s:%s)", ref(hdr+1, c), ref(tr-1, c))
		}
		s.formula(tr, c, f, v, style)
	}
	s.freezeRows, s.freezeCols = hdr, 1
	s.printRows = [2]int{hdr, hdr}
	for j := range shown {
		s.width(j+2, 12)
	}
	return b.write(s)
}
