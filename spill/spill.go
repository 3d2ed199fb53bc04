// Package spill keeps documents' encoded facts outside the Go heap between
// extraction and merging: each is appended to a temporary file as it is
// extracted, and the file is then mapped into memory, so the facts of a
// large corpus are neither counted by the garbage collector (whose next
// goal is twice the heap it found live) nor held resident by the process:
// the kernel reads a page back when it is used, and is told five times a
// second that it may drop the pages read since.
//
// Decoded strings point into the mapping, which stays until the process
// ends, though a merged graph keeps none of them (it copies what it
// keeps). On systems other than Linux the facts stay in memory.
package spill

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"kg/model"
)

// File is a spill file: Add the documents' facts, Map it once, then read
// them with At. Add may be called from several goroutines.
type File struct {
	mu   sync.Mutex
	f    *os.File
	size int64
	data []byte        // the file's mapping, once Map has run
	err  error         // the first write that failed
	stop chan struct{} // closed by Close, to stop dropping pages
	read atomic.Int64  // documents read (ReadDocs)
}

// dropEvery is how often the kernel is told it may drop the pages read.
// A pass over the facts of 100,000 documents reads a few hundred megabytes
// in a few seconds; each drop walks the whole mapping (at 10,000 documents,
// drops every 50 ms took 0.12 s of CPU), and more often does not keep
// fewer pages, since a phase that reads the facts at random maps most of
// them back within milliseconds.
const dropEvery = 200 * time.Millisecond

// Ref is where one document's facts are in the file.
type Ref struct{ off, n int64 }

// Create makes a spill file in dir (the system's temporary folder when
// dir is ""). The file has no name once created: it is removed when the
// process ends, however it ends. On systems where the file is not mapped
// Create returns nil and no error: the facts stay in memory.
func Create(dir string) (*File, error) {
	if !canMap {
		return nil, nil
	}
	f, err := os.CreateTemp(dir, "kg-facts-*")
	if err != nil {
		return nil, fmt.Errorf("spill: %w", err)
	}
	if err := os.Remove(f.Name()); err != nil {
		f.Close()
		return nil, fmt.Errorf("spill: %w", err)
	}
	return &File{f: f}, nil
}

// Add appends one document's facts to the file. Once a write has failed
// (a full disk), every Add fails with that error: the caller keeps the
// facts in memory.
func (s *File) Add(e model.Encoded) (Ref, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return Ref{}, s.err
	}
	if s.data != nil {
		return Ref{}, fmt.Errorf("spill: add after map")
	}
	n, err := e.WriteTo(s.f)
	if err != nil {
		// a partial write leaves bytes no Ref points at
		s.size += n
		s.err = fmt.Errorf("spill: write %s: %w", s.f.Name(), err)
		return Ref{}, s.err
	}
	r := Ref{s.size, n}
	s.size += n
	return r, nil
}

// Err returns the error of the first write that failed, or nil.
func (s *File) Err() error {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// Map makes the facts added readable with At. It is called once, after
// the last Add.
func (s *File) Map() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.size == 0 || s.data != nil {
		return nil
	}
	data, err := load(s.f, s.size)
	if err != nil {
		return fmt.Errorf("spill: map %s: %w", s.f.Name(), err)
	}
	s.data, s.stop = data, make(chan struct{})
	go s.trim(s.stop)
	return nil
}

// trim tells the kernel, every dropEvery until stop is closed, that the
// pages read since need not stay in memory.
func (s *File) trim(stop chan struct{}) {
	t := time.NewTicker(dropEvery)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			drop(s.data)
		case <-stop:
			drop(s.data)
			return
		}
	}
}

// ReadDocs tells the file that n more documents' facts were read: every
// readsPerDrop of them, it tells the kernel that the pages read so far
// need not stay in memory, as the timer does every dropEvery, for a reader
// that goes through the facts faster than that (a pass that decodes
// little reads 0.4 GB of facts in a tenth of a second). It may be called
// from any goroutine, and does nothing on a nil File or one not mapped.
func (s *File) ReadDocs(n int) {
	if !s.Mapped() {
		return
	}
	after := s.read.Add(int64(n))
	if (after-int64(n))/readsPerDrop != after/readsPerDrop {
		drop(s.data)
	}
}

// readsPerDrop is how many documents' facts ReadDocs lets be read
// between two drops.
const readsPerDrop = 1024

// Mapped reports whether the facts are mapped from the file, outside the
// Go heap.
func (s *File) Mapped() bool { return s != nil && s.data != nil }

// At returns the facts at r. Its strings share the file's memory.
func (s *File) At(r Ref) model.Encoded {
	return model.View(s.data[r.off : r.off+r.n])
}

// Close stops dropping pages and closes the file, once the facts are no
// longer used. The mapping stays until the process ends, so that strings
// decoded from the facts stay readable. Close and Err do nothing on a nil
// File.
func (s *File) Close() error {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stop != nil {
		close(s.stop)
		s.stop = nil
	}
	return s.f.Close()
}
