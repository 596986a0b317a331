package dossier

import (
	"fmt"
	"net/url"
	"reflect"
	"strings"
	"unicode/utf8"

	"dossierft/internal/fr"
)

// MaxTextBytes is the largest text a single field may hold (1 MiB): a chapter of a few hundred pages. Longer
// texts are refused, so that no document export runs out of memory on pasted junk.
const MaxTextBytes = 1 << 20

// NoRune is what CleanText returns when it removed nothing (NUL, U+0000, is a character it removes).
const NoRune rune = -1

// badRune reports whether r is a character that has no place in a dossier's text: C0 controls other than tab
// and line feed, DEL, C1 controls, the non-characters U+FFFE/U+FFFF and the replacement character left by a
// broken encoding.
func badRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f, r == 0xfffe, r == 0xffff, r == utf8.RuneError:
		return true
	}
	return false
}

// CleanText removes from s the characters that have no place in a dossier's text (control characters pasted
// from Word or a PDF, NUL, U+FFFE, invalid UTF-8), turns CR LF and lone CR into LF and a vertical tab or form
// feed into a line feed. It returns the cleaned text and the first character removed or replaced, or NoRune
// when none was (a CR LF turned into LF is not reported; NUL is reported as U+0000).
func CleanText(s string) (string, rune) {
	clean := true
	for _, r := range s {
		if badRune(r) || r == '\r' {
			clean = false
			break
		}
	}
	if clean && utf8.ValidString(s) {
		return s, NoRune
	}
	first := NoRune
	var b strings.Builder
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				if first == NoRune {
					first = utf8.RuneError
				}
				continue
			}
		}
		switch r {
		case '\r', '\v', '\f':
			b.WriteByte('\n')
			if r != '\r' && first == NoRune {
				first = r
			}
			continue
		}
		if badRune(r) {
			if first == NoRune {
				first = r
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), first
}

// CleanStrings applies CleanText to every string field (and []string element) of the struct *v, in place,
// and returns the JSON names of the fields it changed.
func CleanStrings(v any) []string {
	var changed []string
	rv := reflect.ValueOf(v).Elem()
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		f := rv.Field(i)
		name := jsonName(rt.Field(i))
		switch {
		case f.Kind() == reflect.String:
			if c, bad := CleanText(f.String()); bad != NoRune || c != f.String() {
				f.SetString(c)
				changed = append(changed, name)
			}
		case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
			for j := 0; j < f.Len(); j++ {
				if c, bad := CleanText(f.Index(j).String()); bad != NoRune || c != f.Index(j).String() {
					f.Index(j).SetString(c)
					changed = append(changed, name)
				}
			}
		case f.Kind() == reflect.Struct && rt.Field(i).Anonymous:
			changed = append(changed, CleanStrings(f.Addr().Interface())...)
		}
	}
	return changed
}

func jsonName(f reflect.StructField) string {
	tag := f.Tag.Get("json")
	if i := strings.IndexByte(tag, ','); i >= 0 {
		tag = tag[:i]
	}
	if tag == "" {
		return f.Name
	}
	return tag
}

// textEntities maps the Dossier slices holding texts to the entity name used in finding fields.
var textEntities = []struct {
	entity string
	get    func(d *Dossier) any
}{
	{"territory", func(d *Dossier) any { return d.Territories }},
	{"totem", func(d *Dossier) any { return d.Totems }},
	{"partner", func(d *Dossier) any { return d.Partners }},
	{"contribution", func(d *Dossier) any { return d.Contributions }},
	{"action", func(d *Dossier) any { return d.Actions }},
	{"charge", func(d *Dossier) any { return d.Charges }},
	{"resource", func(d *Dossier) any { return d.Resources }},
	{"indicator", func(d *Dossier) any { return d.Indicators }},
	{"actor", func(d *Dossier) any { return d.Actors }},
	{"section", func(d *Dossier) any { return d.Sections }},
	{"attachment", func(d *Dossier) any { return d.Attachments }},
}

// texts checks every text field of the dossier: too long (error) and characters with no place in a text
// (warning: they are left out of the documents). Field names are only built when a finding is made.
func (v *validator) texts() {
	check := func(field, where func() string, s string) {
		if len(s) > MaxTextBytes {
			v.add(SevError, "text-size", field(), "%s : texte de %s caractères, au-delà de la limite de %s octets (1 Mio) : raccourcissez-le ou mettez-le en annexe.", where(), fr.Int(int64(utf8.RuneCountInString(s))), fr.Int(MaxTextBytes))
		}
		if _, bad := CleanText(s); bad != NoRune {
			v.add(SevWarning, "text-control", field(), "%s : caractère invisible U+%04X (copié depuis un traitement de texte ?) ; il sera retiré à l'enregistrement et dans les documents.", where(), bad)
		}
	}
	walk := func(prefix, where func() string, rv reflect.Value) {
		rt := rv.Type()
		for i := 0; i < rt.NumField(); i++ {
			f := rv.Field(i)
			sf := rt.Field(i)
			field := func() string { return prefix() + "." + jsonName(sf) }
			at := func() string { return where() + " (" + jsonName(sf) + ")" }
			switch {
			case f.Kind() == reflect.String:
				check(field, at, f.String())
			case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
				for j := 0; j < f.Len(); j++ {
					check(field, at, f.Index(j).String())
				}
			}
		}
	}
	walk(func() string { return "candidature" }, func() string { return "Candidature" }, reflect.ValueOf(v.d.Candidature))
	for _, e := range textEntities {
		list := reflect.ValueOf(e.get(v.d))
		for i := 0; i < list.Len(); i++ {
			row := list.Index(i)
			entity := e.entity
			id := func() int64 { return row.FieldByName("ID").Int() }
			walk(func() string { return fmt.Sprintf("%s:%d", entity, id()) },
				func() string { return fmt.Sprintf("%s n° %d", entityLabel[entity], id()) }, row)
		}
	}
}

var entityLabel = map[string]string{
	"territory": "Territoire", "totem": "Lieu totem", "partner": "Partenaire", "contribution": "Contribution",
	"action": "Action", "charge": "Ligne de charges", "resource": "Ligne de produits", "indicator": "Indicateur",
	"actor": "Acteur", "section": "Chapitre", "attachment": "Pièce jointe",
}

// CheckWebsite returns a French error when s is not an http(s) address with a host ("" is accepted).
func CheckWebsite(s string) error {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(s, " \t\n") {
		return fmt.Errorf("site web invalide « %s » : attendu une adresse http:// ou https://", s)
	}
	return nil
}
