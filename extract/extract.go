// Package extract runs the per-document pipeline: clean, split into
// sentences, find mentions, resolve them, read relations and meetings. It is
// a pure function of the document and the gazetteer, so documents can be
// extracted in parallel and their facts cached by content.
package extract

import (
	"fmt"
	"sync/atomic"
	"time"

	"kg/clean"
	"kg/dates"
	"kg/gazetteer"
	"kg/meetings"
	"kg/mentions"
	"kg/model"
	"kg/read"
	"kg/relations"
	"kg/resolve"
	"kg/sentences"
)

// Times adds up the time spent in each stage, over many documents and
// workers. Its zero value is ready; it is safe for concurrent use.
type Times struct {
	ns [7]atomic.Int64 // one per stage of Stages
}

// Stages names the per-document stages, in order.
var Stages = []string{"clean", "sentences", "mentions", "resolve", "relations", "meetings", "encode"}

// Get returns the total time of stage i.
func (t *Times) Get(i int) time.Duration { return time.Duration(t.ns[i].Load()) }

func (t *Times) lap(i int, start *time.Time) {
	if t == nil {
		return
	}
	now := time.Now()
	t.ns[i].Add(int64(now.Sub(*start)))
	*start = now
}

// Document extracts the facts of one document. They share memory with its
// text.
func Document(doc read.Document, g *gazetteer.Gazetteer) model.Facts {
	return document(doc, g, nil)
}

// Encoded extracts the facts of one document and encodes them with enc,
// compact and apart from the text, for merging with many others; it adds
// each stage's time to t (if not nil).
func Encoded(doc read.Document, g *gazetteer.Gazetteer, t *Times, enc *model.Encoder) model.Encoded {
	f := document(doc, g, t)
	start := time.Now()
	e := enc.Encode(&f)
	t.lap(6, &start)
	return e
}

func document(doc read.Document, g *gazetteer.Gazetteer, t *Times) model.Facts {
	f, _ := run(doc, g, t)
	return f
}

// run extracts the facts of a document, and gives the resolved document
// they came from.
func run(doc read.Document, g *gazetteer.Gazetteer, t *Times) (model.Facts, *resolve.Doc) {
	start := time.Now()
	art := clean.Clean(doc.Text, doc.Body)
	t.lap(0, &start)
	split := sentences.Split(doc.Text, art.Blocks)
	t.lap(1, &start)
	sents := mentions.Finder{G: g}.Find(split)
	t.lap(2, &start)
	d := resolve.Document(doc.ID, doc.Text, sents, g)
	t.lap(3, &start)
	rels := relations.Extract(d)
	history := relations.History(d)
	t.lap(4, &start)
	src, warnings := Source(doc, art)
	mt := meetings.Extract(d, src)
	rels = append(rels, mt.Relations...)
	ents := make([]model.Entity, 0, len(d.Entities)+len(mt.Entities))
	ents = append(ents, d.Entities...)
	ents = append(ents, mt.Entities...)
	t.lap(5, &start)
	return model.Facts{Source: src, Entities: ents, Relations: rels, Meetings: mt.Frames, Quotes: mt.Quotes, Dates: mt.Dates, History: history, Warnings: warnings}, d
}

// Source builds the source record of a document from its header and what
// cleaning found (headline, byline, dateline), with warnings for header
// fields it could not use.
func Source(doc read.Document, art clean.Article) (model.Source, []string) {
	var warnings []string
	s := model.Source{ID: doc.ID, Path: doc.Path, Title: doc.Meta["title"], URL: doc.Meta["url"], Outlet: firstOf(doc.Meta, "outlet", "source", "site"), Author: firstOf(doc.Meta, "author", "byline")}
	if s.Title == "" {
		s.Title = art.Title
	}
	if s.Author == "" {
		s.Author = art.Author
	}
	if p := firstOf(doc.Meta, "published", "date"); p != "" {
		if iso, ok := dates.ParseDate(p); ok {
			s.Published, s.DateBasis = iso, "header"
		} else {
			warnings = append(warnings, fmt.Sprintf("header date %q is not a date; the date is worked out from the text", p))
		}
	}
	if s.Published == "" && art.Dateline != "" {
		if iso, ok := dates.ParseDate(art.Dateline); ok {
			s.Published, s.DateBasis = iso, "dateline"
			switch {
			case clean.Published(art.Dateline):
				s.DateBasis = "published line"
			case art.DatelineUnderTitle:
				s.DateBasis = "date under the headline"
			}
		}
	}
	return s, warnings
}

func firstOf(m map[string]string, keys ...string) string {
	for _, k := range keys {
		if v := m[k]; v != "" {
			return v
		}
	}
	return ""
}
