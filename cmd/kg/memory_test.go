package main

import (
	"math"
	"runtime/debug"
	"testing"
	"time"
)

func TestHeapGoal(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct {
		name               string
		goal               func(live, unused uint64) uint64
		live, unused, want uint64
	}{
		{"heapGoal", heapGoal, 0, 0, 0},
		{"heapGoal", heapGoal, 100 * mib, 0, 200 * mib},   // doubles while small, as GOGC=100
		{"heapGoal", heapGoal, 384 * mib, 0, 768 * mib},   // 384 MiB above
		{"heapGoal", heapGoal, 500 * mib, 0, 800 * mib},   // up to the budget
		{"heapGoal", heapGoal, 600 * mib, 0, 800 * mib},   //
		{"heapGoal", heapGoal, 700 * mib, 0, 875 * mib},   // a quarter above, over the budget
		{"heapGoal", heapGoal, 768 * mib, 0, 960 * mib},   //
		{"heapGoal", heapGoal, 1024 * mib, 0, 1408 * mib}, // 384 MiB above, past the budget
		{"heapGoal", heapGoal, 3000 * mib, 0, 3750 * mib}, // a quarter above
		{"writeGoal", writeGoal, 0, 0, 0},
		{"writeGoal", writeGoal, 32 * mib, 0, 64 * mib},           // doubles while small
		{"writeGoal", writeGoal, 600 * mib, 0, 664 * mib},         // 64 MiB above
		{"writeGoal", writeGoal, 600 * mib, 100 * mib, 764 * mib}, // above the free slots too
		{"heapGoal", heapGoal, 600 * mib, 100 * mib, 800 * mib},   // the free slots within
	} {
		if got := c.goal(c.live, c.unused); got != c.want {
			t.Errorf("%s(%d MiB, %d MiB) = %d MiB, want %d MiB", c.name, c.live/mib, c.unused/mib, got/mib, c.want/mib)
		}
	}
}

// limit returns the memory limit in force.
func limit() int64 { return debug.SetMemoryLimit(-1) }

func TestFrugalGCFollowsTheHeapAndLetsGo(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	if limit() != math.MaxInt64 {
		t.Fatalf("a memory limit (%d) before the test", limit())
	}
	stop := frugalGC(heapGoal)
	deadline := time.Now().Add(5 * time.Second)
	for limit() == math.MaxInt64 && time.Now().Before(deadline) {
		time.Sleep(watchEvery)
	}
	if got := limit(); got == math.MaxInt64 || got <= 0 {
		t.Errorf("frugalGC: limit %d, want one", got)
	}
	stop()
	if got := limit(); got != math.MaxInt64 {
		t.Errorf("after stop: limit %d, want none", got)
	}
	t.Setenv("GOGC", "100") // the user's choice stands
	stop = frugalGC(writeGoal)
	time.Sleep(2 * watchEvery)
	if got := limit(); got != math.MaxInt64 {
		t.Errorf("with GOGC set: limit %d, want none", got)
	}
	stop()
}
