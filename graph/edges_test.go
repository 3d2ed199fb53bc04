package graph

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"kg/model"
)

// TestEdgeIndexAgreesWithAMap runs the same random puts and removes on the
// index of edges and on a plain map, with the seeded hash and with hashes
// that clash (all keys one hash, or two), and checks that every lookup,
// length and listing agrees.
func TestEdgeIndexAgreesWithAMap(t *testing.T) {
	for _, tc := range []struct {
		name string
		hash func(edgeKey) uint64
	}{
		{"seeded", nil},
		{"one hash", func(edgeKey) uint64 { return 7 }},
		{"two hashes", func(k edgeKey) uint64 { return uint64(len(k.from) % 2) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := newEdgeIndex()
			x.hash = tc.hash
			want := map[edgeKey]*Edge{}
			rng := rand.New(rand.NewPCG(1, 2))
			key := func() edgeKey {
				return edgeKey{fmt.Sprint("n", rng.IntN(9)), fmt.Sprint("m", rng.IntN(99)), []model.EdgeKind{model.Attended, model.Leads}[rng.IntN(2)]}
			}
			for i := 0; i < 2000; i++ {
				k := key()
				switch rng.IntN(3) {
				case 0, 1:
					e := &Edge{Source: k.from, Target: k.to, Type: k.typ}
					_, had := want[k]
					if isNew := x.put(e); isNew == had {
						t.Fatalf("step %d: put %v reports new %v, but the map had it: %v", i, k, isNew, had)
					}
					want[k] = e
				case 2:
					if got := x.remove(k); got != want[k] {
						t.Fatalf("step %d: remove %v gives %p, want %p", i, k, got, want[k])
					}
					delete(want, k)
				}
				if probe := key(); x.get(probe) != want[probe] {
					t.Fatalf("step %d: get %v gives %p, want %p", i, probe, x.get(probe), want[probe])
				}
				if x.len() != len(want) {
					t.Fatalf("step %d: %d edges, want %d", i, x.len(), len(want))
				}
			}
			seen := map[*Edge]bool{}
			for e := range x.all() {
				if seen[e] || want[edgeKey{e.Source, e.Target, e.Type}] != e {
					t.Fatalf("all yields %v twice or one not stored", e)
				}
				seen[e] = true
			}
			if len(seen) != len(want) {
				t.Fatalf("all yields %d edges, want %d", len(seen), len(want))
			}
		})
	}
}
