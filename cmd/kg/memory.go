package main

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// heapGoal is the heap the collector may let grow before it collects,
// from merging on, once the live heap is live bytes: twice that while it
// is small, as GOGC=100 does, but never more than maxHeadroom above it,
// nor above heapBudget while the live heap is well under it; and never
// less than a quarter above it. Merging a large corpus holds most of what
// it makes (the graph), and GOGC=100 would then keep as much room again
// free.
func heapGoal(live uint64) uint64 {
	room := min(live, maxHeadroom)
	if live < heapBudget {
		room = min(room, heapBudget-live)
	}
	return live + max(room, live/4)
}

// maxHeadroom is the most room heapGoal leaves above the live heap.
// Back to back at 100,000 articles: 512 MiB peaked at 1.46 GB, 384 MiB
// at 1.39 GB with merging 0-6% slower, and 256 MiB at 1.34 GB with
// merging 58% slower (it makes much garbage: each pass decodes every
// document afresh).
const maxHeadroom = 384 << 20

// heapBudget is the heap heapGoal keeps under while it can: the room
// left above the live heap shrinks as the live heap nears it, so only a
// large corpus pays for more frequent collections, once more than 416
// MiB is live (at 100,000 articles, from the meetings pass on: 0.89 GB
// at the peak instead of 1.39 GB, merging about a tenth slower once the
// merge made fewer objects).
const heapBudget = 800 << 20

// memoryLimit is the limit frugalGC sets, with live bytes live in the
// heap and other bytes held outside it: heapGoal(live) plus other, but
// never less than held, what the process held as merging began (at most
// heapBudget). Extraction's heap grows larger than a small merge's goal,
// and a limit under what is held has the runtime give pages back at once
// (132 MB at 10,000 articles), which the merge then takes and faults in
// again, for no lower peak: extraction reached it already.
func memoryLimit(live, other, held uint64) uint64 {
	return max(heapGoal(live)+other, min(held, heapBudget))
}

// userSetGC reports whether the user tuned the collector (GOGC or
// GOMEMLIMIT): kg then leaves it as they set it.
func userSetGC() bool { return os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" }

// extractGCPercent is the collector's GOGC while extracting: the heap
// may grow to five times what is live before a collection.
const extractGCPercent = 400

// lazyGC lets the heap grow to extractGCPercent, until the returned
// function puts the collector back. Extraction with the facts in a spill
// file keeps little alive (the gazetteer, the documents in flight) and
// makes much garbage: at GOGC=100 the collector runs often for little.
func lazyGC() (restore func()) {
	if userSetGC() {
		return func() {}
	}
	old := debug.SetGCPercent(extractGCPercent)
	return func() { debug.SetGCPercent(old) }
}

// watchEvery is how often frugalGC moves the memory limit.
const watchEvery = 50 * time.Millisecond

// frugalGC holds the collector to heapGoal, through a soft memory limit
// that follows the live heap, until the returned function is called. It
// does nothing when the user set GOGC or GOMEMLIMIT.
func frugalGC() (stop func()) {
	if userSetGC() {
		return func() {}
	}
	// the limit counts all the runtime's memory: what is not heap is added
	samples := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}
	v := func(i int) uint64 { return samples[i].Value.Uint64() }
	// what the process holds as merging begins, as the limit counts it
	// (all but the pages given back)
	metrics.Read(samples)
	held := v(1) - min(v(5), v(1))
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(watchEvery)
		defer t.Stop()
		for {
			metrics.Read(samples)
			total, heap := v(1), v(2)+v(3)+v(4)+v(5)
			debug.SetMemoryLimit(int64(min(memoryLimit(v(0), total-min(heap, total), held), math.MaxInt64)))
			select {
			case <-t.C:
			case <-done:
				return
			}
		}
	}()
	return func() {
		close(done)
		<-stopped
		debug.SetMemoryLimit(math.MaxInt64)
	}
}

// writersAtOnce is how many outputs kg build writes side by side: one per
// core while the graph is small, one at a time once what is live holds
// more than half of heapBudget, since each writer adds its own buffers to
// the heap the graph fills (all outputs of 100,000 generated articles:
// 915,416–939,652 kB one at a time in 100–102 s, 1,007,040 kB two at a
// time in 96 s).
func writersAtOnce(live uint64, cores int) int {
	if live > heapBudget/2 {
		return 1
	}
	return cores
}

// liveHeap is the heap the last collection found live, in bytes.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
