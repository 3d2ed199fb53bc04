package graph

import (
	"sync"
	"testing"

	"kg/gazetteer"
	"kg/internal/built"
	"kg/internal/sample"
	"kg/model"
)

var (
	benchOnce  sync.Once
	benchFacts []model.Facts
	benchGz    *gazetteer.Gazetteer
)

// benchCorpus extracts a generated corpus of n articles once per test binary.
func benchCorpus(b *testing.B, n int) ([]model.Facts, *gazetteer.Gazetteer) {
	benchOnce.Do(func() { benchFacts, benchGz = built.Facts(b, sample.Generated(b, n)) })
	return benchFacts, benchGz
}

// BenchmarkMerge merges encoded facts, as kg build does.
func BenchmarkMerge(b *testing.B) {
	facts, g := benchCorpus(b, 1000)
	docs := make([]model.Encoded, len(facts))
	for i := range facts {
		docs[i] = model.Encode(&facts[i])
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		MergeEncoded(docs, g, Options{})
	}
}

// BenchmarkSubgraph takes the two-hop neighbourhood of the best-connected
// node, as kg render --focus does.
func BenchmarkSubgraph(b *testing.B) {
	facts, gz := benchCorpus(b, 1000)
	g := Merge(facts, gz, Options{})
	var hub string
	for _, n := range g.Nodes() {
		if hub == "" || len(g.EdgesOf(n.ID)) > len(g.EdgesOf(hub)) {
			hub = n.ID
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Subgraph(hub, 2, nil)
	}
}

// BenchmarkEdges puts every edge in order, as the writers ask for them.
func BenchmarkEdges(b *testing.B) {
	facts, gz := benchCorpus(b, 1000)
	g := Merge(facts, gz, Options{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.sorted = nil
		g.Edges()
	}
}

// BenchmarkMeetings lists the meetings with their places, participants
// and agenda, as the briefing and the timelines do.
func BenchmarkMeetings(b *testing.B) {
	facts, gz := benchCorpus(b, 1000)
	g := Merge(facts, gz, Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Meetings()
	}
}
