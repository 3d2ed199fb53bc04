package graph

import (
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"testing"
	"unsafe"
	"weak"

	"kg/internal/built"
	"kg/internal/sample"
	"kg/model"
)

// TestMergedGraphLetsTheFactsGo: once merged, the graph holds no string
// that is a slice of a document's encoded facts, so the corpus's facts can
// be let go while the graph is written out.
func TestMergedGraphLetsTheFactsGo(t *testing.T) {
	facts, gz := built.Facts(t, sample.Generated(t, 40))
	docs := make([]model.Encoded, len(facts))
	alive := make([]weak.Pointer[byte], len(facts))
	for i := range facts {
		docs[i] = model.Encode(&facts[i])
		// the encoding is one string; watch its bytes
		s := reflect.ValueOf(docs[i]).Field(0).String()
		alive[i] = weak.Make(unsafe.StringData(s))
	}
	facts = nil
	g := MergeEncoded(docs, gz, Options{})
	docs = nil
	runtime.GC()
	runtime.GC()
	kept := 0
	for _, p := range alive {
		if p.Value() != nil {
			kept++
		}
	}
	if n, e := g.Len(); n == 0 || e == 0 {
		t.Fatalf("empty graph: %d nodes, %d edges", n, e)
	}
	if kept > 0 {
		t.Errorf("the merged graph keeps the encoded facts of %d of %d documents in memory", kept, len(alive))
	}
	runtime.KeepAlive(g)
}

// TestScanKeepsNothing: the passes that read the facts through scan keep
// none of the lists it reuses: merging with fresh lists for every
// document gives the same graph. (A Reset clears the lists, so a list kept
// past it reads empty.) The corpus, the test articles, the seeds and 120
// generated articles (whose meetings have topics and dates to keep), four
// times over under other ids, is larger than the scratches' batches.
func TestScanKeepsNothing(t *testing.T) {
	articles, gz := built.Facts(t, "../testdata/articles", "../seeds", sample.Generated(t, 120))
	facts := slices.Clone(articles)
	for c := range 3 {
		for _, f := range articles {
			id := fmt.Sprintf("%s-%d", f.Source.ID, c)
			facts = append(facts, model.Encode(&f).DecodeShared(model.AllParts, id, nil))
		}
	}
	want := Merge(facts, gz, Options{noScratch: true})
	got := Merge(facts, gz, Options{})
	if n, e := want.Len(); len(facts) < 200 || n < 300 || e < 500 {
		t.Fatalf("%d documents, %d nodes and %d edges: too small a corpus", len(facts), n, e)
	}
	for _, c := range []struct {
		what      string
		got, want any
	}{
		{"nodes", got.Nodes(), want.Nodes()},
		{"edges", got.Edges(), want.Edges()},
		{"statements", got.Statements, want.Statements},
		{"sources", got.Sources, want.Sources},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("the %s differ from a merge without scratches", c.what)
		}
	}
}
