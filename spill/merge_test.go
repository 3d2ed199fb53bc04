package spill_test

import (
	"bytes"
	"testing"

	"kg/corpus"
	"kg/export"
	"kg/graph"
	"kg/internal/built"
	"kg/spill"
)

// A graph merged from spilled facts is the graph merged in memory. It
// keeps nothing of the file unless it borrows: zeroing the file then
// changes it.
func TestMergeSpilledFacts(t *testing.T) {
	files, gz := built.Inputs(t, "../testdata/articles", "../seeds")
	plain := corpus.Extract(files, gz, corpus.Options{})
	want := graphJSON(t, graph.MergeEncoded(plain.Docs, gz, graph.Options{}))
	for _, borrow := range []bool{false, true} {
		s, err := spill.Create(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		res := corpus.Extract(files, gz, corpus.Options{Spill: s})
		if len(res.Docs) != len(plain.Docs) || len(res.Docs) < 70 {
			t.Fatalf("%d documents spilled, %d in memory", len(res.Docs), len(plain.Docs))
		}
		for i := range res.Docs {
			if !bytes.Equal(res.Docs[i].Bytes(), plain.Docs[i].Bytes()) {
				t.Fatalf("document %d: the spilled facts differ", i)
			}
		}
		g := graph.MergeEncoded(res.Docs, gz, graph.Options{Borrow: borrow})
		if got := graphJSON(t, g); !bytes.Equal(got, want) {
			t.Errorf("borrow %v: graph.json of spilled facts differs from the one merged in memory", borrow)
		}
		if err := s.Zero(); err != nil {
			t.Fatal(err)
		}
		if b := res.Docs[0].Bytes(); bytes.Count(b, []byte{0}) != len(b) {
			t.Fatal("the facts were not read from the file")
		}
		if got := graphJSON(t, g); bytes.Equal(got, want) != !borrow {
			t.Errorf("borrow %v: once the file is zeroed, graph.json is the same: %v", borrow, !borrow)
		}
		s.Close()
	}
}

func graphJSON(t *testing.T, g *graph.Graph) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := export.JSON(&b, g); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
