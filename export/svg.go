package export

import (
	"bytes"
	"fmt"
	"io"
	"sort"

	"kg/graph"
	"kg/render"
)

// MaxDrawn is the largest number of nodes drawn in an SVG diagram; a larger
// graph is cut to the nodes with the most connections, and the diagram says
// what was left out.
const MaxDrawn = 300

// SVG renders the graph as an SVG diagram. A diagram laid out for size
// (render.SFDP) draws no labels on its edges: each edge's tooltip names
// its type (BenchmarkSVGDense, 278 nodes and 1,822 edges: 6.2 s with
// them, 0.54 s without).
func SVG(w io.Writer, g *graph.Graph) error {
	shown, note := Drawable(g, MaxDrawn)
	n, m := shown.Len()
	layout := render.LayoutFor(n, m)
	var dot bytes.Buffer
	if err := writeDOT(&dot, shown, note, layout == render.Dot); err != nil {
		return err
	}
	out, err := render.SVG(dot.Bytes(), layout)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// Drawable returns g cut to at most max nodes, keeping those with the most
// edges (ties by id), and a note saying what was left out ("" when nothing).
func Drawable(g *graph.Graph, max int) (*graph.Graph, string) {
	nodes := g.Nodes()
	if len(nodes) <= max {
		return g, ""
	}
	degree := map[string]int{}
	for _, e := range g.Edges() {
		degree[e.Source]++
		degree[e.Target]++
	}
	sort.SliceStable(nodes, func(i, j int) bool {
		if degree[nodes[i].ID] != degree[nodes[j].ID] {
			return degree[nodes[i].ID] > degree[nodes[j].ID]
		}
		return nodes[i].ID < nodes[j].ID
	})
	keep := map[string]bool{}
	for _, n := range nodes[:max] {
		keep[n.ID] = true
	}
	note := fmt.Sprintf("Showing the %d most connected of %d nodes; %d left out (see graph.json for all).", max, len(nodes), len(nodes)-max)
	return g.Filter(func(n *graph.Node) bool { return keep[n.ID] }), note
}
