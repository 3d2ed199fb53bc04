package export

import (
	"bytes"
	"cmp"
	"container/heap"
	"fmt"
	"io"
	"slices"
	"strings"

	"kg/graph"
	"kg/render"
)

// MaxDrawn is the largest number of nodes drawn in an SVG diagram; a larger
// graph is cut to a densely connected part of it (Drawable), and the
// diagram says what was left out.
const MaxDrawn = 300

// EdgesPerNode times the nodes drawn is the most edges a diagram draws
// (three a node on average, not for each node): Thinned cuts the rest.
const EdgesPerNode = 3

// SVG renders the graph as an SVG diagram (Diagram).
func SVG(w io.Writer, g *graph.Graph) error {
	_, out, err := Diagram(g)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// Diagram draws the graph as SVG, and returns the graph it draws: g cut
// to MaxDrawn nodes (Drawable) and EdgesPerNode times as many edges
// (Thinned), its title saying what was left out. A diagram laid out for size
// (render.SFDP) draws no labels on its edges: each edge's tooltip names
// its type (BenchmarkSVGDense, 278 nodes and 1,822 edges: 6.2 s with
// them, 0.54 s without).
func Diagram(g *graph.Graph) (drawn *graph.Graph, svg []byte, err error) {
	drawn, note := Drawable(g, MaxDrawn)
	n, _ := drawn.Len()
	drawn, thinNote := Thinned(drawn, EdgesPerNode*n)
	note = strings.TrimSpace(note + " " + thinNote)
	_, m := drawn.Len()
	layout := render.LayoutFor(n, m)
	var dot bytes.Buffer
	if err := writeDOT(&dot, drawn, note, layout); err != nil {
		return nil, nil, err
	}
	svg, err = render.SVG(dot.Bytes(), layout)
	return drawn, svg, err
}

// Drawable returns g cut to at most max nodes, and a note saying what was
// left out ("" when nothing). It keeps a connected part of g, as dense as
// it can find: the node with the most edges, then, one at a time, the node
// with the most edges to those kept (ties: the most edges in all, then the
// id), and when none is linked to them, the node with the most edges left.
// A large corpus's best-linked nodes are mostly delegations and their
// countries, which draw as pairs with nothing between them: their edges
// are to meetings and people ranked lower.
func Drawable(g *graph.Graph, max int) (*graph.Graph, string) {
	nodes := g.Nodes()
	if len(nodes) <= max {
		return g, ""
	}
	degree := make(map[string]int, len(nodes))
	for _, n := range nodes {
		degree[n.ID] = g.Degree(n.ID)
	}
	// the nodes by edges, for when none is linked to those kept
	slices.SortStableFunc(nodes, func(a, b *graph.Node) int {
		return cmp.Or(cmp.Compare(degree[b.ID], degree[a.ID]), strings.Compare(a.ID, b.ID))
	})
	keep := make(map[string]bool, max)
	links := map[string]int{} // a node's edges to those kept
	var linked candidates     // nodes linked to those kept, with their links when pushed
	bump := func(id string) {
		if !keep[id] {
			links[id]++
			heap.Push(&linked, candidate{id, links[id], degree[id]})
		}
	}
	add := func(id string) {
		keep[id] = true
		for e := range g.Out(id) {
			bump(e.Target)
		}
		for e := range g.In(id) {
			bump(e.Source)
		}
	}
	next := 0 // nodes[next:] may not be kept yet
	for len(keep) < max {
		if linked.Len() > 0 {
			c := heap.Pop(&linked).(candidate)
			if !keep[c.id] && c.links == links[c.id] {
				add(c.id)
			}
			continue
		}
		for keep[nodes[next].ID] {
			next++
		}
		add(nodes[next].ID)
	}
	note := fmt.Sprintf("Showing %d of %d nodes: the most connected, and those most linked to the ones shown; %d left out (see graph.json for all).", max, len(nodes), len(nodes)-max)
	return g.Filter(func(n *graph.Node) bool { return keep[n.ID] }), note
}

// candidate is a node linked to those Drawable keeps: its links to them,
// and its edges in all.
type candidate struct {
	id            string
	links, degree int
}

// candidates is a heap of candidates, the most linked first, then the
// best connected, then by id. A node's entry is pushed again each time it
// gains a link, and its older entries are passed over when popped.
type candidates []candidate

func (h candidates) Len() int { return len(h) }
func (h candidates) Less(i, j int) bool {
	a, b := h[i], h[j]
	return cmp.Or(cmp.Compare(b.links, a.links), cmp.Compare(b.degree, a.degree), strings.Compare(a.id, b.id)) < 0
}
func (h candidates) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *candidates) Push(x any)   { *h = append(*h, x.(candidate)) }
func (h *candidates) Pop() any {
	old := *h
	c := old[len(old)-1]
	*h = old[:len(old)-1]
	return c
}

// Thinned returns g with max of its edges (or as many as keep each of its
// connected parts joined, if more), and a note saying what was left out
// ("" when nothing): first those that keep each part joined, the best
// attested first (a spanning forest of the most quotes), then the best
// attested of the rest. Ties go by the order of g.Edges.
// Three hundred nodes of a large corpus have thousands of edges among them:
// drawn, they hide one another, and take sfdp seconds.
func Thinned(g *graph.Graph, max int) (*graph.Graph, string) {
	edges := g.Edges()
	if len(edges) <= max {
		return g, ""
	}
	byCount := slices.Clone(edges)
	slices.SortStableFunc(byCount, func(a, b *graph.Edge) int { return cmp.Compare(b.Count, a.Count) })
	// union-find over the nodes, for the spanning forest
	parent := map[string]string{}
	var root func(id string) string
	root = func(id string) string {
		p, ok := parent[id]
		if !ok || p == id {
			return id
		}
		r := root(p)
		parent[id] = r
		return r
	}
	keep := make(map[*graph.Edge]bool, max)
	for _, e := range byCount {
		if a, b := root(e.Source), root(e.Target); a != b {
			parent[a] = b
			keep[e] = true
		}
	}
	for _, e := range byCount {
		if len(keep) >= max {
			break
		}
		keep[e] = true
	}
	note := fmt.Sprintf("Edges: %d of %d drawn, those that join each part and then those with the most quotes.", len(keep), len(edges))
	return g.FilterEdges(func(e *graph.Edge) bool { return keep[e] }), note
}
