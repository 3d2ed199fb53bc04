package export

import (
	"io"
	"sync"
	"testing"

	"kg/graph"
)

var (
	bigOnce  sync.Once
	bigGraph *graph.Graph
)

// big is the graph of 1,000 generated articles, built once.
func big(b *testing.B) *graph.Graph {
	bigOnce.Do(func() {
		bigGraph = generated(b, 1000)
	})
	return bigGraph
}

func BenchmarkJSON(b *testing.B) {
	g := big(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		JSON(io.Discard, g)
	}
}

func BenchmarkDOT(b *testing.B) {
	g := big(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		DOT(io.Discard, g)
	}
}

func BenchmarkGraphML(b *testing.B) {
	g := big(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		GraphML(io.Discard, g)
	}
}

// BenchmarkSVG300 draws the 300 nodes Drawable keeps of a large graph
// (1,000 articles): the largest diagram kg draws.
func BenchmarkSVG300(b *testing.B) {
	g, _ := Drawable(big(b), MaxDrawn)
	if n, _ := g.Len(); n != MaxDrawn {
		b.Fatalf("%d nodes, want %d", n, MaxDrawn)
	}
	benchmarkSVG(b, g)
}

// BenchmarkSVGDense draws the graph of 150 generated articles: under 300
// nodes, all drawn, with at least five edges a node, which Thinned cuts
// to EdgesPerNode times as many as the nodes.
func BenchmarkSVGDense(b *testing.B) {
	g := generated(b, 150)
	if n, m := g.Len(); n > MaxDrawn || m < 5*n {
		b.Fatalf("%d nodes and %d edges, want at most %d nodes and five edges a node", n, m, MaxDrawn)
	}
	benchmarkSVG(b, g)
}

func benchmarkSVG(b *testing.B, g *graph.Graph) {
	SVG(io.Discard, g) // the WebAssembly module compiles on first use
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := SVG(io.Discard, g); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDrawable cuts the graph of 1,000 generated articles to
// MaxDrawn nodes.
func BenchmarkDrawable(b *testing.B) {
	g := big(b)
	for b.Loop() {
		Drawable(g, MaxDrawn)
	}
}
