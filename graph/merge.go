package graph

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"kg/dates"
	"kg/gazetteer"
	"kg/internal/memo"
	"kg/lexicon"
	"kg/mentions"
	"kg/model"
	"kg/resolve"
)

// Options tune merging.
type Options struct {
	// MaxEvidence caps the quotes kept per node and per edge (0: 6), the
	// first of each document first. Every source is still listed, and an
	// edge's Count says how many quotes there were.
	MaxEvidence int
	// Lexicon, when set, gives known actors' dated roles (attrs.lexicon_roles).
	Lexicon *lexicon.Lexicon
	// ReadDocs, when set, is told how many more documents' facts the merge
	// has read, from any goroutine: facts mapped from a spill file then
	// drop the pages read (spill.File.ReadDocs).
	ReadDocs func(n int)
	// noScratch makes every pass decode fresh lists, as facts does (tests
	// compare: a pass that scan feeds must keep none of its lists)
	noScratch bool
}

// read tells Options.ReadDocs that n more documents' facts were read.
func (m *merger) read(n int) {
	if m.opt.ReadDocs != nil && n > 0 {
		m.opt.ReadDocs(n)
	}
}

// Merge merges the facts of many documents into one graph: one node per
// real thing. People are merged by transliteration-aware surname keys with
// compatible given names; bare surnames and role references join the one
// person they can only mean; the rest merge by key.
func Merge(facts []model.Facts, gz *gazetteer.Gazetteer, opt Options) *Graph {
	docs := make([]model.Encoded, len(facts))
	for i := range facts {
		docs[i] = model.Encode(&facts[i])
	}
	return MergeEncoded(docs, gz, opt)
}

// MergeEncoded is Merge for encoded facts, as extraction gives them: each
// pass decodes the parts it reads, one document at a time, so a large
// corpus's facts are held in their compact form only.
func MergeEncoded(docs []model.Encoded, gz *gazetteer.Gazetteer, opt Options) *Graph {
	if opt.MaxEvidence <= 0 {
		opt.MaxEvidence = 6
	}
	m := &merger{g: newGraph(), gz: gz, opt: opt, ids: make([][]localID, len(docs)), mapped: map[string]bool{}, renamed: map[string]string{}, roles: map[*Edge]map[string]string{},
		names: model.NewNames(), docIndex: make(map[string]int32, len(docs)), ruleIndex: map[string]int32{"": 0}}
	for _, d := range docs {
		s := d.DecodeShared(0, "", m.names).Source
		// names are copies (DecodeShared); the rest is the graph's own now
		s.Path, s.Title, s.URL = strings.Clone(s.Path), strings.Clone(s.Title), strings.Clone(s.URL)
		m.g.Sources = append(m.g.Sources, s)
		m.read(1)
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return m.g.Sources[order[i]].ID < m.g.Sources[order[j]].ID })
	sources := make([]model.Source, len(docs))
	m.docs, m.docIDs = make([]model.Encoded, len(docs)), make([]string, len(docs))
	for i, k := range order {
		sources[i], m.docs[i] = m.g.Sources[k], docs[k]
		// the one copy of each id, which every pass decodes the
		// document with: quotes' documents are this id
		m.docIDs[i] = sources[i].ID
		m.docIndex[m.docIDs[i]] = int32(i)
	}
	m.g.Sources = sources
	x := m.index()
	// the days of the documents (which roles are dated by), before
	// anything reads them
	m.ref = x.latest
	m.anchors()
	m.people(x)
	split := m.numberedPlans(x.plans, x.about)
	// (no entity is remapped from here on)
	m.settleIDs()
	// what later passes read of the index is small: let the rest go
	x.persons, x.related, x.plans, x.about = chunks[personRef]{}, nil, nil, nil
	m.things()
	for id, label := range split {
		if n := m.g.nodes[id]; n != nil {
			n.Label = label
		}
	}
	m.subBodies()
	m.relations()
	m.label()
	// what the merge no longer reads goes before the passes that make the
	// most of the graph: the peak comes at the end of merging
	m.labels, m.personLabels = nil, nil
	m.meetings(x)
	m.toldOf = nil
	m.told()
	// nothing is decoded, nor a document's entity looked up, from here on
	m.names, m.ids, m.mapped, m.renamed = nil, nil, nil, nil
	m.lexicon()
	m.finish()
	m.detach()
	return m.g
}

type merger struct {
	g    *Graph
	gz   *gazetteer.Gazetteer
	opt  Options
	docs []model.Encoded // sorted by document id
	// docIDs are the documents' ids, the one copy of each the graph keeps;
	// docIndex finds an id's place, which Docs list
	docIDs   []string
	docIndex map[string]int32
	lastDoc  int32 // docAt's last
	// ruleIndex finds a rule's place among the graph's rules
	ruleIndex map[string]int32
	// names are the one copy of each name of the facts (DecodeShared),
	// used by one pass's decoding at a time
	names *model.Names
	// ids are, by document (index), the local ids whose global id is
	// another (global)
	ids [][]localID
	// mapped are the local ids of the kinds that merge through ids only
	// (people and meetings); renamed are the nodes merged into others
	mapped  map[string]bool
	renamed map[string]string
	// labels counts the names each node is called by.
	labels map[string]map[string]int
	why    map[string][]string
	ref    time.Time   // the corpus's latest dated day, for years
	anchor []time.Time // each document's anchor date, by index
	// personLabels are the people's names: the full name written most
	personLabels map[string]string
	// toldOf is the meeting each sentence that tells of a meeting tells of
	toldOf map[sentenceKey]string
	// scratches hold the lists scan decodes
	scratches []*model.Scratch
	// gathered are meetingNode's lists
	gathered gathered
	// edges, and the first source of each, come from slabs
	edges slab[Edge]
	docs1 slab[int32]
	// roles are the roles affiliations name, each with the earliest
	// publication day of the documents that name it ("" when none is
	// dated), until finish writes them as the edges' attrs
	roles map[*Edge]map[string]string
}

// role notes that document doc names role on affiliation e.
func (m *merger) role(e *Edge, role string, doc int32) {
	r := m.roles[e]
	if r == nil {
		r = map[string]string{}
		m.roles[e] = r
	}
	since, ok := r[role]
	if day := m.g.Sources[doc].Published; !ok || day != "" && (since == "" || day < since) {
		r[role] = day
	}
}

// anchors works out each document's anchor date (dates.Anchor: the
// header's, the dateline's, or one the text implies), which undated
// articles take as their publication day.
func (m *merger) anchors() {
	m.anchor = make([]time.Time, len(m.docs))
	for i, f := range m.skim(model.PartDates) {
		a, basis := dates.Anchor(*f, m.ref)
		m.anchor[i] = a
		if !a.IsZero() && f.Source.DateBasis != "header" {
			m.g.Sources[i].Published, m.g.Sources[i].DateBasis = a.Format("2006-01-02"), basis
		}
	}
}

// sentenceKey names a sentence: its document and where it starts.
type sentenceKey struct {
	doc   string
	start int
}

// facts decodes the given parts of every document, in the order of their
// ids. Decoding changes nothing but the names (DecodeShared), so a second
// goroutine decodes ahead, a few batches at a time, while the pass reads:
// merging is single-threaded and leaves the other cores idle.
func (m *merger) facts(parts model.Part) iter.Seq2[int, *model.Facts] {
	return m.decode(parts, false, 1)
}

// scan is facts for a pass that keeps none of the lists it reads, nor a
// pointer into one, once it has read a document: their memory is reused
// from batch to batch (model.Scratch), so a pass makes next to no garbage
// of them, and a large merge needs fewer collections.
func (m *merger) scan(parts model.Part) iter.Seq2[int, *model.Facts] {
	return m.decode(parts, !m.opt.noScratch, 1)
}

// skim is scan for a pass that does little with what it reads: two
// goroutines decode ahead of it. One kept the first pass waiting for most
// of its time (0.12–0.15 s of 0.17–0.19 s at 10,000 articles); a pass
// that does more gains nothing from a second, which takes the core it
// runs on.
func (m *merger) skim(parts model.Part) iter.Seq2[int, *model.Facts] {
	return m.decode(parts, !m.opt.noScratch, 2)
}

func (m *merger) decode(parts model.Part, reuse bool, decoders int) iter.Seq2[int, *model.Facts] {
	return func(yield func(int, *model.Facts) bool) {
		const batch, ahead = 32, 4
		type decoded struct {
			facts   []model.Facts
			scratch *model.Scratch // nil unless reuse
		}
		// decoder p decodes batches p, p+decoders, ..., into its queue,
		// with names and scratches of its own (the batches queued, the one
		// being decoded and the one being read): the first decoder's are
		// the merge's, kept from pass to pass; the others' last the pass
		// (a name may then have a copy in each table)
		queues, frees := make([]chan decoded, decoders), make([]chan *model.Scratch, decoders)
		if reuse {
			for len(m.scratches) < ahead+2 {
				m.scratches = append(m.scratches, new(model.Scratch))
			}
		}
		done := make(chan struct{})
		var wg sync.WaitGroup
		// the next pass's decoding adds to the names: this one's ends first
		defer func() { close(done); wg.Wait() }()
		for p := range decoders {
			queue, free := make(chan decoded, ahead), make(chan *model.Scratch, ahead+2)
			queues[p], frees[p] = queue, free
			names, scratches := m.names, m.scratches
			if p > 0 {
				names, scratches = model.NewNames(), nil
				for reuse && len(scratches) < ahead+2 {
					scratches = append(scratches, new(model.Scratch))
				}
			}
			if reuse {
				for _, sc := range scratches {
					free <- sc
				}
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer close(queue)
				for i := p * batch; i < len(m.docs); i += decoders * batch {
					b := decoded{facts: make([]model.Facts, 0, batch)}
					if reuse {
						select {
						case b.scratch = <-free:
						case <-done:
							return
						}
						b.scratch.Reset()
					}
					for _, d := range m.docs[i:min(i+batch, len(m.docs))] {
						b.facts = append(b.facts, d.DecodeScratch(parts, m.docIDs[i+len(b.facts)], names, b.scratch))
					}
					m.read(len(b.facts))
					select {
					case queue <- b:
					case <-done:
						return
					}
				}
			}()
		}
		i := 0
		for q := 0; ; q = (q + 1) % decoders {
			b, ok := <-queues[q]
			if !ok {
				return
			}
			for k := range b.facts {
				if !yield(i, &b.facts[k]) {
					return
				}
				i++
			}
			if b.scratch != nil {
				frees[q] <- b.scratch
			}
		}
	}
}

// localID is a document's entity (local) and the node it merged into.
type localID struct{ local, global string }

// setGlobal records that the entity local of document doc merged into id;
// a later call for the same entity wins. settleIDs must run before global
// reads them.
func (m *merger) setGlobal(doc int32, local, id string) {
	m.ids[doc] = append(m.ids[doc], localID{local, id})
}

// settleIDs sorts each document's list of remapped entities by entity and
// keeps the last id set for each, so that global finds an entity by
// binary search however many people a document names.
func (m *merger) settleIDs() {
	for d, l := range m.ids {
		if len(l) < 2 {
			continue
		}
		slices.SortStableFunc(l, func(a, b localID) int { return strings.Compare(a.local, b.local) })
		out := l[:0]
		for i := range l {
			if i+1 < len(l) && l[i+1].local == l[i].local {
				continue // set again later
			}
			out = append(out, l[i])
		}
		m.ids[d] = out
	}
}

// global returns the node the entity local of document doc (an index)
// merged into, or "" when it merged into none (a bare name nobody could
// be found for). Most entities keep their id (a country, a place, a named
// organisation): m.ids holds only the people, whose ids the clustering
// gives, and the exceptions, so that a large corpus does not hold an
// entry for every entity of every document. They are held by document,
// each document's in a sorted list: a map of them all keyed by document
// and entity was a million entries at 100,000 articles, and every lookup
// missed the cache.
func (m *merger) global(doc int32, local string) string {
	l := m.ids[doc]
	i, ok := slices.BinarySearchFunc(l, local, func(x localID, t string) int { return strings.Compare(x.local, t) })
	id := local
	if ok {
		id = l[i].global
	}
	if !ok && m.mapped[local] {
		return ""
	}
	for {
		to, ok := m.renamed[id]
		if !ok {
			return id
		}
		id = to
	}
}

// cluster is one person across documents.
type cluster struct {
	surname string         // NameKey of the surname
	given   string         // a given name seen, for compatibility
	givenK  string         // its NameKey
	names   map[string]int // full names written, by mentions
	short   map[string]int // surnames written alone
	members []member
	docs    map[int32]bool // documents of the members
	roles   map[string]bool
	related map[string]bool // surname keys of people the person's roles hang on
	// countries are the countries its members are affiliated with
	countries map[string]bool
	mention   int
}

// member is a document's entity: the document's index and the entity's
// local id.
type member struct {
	at int32
	id string
}

func (c *cluster) add(p *personRef) {
	c.members = append(c.members, member{p.at, p.id})
	if c.docs == nil {
		c.docs = map[int32]bool{}
	}
	c.docs[p.at] = true
	if fullName(p.name) {
		c.names[p.name] += p.mentions
	} else {
		c.short[p.name] += p.mentions
	}
	for _, r := range p.roles {
		c.roles[resolve.TitleHead(r)] = true
	}
	for _, k := range p.countries {
		if c.countries == nil {
			c.countries = map[string]bool{}
		}
		c.countries[k] = true
	}
	c.mention += p.mentions
}

// personRef is a person, or a reference to one by role, as one document
// names it: what clustering people reads of an entity.
type personRef struct {
	id, name string
	at       int32 // the document's index
	person   bool  // of kind person; a role reference may not be
	weak     bool
	roles    []string
	attrs    model.Attrs
	mentions int
	// countries are the countries the entity is affiliated with
	countries []string
}

func (p *personRef) roleRef() bool { return strings.HasPrefix(p.id, "roleref:") }

// index is what merging reads of every document's entities and relations
// before it makes nodes, from one decoding of each document.
type index struct {
	persons chunks[personRef]
	// related are the related_to relations, from and to
	related [][2]member
	// plans are the documents (indexes) that name each numbered plan, and
	// about the countries those documents are about
	plans map[string][]int
	about map[int]map[string]int
	// delegations are each document's delegations (by index), with the
	// first sentence that names each
	delegations [][]model.Arg
	// latest is the corpus's latest dated day (dates.Latest)
	latest time.Time
}

func (m *merger) index() *index {
	x := &index{plans: map[string][]int{}, about: map[int]map[string]int{}, delegations: make([][]model.Arg, len(m.docs))}
	// the countries each of a document's entities is affiliated with,
	// given to its people: a map of every person of the corpus was a
	// million entries at 100,000 articles
	affiliated := map[string][]string{}
	for i, f := range m.skim(model.PartEntities | model.PartRelations | model.PartDates) {
		at := int32(i)
		if t := dates.Latest(f); t.After(x.latest) {
			x.latest = t
		}
		clear(affiliated)
		for _, r := range f.Relations {
			switch {
			case r.Type == model.AffiliatedWith && strings.HasPrefix(r.To, "country:"):
				affiliated[r.From] = append(affiliated[r.From], strings.TrimPrefix(r.To, "country:"))
			case r.Type == model.RelatedTo:
				x.related = append(x.related, [2]member{{at, r.From}, {at, r.To}})
			}
		}
		for _, e := range f.Entities {
			if e.Kind == model.Person || e.Kind == model.Meeting {
				m.mapped[e.ID] = true
			}
			if e.Kind == model.Delegation && len(e.Mentions) > 0 {
				x.delegations[i] = append(x.delegations[i], model.Arg{Entity: e.ID, Evidence: e.Mentions[0]})
			}
			if e.Kind == model.Person || strings.HasPrefix(e.ID, "roleref:") {
				// (the lists kept are copies: scan reuses its own)
				x.persons.add(personRef{at: at, id: e.ID, name: e.Name, person: e.Kind == model.Person, weak: e.Weak, roles: slices.Clone(e.Roles), attrs: slices.Clone(e.Attrs), mentions: len(e.Mentions),
					countries: affiliated[e.ID]})
			}
			if l := x.plans[e.ID]; e.Kind == model.Document && strings.HasPrefix(e.ID, "document:plan-") && (len(l) == 0 || l[len(l)-1] != i) {
				x.plans[e.ID] = append(l, i)
				if x.about[i] == nil {
					x.about[i] = countriesOf(f)
				}
			}
		}
	}
	return x
}

// people clusters the person entities of all documents.
func (m *merger) people(x *index) {
	var clusters []*cluster
	bySurname := map[string][]*cluster{}
	// names repeat across documents: fold each once
	var keys map[string]string
	nameKey := func(s string) string { return memo.Of(&keys, s, resolve.NameKey) }
	surnameOf := func(name string) string { return nameKey(lastWord(name)) }
	newCluster := func(sk, given string) *cluster {
		c := &cluster{surname: sk, given: given, names: map[string]int{}, short: map[string]int{}, roles: map[string]bool{}, related: map[string]bool{}}
		clusters = append(clusters, c)
		bySurname[sk] = append(bySurname[sk], c)
		return c
	}
	// full names
	for p := range x.persons.all() {
		if !p.person || p.weak || !fullName(p.name) {
			continue
		}
		sk, given := surnameOf(p.name), firstWord(p.name)
		gk := nameKey(m.gz.GivenForm(given)) // Vladimir Zelensky is Volodymyr Zelensky
		var c *cluster
		for _, cand := range bySurname[sk] {
			if cand.given == "" || resolve.GivenKeysCompatible(cand.givenK, gk) {
				c = cand
				break
			}
		}
		if c == nil {
			c = newCluster(sk, given)
			c.givenK = gk
		} else if c.given == "" {
			c.given, c.givenK = given, gk
		}
		c.add(p)
	}
	// best is the person a bare surname in doc stands for: one named in the
	// same document, else the one named most
	best := func(sk string, doc int32) *cluster {
		var b *cluster
		inDoc := func(c *cluster) bool { return c.docs[doc] }
		for _, c := range bySurname[sk] {
			switch {
			case b == nil:
				b = c
			case inDoc(c) != inDoc(b):
				if inDoc(c) {
					b = c
				}
			case c.mention > b.mention:
				b = c
			}
		}
		return b
	}
	// surnames alone
	for p := range x.persons.all() {
		if !p.person || p.weak || fullName(p.name) || p.roleRef() {
			continue
		}
		sk := surnameOf(p.name)
		c := best(sk, p.at)
		if c == nil {
			c = newCluster(sk, "")
		}
		c.add(p)
	}
	// bare capitalised names: only where a person of that name exists
	for p := range x.persons.all() {
		if !p.person || !p.weak || p.roleRef() {
			continue
		}
		if c := best(surnameOf(p.name), p.at); c != nil {
			c.add(p)
		}
	}
	// ids
	m.labels = map[string]map[string]int{}
	m.why = map[string][]string{}
	memberOf := map[member]*cluster{}
	m.personLabels = map[string]string{}
	for _, c := range clusters {
		label := c.label()
		id := "person:" + gazetteer.Slug(label)
		m.personLabels[id] = label // a full name over a more frequent surname
		for _, mb := range c.members {
			m.setGlobal(mb.at, mb.id, id)
			memberOf[mb] = c
		}
		if len(c.members) > 1 {
			m.why[id] = append(m.why[id], fmt.Sprintf("%d mentions in %d documents share the surname key %q with compatible given names", c.mention, len(c.docs), c.surname))
		}
	}
	// people related to others ("Trump's envoy"): the surnames of whom
	for _, r := range x.related {
		from, to := memberOf[r[0]], memberOf[r[1]]
		if from != nil && to != nil {
			from.related[to.surname] = true
		}
	}
	// role references: the one person with that role, country and anchor
	byRole := map[string][]*cluster{}
	for _, c := range clusters {
		for r := range c.roles {
			byRole[r] = append(byRole[r], c)
		}
	}
	for p := range x.persons.all() {
		if !p.roleRef() {
			continue
		}
		title, country, anchor := p.attrs.Get("role_title"), p.attrs.Get("role_country"), p.attrs.Get("role_anchor")
		var match *cluster
		n := 0
		for _, c := range byRole[title] {
			if country != "" && !c.countries[country] {
				continue
			}
			if anchor != "" && !c.related[nameKey(lastWord(anchor))] {
				continue
			}
			match = c
			n++
		}
		if n == 1 {
			id := "person:" + gazetteer.Slug(match.label())
			m.setGlobal(p.at, p.id, id)
			m.why[id] = append(m.why[id], fmt.Sprintf("%q in %s: the only person titled %s%s", p.name, m.docIDs[p.at], title, ifThen(country != "", " of "+country)))
		}
	}
}

// fullName reports whether a name has a given name: two or more words, the
// first not a particle ("Al Thani" is a surname).
func fullName(name string) bool {
	words := 0
	for range strings.FieldsSeq(name) {
		if words++; words > 1 {
			break
		}
	}
	return words > 1 && !mentions.Particle(firstWord(name))
}

// firstWord and lastWord return a name's first and last words (s when it
// has none), without a list of them: names are read millions of times in
// a large merge.
func firstWord(s string) string {
	for w := range strings.FieldsSeq(s) {
		return w
	}
	return s
}

func lastWord(s string) string {
	last := s
	for w := range strings.FieldsSeq(s) {
		last = w
	}
	return last
}

func ifThen(c bool, s string) string {
	if c {
		return s
	}
	return ""
}

// label is the most used full name (a surname when no full name was
// written); of full names written as often, the one whose surname is
// written alone more ("Andriy Hnatov" and "Andrei Gnatov" once each,
// "Hnatov" twice); then the longer, then the first in alphabetical order.
func (c *cluster) label() string {
	if len(c.names) == 0 {
		return mostUsed(c.short)
	}
	top := 0
	for _, n := range c.names {
		top = max(top, n)
	}
	tied := map[string]int{}
	for name, n := range c.names {
		if n == top {
			tied[name] = c.short[lastWord(name)]
		}
	}
	return mostUsed(tied)
}

func mostUsed(counts map[string]int) string {
	best, n := "", -1
	var names []string
	for k := range counts {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if counts[k] > n || (counts[k] == n && len(k) > len(best)) {
			best, n = k, counts[k]
		}
	}
	return best
}

// things maps the other entities to global ids and creates every node.
func (m *merger) things() {
	for i, f := range m.scan(model.PartEntities) {
		for _, e := range f.Entities {
			id := m.global(int32(i), e.ID)
			if id == "" {
				continue // a bare name or role nobody could be found for
			}
			n := m.g.nodes[id]
			if n == nil {
				n = &Node{ID: id, Kind: e.Kind, Attrs: map[string]any{}}
				m.g.addNode(n)
			}
			if m.labels[id] == nil {
				m.labels[id] = map[string]int{}
			}
			if !e.Weak && !strings.HasPrefix(e.ID, "roleref:") {
				m.labels[id][e.Name] += len(e.Mentions) + 1
			}
			// each name once: a much-covered country is named in tens of
			// thousands of documents, by the same few names
			for _, a := range append([]string{e.Name}, e.Aliases...) {
				if (!strings.HasPrefix(e.ID, "roleref:") || a != e.Name) && !slices.Contains(n.Aliases, a) {
					n.Aliases = append(n.Aliases, a)
				}
			}
			for _, kv := range e.Attrs {
				if !strings.HasPrefix(kv.Key, "role_") {
					n.Attrs[kv.Key] = kv.Value
				}
			}
			if !strings.HasPrefix(e.ID, "roleref:") {
				for _, r := range e.Roles {
					appendAttr(n, "titles", r)
				}
			}
			if k := len(n.Sources); k == 0 || n.Sources[k-1] != int32(i) {
				n.Sources = append(n.Sources, int32(i))
			}
			for _, ev := range e.Mentions {
				keepEvidence(&n.Evidence, m.quote(ev), m.opt.MaxEvidence)
			}
		}
	}
}

// subBodies merges an organisation named "X of the Y" into Y when Y is a
// node: "General Staff of the Armed Forces of Ukraine" is the armed forces'.
// It also ties an organisation named without its country ("National
// Security and Defense Council") to the one organisation of that name with
// a country ("... of Ukraine").
func (m *merger) subBodies() {
	byBase := map[string][]*Node{}
	for _, n := range m.g.NodesOf(model.Organization) {
		if i := strings.LastIndex(n.ID, "-of-"); i > 0 && m.gz.Country(n.ID[i+4:]) != nil {
			byBase[n.ID[:i]] = append(byBase[n.ID[:i]], n)
		}
	}
	for _, n := range m.g.NodesOf(model.Organization) {
		if ns := byBase[n.ID]; len(ns) == 1 {
			m.rename(n.ID, ns[0].ID, fmt.Sprintf("%q names no country; the only organisation of that name is %q", m.anyLabel(n.ID), m.anyLabel(ns[0].ID)))
		}
	}
	orgs := m.g.NodesOf(model.Organization)
	for _, a := range orgs {
		for _, b := range orgs {
			if a == b {
				continue
			}
			for name := range m.labels[a.ID] {
				for bn := range m.labels[b.ID] {
					if strings.HasSuffix(name, " of the "+bn) || strings.HasSuffix(name, " of "+bn) {
						m.rename(a.ID, b.ID, fmt.Sprintf("%q is a body of %q", name, bn))
					}
				}
			}
		}
	}
}

// rename merges node from into node to.
func (m *merger) rename(from, to, why string) {
	a, b := m.g.nodes[from], m.g.nodes[to]
	if a == nil || b == nil || a == b {
		return
	}
	b.Aliases = append(b.Aliases, a.Aliases...)
	for l := range m.labels[from] {
		b.Aliases = append(b.Aliases, l)
	}
	b.Sources = append(b.Sources, a.Sources...)
	b.Evidence = append(b.Evidence, a.Evidence...)
	for k, v := range a.Attrs {
		if _, ok := b.Attrs[k]; !ok {
			b.Attrs[k] = v
		}
	}
	delete(m.g.nodes, from)
	m.g.reshape()
	m.renamed[from] = to
	m.why[to] = append(m.why[to], why)
}

// relations turns each document's relations into edges between global nodes.
func (m *merger) relations() {
	for i, f := range m.scan(model.PartRelations) {
		for _, r := range f.Relations {
			from, to := m.global(int32(i), r.From), m.global(int32(i), r.To)
			if from == "" || to == "" || from == to || m.g.nodes[from] == nil || m.g.nodes[to] == nil {
				continue
			}
			e := m.edge(from, to, r.Type, m.quote(r.Evidence))
			for _, kv := range r.Attrs {
				k, v := kv.Key, kv.Value
				if k == "role" {
					m.role(e, v, int32(i))
					continue
				}
				if e.Attrs == nil {
					e.Attrs = map[string]any{}
				}
				e.Attrs[k] = v
			}
		}
	}
}

func (m *merger) edge(from, to string, typ model.EdgeKind, q Quote) *Edge {
	k := edgeKey{from, to, typ}
	var e *Edge
	if i, at := m.g.edges.find(k); i >= 0 {
		e = m.g.edges.list[i]
	} else {
		e = m.edges.next()
		*e = Edge{Source: from, Target: to, Type: typ, Sources: m.docs1.room()}
		m.g.insertEdge(k, at, e)
	}
	if keepEvidence(&e.Evidence, q, m.opt.MaxEvidence) {
		e.Count++
	}
	if n := len(e.Sources); n == 0 || e.Sources[n-1] != q.Doc {
		e.Sources = append(e.Sources, q.Doc)
	}
	return e
}

// slab hands out items of arrays of slabSize, one at a time: a million
// edges, each with a list of sources, allocated one by one are two
// million objects for the collector to find at every cycle, which it does
// many times over as a large merge nears its heap budget; from slabs
// they are two thousand. (Not the quotes: one left behind in a slab when
// its list grows would keep the sentence it borrows, and its document's
// facts, unless every place a list moves cleared it.)
type slab[T any] []T

const slabSize = 1024

// next returns a new zero item.
func (s *slab[T]) next() *T {
	if len(*s) == cap(*s) {
		*s = make([]T, 0, slabSize)
	}
	*s = (*s)[:len(*s)+1]
	return &(*s)[len(*s)-1]
}

// room returns an empty list with room for one item: a first append
// fills it in place, a second moves the list out of the slab.
func (s *slab[T]) room() []T {
	s.next()
	i := len(*s) - 1
	return (*s)[i : i : i+1]
}

// chunks is a list that grows a chunk at a time: its items never move, so
// a large list is neither copied as it grows nor held twice meanwhile (the
// people of 100,000 articles: 779,264 items of 112 bytes; the index pass
// took 1.76 s instead of 2.48–2.64 s).
type chunks[T any] struct{ list [][]T }

// add appends v.
func (c *chunks[T]) add(v T) {
	if n := len(c.list); n == 0 || len(c.list[n-1]) == slabSize {
		c.list = append(c.list, make([]T, 0, slabSize))
	}
	last := &c.list[len(c.list)-1]
	*last = append(*last, v)
}

// all yields a pointer to each item, in the order they were added.
func (c *chunks[T]) all() iter.Seq[*T] {
	return func(yield func(*T) bool) {
		for _, l := range c.list {
			for i := range l {
				if !yield(&l[i]) {
					return
				}
			}
		}
	}
}

// quote is ev as the graph keeps it.
func (m *merger) quote(ev model.Evidence) Quote {
	return m.ruled(Quote{Text: ev.Text, Doc: m.docAt(ev.Doc), Start: int32(ev.Start), End: int32(ev.End)}, ev.Rule)
}

// docAt returns the index of the document with id doc. Quotes come in
// runs of one document's: the last found is tried first, and a string
// comparison of the one copy of an id (docIDs) with itself is a pointer's.
func (m *merger) docAt(doc string) int32 {
	if m.lastDoc < int32(len(m.docIDs)) && m.docIDs[m.lastDoc] == doc {
		return m.lastDoc
	}
	i := m.docIndex[doc]
	m.lastDoc = i
	return i
}

// ruled returns q citing rule.
func (m *merger) ruled(q Quote, rule string) Quote {
	r, ok := m.ruleIndex[rule]
	if !ok {
		r = int32(len(m.g.rules))
		m.g.rules = append(m.g.rules, rule)
		m.ruleIndex[rule] = r
	}
	q.rule = r
	return q
}

// keepEvidence adds ev to list, holding at most max quotes: while full, a
// quote from a document not yet quoted replaces a second quote of another
// document. It reports whether ev was new.
func keepEvidence(list *[]Quote, ev Quote, max int) bool {
	// the list is short (max quotes): counting by scanning beats a map
	quotes := func(doc int32) int {
		n := 0
		for _, x := range *list {
			if x.Doc == doc {
				n++
			}
		}
		return n
	}
	for _, x := range *list {
		if x.Doc == ev.Doc && x.Start == ev.Start {
			return false
		}
	}
	if len(*list) < max {
		*list = append(*list, ev)
		return true
	}
	if quotes(ev.Doc) > 0 {
		return true
	}
	for i := len(*list) - 1; i >= 0; i-- {
		if quotes((*list)[i].Doc) > 1 {
			(*list)[i] = ev
			return true
		}
	}
	return true
}

// HistoryEntry is one event in a document's life.
type HistoryEntry struct {
	Event  string `json:"event"`
	Date   string `json:"date,omitempty"` // when the text says; a month as YYYY-MM
	Report string `json:"reported"`       // the article's date
	Source string `json:"source"`         // the article
	Text   string `json:"text"`           // the sentence
}

// told reads what each document quotes and what it tells of documents'
// history, in one decoding of the two parts (statements, history), then
// puts both in order.
func (m *merger) told() {
	for i, f := range m.scan(model.PartQuotes | model.PartHistory) {
		m.statements(f, int32(i))
		m.history(f, int32(i))
	}
	sort.SliceStable(m.g.Statements, func(i, j int) bool {
		a, b := m.g.Statements[i], m.g.Statements[j]
		if a.Evidence.Doc != b.Evidence.Doc {
			return a.Evidence.Doc < b.Evidence.Doc
		}
		return a.Evidence.Start < b.Evidence.Start
	})
	for _, n := range m.g.nodes {
		hs, ok := n.Attrs["history"].([]HistoryEntry)
		if !ok {
			continue
		}
		sort.SliceStable(hs, func(i, j int) bool {
			a, b := hs[i].Date, hs[j].Date
			if a == "" {
				a = hs[i].Report
			}
			if b == "" {
				b = hs[j].Report
			}
			if a != b {
				return a < b
			}
			return hs[i].Source < hs[j].Source
		})
	}
}

// history gives the document nodes the events of f, the facts of
// document doc (attrs.history).
func (m *merger) history(f *model.Facts, doc int32) {
	anchor := m.anchor[doc]
	for _, ev := range f.History {
		n := m.g.nodes[m.global(doc, ev.Document)]
		if n == nil {
			continue
		}
		// the graph's own copy, made while the document is read
		h := HistoryEntry{Event: ev.Event, Source: f.Source.ID, Text: strings.Clone(ev.Evidence.Text)}
		if !anchor.IsZero() {
			h.Report = anchor.Format("2006-01-02")
		}
		if ev.Date != nil {
			if from, to, ok := dates.Resolve(*ev.Date, anchor, m.ref); ok {
				h.Date = from.Format("2006-01-02")
				if ev.Date.Kind == "month" || ev.Date.Kind == "last-month" || from.Day() == 1 && to.AddDate(0, 0, 1).Day() == 1 && !from.Equal(to) {
					h.Date = from.Format("2006-01")
				}
			}
		}
		hs, _ := n.Attrs["history"].([]HistoryEntry)
		n.Attrs["history"] = append(hs, h)
	}
}

// statements adds the quotations of f, the facts of document doc, to the
// graph's, with their speakers' nodes.
func (m *merger) statements(f *model.Facts, doc int32) {
	anchor := m.anchor[doc]
	for _, q := range f.Quotes {
		sp := m.global(doc, q.Speaker)
		if sp == "" {
			continue
		}
		// the graph's own copies, made while the document is read
		st := Statement{Speaker: sp, Text: strings.Clone(q.Text), Evidence: q.Evidence}
		st.Evidence.Text = strings.Clone(st.Evidence.Text)
		if q.Date != nil {
			if from, _, ok := dates.Resolve(*q.Date, anchor, m.ref); ok {
				st.Date = from.Format("2006-01-02")
			}
		} else if !anchor.IsZero() {
			st.Date = anchor.Format("2006-01-02")
		}
		m.g.Statements = append(m.g.Statements, st)
	}
}

// label gives every node its most used name.
func (m *merger) label() {
	for id, n := range m.g.nodes {
		if l := m.personLabels[id]; n.Label == "" && l != "" {
			n.Label = l
		}
		if n.Label == "" {
			counts := m.labels[id]
			if n.Kind == model.Organization {
				counts = spellingGroup(counts)
			}
			n.Label = bestLabel(counts, n)
		}
	}
}

// spellingGroup keeps of an organisation's names those of the spelling
// written most, its British and American forms counted together
// ("National Security and Defence Council" and "... Defense ..." outvote
// "Ukrainian National Security and Defense Council").
func spellingGroup(counts map[string]int) map[string]int {
	groups := map[string]int{}
	keys := make(map[string]string, len(counts))
	for name, n := range counts {
		keys[name] = resolve.OrgBaseKey(name)
		groups[keys[name]] += n
	}
	best := ""
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		if best == "" || groups[k] > groups[best] {
			best = k
		}
	}
	out := map[string]int{}
	for name, n := range counts {
		if keys[name] == best {
			out[name] = n
		}
	}
	return out
}

// finish sorts and dedupes lists, caps evidence, and writes
// the attributes derived from edges (a person's roles with their dates).
func (m *merger) finish() {
	// heading a delegation is membership too: keep the one edge that says more
	for e := range m.g.edges.all() {
		if e.Type == model.MemberOf && m.g.edges.get(edgeKey{e.Source, e.Target, model.Leads}) != nil {
			m.g.removeEdge(edgeKey{e.Source, e.Target, e.Type})
		}
	}
	for id, n := range m.g.nodes {
		n.Aliases = dedupe(n.Aliases, n.Label)
		n.Sources = dedupe(n.Sources, -1)
		n.Evidence = uniqueEvidence(n.Evidence)
		n.Merged = dedupe(m.why[id], "")
	}
	for e := range m.g.edges.all() {
		e.Evidence = uniqueEvidence(e.Evidence)
		e.Sources = dedupe(e.Sources, -1)
		r := m.roles[e]
		if r == nil {
			continue
		}
		roles := slices.Sorted(maps.Keys(r))
		if e.Attrs == nil {
			e.Attrs = map[string]any{}
		}
		e.Attrs["roles"] = roles
		var dated []map[string]string
		for _, role := range roles {
			if d := r[role]; d != "" {
				dated = append(dated, map[string]string{"role": role, "date": d})
			}
		}
		if len(dated) > 0 {
			e.Attrs["role_dates"] = dated
		}
	}
	m.roles = nil
	// a person's roles, from their affiliations
	for _, e := range m.g.edgesFrom(model.Person, model.AffiliatedWith) {
		n := m.g.nodes[e.Source]
		t := m.g.nodes[e.Target]
		if rs, ok := e.Attrs["roles"].([]string); ok {
			for _, r := range rs {
				appendAttr(n, "roles", r+" ("+t.Label+")")
			}
		}
	}
}

func appendAttr(n *Node, k, v string) {
	xs, _ := n.Attrs[k].([]string)
	for _, x := range xs {
		if x == v {
			return
		}
	}
	n.Attrs[k] = append(xs, v)
}

func bestLabel(counts map[string]int, n *Node) string {
	if best := mostUsed(counts); best != "" {
		return best
	}
	if len(n.Aliases) > 0 {
		sort.Strings(n.Aliases)
		return n.Aliases[0]
	}
	return n.ID
}

// dedupe returns xs sorted, without repeats and without drop; never nil.
func dedupe[T cmp.Ordered](xs []T, drop T) []T {
	if settled(xs, cmp.Compare[T]) {
		if _, ok := slices.BinarySearch(xs, drop); !ok {
			return xs
		}
	}
	// sorting and compacting: most lists are short, and a map each would
	// cost more than the rest of the merge's last pass
	out := slices.Clone(xs)
	slices.Sort(out)
	out = slices.Compact(out)
	if i, ok := slices.BinarySearch(out, drop); ok {
		out = slices.Delete(out, i, i+1)
	}
	if out == nil {
		out = []T{}
	}
	return out
}

// uniqueEvidence sorts evidence by document and offset, keeping the first
// of each (document, offset).
func uniqueEvidence(evs []Quote) []Quote {
	if len(evs) == 0 {
		return nil
	}
	byPlace := func(a, b Quote) int {
		if c := cmp.Compare(a.Doc, b.Doc); c != 0 {
			return c
		}
		return cmp.Compare(a.Start, b.Start)
	}
	if settled(evs, byPlace) {
		return evs
	}
	out := slices.Clone(evs)
	slices.SortStableFunc(out, byPlace)
	return slices.CompactFunc(out, func(a, b Quote) bool { return byPlace(a, b) == 0 })
}

// settled reports whether xs is already what dedupe and uniqueEvidence
// make of a list: sorted by order with no two alike, and without room to
// spare. Most lists are (an edge's one source and one quote, a meeting's
// documents), and a copy of each would be the merge's last big
// allocation, at its peak.
func settled[T any](xs []T, order func(a, b T) int) bool {
	if len(xs) == 0 || len(xs) != cap(xs) {
		return false
	}
	for i := 1; i < len(xs); i++ {
		if order(xs[i-1], xs[i]) >= 0 {
			return false
		}
	}
	return true
}

// lexicon gives the nodes of known actors their dictionary roles.
func (m *merger) lexicon() {
	if m.opt.Lexicon == nil {
		return
	}
	for _, n := range m.g.nodes {
		a, ok := m.opt.Lexicon.Find(n.Label)
		if !ok || a.NodeKind() != n.Kind {
			continue
		}
		if len(a.Roles) > 0 {
			n.Attrs["lexicon_roles"] = a.Roles
		}
		m.why[n.ID] = append(m.why[n.ID], fmt.Sprintf("lexicon %s (line %d) names %q with aliases %s", m.opt.Lexicon.Path, a.Line, a.Name, strings.Join(a.Aliases, ", ")))
	}
}

func (m *merger) anyLabel(id string) string {
	if l := mostUsed(m.labels[id]); l != "" {
		return l
	}
	return id
}
