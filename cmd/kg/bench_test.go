package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestBenchRuns: kg bench generates a corpus, builds it the times asked and
// reports the median run with its stages, speed and memory.
func TestBenchRuns(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"bench", "--n", "40", "--runs", "3"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"corpus: 40 generated articles", "median of 3 runs (totals ", "from 40 articles", "  extract ", "  merge ", "  graph.json ", "articles/s", "MB/s", "peak memory"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	stdout.Reset()
	if code := run([]string{"bench", "--n", "5", "--runs", "0"}, &stdout, &stderr); code == exitOK {
		t.Errorf("--runs 0 accepted")
	}
}
