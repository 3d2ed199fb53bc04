package pattern

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"testing"

	"kg/internal/sample"
)

// regexpCase is an expression and the pieces random texts for it are
// made of, besides noise.
type regexpCase struct {
	expr   string
	pieces []string
}

// onRandomTexts calls same on a number (texts) of random texts, each of
// up to most pieces drawn from noise and tc's pieces (tc's twice as
// likely). same fails the test if the expression runs otherwise than
// regexp on the text, and reports whether regexp matched; at least least
// of the texts must match.
func onRandomTexts(t *testing.T, r *rand.Rand, noise []string, tc regexpCase, texts, most, least int, same func(text string) bool) {
	t.Helper()
	pieces := append(slices.Clone(noise), tc.pieces...)
	pieces = append(pieces, tc.pieces...)
	found := 0
	for range texts {
		if same(sample.Text(r, pieces, most)) {
			found++
		}
	}
	if found < least {
		t.Errorf("%s: only %d of %d texts match: the test tries too few", tc.expr, found, texts)
	}
}

// refuses checks that compile panics on each expression.
func refuses(t *testing.T, name string, compile func(string), exprs ...string) {
	t.Helper()
	for _, expr := range exprs {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s(%q) did not panic", name, expr)
				}
			}()
			compile(expr)
		}()
	}
}

// TestFindAllAsRegexp: on random texts of words, digits, spaces,
// punctuation and longer runes, a pattern finds what regexp finds, groups
// and all, for expressions of each kind firstBytes reads.
func TestFindAllAsRegexp(t *testing.T) {
	noise := []string{"_", "1", "12", "2025", " ", " ", "  ", ",", ".", "-", "é", "ж", "”", "x"}
	tests := []regexpCase{
		{`\b(ab|b)\b`, []string{"a", "b", "ab", "c"}},
		{`\b(?:(?:on|On)\s+)?(Mon|Tue)\b`, []string{"on ", "On ", "Mon", "Tue", "Monday", "ON "}},
		{`\b(\d{1,2})(?:st|nd)?\s+(?:of\s+)?(Jan|Feb)(?:,?\s+(\d{4})\b)?`, []string{"3", "21 ", "3 ", "st ", "nd", "of ", "Jan", "Feb", "January", ", ", " 2025"}},
		{`\b(Jan|Feb\.?)\s+(\d{1,2})\b`, []string{"Jan ", "Feb ", "Feb. ", "Jan", "4", "30", "th"}},
		{`\b(?i:mon)day`, []string{"mon", "MON", "Mon", "day", "days", "monday"}},
		{`\b[a-c_][^,.]{1,4}`, []string{"a", "b", "c", "d"}},
		{`\bx*y+`, []string{"x", "y", "xy", "z"}},
		{`\b(?:ab){0,2}c`, []string{"ab", "c", "abc", "b"}},
		{`\b(?:the )?(?:past|last)\s+(two|\d)\s+days\b`, []string{"the ", "past ", "last ", "two ", "3 ", "days", "day", "past two days"}},
	}
	r := rand.New(rand.NewPCG(7, 8))
	for _, tc := range tests {
		p, re := MustCompile(tc.expr), regexp.MustCompile(tc.expr)
		onRandomTexts(t, r, noise, tc, 5000, 13, 250, func(text string) bool {
			want := re.FindAllStringSubmatchIndex(text, -1)
			if got := p.FindAllSubmatchIndex(text); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s in %q: %v, want %v", tc.expr, text, got, want)
			}
			return len(want) > 0
		})
	}
}

// TestMustCompileRefuses: an expression without \b, one that can match
// the empty text, and one whose match may begin with a byte that is no
// word byte cannot be run only where words begin.
func TestMustCompileRefuses(t *testing.T) {
	refuses(t, "MustCompile", func(expr string) { MustCompile(expr) }, `ab`, `\ba*`, `\b(?:-|a)`, `\b.x`, `\b[éa]`)
}
