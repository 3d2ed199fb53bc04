package export

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"

	"kg/extract"
	"kg/graph"
	"kg/internal/sample"
	"kg/model"
	"kg/read"
)

// FuzzExport builds a graph from fuzzed article text and checks every
// exporter's output parses (SVG through Graphviz is covered by the build
// tests; its DOT input is checked here).
func FuzzExport(f *testing.F) {
	sample.AddSeeds(f)
	g := sample.Gazetteer(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := read.Parse("fuzz.txt", data)
		if err != nil {
			return
		}
		kg := graph.Merge([]model.Facts{extract.Document(doc, g)}, g, graph.Options{})
		var b bytes.Buffer
		if err := JSON(&b, kg); err != nil || !json.Valid(b.Bytes()) {
			t.Fatalf("JSON: %v", err)
		}
		for name, fn := range map[string]func(io.Writer, *graph.Graph) error{"graphml": GraphML, "timeline": TimelineSVG} {
			b.Reset()
			if err := fn(&b, kg); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if err := sample.WellFormed(b.Bytes()); err != nil {
				t.Fatalf("%s is not well-formed: %v", name, err)
			}
		}
		b.Reset()
		if err := DOT(&b, kg); err != nil {
			t.Fatal(err)
		}
	})
}
