package report

import (
	"reflect"

	"dossierft/internal/dossier"
)

// Clean returns d itself when every text of it is clean, else a copy whose texts (every string field and
// []string element of the candidature and of every row) went through dossier.CleanText: control characters,
// NUL, U+FFFE/U+FFFF and invalid UTF-8 removed, vertical tab and form feed made line feeds — what the
// validation message promises ("il sera retiré à l'enregistrement et dans les documents"). d is never
// modified; slices are copied only when one of their rows changes, and byte slices (attachment data) are
// shared.
func Clean(d *dossier.Dossier) *dossier.Dossier {
	if !dirty(reflect.ValueOf(d).Elem()) {
		return d
	}
	c := *d
	clean(reflect.ValueOf(&c).Elem())
	return &c
}

// dirty reports whether v (a string, struct or slice) holds a text CleanText would change.
func dirty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		c, bad := dossier.CleanText(s)
		return bad != dossier.NoRune || c != s
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() && dirty(v.Field(i)) {
				return true
			}
		}
	case reflect.Slice:
		if k := v.Type().Elem().Kind(); k != reflect.String && k != reflect.Struct {
			return false
		}
		for i := 0; i < v.Len(); i++ {
			if dirty(v.Index(i)) {
				return true
			}
		}
	}
	return false
}

// clean cleans the settable v in place; a dirty slice is first copied, so that the original rows stay as
// they are.
func clean(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if c, _ := dossier.CleanText(v.String()); c != v.String() {
			v.SetString(c)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.CanSet() && dirty(f) {
				clean(f)
			}
		}
	case reflect.Slice:
		if !dirty(v) {
			return
		}
		cp := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(cp, v)
		for i := 0; i < cp.Len(); i++ {
			if dirty(cp.Index(i)) {
				clean(cp.Index(i))
			}
		}
		v.Set(cp)
	}
}
