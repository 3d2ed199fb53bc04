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
	"io"
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

// SVG renders DOT source as SVG with the given layout.
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
		// lay out with sfdp (the DOT it writes is not needed: the
		// positions are left on the graph), spread the nodes apart, and
		// draw them where they are. sfdp lays out a process's first
		// graph unlike the same graph later (the WebAssembly module keeps
		// state from one layout to the next): laying out a small graph
		// first makes every layout of a graph the same
		if err := warmUp(ctx, g); err != nil {
			return nil, fmt.Errorf("graphviz: layout: %w", err)
		}
		g.SetLayout(graphviz.SFDP)
		if err := g.Render(ctx, graph, graphviz.XDOT, io.Discard); err != nil {
			return nil, fmt.Errorf("graphviz: layout: %w", err)
		}
		if err := spreadNodes(graph); err != nil {
			return nil, fmt.Errorf("graphviz: spread the layout: %w", err)
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

// warmUp lays out a three-node graph with sfdp (SVG says why).
func warmUp(ctx context.Context, g *graphviz.Graphviz) error {
	small, err := graphviz.ParseBytes([]byte("graph { a -- b -- c }"))
	if err != nil {
		return err
	}
	defer small.Close()
	g.SetLayout(graphviz.SFDP)
	return g.Render(ctx, small, graphviz.XDOT, io.Discard)
}
