package model

import (
	"strings"
	"unique"
)

// Detach copies every string of f, so that the facts no longer share memory
// with the document text they were read from and the text can be freed.
// Extraction calls it before handing facts on; merging thousands of
// documents then holds their facts, not their texts. To keep that small,
// names, ids and attribute values are interned (one copy of "country:us"
// for the whole corpus), a sentence is copied once however many facts
// quote it, and slices are copied to their length, without the spare room
// appending left.
func (f *Facts) Detach() {
	name := func(s string) string { return unique.Make(s).Value() }
	texts := map[string]string{}
	text := func(s string) string {
		if t, ok := texts[s]; ok {
			return t
		}
		t := strings.Clone(s)
		texts[t] = t
		return t
	}
	ev := func(e *Evidence) { e.Doc, e.Text, e.Rule = name(e.Doc), text(e.Text), name(e.Rule) }
	evs := func(xs []Evidence) []Evidence {
		xs = exact(xs)
		for i := range xs {
			ev(&xs[i])
		}
		return xs
	}
	m := func(in Attrs) Attrs {
		out := exact(in)
		for i := range out {
			out[i] = Attr{name(out[i].Key), name(out[i].Value)}
		}
		return out
	}
	list := func(xs []string) []string {
		xs = exact(xs)
		for i := range xs {
			xs[i] = name(xs[i])
		}
		return xs
	}
	args := func(xs []Arg) []Arg {
		xs = exact(xs)
		for i := range xs {
			xs[i].Entity = name(xs[i].Entity)
			ev(&xs[i].Evidence)
		}
		return xs
	}
	dates := func(xs []DateRef) []DateRef {
		xs = exact(xs)
		for i := range xs {
			xs[i].Text = name(xs[i].Text)
		}
		return xs
	}
	date := func(r *DateRef) *DateRef {
		if r == nil {
			return nil
		}
		d := *r
		d.Text = name(d.Text)
		return &d
	}
	s := &f.Source
	s.ID, s.Path, s.Title, s.URL = name(s.ID), strings.Clone(s.Path), strings.Clone(s.Title), strings.Clone(s.URL)
	s.Outlet, s.Author, s.Published, s.DateBasis = name(s.Outlet), name(s.Author), name(s.Published), name(s.DateBasis)
	f.Entities = exact(f.Entities)
	for i := range f.Entities {
		e := &f.Entities[i]
		e.ID, e.Name, e.Key = name(e.ID), name(e.Name), name(e.Key)
		e.Aliases, e.Roles = list(e.Aliases), list(e.Roles)
		e.Attrs = m(e.Attrs)
		e.Mentions = evs(e.Mentions)
	}
	f.Relations = exact(f.Relations)
	for i := range f.Relations {
		r := &f.Relations[i]
		r.From, r.To, r.Attrs = name(r.From), name(r.To), m(r.Attrs)
		ev(&r.Evidence)
	}
	f.Dates = dates(f.Dates)
	f.Meetings = exact(f.Meetings)
	for i := range f.Meetings {
		fr := &f.Meetings[i]
		fr.Trigger = name(fr.Trigger)
		fr.Outcomes = list(fr.Outcomes)
		fr.Dates = dates(fr.Dates)
		fr.Places, fr.Participants, fr.Topics = args(fr.Places), args(fr.Participants), args(fr.Topics)
		fr.Evidence = evs(fr.Evidence)
	}
	f.Quotes = exact(f.Quotes)
	for i := range f.Quotes {
		q := &f.Quotes[i]
		q.Speaker, q.Text, q.Date = name(q.Speaker), text(q.Text), date(q.Date)
		ev(&q.Evidence)
	}
	f.History = exact(f.History)
	for i := range f.History {
		h := &f.History[i]
		h.Document, h.Event, h.Date = name(h.Document), name(h.Event), date(h.Date)
		ev(&h.Evidence)
	}
	f.Warnings = exact(f.Warnings)
	for i := range f.Warnings {
		f.Warnings[i] = strings.Clone(f.Warnings[i])
	}
}

// exact copies xs into a slice of its length (nil when empty).
func exact[T any](xs []T) []T {
	if len(xs) == 0 {
		return nil
	}
	return append(make([]T, 0, len(xs)), xs...)
}
