package spill_test

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
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
		before := names(g)
		if err := s.Zero(); err != nil {
			t.Fatal(err)
		}
		if b := res.Docs[0].Bytes(); bytes.Count(b, []byte{0}) != len(b) {
			t.Fatal("the facts were not read from the file")
		}
		if got := graphJSON(t, g); bytes.Equal(got, want) != !borrow {
			t.Errorf("borrow %v: once the file is zeroed, graph.json is the same: %v", borrow, !borrow)
		}
		// borrowed or not, the graph's names are its own: the merge
		// looks them up at random, and must not read the file for that
		if after := names(g); after != before {
			t.Errorf("borrow %v: once the file is zeroed, names change:\n%s", borrow, firstDiff(before, after))
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

// names lists the graph's ids, labels, aliases, attributes and sources:
// all but the sentences quoted (evidence, and the text of a document's
// history), which a graph may borrow.
func names(g *graph.Graph) string {
	var b strings.Builder
	for _, n := range g.Nodes() {
		attrs := maps.Clone(n.Attrs)
		if h, ok := attrs["history"].([]graph.HistoryEntry); ok {
			h = slices.Clone(h)
			for i := range h {
				h[i].Text = ""
			}
			attrs["history"] = h
		}
		fmt.Fprintf(&b, "%s %s %s %q %v %q\n", n.ID, n.Kind, n.Label, n.Aliases, attrs, g.SourceIDs(n.Sources))
	}
	for _, e := range g.Edges() {
		fmt.Fprintf(&b, "%s %s %s %v %q\n", e.Source, e.Type, e.Target, g.EdgeAttrs(e), g.SourceIDs(e.Sources))
	}
	return b.String()
}

func firstDiff(a, b string) string {
	as, bs := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(as), len(bs)) {
		if as[i] != bs[i] {
			return as[i] + "\n" + bs[i]
		}
	}
	return "(lengths differ)"
}
