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

// TestPresenceStemsPassEveryMatch: on random texts made of presenceRe's
// words and look-alikes ("representatives", "parties", "departed"),
// every text the pattern matches passes the stems' test before it.
func TestPresenceStemsPassEveryMatch(t *testing.T) {
	pieces := []string{"was ", "were ", "will ", "would ", "be ", "also ", "present", "representatives", "presented",
		"accompanied ", "joined ", "join", "them", "him ", "in ", "at ", "the ", "Abu Dhabi ", "by", "attended", "attend",
		"take ", "took ", "takes ", "part", "parties", "partners", "department", " ", " ", " ", ",", ".", "x", "’", "é"}
	r := rand.New(rand.NewPCG(7, 8))
	matched, turned := 0, 0
	for range 50000 {
		text := sample.Text(r, pieces, 12)
		if !presenceRe.MatchString(text) {
			if !mayMatch(text, presenceStems) {
				turned++
			}
			continue
		}
		matched++
		if !mayMatch(text, presenceStems) {
			t.Fatalf("presenceRe matches %q, which the stems turn away", text)
		}
	}
	if matched < 2000 || turned < 2000 {
		t.Fatalf("only %d texts matched and %d were turned away", matched, turned)
	}
}
