package graph

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"kg/model"
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

// TestDecodeKeepsTheOrder: however many goroutines decode, a pass reads
// every document once, in order, with its own facts, whatever the count of
// documents against the batches; and a pass that stops early stops them.
func TestDecodeKeepsTheOrder(t *testing.T) {
	for _, n := range []int{0, 1, 31, 32, 33, 64, 65, 96, 100, 257} {
		m := &merger{names: model.NewNames()}
		for i := range n {
			f := model.Facts{Source: model.Source{ID: fmt.Sprintf("d%03d", i)}, Entities: []model.Entity{{ID: fmt.Sprintf("person:p%d", i), Kind: model.Person, Name: fmt.Sprintf("P%d", i)}}}
			m.docs = append(m.docs, model.Encode(&f))
			m.docIDs = append(m.docIDs, f.Source.ID)
		}
		for _, decoders := range []int{1, 2, 3} {
			for _, reuse := range []bool{false, true} {
				next := 0
				for i, f := range m.decode(model.PartEntities, reuse, decoders) {
					if i != next || f.Source.ID != fmt.Sprintf("d%03d", i) || len(f.Entities) != 1 || f.Entities[0].Name != fmt.Sprintf("P%d", i) {
						t.Fatalf("%d documents, %d decoders: document %d read as %d, %q", n, decoders, next, i, f.Source.ID)
					}
					next++
				}
				if next != n {
					t.Errorf("%d documents, %d decoders: %d read", n, decoders, next)
				}
				for i := range m.decode(model.PartEntities, reuse, decoders) {
					if i == n/2 {
						break
					}
				}
			}
		}
	}
}
