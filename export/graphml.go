package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
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

// GraphML writes the graph as GraphML with yEd graphics. Elements are
// written piece by piece, not through fmt: a large graph's million edges
// would otherwise make about ten objects each for the collector.
func GraphML(w io.Writer, g *graph.Graph) error {
	b := bufio.NewWriter(w)
	var num [20]byte
	number := func(n int) { b.Write(strconv.AppendInt(num[:0], int64(n), 10)) }
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
	b.WriteString("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:y=\"http://www.yworks.com/xml/graphml\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n")
	for _, k := range graphmlKeys {
		fmt.Fprintf(b, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", k.id, k.for_, k.name, k.typ)
	}
	b.WriteString("  <key id=\"n_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n")
	b.WriteString("  <key id=\"e_graphics\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n")
	b.WriteString("  <graph id=\"kg\" edgedefault=\"directed\">\n")
	for _, n := range g.Nodes() {
		st := Styles[n.Kind]
		b.WriteString("    <node id=\"")
		escTo(b, n.ID)
		b.WriteString("\">\n")
		data(b, "n_label", n.Label)
		data(b, "n_kind", string(n.Kind))
		dataList(b, "n_aliases", n.Aliases, func(s string) string { return s })
		dataList(b, "n_sources", n.Sources, func(d int32) string { return g.Sources[d].ID })
		b.WriteString("      <data key=\"n_evidence\">")
		number(len(n.Evidence))
		b.WriteString("</data>\n")
		if d, ok := n.Attrs["date"].(string); ok {
			data(b, "n_date", d)
		}
		label := NodeLabel(n)
		b.WriteString("      <data key=\"n_graphics\"><y:ShapeNode><y:Geometry height=\"")
		number(20 + 16*strings.Count(label, "\n"))
		b.WriteString("\" width=\"")
		number(30 + 7*longestLine(label))
		b.WriteString("\" x=\"0\" y=\"0\"/><y:Fill color=\"")
		b.WriteString(st.Fill)
		b.WriteString("\" transparent=\"false\"/><y:BorderStyle color=\"")
		b.WriteString(st.Line)
		b.WriteString("\" type=\"line\" width=\"1.0\"/><y:NodeLabel alignment=\"center\" autoSizePolicy=\"content\" fontFamily=\"Dialog\" fontSize=\"12\" modelName=\"internal\" modelPosition=\"c\" textColor=\"#000000\" visible=\"true\">")
		escTo(b, label)
		b.WriteString("</y:NodeLabel><y:Shape type=\"")
		b.WriteString(st.YShape)
		b.WriteString("\"/></y:ShapeNode></data>\n")
		b.WriteString("    </node>\n")
	}
	for i, e := range g.Edges() {
		b.WriteString("    <edge id=\"e")
		number(i)
		b.WriteString("\" source=\"")
		escTo(b, e.Source)
		b.WriteString("\" target=\"")
		escTo(b, e.Target)
		b.WriteString("\">\n")
		label := EdgeLabel(e)
		data(b, "e_type", string(e.Type))
		data(b, "e_label", label)
		dataList(b, "e_sources", e.Sources, func(d int32) string { return g.Sources[d].ID })
		b.WriteString("      <data key=\"e_evidence\">")
		number(e.Count)
		b.WriteString("</data>\n")
		if len(e.Evidence) > 0 {
			data(b, "e_quote", e.Evidence[0].Text)
		}
		b.WriteString("      <data key=\"e_graphics\"><y:PolyLineEdge><y:LineStyle color=\"#64748b\" type=\"line\" width=\"1.0\"/><y:Arrows source=\"none\" target=\"standard\"/><y:EdgeLabel fontFamily=\"Dialog\" fontSize=\"10\" textColor=\"#334155\" visible=\"true\">")
		escTo(b, label)
		b.WriteString("</y:EdgeLabel></y:PolyLineEdge></data>\n")
		b.WriteString("    </edge>\n")
	}
	b.WriteString("  </graph>\n</graphml>\n")
	return b.Flush()
}

func data(b *bufio.Writer, key, value string) {
	dataList(b, key, []string{value}, func(s string) string { return s })
}

// dataList writes the names of xs, joined by "; ", as data for key.
func dataList[T any](b *bufio.Writer, key string, xs []T, name func(T) string) {
	b.WriteString("      <data key=\"")
	b.WriteString(key)
	b.WriteString("\">")
	for i, x := range xs {
		if i > 0 {
			b.WriteString("; ")
		}
		escTo(b, name(x))
	}
	b.WriteString("</data>\n")
}

// esc escapes text for XML content and attributes (escTo).
func esc(s string) string {
	var sb strings.Builder
	escTo(&sb, s)
	return sb.String()
}

// xmlEscapes are the characters encoding/xml's EscapeText replaces, with
// what it writes instead.
var xmlEscapes = [...]string{'"': "&#34;", '\'': "&#39;", '&': "&amp;", '<': "&lt;", '>': "&gt;", '\t': "&#x9;", '\n': "&#xA;", '\r': "&#xD;"}

// escTo writes s escaped for XML content and attributes, as
// encoding/xml's EscapeText does, but for characters XML 1.0 does not
// allow, which are dropped; bytes that are not UTF-8 become U+FFFD.
func escTo(w io.StringWriter, s string) {
	from := 0 // what is not written yet, from here to i, needs no escape
	for i := plainXMLRun(s, 0); i < len(s); i = plainXMLRun(s, i) {
		r, size := utf8.DecodeRuneInString(s[i:])
		var with string
		switch {
		case r == utf8.RuneError && size == 1:
			with = "\uFFFD" // a byte that is not UTF-8
		case r < rune(len(xmlEscapes)) && xmlEscapes[r] != "":
			with = xmlEscapes[r]
		case r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF:
			i += size
			continue
		default:
			with = "" // not allowed in XML 1.0
		}
		w.WriteString(s[from:i])
		w.WriteString(with)
		i += size
		from = i
	}
	w.WriteString(s[from:])
}

func longestLine(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		n = max(n, utf8.RuneCountInString(l))
	}
	return n
}
