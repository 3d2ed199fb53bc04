package meetings

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"testing"

	"kg/internal/sample"
)

// TestOutcomesAsThePattern: on random texts made of the outcome phrases,
// their pieces, look-alikes ("intense", "goods", "counterproductive") and
// other runes, outcomes finds what the one pattern over the whole text
// finds, in its order.
func TestOutcomesAsThePattern(t *testing.T) {
	whole := regexp.MustCompile(`\b(` + outcomePhrases + `)\b`)
	pieces := []string{"no ", "some ", "reasonably ", "agreed on the ", "agreed on a ", "agreed on ", "agreement",
		"productive", "counter", "constructive", "compromise", "breakthrough", "good", "goods", "positive", "useful",
		"substantive", "difficult", "tense", "intense", "success", "successful", "fruitful", "progress", "agree",
		" ", " ", " ", "x", "_", "1", ",", ".", "”", "é", "ж", "talks ", "were "}
	r := rand.New(rand.NewPCG(5, 6))
	found := 0
	for range 20000 {
		text := sample.Text(r, pieces, 15)
		want := whole.FindAllString(text, -1)
		if got := outcomes(text); !slices.Equal(got, want) {
			t.Fatalf("outcomes(%q) = %q, want %q", text, got, want)
		}
		if len(want) > 1 {
			found++
		}
	}
	if found < 1000 {
		t.Fatalf("only %d texts with two outcomes or more", found)
	}
}
