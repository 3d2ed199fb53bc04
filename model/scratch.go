package model

import "slices"

// Scratch holds the lists decodings make (DecodeScratch), for later
// decodings to reuse once Reset: a pass that reads each document once
// and keeps none of its lists then makes next to no garbage of them. A
// Scratch grows to what the decodings between two Resets need.
type Scratch struct {
	entities  []Entity
	relations []Relation
	frames    []MeetingFrame
	quotes    []Statement
	dates     []DateRef
	events    []DocEvent
	evidence  []Evidence
	attrs     []Attr
	args      []Arg
	strings   []string
}

// Reset lets the lists given since the last Reset be given again: the
// facts decoded with s until now must no longer be read. Their values are
// cleared, so that a caller that kept one reads nothing rather than
// another document's facts (and so that they keep nothing alive).
func (s *Scratch) Reset() {
	reset(&s.entities)
	reset(&s.relations)
	reset(&s.frames)
	reset(&s.quotes)
	reset(&s.dates)
	reset(&s.events)
	reset(&s.evidence)
	reset(&s.attrs)
	reset(&s.args)
	reset(&s.strings)
}

func reset[T any](p *[]T) {
	clear(*p)
	*p = (*p)[:0]
}

// DecodeScratch is DecodeShared with the lists taken from s, which they
// stay in until s is Reset: the caller must keep none of them (nor a
// pointer into one) past that. With s nil it is DecodeShared.
func (e Encoded) DecodeScratch(parts Part, id string, names *Names, s *Scratch) Facts {
	d := e.decoder()
	d.id, d.idName = id, -1 // until the Source is read
	if names != nil && d.err == nil {
		names.seen = slices.Grow(names.seen[:0], d.names.n)[:d.names.n]
		clear(names.seen)
		d.shared = names
	}
	d.scratch = s
	return d.facts(parts)
}

// pool returns the list of s that holds values of type T: every type a
// decoding makes lists of.
func pool[T any](s *Scratch) *[]T {
	var p any
	switch any(*new(T)).(type) {
	case Entity:
		p = &s.entities
	case Relation:
		p = &s.relations
	case MeetingFrame:
		p = &s.frames
	case Statement:
		p = &s.quotes
	case DateRef:
		p = &s.dates
	case DocEvent:
		p = &s.events
	case Evidence:
		p = &s.evidence
	case Attr:
		p = &s.attrs
	case Arg:
		p = &s.args
	case string:
		p = &s.strings
	}
	return p.(*[]T)
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
