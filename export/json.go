package export

import (
	"bufio"
	"io"

	"kg/graph"
)

// Schema names the version of the JSON layout.
const Schema = "kg-graph/1"

// JSON writes the graph as indented JSON (fields in docs: README, graph.json):
//
//	{"schema": ..., "nodes": [...], "edges": [...], "sources": [...], "statements": [...]}
//
// Elements are written by hand as they are reached (jsonWriter), so memory
// stays small however large the graph.
func JSON(w io.Writer, g *graph.Graph) error {
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriterSize(w, 1<<16)
	}
	j := &jsonWriter{w: bw, prefix: "    "}
	array := func(name string, n int, item func(i int), last bool) {
		bw.WriteString(`  "` + name + `": [`)
		for i := 0; i < n; i++ {
			if i > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n    ")
			item(i)
		}
		if n > 0 {
			bw.WriteString("\n  ")
		}
		bw.WriteString("]")
		if !last {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
	}
	bw.WriteString("{\n  \"schema\": \"" + Schema + "\",\n")
	nodes, edges := g.Nodes(), g.Edges()
	array("nodes", len(nodes), func(i int) { j.node(nodes[i]) }, false)
	array("edges", len(edges), func(i int) { j.edge(edges[i]) }, false)
	array("sources", len(g.Sources), func(i int) { j.source(g.Sources[i]) }, false)
	array("statements", len(g.Statements), func(i int) { j.statement(g.Statements[i]) }, true)
	bw.WriteString("}\n")
	if j.err != nil {
		return j.err
	}
	return bw.Flush()
}
