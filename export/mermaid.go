package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"kg/graph"
	"kg/model"
)

// Mermaid writes the graph as a Mermaid flowchart to paste into Markdown:
// a node per thing with its kind's colours, a labelled arrow per relation.
func Mermaid(w io.Writer, g *graph.Graph) error {
	b := bufio.NewWriter(w)
	fmt.Fprintln(b, "flowchart LR")
	ids := map[string]string{}
	kinds := map[model.NodeKind]bool{}
	for i, n := range g.Nodes() {
		id := fmt.Sprintf("n%d", i+1)
		ids[n.ID] = id
		kinds[n.Kind] = true
		open, close := mermaidShape(n.Kind)
		fmt.Fprintf(b, "  %s%s\"%s\"%s:::%s\n", id, open, mermaidText(NodeLabel(n)), close, n.Kind)
	}
	for _, e := range g.Edges() {
		fmt.Fprintf(b, "  %s -->|\"%s\"| %s\n", ids[e.Source], mermaidText(EdgeLabel(e)), ids[e.Target])
	}
	for _, k := range model.NodeKinds {
		if kinds[k] {
			st := Styles[k]
			fmt.Fprintf(b, "  classDef %s fill:%s,stroke:%s\n", k, st.Fill, st.Line)
		}
	}
	return b.Flush()
}

func mermaidShape(k model.NodeKind) (string, string) {
	switch k {
	case model.Person:
		return "([", "])"
	case model.Meeting:
		return "{{", "}}"
	case model.Place:
		return "[/", "\\]"
	case model.Document:
		return "[", "]"
	case model.Delegation:
		return "[[", "]]"
	}
	return "[", "]"
}

// mermaidText escapes text inside a quoted Mermaid label: quotes and the
// characters Mermaid reads as markup become entity codes; line breaks <br>.
func mermaidText(s string) string {
	r := strings.NewReplacer(`"`, "#quot;", "<", "#lt;", ">", "#gt;", "&", "#amp;", "#", "#35;", "\n", "<br>", "|", "#124;", "`", "#96;")
	// "#35;" must not re-escape the entity codes made above: escape # first
	s = strings.ReplaceAll(s, "#", "\x00")
	s = r.Replace(s)
	return strings.ReplaceAll(s, "\x00", "#35;")
}
