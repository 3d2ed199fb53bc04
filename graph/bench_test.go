package graph

import (
	"sync"
	"testing"

	"kg/corpus"
	"kg/gazetteer"
	"kg/internal/sample"
	"kg/model"
	"kg/read"
)

var (
	benchOnce  sync.Once
	benchFacts []model.Facts
)

// facts extracts a generated corpus of n articles once per test binary.
func benchCorpus(b *testing.B, n int) ([]model.Facts, *gazetteer.Gazetteer) {
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	benchOnce.Do(func() {
		files, _ := read.Paths([]string{sample.Generated(b, n)})
		benchFacts = corpus.Extract(files, g, corpus.Options{}).Facts
	})
	return benchFacts, g
}

func BenchmarkMerge(b *testing.B) {
	facts, g := benchCorpus(b, 1000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Merge(facts, g, Options{})
	}
}
