// Package phrase tells whether a text holds any of a fixed list of
// phrases, in one pass over the text rather than one per phrase: page
// furniture, date words and meeting words are looked for in every line
// and sentence of every article.
package phrase

import "strings"

// Set is a fixed list of phrases, matched byte for byte: callers that
// ignore case lower-case the text, as the phrases are.
type Set struct {
	// starts marks the hashes of the phrases' first three bytes
	starts [1 << 10]uint64
	// byStart are the phrases of three bytes or more, by their first three
	byStart map[[3]byte][]string
	// short are the phrases under three bytes, looked for one by one
	short []string
}

// New returns the set of the given phrases.
func New(phrases ...string) *Set {
	s := &Set{byStart: map[[3]byte][]string{}}
	for _, p := range phrases {
		if len(p) < 3 {
			s.short = append(s.short, p)
			continue
		}
		k := [3]byte{p[0], p[1], p[2]}
		h := hash(k)
		s.starts[h>>6] |= 1 << (h & 63)
		s.byStart[k] = append(s.byStart[k], p)
	}
	return s
}

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
