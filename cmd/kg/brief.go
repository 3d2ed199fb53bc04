package main

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	"kg/brief"
	"kg/export"
	"kg/graph"
)

// cmdBrief writes briefing.md, briefing.html and the diagram they show.
func cmdBrief(args []string, stdout, stderr io.Writer) error {
	fs, in := newFlags("brief", stderr)
	out := fs.String("out", "output", "folder to write briefing.md, briefing.html and briefing.svg to")
	since := fs.String("since", "", "cover only what is new since this date (YYYY-MM-DD)")
	maxItems := fs.Int("max-items", brief.DefaultMaxItems, "show at most this many items of each list (a list within a list: a fifth as many)")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *since != "" {
		if _, err := time.Parse("2006-01-02", *since); err != nil {
			return usageError{fmt.Errorf("--since %q is not a date (YYYY-MM-DD)", *since)}
		}
	}
	if *maxItems < 1 {
		return usageError{fmt.Errorf("--max-items %d: want 1 or more", *maxItems)}
	}
	in.quiet = *quiet
	defer in.close()
	g, _, err := in.load(stderr)
	if err != nil {
		return err
	}
	if err := writeBriefing(g, *out, brief.Options{Since: *since, MaxItems: *maxItems}, ""); err != nil {
		return err
	}
	if !*quiet {
		fmt.Fprintf(stdout, "kg: wrote briefing.md, briefing.html and briefing.svg to %s\n", *out)
	}
	return nil
}

// writeBriefing writes the briefing files of g into dir, and the diagram
// they show also to svgPath when not "" (graph.svg): it is drawn once.
func writeBriefing(g *graph.Graph, dir string, opt brief.Options, svgPath string) error {
	b := brief.Build(g, opt)
	diagram := filepath.Join(dir, "briefing.svg")
	drawn, svg, err := export.Diagram(g)
	if err != nil {
		return fmt.Errorf("write %s: %w", diagram, err)
	}
	for _, path := range []string{svgPath, diagram} {
		if path == "" {
			continue
		}
		if err := export.WriteBytes(path, svg); err != nil {
			return err
		}
	}
	if err := export.WriteFile(filepath.Join(dir, "briefing.md"), func(w io.Writer) error { return brief.Markdown(w, b, "briefing.svg") }); err != nil {
		return err
	}
	return export.WriteFile(filepath.Join(dir, "briefing.html"), func(w io.Writer) error { return brief.HTML(w, b, drawn, svg) })
}
