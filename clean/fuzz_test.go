package clean

import (
	"os"
	"path/filepath"
	"testing"
)

func FuzzClean(f *testing.F) {
	files, _ := filepath.Glob("../seeds/*.txt")
	for _, p := range files {
		data, _ := os.ReadFile(p)
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
