package pattern

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"testing"
)

// TestStartAsRegexp: on random texts, a Start matches, and finds groups,
// as regexp does, for expressions of each kind firstBytes reads,
// including folded case (ſ folds to s, the Kelvin sign to k) and classes
// of longer runes.
func TestStartAsRegexp(t *testing.T) {
	noise := []string{" ", "  ", "\t", ",", ".", "(", "-", "é", "ж", "ſ", "\u212a", "\xff", "x", "1"}
	tests := []regexpCase{
		{`^\(?\s*(?i:(?:extra\s+)?reporting|ask)\s+by\s+[^.!?]{2,20}\)?\.?$`, []string{"Reporting by ", "(reporting by ", "REPORTING BY", "Extra reporting by ", " by ", "Ask by ", "aſk by ", "as", "A. B.", "Kim Lee", ")", "."}},
		{`^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+is\s+(?:a|an)\s+reporter\b`, []string{"Olena ", "Kovalenko ", "Éva ", "Жанна ", "Olena Kovalenko is a reporter", "Éva Kim is an reporter", " is a reporter", "is ", "a ", "reporter", "o"}},
		{`^(?i:date|k)\s*:?\s*\d{4}$|^\d{1,2}[./]\d{1,2}$`, []string{"Date: 2025", "date 2025", "DATE", "k2025", "K: ", "2025", "12/4", "4.12", "12", "/", "."}},
		{`^x*$`, []string{"x", "xx", "y"}},
		{`^(?:a|)b`, []string{"a", "b", "ab", "c"}},
	}
	r := rand.New(rand.NewPCG(13, 14))
	for _, tc := range tests {
		s, re := MustStart(tc.expr), regexp.MustCompile(tc.expr)
		onRandomTexts(t, r, noise, tc, 20000, 4, 100, func(text string) bool {
			want := re.MatchString(text)
			if got := s.MatchString(text); got != want {
				t.Fatalf("%s on %q: %v, want %v", tc.expr, text, got, want)
			}
			if got, want := s.FindStringSubmatch(text), re.FindStringSubmatch(text); !slices.Equal(got, want) {
				t.Fatalf("%s in %q: %q, want %q", tc.expr, text, got, want)
			}
			return want
		})
	}
}

// TestMustStartRefuses: an expression one of whose matches may begin
// after the start of the text.
func TestMustStartRefuses(t *testing.T) {
	refuses(t, "MustStart", func(expr string) { MustStart(expr) }, `ab`, `(?m)^ab`, `^a|b`, `\bab`, `(?:^)?a`)
}
