// Package render draws DOT as SVG in-process with go-graphviz (Graphviz
// compiled to WebAssembly), so no Graphviz is needed at run time. It is the
// only package that imports go-graphviz: the WebAssembly module compiles on
// first use, and go-graphviz is not safe for concurrent use, so every call
// here holds one process-wide lock.
package render

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	"github.com/goccy/go-graphviz"
)

var mu sync.Mutex

// Layout names a Graphviz layout engine.
type Layout string

// The layouts used: dot for small graphs, sfdp for large ones.
const (
	Dot  Layout = "dot"
	SFDP Layout = "sfdp"
)

// LayoutFor chooses the layout for a graph of n nodes and m edges: dot is
// clearest but slows sharply past a hundred or so nodes; sfdp scales.
func LayoutFor(n, m int) Layout {
	if n <= 120 && m <= 300 {
		return Dot
	}
	return SFDP
}

// SVG renders DOT source as SVG with the given layout. An sfdp layout's
// nodes are spread apart and drawn where they are (spreadSFDP).
func SVG(dot []byte, layout Layout) ([]byte, error) {
	mu.Lock()
	defer mu.Unlock()
	ctx := context.Background()
	g, err := graphviz.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("graphviz: %w", err)
	}
	defer g.Close()
	graph, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("graphviz: parse DOT: %w", err)
	}
	defer graph.Close()
	if layout == SFDP {
		if err := spreadSFDP(ctx, g, graph); err != nil {
			return nil, fmt.Errorf("graphviz: %w", err)
		}
		layout = Layout(graphviz.NOP)
	}
	g.SetLayout(graphviz.Layout(layout))
	var buf bytes.Buffer
	if err := g.Render(ctx, graph, graphviz.SVG, &buf); err != nil {
		return nil, fmt.Errorf("graphviz: render: %w", err)
	}
	return buf.Bytes(), nil
}
