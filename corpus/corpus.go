// Package corpus reads a set of articles and extracts their facts, one
// document per worker in parallel, keeping the input order so the result
// does not depend on scheduling. A file that cannot be read is skipped with
// a one-line reason naming it.
package corpus

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"kg/cache"
	"kg/extract"
	"kg/gazetteer"
	"kg/model"
	"kg/read"
	"kg/spill"
)

// Options tune extraction.
type Options struct {
	Workers  int                   // parallel workers; 0 means one per CPU
	MaxSize  int64                 // largest file read, in bytes; 0 means read.MaxSize
	Progress func(done, total int) // called after each document, from one goroutine at a time
	Cache    *cache.Cache          // extracted facts by content; nil for none
	Times    *extract.Times        // time per stage, when not nil
	// Spill, when set, holds the facts outside the Go heap: each
	// document's are written to it once extracted, and Result.Docs read
	// them from its mapping
	Spill *spill.File
}

// Skip is a file that was not used, and why.
type Skip struct {
	Path string
	Err  error
}

func (s Skip) String() string { return fmt.Sprintf("%s: %v", s.Path, s.Err) }

// Result is the facts of the documents read, in path order.
type Result struct {
	Docs     []model.Encoded
	Skipped  []Skip
	Warnings []Skip // files used, with a problem worth saying
	Bytes    int64  // text read, in bytes
	Read     int    // documents read
}

// Extract reads and extracts every path.
func Extract(paths []read.Input, g *gazetteer.Gazetteer, opt Options) Result {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	max := opt.MaxSize
	if max == 0 {
		max = read.MaxSize
	}
	results := make([]outcome, len(paths))
	// each worker takes the next path itself: handed out over a channel,
	// each path woke a worker that then waited for a core (at 10,000
	// articles, 1.6 s in all over two workers)
	var next atomic.Int64
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var enc model.Encoder
			for {
				i := int(next.Add(1) - 1)
				if i >= len(paths) {
					return
				}
				results[i] = one(paths[i], g, max, opt, &enc)
				results[i].note()
				if opt.Spill != nil && results[i].err == nil {
					results[i].spill(opt.Spill)
				}
				if opt.Progress != nil {
					mu.Lock()
					done++
					opt.Progress(done, len(paths))
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	var mapErr error
	if opt.Spill != nil {
		mapErr = opt.Spill.Map()
	}
	var res Result
	seen := make(map[string]string, len(results))
	for i, r := range results {
		if r.spilled {
			if mapErr != nil {
				r.err = mapErr
			} else {
				r.facts = opt.Spill.At(r.ref)
			}
		}
		if r.err != nil {
			res.Skipped = append(res.Skipped, Skip{paths[i].Path, r.err})
			continue
		}
		if prev, dup := seen[r.id]; dup {
			res.Skipped = append(res.Skipped, Skip{paths[i].Path, fmt.Errorf("document id %q is already used by %s", r.id, prev)})
			continue
		}
		seen[r.id] = paths[i].Path
		for _, w := range r.warnings {
			res.Warnings = append(res.Warnings, Skip{paths[i].Path, errors.New(w)})
		}
		if r.cacheErr != nil {
			res.Warnings = append(res.Warnings, Skip{paths[i].Path, fmt.Errorf("cache: %w", r.cacheErr)})
		}
		res.Docs = append(res.Docs, r.facts)
		res.Bytes += int64(r.size)
		res.Read++
	}
	return res
}

type outcome struct {
	facts    model.Encoded
	id       string   // the document's id
	warnings []string // the facts' warnings
	size     int
	err      error
	cacheErr error // the facts could not be stored in the cache
	// spilled says the facts are in the spill file, at ref
	spilled bool
	ref     spill.Ref
}

// note reads the document's id and warnings from its facts, in the
// worker that extracted them: read after all the workers were done, one
// document after another, they took 33–45 ms at 10,000 articles and 0.6 s
// at 100,000. They are copies, which keep nothing of the facts.
func (r *outcome) note() {
	if r.err != nil {
		return
	}
	f := r.facts.Decode(model.PartWarnings)
	r.id = strings.Clone(f.Source.ID)
	for _, w := range f.Warnings {
		r.warnings = append(r.warnings, strings.Clone(w))
	}
}

// spill moves the facts to the spill file. Facts that cannot be written
// there stay in memory (the file's Err says why).
func (r *outcome) spill(s *spill.File) {
	if ref, err := s.Add(r.facts); err == nil {
		r.facts, r.spilled, r.ref = model.Encoded{}, true, ref
	}
}

// one extracts the facts of one input, encoding them with the worker's
// enc, or takes them from the cache.
func one(in read.Input, g *gazetteer.Gazetteer, max int64, opt Options, enc *model.Encoder) (r outcome) {
	c := opt.Cache
	defer func() {
		if p := recover(); p != nil {
			r.err = fmt.Errorf("internal error while extracting: %v", p)
		}
	}()
	raw, err := read.Bytes(in.Path, max)
	if err != nil {
		r.err = err
		return r
	}
	var key cache.Key
	if c != nil {
		key = c.Key(in.Name, raw)
		if f, ok := c.Get(key); ok {
			r.facts, r.size = f, len(raw)
			return r
		}
	}
	doc, err := read.Parse(in.Path, raw)
	if err != nil {
		r.err = err
		return r
	}
	doc.Path = in.Name
	r.facts = extract.Encoded(doc, g, opt.Times, enc)
	r.size = len(raw)
	if c != nil {
		r.cacheErr = c.Put(key, r.facts)
	}
	return r
}
