package graph

import (
	"reflect"
	"runtime"
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
