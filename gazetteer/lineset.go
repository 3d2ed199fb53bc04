package gazetteer

import (
	"fmt"
	"hash/maphash"
	"iter"
	"strings"
	"unsafe"
)

// lineSet is the set of the lines of a text (but blank ones and
// comments), found by hash in a table that holds no pointer: each slot
// is where a line starts, its length and a few bits of its hash, in one
// word. The word list's 274,000 lines in a map took 48 ms to insert at
// every start, and the collector scanned the map at every collection of a
// build.
type lineSet struct {
	text  string
	slots []uint64 // start<<32 | tag<<16 | length; 0 is empty (no line is)
	seed  maphash.Seed
}

// newLineSet returns the set of the lines of text, which must each be
// under 64 kB and start in its first 4 GB.
func newLineSet(text string) (*lineSet, error) {
	n := 0
	for range lineSpans(text) {
		n++
	}
	size := 1
	for size < n+n/2+1 { // at most two thirds full
		size *= 2
	}
	s := &lineSet{text: text, slots: make([]uint64, size), seed: maphash.MakeSeed()}
	for start, end := range lineSpans(text) {
		if end-start > 0xffff || start > 0xffffffff {
			return nil, fmt.Errorf("line at byte %d: %d bytes, too long or too far in for a lineSet", start, end-start)
		}
		line := text[start:end]
		h := maphash.String(s.seed, line)
		if i, found := s.find(line, h); !found {
			s.slots[i] = uint64(start)<<32 | h>>48<<16 | uint64(end-start)
		}
	}
	return s, nil
}

// has reports whether w is one of the lines.
func (s *lineSet) has(w string) bool {
	_, found := s.find(w, maphash.String(s.seed, w))
	return found
}

// hasBytes is has for the bytes of w, which it does not keep.
func (s *lineSet) hasBytes(w []byte) bool {
	return s.has(unsafe.String(unsafe.SliceData(w), len(w)))
}

// find returns the slot that holds w, whose hash is h, or the empty slot
// where it would go.
func (s *lineSet) find(w string, h uint64) (int, bool) {
	mask := len(s.slots) - 1
	want := h>>48<<16 | uint64(len(w))
	for i := int(h) & mask; ; i = (i + 1) & mask {
		v := s.slots[i]
		if v == 0 {
			return i, false
		}
		if v&0xffffffff == want {
			if start := int(v >> 32); s.text[start:start+len(w)] == w {
				return i, true
			}
		}
	}
}

// all yields the lines, in the text's order, each once.
func (s *lineSet) all() iter.Seq[string] {
	return func(yield func(string) bool) {
		for start, end := range lineSpans(s.text) {
			line := s.text[start:end]
			// (a line written twice is yielded where it is in the table)
			if i, _ := s.find(line, maphash.String(s.seed, line)); int(s.slots[i]>>32) == start && !yield(line) {
				return
			}
		}
	}
}

// lineSpans yields where each line of s starts and ends, without its line
// end ("\n" or "\r\n"), but for blank lines and comments (#...).
func lineSpans(s string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for start := 0; start < len(s); {
			end, next := len(s), len(s)
			if i := strings.IndexByte(s[start:], '\n'); i >= 0 {
				end, next = start+i, start+i+1
			}
			if end > start && s[end-1] == '\r' {
				end--
			}
			if end > start && s[start] != '#' && !yield(start, end) {
				return
			}
			start = next
		}
	}
}
