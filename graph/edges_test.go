package graph

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"unsafe"

	"kg/model"
)

// TestEdgeIndexAgreesWithAMap runs the same random puts and removes on the
// index of edges and on a plain map, with the seeded hash and with hashes
// that clash (all keys one hash, or two), and checks that every lookup,
// length and listing agrees, and that the edges are listed in the order
// their keys were first put since last removed, each under its number.
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
			var order []edgeKey // keys held, in the order first put
			number := map[edgeKey]int32{}
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
					n, isNew := x.put(e)
					if isNew == had {
						t.Fatalf("step %d: put %v reports new %v, but the map had it: %v", i, k, isNew, had)
					}
					if had && n != number[k] {
						t.Fatalf("step %d: put %v again numbers it %d, not %d", i, k, n, number[k])
					}
					if !had {
						order = append(order, k)
						number[k] = n
					}
					want[k] = e
				case 2:
					got, n := x.remove(k)
					if got != want[k] || got != nil && n != number[k] || got == nil && n != -1 {
						t.Fatalf("step %d: remove %v gives %p and %d, want %p and %d", i, k, got, n, want[k], number[k])
					}
					if got != nil {
						order = slices.DeleteFunc(order, func(o edgeKey) bool { return o == k })
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
			var got []edgeKey
			for e := range x.all() {
				k := edgeKey{e.Source, e.Target, e.Type}
				if want[k] != e || x.list[number[k]] != e {
					t.Fatalf("all yields %v, not stored under its key and number", e)
				}
				got = append(got, k)
			}
			if !slices.Equal(got, order) {
				t.Fatalf("all yields %d edges, not the %d held in the order put", len(got), len(order))
			}
		})
	}
}

// TestQuotesGiveBackTheirEvidence: a quote keeps its document and rule as
// numbers, and gives them back as they were, each rule listed once.
func TestQuotesGiveBackTheirEvidence(t *testing.T) {
	m := &merger{g: newGraph(), docIndex: map[string]int32{"a": 0, "b": 1}, ruleIndex: map[string]int32{"": 0}}
	m.g.Sources = []model.Source{{ID: "a"}, {ID: "b"}}
	evs := []model.Evidence{
		{Doc: "a", Text: "One.", Start: 0, End: 4, Rule: "first"},
		{Doc: "b", Text: "Two.", Start: 5, End: 9, Rule: "second"},
		{Doc: "a", Text: "Three.", Start: 10, End: 16, Rule: "first"},
		{Doc: "b", Text: "Four.", Start: 17, End: 22},
	}
	for _, ev := range evs {
		if got := m.g.Quote(m.quote(ev)); got != ev {
			t.Errorf("quote of %+v gives back %+v", ev, got)
		}
	}
	if got := m.g.Quote(m.ruled(m.quote(evs[3]), "second")); got.Rule != "second" || got.Text != "Four." {
		t.Errorf("ruled: %+v", got)
	}
	if len(m.g.rules) != 3 {
		t.Errorf("rules %q, want each once after the empty one", m.g.rules)
	}
}

// TestEdgeIsSmall: a large corpus's graph has millions of edges, so a
// field more is tens of megabytes; 112 bytes is a size class of Go's
// allocator (the next is 128).
func TestEdgeIsSmall(t *testing.T) {
	if n := unsafe.Sizeof(Edge{}); n > 112 {
		t.Errorf("an edge takes %d bytes, more than 112", n)
	}
}

// TestDedupe: a list is sorted, without repeats and without drop; one
// that already is, without room to spare, comes back as it is, not copied.
func TestDedupe(t *testing.T) {
	for _, tc := range []struct {
		in, want []string
		drop     string
		same     bool // the list given back, not a copy
	}{
		{[]string{"b", "a", "b"}, []string{"a", "b"}, "", false},
		{[]string{"a", "b"}, []string{"a", "b"}, "", true},
		{[]string{"a", "b"}, []string{"b"}, "a", false},
		{[]string{"a", "a"}, []string{"a"}, "", false},
		{append(make([]string, 0, 4), "a", "b"), []string{"a", "b"}, "", false}, // room to spare
		{nil, []string{}, "", false},
	} {
		got := dedupe(tc.in, tc.drop)
		if !slices.Equal(got, tc.want) || got == nil {
			t.Errorf("dedupe(%q, %q) = %q, want %q", tc.in, tc.drop, got, tc.want)
		}
		if same := len(got) > 0 && len(tc.in) > 0 && &got[0] == &tc.in[0]; same != tc.same || tc.same && cap(got) != len(got) {
			t.Errorf("dedupe(%q): the list given back: %v, want %v", tc.in, same, tc.same)
		}
	}
	qs := []Quote{{Doc: 0, Start: 5}, {Doc: 1, Start: 0}}
	if got := uniqueEvidence(qs); &got[0] != &qs[0] {
		t.Error("uniqueEvidence copied a settled list")
	}
	if got := uniqueEvidence([]Quote{{Doc: 1, Start: 0}, {Doc: 0, Start: 5}, {Doc: 1, Start: 0, Text: "again"}}); len(got) != 2 || got[0].Doc != 0 || got[1].Text != "" {
		t.Errorf("uniqueEvidence: %+v", got)
	}
}

func TestChunksKeepOrderAndPlace(t *testing.T) {
	for _, n := range []int{0, 1, slabSize - 1, slabSize, slabSize + 1, 3*slabSize + 7} {
		var c chunks[int]
		var first *int
		for i := range n {
			c.add(i)
			if i == 0 {
				for p := range c.all() {
					first = p
					break
				}
			}
		}
		got := 0
		for p := range c.all() {
			if *p != got {
				t.Fatalf("n=%d: item %d is %d", n, got, *p)
			}
			got++
		}
		if got != n {
			t.Errorf("n=%d: %d items", n, got)
		}
		if n > 0 {
			*first = -1 // the first item, where it was when added
			for p := range c.all() {
				if *p != -1 {
					t.Errorf("n=%d: the first item moved as the list grew", n)
				}
				break
			}
		}
	}
}
