package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/gazetteer"
)

// translitPairs are the spellings NameKey replaces, each with what it
// becomes; at each place the first pair that fits is taken.
var translitPairs = []string{"kh", "h", "gh", "k", "q", "k", "ue", "u", "ph", "f", "w", "v", "j", "y", "g", "h", "ck", "k", "x", "ks", "i", "y"}

var translit = strings.NewReplacer(translitPairs...)

// translitFrom holds translitPairs by the first byte of what they replace,
// in their order.
var translitFrom = func() (t [256][][2]string) {
	for i := 0; i < len(translitPairs); i += 2 {
		from := translitPairs[i]
		t[from[0]] = append(t[from[0]], [2]string{from, translitPairs[i+1]})
	}
	return t
}()

// NameKey folds a name to a key that transliteration variants share:
// Hnatov/Gnatov, Zelensky/Zelenskyy/Zelenskiy, Gruenbaum/Grunbaum,
// Yury/Yuri/Yuriy, Andriy/Andrii, Araghchi/Araqchi, Kiev-style double
// letters, al-Burhan/Burhan.
func NameKey(s string) string {
	if k, ok := asciiNameKey(s); ok {
		return k
	}
	return nameKey(s)
}

// nameKey is NameKey for any text.
func nameKey(s string) string {
	s = gazetteer.Fold(s)
	// "al-Burhan" is "Burhan" on second reference
	if len(s) > 3 && (strings.HasPrefix(s, "al-") || strings.HasPrefix(s, "el-")) {
		s = s[3:]
	}
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, s)
	s = translit.Replace(s)
	// double letters
	var b strings.Builder
	var prev rune
	for _, r := range s {
		if r != prev {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// GivenCompatible reports whether two given names can be one person's:
// the same after folding, or one a short form of the other (Steve/Stephen,
// Josh/Joshua).
func GivenCompatible(a, b string) bool {
	return GivenKeysCompatible(NameKey(a), NameKey(b))
}

// GivenKeysCompatible is GivenCompatible on the names' NameKeys.
func GivenKeysCompatible(ka, kb string) bool {
	if ka == kb {
		return true
	}
	n := 3
	if len(ka) < n || len(kb) < n {
		return false
	}
	return ka[:n] == kb[:n]
}

// spelling folds British and American spellings of institution names.
var spelling = strings.NewReplacer("defence", "defense", "organisation", "organization", "programme", "program", "centre", "center", "labour", "labor",
	// one office, two word orders
	"office of the president", "presidential office", "president's office", "presidential office", "president’s office", "presidential office")

// OrgKey returns the key, canonical name, base name (without its country)
// and country of an organisation name. The country may follow ("National
// Security and Defence Council of Ukraine") or lead as a demonym ("Russian
// Foreign Ministry"); British and American spellings share a key. The key
// names the country when the name does ("foreign-ministry-of-russia"), so
// two countries' ministries stay apart; merging ties a name without its
// country to the one country-named organisation of that base, if there is
// one.
func OrgKey(name string, g *gazetteer.Gazetteer) (key, canonical, base, country string) {
	canonical = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	base = canonical
	if i := strings.LastIndex(base, " of "); i > 0 {
		tail := strings.TrimPrefix(base[i+4:], "the ")
		if e, ok := g.Lookup(tail); ok && e.Country != "" && e.Kind == "country" {
			country = e.Country
			base = base[:i]
		}
	}
	if first, rest, ok := strings.Cut(base, " "); ok && country == "" {
		if e, found := g.Lookup(first); found && e.Kind == "country" && e.Demonym {
			country, base = e.Country, rest
		}
	}
	key = OrgBaseKey(base)
	if country != "" {
		key += "-of-" + country
	}
	return key, canonical, base, country
}

// OrgBaseKey is the key of an organisation's name without its country.
func OrgBaseKey(base string) string {
	return gazetteer.Slug(spelling.Replace(strings.ToLower(base)))
}

// Acronym returns the initials of the capitalised words of a name of three
// or more words ("National Security and Defense Council" -> "NSDC").
func Acronym(name string) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(name) {
		if w == "of" || w == "the" || w == "and" || w == "for" || w == "&" {
			continue
		}
		r := []rune(w)[0]
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
		n++
	}
	if n < 3 {
		return ""
	}
	return b.String()
}

// asciiNameKey is NameKey in one pass over the bytes of an ASCII name
// (most names), with translit's pairs looked up by their first byte; it
// reports false for any other text.
func asciiNameKey(s string) (string, bool) {
	// (a prefix of bytes that are not ASCII fits neither "al-" nor "el-")
	if len(s) > 3 && (s[1]|0x20 == 'l' && s[2] == '-') && (s[0]|0x20 == 'a' || s[0]|0x20 == 'e') {
		s = s[3:]
	}
	// the letters, in lower case
	letters := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return "", false
		}
		if c := s[i] | 0x20; 'a' <= c && c <= 'z' {
			letters = append(letters, c)
		}
	}
	out := make([]byte, 0, len(letters)+2)
	put := func(c byte) {
		if n := len(out); n == 0 || out[n-1] != c { // double letters
			out = append(out, c)
		}
	}
	for i := 0; i < len(letters); {
		n := 0
		for _, p := range translitFrom[letters[i]] {
			if from := p[0]; i+len(from) <= len(letters) && string(letters[i:i+len(from)]) == from {
				for k := 0; k < len(p[1]); k++ {
					put(p[1][k])
				}
				n = len(from)
				break
			}
		}
		if n == 0 {
			put(letters[i])
			n = 1
		}
		i += n
	}
	return string(out), true
}
