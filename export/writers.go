package export

import (
	"fmt"
	"io"
	"strings"

	"kg/graph"
)

// Writer is one output format.
type Writer struct {
	Name  string
	File  string
	Write func(io.Writer, *graph.Graph) error
}

// Formats lists the output formats kg build can write.
var Formats = []Writer{
	{"json", "graph.json", JSON},
	{"dot", "graph.dot", DOT},
	{"svg", "graph.svg", SVG},
	{"graphml", "graph.graphml", GraphML},
	{"timeline", "timeline.svg", TimelineSVG},
}

// Writers returns the writers named in a comma-separated list.
func Writers(list string) ([]Writer, error) {
	var out []Writer
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		found := false
		for _, w := range Formats {
			if w.Name == name {
				out = append(out, w)
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("unknown format %q (known: %s)", name, names())
		}
	}
	return out, nil
}

func names() string {
	var n []string
	for _, w := range Formats {
		n = append(n, w.Name)
	}
	return strings.Join(n, ", ")
}
