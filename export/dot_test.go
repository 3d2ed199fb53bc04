package export

import (
	"fmt"
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

// TestTooltipNamesTheFirstSources: a node's tooltip names its first
// tooltipSources sources, and, when it has more, how many in all.
func TestTooltipNamesTheFirstSources(t *testing.T) {
	g := generated(t, 150)
	var b strings.Builder
	if err := DOT(&b, g); err != nil {
		t.Fatal(err)
	}
	dot, long := b.String(), 0
	for _, n := range g.Nodes() {
		ids := g.SourceIDs(n.Sources)
		want := strings.Join(ids[:min(len(ids), tooltipSources)], ", ")
		if len(ids) > tooltipSources {
			want += fmt.Sprintf(" … (%d in all)", len(ids))
			long++
		}
		want = "— sources: " + want + `"];`
		stmt := quote(n.ID) + " [label="
		i := strings.Index(dot, stmt)
		if i < 0 {
			t.Fatalf("no statement for %s", n.ID)
		}
		if line := dot[i : i+strings.IndexByte(dot[i:], '\n')]; !strings.HasSuffix(line, want) {
			t.Errorf("%s: %q, want it to end %q", n.ID, line, want)
		}
	}
	if long == 0 {
		t.Fatal("no node has more sources than a tooltip names")
	}
}
