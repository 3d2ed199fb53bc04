package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"kg/export"
	"kg/gazetteer"
	"kg/graph"
	"kg/model"
)

// cmdRender writes a focused diagram: the subgraph around a node, of some
// kinds only, as DOT and SVG, or as Mermaid.
func cmdRender(args []string, stdout, stderr io.Writer) error {
	fs, in := newFlags("render", stderr)
	focus := fs.String("focus", "", "the node to centre on (label, alias or id); the whole graph when empty")
	hops := fs.Int("hops", 1, "how many edges away from the focus to draw")
	kinds := fs.String("kinds", "", "node kinds to draw, comma-separated (person,delegation,meeting,...); all when empty")
	format := fs.String("format", "dot,svg", "what to write: dot, svg, mermaid (comma-separated)")
	out := fs.String("out", "output", "folder to write to")
	name := fs.String("name", "", "base name of the files (default: focus-NAME, or graph-view)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var ks []model.NodeKind
	for _, k := range strings.Split(*kinds, ",") {
		if k = strings.TrimSpace(k); k == "" {
			continue
		}
		if !known(model.NodeKind(k)) {
			return usageError{fmt.Errorf("unknown kind %q", k)}
		}
		ks = append(ks, model.NodeKind(k))
	}
	if *hops < 0 {
		return usageError{fmt.Errorf("--hops must be 0 or more")}
	}
	writers := map[string]struct {
		ext   string
		write func(io.Writer, *graph.Graph) error
	}{"dot": {".dot", export.DOT}, "svg": {".svg", export.SVG}, "mermaid": {".mmd", export.Mermaid}}
	var formats []string
	for _, f := range strings.Split(*format, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		if _, ok := writers[f]; !ok {
			return usageError{fmt.Errorf("unknown format %q (dot, svg, mermaid)", f)}
		}
		formats = append(formats, f)
	}
	defer in.close()
	g, _, err := in.load(stderr)
	if err != nil {
		return err
	}
	view := g
	base := "graph-view"
	if *focus != "" {
		nodes := g.Find(*focus)
		if len(nodes) == 0 {
			return fmt.Errorf("no node is called %q", *focus)
		}
		if len(nodes) > 1 {
			var ids []string
			for _, n := range nodes {
				ids = append(ids, n.ID)
			}
			return fmt.Errorf("%q names %d nodes (%s); give an id", *focus, len(nodes), strings.Join(ids, ", "))
		}
		view = g.Subgraph(nodes[0].ID, *hops, ks)
		base = "focus-" + gazetteer.Slug(nodes[0].Label)
	} else if len(ks) > 0 {
		view = g.Filter(func(n *graph.Node) bool { return kindIn(n.Kind, ks) })
	}
	if *name != "" {
		base = *name
	}
	var wrote []string
	for _, f := range formats {
		w := writers[f]
		path := filepath.Join(*out, base+w.ext)
		if err := export.WriteFile(path, func(wr io.Writer) error { return w.write(wr, view) }); err != nil {
			return err
		}
		wrote = append(wrote, path)
	}
	n, e := view.Len()
	fmt.Fprintf(stdout, "kg: %d nodes, %d edges; wrote %s\n", n, e, strings.Join(wrote, ", "))
	return nil
}

func known(k model.NodeKind) bool { return kindIn(k, model.NodeKinds) }

func kindIn(k model.NodeKind, ks []model.NodeKind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}
