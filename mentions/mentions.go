// Package mentions finds typed spans in sentences: countries, places and
// institutions from the gazetteer; organisations from the shape of their
// names; people from the cues around capitalised names (titles, given names,
// speech verbs, appositions); role references ("the Russian president");
// delegations, documents, topics and meeting words. Each rule talks about
// kinds of things, never about particular names.
package mentions

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/gazetteer"
	"kg/internal/lower"
	"kg/model"
	"kg/sentences"
)

// Kind is the kind of a span.
type Kind int

// The span kinds.
const (
	Person     Kind = iota // a named person
	Candidate              // a bare capitalised name, maybe a person named elsewhere
	Country                // a country, by name, short form or demonym
	Place                  // a city, region or state
	Org                    // an organisation or institution
	Delegation             // a negotiating team of one or more countries
	Document               // a plan, agreement, statement
	Topic                  // an issue under negotiation
	Title                  // a title or role ("special envoy")
	RoleRef                // a role standing for a person ("the Russian president")
	Pronoun                // he, she, him, his, her
	Media                  // a news outlet: a source, never an actor
)

var kindNames = [...]string{"person", "candidate", "country", "place", "org", "delegation", "document", "topic", "title", "roleref", "pronoun", "media"}

func (k Kind) String() string { return kindNames[k] }

// Span is a typed run of tokens of one sentence.
type Span struct {
	Kind       Kind
	Start, End int    // token indexes, End exclusive
	Name       string // canonical name (gazetteer) or the name as written
	Key        string // gazetteer key, document key, or delegation country
	Entry      gazetteer.Entry
	Countries  []string // delegation: the countries; role reference: the anchor country
	Anchor     string   // role reference: the org or person name it hangs on ("NSDC", "Trump")
	Title      string   // title and role references: the title phrase
	Demonym    bool     // a country span written as a demonym
	Possessive bool     // followed by 's
	Alias      string   // document: another name given in brackets
	Cue        string   // person: what made it a person
	Plural     bool     // title: in the plural, before the names it describes ("envoys Witkoff and Kushner")
}

// FieldsTeam reports whether an organisation span names one that can send
// a negotiating team: an institution the gazetteer knows, or one the article
// introduced with its acronym ("the Rapid Support Forces (RSF)"). Other
// names of the same shape ("the Defense Ministry") are parts of a country.
func (sp *Span) FieldsTeam() bool {
	return sp.Kind == Org && (sp.Entry.Key != "" || sp.Alias != "")
}

// TitleAt returns the title span that covers token k, or nil: a title may
// lie inside a longer span ("the U.S. president's son-in-law" is a role
// reference over the title "president").
func (s *Sentence) TitleAt(k int) *Span {
	for i := range s.Spans {
		if sp := &s.Spans[i]; sp.Kind == Title && sp.Start <= k && k < sp.End {
			return sp
		}
	}
	return nil
}

// Seat reports whether an organisation span names an institution the
// gazetteer places in a country, which is also a building where people
// meet: "the Kremlin", "the White House".
func (sp *Span) Seat() bool {
	return sp.Kind == Org && sp.Entry.Kind == model.Organization && sp.Entry.Country != ""
}

// Sentence is a sentence with its spans, sorted by start.
type Sentence struct {
	sentences.Sentence
	Index int
	Spans []Span
}

// Text returns the verbatim text of tokens [i, j).
func (s *Sentence) Text(i, j int) string {
	if i >= j {
		return ""
	}
	return s.Sentence.Text[s.Tokens[i].Start-s.Start : s.Tokens[j-1].End-s.Start]
}

// WordsBefore reports whether the words right before token i are, in
// order, one word of each set: s.WordsBefore(t, []string{"joined"},
// []string{"at", "in"}, []string{"the"}) for "joined at the" before t.
func (s *Sentence) WordsBefore(i int, sets ...[]string) bool {
	if i < len(sets) || i > len(s.Tokens) {
		return false
	}
	for n, set := range sets {
		if !slices.Contains(set, s.Tokens[i-len(sets)+n].Lower()) {
			return false
		}
	}
	return true
}

// At returns the span covering token i, or nil.
func (s *Sentence) At(i int) *Span {
	for k := range s.Spans {
		if s.Spans[k].Start <= i && i < s.Spans[k].End {
			return &s.Spans[k]
		}
	}
	return nil
}

// Finder finds mentions with one gazetteer.
type Finder struct {
	G *gazetteer.Gazetteer
}

// Find annotates the sentences of one document.
func (f Finder) Find(sents []sentences.Sentence) []Sentence {
	out := make([]Sentence, len(sents))
	sc := new(scratch)
	for i, s := range sents {
		out[i] = f.sentenceWith(s, i, nil, sc)
	}
	f.acronyms(out, sc)
	return out
}

// scratch holds the lists a sentence's spans are found in, which the
// next sentence of the document reuses: a sentence keeps a copy of its
// spans of just their length, instead of every list append grew on the
// way (a span is some 300 bytes; appending them was an eighth of all
// that extraction allocates).
type scratch struct {
	spans   []Span
	claimed []bool
}

type builder struct {
	f       Finder
	s       *Sentence
	toks    []sentences.Token
	claimed []bool
	acr     map[string]Span // the article's acronyms for organisations
	// everyToken makes documents try its rules at every token, not only
	// where mayStartDocument says one can match (tests compare)
	everyToken bool
}

func (b *builder) free(i, j int) bool {
	if i < 0 || j > len(b.toks) || i >= j {
		return false
	}
	for k := i; k < j; k++ {
		if b.claimed[k] {
			return false
		}
	}
	return true
}

func (b *builder) add(sp Span) {
	for k := sp.Start; k < sp.End; k++ {
		b.claimed[k] = true
	}
	if sp.End < len(b.toks) && isPossessive(b.toks[sp.End].Text) {
		sp.Possessive = true
	}
	b.s.Spans = append(b.s.Spans, sp)
}

func (b *builder) low(i int) string { return b.s.LowerAt(i) }

// LowerAt returns token i in lower case, or "" when there is no token i.
func (s *Sentence) LowerAt(i int) string {
	if i < 0 || i >= len(s.Tokens) {
		return ""
	}
	return s.Tokens[i].Lower()
}

// isPossessive reports whether a token is the possessive "'s" or "'":
// whether sentences.Fold gives one of those, which only these tokens do
// (TestIsPossessive), without folding a copy of every token it is asked of.
func isPossessive(t string) bool {
	switch t {
	case "'s", "'S", "’s", "’S", "‘s", "‘S", "'", "’", "‘":
		return true
	}
	return false
}

// sentenceWith finds the spans of one sentence, knowing the acronyms the
// article defined.
func (f Finder) sentenceWith(in sentences.Sentence, idx int, acr map[string]Span, sc *scratch) Sentence {
	s := &Sentence{Sentence: in, Index: idx, Spans: sc.spans[:0]}
	if cap(sc.claimed) < len(in.Tokens) {
		sc.claimed = make([]bool, len(in.Tokens))
	}
	claimed := sc.claimed[:len(in.Tokens)]
	clear(claimed)
	b := &builder{f: f, s: s, toks: in.Tokens, claimed: claimed, acr: acr}
	b.datelineOutlet()
	b.documents()
	b.acronymOrgs()
	b.organisations()
	b.gazetteer()
	b.capitals()
	b.delegations()
	b.representedParties()
	b.titles()
	b.people()
	b.roleRefs()
	b.topics()
	b.pronouns()
	sortSpans(s.Spans)
	spans := s.Spans
	sc.spans, s.Spans = spans[:0], nil
	if len(spans) > 0 {
		s.Spans = slices.Clone(spans)
	}
	return *s
}

// datelineOutlet reads the outlet a dateline names in brackets before its
// dash, "Tripoli, 3 November 2025 (Example Agency) –": a source, not an
// actor, whether the gazetteer knows it or not.
func (b *builder) datelineOutlet() {
	t := b.toks
	for p := 1; p < len(t) && p <= 12; p++ {
		if t[p].Text != "(" {
			continue
		}
		q := p + 1
		for q < len(t) && q <= p+6 && (t[q].Cap() || t[q].Text == "&") {
			q++
		}
		if q == p+1 || q+1 >= len(t) || t[q].Text != ")" || !IsDash(t[q+1].Text) || !t[0].Cap() {
			return
		}
		// after a date or a place: "3 November 2025", "GENEVA, May 12"
		if w := t[p-1].Text; !strings.ContainsAny(w, "0123456789") && !isAllCaps(w) {
			return
		}
		name := b.s.Text(p+1, q)
		b.add(Span{Kind: Media, Start: p + 1, End: q, Name: name, Key: gazetteer.Slug(name)})
		return
	}
}

// IsDash reports whether a token is a dash: "—", "–" or "-".
func IsDash(w string) bool { return w == "—" || w == "–" || w == "-" }

func sortSpans(sp []Span) {
	for i := 1; i < len(sp); i++ {
		for j := i; j > 0 && sp[j].Start < sp[j-1].Start; j-- {
			sp[j], sp[j-1] = sp[j-1], sp[j]
		}
	}
}

// gazetteer adds the countries, places and institutions the data names.
func (b *builder) gazetteer() {
	ms := b.f.G.Names(b.toks)
	for i, m := range ms {
		if !b.free(m.Start, m.End) {
			continue
		}
		// "Greek Cypriot leader", "Palestinian American": of two demonyms
		// in a row the last is the nation, the first a community in it
		if m.Kind == model.Country && m.Demonym && i+1 < len(ms) && ms[i+1].Start == m.End && ms[i+1].Kind == model.Country && ms[i+1].Demonym {
			for k := m.Start; k < m.End; k++ {
				b.claimed[k] = true
			}
			continue
		}
		// "the" belongs to the phrase only for a few names; keep the span on the name.
		sp := Span{Start: m.Start, End: m.End, Name: m.Name, Key: m.Key, Entry: *m.Entry, Demonym: m.Demonym}
		switch m.Kind {
		case model.Country:
			sp.Kind = Country
			if m.Metonym && b.locative(m.Start) {
				// "in Washington" is the city, "Washington's role" the government.
				sp.Kind, sp.Key, sp.Name = Place, "washington", "Washington"
				sp.Entry.Kind, sp.Entry.PlaceType = model.Place, "city"
			}
		case model.Place:
			sp.Kind = Place
			if m.Demonym {
				sp.Kind = Country // "European" stands for Europe as an actor
			}
		case model.Organization:
			sp.Kind = Org
		case model.Person:
			sp.Kind, sp.Cue = Person, "lexicon" // a known actor: Name is the canonical name
		case gazetteer.Media:
			sp.Kind = Media
		}
		b.add(sp)
	}
	b.countryPairs()
}

// countryPairs reads "Russian-Ukrainian talks", "US-Russia summit": a word
// of countries joined by hyphens gives a country span for each, all on the
// one token.
func (b *builder) countryPairs() {
	for i, tok := range b.toks {
		if b.claimed[i] || !strings.Contains(tok.Text, "-") {
			continue
		}
		parts := strings.Split(tok.Text, "-")
		var spans []Span
		for _, p := range parts {
			ms := b.f.G.Names(sentences.Tokenize(p, 0))
			if len(ms) != 1 || ms[0].Start != 0 || ms[0].Kind != model.Country {
				spans = nil
				break
			}
			m := ms[0]
			spans = append(spans, Span{Kind: Country, Start: i, End: i + 1, Name: m.Name, Key: m.Key, Entry: *m.Entry, Demonym: m.Demonym})
		}
		if len(spans) < 2 || len(spans) != len(parts) {
			continue
		}
		for _, sp := range spans {
			b.add(sp)
		}
	}
}

// capitals turns "Saudi Arabia's capital", "the Saudi capital" and "the
// capital of Saudi Arabia" into the capital city the gazetteer names.
func (b *builder) capitals() {
	for k := range b.s.Spans {
		sp := &b.s.Spans[k]
		if sp.Kind != Country {
			continue
		}
		start, end := -1, -1
		switch {
		case sp.Possessive && b.low(sp.End+1) == "capital":
			start, end = sp.Start, sp.End+2
		case (sp.Demonym || b.low(sp.Start) == "the" || sp.Start > 0 && b.low(sp.Start-1) == "the") && b.low(sp.End) == "capital":
			// ("the Saudi capital": "Saudi" is a short name, not a demonym)
			start, end = sp.Start, sp.End+1
		case sp.Start >= 2 && b.low(sp.Start-1) == "of" && b.low(sp.Start-2) == "capital":
			start, end = sp.Start-2, sp.End
		default:
			continue
		}
		if notCapitalCity[b.low(end)] || !b.freeBut(start, end, sp.Start, sp.End) {
			continue
		}
		c := b.f.G.Country(sp.Key)
		if c == nil || c.Capital == "" {
			continue
		}
		e, ok := b.f.G.Lookup(c.Capital)
		if !ok {
			continue
		}
		e.Kind, e.Demonym = model.Place, false
		*sp = Span{Kind: Place, Start: start, End: end, Name: c.Capital, Key: gazetteer.Slug(c.Capital), Entry: e}
		for i := start; i < end; i++ {
			b.claimed[i] = true
		}
	}
}

// notCapitalCity follow "capital" when it means money: "Russia's capital
// markets".
var notCapitalCity = map[string]bool{"markets": true, "market": true, "flows": true, "flight": true, "gains": true, "investment": true, "investments": true, "spending": true, "controls": true, "expenditure": true, "punishment": true}

// freeBut reports whether tokens [i, j) are unclaimed except [si, sj).
func (b *builder) freeBut(i, j, si, sj int) bool {
	if i < 0 || j > len(b.toks) {
		return false
	}
	for k := i; k < j; k++ {
		if b.claimed[k] && (k < si || k >= sj) {
			return false
		}
	}
	return true
}

func (b *builder) locative(i int) bool {
	switch b.low(i - 1) {
	case "in", "at", "to", "from", "near", "outside", "visit", "visited", "into":
		return true
	}
	return false
}

// orgHeads are the words that end or head an organisation's name.
// siteHeads end the names of places in a city, not people: "Red Square",
// "Tahrir Square", "Downing Street", "the Elysee Palace".
// siteLeads open the names of sites: "Camp David", "Fort Bragg", "Joint
// Base Elmendorf-Richardson".
var siteLeads = map[string]bool{"Base": true, "Camp": true, "Fort": true, "Mount": true}

var siteHeads = map[string]bool{
	"Square": true, "Street": true, "Avenue": true, "Boulevard": true, "Road": true, "Plaza": true,
	"Airport": true, "Hotel": true, "Palace": true, "Stadium": true, "Cathedral": true, "Mosque": true,
	"Centre": true, "Center": true, "Gardens": true, "Embassy": true, "Consulate": true,
}

var orgHeads = map[string]bool{
	"Council": true, "Ministry": true, "Committee": true, "Commission": true, "Forces": true, "Army": true,
	"Navy": true, "Staff": true, "Agency": true, "Service": true, "Office": true, "Department": true,
	"Bank": true, "Fund": true, "Party": true, "Parliament": true, "Assembly": true, "Court": true,
	"Union": true, "Organization": true, "Organisation": true, "Institute": true, "University": true,
	"Administration": true, "Government": true, "Cabinet": true, "Guard": true, "Police": true,
	"Directorate": true, "Bureau": true, "Foundation": true, "Corporation": true, "Company": true,
	"Secretariat": true, "Presidency": true, "Duma": true, "Senate": true, "Congress": true, "Front": true,
	"Movement": true, "Alliance": true, "Coalition": true, "Authority": true, "Command": true, "Corps": true, "Platform": true,
	"Mission": true, "Mechanism": true, "Force": true,
}

// spelledTo returns where an organisation's name that runs from start to
// end ends when a few more words and an acronym in brackets follow that
// the acronym spells: "Support Mission in Libya (UNSMIL)" ends after
// "Libya". Otherwise end.
func spelledTo(t []sentences.Token, start, end int) int {
	for k := end; k < len(t) && k <= end+4; k++ {
		acr, ok := acronymAt(t, k)
		if !ok {
			if !t[k].IsWord() {
				return end
			}
			continue
		}
		if k == end || !t[k-1].Cap() {
			return end
		}
		// with its small words or without: "UNSMIL", "WMCC" (Working
		// Mechanism for Consultation and Coordination)
		var all, caps strings.Builder
		for _, w := range t[start:k] {
			r, _ := utf8.DecodeRuneInString(w.Text)
			if w.Text != "the" {
				all.WriteRune(unicode.ToUpper(r))
			}
			if w.Cap() {
				caps.WriteRune(r)
			}
		}
		if all.String() == acr || caps.String() == acr || spells(acr, t[start:k]) {
			return k
		}
		return end
	}
	return end
}

// spells reports whether an acronym spells a name more loosely: each word
// in capitals gives its initial, a small word may, and a word may give up
// to two more of its letters in order ("IGAD": Intergovernmental Authority
// on Development; "ASEAN": Association of Southeast Asian Nations).
func spells(acr string, words []sentences.Token) bool {
	var match func(a string, ws []sentences.Token) bool
	match = func(a string, ws []sentences.Token) bool {
		if len(ws) == 0 {
			return a == ""
		}
		w := ws[0]
		if !w.Cap() && match(a, ws[1:]) {
			return true // a small word left out
		}
		r, size := utf8.DecodeRuneInString(w.Text)
		if a == "" || !w.IsWord() || unicode.ToUpper(r) != rune(a[0]) {
			return false
		}
		a = a[1:]
		if match(a, ws[1:]) {
			return true
		}
		// one or two more letters of the word, in order
		inner := strings.ToUpper(w.Text[size:])
		for i := 0; i < len(inner) && a != ""; i++ {
			if inner[i] != a[0] {
				continue
			}
			if match(a[1:], ws[1:]) {
				return true
			}
			for j := i + 1; j < len(inner) && len(a) > 1; j++ {
				if inner[j] == a[1] && match(a[2:], ws[1:]) {
					return true
				}
			}
		}
		return false
	}
	return len(acr) > 1 && match(acr, words)
}

// collectives are the nouns whose possessive is part of a name ("People's").
var collectives = map[string]bool{"People": true, "Peoples": true, "Workers": true, "Women": true, "Farmers": true, "Patriots": true}

var orgConnectors = map[string]bool{"of": true, "for": true, "on": true}

// countryFollows reports whether "and" and a country's name come at token
// i: "the Kyrgyz Republic and the Republic of Tajikistan".
func (b *builder) countryFollows(i int) bool {
	if b.low(i) != "and" {
		return false
	}
	ms := b.f.G.Names(b.toks[i+1 : min(len(b.toks), i+6)])
	return len(ms) > 0 && ms[0].Kind == model.Country && (ms[0].Start == 0 || ms[0].Start == 1 && b.low(i+1) == "the")
}

// organisations finds organisation names by their shape: capitalised words
// around a head noun ("National Security and Defense Council", "General
// Staff of the Armed Forces of Ukraine"), "the Trump administration", and
// "Kyiv's armed forces".
func (b *builder) organisations() {
	t := b.toks
	for h := 0; h < len(t); h++ {
		if !orgHeads[t[h].Text] || b.claimed[h] {
			continue
		}
		start := h
		for start > 0 {
			p := t[start-1]
			if p.Cap() && p.IsWord() && !b.claimed[start-1] && !isPossessive(p.Text) && !(start-1 == 0 && b.f.G.Word(p.Text) && !orgHeads[p.Text]) {
				start--
				continue
			}
			// "Tigray People's Liberation Front", "Workers' Party"
			if isPossessive(p.Text) && start-2 >= 0 && collectives[t[start-2].Text] && !b.claimed[start-2] {
				start -= 2
				continue
			}
			// "National Security and Defense Council", but not "Mark Rutte
			// and European Commission" or "Donald Trump and European
			// Commission": across "and", words, not a name
			if (p.Text == "and" || p.Text == "&") && start-2 >= 0 && t[start-2].Cap() && !b.claimed[start-2] && b.f.G.Word(t[start-2].Text) &&
				!(start-3 >= 0 && b.f.G.GivenName(t[start-3].Text)) {
				start -= 2
				continue
			}
			break
		}
		end := h + 1
		for end < len(t) {
			if orgHeads[t[end].Text] {
				end++
				continue
			}
			if orgConnectors[t[end].Text] {
				k := end + 1
				if k < len(t) && t[k].Text == "the" {
					k++
				}
				// "of Ukraine": exactly the place or country named (but "the
				// Joint Border Commission of the Kyrgyz Republic and the
				// Republic of Tajikistan" is a body of both, named before "of")
				if ms := b.f.G.Names(t[k:min(len(t), k+4)]); len(ms) > 0 && ms[0].Start == 0 {
					if ms[0].Kind == model.Country && b.countryFollows(k+ms[0].End) {
						break
					}
					end = k + ms[0].End
					continue
				}
				// "Office of the President": the office of a title's holder
				if ms := b.f.G.Titles(t[k:min(len(t), k+3)]); t[end].Text == "of" && k > end+1 && len(ms) > 0 && ms[0].Start == 0 && t[k].Cap() &&
					(k+ms[0].End >= len(t) || !t[k+ms[0].End].Cap()) {
					end = k + ms[0].End
					continue
				}
				// "of the Armed Forces": capitalised words up to a head word
				m := k
				for m < len(t) && m < k+4 && t[m].Cap() && t[m].IsWord() && !orgHeads[t[m].Text] {
					m++
				}
				if m < len(t) && orgHeads[t[m].Text] {
					end = m + 1
					continue
				}
				// "State Committee for National Security": a purpose in
				// capitals, in running text
				if t[end].Text == "for" && m > k && k == end+1 && !b.s.Title && (m == len(t) || !t[m].Cap()) && b.f.G.Word(t[m-1].Text) {
					end = m
					continue
				}
			}
			break
		}
		// "United Nations Support Mission in Libya (UNSMIL)": the acronym
		// in brackets spells the rest of the name
		end = spelledTo(t, start, end)
		// a lone head word ("Council") is not a name ("Office of the
		// President" is)
		if start == h && end == h+1 && b.f.G.Word(t[h].Text) && (h == 0 || !t[h-1].Cap()) {
			continue
		}
		if end-start < 2 {
			continue
		}
		// "U.S. Army Secretary Dan Driscoll": the head opens a title
		if ms := b.f.G.Titles(t[end-1 : min(len(t), end+3)]); len(ms) > 0 && ms[0].Start == 0 && ms[0].End > 1 {
			continue
		}
		name := b.s.Text(start, end)
		sp := Span{Kind: Org, Start: start, End: end, Name: name, Key: gazetteer.Slug(name)}
		// "Russia's Foreign Ministry": the country before a possessive
		if start >= 2 && isPossessive(t[start-1].Text) {
			for _, m := range b.f.G.Names(t[max(0, start-4) : start-1]) {
				if m.End == start-1-max(0, start-4) && m.Kind == model.Country {
					sp.Countries = []string{m.Key}
				}
			}
		}
		b.add(sp)
		h = end - 1
	}
	// "Kyiv's armed forces", "the Ukrainian armed forces", "the Trump administration"
	for i := 0; i+1 < len(t); i++ {
		if b.claimed[i] {
			continue
		}
		if b.low(i) == "armed" && b.low(i+1) == "forces" {
			j := i - 1
			if j >= 0 && isPossessive(t[j].Text) {
				j--
			}
			if j < 0 {
				continue
			}
			// find the gazetteer entry ending at j
			for _, m := range b.f.G.Names(t[:j+1]) {
				if m.End != j+1 || m.Entry.Country == "" {
					continue
				}
				c := b.f.G.Country(m.Entry.Country)
				if c == nil {
					continue
				}
				name := "Armed Forces of " + c.Name
				b.add(Span{Kind: Org, Start: i, End: i + 2, Name: name, Key: gazetteer.Slug(name), Countries: []string{c.Key}})
			}
		}
		if (b.low(i+1) == "administration" || b.low(i+1) == "government") && t[i].Cap() && i > 0 && !isAllCaps(t[i].Text) {
			if _, known := b.f.G.Lookup(t[i].Text); known {
				continue
			}
			name := t[i].Text + " " + b.low(i+1)
			b.add(Span{Kind: Org, Start: i, End: i + 2, Name: name, Key: gazetteer.Slug(name)})
		}
	}
}

// delegations finds negotiating teams: "the Ukrainian delegation", "Russian
// negotiators", "Ukraine's negotiating team", "the Ukrainian and American
// delegations", "negotiators from the US and Ukraine".
func (b *builder) delegations() {
	t := b.toks
	for i := 0; i < len(t); i++ {
		n := teamNoun(b, i)
		if n == 0 {
			continue
		}
		// countries before: DEMONYM (and DEMONYM)* | COUNTRY 's
		var countries []string
		start := i
		j := i - 1
		for j >= 0 {
			w := b.low(j)
			if teamAdjectives[w] {
				j--
				continue
			}
			if isPossessive(t[j].Text) {
				j--
				continue
			}
			sp := b.s.At(j)
			capital := sp != nil && sp.Kind == Place && sp.Entry.Metonym && sp.Entry.Country != ""
			if sp != nil && (sp.Kind == Country || capital || sp.FieldsTeam()) {
				key := sp.Key
				switch {
				case sp.Kind == Org:
					key = "org:" + sp.Key
				case capital:
					key = sp.Entry.Country // "Kiev's delegation" is Ukraine's
				}
				countries = append([]string{key}, countries...)
				start = sp.Start
				j = sp.Start - 1
				continue
			}
			if (w == "and" || w == ",") && len(countries) > 0 {
				j--
				continue
			}
			break
		}
		end := i + n
		if len(countries) == 0 && b.low(end) == "from" {
			// "negotiators from the US and Ukraine"
			k := end + 1
			for k < len(t) {
				sp := b.s.At(k)
				if sp != nil && sp.Kind == Country {
					countries = append(countries, sp.Key)
					k = sp.End
					continue
				}
				if sp != nil && sp.Kind == Org {
					// "delegations from the Rapid Support Forces (RSF)", "...
					// and the paramilitary Rapid Support Forces"
					_, defined := acronymAt(t, sp.End)
					if sp.FieldsTeam() || defined || sp.Start > 0 && sideCues[b.low(sp.Start-1)] == "rebel" {
						countries = append(countries, "org:"+sp.Key)
						k = sp.End
						if defined {
							k += 3
						}
						continue
					}
				}
				if k+1 < len(t) && !t[k].Cap() && t[k].IsWord() && len(countries) > 0 && b.low(k-1) == "the" {
					// "the paramilitary Rapid Support Forces"
					if sp := b.s.At(k + 1); sp != nil && sp.Kind == Org {
						k++
						continue
					}
				}
				if b.low(k) == "and" || b.low(k) == "," || b.low(k) == "the" {
					k++
					continue
				}
				// "delegations from Sudan's army and ...": the country's side
				if len(countries) > 0 && isPossessive(t[k].Text) && k+1 < len(t) && StateSide(b.low(k+1)) {
					k += 2
					continue
				}
				break
			}
			if len(countries) > 0 {
				end = k
				for end > i && !b.f.G.Word(b.low(end-1)) && b.s.At(end-1) == nil {
					end--
				}
			}
		}
		if len(countries) == 0 {
			if key := b.ownCountry(i); key != "" {
				// "Azerbaijani Foreign Minister Jeyhun Bayramov led his
				// country's delegation"
				countries, start = []string{key}, i-3
			} else if key, at := b.sentBy(i); key != "" {
				// "Egypt sent a team headed by its foreign minister"
				countries, start = []string{key}, at
			}
		}
		if cue, at := b.partyCue(i); len(countries) == 0 && cue != "" {
			// "the government delegation", "the rebel team": resolve finds
			// the government and the rebels the article names
			b.s.Spans = append(b.s.Spans, Span{Kind: Delegation, Start: at, End: i + n, Name: b.s.Text(at, i+n), Cue: cue})
			for k := at; k < i+n; k++ {
				b.claimed[k] = true
			}
			i += n - 1
			continue
		}
		if len(countries) == 0 {
			// "will lead the delegation", "part of the negotiating team": the
			// article's one delegation, if it has one (resolve decides)
			if b.low(i-1) == "the" || b.low(i-1) == "negotiating" && b.low(i-2) == "the" {
				if w := b.low(i + n - 1); w == "delegation" || w == "team" {
					b.s.Spans = append(b.s.Spans, Span{Kind: Delegation, Start: i, End: i + n, Name: b.s.Text(i, i+n), Cue: "the"})
					for k := i; k < i+n; k++ {
						b.claimed[k] = true
					}
					i += n - 1
				}
			}
			continue
		}
		for _, c := range countries {
			if b.f.G.Country(c) == nil && !strings.HasPrefix(c, "org:") {
				continue
			}
			b.s.Spans = append(b.s.Spans, Span{Kind: Delegation, Start: start, End: end, Name: b.s.Text(start, end), Key: c, Countries: countries})
		}
		for k := i; k < i+n; k++ {
			b.claimed[k] = true
		}
		i += n - 1
	}
}

// teamAdjectives may stand between a country and its team: "the Russian
// military delegation", "a high-level Saudi government delegation".
var teamAdjectives = map[string]bool{"negotiation": true, "negotiating": true, "official": true, "high-level": true, "top": true,
	"military": true, "government": true, "technical": true, "security": true, "diplomatic": true, "parliamentary": true,
	"economic": true, "trade": true, "senior": true, "large": true, "small": true, "joint": true}

// StateSide reports whether w, after a country's name, is the state's own
// side in a war: "Sudan's army", "the Sudanese military", "Myanmar's junta",
// "the Colombian government".
func StateSide(w string) bool {
	return w == "army" || w == "military" || w == "junta" || w == "government"
}

// sideCues name the sides of talks between a state and an armed group by
// what they are: "the government delegation", "the rebel team".
var sideCues = map[string]string{"government": "government", "army": "government",
	"rebel": "rebel", "rebels": "rebel", "insurgent": "rebel", "insurgents": "rebel", "guerrilla": "rebel", "guerrillas": "rebel",
	"paramilitary": "rebel", "paramilitaries": "rebel"}

// SideCue returns "government" or "rebel" when w names a side of talks
// between a state and an armed group by what it is, or "".
func SideCue(w string) string { return sideCues[w] }

// partyCue returns the side cue before the team noun at i, past the
// adjectives and possessives between them, and where it is; "" when there
// is none.
func (b *builder) partyCue(i int) (string, int) {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := b.low(j)
		if c, ok := sideCues[w]; ok && b.s.At(j) == nil {
			return c, j
		}
		if teamAdjectives[w] || isPossessive(b.toks[j].Text) {
			continue
		}
		break
	}
	return "", 0
}

// ownCountry returns the country of "his country's" (her, their; nation's)
// before the team noun at i: the one country the sentence names before it,
// or "" when it names none or several.
func (b *builder) ownCountry(i int) string {
	switch b.low(i - 3) {
	case "his", "her", "their":
	default:
		return ""
	}
	if w := b.low(i - 2); (w != "country" && w != "nation") || !isPossessive(b.toks[i-1].Text) {
		return ""
	}
	key := ""
	for _, sp := range b.s.Spans {
		if sp.Start >= i-3 || sp.Kind != Country || b.f.G.Country(sp.Key) == nil {
			continue
		}
		if key != "" && key != sp.Key {
			return ""
		}
		key = sp.Key
	}
	return key
}

// sendVerbs send a team.
var sendVerbs = map[string]bool{"sent": true, "send": true, "sends": true, "sending": true, "dispatched": true, "dispatch": true, "dispatches": true}

// sentBy returns the country that sends the team noun at i ("Egypt sent a
// technical team"; "Qatar will send a delegation") and where the team's
// words start, or "" when no country right before the verb does.
func (b *builder) sentBy(i int) (string, int) {
	j := i - 1
	for j >= 0 && j > i-4 {
		w := b.low(j)
		if w == "a" || w == "an" || w == "its" || w == "their" || w == "own" || !b.toks[j].Cap() && !sendVerbs[w] && b.toks[j].IsWord() && w != "and" && w != "the" && w != "to" {
			j-- // "a high-level", "its own technical"
			continue
		}
		break
	}
	if j < 1 || !sendVerbs[b.low(j)] {
		return "", 0
	}
	v := j
	for v > 0 && (b.low(v-1) == "will" || b.low(v-1) == "would" || b.low(v-1) == "has" || b.low(v-1) == "had" || b.low(v-1) == "is" || b.low(v-1) == "also") {
		v--
	}
	sp := b.s.At(v - 1)
	if sp == nil || sp.End != v || sp.Kind != Country || sp.Demonym || sp.Possessive || b.f.G.Country(sp.Key) == nil {
		return "", 0
	}
	return sp.Key, j + 1
}

// representedParties adds a delegation for a country, or a party that
// fields teams, that "was represented by" people: "Russia was represented
// by Sergei Lavrov and Yuri Ushakov", "Hamas is represented by a team led
// by ...".
func (b *builder) representedParties() {
	t := b.toks
	for _, sp := range b.s.Spans {
		if (sp.Kind != Country || sp.Demonym) && !sp.FieldsTeam() {
			continue
		}
		j := sp.End
		if j < len(t) && (b.low(j) == "was" || b.low(j) == "is" || b.low(j) == "were") {
			j++
		}
		if j == sp.End || b.low(j) != "represented" || b.low(j+1) != "by" {
			continue
		}
		key := sp.Key
		if sp.Kind == Org {
			key = "org:" + key
		}
		b.s.Spans = append(b.s.Spans, Span{Kind: Delegation, Start: sp.Start, End: sp.End, Name: b.s.Text(sp.Start, sp.End), Key: key, Countries: []string{key}})
		return
	}
}

// teamNoun returns how many tokens at i name a negotiating team, or 0.
func teamNoun(b *builder, i int) int {
	switch b.low(i) {
	case "delegation", "delegations", "negotiators", "delegates":
		return 1
	case "side":
		if cue, _ := b.partyCue(i); cue != "" {
			return 1 // "the government side"
		}
		// "the Russian side", "the US side", "the Houthi side": a country
		// or a known party right before
		if sp := b.s.At(i - 1); sp != nil && (sp.Kind == Country || sp.FieldsTeam()) {
			return 1
		}
	case "team", "teams":
		if cue, _ := b.partyCue(i); cue != "" {
			return 1 // "the rebel team"
		}
		// "Ukraine's team", "the US team": only after a country (checked by the caller)
		if p := b.low(i - 1); p == "'s" || p == "'" {
			return 1
		}
		if sp := b.s.At(i - 1); sp != nil && (sp.Kind == Country || sp.FieldsTeam()) {
			return 1 // "the US team", "the RSF team"
		}
		if key, _ := b.sentBy(i); key != "" && b.low(i+1) != "of" {
			return 1 // "Egypt sent a team" (not "a team of inspectors")
		}
		// "part of the team": the article's delegation, if it names one
		// (but not "the team of lawyers")
		if b.low(i-1) == "the" && b.low(i) == "team" && b.low(i+1) != "of" && b.low(i+1) != "'s" {
			return 1
		}
	case "negotiating", "negotiation":
		if w := b.low(i + 1); w == "team" || w == "teams" {
			return 2
		}
	case "one":
		// "Medinsky led the Russian delegation and Umerov the Ukrainian
		// one": a country's one, after a delegation in the sentence
		if sp := b.s.At(i - 1); sp != nil && sp.Kind == Country && b.low(sp.Start-1) == "the" {
			for _, d := range b.s.Spans {
				if d.Kind == Delegation && d.End < sp.Start {
					return 1
				}
			}
		}
	}
	return 0
}

// titles marks title and role phrases; a title inside a capitalised name
// ("General Staff") was claimed by the organisation before.
func (b *builder) titles() {
	for _, m := range b.f.G.Titles(b.toks) {
		if !b.free(m.Start, m.End) {
			// "Chief of the General Staff NAME", the institution already
			// found: the title is the free words before it, when they are one
			j := m.Start
			for j < m.End && !b.claimed[j] {
				j++
			}
			ms := b.f.G.Titles(b.toks[m.Start:j])
			if len(ms) == 0 || ms[0].Start != 0 {
				continue
			}
			m.End = m.Start + ms[0].End
			m.Entry = ms[0].Entry
		}
		// "Vice Premier", "First Deputy Prime Minister": a rank before a
		// title is part of it, and its holder is no head of government
		class := m.Entry.Title
		for m.Start > 0 && !b.claimed[m.Start-1] && (rankWords[b.low(m.Start-1)] || tenureWords[b.low(m.Start-1)]) {
			m.Start--
			if class == "principal" && rankWords[b.low(m.Start)] {
				class = "official"
			}
		}
		// a capitalised word that is only a title when lower case ("Chief")
		b.add(Span{Kind: Title, Start: m.Start, End: m.End, Name: b.s.Text(m.Start, m.End), Title: class})
	}
	// "Presidents Volodymyr Zelensky and Vladimir Putin", "Foreign
	// Ministers Lavrov and Fidan", "US envoys Witkoff and Kushner": a title
	// in the plural before names
	for i, tok := range b.toks {
		w := tok.Text
		if b.claimed[i] || !strings.HasSuffix(w, "s") || len(w) < 4 || !tok.Cap() && len(w) < 6 || i+2 >= len(b.toks) {
			continue
		}
		// the names follow, or an apposition: "the foreign ministers, A and
		// B", "the foreign ministers of Armenia and Azerbaijan, A and B"
		if !b.nameToken(i+1) && (b.toks[i+1].Text != "," || !b.nameList(i+2)) && (b.low(i+1) != "of" || tok.Cap()) {
			continue
		}
		one := sentences.Tokenize(w[:len(w)-1], 0)
		start := i
		if i > 0 && !b.claimed[i-1] && b.toks[i-1].IsWord() {
			// "Foreign Ministers", "foreign ministers"
			two := append(sentences.Tokenize(b.toks[i-1].Text, 0), one...)
			if ms := b.f.G.Titles(two); len(ms) > 0 && ms[0].Start == 0 {
				one, start = two, i-1
			}
		}
		ms := b.f.G.Titles(one)
		if len(ms) == 0 || ms[len(ms)-1].End != len(one) {
			continue
		}
		m := ms[len(ms)-1]
		if m.Start > 0 {
			start = i
		}
		// each name has the title in the singular
		b.add(Span{Kind: Title, Start: start, End: i + 1, Name: strings.TrimSuffix(b.s.Text(start, i+1), "s"), Title: m.Entry.Title, Plural: true})
	}
}

// sharedTitle reports whether the name at token start ends a list that a
// title in the plural opens: "Presidents Zelensky and Trump", "envoys
// Witkoff, Kushner and Driscoll".
func (b *builder) sharedTitle(start int) bool {
	k := start - 1
	for k >= 1 && (b.low(k) == "and" || b.low(k) == ",") {
		p := b.s.At(k - 1)
		if p == nil || p.Kind != Person || p.End != k {
			return false
		}
		if t := b.s.At(p.Start - 1); p.Start > 0 && t != nil && t.Kind == Title && t.Plural && t.End == p.Start {
			return true
		}
		k = p.Start - 1
	}
	return false
}

// nameList reports whether two or more names start at token i: "A and B",
// "A, B and C".
func (b *builder) nameList(i int) bool {
	j := i
	for j < len(b.toks) && b.nameToken(j) {
		j++
	}
	return j > i && j+1 < len(b.toks) && (b.low(j) == "and" || b.low(j) == ",") && b.nameToken(j+1)
}

// rankWords before a title make a lesser one of it.
var rankWords = map[string]bool{"vice": true, "deputy": true, "first": true, "assistant": true, "under": true}

// tenureWords before a title say how its holder holds it, and are part of
// it ("Acting Prime Minister NAME", "Interim President NAME").
var tenureWords = map[string]bool{"acting": true, "interim": true, "caretaker": true, "outgoing": true, "incoming": true}

// speechVerbs follow a speaker: "Witkoff said", "Ushakov told reporters".
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "wrote": true, "noted": true, "added": true, "stressed": true,
	"confirmed": true, "emphasized": true, "emphasised": true, "stated": true, "announced": true, "warned": true,
	"insisted": true, "argued": true, "claimed": true, "explained": true, "clarified": true, "affirmed": true,
	"tweeted": true, "posted": true, "described": true, "declared": true, "urged": true,
	"acknowledged": true, "admitted": true, "replied": true, "responded": true, "denied": true, "suggested": true,
}

// SpeechVerb reports whether w is a verb of saying that follows its
// speaker ("said", "told", "warned").
func SpeechVerb(w string) bool { return speechVerbs[w] }

// headlineVerbs follow a name in a headline: "Wang Yi Holds Talks with".
var headlineVerbs = map[string]bool{
	"holds": true, "meets": true, "hosts": true, "receives": true, "visits": true, "calls": true,
	"urges": true, "rejects": true, "backs": true, "signs": true, "agrees": true, "seeks": true,
	"vows": true, "arrives": true, "discusses": true, "welcomes": true, "thanks": true, "speaks": true,
}

// headlineWord reports whether w, in lower case, ends a name in a title-case
// headline: a verb ("holds", "says") or a meeting noun ("talks").
func headlineWord(w string) bool {
	return headlineVerbs[w] || speechVerbs[w] || actionVerbs[w] || meetingNouns[w]
}

// actionVerbs follow a person's name too, but also an organisation's; they
// only cue a name of two words or more ("Kirill Dmitriev met", not
// "Rosatom has").
var actionVerbs = map[string]bool{
	"believes": true, "believed": true, "thinks": true, "hopes": true, "expects": true, "met": true,
	"spent": true, "will": true, "has": true, "had": true, "is": true, "was": true, "would": true,
	"led": true, "leads": true, "heads": true, "headed": true, "visited": true, "arrived": true, "spoke": true,
	"reported": true, "sat": true, "held": true, "hosted": true, "received": true, "joined": true, "signed": true,
	"flew": true, "travelled": true, "traveled": true, "called": true, "talked": true,
}

// placeNouns before "of" introduce a place's name: "the town of Pokrovsk".
var placeNouns = map[string]bool{"city": true, "town": true, "village": true, "resort": true, "port": true, "region": true, "province": true, "capital": true, "island": true, "district": true}

// PlaceNoun reports whether w introduces a place's name ("the town of").
func PlaceNoun(w string) bool { return placeNouns[w] }

var meetingNouns = map[string]bool{
	"talks": true, "meeting": true, "meetings": true, "negotiations": true, "round": true, "discussions": true,
	"summit": true, "consultations": true, "conference": true, "session": true, "call": true, "visit": true,
	"ceremony": true, "conversation": true,
}

// MeetingNoun reports whether w names a meeting: "talks", "summit",
// "round".
func MeetingNoun(w string) bool { return meetingNouns[w] }

// MeetingNouns returns the words MeetingNoun reports, as a set of the
// caller's own.
func MeetingNouns() map[string]bool { return maps.Clone(meetingNouns) }

// groupWords end the names of groups, not of people.
var groupWords = map[string]bool{
	"Democrats": true, "Republicans": true, "Socialists": true, "Conservatives": true, "Liberals": true,
	"Greens": true, "Nations": true, "States": true, "Brothers": true, "Brigade": true, "Brigades": true,
	"Battalion": true, "Group": true, "Forum": true, "Summit": true, "Format": true, "Initiative": true,
}

var particles = map[string]bool{
	"bin": true, "bint": true, "ibn": true, "al": true, "de": true, "del": true, "della": true, "van": true, "von": true,
	"der": true, "den": true, "ter": true, "da": true, "das": true, "do": true, "dos": true, "di": true, "la": true,
	"le": true, "el": true, "du": true, "Al": true, "El": true,
}

// Particle reports whether a name word is a particle ("bin", "Al", "von").
func Particle(w string) bool { return particles[w] }

// ParticleAt reports whether the name of span sp opens with a particle:
// one written as such, or, opening the sentence, a capitalised one ("De
// Mistura said" is de Mistura's surname; "Der" inside a sentence is a
// given name).
func (s *Sentence) ParticleAt(sp Span) bool {
	w := s.Tokens[sp.Start].Text
	if particles[w] {
		return true
	}
	if sp.Start > 0 {
		return false
	}
	particle, _ := lower.Get(particles, w)
	return particle
}

var calendar = map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"Jan.": true, "Feb.": true, "Aug.": true, "Sept.": true, "Oct.": true, "Nov.": true, "Dec.": true,
	"Christmas": true, "Easter": true, "Ramadan": true,
}

// people finds named people from capitalised runs and their cues.
func (b *builder) people() {
	t := b.toks
	var opening [][2]int // names opening the sentence that had no cue
	for i := 0; i < len(t); i++ {
		if b.claimed[i] || !(b.nameToken(i) || b.initials(i)) {
			continue
		}
		j := i
		// a middle initial stays in the name: "Vladimir V. Putin", "Steven C. Witkoff"
		for j < len(t) && !b.claimed[j] && (b.nameToken(j) || b.particleBeforeName(j) || b.initials(j)) {
			j++
		}
		start, end := i, j
		// leading sentence words ("During", "Earlier") are not names
		for start < end && b.f.G.Word(t[start].Text) && !b.f.G.GivenName(t[start].Text) && (start == 0 || b.prevIsOpener(start)) {
			start++
		}
		// a headline in title case: "Trump's Envoys Meet Putin as ..."
		for b.s.Title && end-start > 1 && b.f.G.Word(t[start].Text) && !b.f.G.GivenName(t[start].Text) {
			start++
		}
		// "Wang Yi Holds Talks with ...": a title-case headline's verb or
		// meeting noun after a name is not the name
		for b.s.Title && end-start > 1 && headlineWord(b.low(end-1)) {
			end--
		}
		// "Minister of Water Resources and Irrigation Hani Sewilam": the
		// last words of a portfolio run into the name
		if start > 0 && (b.low(start-1) == "and" || b.low(start-1) == "of") {
			for end-start > 2 && b.f.G.Word(t[start].Text) && !b.f.G.GivenName(t[start].Text) {
				start++
			}
		}
		// "... Economic Cooperation with Foreign Countries Kirill Dmitriev":
		// the words of a title's complement before a given name and a
		// surname are not the name
		for k := start + 1; k+1 < end; k++ {
			if b.f.G.GivenName(t[k].Text) {
				if b.allWords(start, k) {
					start = k
				}
				break
			}
		}
		i = j - 1
		limit := 4
		for k := start; k < end; k++ {
			if particles[t[k].Text] {
				limit = 7
			}
		}
		if start >= end || end-start > limit {
			continue
		}
		b.person(start, end)
		if (start == 0 || t[start-1].Text == "—" || t[start-1].Text == "–") && end-start >= 2 && end-start <= 3 && !b.claimed[start] && !b.anyWord(start, end) {
			opening = append(opening, [2]int{start, end})
		}
	}
	// "Rustem Umerov and Andriy Hnatov flew to Miami", "The Ukrainian
	// delegation — Rustem Umerov, Kyrylo Budanov and ...": a name that
	// opens the sentence or an aside, listed with a person, is one
	for _, r := range opening {
		if end := r[1]; (b.low(end) == "and" || b.low(end) == ",") && b.s.TitledPerson(end+1) != nil {
			b.add(Span{Kind: Person, Start: r[0], End: end, Name: b.s.Text(r[0], end), Cue: "listed with a person"})
		}
	}
}

// allWords reports whether tokens [i, j) are all ordinary English words,
// none a given name.
func (b *builder) allWords(i, j int) bool {
	for k := i; k < j; k++ {
		if !b.f.G.Word(b.toks[k].Text) || b.f.G.GivenName(b.toks[k].Text) {
			return false
		}
	}
	return true
}

// TitledPerson returns the person span that starts at token i or follows
// it past only its title phrase ("Chief of the General Staff Andrii
// Hnatov", "First Deputy Foreign Minister Serhiy Kyslytsya"), or nil.
func (s *Sentence) TitledPerson(i int) *Span {
	for k := i; k < len(s.Tokens) && k < i+8; {
		sp := s.At(k)
		switch w := s.Tokens[k].Lower(); {
		case sp != nil && sp.Kind == Person:
			return sp
		case sp != nil && (sp.Kind == Title || sp.Kind == Org || sp.Kind == Country):
			k = sp.End
		case sp != nil && sp.Kind == Candidate && s.TitleAt(sp.End) != nil:
			k = sp.End // "First Deputy Foreign Minister"
		case w == "of" || w == "the" || w == "'s":
			k++
		default:
			return nil
		}
	}
	return nil
}

// anyWord reports whether a token in [i, j) is an English word.
func (b *builder) anyWord(i, j int) bool {
	for k := i; k < j; k++ {
		if b.f.G.Word(b.toks[k].Text) {
			return true
		}
	}
	return false
}

// particleBeforeName: "von der" in "Ursula von der Leyen".
func (b *builder) particleBeforeName(j int) bool {
	k := j
	for k < len(b.toks) && particles[b.toks[k].Text] {
		k++
	}
	return k > j && k < len(b.toks) && b.nameToken(k)
}

// initials: "JD" in "JD Vance" — two or three capitals right before a name.
func (b *builder) initials(i int) bool {
	t := b.toks[i].Text
	return len(t) >= 2 && len(t) <= 3 && isAllCaps(t) && t != strings.ToLower(t) && i+1 < len(b.toks) && !b.claimed[i+1] && b.nameToken(i+1)
}

func (b *builder) prevIsOpener(i int) bool {
	p := b.toks[i-1].Text
	return p == "\"" || p == "“" || p == "‘" || p == "(" || p == "-" || p == "—" || p == "–" || p == ":"
}

// nameToken: a capitalised word that is not a month, weekday or all
// punctuation, and not a lone capital letter.
func (b *builder) nameToken(i int) bool {
	t := b.toks[i]
	// "al-Hayya", "el-Sisi": an Arabic article joined to a name
	if low := t.Lower(); (strings.HasPrefix(low, "al-") || strings.HasPrefix(low, "el-")) && len(t.Text) > 3 && i > 0 && b.toks[i-1].Cap() {
		r, _ := utf8.DecodeRuneInString(t.Text[3:])
		return unicode.IsUpper(r)
	}
	if !t.Cap() || !t.IsWord() || calendar[t.Text] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	if !unicode.IsLetter(r) {
		return false
	}
	if isAllCaps(t.Text) {
		return false // acronyms and initials alone are not people
	}
	return true
}

// closedClass are determiners and pronouns: capitalised inside a sentence
// only after something that opens one ("New Delhi, May 12 (PTI) The
// Directors General ..."), and never a name.
var closedClass = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

func isAllCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func (b *builder) person(start, end int) {
	t := b.toks
	// "Al Jazeera's Nour Odeh": an outlet's journalist reports, and is no
	// actor of the story
	if start >= 2 && b.low(start-1) == "'s" {
		if sp := b.s.At(start - 2); sp != nil && sp.Kind == Media {
			for k := start; k < end; k++ {
				b.claimed[k] = true
			}
			return
		}
	}
	cue := ""
	switch {
	case start > 0 && b.titleEndsAt(start):
		cue = "title"
	case b.sharedTitle(start):
		cue = "title" // "Presidents Zelensky and Trump"
	case end-start >= 2 && b.f.G.GivenName(t[start].Text) && !b.f.G.Word(t[end-1].Text):
		cue = "given name"
	case end-start >= 2 && b.f.G.GivenName(t[start].Text) && (!b.f.G.Word(t[start].Text) || start > 0 && !b.prevIsOpener(start)):
		// "William Burns" mid-sentence: a given name makes a name of two words
		cue = "given name"
	case end < len(t) && speechVerbs[b.low(end)] && (end-start >= 2 || !b.f.G.Word(t[start].Text) && !(start > 0 && b.low(start-1) == "the")):
		// ("the Taliban said": a single name after "the" is a group's)
		cue = "speech verb"
	case end < len(t) && actionVerbs[b.low(end)] && end-start >= 2:
		cue = "verb after a name"
	case b.appositionAfter(end):
		cue = "apposition"
	case end+1 < len(t) && t[end].Text == "," && b.low(end+1) == "who":
		cue = "who" // "Yermak, who led the Ukrainian delegation"
	case b.appositionBefore(start):
		cue = "apposition"
	case end-start >= 2 && start >= 2 && b.low(start-1) == "by" && byVerbs[b.low(start-2)] && !b.anyWord(start, end):
		// "the government delegation was led by Sumbu Sita Mambu"
		cue = "led by"
	case end-start == 2 && start > 0 && !b.prevIsOpener(start) && !b.s.Title && (!b.f.G.Word(t[start].Text) || utf8.RuneCountInString(t[start].Text) <= 3) && !b.f.G.Word(t[end-1].Text):
		// "where Rustem Umerov, who ...": two capitalised words that are not
		// English words, inside a sentence, make a name; a short family name
		// may be one ("Xi Jinping", "He Lifeng")
		cue = "name shape"
	}
	if groupWords[t[end-1].Text] || orgHeads[t[end-1].Text] || siteHeads[t[end-1].Text] {
		return // "Christian Democrats", "Free Democrats", "Red Square"
	}
	for k := start; k < end-1; k++ {
		if siteLeads[t[k].Text] {
			return // "Joint Base Elmendorf-Richardson", "Camp David"
		}
	}
	// "the Shell Bay golf club": after "the", a name is a thing's
	if (cue == "given name" || cue == "name shape") && start > 0 && b.low(start-1) == "the" {
		cue = ""
	}
	// "the resort of Sharm el-Sheikh", "the town of Pokrovsk": a place;
	// so is a name the gazetteer does not know after "in", when nothing
	// makes it a person's ("met in Bürgenstock", "talks in Sharm el-Sheikh")
	inPlace := (cue == "" || cue == "name shape") && start > 0 && b.low(start-1) == "in" && !b.f.G.Word(t[start].Text) && !isPossessive(b.low(end))
	if inPlace || start >= 2 && b.low(start-1) == "of" && placeNouns[b.low(start-2)] {
		name := b.s.Text(start, end)
		b.add(Span{Kind: Place, Start: start, End: end, Name: name, Key: gazetteer.Slug(name), Entry: gazetteer.Entry{Kind: model.Place, Name: name, PlaceType: "city"}})
		return
	}
	name := b.s.Text(start, end)
	allWords := true
	for k := start; k < end; k++ {
		if !b.f.G.Word(t[k].Text) || b.f.G.GivenName(t[k].Text) {
			allWords = false
		}
	}
	if cue == "" || (allWords && cue != "title") {
		// a bare capitalised word: kept as a candidate for a surname named elsewhere
		if end-start == 1 && (start > 0 || !b.f.G.Word(t[start].Text)) && !b.s.Title && !closedClass[t[start].Lower()] {
			b.add(Span{Kind: Candidate, Start: start, End: end, Name: name})
		}
		return
	}
	if b.s.Title && cue != "title" && cue != "given name" {
		return
	}
	b.add(Span{Kind: Person, Start: start, End: end, Name: name, Cue: cue})
}

// byVerbs put a person after "by": "led by", "received by".
var byVerbs = map[string]bool{"led": true, "headed": true, "chaired": true, "represented": true, "accompanied": true,
	"joined": true, "received": true, "hosted": true, "mediated": true, "signed": true}

// titleEndsAt reports whether a title, honorific or rank ends right before i,
// optionally followed by "for peace" style modifiers already passed.
func (b *builder) titleEndsAt(i int) bool {
	for k := range b.s.Spans {
		sp := &b.s.Spans[k]
		if sp.End != i {
			continue
		}
		if sp.Kind == Title {
			return true
		}
		// "Secretary of the National Security Council NAME"
		if sp.Kind == Org || sp.Kind == Country {
			j := sp.Start - 1
			if b.low(j) == "the" {
				j--
			}
			if b.low(j) == "of" && b.titleEndsAt(j) {
				return true
			}
		}
	}
	return false
}

// appositionAfter: "NAME, (a|the|his)? ... TITLE" within a few tokens.
func (b *builder) appositionAfter(end int) bool {
	end = b.s.SkipAge(end)
	// ("Rustem Umerov (NSDC secretary) met ...": a title in brackets)
	if end >= len(b.toks) || b.toks[end].Text != "," && b.toks[end].Text != "(" {
		return false
	}
	for k := end + 1; k < len(b.toks) && k <= end+6; k++ {
		if sp := b.s.At(k); sp != nil && sp.Kind == Title {
			return true
		}
		if b.toks[k].Text == "," || b.toks[k].Text == "." || b.toks[k].Text == ")" {
			return false
		}
	}
	return false
}

// SkipAge returns the index of the second comma of an age written after a
// name ("Rustem Umerov, 43, a former defence minister"), or end.
func (s *Sentence) SkipAge(end int) int {
	t := s.Tokens
	if end+2 >= len(t) || t[end].Text != "," || t[end+2].Text != "," {
		return end
	}
	n, err := strconv.Atoi(t[end+1].Text)
	if err != nil || n < 18 || n > 110 {
		return end
	}
	return end + 2
}

// appositionBefore: "the head of the Ukrainian delegation, NAME" — a title
// earlier in the clause, then a comma right before the name.
func (b *builder) appositionBefore(start int) bool {
	if start < 2 || b.toks[start-1].Text != "," {
		return false
	}
	for k := start - 2; k >= 0 && k >= start-10; k-- {
		sp := b.s.At(k)
		if sp != nil && sp.Kind == Title && sp.Entry.Title != "honorific" {
			return true
		}
		if sp != nil && (sp.Kind == Person || sp.Kind == Candidate) {
			return false // the title before is theirs: "Mr. Biden raised Xinjiang, Tibet"
		}
		if b.toks[k].Text == "," {
			return false
		}
	}
	return false
}

// roleRefs turns titles that stand alone into references to a person:
// "the Russian president", "the NSDC Secretary", "Trump's son-in-law".
// portfolioThenPerson reports whether capitalised words (and "and") from
// token k run into a person's name: a minister's portfolio.
func (b *builder) portfolioThenPerson(k int) bool {
	for n := 0; k < len(b.toks) && n < 7; n, k = n+1, k+1 {
		if p := b.s.At(k); p != nil && p.Kind == Person {
			return n > 0
		}
		if t := b.toks[k]; !(t.Cap() && t.IsWord()) && t.Lower() != "and" && t.Text != "&" {
			return false
		}
	}
	return false
}

func (b *builder) roleRefs() {
	spans := b.s.Spans
	for k := range spans {
		sp := spans[k]
		if sp.Kind != Title || sp.Title == "honorific" {
			continue
		}
		// followed by a person: not a reference
		if next := b.s.At(sp.End); next != nil && (next.Kind == Person || next.Kind == Candidate) {
			continue
		}
		// "Secretary of the National Security Council NAME", "Ambassador
		// to Russia NAME"
		if b.low(sp.End) == "of" || b.low(sp.End) == "to" {
			k := sp.End + 1
			if b.low(k) == "the" {
				k++
			}
			if a := b.s.At(k); a != nil && (a.Kind == Org || a.Kind == Country) {
				if p := b.s.At(a.End); p != nil && p.Kind == Person {
					continue
				}
			}
		}
		if sp.End < len(b.toks) && (b.toks[sp.End].Cap() && b.toks[sp.End].IsWord()) {
			continue
		}
		// "Minister of Water Resources and Irrigation NAME"
		if b.low(sp.End) == "of" && b.portfolioThenPerson(sp.End+1) {
			continue
		}
		if b.apposedToPerson(sp.Start, sp.End) {
			continue
		}
		ref := Span{Kind: RoleRef, Start: sp.Start, End: sp.End, Title: strings.ToLower(sp.Name), Name: b.s.Text(sp.Start, sp.End)}
		// anchor before: DEMONYM/COUNTRY, ORG acronym, or PERSON's
		j := sp.Start - 1
		if j >= 0 && isPossessive(b.toks[j].Text) {
			j--
		}
		if j >= 0 {
			if a := b.s.At(j); a != nil {
				switch a.Kind {
				case Country:
					ref.Countries = []string{a.Key}
				case Org:
					ref.Anchor = a.Name
				case Person, Candidate:
					ref.Anchor = a.Name
				}
				if a.Kind == Country || a.Kind == Org || a.Kind == Person || a.Kind == Candidate {
					ref.Start = a.Start
				}
			} else if isAllCaps(b.toks[j].Text) && utf8.RuneCountInString(b.toks[j].Text) >= 2 {
				ref.Anchor = b.toks[j].Text // "the NSDC Secretary"
				ref.Start = j
			}
		}
		// anchor after: "of the US president", "of Ukraine"
		if ref.Anchor == "" && len(ref.Countries) == 0 && b.low(sp.End) == "of" {
			k := sp.End + 1
			if b.low(k) == "the" {
				k++
			}
			if a := b.s.At(k); a != nil && (a.Kind == Country || a.Kind == Org) {
				if a.Kind == Country {
					ref.Countries = []string{a.Key}
				} else {
					ref.Anchor = a.Name
				}
			}
		}
		if ref.Anchor == "" && len(ref.Countries) == 0 && b.low(sp.Start-1) != "the" {
			continue
		}
		if ref.End < len(b.toks) && isPossessive(b.toks[ref.End].Text) {
			ref.Possessive = true
		}
		b.s.Spans = append(b.s.Spans, ref)
	}
}

// topics are the issues negotiations are about.
var topics = []struct {
	words, name string
	toks        []string
}{
	{"security guarantees", "security guarantees", nil}, {"security guarantee", "security guarantees", nil},
	{"ceasefire", "ceasefire", nil}, {"cease-fire", "ceasefire", nil}, {"truce", "ceasefire", nil},
	{"territorial", "territory", nil}, {"territory", "territory", nil}, {"territories", "territory", nil},
	{"de-escalation", "ceasefire", nil}, {"cessation of hostilities", "ceasefire", nil}, {"cessation of killings", "ceasefire", nil}, {"armistice", "ceasefire", nil},
	{"sanctions", "sanctions", nil}, {"prisoner exchange", "prisoner exchange", nil}, {"prisoner swap", "prisoner exchange", nil},
	{"prisoner exchanges", "prisoner exchange", nil}, {"prisoner swaps", "prisoner exchange", nil}, {"exchange of prisoners", "prisoner exchange", nil},
	{"exchanges of prisoners", "prisoner exchange", nil}, {"exchange prisoners", "prisoner exchange", nil}, {"swap prisoners", "prisoner exchange", nil},
	{"humanitarian aid", "humanitarian aid", nil},
}

// topicsByFirst are the topics' places in topics by their first word, in
// order, and topicKeys their keys: a token is compared with the topics
// that start with it only.
var (
	topicsByFirst = map[string][]int{}
	topicKeys     []string
)

func init() {
	for i := range topics {
		topics[i].toks = strings.Fields(topics[i].words)
		first := topics[i].toks[0]
		topicsByFirst[first] = append(topicsByFirst[first], i)
		topicKeys = append(topicKeys, gazetteer.Slug(topics[i].name))
	}
}

func (b *builder) topics() {
	for i := range b.toks {
		if b.claimed[i] {
			continue
		}
		for _, k := range topicsByFirst[b.low(i)] {
			tp := &topics[k]
			ws := tp.toks
			if i+len(ws) > len(b.toks) || !b.free(i, i+len(ws)) {
				continue
			}
			ok := true
			for k, w := range ws {
				if b.low(i+k) != w {
					ok = false
					break
				}
			}
			if ok {
				b.add(Span{Kind: Topic, Start: i, End: i + len(ws), Name: tp.name, Key: topicKeys[k]})
				break
			}
		}
	}
}

func (b *builder) pronouns() {
	for i, t := range b.toks {
		switch t.Lower() {
		case "he", "him", "his", "she", "her":
			if !b.claimed[i] {
				b.add(Span{Kind: Pronoun, Start: i, End: i + 1, Name: t.Text})
			}
		}
	}
}

// apposedToPerson reports whether the title at [start, end) describes a
// person named in the same clause: "NAME, a former TITLE" or "the TITLE of
// X, NAME".
func (b *builder) apposedToPerson(start, end int) bool {
	for k := start - 1; k >= 0 && k >= start-5; k-- {
		if b.toks[k].Text == "," {
			if p := b.s.At(k - 1); p != nil && p.Kind == Person {
				return true
			}
			break
		}
	}
	for k := end; k < len(b.toks) && k <= end+10; k++ {
		if b.toks[k].Text == "," {
			if p := b.s.At(k + 1); p != nil && p.Kind == Person {
				return true
			}
			// "the US President's special representative, NAME": a title after the comma
			if k+1 < len(b.toks) {
				if t := b.s.At(k + 1); t != nil && t.Kind == Title {
					if p := b.s.At(t.End); p != nil && p.Kind == Person {
						return true
					}
				}
			}
			return false
		}
		if p := b.s.At(k); p != nil && p.Kind == Person {
			return false
		}
	}
	return false
}

// InApposition reports whether token i lies in an apposition after another
// name, ", TITLE of X" ("Kushner, son-in-law of US President Donald
// Trump"), looking back no further than token left.
func (s *Sentence) InApposition(i, left int) bool {
	// "Chief of the General Staff Andrii Gnatov": a name right after the
	// title's institution holds the title
	if p := s.At(i - 1); i > 0 && p != nil && p.End == i && (p.Kind == Org || p.Kind == Country) {
		return false
	}
	for k := i - 1; k >= left && k >= i-6; k-- {
		w := s.Tokens[k].Lower()
		if (w == "of" || w == "to") && k > 0 && s.At(k) == nil {
			if sp := s.At(k - 1); sp != nil && sp.Kind == Title {
				return true
			}
		}
		if w == "," || w == "and" {
			return false
		}
	}
	return false
}
