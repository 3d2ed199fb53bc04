package main

import (
	"math"
	"runtime"
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

func TestMemoryLimit(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct{ live, other, held, want uint64 }{
		{50 * mib, 10 * mib, 0, 110 * mib},            // the goal, and the rest
		{50 * mib, 10 * mib, 250 * mib, 250 * mib},    // not under what extraction holds
		{50 * mib, 10 * mib, 2000 * mib, 800 * mib},   // which counts up to the budget
		{600 * mib, 20 * mib, 300 * mib, 820 * mib},   // a large merge: the goal
		{1024 * mib, 20 * mib, 900 * mib, 1428 * mib}, // past the budget
	} {
		if got := memoryLimit(c.live, c.other, c.held); got != c.want {
			t.Errorf("memoryLimit(%d, %d, %d MiB) = %d MiB, want %d MiB", c.live/mib, c.other/mib, c.held/mib, got/mib, c.want/mib)
		}
	}
}

func TestWritersAtOnce(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct {
		live        uint64
		cores, want int
	}{
		{0, 2, 2},
		{60 * mib, 2, 2},  // 10,000 articles: side by side
		{400 * mib, 8, 8}, // half the budget
		{401 * mib, 8, 1}, // past it: one at a time
		{600 * mib, 2, 1}, // 100,000 articles
	} {
		if got := writersAtOnce(c.live, c.cores); got != c.want {
			t.Errorf("writersAtOnce(%d MiB, %d) = %d, want %d", c.live/mib, c.cores, got, c.want)
		}
	}
	runtime.GC()
	if live := liveHeap(); live == 0 {
		t.Errorf("liveHeap() = 0: the runtime metric is not read")
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
