package mentions

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"kg/internal/sample"
	"kg/sentences"
)

// TestDocumentsSkipOnlyWhatCannotMatch checks that documents finds the
// same spans when it passes the tokens mayStartDocument turns away as when
// it tries every rule at every token, on random sentences made of the
// words the rules read.
func TestDocumentsSkipOnlyWhatCannotMatch(t *testing.T) {
	g := sample.Gazetteer(t)
	pieces := []string{"20-point ", "three-phase ", "well-known ", "20 ", "points ", "Resolution ", "2231 ", "the ", "The ",
		"of ", "on ", "from ", "with ", "and ", "( ", ") ", "Good ", "Friday ", "Minsk ", "Budapest ", "Ukraine ",
		"joint ", "new ", "comprehensive ", "security ", "guarantees ", "talks ", "said ", "X ", "NATO "}
	// the words of the rules' own tables, not of docStarts, which is
	// under test
	var words []string
	for w := range docHeads {
		words = append(words, w)
	}
	for w := range namedHeads {
		words = append(words, w)
	}
	for _, k := range planKinds {
		words = append(words, k.words...)
	}
	slices.Sort(words) // the pieces' order, and so the sentences, do not change from run to run
	for _, w := range words {
		pieces = append(pieces, w+" ", strings.ToUpper(w[:1])+w[1:]+" ")
	}
	r := rand.New(rand.NewPCG(7, 8))
	found := 0
	for range 20000 {
		text := sample.Text(r, pieces, 12)
		spans := func(every bool) []Span {
			toks := sentences.Tokenize(text, 0)
			s := &Sentence{Sentence: sentences.Sentence{Text: text, End: len(text), Tokens: toks}}
			b := &builder{f: Finder{G: g}, s: s, toks: toks, claimed: make([]bool, len(toks)), everyToken: every}
			b.documents()
			return s.Spans
		}
		got, want := spans(false), spans(true)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("documents(%q) = %+v, trying every token: %+v", text, got, want)
		}
		found += len(want)
	}
	if found < 5000 {
		t.Fatalf("only %d documents found: the sentences test too little", found)
	}
}
