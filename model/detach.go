package model

import "strings"

// Detach copies every string of f, so that the facts no longer share memory
// with the document text they were read from and the text can be freed.
// Extraction calls it before handing facts on; merging thousands of
// documents then holds their facts, not their texts.
func (f *Facts) Detach() {
	c := strings.Clone
	// a sentence is quoted by many facts: copy it once
	texts := map[string]string{}
	text := func(s string) string {
		if t, ok := texts[s]; ok {
			return t
		}
		t := c(s)
		texts[t] = t
		return t
	}
	ev := func(e *Evidence) { e.Doc, e.Text, e.Rule = text(e.Doc), text(e.Text), text(e.Rule) }
	m := func(in map[string]string) map[string]string {
		if len(in) == 0 {
			return nil
		}
		out := make(map[string]string, len(in))
		for k, v := range in {
			out[c(k)] = c(v)
		}
		return out
	}
	list := func(xs []string) {
		for i := range xs {
			xs[i] = c(xs[i])
		}
	}
	s := &f.Source
	s.ID, s.Path, s.Title, s.URL, s.Outlet, s.Author, s.Published, s.DateBasis = c(s.ID), c(s.Path), c(s.Title), c(s.URL), c(s.Outlet), c(s.Author), c(s.Published), c(s.DateBasis)
	for i := range f.Entities {
		e := &f.Entities[i]
		e.ID, e.Name, e.Key = c(e.ID), c(e.Name), c(e.Key)
		list(e.Aliases)
		list(e.Roles)
		e.Attrs = m(e.Attrs)
		for j := range e.Mentions {
			ev(&e.Mentions[j])
		}
	}
	for i := range f.Relations {
		r := &f.Relations[i]
		r.From, r.To, r.Attrs = c(r.From), c(r.To), m(r.Attrs)
		ev(&r.Evidence)
	}
	for i := range f.Dates {
		f.Dates[i].Text = c(f.Dates[i].Text)
	}
	for i := range f.Meetings {
		fr := &f.Meetings[i]
		fr.Trigger = c(fr.Trigger)
		list(fr.Outcomes)
		for j := range fr.Dates {
			fr.Dates[j].Text = c(fr.Dates[j].Text)
		}
		for _, args := range [][]Arg{fr.Places, fr.Participants, fr.Topics} {
			for j := range args {
				args[j].Entity = c(args[j].Entity)
				ev(&args[j].Evidence)
			}
		}
		for j := range fr.Evidence {
			ev(&fr.Evidence[j])
		}
	}
	date := func(r *DateRef) *DateRef {
		if r == nil {
			return nil
		}
		d := *r
		d.Text = c(d.Text)
		return &d
	}
	for i := range f.Quotes {
		q := &f.Quotes[i]
		q.Speaker, q.Text, q.Date = c(q.Speaker), c(q.Text), date(q.Date)
		ev(&q.Evidence)
	}
	for i := range f.History {
		h := &f.History[i]
		h.Document, h.Event, h.Date = c(h.Document), c(h.Event), date(h.Date)
		ev(&h.Evidence)
	}
	list(f.Warnings)
}
