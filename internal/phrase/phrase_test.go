package phrase

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"kg/internal/sample"
)

// contains is what Set.In stands for: one search per phrase.
func contains(text string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(text, p) {
			return true
		}
	}
	return false
}

func TestIn(t *testing.T) {
	tests := []struct {
		phrases []string
		text    string
		want    bool
	}{
		{[]string{"cookie", "privacy policy"}, "we use cookies on this site", true},
		{[]string{"cookie", "privacy policy"}, "read our privacy policy.", true},
		{[]string{"cookie", "privacy policy"}, "privacy polic", false},
		{[]string{"day", "dayton"}, "in dayton", true},
		{[]string{"dayton", "day"}, "a holiday", true},
		{[]string{"dayton"}, "dayto", false},
		{[]string{"of", "x"}, "one of them", true},
		{[]string{"of", "x"}, "o", false},
		{[]string{"week"}, "", false},
		{[]string{""}, "", true},
		{nil, "anything", false},
		{[]string{"’s"}, "Ukraine’s delegation", true},
	}
	for _, tc := range tests {
		if got := New(tc.phrases...).In(tc.text); got != tc.want {
			t.Errorf("New(%q).In(%q) = %v, want %v", tc.phrases, tc.text, got, tc.want)
		}
	}
}

// TestInAgreesWithContains: on random texts and phrases over a small
// alphabet, where phrases share starts and overlap often, In is the same
// as a search for each phrase.
func TestInAgreesWithContains(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	letters := []string{"a", "b", "c", " ", "d"}
	word := func(max int) string { return sample.Text(r, letters, max) }
	agree(t, func() (bool, bool, func() string) {
		phrases := make([]string, r.IntN(6))
		for i := range phrases {
			phrases[i] = word(5)
		}
		text := word(30)
		return New(phrases...).In(text), contains(text, phrases), func() string { return fmt.Sprintf("New(%q).In(%q)", phrases, text) }
	})
}

// agree runs check 20,000 times, each time on new random phrases and
// text: what the set answers must be what the plain search answers, and
// the texts must hold a phrase often, and often not.
func agree(t *testing.T, check func() (got, want bool, what func() string)) {
	t.Helper()
	found := 0
	for range 20000 {
		got, want, what := check()
		if got != want {
			t.Fatalf("%s = %v, want %v", what(), got, want)
		}
		if want {
			found++
		}
	}
	if found < 1000 || found > 19000 {
		t.Fatalf("%d of 20000 texts hold a phrase: the test tries too few of one kind", found)
	}
}

// TestInFoldAgreesWithIn: on random texts of capitals, small letters and
// runes whose lower case differs in length or is ASCII (the Kelvin sign,
// the dotted capital I), InFold(text) is In(strings.ToLower(text)), for
// phrases it can fold for and phrases it cannot.
func TestInFoldAgreesWithIn(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pick := func(alphabet []string, max int) string { return sample.Text(r, alphabet, max) }
	texts := []string{"a", "b", "k", " ", "A", "B", "K", "\u212a", "\u0130", "i", "\u0307", "é", "É", "’"}
	n := 0
	agree(t, func() (bool, bool, func() string) {
		words := []string{"a", "b", "k", "i", " "}
		if n++; n%10 == 1 {
			words = append(words, "é", "A") // not foldable: In on the lower case
		}
		phrases := make([]string, r.IntN(5))
		for i := range phrases {
			phrases[i] = pick(words, 4)
		}
		text := pick(texts, 24)
		s := New(phrases...)
		return s.InFold(text), s.In(strings.ToLower(text)), func() string { return fmt.Sprintf("New(%q).InFold(%q)", phrases, text) }
	})
}

func TestOccurrences(t *testing.T) {
	for _, c := range []struct {
		text, p string
		want    []int
	}{
		{"the talks, the plan", "the", []int{0, 11}},
		{"aaaa", "aa", []int{0, 2}}, // each after the end of the one before
		{"going", "x", nil},
		{"", "a", nil},
		{"ab", "ab", []int{0}},
	} {
		if got := slices.Collect(Occurrences(c.text, c.p)); !slices.Equal(got, c.want) {
			t.Errorf("Occurrences(%q, %q) = %v, want %v", c.text, c.p, got, c.want)
		}
	}
}
