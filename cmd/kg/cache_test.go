package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestCacheGivesTheSameGraph: a build that takes facts from the cache, after
// an article is added, writes the same graph.json as a clean build.
func TestCacheGivesTheSameGraph(t *testing.T) {
	in := t.TempDir()
	files, _ := filepath.Glob("../../seeds/*.txt")
	for _, f := range files[:4] {
		data, _ := os.ReadFile(f)
		os.WriteFile(filepath.Join(in, filepath.Base(f)), data, 0o644)
	}
	cacheDir := t.TempDir()
	buildWith := func(out string, extra ...string) []byte {
		var stdout, stderr bytes.Buffer
		args := append([]string{"build", "--in", in, "--out", out, "--quiet", "--formats", "json"}, extra...)
		if code := run(args, &stdout, &stderr); code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		data, err := os.ReadFile(filepath.Join(out, "graph.json"))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	buildWith(t.TempDir(), "--cache", cacheDir) // fills the cache
	data, _ := os.ReadFile(files[4])
	os.WriteFile(filepath.Join(in, filepath.Base(files[4])), data, 0o644)
	cached := buildWith(t.TempDir(), "--cache", cacheDir)
	clean := buildWith(t.TempDir())
	if !bytes.Equal(cached, clean) {
		t.Error("the build from the cache differs from a clean build")
	}
	entries, _ := filepath.Glob(filepath.Join(cacheDir, "*", "*.gob"))
	if len(entries) != 5 {
		t.Errorf("%d cached documents, want 5", len(entries))
	}
}
