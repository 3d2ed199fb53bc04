// Package phrase tells whether a text holds any of a fixed list of
// phrases, in one pass over the text rather than one per phrase: page
// furniture, date words and meeting words are looked for in every line
// and sentence of every article. Occurrences finds where one phrase is.
package phrase

import (
	"iter"
	"strings"
)

// Set is a fixed list of phrases, matched byte for byte: callers that
// ignore case lower-case the text, as the phrases are.
type Set struct {
	// pairs marks the phrases' first two bytes (bit b0<<8|b1), and starts
	// the hashes of their first three: most bytes of a text start none
	pairs  [1 << 16 / 64]uint64
	starts [1 << 10]uint64
	// byStart are the phrases of three bytes or more, by their first three
	byStart map[[3]byte][]string
	// short are the phrases under three bytes, looked for one by one
	short []string
	// folds says every phrase is ASCII with no capital: InFold can then
	// fold the text's case as it reads
	folds bool
}

// New returns the set of the given phrases.
func New(phrases ...string) *Set {
	s := &Set{byStart: map[[3]byte][]string{}, folds: true}
	for _, p := range phrases {
		for i := 0; i < len(p); i++ {
			if c := p[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
				s.folds = false
			}
		}
		if len(p) < 3 {
			s.short = append(s.short, p)
			continue
		}
		k := [3]byte{p[0], p[1], p[2]}
		b := pair(p[0], p[1])
		s.pairs[b>>6] |= 1 << (b & 63)
		h := hash(k)
		s.starts[h>>6] |= 1 << (h & 63)
		s.byStart[k] = append(s.byStart[k], p)
	}
	return s
}

// pair is the bit of two bytes in Set.pairs.
func pair(b0, b1 byte) uint32 { return uint32(b0)<<8 | uint32(b1) }

func hash(k [3]byte) uint32 {
	return (uint32(k[0])<<16 | uint32(k[1])<<8 | uint32(k[2])) * 2654435761 >> 16
}

// In reports whether text contains one of the phrases.
func (s *Set) In(text string) bool {
	for _, p := range s.short {
		if strings.Contains(text, p) {
			return true
		}
	}
	for i := 0; i+3 <= len(text); i++ {
		if b := pair(text[i], text[i+1]); s.pairs[b>>6]&(1<<(b&63)) == 0 {
			continue
		}
		k := [3]byte{text[i], text[i+1], text[i+2]}
		if h := hash(k); s.starts[h>>6]&(1<<(h&63)) == 0 {
			continue
		}
		for _, p := range s.byStart[k] {
			if strings.HasPrefix(text[i:], p) {
				return true
			}
		}
	}
	return false
}

// InFold reports whether text in lower case (strings.ToLower) contains one
// of the phrases, without making the lower-case copy when it need not:
// lower-casing changes no ASCII byte but a capital, and turns no other
// rune into ASCII but the Kelvin sign and the dotted capital I.
func (s *Set) InFold(text string) bool {
	if !s.folds || strings.Contains(text, "\u212a") || strings.Contains(text, "\u0130") {
		return s.In(strings.ToLower(text))
	}
	for _, p := range s.short {
		if containsFold(text, p) {
			return true
		}
	}
	for i := 0; i+3 <= len(text); i++ {
		if b := pair(folded[text[i]], folded[text[i+1]]); s.pairs[b>>6]&(1<<(b&63)) == 0 {
			continue
		}
		k := [3]byte{folded[text[i]], folded[text[i+1]], folded[text[i+2]]}
		if h := hash(k); s.starts[h>>6]&(1<<(h&63)) == 0 {
			continue
		}
		for _, p := range s.byStart[k] {
			if hasPrefixFold(text[i:], p) {
				return true
			}
		}
	}
	return false
}

// folded is each byte in lower case, as lower gives it.
var folded = func() (t [256]byte) {
	for i := range t {
		t[i] = lower(byte(i))
	}
	return t
}()

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFold reports whether text begins with p once its capitals are
// lower case.
func hasPrefixFold(text, p string) bool {
	if len(text) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if lower(text[i]) != p[i] {
			return false
		}
	}
	return true
}

func containsFold(text, p string) bool {
	for i := 0; i+len(p) <= len(text); i++ {
		if hasPrefixFold(text[i:], p) {
			return true
		}
	}
	return false
}

// Occurrences yields where p occurs in text, each occurrence after the
// end of the one before.
func Occurrences(text, p string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for from := 0; from <= len(text); {
			i := strings.Index(text[from:], p)
			if i < 0 || !yield(from+i) {
				return
			}
			from += i + max(len(p), 1)
		}
	}
}
