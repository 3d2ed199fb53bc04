package main

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"kg/benchgen"
	"kg/cache"
	"kg/corpus"
	"kg/export"
	"kg/extract"
	"kg/gazetteer"
	"kg/graph"
	"kg/read"
)

// cmdBench measures a build end to end on a generated corpus (or a given
// one): articles per second, megabytes per second, peak memory and the
// time of each stage; with --incremental, the time of a rebuild after one
// article is added, with a content cache.
func cmdBench(args []string, stdout, stderr io.Writer) error {
	fs, _ := newFlags("bench", stderr)
	n := fs.Int("n", 1000, "articles to generate")
	seed := fs.Int64("seed", 1, "random seed of the generated corpus")
	dir := fs.String("corpus", "", "measure this folder instead of generating one")
	keep := fs.String("keep", "", "generate into this folder and keep it")
	workers := fs.Int("workers", 0, "parallel extraction workers (default: one per CPU)")
	incremental := fs.Bool("incremental", false, "also time a rebuild after adding one article, with a cache")
	runs := fs.Int("runs", 1, "build this many times and report the run of median total time")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the build to this file")
	memprofile := fs.String("memprofile", "", "write a heap profile, taken after merging, to this file")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *runs < 1 {
		return usageError{fmt.Errorf("--runs %d: at least one run", *runs)}
	}
	fmt.Fprintf(stdout, "machine: %s\n", machine())
	gz, err := gazetteer.Default()
	if err != nil {
		return err
	}
	corpusDir := *dir
	if corpusDir == "" {
		corpusDir = *keep
		if corpusDir == "" {
			tmp, err := os.MkdirTemp("", "kg-bench-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(tmp)
			corpusDir = tmp
		}
		start := time.Now()
		size, err := benchgen.Write(corpusDir, gz, benchgen.Options{N: *n, Seed: *seed})
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "corpus: %d generated articles, %.1f MB, in %s (%s)\n", *n, float64(size)/1e6, round(time.Since(start)), corpusDir)
	}
	out, err := os.MkdirTemp("", "kg-bench-out-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(out)
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	var rs []benchResult
	perRun := false // each run's peak is its own
	for i := 0; i < *runs; i++ {
		heap := ""
		if i == 0 {
			heap = *memprofile
		}
		perRun = resetPeak()
		r, err := benchBuild(corpusDir, out, *workers, nil, gz, heap, stderr)
		if err != nil {
			return err
		}
		r.peak = peakMemory()
		rs = append(rs, r)
	}
	// a busy machine makes single runs vary: the median run tells more
	slices.SortStableFunc(rs, func(a, b benchResult) int { return cmp.Compare(a.total, b.total) })
	r := rs[len(rs)/2]
	if len(rs) > 1 {
		var totals []string
		for _, x := range rs {
			totals = append(totals, round(x.total).String())
		}
		fmt.Fprintf(stdout, "median of %d runs (totals %s):\n", len(rs), strings.Join(totals, ", "))
	}
	r.print(stdout)
	switch {
	case !perRun && len(rs) > 1:
		fmt.Fprintf(stdout, "peak memory over the %d runs (VmHWM): %s\n", len(rs), peakMemory())
	case len(rs) > 1:
		var peaks []string
		for _, x := range rs {
			peaks = append(peaks, x.peak)
		}
		fmt.Fprintf(stdout, "peak memory (VmHWM): %s (runs: %s)\n", r.peak, strings.Join(peaks, ", "))
	default:
		fmt.Fprintf(stdout, "peak memory (VmHWM): %s\n", r.peak)
	}
	if !*incremental {
		return nil
	}
	cacheDir, err := os.MkdirTemp("", "kg-bench-cache-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(cacheDir)
	c, err := cache.Open(cacheDir, nil)
	if err != nil {
		return err
	}
	defer c.Close()
	cold, err := benchBuild(corpusDir, out, *workers, c, gz, "", stderr)
	if err != nil {
		return err
	}
	// one more article, then a rebuild that reuses the cache
	extra := filepath.Join(corpusDir, "zz-added.txt")
	if err := os.WriteFile(extra, []byte("title: One more article\npublished: 2025-12-22\n\nForeign Minister Anna Example met envoy Pablo Sample in Lisbon on Saturday, officials said.\n"), 0o644); err != nil {
		return err
	}
	defer os.Remove(extra)
	warm, err := benchBuild(corpusDir, out, *workers, c, gz, "", stderr)
	if err != nil {
		return err
	}
	clean, err := benchBuild(corpusDir, filepath.Join(out, "clean"), *workers, nil, gz, "", stderr)
	if err != nil {
		return err
	}
	same, err := sameFile(warm.json, clean.json)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "incremental: full build with an empty cache %s; after adding one article %s (%.1fx faster); same graph.json as a clean build: %v\n",
		round(cold.total), round(warm.total), cold.total.Seconds()/warm.total.Seconds(), same)
	fmt.Fprintf(stdout, "  the rebuild: list %s, extract %s (from the cache but one), merge %s, graph.json %s\n",
		round(warm.list), round(warm.extract), round(warm.merge), round(warm.write))
	if !same {
		return fmt.Errorf("the cached build differs from a clean build")
	}
	return nil
}

type benchResult struct {
	articles   int
	bytes      int64
	list       time.Duration
	extract    time.Duration
	merge      time.Duration
	write      time.Duration
	total      time.Duration
	stages     *extract.Times
	cpu, gc    time.Duration // CPU time used, and the collector's share
	nodes, eds int
	json       string // the graph.json written
	peak       string // the process's peak memory at the end of the run
}

// benchBuild builds the articles of dir into out/graph.json and times it;
// with heapProfile set, it writes a heap profile there after merging.
func benchBuild(dir, out string, workers int, c *cache.Cache, gz *gazetteer.Gazetteer, heapProfile string, stderr io.Writer) (benchResult, error) {
	var r benchResult
	cpu0, gc0 := cpuTime()
	t0 := time.Now()
	files, err := read.Paths([]string{dir})
	if err != nil {
		return r, err
	}
	t1 := time.Now()
	r.stages = &extract.Times{}
	res, sp := extractFacts(files, gz, corpus.Options{Workers: workers, Cache: c, Times: r.stages}, stderr)
	t2 := time.Now()
	r.articles, r.bytes = len(res.Docs), res.Bytes
	defer sp.Close()
	g, stopGC := merge(&res, sp, gz, graph.Options{}) // as kg build does
	defer stopGC()
	t3 := time.Now()
	if heapProfile != "" {
		if err := writeHeapProfile(heapProfile); err != nil {
			return r, err
		}
	}
	path := filepath.Join(out, "graph.json")
	if err := export.WriteFile(path, func(w io.Writer) error { return export.JSON(w, g) }); err != nil {
		return r, err
	}
	t4 := time.Now()
	r.cpu, r.gc = cpuTime()
	r.cpu, r.gc = r.cpu-cpu0, r.gc-gc0
	r.json = path
	r.list, r.extract, r.merge, r.write, r.total = t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), t4.Sub(t3), t4.Sub(t0)
	r.nodes, r.eds = g.Len()
	return r, nil
}

func (r benchResult) print(w io.Writer) {
	fmt.Fprintf(w, "graph: %d nodes, %d edges from %d articles (%.1f MB)\n", r.nodes, r.eds, r.articles, float64(r.bytes)/1e6)
	fmt.Fprintf(w, "  list files    %s\n", round(r.list))
	var parts []string
	for i, s := range extract.Stages {
		parts = append(parts, fmt.Sprintf("%s %s", s, round(r.stages.Get(i))))
	}
	fmt.Fprintf(w, "  extract       %s   (CPU time over all workers: %s)\n", round(r.extract), strings.Join(parts, ", "))
	fmt.Fprintf(w, "  merge         %s\n", round(r.merge))
	fmt.Fprintf(w, "  graph.json    %s\n", round(r.write))
	fmt.Fprintf(w, "  total         %s   %.0f articles/s   %.2f MB/s\n", round(r.total), float64(r.articles)/r.total.Seconds(), float64(r.bytes)/1e6/r.total.Seconds())
	fmt.Fprintf(w, "  CPU time      %s   (all goroutines, as the runtime counts it; the collector %s)\n", round(r.cpu), round(r.gc))
}

// cpuTime returns the CPU time the process has spent running Go code and
// the runtime, and the collector's share of it, as the runtime counts
// them: 10.64 s for a build of 10,000 articles, against 10.90 s of user
// and system time the system counted for the whole process, start-up
// included.
func cpuTime() (all, gc time.Duration) {
	s := []metrics.Sample{{Name: "/cpu/classes/total:cpu-seconds"}, {Name: "/cpu/classes/idle:cpu-seconds"}, {Name: "/cpu/classes/gc/total:cpu-seconds"}}
	metrics.Read(s)
	d := func(i int) time.Duration { return time.Duration(s[i].Value.Float64() * float64(time.Second)) }
	return d(0) - d(1), d(2)
}

func round(d time.Duration) time.Duration {
	switch {
	case d > time.Second:
		return d.Round(10 * time.Millisecond)
	case d > time.Millisecond:
		return d.Round(100 * time.Microsecond)
	}
	return d
}

// resetPeak starts a new measure of the process's peak memory, once what
// an earlier run left is given back, and reports whether it could: Linux
// sets the peak (VmHWM) to what is resident when "5" is written to
// /proc/self/clear_refs.
func resetPeak() bool {
	debug.FreeOSMemory()
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// peakMemory reads the process's peak resident memory from /proc.
func peakMemory() string { return procField("/proc/self/status", "VmHWM") }

// machine describes what the figures were measured on: the processor,
// the cores Go may use, the system and the Go that built kg. Figures
// from two machines differ by a third or more for the same code.
func machine() string {
	return fmt.Sprintf("%s, %d CPUs (GOMAXPROCS %d), %s/%s, %s",
		procField("/proc/cpuinfo", "model name"), runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, runtime.Version())
}

// procField returns the value of the first line of a /proc file that
// names key ("VmHWM:   865632 kB", "model name\t: AMD EPYC"), or
// "unknown" when the file or the key is not there.
func procField(path, key string) string {
	f, err := os.Open(path)
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	return field(f, key)
}

// field is procField's reading of r.
func field(r io.Reader, key string) string {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(name) == key {
			if v := strings.TrimSpace(value); v != "" {
				return v
			}
		}
	}
	return "unknown"
}

// sameFile reports whether two files hold the same bytes.
func sameFile(a, b string) (bool, error) {
	x, err := os.ReadFile(a)
	if err != nil {
		return false, err
	}
	y, err := os.ReadFile(b)
	if err != nil {
		return false, err
	}
	return bytes.Equal(x, y), nil
}

// writeHeapProfile writes what is live now: a heap profile tells of the
// last collection, so it collects first.
func writeHeapProfile(path string) error {
	runtime.GC()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}
