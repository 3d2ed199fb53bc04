package graph

import (
	"strings"

	"kg/model"
)

// interner gives one copy of each string, made afresh, so that what it
// returns shares no memory with the string it was given.
type interner struct {
	strs map[string]string
	// texts are found by where they are, which is quicker than by
	// their text: a sentence is about 150 bytes to hash and compare
	texts map[quoteKey]string
}

type quoteKey struct {
	doc        string
	start, end int
}

func newInterner() *interner {
	return &interner{strs: map[string]string{}, texts: map[quoteKey]string{}}
}

func (in *interner) s(v string) string {
	if v == "" {
		return ""
	}
	c, ok := in.strs[v]
	if !ok {
		c = strings.Clone(v)
		in.strs[c] = c
	}
	return c
}

func (in *interner) list(vs []string) {
	for i, v := range vs {
		vs[i] = in.s(v)
	}
}

// quotes interns the texts of qs, quotes of the graph g.
func (in *interner) quotes(g *Graph, qs []Quote) {
	for i := range qs {
		q := &qs[i]
		q.Text = in.text(quoteKey{g.Sources[q.Doc].ID, int(q.Start), int(q.End)}, q.Text)
	}
}

func (in *interner) quote(e *model.Evidence) {
	e.Rule = in.s(e.Rule)
	e.Text = in.text(quoteKey{e.Doc, e.Start, e.End}, e.Text)
}

// text interns the text of the quote at k.
func (in *interner) text(k quoteKey, text string) string {
	c, ok := in.texts[k]
	if !ok || len(c) != len(text) {
		c = in.s(text)
		in.texts[k] = c
	}
	return c
}

func (in *interner) pairs(m map[string]string) {
	for k, v := range m {
		m[in.s(k)] = in.s(v)
	}
}

// attrs interns an attribute map's keys (assigning to an equal key
// replaces the key's string) and its values.
func (in *interner) attrs(a map[string]any) {
	for k, v := range a {
		switch v := v.(type) {
		case string:
			a[in.s(k)] = in.s(v)
			continue
		case []string:
			in.list(v)
		case []HistoryEntry:
			for i := range v {
				h := &v[i]
				h.Event, h.Date, h.Report, h.Source, h.Text = in.s(h.Event), in.s(h.Date), in.s(h.Report), in.s(h.Source), in.s(h.Text)
			}
		case map[string]string:
			in.pairs(v)
		case []map[string]string:
			for _, m := range v {
				in.pairs(m)
			}
		}
		a[in.s(k)] = v
	}
}

// detach copies every string the graph keeps (ids, labels, attributes,
// sources, quotes) once each, out of the documents' encoded facts the
// merge decoded them from. A decoded string is a slice of its document's
// encoding, so one label or quote kept would keep the whole document's
// facts in memory; detached, the facts of the whole corpus can be let go
// as soon as merging ends, and what stays is the text the graph quotes.
// Documents' ids are not copied: the merge decodes every document with
// its own copy of the id (model.Encoded.DecodeShared), so quotes' Doc and
// lists of sources hold those.
func (g *Graph) detach() {
	in := newInterner()
	for i := range g.Sources {
		s := &g.Sources[i]
		in.strs[s.ID] = s.ID
		s.Path, s.Title, s.URL, s.Outlet, s.Author, s.Published, s.DateBasis = in.s(s.Path), in.s(s.Title), in.s(s.URL), in.s(s.Outlet), in.s(s.Author), in.s(s.Published), in.s(s.DateBasis)
	}
	in.list(g.rules)
	// a map's keys are interned by assigning to them: an equal key's
	// string is replaced, and no second map is built
	for _, n := range g.nodes {
		n.ID, n.Kind, n.Label = in.s(n.ID), model.NodeKind(in.s(string(n.Kind))), in.s(n.Label)
		in.list(n.Aliases)
		in.list(n.Merged)
		in.quotes(g, n.Evidence)
		in.attrs(n.Attrs)
		g.nodes[n.ID] = n
	}
	// an edge's ends are the keys of the lists by node: one lookup for
	// each node, not two for each edge
	for id, es := range g.out {
		c := in.s(id)
		g.out[c] = es
		for _, e := range es {
			e.Source = c
		}
	}
	for id, es := range g.in {
		c := in.s(id)
		g.in[c] = es
		for _, e := range es {
			e.Target = c
		}
	}
	// first and last point at the Sources' days, interned above; the
	// index of edges keys hashes, but for the rare keys that clash
	for e := range g.edges.all() {
		e.Type = model.EdgeKind(in.s(string(e.Type)))
		in.quotes(g, e.Evidence)
		in.attrs(e.Attrs)
	}
	for _, e := range g.edges.clash {
		g.edges.clash[edgeKey{e.Source, e.Target, e.Type}] = e
	}
	for i := range g.Statements {
		s := &g.Statements[i]
		s.Speaker, s.Text, s.Date = in.s(s.Speaker), in.s(s.Text), in.s(s.Date)
		in.quote(&s.Evidence)
	}
}
