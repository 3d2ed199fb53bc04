package render

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/goccy/go-graphviz"
)

// box is a node's place in a layout: its centre and its size, in points.
type box struct{ x, y, w, h float64 }

// The spreading's settings, in points: the room kept between boxes, how
// far apart freePlace tries places, and the side of the squares a
// boxGrid files boxes by.
const (
	gap  = 6.0
	step = 2 * gap
	cell = 64
)

// spread moves boxes so that no two overlap, keeping the layout's shape:
// it places the boxes one by one, nearest the layout's middle first, each
// where it lies if that is free, or else at the nearest free place found
// going out from the middle (freePlace). sfdp keeps nodes apart with
// Graphviz's prism, which needs the GTS library the WebAssembly build
// lacks: without it, a dense layout is a pile of nodes on one another
// (BenchmarkSVGDense: 285 nodes drawn over 708 by 281 points).
func spread(bs []box) {
	var cx, cy float64
	for _, b := range bs {
		cx, cy = cx+b.x, cy+b.y
	}
	cx, cy = cx/float64(len(bs)), cy/float64(len(bs))
	order := make([]int, len(bs))
	for i := range order {
		order[i] = i
	}
	dist := func(i int) float64 { return math.Hypot(bs[i].x-cx, bs[i].y-cy) }
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(dist(i), dist(j)) })
	var placed boxGrid
	for _, i := range order {
		b := &bs[i]
		b.x, b.y = placed.freePlace(*b, cx, cy, i)
		placed.add(b)
	}
}

// boxGrid holds the boxes placed so far, filed by the cells of a grid
// they cover, so that a place is checked against the boxes near it only.
type boxGrid struct{ cells map[[2]int][]*box }

// cover calls fn for each cell that b, with its gap, covers.
func cover(b *box, fn func(k [2]int) bool) bool {
	x0, x1 := int(math.Floor((b.x-b.w/2-gap)/cell)), int(math.Floor((b.x+b.w/2+gap)/cell))
	y0, y1 := int(math.Floor((b.y-b.h/2-gap)/cell)), int(math.Floor((b.y+b.h/2+gap)/cell))
	for i := x0; i <= x1; i++ {
		for j := y0; j <= y1; j++ {
			if !fn([2]int{i, j}) {
				return false
			}
		}
	}
	return true
}

// add files b.
func (g *boxGrid) add(b *box) {
	if g.cells == nil {
		g.cells = map[[2]int][]*box{}
	}
	cover(b, func(k [2]int) bool {
		g.cells[k] = append(g.cells[k], b)
		return true
	})
}

// free reports whether b overlaps none of the boxes placed.
func (g *boxGrid) free(b *box) bool {
	return cover(b, func(k [2]int) bool {
		for _, p := range g.cells[k] {
			if ox, oy := overlap(b, p); ox > 0 && oy > 0 {
				return false
			}
		}
		return true
	})
}

// freePlace returns where b overlaps none of the boxes placed: its own
// centre if that is free, or else the nearest place found going out from
// (cx, cy), the layout's middle, through b's centre, or a little to
// either side, step by step. A box on the middle goes out at an angle its
// index i gives.
func (g *boxGrid) freePlace(b box, cx, cy float64, i int) (x, y float64) {
	if g.free(&b) {
		return b.x, b.y
	}
	r := math.Hypot(b.x-cx, b.y-cy)
	a := math.Atan2(b.y-cy, b.x-cx)
	if r == 0 {
		a = float64(i) * goldenAngle
	}
	for t := 1; ; t++ {
		for _, da := range sideways {
			c := box{cx + (r+float64(t)*step)*math.Cos(a+da), cy + (r+float64(t)*step)*math.Sin(a+da), b.w, b.h}
			if g.free(&c) {
				return c.x, c.y
			}
		}
	}
}

// goldenAngle parts the directions boxes on one centre go out in.
const goldenAngle = 2.399963229728653

// sideways are the turns, in radians, freePlace tries going out on,
// straight on first.
var sideways = [...]float64{0, 0.15, -0.15, 0.3, -0.3}

// overlap returns how far a and b (with gap between them) overlap across
// and down: both positive when they do.
func overlap(a, b *box) (ox, oy float64) {
	return (a.w+b.w)/2 + gap - math.Abs(b.x-a.x), (a.h+b.h)/2 + gap - math.Abs(b.y-a.y)
}

// spreadSFDP lays graph out with sfdp and spreads its nodes apart
// (spreadNodes), for the nop layout to draw them where they are. sfdp lays
// out a process's first graph unlike the same graph later (the WebAssembly
// module keeps state from one layout to the next): laying out a small
// graph first makes every layout of a graph the same.
func spreadSFDP(ctx context.Context, g *graphviz.Graphviz, graph *graphviz.Graph) error {
	small, err := graphviz.ParseBytes([]byte("graph { a -- b -- c }"))
	if err != nil {
		return err
	}
	defer small.Close()
	g.SetLayout(graphviz.SFDP)
	for _, gr := range []*graphviz.Graph{small, graph} {
		// the DOT it writes is not needed: the positions are left on
		// the graph
		if err := g.Render(ctx, gr, graphviz.XDOT, io.Discard); err != nil {
			return fmt.Errorf("layout: %w", err)
		}
	}
	if err := spreadNodes(graph); err != nil {
		return fmt.Errorf("spread the layout: %w", err)
	}
	return nil
}

// spreadNodes reads the positions and sizes a layout gave g's nodes, spreads
// them (spread), and pins the nodes there; the edges' routes are cleared,
// so that the nop layout draws the nodes where they are and routes the
// edges between them.
func spreadNodes(g *graphviz.Graph) error {
	var nodes []*graphviz.Node
	var bs []box
	n, err := g.FirstNode()
	for ; err == nil && n != nil; n, err = g.NextNode(n) {
		b, perr := nodeBox(n)
		if perr != nil {
			name, _ := n.Name()
			return fmt.Errorf("node %s: %w", name, perr)
		}
		nodes, bs = append(nodes, n), append(bs, b)
	}
	if err != nil {
		return err
	}
	spread(bs)
	for i, n := range nodes {
		if err := n.SafeSet("pos", fmt.Sprintf("%.2f,%.2f!", bs[i].x, bs[i].y), ""); err != nil {
			return err
		}
		e, err := g.FirstOut(n)
		for ; err == nil && e != nil; e, err = g.NextOut(e) {
			if err := e.SafeSet("pos", "", ""); err != nil {
				return err
			}
		}
		if err != nil {
			return err
		}
	}
	// the drawing's bounds, with room above for the graph's label (its
	// title, labelloc=t), which nop would otherwise draw over the top
	// nodes
	minX, minY, maxX, maxY := bounds(bs)
	label := 0.0 // the label's height, in points
	if h := g.GetStr("lheight"); h != "" {
		f, err := strconv.ParseFloat(h, 64)
		if err != nil {
			return fmt.Errorf("label height: %w", err)
		}
		label = f * 72
	}
	if err := g.SafeSet("lp", fmt.Sprintf("%.2f,%.2f", (minX+maxX)/2, maxY+gap+label/2), ""); err != nil {
		return err
	}
	return g.SafeSet("bb", fmt.Sprintf("%.2f,%.2f,%.2f,%.2f", minX, minY, maxX, maxY+2*gap+label), "")
}

// bounds returns the least and greatest x and y that boxes bs cover (all
// 0 for none).
func bounds(bs []box) (minX, minY, maxX, maxY float64) {
	if len(bs) == 0 {
		return 0, 0, 0, 0
	}
	minX, minY, maxX, maxY = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, b := range bs {
		minX, maxX = min(minX, b.x-b.w/2), max(maxX, b.x+b.w/2)
		minY, maxY = min(minY, b.y-b.h/2), max(maxY, b.y+b.h/2)
	}
	return minX, minY, maxX, maxY
}

// nodeBox reads a laid-out node's centre ("pos", points) and size
// ("width" and "height", inches).
func nodeBox(n *graphviz.Node) (box, error) {
	x, y, ok := strings.Cut(strings.TrimSuffix(n.GetStr("pos"), "!"), ",")
	if !ok {
		return box{}, fmt.Errorf("no position after layout: %q", n.GetStr("pos"))
	}
	var v [4]float64
	for i, s := range []string{x, y, n.GetStr("width"), n.GetStr("height")} {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return box{}, fmt.Errorf("layout: %w", err)
		}
		v[i] = f
	}
	return box{x: v[0], y: v[1], w: v[2] * 72, h: v[3] * 72}, nil
}
