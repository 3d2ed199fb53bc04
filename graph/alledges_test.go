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
