// Package graph is the knowledge graph: facts from many documents merged
// into one node per real thing, stored on github.com/dominikbraun/graph, with
// the queries exporters and briefings need (nodes of a kind, neighbours, the
// subgraph around a node).
package graph

import (
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"

	dg "github.com/dominikbraun/graph"

	"kg/model"
)

// Node is one real thing. export.JSON writes it as graph.json has it.
type Node struct {
	ID      string
	Kind    model.NodeKind
	Label   string
	Aliases []string
	Attrs   map[string]any
	// Sources are the articles that mention it (graph.json lists their
	// ids: Graph.SourceIDs).
	Sources Docs
	// Evidence are the quotes that say so (Graph.Evidence).
	Evidence []Quote
	// Merged says why names were merged into this node, for kg explain.
	Merged []string
}

// Edge is one typed relation between two nodes, written as a node is.
type Edge struct {
	Source string
	Target string
	Type   model.EdgeKind
	Attrs  map[string]any
	// Sources are the articles that support it (Graph.SourceIDs).
	Sources Docs
	// Evidence are the quotes that say so, a few of each article
	// (Options.MaxEvidence); Count is how many there were.
	Evidence []Quote
	Count    int
}

// Seen returns the first and last publication days (YYYY-MM-DD) of the
// articles that support e: who held which role, or led which delegation,
// when. Both are "" when none is dated. graph.json writes them among the
// attrs (EdgeAttrs). They are worked out when asked, not kept: the
// million edges of a large corpus need no room for them.
func (g *Graph) Seen(e *Edge) (first, last string) {
	for _, doc := range e.Sources {
		d := g.Sources[doc].Published
		if d == "" {
			continue
		}
		if first == "" || d < first {
			first = d
		}
		if d > last {
			last = d
		}
	}
	return first, last
}

// EdgeAttrs returns e's attributes with first_seen and last_seen, as
// graph.json writes them, in a new map.
func (g *Graph) EdgeAttrs(e *Edge) map[string]any {
	first, last := g.Seen(e)
	if first == "" {
		return maps.Clone(e.Attrs)
	}
	m := make(map[string]any, len(e.Attrs)+2)
	maps.Copy(m, e.Attrs)
	m["first_seen"], m["last_seen"] = first, last
	return m
}

// Graph is the merged knowledge graph. Node and edge lists are sorted, so
// every export of the same graph is byte-identical.
type Graph struct {
	nodes map[string]*Node
	edges edgeIndex
	// out and in are the edges by source and by target, as their numbers
	// in edges: lists of numbers hold nothing for the collector to trace
	// at each collection, where lists of pointers held two for each of a
	// large corpus's million edges
	out, in map[string][]int32
	sorted  []*Edge // Edges(), kept until the edges change
	// topology is the graph's shape on github.com/dominikbraun/graph,
	// undirected, as its neighbourhood queries read it: built on the first
	// query and kept until the edges change, so merging a large corpus
	// does not pay for it
	topoOnce sync.Once
	topology map[string]map[string]dg.Edge[string]
	Sources  []model.Source
	// rules are the names of the rules quotes cite (Quote.rule), the
	// first ""
	rules      []string
	Statements []Statement
}

// Docs are articles: indices into a graph's Sources, in order and each
// once when merging is done.
// An index takes a quarter of the room of the article's id, and holds no
// pointer for the collector to follow: a large corpus's graph lists
// millions of sources.
type Docs []int32

// SourceIDs returns the ids of the articles d lists (nil for nil).
func (g *Graph) SourceIDs(d Docs) []string {
	if d == nil {
		return nil
	}
	ids := make([]string, len(d))
	for i, k := range d {
		ids[i] = g.Sources[k].ID
	}
	return ids
}

// Quote is a piece of evidence as the graph keeps it: the sentence, with
// its document, offsets and rule as numbers. It takes half the room of a
// model.Evidence, with one pointer where that has three: a large
// corpus's graph keeps millions.
type Quote struct {
	Text       string
	Doc        int32 // index into the graph's Sources
	Start, End int32 // byte offsets in the document
	rule       int32 // index into the graph's rules
}

// Evidence returns quotes as model.Evidence, with their documents' ids
// and rules' names (nil for nil).
func (g *Graph) Evidence(qs []Quote) []model.Evidence {
	if qs == nil {
		return nil
	}
	evs := make([]model.Evidence, len(qs))
	for i, q := range qs {
		evs[i] = g.Quote(q)
	}
	return evs
}

// Quote returns q as model.Evidence.
func (g *Graph) Quote(q Quote) model.Evidence {
	return model.Evidence{Doc: g.Sources[q.Doc].ID, Text: q.Text, Start: int(q.Start), End: int(q.End), Rule: g.rules[q.rule]}
}

// Statement is a quotation with its speaker's node.
type Statement struct {
	Speaker  string         `json:"speaker"`
	Text     string         `json:"text"`
	Date     string         `json:"date,omitempty"`
	Evidence model.Evidence `json:"evidence"`
}

type edgeKey struct {
	from, to string
	typ      model.EdgeKind
}

func newGraph() *Graph {
	return &Graph{nodes: map[string]*Node{}, edges: newEdgeIndex(), out: map[string][]int32{}, in: map[string][]int32{}, rules: []string{""}}
}

// Node returns the node with the given id, or nil.
func (g *Graph) Node(id string) *Node { return g.nodes[id] }

// Nodes returns all nodes, sorted by kind order and id.
func (g *Graph) Nodes() []*Node {
	// by kind first, each kind then sorted by id: a kind's place is looked
	// up once a node, not at every comparison of a sort of them all
	byKind := make([][]*Node, len(model.NodeKinds)+1)
	for _, n := range g.nodes {
		k := kindOrder(n.Kind)
		byKind[k] = append(byKind[k], n)
	}
	out := make([]*Node, 0, len(g.nodes))
	for _, ns := range byKind {
		out = append(out, sortedByID(ns)...)
	}
	return out
}

// NodesOf returns the nodes of one kind, sorted by id.
func (g *Graph) NodesOf(kind model.NodeKind) []*Node {
	var out []*Node
	for _, n := range g.nodes {
		if n.Kind == kind {
			out = append(out, n)
		}
	}
	return sortedByID(out)
}

// sortedByID sorts ns by id and returns it.
func sortedByID(ns []*Node) []*Node {
	slices.SortFunc(ns, func(a, b *Node) int { return strings.Compare(a.ID, b.ID) })
	return ns
}

func kindOrder(k model.NodeKind) int {
	for i, x := range model.NodeKinds {
		if x == k {
			return i
		}
	}
	return len(model.NodeKinds)
}

// Edges returns all edges sorted by source, target and type. The slice is
// shared: do not modify it.
func (g *Graph) Edges() []*Edge {
	if g.sorted == nil {
		// each source's edges, the sources in order: sorting each
		// node's edges costs less than sorting all, whose comparisons
		// would mostly find the same source
		g.sorted = make([]*Edge, 0, g.edges.len())
		for _, id := range slices.Sorted(maps.Keys(g.out)) {
			start := len(g.sorted)
			g.sorted = slices.AppendSeq(g.sorted, g.Out(id))
			sortEdges(g.sorted[start:])
		}
	}
	return g.sorted
}

func sortEdges(es []*Edge) {
	slices.SortFunc(es, func(a, b *Edge) int {
		if c := strings.Compare(a.Source, b.Source); c != 0 {
			return c
		}
		if c := strings.Compare(a.Target, b.Target); c != 0 {
			return c
		}
		return strings.Compare(string(a.Type), string(b.Type))
	})
}

// edgesFrom returns the edges of one type whose source is of one kind, in
// the order of Edges, without sorting all the edges: the sources sorted,
// then each one's edges.
func (g *Graph) edgesFrom(kind model.NodeKind, typ model.EdgeKind) []*Edge {
	var ids []string
	for id, n := range g.nodes {
		if n.Kind == kind {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	var out []*Edge
	for _, id := range ids {
		start := len(out)
		for e := range g.Out(id) {
			if e.Type == typ {
				out = append(out, e)
			}
		}
		sortEdges(out[start:])
	}
	return out
}

// EdgesOf returns the edges that touch node id, sorted.
func (g *Graph) EdgesOf(id string) []*Edge {
	out := g.touching(nil, id)
	sortEdges(out)
	return out
}

// touching appends to es the edges that start at node id, then those that
// end there, each in the order they were added.
func (g *Graph) touching(es []*Edge, id string) []*Edge {
	return slices.AppendSeq(slices.AppendSeq(es, g.Out(id)), g.In(id))
}

// Out yields the edges that start at node id, in the order they were added.
func (g *Graph) Out(id string) iter.Seq[*Edge] { return g.edges.edges(g.out[id]) }

// In yields the edges that end at node id, in the order they were added.
func (g *Graph) In(id string) iter.Seq[*Edge] { return g.edges.edges(g.in[id]) }

// Degree returns the number of edges that touch node id.
func (g *Graph) Degree(id string) int { return len(g.out[id]) + len(g.in[id]) }

// Neighbours returns the ids of the nodes joined to id by an edge in either
// direction, sorted.
func (g *Graph) Neighbours(id string) []string {
	adj := g.shape()[id]
	out := make([]string, 0, len(adj))
	for n := range adj {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// shape returns the adjacency of the undirected topology, building it on
// first use. Safe for concurrent readers of a graph no longer changed.
func (g *Graph) shape() map[string]map[string]dg.Edge[string] {
	g.topoOnce.Do(func() {
		t := dg.New(dg.StringHash)
		for id := range g.nodes {
			_ = t.AddVertex(id)
		}
		for e := range g.edges.all() {
			_ = t.AddEdge(e.Source, e.Target) // the pair may have an edge already: one is enough for the shape
		}
		g.topology, _ = t.AdjacencyMap()
	})
	return g.topology
}

// reshape forgets the topology after a change.
func (g *Graph) reshape() {
	g.topoOnce, g.topology = sync.Once{}, nil
}

// Subgraph returns the graph of the nodes within hops edges of id, keeping
// only nodes of the given kinds (all kinds when kinds is empty; the centre
// is always kept).
func (g *Graph) Subgraph(id string, hops int, kinds []model.NodeKind) *Graph {
	keep := map[string]bool{id: true}
	frontier := []string{id}
	for h := 0; h < hops; h++ {
		var next []string
		for _, n := range frontier {
			for _, m := range g.Neighbours(n) {
				if keep[m] || !kindAllowed(g.nodes[m].Kind, kinds) {
					continue
				}
				keep[m] = true
				next = append(next, m)
			}
		}
		frontier = next
	}
	return g.Filter(func(n *Node) bool { return keep[n.ID] })
}

func kindAllowed(k model.NodeKind, kinds []model.NodeKind) bool {
	if len(kinds) == 0 {
		return true
	}
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// Filter returns the graph of the nodes keep accepts and the edges between them.
func (g *Graph) Filter(keep func(*Node) bool) *Graph {
	return g.filter(keep, func(*Edge) bool { return true })
}

// FilterEdges returns the graph of g's nodes and the edges keep accepts.
func (g *Graph) FilterEdges(keep func(*Edge) bool) *Graph {
	return g.filter(func(*Node) bool { return true }, keep)
}

func (g *Graph) filter(keepNode func(*Node) bool, keepEdge func(*Edge) bool) *Graph {
	out := newGraph()
	out.Sources, out.rules = g.Sources, g.rules
	for _, n := range g.Nodes() {
		if keepNode(n) {
			out.addNode(n)
		}
	}
	for _, e := range g.Edges() {
		if out.nodes[e.Source] != nil && out.nodes[e.Target] != nil && keepEdge(e) {
			out.addEdge(e)
		}
	}
	for _, s := range g.Statements {
		if out.nodes[s.Speaker] != nil {
			out.Statements = append(out.Statements, s)
		}
	}
	return out
}

func (g *Graph) addNode(n *Node) {
	g.nodes[n.ID] = n
	g.reshape()
}

// addEdge stores e, a typed relation; the topology keeps one edge per pair.
func (g *Graph) addEdge(e *Edge) {
	if i, isNew := g.edges.put(e); isNew {
		g.link(e, i)
	}
}

// insertEdge adds e, whose key k the graph lacks, in the slot the edge
// index's find gave.
func (g *Graph) insertEdge(k edgeKey, at slot, e *Edge) {
	g.link(e, g.edges.insert(k, at, e))
}

// link lists the new edge e, number i, among its ends' edges.
func (g *Graph) link(e *Edge, i int32) {
	g.out[e.Source] = append(g.out[e.Source], i)
	g.in[e.Target] = append(g.in[e.Target], i)
	g.sorted = nil
	g.reshape()
}

// removeEdge drops the edge with key k, and clears it: the merge's edges
// share slabs, and one dropped would keep what it points to (the
// sentences it borrows, and so their documents' facts) for as long as its
// slab lives.
func (g *Graph) removeEdge(k edgeKey) {
	e, i := g.edges.remove(k)
	if e == nil {
		return
	}
	drop := func(ns []int32) []int32 {
		out := ns[:0]
		for _, n := range ns {
			if n != i {
				out = append(out, n)
			}
		}
		return out
	}
	g.out[k.from] = drop(g.out[k.from])
	g.in[k.to] = drop(g.in[k.to])
	g.sorted = nil
	g.reshape()
	*e = Edge{}
}

// Len returns the number of nodes and edges.
func (g *Graph) Len() (nodes, edges int) { return len(g.nodes), g.edges.len() }

// Find returns the nodes whose id, label, acronym or an alias is name (any
// case), or, when none is, those whose label contains it.
func (g *Graph) Find(name string) []*Node {
	q := strings.ToLower(strings.TrimSpace(name))
	var exact, partial []*Node
	for _, n := range g.Nodes() {
		acronym, _ := n.Attrs["acronym"].(string)
		hit := strings.ToLower(n.ID) == q || strings.ToLower(n.Label) == q || strings.ToLower(acronym) == q
		for _, a := range n.Aliases {
			if strings.ToLower(a) == q {
				hit = true
			}
		}
		if hit {
			exact = append(exact, n)
		} else if strings.Contains(strings.ToLower(n.Label), q) {
			partial = append(partial, n)
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return partial
}
