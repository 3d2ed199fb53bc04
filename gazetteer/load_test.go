package gazetteer

import (
	"slices"
	"testing"
)

func TestSplitLines(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{}},
		{"aa\nab\n", []string{"aa", "ab"}},
		{"aa\r\nab\r\n", []string{"aa", "ab"}},
		{"aa\nab", []string{"aa", "ab"}},
		{"# a comment\n\naa\tAa\n\r\n#\nab", []string{"aa\tAa", "ab"}},
	}
	for _, tt := range tests {
		if got := splitLines(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWordListsAreLoaded(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// the first and last lines of each list, and one between
	for _, w := range []string{"aa", "negotiation", "zzzs"} {
		if !g.words[w] {
			t.Errorf("%q is not a word", w)
		}
	}
	for _, w := range []string{"Aadi", "Žubīte"} {
		if !g.given[w] {
			t.Errorf("%q is not a given name", w)
		}
	}
	if len(g.words) < 270000 || len(g.given) < 20000 {
		t.Errorf("%d words and %d given names", len(g.words), len(g.given))
	}
	if g.words[""] || g.given[""] {
		t.Error("a blank line was read as a word")
	}
}

// BenchmarkLoad reads the embedded data, as every kg command does first.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
}
