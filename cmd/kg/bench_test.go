package main

import (
	"bytes"
	"fmt"
	"runtime"
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
	for _, want := range []string{"corpus: 40 generated articles", "median of 3 runs (totals ", "from 40 articles", "  extract ", "  merge ", "  graph.json ", "articles/s", "MB/s", "  CPU time ", "the collector ", "peak memory (VmHWM): ", " kB (runs: "} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	stdout.Reset()
	if code := run([]string{"bench", "--n", "5", "--runs", "0"}, &stdout, &stderr); code == exitOK {
		t.Errorf("--runs 0 accepted")
	}
}

// TestResetPeak: once a large allocation is given back, a new measure of
// the peak starts below it.
func TestResetPeak(t *testing.T) {
	kB := func() int {
		var n int
		if _, err := fmt.Sscanf(peakMemory(), "%d kB", &n); err != nil {
			t.Fatalf("peak memory %q: %v", peakMemory(), err)
		}
		return n
	}
	b := make([]byte, 256<<20)
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
	runtime.KeepAlive(b)
	b = nil
	before := kB()
	if !resetPeak() {
		t.Fatal("resetPeak: the peak cannot be reset")
	}
	if after := kB(); after > before-200<<10 {
		t.Errorf("peak %d kB before the reset, %d kB after; want 200 MB less", before, after)
	}
}
