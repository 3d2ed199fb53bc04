package clean

import (
	"testing"

	"kg/internal/sample"
)

func FuzzClean(f *testing.F) {
	for _, data := range sample.Seeds(f) {
		f.Add(string(data))
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := Clean(text, 0)
		prev := 0
		for _, b := range a.Blocks {
			if b.Start < prev || b.End < b.Start || b.End > len(text) {
				t.Fatalf("block [%d,%d) out of order or outside %d bytes", b.Start, b.End, len(text))
			}
			prev = b.End
		}
	})
}
