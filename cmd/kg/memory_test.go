package main

import (
	"math"
	"runtime/debug"
	"testing"
	"time"
)

func TestHeapGoal(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct{ live, want uint64 }{
		{0, 0},
		{100 * mib, 200 * mib},   // doubles while small, as GOGC=100
		{384 * mib, 768 * mib},   // 384 MiB above
		{500 * mib, 800 * mib},   // up to the budget
		{600 * mib, 800 * mib},   //
		{700 * mib, 875 * mib},   // a quarter above, over the budget
		{768 * mib, 960 * mib},   //
		{1024 * mib, 1408 * mib}, // 384 MiB above, past the budget
		{3000 * mib, 3750 * mib}, // a quarter above
	} {
		if got := heapGoal(c.live); got != c.want {
			t.Errorf("heapGoal(%d MiB) = %d MiB, want %d MiB", c.live/mib, got/mib, c.want/mib)
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
	stop := frugalGC()
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
	stop = frugalGC()
	time.Sleep(2 * watchEvery)
	if got := limit(); got != math.MaxInt64 {
		t.Errorf("with GOGC set: limit %d, want none", got)
	}
	stop()
}
