package gazetteer

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"kg/sentences"
)

// TestTrieLengthsTurnAwayNoKey checks that the names and titles found
// with the tries' first-byte and length test are those found when every
// token is looked up, on random texts of the gazetteer's own phrases,
// their first words, and words that begin like them.
func TestTrieLengthsTurnAwayNoKey(t *testing.T) {
	fast, err := load()
	if err != nil {
		t.Fatal(err)
	}
	slow, err := load()
	if err != nil {
		t.Fatal(err)
	}
	lookUpAll(slow.names)
	lookUpAll(slow.titles)
	pieces := []string{"the", "The", "a", "an", "al", "al-", "talks", "to", "’s", "'s", ",", ".", "said", "Mr", "x", "é"}
	for _, tr := range []*trie{fast.names, fast.titles} {
		var phrases []string
		walk(tr, nil, func(toks []string) { phrases = append(phrases, strings.Join(toks, " ")) })
		slices.Sort(phrases)
		for i := 0; i < len(phrases); i += 37 {
			p := phrases[i]
			first, _, _ := strings.Cut(p, " ")
			pieces = append(pieces, p, first, first+"s", strings.ToUpper(p), first[:len(first)/2+1])
		}
	}
	r := rand.New(rand.NewPCG(15, 16))
	found := 0
	for range 5000 {
		var words []string
		for range r.IntN(12) {
			words = append(words, pieces[r.IntN(len(pieces))])
		}
		toks := sentences.Tokenize(strings.Join(words, " "), 0)
		for _, find := range []func(*Gazetteer, []sentences.Token) []Match{(*Gazetteer).Names, (*Gazetteer).Titles} {
			got, want := find(fast, toks), find(slow, toks)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("in %q: %+v, looking up every token: %+v", strings.Join(words, " "), got, want)
			}
			found += len(want)
		}
	}
	if found < 5000 {
		t.Fatalf("only %d phrases found: the texts test too little", found)
	}
}

// lookUpAll makes a trie look up every token: no length is turned away.
func lookUpAll(t *trie) {
	for i := range t.lengths {
		t.lengths[i] = ^uint64(0)
	}
}

// walk calls f with the tokens of each phrase of the trie.
func walk(t *trie, path []string, f func([]string)) {
	if t.entry != nil {
		f(path)
	}
	for k, c := range t.next {
		walk(c, append(slices.Clip(path), k), f)
	}
}
