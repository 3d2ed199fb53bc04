// Package lower lower-cases text as strings.ToLower does, byte for byte,
// but faster on text that is mostly ASCII with a few other runes (curly
// quotes, accented names), which strings.ToLower maps one rune at a time
// through a function; and into a caller's buffer, so that looking a word
// up in a map by its lower case makes no garbage.
package lower

import (
	"slices"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// String returns s lower-cased, as strings.ToLower(s) does; s itself when
// that changes nothing.
func String(s string) string {
	i := changed(s)
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s)+utf8.UTFMax)
	copy(b, s[:i])
	b = Append(b, s[i:])
	// b is the string's alone from here on
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// Append appends s lower-cased, as strings.ToLower gives it, to dst:
// each ASCII capital and each other rune as unicode.ToLower maps it, and
// each byte that is not UTF-8 as U+FFFD.
func Append(dst []byte, s string) []byte {
	dst = slices.Grow(dst, len(s))
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			// a run of ASCII is copied, then its capitals lowered
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			from := len(dst)
			dst = append(dst, s[i:j]...)
			for k := from; k < len(dst); k++ {
				if c := dst[k]; 'A' <= c && c <= 'Z' {
					dst[k] = c + 'a' - 'A'
				}
			}
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if caseless(r) {
			dst = append(dst, s[i:i+n]...)
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		i += n
	}
	return dst
}

// Get looks s up in m by its lower case, as m[String(s)] does, without
// making the lower case a string of its own when it fits in 64 bytes.
func Get[V any](m map[string]V, s string) (V, bool) {
	var buf [64]byte
	v, ok := m[string(Append(buf[:0], s))]
	return v, ok
}

// changed returns where the first byte lower-casing changes is, len(s)
// when none is: an ASCII capital, a rune unicode.ToLower changes, or a
// byte that is not UTF-8.
func changed(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !caseless(r) && (r == utf8.RuneError && n == 1 || unicode.ToLower(r) != r) {
			return i
		}
		i += n
	}
	return len(s)
}

// caseless reports whether r is general punctuation (U+2000–U+206F: the
// typographic quotes, dashes and spaces of news text), which has no case:
// unicode.ToLower would look each up in its tables.
func caseless(r rune) bool { return r >= 0x2000 && r <= 0x206f }
