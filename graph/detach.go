package graph

import (
	"cmp"
	"slices"
	"strings"
)

// detach copies the sentences the graph quotes out of the documents'
// encoded facts, once each. Names are the graph's own already
// (model.Encoded.DecodeShared copies them as they are decoded), and so
// are the other texts it keeps (the sources' paths, titles and URLs,
// statements, documents' history), copied as they are read. So the
// facts are no longer read once merging ends: held in the heap, they can
// go, and mapped from a spill file, their pages are not read back while
// the outputs are written (at 100,000 articles, graph.json read 0.3 GB
// of them, at random, in edge order).
//
// Quotes are copied in the order of their documents and offsets, so the
// facts are read through once, not at random, and a sentence several
// quotes share is copied once.
func (m *merger) detach() {
	g := m.g
	// about two quotes an edge: room for them all at once, not grown
	// by doubling through tens of megabytes
	qs := make([]*Quote, 0, 2*(g.edges.len()+len(g.nodes)))
	for _, n := range g.nodes {
		for i := range n.Evidence {
			qs = append(qs, &n.Evidence[i])
		}
	}
	for e := range g.edges.all() {
		for i := range e.Evidence {
			qs = append(qs, &e.Evidence[i])
		}
	}
	qs = inDocOrder(qs, len(g.Sources))
	for i, q := range qs {
		if i > 0 {
			p := qs[i-1]
			m.read(int(q.Doc - p.Doc))
			if p.Doc == q.Doc && p.Start == q.Start && p.End == q.End && p.Text == q.Text {
				q.Text = p.Text // copied already
				continue
			}
		}
		q.Text = strings.Clone(q.Text)
	}
}

// inDocOrder sorts quotes of docs documents by document, then offsets: by
// counting the documents' quotes first, since comparing millions of
// quotes that lie all over the heap is slow (6 s at 100,000 articles).
func inDocOrder(qs []*Quote, docs int) []*Quote {
	at := make([]int, docs+1) // where each document's quotes start
	for _, q := range qs {
		at[q.Doc+1]++
	}
	for d := 1; d <= docs; d++ {
		at[d] += at[d-1]
	}
	sorted := make([]*Quote, len(qs))
	for _, q := range qs {
		sorted[at[q.Doc]] = q
		at[q.Doc]++
	}
	// at[d] is now where document d+1's quotes start
	from := 0
	for d := range docs {
		slices.SortFunc(sorted[from:at[d]], func(a, b *Quote) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		from = at[d]
	}
	return sorted
}
