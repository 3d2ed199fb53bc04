package export

import (
	"math/rand/v2"
	"strings"
	"testing"

	"kg/internal/sample"
)

// quoteReference is how quote used to make a DOT string, a rune at a time.
func quoteReference(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// TestQuoteMatchesTheRuneByRuneRule holds quote, which copies runs of
// plain bytes whole, to the rune-by-rune rule, on awkward strings and on
// random ones.
func TestQuoteMatchesTheRuneByRuneRule(t *testing.T) {
	cases := []string{"", "plain", `say "no" \ back`, "line\nbreak\r\ttab\x7f", "Зеленський’s “plan”", "bad \xff\xfe", "\xed\xa0\x80", "\uFFFD", "a\xc3"}
	r := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"a", "é", `"`, `\`, "\n", "\r", "\t", "\x00", "\x7f", "\xff", "\xc3", "\uFFFD", "—", "😀", " "}
	for range 3000 {
		cases = append(cases, sample.Text(r, pieces, 12))
	}
	for _, s := range cases {
		if got, want := quote(s), quoteReference(s); got != want {
			t.Fatalf("quote(%q) = %q, want %q", s, got, want)
		}
	}
}
