package gazetteer_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"kg/gazetteer"
	"kg/internal/sample"
)

// TestFoldAccentsTakesASCIIAsItIs: foldAccents, which returns ASCII
// unchanged, gives what decomposing and dropping the combining marks
// gives, on names with and without accents and random strings of ASCII,
// accented letters and marks.
func TestFoldAccentsTakesASCIIAsItIs(t *testing.T) {
	slow := func(s string) string {
		var b strings.Builder
		for _, r := range norm.NFKD.String(s) {
			if !unicode.Is(unicode.Mn, r) {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	texts := []string{"", "Smith", "Kovalenko", "al-Rashid", "Kyiv", "Ōe", "Erdoğan", "São Tomé", "ﬁnal", "x\u0301", "Kelvin \u212a", "\xff"}
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "Z", "-", " ", "'", "é", "ü", "\u0301", "ﬁ", "ß", "İ", "\xc3"}
	for range 3000 {
		texts = append(texts, sample.Text(r, pieces, 10))
	}
	for _, s := range texts {
		if got, want := gazetteer.FoldAccents(s), slow(s); got != want {
			t.Fatalf("foldAccents(%q) = %q, want %q", s, got, want)
		}
	}
}
