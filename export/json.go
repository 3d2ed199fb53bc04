package export

import (
	"encoding/json"
	"io"

	"kg/graph"
	"kg/model"
)

// Document is the JSON form of the graph (graph.json). Its fields are
// documented in docs/graph-json.md.
type Document struct {
	Schema     string            `json:"schema"`
	Nodes      []*graph.Node     `json:"nodes"`
	Edges      []*graph.Edge     `json:"edges"`
	Sources    []model.Source    `json:"sources"`
	Statements []graph.Statement `json:"statements"`
}

// Schema names the version of the JSON layout.
const Schema = "kg-graph/1"

// JSON writes the graph as indented JSON.
func JSON(w io.Writer, g *graph.Graph) error {
	doc := Document{Schema: Schema, Nodes: g.Nodes(), Edges: g.Edges(), Sources: g.Sources, Statements: g.Statements}
	if doc.Statements == nil {
		doc.Statements = []graph.Statement{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}
