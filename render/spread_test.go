package render

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// pile is n boxes of varied widths with centres in a w by h rectangle, as
// sfdp leaves a dense graph without prism.
func pile(n int, w, h float64) []box {
	r := rand.New(rand.NewPCG(1, 2))
	bs := make([]box, n)
	for i := range bs {
		bs[i] = box{r.Float64() * w, r.Float64() * h, 60 + r.Float64()*200, 36 + r.Float64()*14}
	}
	return bs
}

func TestSpread(t *testing.T) {
	apart := []box{{0, 0, 50, 30}, {100, 0, 50, 30}, {0, 100, 50, 30}}
	for _, tt := range []struct {
		name string
		in   []box
		// kept are the boxes that stay where they were
		kept []int
	}{
		{"apart", apart, []int{0, 1, 2}},
		{"two on one centre", []box{{10, 10, 40, 20}, {10, 10, 40, 20}}, []int{0}},
		{"twenty on one centre", slices.Repeat([]box{{0, 0, 80, 36}}, 20), []int{0}},
		{"a pile", pile(285, 700, 280), nil},
		{"a line", pile(100, 0, 300), nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bs := slices.Clone(tt.in)
			spread(bs)
			for _, i := range tt.kept {
				if bs[i] != tt.in[i] {
					t.Errorf("box %d moved from %v to %v", i, tt.in[i], bs[i])
				}
			}
			var area float64
			for i := range bs {
				a := &bs[i]
				area += a.w * a.h
				if a.w != tt.in[i].w || a.h != tt.in[i].h {
					t.Errorf("box %d resized", i)
				}
				for j := i + 1; j < len(bs); j++ {
					// the gap kept, less rounding
					if ox, oy := overlap(a, &bs[j]); ox > 1e-6 && oy > 1e-6 {
						t.Fatalf("boxes %d %v and %d %v overlap", i, *a, j, bs[j])
					}
				}
			}
			// packed, not scattered: the boxes fill a good share of the
			// drawing
			minX, minY, maxX, maxY := bounds(bs)
			if drawn := (maxX - minX) * (maxY - minY); len(bs) > 3 && drawn > 6*area {
				t.Errorf("%d boxes of %.0f square points drawn over %.0f by %.0f (%.1f times their area)", len(bs), area, maxX-minX, maxY-minY, drawn/area)
			}
			again := slices.Clone(tt.in)
			spread(again)
			if !slices.Equal(again, bs) {
				t.Error("spreading the same boxes again placed them elsewhere")
			}
		})
	}
}

// BenchmarkSpread spreads a pile of 285 boxes, as BenchmarkSVGDense's
// layout leaves them.
func BenchmarkSpread(b *testing.B) {
	in := pile(285, 700, 280)
	bs := make([]box, len(in))
	for b.Loop() {
		copy(bs, in)
		spread(bs)
	}
}
