package graph

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"kg/dates"
	"kg/gazetteer"
	"kg/internal/memo"
	"kg/meetings"
	"kg/model"
)

// meetings resolves every document's meeting frames against its anchor
// date, clusters them into meetings across documents, and adds the meeting
// nodes with their participants, places and agenda, in date order joined by
// follows edges.
func (m *merger) meetings(x *index) {
	anchor := func(doc string) time.Time { return m.anchor[m.docIndex[doc]] }
	found := map[string]bool{} // places the gazetteer does not know, by id (Env.Found)
	unknown := func(id string) bool {
		n := m.g.nodes[id]
		if n == nil || n.Kind != model.Place {
			return false
		}
		_, known := m.gz.Lookup(n.Label)
		return !known
	}
	// a place's keys, and a participant's sides as the frames are read,
	// by id: clustering asks for them again at every frame, and places,
	// people's affiliations and delegations do not change in this pass
	// until delegationMembers
	keys, sidesOf := map[string][]string{}, map[string][]string{}
	sides := func(id string) []string { return memo.Of(&sidesOf, id, m.sides) }
	env := meetings.Env{
		Date: func(doc string, r model.DateRef) (time.Time, time.Time, bool) {
			return dates.Resolve(r, anchor(doc), m.ref)
		},
		SamePlace: m.samePlace,
		PlaceKeys: func(id string) []string { return memo.Of(&keys, id, m.placeKeys) },
		Published: anchor,
		Found:     func(id string) bool { return memo.Of(&found, id, unknown) },
	}
	// each document's frames are attached as it is read, so only the
	// meetings each tells of are kept, not every frame of the corpus
	var frames []*meetings.Frame
	// a document's frames, one buffer for all: Attach keeps copies of the
	// frames it returns
	var fs []meetings.Frame
	for i, f := range m.scan(model.PartMeetings) {
		clear(fs)
		fs = fs[:0]
		for _, fr := range f.Meetings {
			g := meetings.Frame{Doc: f.Source.ID, MeetingFrame: fr}
			g.Places = m.globalArgs(int32(i), fr.Places)
			g.Participants = m.globalArgs(int32(i), fr.Participants)
			g.Topics = m.globalArgs(int32(i), fr.Topics)
			var theirs []string // the participants' sides
			for _, p := range g.Participants {
				theirs = append(theirs, sides(p.Entity)...)
			}
			g.Sides = uniqStrings(theirs)
			fs = append(fs, g)
		}
		for _, k := range meetings.Attach(fs, env) {
			ownLists(k)
			frames = append(frames, k)
		}
	}
	// a dated meeting follows the latest dated meeting before it with two
	// parties in common (one, where either has only one): in a corpus of
	// many negotiations one's talks do not follow another's, though a
	// country mediates several
	var dated []string          // dated meetings, in date order
	latest := map[string]int{}  // a party or a pair of parties -> its latest meeting, in dated
	main := map[string]string{} // document -> its main meeting
	m.toldOf = map[sentenceKey]string{}
	mts := meetings.Cluster(frames, env)
	for i := range mts {
		// the corpus's frames are a third of what the merge holds by now
		// (0.2 of 0.6 GB at 100,000 articles): each meeting's frames go
		// once its node and edges are made
		mt := mts[i]
		mts[i] = meetings.Meeting{}
		id := m.meetingNode(mt)
		for _, f := range mt.Frames {
			for _, ev := range f.Evidence {
				m.toldOf[sentenceKey{ev.Doc, ev.Start}] = id
			}
		}
		if !mt.From.IsZero() {
			find, keep := partyKeys(m.meetingParties(mt))
			prev := -1
			for _, k := range find {
				if i, ok := latest[k]; ok && i > prev {
					prev = i
				}
			}
			if prev >= 0 && dated[prev] != id {
				m.edge(id, dated[prev], model.Follows, m.quote(mt.Frames[0].Evidence[0]))
			}
			dated = append(dated, id)
			for _, k := range keep {
				latest[k] = len(dated) - 1
			}
		}
		for _, f := range mt.Frames {
			if f.Main && f.Status != "cancelled" {
				main[f.Doc] = id
			}
		}
	}
	m.membersAttend()
	m.delegationsAtMain(main, x.delegations, sides)
	m.delegationMembers()
}

// meetingParties returns a meeting's parties: its sides (the countries its
// participants are of, and organisations that negotiate for themselves,
// "org:hamas"), and for each organisation among its participants its
// country ("the Kremlin": Russia) or, when it has none, itself.
func (m *merger) meetingParties(mt meetings.Meeting) []string {
	var out []string
	for _, f := range mt.Frames {
		out = append(out, f.Sides...)
		for _, p := range f.Participants {
			if n := m.g.nodes[p.Entity]; n != nil && n.Kind == model.Organization {
				party, _ := orgParty(n)
				out = append(out, party)
			}
		}
	}
	return uniqStrings(out)
}

// orgParty returns the party an organisation stands for: its country, when
// it is an institution of one ("the Kremlin": Russia), or itself ("org:
// hamas"), when it has none or negotiates for itself (own_side).
func orgParty(n *Node) (party string, ofCountry bool) {
	if c, ok := n.Attrs["country"].(string); ok && c != "" && !ownSide(n) {
		return c, true
	}
	return "org:" + strings.TrimPrefix(n.ID, "organization:"), false
}

// ownSide reports whether an organisation negotiates for itself (Hamas),
// though it may be of a country.
func ownSide(n *Node) bool { return n.Attrs["own_side"] == "true" }

// partyKeys gives the keys a meeting of the given parties finds the
// meeting it follows by, and those it is found by. A meeting of one party
// finds, and is found by, any meeting with that party ("any:P"); one of
// several finds the meetings with two of its parties ("P|Q") and the
// meetings of one of them alone ("only:P").
func partyKeys(parties []string) (find, keep []string) {
	if len(parties) == 1 {
		p := parties[0]
		return []string{"any:" + p}, []string{"any:" + p, "only:" + p}
	}
	for i, p := range parties {
		find = append(find, "only:"+p)
		keep = append(keep, "any:"+p)
		for _, q := range parties[i+1:] {
			find = append(find, p+"|"+q)
			keep = append(keep, p+"|"+q)
		}
	}
	return find, keep
}

// delegationsAtMain: "The US side included Rubio, Witkoff and Kushner" in an
// article whose main meeting (the first it dates or places) is one of the
// US: that delegation attended it (and so, through membersAttend, did its
// members). sides gives an entity's sides (m.sides), worked out once each:
// the pass adds attendances only, which change no one's sides.
func (m *merger) delegationsAtMain(main map[string]string, delegations [][]model.Arg, sides func(id string) []string) {
	index := memberIndex{m: m}
	// each main meeting's sides, from its attendees as the articles before
	// have left them: worked out once, not at each of the hundreds of
	// articles a meeting may be the main meeting of
	attending := map[string][]string{}
	for i, dls := range delegations {
		at, doc := int32(i), m.g.Sources[i].ID
		id := main[doc]
		meeting := m.g.nodes[id]
		if meeting == nil {
			continue
		}
		present, ok := attending[id]
		if !ok {
			for e := range m.g.In(id) {
				if e.Type == model.Attended {
					present = append(present, sides(e.Source)...)
				}
			}
		}
		// the attendees this article adds count from the next one on
		var added []string
		for _, d := range dls {
			dl := m.global(at, d.Entity)
			n := m.g.nodes[dl]
			if n == nil || m.g.edges.get(edgeKey{dl, id, model.Attended}) != nil {
				continue
			}
			// ("Nov 30 - Ukrainian negotiators led by Umerov meet Witkoff
			// in Florida": a delegation named with another meeting is that
			// meeting's)
			if m.tellsOfOther(m.quote(d.Evidence), id) {
				continue
			}
			// a country's or an armed group's, one of the meeting's sides
			if side := sides(dl); len(side) == 0 || !slices.Contains(present, side[0]) {
				continue
			}
			m.edge(dl, id, model.Attended, m.ruled(m.quote(d.Evidence), "the article's delegation at its main meeting"))
			added = append(added, sides(dl)...)
			// its members as this article names them
			mem := index.of(dl)
			for _, i := range mem.byDoc[at] {
				mb := mem.edges[i]
				if q, ok := mb.quoteFrom(at); ok {
					m.edge(mb.Source, id, model.Attended, m.ruled(q, "on the article's delegation at its main meeting"))
					added = append(added, sides(mb.Source)...)
				}
			}
		}
		attending[id] = append(present, added...)
	}
}

// globalArgs returns a document's arguments with their entities' nodes,
// leaving out those that merged into none (nil when none is left). It
// writes them over args, a list the meetings pass decoded (scan) and reads
// nowhere else, copied if the frame is kept (ownLists): a new list for
// each was a tenth of a gigabyte more garbage at 100,000 articles.
func (m *merger) globalArgs(doc int32, args []model.Arg) []model.Arg {
	out := args[:0]
	for _, a := range args {
		if id := m.global(doc, a.Entity); id != "" && m.g.nodes[id] != nil {
			out = append(out, model.Arg{Entity: id, Evidence: a.Evidence})
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// ownLists gives a frame copies of its lists, which may be the document's
// as scan decoded them, in memory the next batch reuses.
func ownLists(f *meetings.Frame) {
	f.Dates, f.Outcomes, f.Evidence = slices.Clone(f.Dates), slices.Clone(f.Outcomes), slices.Clone(f.Evidence)
	f.Places, f.Participants, f.Topics = slices.Clone(f.Places), slices.Clone(f.Participants), slices.Clone(f.Topics)
}

// sides returns the countries a participant stands for.
func (m *merger) sides(id string) []string {
	n := m.g.nodes[id]
	if n == nil {
		return nil
	}
	switch n.Kind {
	case model.Country:
		return []string{strings.TrimPrefix(id, "country:")}
	case model.Delegation:
		if c, ok := n.Attrs["country"].(string); ok {
			return []string{c}
		}
		if o, ok := n.Attrs["organization"].(string); ok {
			return []string{"org:" + o}
		}
	case model.Place:
		// "European leaders": a region that takes part is a side
		return []string{id}
	case model.Organization:
		// an organisation that negotiates for itself (Hamas), not one of a
		// country (the Kremlin)
		if party, ofCountry := orgParty(n); !ofCountry {
			return []string{party}
		}
	case model.Person:
		// the countries they serve, and the delegations they sit on
		var out []string
		for e := range m.g.Out(id) {
			switch {
			case e.Type == model.AffiliatedWith && strings.HasPrefix(e.Target, "country:"):
				out = append(out, strings.TrimPrefix(e.Target, "country:"))
			case e.Type == model.AffiliatedWith:
				// the country of the institution ("Kremlin envoy"), but
				// an organisation that negotiates for itself (Hamas's
				// envoy) is its own side
				t := m.g.nodes[e.Target]
				if party, ofCountry := orgParty(t); ofCountry || ownSide(t) {
					out = append(out, party)
				}
			case e.Type == model.Leads || e.Type == model.MemberOf:
				out = append(out, m.sides(e.Target)...)
			}
		}
		return uniqStrings(out)
	}
	return nil
}

// placeKeys are the keys under which places that samePlace may join meet:
// the place, its region, its country.
func (m *merger) placeKeys(id string) []string {
	keys := []string{id}
	n := m.g.nodes[id]
	if n == nil {
		return keys
	}
	// every node, not only regions: samePlace matches a region attribute
	// with whatever node has that label, and a frame's candidates must
	// include every meeting samePlace accepts
	keys = append(keys, "region:"+n.Label)
	if r, _ := n.Attrs["region"].(string); r != "" {
		keys = append(keys, "region:"+r)
	}
	if c, _ := n.Attrs["country"].(string); c != "" {
		keys = append(keys, "country:"+c)
	}
	return keys
}

// samePlace: one place, a city and its region (Miami, Florida), a place and
// its country, or a seat of power and a place of its country.
func (m *merger) samePlace(a, b string) bool {
	if a == b {
		return true
	}
	na, nb := m.g.nodes[a], m.g.nodes[b]
	if na == nil || nb == nil {
		return false
	}
	in := func(x, y *Node) bool {
		if r, _ := x.Attrs["region"].(string); r != "" && r == y.Label {
			return true
		}
		c, _ := x.Attrs["country"].(string)
		switch y.Kind {
		case model.Country:
			return c != "" && "country:"+c == y.ID
		}
		if x.Kind == model.Organization {
			// a seat of power sits in its country's capital: the Kremlin
			// is in Moscow, not in St Petersburg
			yc, _ := y.Attrs["country"].(string)
			if c == "" || c != yc {
				return false
			}
			e, ok := m.gz.Lookup(y.Label)
			return ok && e.Metonym && e.Country == c
		}
		return false
	}
	return in(na, nb) || in(nb, na)
}

// gathered are the lists meetingNode puts a meeting's frames together in,
// kept from one meeting to the next: made afresh for each, the meetings
// of 100,000 articles made a quarter of a gigabyte of garbage at the
// merge's peak.
type gathered struct {
	places, parts, topics []model.Arg
	sides, outcomes       []string
	evs                   []model.Evidence
	reported              map[string]string
}

// reset empties the lists for the next meeting, keeping their room.
func (g *gathered) reset() {
	g.places, g.parts, g.topics = empty(g.places), empty(g.parts), empty(g.topics)
	g.sides, g.outcomes, g.evs = empty(g.sides), empty(g.outcomes), empty(g.evs)
	if g.reported == nil {
		g.reported = map[string]string{}
	}
	clear(g.reported)
}

// empty returns xs with no items and all its room, the items it had
// cleared so as to keep nothing they point to alive.
func empty[T any](xs []T) []T {
	clear(xs)
	return xs[:0]
}

// meetingNode adds one meeting and its edges, and returns its id.
func (m *merger) meetingNode(mt meetings.Meeting) string {
	g := &m.gathered
	g.reset()
	status := "scheduled"
	round, days := 0, 0
	var docs Docs
	for _, f := range mt.Frames {
		g.places = append(g.places, f.Places...)
		g.parts = append(g.parts, f.Participants...)
		g.topics = append(g.topics, f.Topics...)
		g.sides = append(g.sides, f.Sides...)
		g.outcomes = append(g.outcomes, f.Outcomes...)
		g.evs = append(g.evs, f.Evidence...)
		docs = append(docs, m.docAt(f.Doc))
		switch {
		case f.Status == "held":
			status = "held"
		case f.Status == "cancelled" && status != "held":
			status = "cancelled" // called off since it was announced
		}
		round, days = max(round, f.Round), max(days, f.Days)
	}
	sides := uniqStrings(g.sides)
	place := m.mainPlace(g.places)
	// what each source says of the dates, when they disagree
	reported := g.reported
	// (a later article telling of more days does not disagree: only the
	// first days are compared)
	for _, f := range mt.Frames {
		if f.From.IsZero() || f.Vague {
			continue
		}
		r := f.From.Format("2006-01-02")
		if prev, ok := reported[f.Doc]; !ok || r < prev {
			reported[f.Doc] = r
		}
	}
	disagree, first := false, ""
	for _, r := range reported {
		if first == "" {
			first = r
		}
		disagree = disagree || r != first
	}
	date := "undated"
	if !mt.From.IsZero() {
		date = mt.From.Format("2006-01-02")
	}
	slug := "talks"
	if place != nil {
		slug = gazetteer.Slug(place.Label)
	}
	id := "meeting:" + date + "-" + slug
	for k := 2; m.g.nodes[id] != nil; k++ {
		id = fmt.Sprintf("meeting:%s-%s-%d", date, slug, k)
	}
	n := &Node{ID: id, Kind: model.Meeting, Attrs: map[string]any{"status": status}}
	n.Label = m.meetingLabel(sides, place)
	if mt.Frames[0].Call {
		n.Label = strings.Replace(n.Label, "talks", "call", 1)
		n.Label = strings.Replace(n.Label, "Talks", "Call", 1)
		n.Attrs["kind"] = "call"
	}
	if !mt.From.IsZero() {
		n.Attrs["date"] = mt.From.Format("2006-01-02")
		if !mt.To.Equal(mt.From) {
			n.Attrs["end_date"] = mt.To.Format("2006-01-02")
		}
		if mt.Vague {
			n.Attrs["date_precision"] = "range"
		}
	}
	if place != nil {
		n.Attrs["place"] = place.Label
		if r, _ := place.Attrs["region"].(string); r != "" {
			n.Attrs["region"] = r
		}
	}
	if round > 0 {
		n.Attrs["round"] = round
	}
	if disagree {
		n.Attrs["reported_dates"] = maps.Clone(reported)
	}
	if days > 0 {
		n.Attrs["days"] = days
	}
	if o := uniqStrings(g.outcomes); len(o) > 0 {
		n.Attrs["outcome"] = o
	}
	docs = dedupe(docs, -1)
	n.Sources = docs
	for _, ev := range g.evs {
		keepEvidence(&n.Evidence, m.quote(ev), m.opt.MaxEvidence)
	}
	m.g.addNode(n)
	for _, p := range uniqArgs(g.places) {
		m.edge(id, p.Entity, model.HeldIn, m.quote(p.Evidence))
	}
	for _, p := range uniqArgs(g.parts) {
		m.edge(p.Entity, id, model.Attended, m.quote(p.Evidence))
	}
	for _, p := range uniqArgs(g.topics) {
		m.edge(id, p.Entity, model.Discussed, m.quote(p.Evidence))
	}
	m.why[id] = append(m.why[id], fmt.Sprintf("%d sentences in %d documents tell of one meeting: dates within a day, places that fit, parties that agree", len(g.evs), len(docs)))
	return id
}

// mainPlace picks the most specific place: a city before a region, a
// region before a country; a building (the Kremlin) only when nothing else.
func (m *merger) mainPlace(args []model.Arg) *Node {
	rank := func(n *Node) int {
		switch n.Kind {
		case model.Place:
			switch n.Attrs["place_type"] {
			case "city", "place":
				return 3
			case "state", "region":
				return 2
			}
			return 1
		case model.Organization:
			return 1
		}
		return 0
	}
	// of two cities, the one more documents name ("in Miami" in five
	// articles, "in Hallandale Beach" in one): counted only when two
	// places of one rank are compared, since most meetings have one
	var docs map[string]map[string]bool
	named := func(id string) int {
		if docs == nil {
			docs = map[string]map[string]bool{}
			for _, a := range args {
				if docs[a.Entity] == nil {
					docs[a.Entity] = map[string]bool{}
				}
				docs[a.Entity][a.Evidence.Doc] = true
			}
		}
		return len(docs[id])
	}
	var best *Node
	for _, a := range args {
		n := m.g.nodes[a.Entity]
		if n == nil || best == nil {
			best = cmp.Or(n, best)
			continue
		}
		if r, rb := rank(n), rank(best); r > rb || r == rb && n != best && (named(n.ID) > named(best.ID) || named(n.ID) == named(best.ID) && n.ID < best.ID) {
			best = n
		}
	}
	return best
}

func (m *merger) meetingLabel(sides []string, place *Node) string {
	var names []string
	for _, s := range sides {
		if c := m.gz.Country(s); c != nil {
			names = append(names, c.Short())
		} else if o := m.g.nodes["organization:"+strings.TrimPrefix(s, "org:")]; o != nil {
			names = append(names, o.Label)
		}
	}
	sort.Strings(names)
	label := "Talks"
	if len(names) > 0 {
		label = strings.Join(names, "–") + " talks"
	}
	switch {
	case place == nil:
	case place.Kind == model.Organization:
		label += " at the " + place.Label // "at the Kremlin"
	default:
		label += " in " + place.Label
	}
	return label
}

// uniqStrings returns the distinct strings of xs, sorted, in a new list
// (nil when there are none).
func uniqStrings(xs []string) []string {
	if len(xs) == 0 {
		return nil
	}
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}

// uniqArgs keeps the first argument of each entity from each document, so
// an edge lists every article that supports it, with a quote from each.
// The few arguments of most meetings are compared with those kept; a
// meeting many articles tell of has its kept ones in a map. It writes
// over as (meetingNode's gathered lists, read once).
func uniqArgs(as []model.Arg) []model.Arg {
	type key struct{ entity, doc string }
	var seen map[key]bool
	out := as[:0]
	for _, a := range as {
		k := key{a.Entity, a.Evidence.Doc}
		if seen == nil && len(out) > 16 {
			seen = map[key]bool{}
			for _, b := range out {
				seen[key{b.Entity, b.Evidence.Doc}] = true
			}
		}
		if seen != nil {
			if seen[k] {
				continue
			}
			seen[k] = true
		} else if slices.ContainsFunc(out, func(b model.Arg) bool { return b.Entity == k.entity && b.Evidence.Doc == k.doc }) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// delegationMembers infers who was on a delegation: a person who attended a
// meeting for a country, when an article about that meeting names that
// country's delegation. Heads of state and government are principals, not
// delegates, and are left out.
func (m *merger) delegationMembers() {
	attended := m.attendedBy(model.Person)
	sources := map[string]map[int32]bool{} // delegation -> its documents
	// whether an article about a meeting names a delegation, by meeting
	// and delegation: asked again for each of a much-told meeting's
	// attendees, and a meeting of thousands of documents was read
	// through each time
	named := map[[2]*Node]bool{}
	// a person's sides and rank, kept until the person gains an edge: a
	// much-quoted person attends many meetings
	sides := map[string][]string{}
	principal := map[string]bool{}
	for _, e := range attended {
		person, meeting := m.g.nodes[e.Source], m.g.nodes[e.Target]
		p, ok := principal[person.ID]
		if !ok {
			p = m.principal(person.ID)
			principal[person.ID] = p
		}
		if p {
			continue
		}
		cs, ok := sides[person.ID]
		if !ok {
			cs = m.sides(person.ID)
			sides[person.ID] = cs
		}
		for _, c := range cs {
			dl := m.g.nodes["delegation:"+c]
			if dl == nil {
				continue
			}
			k := [2]*Node{meeting, dl}
			in, ok := named[k]
			if !ok {
				if sources[dl.ID] == nil {
					sources[dl.ID] = set(dl.Sources)
				}
				in = anyIn(meeting.Sources, sources[dl.ID])
				named[k] = in
			}
			if !in {
				continue
			}
			if m.g.edges.get(edgeKey{person.ID, dl.ID, model.Leads}) != nil {
				continue
			}
			if m.g.edges.get(edgeKey{person.ID, dl.ID, model.MemberOf}) == nil {
				delete(sides, person.ID) // a new delegation may add a side
			}
			for _, q := range e.Evidence {
				m.edge(person.ID, dl.ID, model.MemberOf, m.ruled(q, "attended for the delegation's country"))
			}
		}
	}
}

// principal reports whether a person holds a head-of-state or government title.
func (m *merger) principal(id string) bool {
	for e := range m.g.Out(id) {
		if e.Type != model.AffiliatedWith || m.roles[e] == nil {
			continue
		}
		for r := range m.roles[e] {
			if m.gz.Title(r) == "principal" {
				return true
			}
		}
	}
	return false
}

func set[T comparable](xs []T) map[T]bool {
	m := make(map[T]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func anyIn[T comparable](xs []T, m map[T]bool) bool {
	for _, x := range xs {
		if m[x] {
			return true
		}
	}
	return false
}

// members are a delegation's head and member edges, by the documents that
// support them, as positions in its in-edges (so they keep edge order).
type members struct {
	edges []*Edge
	byDoc map[int32][]int
}

// memberIndex builds each delegation's members once: a much-covered
// country's delegation has thousands of members and attends thousands of
// meetings.
type memberIndex struct {
	m    *merger
	done map[string]*members
}

func (x *memberIndex) of(dl string) *members {
	if mem := x.done[dl]; mem != nil {
		return mem
	}
	mem := &members{edges: slices.Collect(x.m.g.In(dl)), byDoc: map[int32][]int{}}
	for i, mb := range mem.edges {
		if mb.Type == model.Leads || mb.Type == model.MemberOf {
			for _, doc := range mb.Sources {
				mem.byDoc[doc] = append(mem.byDoc[doc], i)
			}
		}
	}
	if x.done == nil {
		x.done = map[string]*members{}
	}
	x.done[dl] = mem
	return mem
}

// membersAttend: who heads or sits on a delegation that attended a meeting
// attended it, when an article about the meeting says so.
func (m *merger) membersAttend() {
	index := memberIndex{m: m}
	var which []int
	for _, e := range m.attendedBy(model.Delegation) {
		meeting := m.g.nodes[e.Target]
		mem := index.of(e.Source)
		// a meeting's documents are sorted and each once (meetingNode's
		// dedupe): looked up where they are, not put in a set for each
		// delegation that attended, a much-told meeting's thousands
		docs := meeting.Sources
		which = which[:0]
		for _, doc := range docs {
			which = append(which, mem.byDoc[doc]...)
		}
		slices.Sort(which)
		for _, i := range slices.Compact(which) {
			mb := mem.edges[i]
			for _, doc := range mb.Sources {
				if _, ok := slices.BinarySearch(docs, doc); !ok {
					continue
				}
				q, ok := mb.quoteFrom(doc)
				if !ok {
					q = mb.Evidence[0]
				}
				if m.tellsOfOther(q, meeting.ID) {
					// "the Istanbul talks, in which Arakhamia led the
					// Ukrainian delegation": a seat at another meeting
					continue
				}
				m.edge(mb.Source, meeting.ID, model.Attended, m.ruled(q, "on a delegation that attended"))
				break
			}
		}
	}
}

// tellsOfOther reports whether the sentence q quotes tells of a meeting
// other than id.
func (m *merger) tellsOfOther(q Quote, id string) bool {
	other := m.toldOf[sentenceKey{m.docIDs[q.Doc], int(q.Start)}]
	return other != "" && other != id
}

// quoteFrom returns the edge's first quote from the document, if it keeps one.
func (e *Edge) quoteFrom(doc int32) (Quote, bool) {
	for _, q := range e.Evidence {
		if q.Doc == doc {
			return q, true
		}
	}
	return Quote{}, false
}

// attendedBy returns the attended edges whose actor is of the given kind, in
// edge order.
func (m *merger) attendedBy(kind model.NodeKind) []*Edge {
	return m.g.edgesFrom(kind, model.Attended)
}
