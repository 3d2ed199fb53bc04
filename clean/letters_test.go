package clean

import (
	"math/rand/v2"
	"testing"
	"unicode"

	"kg/internal/sample"
)

// TestLetterCountAgreesWithRunes: letterCount, which reads ASCII a byte at
// a time, counts what a rune-by-rune reading with unicode.IsLetter counts,
// on every ASCII byte and random strings of ASCII, Latin and other letters,
// marks, digits and invalid bytes.
func TestLetterCountAgreesWithRunes(t *testing.T) {
	slow := func(s string) (letters, latin int) {
		for _, r := range s {
			if unicode.IsLetter(r) {
				letters++
				if r < 0x250 {
					latin++
				}
			}
		}
		return letters, latin
	}
	var texts []string
	for c := range 128 {
		texts = append(texts, string(rune(c)))
	}
	pieces := []string{"a", "Z", "@", "[", "`", "{", " ", "7", "é", "ß", "ɐ", "Д", "中", "\u0301", "\xff", "\xc3"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 3000 {
		texts = append(texts, sample.Text(r, pieces, 12))
	}
	for _, s := range texts {
		gl, gt := letterCount(s)
		wl, wt := slow(s)
		if gl != wl || gt != wt {
			t.Fatalf("letterCount(%q) = %d, %d, want %d, %d", s, gl, gt, wl, wt)
		}
	}
}
