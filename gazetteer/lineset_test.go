package gazetteer_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"kg/gazetteer"
	"kg/internal/sample"
)

// TestLineSetAgreesWithAMap: a lineSet holds what a map of the lines
// would, on random texts of short lines written twice, with CRLF line ends,
// blank lines and comments, small enough that slots collide; and yields
// each line once, in the text's order.
func TestLineSetAgreesWithAMap(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "b", "é", "ab", "\r", "#", " "}
	for range 200 {
		var b strings.Builder
		var want []string
		seen := map[string]bool{}
		for range r.IntN(40) {
			line := sample.Text(r, pieces, 4)
			if r.IntN(2) == 0 {
				line += "\r"
			}
			b.WriteString(line + "\n")
			// (a line's "\r" before its "\n" is its line end)
			if l := strings.TrimSuffix(line, "\r"); l != "" && !strings.HasPrefix(l, "#") && !seen[l] {
				seen[l] = true
				want = append(want, l)
			}
		}
		text := b.String()
		s, err := gazetteer.NewLineSet(text)
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Collect(s.All()); !slices.Equal(got, want) {
			t.Fatalf("all(%q) = %q, want %q", text, got, want)
		}
		for range 50 {
			w := sample.Text(r, pieces, 4)
			if got := s.Has(w); got != seen[w] || s.HasBytes([]byte(w)) != got {
				t.Fatalf("has(%q) = %v in %q", w, got, text)
			}
		}
	}
}

func TestLineSetRefusesALongLine(t *testing.T) {
	if _, err := gazetteer.NewLineSet("short\n" + strings.Repeat("a", 1<<16) + "\n"); err == nil {
		t.Error("a line of 64 kB: no error")
	}
	if _, err := gazetteer.NewLineSet("short\n" + strings.Repeat("a", 1<<16-1) + "\n"); err != nil {
		t.Error(err)
	}
}
