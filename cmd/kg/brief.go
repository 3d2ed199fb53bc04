package main

import (
	"bytes"
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
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *since != "" {
		if _, err := time.Parse("2006-01-02", *since); err != nil {
			return usageError{fmt.Errorf("--since %q is not a date (YYYY-MM-DD)", *since)}
		}
	}
	in.quiet = *quiet
	defer in.close()
	g, _, err := in.load(stderr)
	if err != nil {
		return err
	}
	if err := writeBriefing(g, *out, *since, nil); err != nil {
		return err
	}
	if !*quiet {
		fmt.Fprintf(stdout, "kg: wrote briefing.md, briefing.html and briefing.svg to %s\n", *out)
	}
	return nil
}

// writeBriefing writes the briefing files of g into dir, with the diagram
// svg (drawn here when nil).
func writeBriefing(g *graph.Graph, dir, since string, svg []byte) error {
	b := brief.Build(g, brief.Options{Since: since})
	if svg == nil {
		var buf bytes.Buffer
		if err := export.SVG(&buf, g); err != nil {
			return err
		}
		svg = buf.Bytes()
	}
	if err := export.WriteBytes(filepath.Join(dir, "briefing.svg"), svg); err != nil {
		return err
	}
	if err := export.WriteFile(filepath.Join(dir, "briefing.md"), func(w io.Writer) error { return brief.Markdown(w, b, "briefing.svg") }); err != nil {
		return err
	}
	drawn, _ := export.Drawable(g, export.MaxDrawn)
	return export.WriteFile(filepath.Join(dir, "briefing.html"), func(w io.Writer) error { return brief.HTML(w, b, drawn, svg) })
}
