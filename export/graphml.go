package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"kg/graph"
)

// graphmlKeys are the typed attributes of nodes and edges; the yfiles keys
// carry yEd's graphics so one file opens well in both Gephi and yEd.
var graphmlKeys = []struct{ id, for_, name, typ string }{
	{"n_label", "node", "label", "string"},
	{"n_kind", "node", "kind", "string"},
	{"n_aliases", "node", "aliases", "string"},
	{"n_sources", "node", "sources", "string"},
	{"n_evidence", "node", "evidence_count", "int"},
	{"n_date", "node", "date", "string"},
	{"e_type", "edge", "type", "string"},
	{"e_label", "edge", "label", "string"},
	{"e_sources", "edge", "sources", "string"},
	{"e_evidence", "edge", "evidence_count", "int"},
	{"e_quote", "edge", "evidence", "string"},
}

// GraphML writes the graph as GraphML with yEd graphics.
func GraphML(w io.Writer, g *graph.Graph) error {
	b := bufio.NewWriter(w)
	p := func(format string, a ...any) { fmt.Fprintf(b, format, a...) }
	p("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
	p("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:y=\"http://www.yworks.com/xml/graphml\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n")
	for _, k := range graphmlKeys {
		p("  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", k.id, k.for_, k.name, k.typ)
	}
	p("  <key id=\"n_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n")
	p("  <key id=\"e_graphics\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n")
	p("  <graph id=\"kg\" edgedefault=\"directed\">\n")
	for _, n := range g.Nodes() {
		st := Styles[n.Kind]
		p("    <node id=\"%s\">\n", esc(n.ID))
		data(b, "n_label", n.Label)
		data(b, "n_kind", string(n.Kind))
		data(b, "n_aliases", strings.Join(n.Aliases, "; "))
		data(b, "n_sources", strings.Join(g.SourceIDs(n.Sources), "; "))
		data(b, "n_evidence", fmt.Sprint(len(n.Evidence)))
		if d, ok := n.Attrs["date"].(string); ok {
			data(b, "n_date", d)
		}
		label := NodeLabel(n)
		width := 30 + 7*longestLine(label)
		p("      <data key=\"n_graphics\"><y:ShapeNode><y:Geometry height=\"%d\" width=\"%d\" x=\"0\" y=\"0\"/><y:Fill color=\"%s\" transparent=\"false\"/><y:BorderStyle color=\"%s\" type=\"line\" width=\"1.0\"/><y:NodeLabel alignment=\"center\" autoSizePolicy=\"content\" fontFamily=\"Dialog\" fontSize=\"12\" modelName=\"internal\" modelPosition=\"c\" textColor=\"#000000\" visible=\"true\">%s</y:NodeLabel><y:Shape type=\"%s\"/></y:ShapeNode></data>\n",
			20+16*strings.Count(label, "\n"), width, st.Fill, st.Line, esc(label), st.YShape)
		p("    </node>\n")
	}
	for i, e := range g.Edges() {
		p("    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, esc(e.Source), esc(e.Target))
		data(b, "e_type", string(e.Type))
		data(b, "e_label", EdgeLabel(e))
		data(b, "e_sources", strings.Join(g.SourceIDs(e.Sources), "; "))
		data(b, "e_evidence", fmt.Sprint(e.Count))
		if len(e.Evidence) > 0 {
			data(b, "e_quote", e.Evidence[0].Text)
		}
		p("      <data key=\"e_graphics\"><y:PolyLineEdge><y:LineStyle color=\"#64748b\" type=\"line\" width=\"1.0\"/><y:Arrows source=\"none\" target=\"standard\"/><y:EdgeLabel fontFamily=\"Dialog\" fontSize=\"10\" textColor=\"#334155\" visible=\"true\">%s</y:EdgeLabel></y:PolyLineEdge></data>\n", esc(EdgeLabel(e)))
		p("    </edge>\n")
	}
	p("  </graph>\n</graphml>\n")
	return b.Flush()
}

func data(b *bufio.Writer, key, value string) {
	fmt.Fprintf(b, "      <data key=\"%s\">%s</data>\n", key, esc(value))
}

// esc escapes text for XML content and attributes; characters XML 1.0 does
// not allow are dropped.
func esc(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || r >= 0x10000 && r <= 0x10FFFF {
			return r
		}
		return -1
	}, s)
	var sb strings.Builder
	_ = xml.EscapeText(&sb, []byte(s))
	return sb.String()
}

func longestLine(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		n = max(n, utf8.RuneCountInString(l))
	}
	return n
}
