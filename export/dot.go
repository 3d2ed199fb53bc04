package export

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"kg/graph"
	"kg/model"
	"kg/render"
)

// DOT writes the graph in Graphviz's DOT language: a cluster per delegation
// holding its members, a shape and colour per node kind, labelled edges and
// a legend of the kinds drawn.
func DOT(w io.Writer, g *graph.Graph) error {
	return writeDOT(w, g, "", render.Dot)
}

// writeDOT writes g as DOT to be laid out by layout, with a title when not
// "". For sfdp, an edge's label is not drawn but leads its tooltip (placing
// a label on each of a dense diagram's edges is most of its layout's
// time), and the legend is a row of the kinds' colours under the title
// rather than a cluster of nodes, which sfdp would lay out among the
// others.
func writeDOT(w io.Writer, g *graph.Graph, title string, layout render.Layout) error {
	b := bufio.NewWriter(w)
	p := func(format string, a ...any) { fmt.Fprintf(b, format, a...) }
	p("digraph kg {\n")
	p("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11, nodesep=0.25, ranksep=0.6, newrank=true")
	nodes := g.Nodes()
	kinds := map[model.NodeKind]bool{}
	for _, n := range nodes {
		kinds[n.Kind] = true
	}
	sfdp := layout != render.Dot
	switch {
	case sfdp && len(nodes) > 0:
		p(", label=<%s>, labelloc=t", legendRow(title, kinds))
	case title != "":
		p(", label=%s, labelloc=t", quote(title))
	}
	p("];\n")
	p("  node [fontname=\"Helvetica\", fontsize=10, style=\"filled\", penwidth=1.2];\n")
	p("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#64748b\", fontcolor=\"#334155\", arrowsize=0.6];\n")

	// delegation clusters: the delegation and the people who lead or sit on it
	clusterOf := map[string]string{}
	members := map[string][]string{}
	for _, e := range g.Edges() {
		if e.Type != model.Leads && e.Type != model.MemberOf {
			continue
		}
		if _, taken := clusterOf[e.Source]; taken {
			continue
		}
		clusterOf[e.Source] = e.Target
		members[e.Target] = append(members[e.Target], e.Source)
	}
	// (each statement is made in line and written whole: at 100,000
	// articles, formatting their 1.3 million took about 11 s)
	var line []byte
	node := func(indent string, n *graph.Node) {
		line = appendNodeStmt(append(line[:0], indent...), g, n)
		b.Write(line)
	}
	for _, n := range nodes {
		if n.Kind != model.Delegation {
			continue
		}
		st := Styles[n.Kind]
		p("  subgraph %s {\n", quote("cluster_"+n.ID))
		p("    label=%s; style=\"rounded,dashed\"; color=%s; fontcolor=%s;\n", quote(n.Label), quote(st.Line), quote(st.Line))
		node("    ", n)
		ms := members[n.ID]
		sort.Strings(ms)
		for _, m := range ms {
			node("    ", g.Node(m))
		}
		p("  }\n")
	}
	for _, n := range nodes {
		if n.Kind == model.Delegation || clusterOf[n.ID] != "" {
			continue
		}
		node("  ", n)
	}
	for _, e := range g.Edges() {
		line = append(line[:0], "  "...)
		line = appendQuoted(line, e.Source)
		line = append(line, " -> "...)
		line = appendQuoted(line, e.Target)
		line = append(line, " ["...)
		if !sfdp {
			line = append(line, "label="...)
			line = append(appendQuoted(line, EdgeLabel(e)), ", "...)
		}
		line = append(line, `tooltip="`...)
		if sfdp {
			line = append(appendEscaped(line, EdgeLabel(e)), " — "...)
		}
		line = append(appendEdgeTooltip(line, g, e), '"')
		switch e.Type {
		case model.Leads:
			line = append(line, ", penwidth=2, color=\"#b91c1c\""...)
		case model.Follows:
			line = append(line, ", style=dashed, color=\"#c2410c\""...)
		case model.Represents:
			line = append(line, ", style=dotted"...)
		}
		b.Write(append(line, "];\n"...))
	}
	// legend
	if !sfdp && len(nodes) > 0 {
		p("  subgraph cluster_legend {\n    label=\"Legend\"; style=\"rounded\"; color=\"#cbd5e1\"; fontcolor=\"#475569\";\n")
		var prev string
		for _, k := range model.NodeKinds {
			if !kinds[k] {
				continue
			}
			st := Styles[k]
			id := "legend:" + string(k)
			p("    %s [label=%s, shape=%s, fillcolor=%s, color=%s, fontsize=9];\n", quote(id), quote(string(k)), st.Shape, quote(st.Fill), quote(st.Line))
			if prev != "" {
				p("    %s -> %s [style=invis];\n", quote(prev), quote(id))
			}
			prev = id
		}
		p("  }\n")
	}
	p("}\n")
	return b.Flush()
}

// legendRow is an HTML-like label: the title, when not "", over a row of
// the kinds drawn, each in its colours.
func legendRow(title string, kinds map[model.NodeKind]bool) string {
	var b strings.Builder
	b.WriteString(`<table border="0" cellspacing="0">`)
	if title != "" {
		fmt.Fprintf(&b, `<tr><td>%s</td></tr>`, html.EscapeString(title))
	}
	b.WriteString(`<tr><td><table border="0" cellspacing="4"><tr>`)
	for _, k := range model.NodeKinds {
		if kinds[k] {
			st := Styles[k]
			fmt.Fprintf(&b, `<td border="1" bgcolor="%s" color="%s"><font point-size="9">%s</font></td>`, st.Fill, st.Line, html.EscapeString(string(k)))
		}
	}
	b.WriteString("</tr></table></td></tr></table>")
	return b.String()
}

// appendNodeStmt appends n's statement, with its ";" and line end.
func appendNodeStmt(b []byte, g *graph.Graph, n *graph.Node) []byte {
	st := Styles[n.Kind]
	b = appendQuoted(b, n.ID)
	b = append(b, " [label="...)
	b = appendQuoted(b, NodeLabel(n))
	b = append(append(append(b, ", shape="...), st.Shape...), ", fillcolor="...)
	b = appendQuoted(b, st.Fill)
	b = append(b, ", color="...)
	b = appendQuoted(b, st.Line)
	// the tooltip: "LABEL (KIND) — sources: ID, ID", the first
	// tooltipSources of them and how many in all
	b = append(b, `, tooltip="`...)
	b = appendEscaped(b, n.Label)
	b = append(append(append(b, " ("...), n.Kind...), ") — sources: "...)
	for i, doc := range n.Sources[:min(len(n.Sources), tooltipSources)] {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendEscaped(b, g.Sources[doc].ID)
	}
	if len(n.Sources) > tooltipSources {
		b = append(strconv.AppendInt(append(b, " … ("...), int64(len(n.Sources)), 10), " in all)"...)
	}
	return append(b, "\"];\n"...)
}

// tooltipSources is how many of a node's sources its tooltip names. A
// country of 100,000 articles has as many: named, each such tooltip was
// 0.6 MB of the diagram, whose 300 nodes took 6 s to lay out and made an
// SVG of 4.4 MB. graph.json and GraphML list them all.
const tooltipSources = 10

// appendEdgeTooltip appends, escaped, what an edge's tooltip says: its
// first quote and the article it is from, or its type.
func appendEdgeTooltip(b []byte, g *graph.Graph, e *graph.Edge) []byte {
	if len(e.Evidence) == 0 {
		return appendEscaped(b, string(e.Type))
	}
	b = append(appendEscaped(b, e.Evidence[0].Text), " ["...)
	return append(appendEscaped(b, g.Sources[e.Evidence[0].Doc].ID), ']')
}

// quote makes a DOT double-quoted string: backslashes and quotes escaped,
// line breaks as \n, other control characters dropped.
func quote(s string) string { return string(appendQuoted(nil, s)) }

// appendQuoted appends s as a DOT double-quoted string.
func appendQuoted(b []byte, s string) []byte {
	return append(appendEscaped(append(b, '"'), s), '"')
}

// appendEscaped appends s as it goes between a DOT string's quotes:
// backslashes and quotes escaped, line breaks as \n, other control
// characters dropped, and bytes that are not UTF-8 as U+FFFD. Runs of
// bytes that need none of this are copied whole.
func appendEscaped(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		j := plainDOTRun(s, i)
		b = append(b, s[i:j]...)
		if j == len(s) {
			break
		}
		switch c := s[j]; {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
			i = j + 1
		case c == '\n':
			b = append(b, `\n`...)
			i = j + 1
		case c < 0x20 || c == 0x7f:
			i = j + 1
		default:
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == utf8.RuneError && n == 1 {
				b = utf8.AppendRune(b, r)
			} else {
				b = append(b, s[j:j+n]...)
			}
			i = j + n
		}
	}
	return b
}
