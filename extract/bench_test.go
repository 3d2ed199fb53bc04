package extract

import (
	"os"
	"path/filepath"
	"testing"

	"kg/benchgen"
	"kg/gazetteer"
	"kg/read"
)

func BenchmarkExtract(b *testing.B) {
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if _, err := benchgen.Write(dir, g, benchgen.Options{N: 200, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	seeds, _ := filepath.Glob("../seeds/*.txt")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var docs []read.Document
	size := 0
	for _, f := range append(seeds, files...) {
		data, _ := os.ReadFile(f)
		d, err := read.Parse(f, data)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Document(d, g)
		}
	}
}
