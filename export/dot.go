package export

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"sort"
	"strings"

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
	for _, n := range nodes {
		if n.Kind != model.Delegation {
			continue
		}
		st := Styles[n.Kind]
		p("  subgraph %s {\n", quote("cluster_"+n.ID))
		p("    label=%s; style=\"rounded,dashed\"; color=%s; fontcolor=%s;\n", quote(n.Label), quote(st.Line), quote(st.Line))
		p("    %s;\n", nodeStmt(g, n))
		ms := members[n.ID]
		sort.Strings(ms)
		for _, m := range ms {
			p("    %s;\n", nodeStmt(g, g.Node(m)))
		}
		p("  }\n")
	}
	for _, n := range nodes {
		if n.Kind == model.Delegation || clusterOf[n.ID] != "" {
			continue
		}
		p("  %s;\n", nodeStmt(g, n))
	}
	for _, e := range g.Edges() {
		style := ""
		switch e.Type {
		case model.Leads:
			style = ", penwidth=2, color=\"#b91c1c\""
		case model.Follows:
			style = ", style=dashed, color=\"#c2410c\""
		case model.Represents:
			style = ", style=dotted"
		}
		label, tip := "label="+quote(EdgeLabel(e))+", ", edgeTooltip(g, e)
		if sfdp {
			label, tip = "", EdgeLabel(e)+" — "+tip
		}
		p("  %s -> %s [%stooltip=%s%s];\n", quote(e.Source), quote(e.Target), label, quote(tip), style)
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

func nodeStmt(g *graph.Graph, n *graph.Node) string {
	st := Styles[n.Kind]
	return fmt.Sprintf("%s [label=%s, shape=%s, fillcolor=%s, color=%s, tooltip=%s]",
		quote(n.ID), quote(NodeLabel(n)), st.Shape, quote(st.Fill), quote(st.Line), quote(nodeTooltip(g, n)))
}

func nodeTooltip(g *graph.Graph, n *graph.Node) string {
	return fmt.Sprintf("%s (%s) — sources: %s", n.Label, n.Kind, strings.Join(g.SourceIDs(n.Sources), ", "))
}

func edgeTooltip(g *graph.Graph, e *graph.Edge) string {
	if len(e.Evidence) == 0 {
		return string(e.Type)
	}
	return fmt.Sprintf("%s [%s]", e.Evidence[0].Text, g.Sources[e.Evidence[0].Doc].ID)
}

// quote makes a DOT double-quoted string: backslashes and quotes escaped,
// line breaks as \n, other control characters dropped.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
