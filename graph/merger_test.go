package graph

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"kg/model"
)

// TestAllEdgesAsTheIndex: the merger's edges in the order they were made
// are the edges the graph's index holds, each once, after edges are
// added across several chunks and some removed.
func TestAllEdgesAsTheIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	m := &merger{g: newGraph(), opt: Options{MaxEvidence: 6}, ruleIndex: map[string]int32{"": 0}}
	kinds := []model.EdgeKind{model.MemberOf, model.Leads, model.Attended}
	var keys []edgeKey
	for i := range 3 * slabSize {
		k := edgeKey{fmt.Sprint("n", r.IntN(300)), fmt.Sprint("n", r.IntN(300)), kinds[r.IntN(len(kinds))]}
		m.edge(k.from, k.to, k.typ, Quote{Text: "A sentence.", Start: int32(i)})
		keys = append(keys, k)
	}
	for _, k := range keys[:len(keys)/3] {
		m.g.removeEdge(k)
	}
	names := func(all func(func(*Edge) bool)) []string {
		var out []string
		for e := range all {
			out = append(out, fmt.Sprint(e.Source, " ", e.Target, " ", e.Type))
		}
		slices.Sort(out)
		return out
	}
	got, want := names(m.allEdges()), names(m.g.edges.all())
	if len(want) == 0 || len(want) == len(keys) {
		t.Fatalf("the test removes some edges and keeps some: %d of %d kept", len(want), len(keys))
	}
	if !slices.Equal(got, want) {
		t.Errorf("allEdges gives %d edges, the index %d; they differ", len(got), len(want))
	}
}

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
