package brief

import (
	"testing"

	"kg/graph"
	"kg/internal/built"
	"kg/internal/sample"
)

// BenchmarkBuild makes the briefing of 1,000 generated articles, as kg
// build does after merging.
func BenchmarkBuild(b *testing.B) {
	facts, gz := built.Facts(b, sample.Generated(b, 1000))
	g := graph.Merge(facts, gz, graph.Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if br := Build(g, Options{}); len(br.Sections) == 0 {
			b.Fatal("no sections")
		}
	}
}
