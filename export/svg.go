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
// to MaxDrawn nodes (Drawable). A diagram laid out for size (render.SFDP)
// draws no labels on its edges: each edge's tooltip names its type
// (BenchmarkSVGDense, 278 nodes and 1,822 edges: 6.2 s with them, 0.54 s
// without).
func Diagram(g *graph.Graph) (drawn *graph.Graph, svg []byte, err error) {
	drawn, note := Drawable(g, MaxDrawn)
	n, m := drawn.Len()
	layout := render.LayoutFor(n, m)
	var dot bytes.Buffer
	if err := writeDOT(&dot, drawn, note, layout == render.Dot); err != nil {
		return nil, nil, err
	}
	svg, err = render.SVG(dot.Bytes(), layout)
	return drawn, svg, err
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
