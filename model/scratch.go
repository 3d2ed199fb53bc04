package model

import "fmt"

// Scratch holds the lists decodings make (DecodeScratch), for later
// decodings to reuse once Reset: a pass that reads each document once
// and keeps none of its lists then makes next to no garbage of them. A
// Scratch grows to what the decodings between two Resets need.
type Scratch struct {
	lists   [scratchTypes]interface{ reset() } // by scratchSlot
	decoder decoder                            // the decoder, made again for each document
}

// scratchList is a Scratch's list of values of one type.
type scratchList[T any] struct{ xs []T }

// reset clears the values given, so that a caller that kept one reads
// nothing rather than another document's facts (and so that they keep
// nothing alive), and lets them be given again.
func (l *scratchList[T]) reset() {
	clear(l.xs)
	l.xs = l.xs[:0]
}

// Reset lets the lists given since the last Reset be given again: the
// facts decoded with s until now must no longer be read.
func (s *Scratch) Reset() {
	for _, l := range s.lists {
		if l != nil {
			l.reset()
		}
	}
	s.decoder = decoder{}
}

// scratchTypes is the number of types a decoding makes lists of.
const scratchTypes = 10

// scratchSlot is the place in Scratch.lists of the list of T.
func scratchSlot[T any]() int {
	switch any(*new(T)).(type) {
	case Entity:
		return 0
	case Relation:
		return 1
	case MeetingFrame:
		return 2
	case Statement:
		return 3
	case DateRef:
		return 4
	case DocEvent:
		return 5
	case Evidence:
		return 6
	case Attr:
		return 7
	case Arg:
		return 8
	case string:
		return 9
	}
	panic(fmt.Sprintf("model: a Scratch has no list of %T", *new(T)))
}

// pool returns the list of s that holds values of type T.
func pool[T any](s *Scratch) *[]T {
	i := scratchSlot[T]()
	l, _ := s.lists[i].(*scratchList[T])
	if l == nil {
		l = new(scratchList[T])
		s.lists[i] = l
	}
	return &l.xs
}

// take returns n values of the list p, every one to be set by the caller:
// the next n of its room, or of a new list twice as large when it has
// not enough (the lists given so far keep the old one).
func take[T any](p *[]T, n int) []T {
	if cap(*p)-len(*p) < n {
		*p = make([]T, 0, max(2*cap(*p), n, 64))
	}
	l := len(*p)
	*p = (*p)[:l+n]
	return (*p)[l : l+n : l+n]
}
