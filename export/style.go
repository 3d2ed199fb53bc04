package export

import (
	"kg/graph"
	"kg/model"
)

// Style is how a kind of node is drawn, in every diagram format.
type Style struct {
	Shape  string // Graphviz shape
	YShape string // yEd shape
	Fill   string // fill colour
	Line   string // border colour
}

// Styles gives each node kind its shape and colours.
var Styles = map[model.NodeKind]Style{
	model.Person:       {"ellipse", "ellipse", "#dbeafe", "#1d4ed8"},
	model.Country:      {"box", "rectangle", "#fef3c7", "#b45309"},
	model.Organization: {"component", "roundrectangle", "#ede9fe", "#6d28d9"},
	model.Place:        {"house", "trapezoid", "#dcfce7", "#15803d"},
	model.Delegation:   {"folder", "parallelogram", "#fee2e2", "#b91c1c"},
	model.Meeting:      {"octagon", "octagon", "#ffedd5", "#c2410c"},
	model.Document:     {"note", "rectangle3d", "#f5f5f4", "#57534e"},
	model.Topic:        {"hexagon", "hexagon", "#f1f5f9", "#475569"},
	model.Quote:        {"plaintext", "rectangle", "#ffffff", "#94a3b8"},
}

// NodeLabel is the text drawn in a node: its label, and a meeting's dates
// and place.
func NodeLabel(n *graph.Node) string {
	if n.Kind != model.Meeting {
		return n.Label
	}
	s := n.Label
	if d, ok := n.Attrs["date"].(string); ok {
		s += "\n" + d
		if e, ok := n.Attrs["end_date"].(string); ok {
			s += " – " + e
		}
	} else {
		s += "\n(undated)"
	}
	if st, _ := n.Attrs["status"].(string); st != "" && st != "held" {
		s += " (" + st + ")" // scheduled, cancelled
	}
	return s
}

// EdgeLabel is the text drawn on an edge: its type, and the roles of an
// affiliation or the relation between two people.
func EdgeLabel(e *graph.Edge) string {
	s := string(e.Type)
	if rs, ok := e.Attrs["roles"].([]string); ok && len(rs) > 0 {
		s += ": " + rs[0]
		if len(rs) > 1 {
			s += " …"
		}
	}
	if r, ok := e.Attrs["relation"].(string); ok && r != "" {
		s += ": " + r
	}
	return s
}
