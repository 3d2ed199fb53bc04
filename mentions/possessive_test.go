package mentions

import (
	"testing"

	"kg/sentences"
)

// TestIsPossessive: over every string of up to three runes from apostrophes,
// letters s in their cases and look-alikes, isPossessive(t) is whether
// sentences.Fold(t) is "'s" or "'".
func TestIsPossessive(t *testing.T) {
	runes := []string{"", "'", "’", "‘", "`", "s", "S", "ſ", "\u212a", "x", " "}
	found := 0
	for _, a := range runes {
		for _, b := range runes {
			for _, c := range runes {
				tok := a + b + c
				f := sentences.Fold(tok)
				want := f == "'s" || f == "'"
				if got := isPossessive(tok); got != want {
					t.Errorf("isPossessive(%q) = %v, want %v (Fold: %q)", tok, got, want, f)
				}
				if want {
					found++
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no possessive among the strings tried")
	}
}
