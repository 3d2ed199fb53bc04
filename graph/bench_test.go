package graph

import (
	"sync"
	"testing"

	"kg/benchgen"
	"kg/corpus"
	"kg/gazetteer"
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
		dir := b.TempDir()
		if _, err := benchgen.Write(dir, g, benchgen.Options{N: n, Seed: 1}); err != nil {
			b.Fatal(err)
		}
		files, _ := read.Paths([]string{dir})
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
