package pdf

import (
	"strings"
	"unicode"
)

// French typography (Lexique des règles typographiques en usage à l'Imprimerie nationale): a no-break space
// U+00A0 before ":" and inside « », a narrow no-break space U+202F before ";", "!" and "?". Existing
// ordinary spaces at those places become no-break; a missing space is added before ; ! ? and inside « »
// only (never before ":", which also appears in times, ratios and URLs).
func frenchTypo(s string) string {
	if !strings.ContainsAny(s, ":;!?«»") {
		return s
	}
	rs := []rune(s)
	out := make([]rune, 0, len(rs)+8)
	isSpace := func(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' }
	for i, r := range rs {
		switch r {
		case ':', ';', '!', '?', '»':
			nb := '\u202f'
			if r == ':' || r == '»' {
				nb = '\u00a0'
			}
			n := len(out)
			if n > 0 && out[n-1] == ' ' {
				out[n-1] = nb
			} else if n > 0 && r != ':' && !isSpace(out[n-1]) && (unicode.IsLetter(out[n-1]) || unicode.IsDigit(out[n-1]) || out[n-1] == ')' || out[n-1] == '.') {
				// "Bravo!" → "Bravo !", "Pourquoi?" → "Pourquoi ?", "«mot»" → "« mot »"; but keep "?!" and
				// "!!" together and leave URLs (no letter before "?" followed by "=") alone.
				if !(r == '?' && i+1 < len(rs) && (rs[i+1] == '=' || unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1]))) &&
					!(r == ';' && i+1 < len(rs) && !isSpace(rs[i+1])) {
					out = append(out, nb)
				}
			}
			out = append(out, r)
		default:
			if n := len(out); n > 0 && out[n-1] == '«' {
				if r == ' ' {
					r = '\u00a0'
				} else if !isSpace(r) {
					out = append(out, '\u00a0')
				}
			}
			out = append(out, r)
		}
	}
	return string(out)
}
