package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"kg/brief"
	"kg/cache"
	"kg/corpus"
	"kg/export"
	"kg/gazetteer"
	"kg/graph"
	"kg/lexicon"
	"kg/read"
	"kg/spill"
)

type skippedError struct{ error }

// stringList is a repeatable flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// articleSize is --max-size, in bytes: at most 2 GiB, as the graph keeps
// a quote's offsets as 32-bit numbers (graph.Quote).
type articleSize int64

func (s *articleSize) String() string { return strconv.FormatInt(int64(*s), 10) }
func (s *articleSize) Set(v string) error {
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 1 || n > math.MaxInt32 {
		return fmt.Errorf("not a size from 1 to %d bytes", math.MaxInt32)
	}
	*s = articleSize(n)
	return nil
}

// inputs are the flags every command that reads articles shares.
type inputs struct {
	in      stringList
	workers int
	maxSize articleSize
	strict  bool
	lexicon string
	cache   string
	quiet   bool
	// spill holds the facts load merged, which the graph may point into;
	// close stops it once the outputs are written, and the collector's
	// hold on the heap (frugalGC)
	spill  *spill.File
	stopGC func()
}

func (in *inputs) close() {
	if in.stopGC != nil {
		in.stopGC()
	}
	in.spill.Close()
}

// newFlags starts the flags of command name, with the input flags every
// command but bench takes; usage errors go to stderr.
func newFlags(name string, stderr io.Writer) (*flag.FlagSet, *inputs) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := &inputs{}
	if name != "bench" {
		in.register(fs)
	}
	return fs, in
}

// parseFlags parses a command's flags and refuses arguments that are not
// flags.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() > 0 {
		hint := ""
		if fs.Lookup("in") != nil {
			hint = " (inputs go after --in)"
		}
		return usageError{fmt.Errorf("unexpected argument %q%s", fs.Arg(0), hint)}
	}
	return nil
}

func (in *inputs) register(fs *flag.FlagSet) {
	fs.Var(&in.in, "in", "article file or folder (repeatable; default seeds)")
	fs.IntVar(&in.workers, "workers", 0, "parallel extraction workers (default: one per CPU)")
	in.maxSize = read.MaxSize
	fs.Var(&in.maxSize, "max-size", "largest article read, in `bytes`")
	fs.BoolVar(&in.strict, "strict", false, "fail when any file is skipped")
	fs.StringVar(&in.lexicon, "lexicon", "", "YAML actor dictionary of known names, aliases and roles (off by default)")
	fs.StringVar(&in.cache, "cache", "", "folder caching each article's facts by content, for fast rebuilds (off by default)")
}

// load reads the inputs and merges them into a graph. Skipped files are
// reported on stderr, one line each.
func (in *inputs) load(stderr io.Writer) (*graph.Graph, corpus.Result, error) {
	paths := []string(in.in)
	if len(paths) == 0 {
		paths = []string{"seeds"}
	}
	files, err := read.Paths(paths)
	if err != nil {
		return nil, corpus.Result{}, err
	}
	gz, err := gazetteer.Default()
	if err != nil {
		return nil, corpus.Result{}, fmt.Errorf("gazetteer: %w", err)
	}
	var lx *lexicon.Lexicon
	var salt []byte
	if in.lexicon != "" {
		if lx, err = lexicon.Load(in.lexicon); err != nil {
			return nil, corpus.Result{}, err
		}
		gz = lx.Gazetteer(gz)
		salt, _ = os.ReadFile(in.lexicon)
	}
	opt := corpus.Options{Workers: in.workers, MaxSize: int64(in.maxSize)}
	if in.cache != "" {
		if opt.Cache, err = cache.Open(in.cache, salt); err != nil {
			return nil, corpus.Result{}, err
		}
		defer opt.Cache.Close()
	}
	if !in.quiet {
		opt.Progress = newProgress(stderr, "extracting")
	}
	res, sp := extractFacts(files, gz, opt, stderr)
	in.spill = sp
	if opt.Cache != nil && !in.quiet {
		hits, misses := opt.Cache.Stats()
		fmt.Fprintf(stderr, "kg: cache %s: %d of %d articles' facts reused, %d extracted\n", in.cache, hits, hits+misses, misses)
	}
	for _, s := range res.Skipped {
		fmt.Fprintf(stderr, "kg: skipped %s\n", s)
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(stderr, "kg: warning: %s\n", w)
	}
	if in.strict && len(res.Skipped) > 0 {
		return nil, res, fmt.Errorf("%d file(s) skipped (--strict)", len(res.Skipped))
	}
	if len(res.Docs) == 0 {
		return nil, res, fmt.Errorf("no readable articles in %s", strings.Join(paths, ", "))
	}
	status := newStatus(stderr, in.quiet)
	status(fmt.Sprintf("merging the facts of %d articles", len(res.Docs)))
	g, stopGC := merge(&res, sp, gz, graph.Options{Lexicon: lx})
	status("")
	in.stopGC = stopGC
	return g, res, nil
}

// extractFacts extracts the facts of files and keeps them in a spill file,
// outside the Go heap, until they are merged; when no spill file can be
// made or written, they stay in memory, with a warning.
func extractFacts(files []read.Input, gz *gazetteer.Gazetteer, opt corpus.Options, stderr io.Writer) (corpus.Result, *spill.File) {
	sp, err := spill.Create("")
	if err != nil {
		fmt.Fprintf(stderr, "kg: warning: facts kept in memory: %v\n", err)
	}
	opt.Spill = sp
	if sp != nil {
		// without the file, the facts pile up in the heap: five times
		// that would be too much
		defer lazyGC()()
	}
	res := corpus.Extract(files, gz, opt)
	if err := sp.Err(); err != nil {
		fmt.Fprintf(stderr, "kg: warning: some facts kept in memory: %v\n", err)
	}
	return res, sp
}

// merge merges the documents' facts. The graph keeps nothing of them (it
// copies what it keeps): facts in memory can go once it is merged, and a
// spill file sp (nil when none) drops the pages the merge has read
// (sp.ReadDocs). The collector holds the heap close to what is live
// (frugalGC) from the merge on, until stopGC is called once the graph's
// outputs are written.
func merge(res *corpus.Result, sp *spill.File, gz *gazetteer.Gazetteer, opt graph.Options) (g *graph.Graph, stopGC func()) {
	stopGC = frugalGC()
	opt.ReadDocs = sp.ReadDocs
	g = graph.MergeEncoded(res.Docs, gz, opt)
	res.Docs = nil
	// the merge's working state (and facts in memory) can go: collect
	// once, and give the memory back, so that the outputs are written in
	// what the graph holds rather than in the heap the merge grew to (kg
	// bench at 100,000 articles: 0.94 GB of heap resident as graph.json
	// starts, instead of 1.4 GB)
	debug.FreeOSMemory()
	return g, stopGC
}

func cmdBuild(args []string, stdout, stderr io.Writer) error {
	fs, in := newFlags("build", stderr)
	out := fs.String("out", "output", "folder to write the outputs to")
	formats := fs.String("formats", "json,dot,svg,graphml,timeline,brief", "outputs to write: json, dot, svg, graphml, timeline, brief")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	in.quiet = *quiet
	wantBrief := false
	var list []string
	for _, f := range strings.Split(*formats, ",") {
		if strings.TrimSpace(f) == "brief" {
			wantBrief = true
		} else {
			list = append(list, f)
		}
	}
	writers, err := export.Writers(strings.Join(list, ","))
	if err != nil {
		return usageError{err}
	}
	start := time.Now()
	defer in.close()
	g, res, err := in.load(stderr)
	if err != nil {
		return err
	}
	status := newStatus(stderr, *quiet)
	status("writing " + *formats + " to " + *out)
	err = writeOutputs(g, *out, writers, wantBrief)
	status("")
	if err != nil {
		return err
	}
	if !*quiet {
		n, e := g.Len()
		fmt.Fprintf(stdout, "kg: %d articles, %d nodes, %d edges in %s; wrote %s to %s\n",
			res.Read, n, e, time.Since(start).Round(time.Millisecond), *formats, *out)
	}
	if len(res.Skipped) > 0 {
		return skippedError{fmt.Errorf("%d file(s) skipped", len(res.Skipped))}
	}
	return nil
}

// writeOutputs writes the formats of writers, and the briefing if asked,
// side by side while the graph is small (writersAtOnce): the writers only
// read the graph. The diagram is drawn once for graph.svg and the
// briefing. The error reported is the first in the order of the formats.
func writeOutputs(g *graph.Graph, dir string, writers []export.Writer, wantBrief bool) error {
	g.Edges() // sort the edges once, before the writers share them
	var jobs []func() error
	for _, w := range writers {
		path := filepath.Join(dir, w.File)
		if w.Name == "svg" && wantBrief {
			jobs = append(jobs, func() error { return writeBriefing(g, dir, brief.Options{}, path) })
			wantBrief = false
			continue
		}
		jobs = append(jobs, func() error {
			return export.WriteFile(path, func(wr io.Writer) error { return w.Write(wr, g) })
		})
	}
	if wantBrief {
		jobs = append(jobs, func() error { return writeBriefing(g, dir, brief.Options{}, "") })
	}
	errs := make([]error, len(jobs))
	sem := make(chan struct{}, writersAtOnce(liveHeap(), runtime.GOMAXPROCS(0)))
	var wg sync.WaitGroup
	for i, job := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			errs[i] = job()
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
