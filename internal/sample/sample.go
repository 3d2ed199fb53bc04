// Package sample gives tests, fuzz targets and benchmarks their articles:
// the sample corpus shipped in seeds/, and generated corpora.
package sample

import (
	"bytes"
	"encoding/xml"
	"io"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"kg/benchgen"
	"kg/gazetteer"
)

// Root is the module's folder.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Seeds returns the bytes of the sample articles.
func Seeds(tb testing.TB) [][]byte {
	tb.Helper()
	out := readFiles(tb, filepath.Join(Root(), "seeds", "*.txt"))
	if len(out) == 0 {
		tb.Fatalf("no sample articles in seeds/")
	}
	return out
}

// readFiles returns the bytes of the files that match pattern, in the
// order of their names.
func readFiles(tb testing.TB, pattern string) [][]byte {
	tb.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		tb.Fatal(err)
	}
	var out [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// AddSeeds adds the sample articles to a fuzz test's corpus.
func AddSeeds(f *testing.F) {
	f.Helper()
	for _, data := range Seeds(f) {
		f.Add(data)
	}
}

// Generated writes n generated articles (seed 1) into a new temporary
// folder and returns it.
func Generated(tb testing.TB, n int) string {
	tb.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		tb.Fatal(err)
	}
	dir := tb.TempDir()
	if _, err := benchgen.Write(dir, g, benchgen.Options{N: n, Seed: 1}); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// Gazetteer returns the default gazetteer.
func Gazetteer(tb testing.TB) *gazetteer.Gazetteer {
	tb.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// Articles returns the bytes of the sample articles and of n generated
// ones, in that order.
func Articles(tb testing.TB, n int) [][]byte {
	tb.Helper()
	return append(Seeds(tb), readFiles(tb, filepath.Join(Generated(tb, n), "*.txt"))...)
}

// WellFormed reports whether data parses as XML, strictly.
func WellFormed(data []byte) error {
	for _, err := range Tokens(data) {
		if err != nil {
			return err
		}
	}
	return nil
}

// Tokens yields the tokens of an XML document read strictly (HTML's
// entities allowed), each valid until the next, and stops after the first
// error, which it yields.
func Tokens(data []byte) iter.Seq2[xml.Token, error] {
	return func(yield func(xml.Token, error) bool) {
		d := xml.NewDecoder(bytes.NewReader(data))
		d.Strict = true
		d.Entity = xml.HTMLEntity
		for {
			tok, err := d.Token()
			if err == io.EOF || !yield(tok, err) || err != nil {
				return
			}
		}
	}
}

// Text joins up to max pieces drawn at random from pieces: the texts of
// tests that hold a fast matcher to the plain one it stands for.
func Text(r *rand.Rand, pieces []string, max int) string {
	var b strings.Builder
	for range r.IntN(max + 1) {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}
