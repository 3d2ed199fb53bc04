package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"kg/graph"
)

// Schema names the version of the JSON layout.
const Schema = "kg-graph/1"

// JSON writes the graph as indented JSON (fields in docs: README, graph.json):
//
//	{"schema": ..., "nodes": [...], "edges": [...], "sources": [...], "statements": [...]}
//
// Each element is encoded on its own, so memory stays small however large
// the graph.
func JSON(w io.Writer, g *graph.Graph) error {
	bw := bufio.NewWriter(w)
	var elem bytes.Buffer
	enc := json.NewEncoder(&elem)
	enc.SetEscapeHTML(false)
	enc.SetIndent("    ", "  ")
	put := func(v any) error {
		elem.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := bw.Write(bytes.TrimRight(elem.Bytes(), "\n"))
		return err
	}
	array := func(name string, n int, item func(i int) any, last bool) error {
		bw.WriteString(`  "` + name + `": [`)
		for i := 0; i < n; i++ {
			if i > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n    ")
			if err := put(item(i)); err != nil {
				return err
			}
		}
		if n > 0 {
			bw.WriteString("\n  ")
		}
		bw.WriteString("]")
		if !last {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
		return nil
	}
	bw.WriteString("{\n  \"schema\": \"" + Schema + "\",\n")
	nodes, edges := g.Nodes(), g.Edges()
	if err := array("nodes", len(nodes), func(i int) any { return nodes[i] }, false); err != nil {
		return err
	}
	if err := array("edges", len(edges), func(i int) any { return edges[i] }, false); err != nil {
		return err
	}
	if err := array("sources", len(g.Sources), func(i int) any { return g.Sources[i] }, false); err != nil {
		return err
	}
	if err := array("statements", len(g.Statements), func(i int) any { return g.Statements[i] }, true); err != nil {
		return err
	}
	bw.WriteString("}\n")
	return bw.Flush()
}
