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
	for _, want := range []string{"machine: ", " CPUs (GOMAXPROCS ", "corpus: 40 generated articles", "median of 3 runs (totals ", "from 40 articles", "  extract ", "  merge ", "  graph.json ", "articles/s", "MB/s", "  CPU time ", "the collector ", "peak memory (VmHWM): ", " kB (runs: "} {
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

// TestField: a /proc field is found by its whole name, whatever the
// spaces and tabs around the colon; a name that is only the start of
// another's, or a field with no value, is not it.
func TestField(t *testing.T) {
	const cpuinfo = "processor\t: 0\nmodel\t\t: 2\nmodel name\t: Example CPU 9000\nflags\t\t: fpu\n"
	const status = "Name:\tkg\nVmHWMx:\t1 kB\nVmHWM:\t  865632 kB\nVmRSS:\t 1000 kB\n"
	for _, c := range []struct{ text, key, want string }{
		{cpuinfo, "model name", "Example CPU 9000"},
		{cpuinfo, "model", "2"},
		{cpuinfo, "processor", "0"},
		{status, "VmHWM", "865632 kB"},
		{status, "VmPeak", "unknown"},
		{"model name\t:\nmodel name\t: Second\n", "model name", "Second"},
		{"", "VmHWM", "unknown"},
	} {
		if got := field(strings.NewReader(c.text), c.key); got != c.want {
			t.Errorf("field(%q, %q) = %q, want %q", c.text, c.key, got, c.want)
		}
	}
}
