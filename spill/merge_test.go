package spill_test

import (
	"bytes"
	"strings"
	"testing"

	"kg/corpus"
	"kg/export"
	"kg/graph"
	"kg/internal/built"
	"kg/spill"
)

// A graph merged from spilled facts is the graph merged in memory, and
// keeps nothing of the file: zeroing the file changes nothing of it.
func TestMergeSpilledFacts(t *testing.T) {
	files, gz := built.Inputs(t, "../testdata/articles", "../seeds")
	plain := corpus.Extract(files, gz, corpus.Options{})
	want := graphJSON(t, graph.MergeEncoded(plain.Docs, gz, graph.Options{}))
	s, err := spill.Create(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res := corpus.Extract(files, gz, corpus.Options{Spill: s})
	if len(res.Docs) != len(plain.Docs) || len(res.Docs) < 70 {
		t.Fatalf("%d documents spilled, %d in memory", len(res.Docs), len(plain.Docs))
	}
	for i := range res.Docs {
		if !bytes.Equal(res.Docs[i].AppendTo(nil), plain.Docs[i].AppendTo(nil)) {
			t.Fatalf("document %d: the spilled facts differ", i)
		}
	}
	g := graph.MergeEncoded(res.Docs, gz, graph.Options{})
	if got := graphJSON(t, g); !bytes.Equal(got, want) {
		t.Errorf("graph.json of spilled facts differs from the one merged in memory")
	}
	if err := s.Zero(); err != nil {
		t.Fatal(err)
	}
	if b := res.Docs[0].AppendTo(nil); bytes.Count(b, []byte{0}) != len(b) {
		t.Fatal("the facts were not read from the file")
	}
	if got := graphJSON(t, g); !bytes.Equal(got, want) {
		t.Errorf("once the file is zeroed, graph.json changes:\n%s", firstDiff(string(want), string(got)))
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

func firstDiff(a, b string) string {
	as, bs := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(as), len(bs)) {
		if as[i] != bs[i] {
			return as[i] + "\n" + bs[i]
		}
	}
	return "(lengths differ)"
}
