package graph

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestGlobalAsAMap: the documents' remapped entities, set in any order and
// some set again, are found as a map of them keyed by document and entity
// finds them (the last id set wins); an entity of a mapped kind that was
// set nowhere merged into none, and any other keeps its id.
func TestGlobalAsAMap(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	const docs = 5
	m := &merger{ids: make([][]localID, docs), mapped: map[string]bool{}, renamed: map[string]string{}}
	want := map[[2]string]string{}
	for range 2000 {
		doc, local := int32(r.IntN(docs)), fmt.Sprint("person:p", r.IntN(60))
		id := fmt.Sprint("person:g", r.IntN(1000))
		m.setGlobal(doc, local, id)
		want[[2]string{fmt.Sprint(doc), local}] = id
	}
	for k := range 60 {
		m.mapped[fmt.Sprint("person:p", k)] = true
	}
	m.settleIDs()
	for doc := range int32(docs) {
		for k := range 70 { // ten never set
			local := fmt.Sprint("person:p", k)
			w, ok := want[[2]string{fmt.Sprint(doc), local}]
			switch {
			case !ok && k < 60:
				w = "" // of a mapped kind, set nowhere
			case !ok:
				w = local
			}
			if got := m.global(doc, local); got != w {
				t.Errorf("global(%d, %s) = %q, want %q", doc, local, got, w)
			}
		}
	}
}
