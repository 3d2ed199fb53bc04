// Package brief writes briefings an analyst can hand on: the state of the
// talks, who is who, the timeline, the documents, each party's positions in
// their own words, the open questions, and the sources. A briefing is
// extractive: every line is built from the graph and cites the articles
// and sentences it comes from.
package brief

import (
	"fmt"
	"sort"
	"strings"

	"kg/graph"
	"kg/model"
	"kg/resolve"
)

// Briefing is a briefing ready to render.
type Briefing struct {
	Title    string
	Since    string // only what is new since this date (ISO), or ""
	Sections []Section
	Sources  []Source
	Cites    []Cite // every citation, in order of first use
}

// Section is one part of the briefing.
type Section struct {
	ID, Title string
	Items     []Item
	Diagram   bool // the HTML embeds the diagram here
}

// Item is one line: text with its citations. A quote item's text is
// verbatim.
type Item struct {
	Text   string
	Quote  string // a verbatim quotation, shown as such
	Who    string // the speaker of a quote
	Level  int    // 0 top level, 1 nested
	Cites  []int  // indexes into Briefing.Cites
	NodeID string // the node the line is about, if any
}

// Source is one article, numbered as cited.
type Source struct {
	N      int
	ID     string
	Title  string
	Outlet string
	Date   string
	URL    string
}

// Cite is one citation: a source and the sentence quoted from it.
type Cite struct {
	ID     string // "c1", "c2", ...
	Source int    // Source.N
	Text   string // the sentence, verbatim
}

// Options choose what the briefing covers.
type Options struct {
	Since    string // ISO date: meetings, statements and documents from then on
	MaxCites int    // citations per line (0: 3)
	// MaxItems caps each list of the briefing (0: DefaultMaxItems): the
	// meetings of the timeline, the people of who's who, the parties
	// quoted; a list within a list (a party's quotes) shows a fifth as
	// many. A line says how many more there are. A briefing of a large
	// corpus is then one an analyst can read, and small enough to build
	// at 100,000 articles (graph.json has everything; Since narrows it).
	MaxItems int
}

// DefaultMaxItems is the most items a list of the briefing shows.
const DefaultMaxItems = 50

type builder struct {
	g       *graph.Graph
	opt     Options
	b       *Briefing
	srcNum  map[string]int
	citeIDs map[string]int
	sources map[string]model.Source
	// allMeetings are the graph's meetings (Graph.Meetings), worked out
	// once for the sections that read them
	allMeetings []graph.MeetingView
}

// Build makes a briefing from the graph.
func Build(g *graph.Graph, opt Options) *Briefing {
	if opt.MaxCites <= 0 {
		opt.MaxCites = 3
	}
	if opt.MaxItems <= 0 {
		opt.MaxItems = DefaultMaxItems
	}
	bd := &builder{g: g, opt: opt, b: &Briefing{Title: "Briefing: the negotiations in the sources", Since: opt.Since}, srcNum: map[string]int{}, citeIDs: map[string]int{}, sources: map[string]model.Source{}}
	for _, s := range g.Sources {
		bd.sources[s.ID] = s
	}
	bd.bottomLine()
	bd.whosWho()
	bd.timeline()
	bd.documents()
	bd.positions()
	bd.gaps()
	// the Sources section lists every cited article
	src := Section{ID: "sources", Title: "7. Sources"}
	for _, s := range bd.b.Sources {
		text := fmt.Sprintf("[%d] %s", s.N, nonEmpty(s.Outlet, "(outlet unknown)"))
		if s.Title != "" {
			text += " — " + s.Title
		}
		if s.Date != "" {
			text += " — " + s.Date
		}
		if s.URL != "" {
			text += " — " + s.URL
		}
		src.Items = append(src.Items, Item{Text: text})
	}
	bd.b.Sections = append(bd.b.Sections, src)
	return bd.b
}

func nonEmpty(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// cite returns the citation indexes of the graph's quotes qs (the first
// of each document, at most MaxCites).
func (bd *builder) cite(qs []graph.Quote) []int {
	return bd.citeEach(len(qs), func(i int) (doc, text string) { return bd.g.Sources[qs[i].Doc].ID, qs[i].Text })
}

// citeText returns the citation index of one sentence of document doc.
func (bd *builder) citeText(doc, text string) []int {
	return bd.citeEach(1, func(int) (string, string) { return doc, text })
}

// citeEach returns the citation indexes of n sentences, the i-th of
// document doc: the first of each document, at most MaxCites.
func (bd *builder) citeEach(n int, sentence func(i int) (doc, text string)) []int {
	var out []int
	docs := map[string]bool{}
	for i := range n {
		doc, text := sentence(i)
		if docs[doc] || len(out) >= bd.opt.MaxCites {
			continue
		}
		docs[doc] = true
		num, ok := bd.srcNum[doc]
		if !ok {
			s := bd.sources[doc]
			num = len(bd.b.Sources) + 1
			bd.srcNum[doc] = num
			bd.b.Sources = append(bd.b.Sources, Source{N: num, ID: doc, Title: s.Title, Outlet: s.Outlet, Date: s.Published, URL: s.URL})
		}
		key := doc + "\x00" + text
		c, ok := bd.citeIDs[key]
		if !ok {
			c = len(bd.b.Cites)
			bd.citeIDs[key] = c
			bd.b.Cites = append(bd.b.Cites, Cite{ID: fmt.Sprintf("c%d", c+1), Source: num, Text: text})
		}
		out = append(out, c)
	}
	return out
}

// capped returns the max of xs that rank first (rank: lower is better;
// nil keeps the last, the latest of a list in date order), in their order
// in xs, and how many were left out.
func capped[T any](xs []T, max int, rank func(i int) int) (kept []T, left int) {
	if len(xs) <= max {
		return xs, 0
	}
	if rank == nil {
		return xs[len(xs)-max:], len(xs) - max
	}
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return rank(idx[a]) < rank(idx[b]) })
	idx = idx[:max]
	sort.Ints(idx)
	for _, i := range idx {
		kept = append(kept, xs[i])
	}
	return kept, len(xs) - max
}

// listSome lists xs as list does, at most opt.MaxItems of them, saying how
// many others there are.
func (bd *builder) listSome(xs []string) string {
	if len(xs) <= bd.opt.MaxItems {
		return list(xs)
	}
	return strings.Join(xs[:bd.opt.MaxItems], ", ") + fmt.Sprintf(" and %d others", len(xs)-bd.opt.MaxItems)
}

// nested is the most items a list within a list shows (the quotes of a
// party, the events of a document): a fifth of opt.MaxItems.
func (bd *builder) nested() int { return max(1, bd.opt.MaxItems/5) }

// more is the line that stands for what capped left out of a list: none
// when left is 0 or less.
func more(left int, what string, level int) []Item {
	if left <= 0 {
		return nil
	}
	return []Item{{Level: level, Text: fmt.Sprintf("… and %d more %s, not listed (graph.json has them all; kg brief --since narrows the briefing).", left, what)}}
}

func (bd *builder) new(date string) bool {
	return bd.opt.Since == "" || date == "" || date >= bd.opt.Since
}

// meetings returns the meetings the briefing covers, for the caller to
// read, not change: without --since, the one list of them all.
func (bd *builder) meetings() []graph.MeetingView {
	if bd.allMeetings == nil {
		bd.allMeetings = bd.g.Meetings()
	}
	if bd.opt.Since == "" {
		return bd.allMeetings
	}
	var out []graph.MeetingView
	for _, m := range bd.allMeetings {
		if m.Date >= bd.opt.Since || m.End >= bd.opt.Since {
			out = append(out, m)
		}
	}
	return out
}

func names(ns []*graph.Node, kinds ...model.NodeKind) []string {
	var out []string
	for _, n := range ns {
		for _, k := range kinds {
			if n.Kind == k {
				out = append(out, n.Label)
			}
		}
	}
	return out
}

func dates(m graph.MeetingView) string { return m.Span(" to ", "undated") }

func list(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// 1. Bottom line.
func (bd *builder) bottomLine() {
	s := Section{ID: "bottom-line", Title: "1. Bottom line", Diagram: true}
	ms := bd.meetings()
	var held, coming []graph.MeetingView
	for _, m := range ms {
		if m.Date == "" {
			continue
		}
		switch m.Status {
		case "held":
			held = append(held, m)
		case "scheduled":
			coming = append(coming, m)
		}
	}
	if len(held) > 0 {
		m := held[len(held)-1]
		text := fmt.Sprintf("Latest meeting: %s, %s", m.Node.Label, dates(m))
		if p := names(m.Participants, model.Person); len(p) > 0 {
			text += ", with " + list(p)
		}
		s.Items = append(s.Items, Item{Text: text + ".", Cites: bd.cite(m.Node.Evidence), NodeID: m.Node.ID})
		if o, ok := m.Node.Attrs["outcome"].([]string); ok && len(o) > 0 {
			s.Items = append(s.Items, Item{Text: "Described as: " + strings.Join(o, "; ") + ".", Cites: bd.cite(m.Node.Evidence), NodeID: m.Node.ID})
		}
	}
	coming, left := capped(coming, bd.opt.MaxItems, nil)
	s.Items = append(s.Items, more(left, "scheduled meetings, earlier than these", 0)...)
	for _, m := range coming {
		s.Items = append(s.Items, Item{Text: fmt.Sprintf("Scheduled: %s, %s.", m.Node.Label, dates(m)), Cites: bd.cite(m.Node.Evidence), NodeID: m.Node.ID})
	}
	// documents under discussion: the agenda of the meetings, newest first
	seen := map[string]bool{}
	var docs []string
	var evs []graph.Quote
	for i := len(ms) - 1; i >= 0; i-- {
		for _, a := range ms[i].Agenda {
			if a.Kind == model.Document && !seen[a.ID] {
				seen[a.ID] = true
				docs = append(docs, a.Label)
				for _, e := range bd.g.EdgesOf(a.ID) {
					if e.Type == model.Discussed && e.Source == ms[i].Node.ID {
						evs = append(evs, e.Evidence...)
					}
				}
			}
		}
	}
	if len(docs) > 0 {
		s.Items = append(s.Items, Item{Text: "Documents under discussion: " + bd.listSome(docs) + ".", Cites: bd.cite(evs)})
	}
	// issues still open: the topics the articles raise
	var topics []string
	var tev []graph.Quote
	for _, t := range bd.g.NodesOf(model.Topic) {
		topics = append(topics, t.Label)
		tev = append(tev, t.Evidence...)
	}
	if len(topics) > 0 {
		s.Items = append(s.Items, Item{Text: "Issues the sources raise: " + bd.listSome(topics) + ".", Cites: bd.cite(tev)})
	}
	nPeople := len(bd.g.NodesOf(model.Person))
	s.Items = append(s.Items, Item{Text: fmt.Sprintf("The graph holds %d meetings, %d people and %d documents from %d articles.", len(ms), nPeople, len(bd.g.NodesOf(model.Document)), len(bd.g.Sources))})
	bd.b.Sections = append(bd.b.Sections, s)
}

// 2. Who's who.
func (bd *builder) whosWho() {
	s := Section{ID: "whos-who", Title: "2. Who's who"}
	// the delegations and people most reported on
	dels := bd.g.NodesOf(model.Delegation)
	dels, leftDels := capped(dels, bd.opt.MaxItems, func(i int) int { return -len(dels[i].Sources) })
	for _, d := range dels {
		var heads, members []string
		var evs []graph.Quote
		for _, e := range bd.g.EdgesOf(d.ID) {
			if e.Target != d.ID {
				continue
			}
			switch e.Type {
			case model.Leads:
				heads = append(heads, bd.g.Node(e.Source).Label)
				evs = append(evs, e.Evidence...)
			case model.MemberOf:
				members = append(members, bd.g.Node(e.Source).Label)
				evs = append(evs, e.Evidence...)
			}
		}
		text := d.Label
		if len(heads) > 0 {
			text += " — led by " + list(heads)
		}
		if len(members) > 0 {
			text += "; members: " + list(members)
		}
		if len(heads)+len(members) == 0 {
			text += " — no members named"
			evs = d.Evidence
		}
		s.Items = append(s.Items, Item{Text: text + ".", Cites: bd.cite(evs), NodeID: d.ID})
	}
	s.Items = append(s.Items, more(leftDels, "delegations, less reported on", 0)...)
	people := bd.g.NodesOf(model.Person)
	sort.SliceStable(people, func(i, j int) bool {
		if len(people[i].Sources) != len(people[j].Sources) {
			return len(people[i].Sources) > len(people[j].Sources)
		}
		return people[i].Label < people[j].Label
	})
	// (sorted already: the first are those most reported on)
	leftPeople := max(0, len(people)-bd.opt.MaxItems)
	people = people[:len(people)-leftPeople]
	for _, p := range people {
		var roles []string
		var evs []graph.Quote
		for _, e := range bd.g.EdgesOf(p.ID) {
			if e.Source != p.ID || (e.Type != model.AffiliatedWith && e.Type != model.RelatedTo) {
				continue
			}
			t := bd.g.Node(e.Target)
			role := ""
			if rs, ok := e.Attrs["roles"].([]string); ok && len(rs) > 0 {
				role = strings.Join(rs, ", ") + ", "
			}
			if r, ok := e.Attrs["relation"].(string); ok && r != "" {
				role = r + " of "
			}
			when := ""
			if f, l := bd.g.Seen(e); f != "" {
				when = " (reported " + f
				if l != f {
					when += " to " + l
				}
				when += ")"
			}
			roles = append(roles, role+t.Label+when)
			evs = append(evs, e.Evidence...)
		}
		text := p.Label
		if len(roles) > 0 {
			text += ": " + strings.Join(roles, "; ")
		} else if ts, ok := p.Attrs["titles"].([]string); ok && len(ts) > 0 {
			text += ": " + strings.Join(ts, ", ")
			evs = p.Evidence
		} else {
			evs = p.Evidence
		}
		s.Items = append(s.Items, Item{Text: text + ".", Cites: bd.cite(evs), NodeID: p.ID, Level: 0})
	}
	s.Items = append(s.Items, more(leftPeople, "people, less reported on", 0)...)
	bd.b.Sections = append(bd.b.Sections, s)
}

// 3. Timeline.
func (bd *builder) timeline() {
	s := Section{ID: "timeline", Title: "3. Timeline of meetings"}
	all := bd.meetings()
	ms := graph.LatestMeetings(all, bd.opt.MaxItems)
	s.Items = append(s.Items, more(len(all)-len(ms), "meetings, earlier or undated", 0)...)
	for _, m := range ms {
		text := dates(m) + ": " + m.Node.Label
		if m.Status != "" && m.Status != "held" {
			text += " (" + m.Status + ")" // scheduled, cancelled
		}
		if len(m.Places) > 0 {
			text += " — " + list(names(m.Places, model.Place, model.Organization, model.Country))
		}
		if p := names(m.Participants, model.Person, model.Delegation); len(p) > 0 {
			text += " — participants: " + list(p)
		}
		if a := names(m.Agenda, model.Document, model.Topic); len(a) > 0 {
			text += " — agenda: " + list(a)
		}
		if r, ok := m.Node.Attrs["round"].(int); ok && r > 0 {
			text += fmt.Sprintf(" — round %d", r)
		}
		s.Items = append(s.Items, Item{Text: text + ".", Cites: bd.cite(m.Node.Evidence), NodeID: m.Node.ID})
	}
	if len(s.Items) == 0 {
		s.Items = append(s.Items, Item{Text: "No meetings in the sources" + bd.sinceNote() + "."})
	}
	bd.b.Sections = append(bd.b.Sections, s)
}

func (bd *builder) sinceNote() string {
	if bd.opt.Since == "" {
		return ""
	}
	return " since " + bd.opt.Since
}

// 4. Documents.
func (bd *builder) documents() {
	s := Section{ID: "documents", Title: "4. Documents"}
	var docs []*graph.Node
	for _, d := range bd.g.NodesOf(model.Document) {
		hs, _ := d.Attrs["history"].([]graph.HistoryEntry)
		if bd.opt.Since == "" || bd.newDocument(d, hs) {
			docs = append(docs, d)
		}
	}
	// the documents most reported on
	docs, leftDocs := capped(docs, bd.opt.MaxItems, func(i int) int { return -len(docs[i].Sources) })
	for _, d := range docs {
		hs, _ := d.Attrs["history"].([]graph.HistoryEntry)
		var parts []string
		var evs []graph.Quote
		for _, e := range bd.g.EdgesOf(d.ID) {
			other := bd.g.Node(e.Target)
			if e.Target == d.ID {
				other = bd.g.Node(e.Source)
			}
			switch {
			case e.Type == model.Revises && e.Source == d.ID:
				parts = append(parts, "revises "+other.Label)
			case e.Type == model.Revises:
				parts = append(parts, "revised by "+other.Label)
			case e.Type == model.LinkedTo:
				parts = append(parts, "negotiated with "+other.Label)
			case e.Type == model.Authored:
				parts = append(parts, "by "+other.Label)
			default:
				continue
			}
			evs = append(evs, e.Evidence...)
		}
		text := d.Label
		if len(d.Aliases) > 0 {
			text += " (also: " + strings.Join(d.Aliases, "; ") + ")"
		}
		if len(parts) > 0 {
			text += " — " + strings.Join(parts, "; ")
		}
		if len(evs) == 0 {
			evs = d.Evidence
		}
		s.Items = append(s.Items, Item{Text: text + ".", Cites: bd.cite(evs), NodeID: d.ID})
		hs, left := capped(hs, bd.nested(), nil)
		s.Items = append(s.Items, more(left, "events, earlier than these", 1)...)
		for _, h := range hs {
			when := h.Date
			if when == "" {
				when = "reported " + h.Report
			}
			s.Items = append(s.Items, Item{Level: 1, Text: fmt.Sprintf("%s: %s.", when, h.Event), Cites: bd.citeText(h.Source, h.Text), NodeID: d.ID})
		}
	}
	s.Items = append(s.Items, more(leftDocs, "documents, less reported on", 0)...)
	if len(s.Items) == 0 {
		s.Items = append(s.Items, Item{Text: "No documents in the sources" + bd.sinceNote() + "."})
	}
	bd.b.Sections = append(bd.b.Sections, s)
}

func (bd *builder) newDocument(d *graph.Node, hs []graph.HistoryEntry) bool {
	for _, h := range hs {
		if h.Date >= bd.opt.Since || h.Report >= bd.opt.Since {
			return true
		}
	}
	for _, src := range d.Sources {
		if bd.g.Sources[src].Published >= bd.opt.Since {
			return true
		}
	}
	return false
}

// 5. Positions and quotes, by party.
func (bd *builder) positions() {
	s := Section{ID: "positions", Title: "5. Positions and quotes by party"}
	// each party's quotations, as their places in the graph's list, and
	// each speaker's party, worked out once a speaker: a much-quoted
	// person is quoted thousands of times, and party sorts the person's
	// edges
	byParty := map[string][]int{}
	partyOf := map[string]string{}
	for i := range bd.g.Statements {
		st := &bd.g.Statements[i]
		if !bd.new(st.Date) {
			continue
		}
		p, ok := partyOf[st.Speaker]
		if !ok {
			p = bd.party(st.Speaker)
			partyOf[st.Speaker] = p
		}
		byParty[p] = append(byParty[p], i)
	}
	var parties []string
	for p := range byParty {
		parties = append(parties, p)
	}
	sort.Strings(parties)
	// the parties quoted most
	parties, leftParties := capped(parties, bd.opt.MaxItems, func(i int) int { return -len(byParty[parties[i]]) })
	for _, p := range parties {
		s.Items = append(s.Items, Item{Text: p})
		sts, left := capped(byParty[p], bd.nested(), nil)
		s.Items = append(s.Items, more(left, "quotes, earlier than these", 1)...)
		for _, i := range sts {
			st := &bd.g.Statements[i]
			who := bd.g.Node(st.Speaker).Label
			if st.Date != "" {
				who += ", " + st.Date
			}
			s.Items = append(s.Items, Item{Level: 1, Quote: st.Text, Who: who, Cites: bd.citeText(st.Evidence.Doc, st.Evidence.Text), NodeID: st.Speaker})
		}
	}
	s.Items = append(s.Items, more(leftParties, "parties, quoted less", 0)...)
	if len(s.Items) == 0 {
		s.Items = append(s.Items, Item{Text: "No quotations in the sources" + bd.sinceNote() + "."})
	}
	bd.b.Sections = append(bd.b.Sections, s)
}

// party is the country a speaker speaks for, or the speaker.
func (bd *builder) party(id string) string {
	n := bd.g.Node(id)
	switch n.Kind {
	case model.Country:
		return n.Label
	case model.Delegation, model.Organization:
		if c, ok := n.Attrs["country"].(string); ok {
			if cn := bd.g.Node("country:" + c); cn != nil {
				return cn.Label
			}
		}
	}
	for _, e := range bd.g.EdgesOf(id) {
		if e.Source == id && e.Type == model.AffiliatedWith {
			if t := bd.g.Node(e.Target); t.Kind == model.Country {
				return t.Label
			}
		}
	}
	for _, e := range bd.g.EdgesOf(id) {
		if e.Source == id && e.Type == model.AffiliatedWith {
			if c, ok := bd.g.Node(e.Target).Attrs["country"].(string); ok {
				if cn := bd.g.Node("country:" + c); cn != nil {
					return cn.Label
				}
			}
		}
	}
	return "Other speakers"
}

// 6. Open questions and gaps.
func (bd *builder) gaps() {
	s := Section{ID: "gaps", Title: "6. Open questions and gaps"}
	// the latest meetings of each kind of gap
	var undated, differ []graph.MeetingView
	for _, m := range bd.meetings() {
		if m.Date == "" {
			undated = append(undated, m)
		}
		if rd, ok := m.Node.Attrs["reported_dates"].(map[string]string); ok && len(rd) > 1 {
			differ = append(differ, m)
		}
	}
	undated, leftUndated := capped(undated, bd.opt.MaxItems, nil)
	for _, m := range undated {
		s.Items = append(s.Items, Item{Text: "No date in the sources for " + m.Node.Label + ".", Cites: bd.cite(m.Node.Evidence), NodeID: m.Node.ID})
	}
	s.Items = append(s.Items, more(leftUndated, "meetings without a date", 0)...)
	differ, leftDiffer := capped(differ, bd.opt.MaxItems, nil)
	for _, m := range differ {
		if rd, ok := m.Node.Attrs["reported_dates"].(map[string]string); ok {
			var keys []string
			for k := range rd {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			var parts []string
			for _, k := range keys {
				parts = append(parts, fmt.Sprintf("%s says %s", bd.sourceName(k), rd[k]))
			}
			s.Items = append(s.Items, Item{Text: "Reports differ on when " + m.Node.Label + " began: " + strings.Join(parts, "; ") + ".", Cites: bd.cite(m.Node.Evidence), NodeID: m.Node.ID})
		}
	}
	s.Items = append(s.Items, more(leftDiffer, "meetings whose reports differ on the date", 0)...)
	// names written differently by different sources
	spelled := 0
	for _, n := range bd.g.NodesOf(model.Person) {
		var variants []string
		surname, two := surnameKey(n.Label)
		for _, a := range n.Aliases {
			if two && respelled(a, n.Label, surname) {
				variants = append(variants, a)
			}
		}
		if len(variants) > 0 {
			if spelled++; spelled <= bd.opt.MaxItems {
				s.Items = append(s.Items, Item{Text: fmt.Sprintf("Sources spell %s differently: %s.", n.Label, list(variants)), Cites: bd.cite(n.Evidence), NodeID: n.ID})
			}
		}
	}
	s.Items = append(s.Items, more(spelled-bd.opt.MaxItems, "people whose names are spelled differently", 0)...)
	// facts told by one source only: how many, and the first few
	const shown = 12
	var single []*graph.Edge
	nSingle := 0
	for _, e := range bd.g.Edges() {
		person := bd.g.Node(e.Source).Kind == model.Person
		if len(e.Sources) == 1 && (e.Type == model.Leads || e.Type == model.MemberOf || e.Type == model.Attended && person || e.Type == model.Revises || e.Type == model.Authored && person) {
			if nSingle++; nSingle <= shown {
				single = append(single, e)
			}
		}
	}
	if nSingle > 0 {
		s.Items = append(s.Items, Item{Text: fmt.Sprintf("%d facts rest on a single source, among them:", nSingle)})
		for _, e := range single {
			s.Items = append(s.Items, Item{Level: 1, Text: fmt.Sprintf("%s %s %s.", bd.g.Node(e.Source).Label, strings.ReplaceAll(string(e.Type), "_", " "), bd.g.Node(e.Target).Label), Cites: bd.cite(e.Evidence)})
		}
	}
	if len(s.Items) == 0 {
		s.Items = append(s.Items, Item{Text: "No gaps found."})
	}
	bd.b.Sections = append(bd.b.Sections, s)
}

// respelled reports whether alias is another spelling of a person's name
// label, of two or more words (Gnatov for Hnatov, Stephen for Steve): two
// or more words ending in a surname that folds to the same key, written
// differently. surname is the label's (surnameKey), worked out once for
// all of a person's aliases.
func respelled(alias, label, surname string) bool {
	if alias == label || strings.HasPrefix(alias, "Mr") {
		return false
	}
	a := strings.Fields(alias)
	return len(a) >= 2 && resolve.NameKey(a[len(a)-1]) == surname
}

// surnameKey returns the key of the last word of a name, and whether the
// name has two or more words.
func surnameKey(name string) (string, bool) {
	f := strings.Fields(name)
	if len(f) < 2 {
		return "", false
	}
	return resolve.NameKey(f[len(f)-1]), true
}

// sourceName is how the briefing names an article: its outlet and date, or
// its id.
func (bd *builder) sourceName(id string) string {
	s := bd.sources[id]
	if n, ok := bd.srcNum[id]; ok {
		return fmt.Sprintf("[%d] %s", n, nonEmpty(s.Outlet, id))
	}
	return nonEmpty(s.Outlet, id)
}
