package pattern

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"testing"

	"kg/internal/sample"
)

// TestFindAllAsRegexp: on random texts of words, digits, spaces,
// punctuation and longer runes, a pattern finds what regexp finds, groups
// and all, for expressions of each kind firstBytes reads.
func TestFindAllAsRegexp(t *testing.T) {
	noise := []string{"_", "1", "12", "2025", " ", " ", "  ", ",", ".", "-", "é", "ж", "”", "x"}
	tests := []struct {
		expr   string
		pieces []string
	}{
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
		pieces := append(slices.Clone(noise), tc.pieces...)
		pieces = append(pieces, tc.pieces...)
		found := 0
		for range 5000 {
			text := sample.Text(r, pieces, 13)
			want := re.FindAllStringSubmatchIndex(text, -1)
			got := p.FindAllSubmatchIndex(text)
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s in %q: %v, want %v", tc.expr, text, got, want)
			}
			if len(want) > 0 {
				found++
			}
		}
		if found < 250 {
			t.Errorf("%s: only %d of 5000 texts match: the test tries too few", tc.expr, found)
		}
	}
}

// TestMustCompileRefuses: an expression without \b, one that can match
// the empty text, and one whose match may begin with a byte that is no
// word byte cannot be run only where words begin.
func TestMustCompileRefuses(t *testing.T) {
	for _, expr := range []string{`ab`, `\ba*`, `\b(?:-|a)`, `\b.x`, `\b[éa]`} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("MustCompile(%q) did not panic", expr)
				}
			}()
			MustCompile(expr)
		}()
	}
}
