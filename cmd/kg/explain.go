package main

import (
	"fmt"
	"io"
	"strings"

	"kg/graph"
)

// cmdExplain shows why a node exists: the sentences that mention it, the
// rules that found it, why names were merged into it, and its edges with
// their evidence.
func cmdExplain(args []string, stdout, stderr io.Writer) error {
	fs, in := newFlags("explain", stderr)
	if err := fs.Parse(reorder(args)); err != nil {
		return usageError{err}
	}
	if fs.NArg() == 0 {
		return usageError{fmt.Errorf("name a node: kg explain NAME")}
	}
	name := strings.Join(fs.Args(), " ")
	defer in.close()
	g, _, err := in.load(stderr)
	if err != nil {
		return err
	}
	nodes := g.Find(name)
	if len(nodes) == 0 {
		return fmt.Errorf("no node is called %q", name)
	}
	for _, n := range nodes {
		explain(stdout, g, n)
	}
	return nil
}

func explain(w io.Writer, g *graph.Graph, n *graph.Node) {
	fmt.Fprintf(w, "%s  [%s]  %s\n", n.Label, n.Kind, n.ID)
	if len(n.Aliases) > 0 {
		fmt.Fprintf(w, "  also called: %s\n", strings.Join(n.Aliases, "; "))
	}
	fmt.Fprintf(w, "  sources: %s\n", strings.Join(g.SourceIDs(n.Sources), ", "))
	for _, k := range sortedKeys(n.Attrs) {
		fmt.Fprintf(w, "  %s: %v\n", k, n.Attrs[k])
	}
	if len(n.Merged) > 0 {
		fmt.Fprintln(w, "  merged because:")
		for _, m := range n.Merged {
			fmt.Fprintf(w, "    - %s\n", m)
		}
	}
	fmt.Fprintln(w, "  mentions:")
	for _, e := range g.Evidence(n.Evidence) {
		fmt.Fprintf(w, "    [%s @%d, %s] %s\n", e.Doc, e.Start, e.Rule, e.Text)
	}
	fmt.Fprintln(w, "  edges:")
	for _, e := range g.EdgesOf(n.ID) {
		other, dir := e.Target, "->"
		if e.Target == n.ID {
			other, dir = e.Source, "<-"
		}
		label := other
		if o := g.Node(other); o != nil {
			label = o.Label
		}
		fmt.Fprintf(w, "    %s %s %s  %v\n", dir, e.Type, label, g.EdgeAttrs(e))
		for _, ev := range g.Evidence(e.Evidence) {
			fmt.Fprintf(w, "        [%s, %s] %s\n", ev.Doc, ev.Rule, ev.Text)
		}
	}
	fmt.Fprintln(w)
}

func sortedKeys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

// reorder moves flags before positional arguments, so "kg explain Umerov
// --in seeds" works as well as "kg explain --in seeds Umerov".
func reorder(args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			flags = append(flags, a)
			if !strings.Contains(a, "=") && i+1 < len(args) && !isBoolFlag(a) {
				flags = append(flags, args[i+1])
				i++
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(flags, pos...)
}

func isBoolFlag(a string) bool {
	a = strings.TrimLeft(a, "-")
	return a == "strict" || a == "quiet"
}
