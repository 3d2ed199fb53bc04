package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"kg/cache"
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
	var stderr bytes.Buffer
	buildWith := func(out string, extra ...string) []byte {
		var stdout bytes.Buffer
		stderr.Reset()
		args := append([]string{"build", "--in", in, "--out", out, "--formats", "json"}, extra...)
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
	if unchanged := buildWith(t.TempDir(), "--cache", cacheDir); !bytes.Equal(unchanged, clean) {
		t.Error("the build from a full cache differs from a clean build")
	}
	if want := "kg: cache " + cacheDir + ": 5 of 5 articles' facts reused, 0 extracted\n"; stderr.String() != want {
		t.Errorf("the build from a full cache told\n%q\nwant\n%q", stderr.String(), want)
	}
	// damaged facts are a miss: extracted again, and the graph the same.
	// The last record is cut short (a build stopped while writing it), and
	// a byte of the first record's facts is changed.
	pack := filepath.Join(cacheDir, cache.PackName)
	b, err := os.ReadFile(pack)
	if err != nil || bytes.Count(b, []byte("kgf1")) < 5 {
		t.Fatalf("the cache's pack holds too few records: %v", err)
	}
	b = b[:len(b)-10]
	b[200] ^= 0x55
	os.WriteFile(pack, b, 0o644)
	if again := buildWith(t.TempDir(), "--cache", cacheDir); !bytes.Equal(again, clean) {
		t.Error("the build from a damaged cache differs from a clean build")
	}
	if want := "kg: cache " + cacheDir + ": 3 of 5 articles' facts reused, 2 extracted\n"; stderr.String() != want {
		t.Errorf("the build from a damaged cache told\n%q\nwant\n%q", stderr.String(), want)
	}
	// and the facts extracted again were stored
	buildWith(t.TempDir(), "--cache", cacheDir)
	if want := "kg: cache " + cacheDir + ": 5 of 5 articles' facts reused, 0 extracted\n"; stderr.String() != want {
		t.Errorf("the build after the damaged one told\n%q\nwant\n%q", stderr.String(), want)
	}
}
