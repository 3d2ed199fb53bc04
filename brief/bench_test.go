package brief

import "testing"

// BenchmarkBuild makes the briefing of 1,000 generated articles, as kg
// build does after merging.
func BenchmarkBuild(b *testing.B) {
	g := generatedGraph(b, 1000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if br := Build(g, Options{}); len(br.Sections) == 0 {
			b.Fatal("no sections")
		}
	}
}
