package phrase

import (
	"strings"
	"testing"
)

var (
	benchWords = []string{"day", "week", "month", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "tonight", "tomorrow"}
	benchText  = strings.ToLower("The Central African delegation was led by chief negotiator Andrew Vanbeloglu, and included Jennee Duszeoglu and Aratone Melfenson, officials said after the talks ended")
)

// BenchmarkIn and BenchmarkContains compare one pass with one search per
// phrase, on a sentence that holds none of the date words.
func BenchmarkIn(b *testing.B) {
	s := New(benchWords...)
	for b.Loop() {
		s.In(benchText)
	}
}

func BenchmarkContains(b *testing.B) {
	for b.Loop() {
		contains(benchText, benchWords)
	}
}
