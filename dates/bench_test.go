package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kg/internal/sample"
)

// BenchmarkFindDates finds the dates of every line of the test articles
// and the sample corpus, as the meetings stage does for each sentence.
func BenchmarkFindDates(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(sample.Root(), "testdata", "articles", "*.txt"))
	var lines []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	for _, data := range sample.Seeds(b) {
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	var bytes int64
	for _, l := range lines {
		bytes += int64(len(l))
	}
	b.SetBytes(bytes)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			FindDates(l, 0)
		}
	}
}
