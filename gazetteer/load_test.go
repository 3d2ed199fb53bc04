package gazetteer

import (
	"slices"
	"testing"
)

// TestLineSpans: the lines of a text but blank ones and comments, without
// their line ends.
func TestLineSpans(t *testing.T) {
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
		got := []string{}
		for start, end := range lineSpans(tt.in) {
			got = append(got, tt.in[start:end])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("lineSpans(%q) gave %q, want %q", tt.in, got, tt.want)
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
		if !g.words.has(w) {
			t.Errorf("%q is not a word", w)
		}
	}
	for _, w := range []string{"Aadi", "Žubīte"} {
		if !g.given.has(w) {
			t.Errorf("%q is not a given name", w)
		}
	}
	count := func(s *lineSet) (n int) {
		for range s.all() {
			n++
		}
		return n
	}
	if w, n := count(g.words), count(g.given); w < 270000 || n < 20000 {
		t.Errorf("%d words and %d given names", w, n)
	}
	if g.words.has("") || g.given.has("") {
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
