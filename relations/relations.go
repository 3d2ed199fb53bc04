// Package relations reads typed facts from resolved sentences: who holds
// which role for which country or organisation, who heads or belongs to a
// delegation, whom a delegation represents, who authored a document, which
// documents revise or go with one another. Each rule is small, names the
// kinds of things it joins, and records its name on the evidence.
package relations

import (
	"slices"
	"sort"
	"strings"

	"kg/mentions"
	"kg/model"
	"kg/resolve"
	"kg/sentences"
)

// Extract returns the relations of one resolved document.
func Extract(d *resolve.Doc) []model.Relation {
	x := &extractor{d: d, seen: map[string]bool{}}
	x.roles()
	x.memberLists()
	x.ledBy()
	x.delegatesServe()
	x.represents()
	x.orgCountries()
	x.authorship()
	x.draftedBy()
	x.revisions()
	x.packages()
	return x.out
}

type extractor struct {
	d    *resolve.Doc
	out  []model.Relation
	seen map[string]bool
	// byKey and byID find the document's first entity of each kind and
	// key, and of each id, among its first indexed entities (entities
	// are only added, and their kinds, keys and ids do not change): a
	// long article looks up countries for every role it gives
	indexed int
	byKey   map[kindKey]int
	byID    map[string]int
}

type kindKey struct {
	kind model.NodeKind
	key  string
}

// first returns the index of the document's first entity of kind and key,
// or -1.
func (x *extractor) first(kind model.NodeKind, key string) int {
	x.catchUp()
	if i, ok := x.byKey[kindKey{kind, key}]; ok {
		return i
	}
	return -1
}

// index returns the index of the document's entity with the given id, or
// -1.
func (x *extractor) index(id string) int {
	x.catchUp()
	if i, ok := x.byID[id]; ok {
		return i
	}
	return -1
}

// catchUp indexes the entities added since it last ran.
func (x *extractor) catchUp() {
	if x.byKey == nil {
		x.byKey, x.byID = map[kindKey]int{}, map[string]int{}
	}
	for ; x.indexed < len(x.d.Entities); x.indexed++ {
		e := &x.d.Entities[x.indexed]
		if _, ok := x.byKey[kindKey{e.Kind, e.Key}]; !ok {
			x.byKey[kindKey{e.Kind, e.Key}] = x.indexed
		}
		if _, ok := x.byID[e.ID]; !ok {
			x.byID[e.ID] = x.indexed
		}
	}
}

func (x *extractor) add(from, to int, typ model.EdgeKind, si int, rule string, attrs model.Attrs) {
	if from < 0 || to < 0 || from == to {
		return
	}
	f, t := x.d.Entities[from].ID, x.d.Entities[to].ID
	// each relation its own attributes, without an empty role
	attrs = slices.DeleteFunc(slices.Clone(attrs), func(a model.Attr) bool { return a.Key == "role" && a.Value == "" })
	key := f + "|" + t + "|" + string(typ) + "|" + attrs.Get("role") + attrs.Get("relation")
	if x.seen[key] {
		return
	}
	x.seen[key] = true
	x.out = append(x.out, model.Relation{From: f, To: t, Type: typ, Attrs: attrs, Evidence: x.d.Evidence(si, rule)})
}

// country returns the entity of a country key, making it if the document
// names the country only inside another phrase.
func (x *extractor) country(key string, si int) int {
	if i := x.first(model.Country, key); i >= 0 {
		return i
	}
	c := x.d.G.Country(key)
	if c == nil {
		return -1
	}
	x.d.Entities = append(x.d.Entities, model.Entity{ID: "country:" + key, Kind: model.Country, Name: c.Name, Key: key, Mentions: []model.Evidence{x.d.Evidence(si, "implied country")}})
	return len(x.d.Entities) - 1
}

// chiefNegotiator: "his chief negotiator, Rustem Umerov, the secretary of
// Ukraine's security council" leads the delegation of the one country his
// roles in the sentence name, when no delegation is named.
func (x *extractor) chiefNegotiator(p, si int, roles []resolve.Role) {
	chief := false
	countries := map[string]bool{}
	for _, r := range roles {
		if len(r.Delegations) > 0 {
			return
		}
		if r.Title == "chief negotiator" || r.Title == "lead negotiator" {
			chief = true
		}
		for _, c := range r.Countries {
			countries[c] = true
		}
	}
	if !chief || len(countries) != 1 {
		return
	}
	for c := range countries {
		if dl := x.delegation(c, si); dl >= 0 {
			x.add(p, dl, model.Leads, si, "chief negotiator", model.Attrs{{Key: "role", Value: "chief negotiator"}})
		}
	}
}

// delegation returns the document's delegation of a country, adding it when
// the text implies it.
func (x *extractor) delegation(key string, si int) int {
	for i, e := range x.d.Entities {
		if e.Kind == model.Delegation && e.Attrs.Get("country") == key {
			return i
		}
	}
	c := x.d.G.Country(key)
	if c == nil {
		return -1
	}
	x.d.Entities = append(x.d.Entities, model.Entity{ID: "delegation:" + key, Kind: model.Delegation, Name: resolve.DelegationName(c), Key: key,
		Attrs: model.Attrs{{Key: "country", Value: key}}, Mentions: []model.Evidence{x.d.Evidence(si, "implied delegation")}})
	return len(x.d.Entities) - 1
}

// roles turns what sentences say of people into affiliations, kinship and
// delegation roles.
func (x *extractor) roles() {
	for si, k := range x.d.Spans(mentions.Person) {
		p := x.d.Entity(si, k)
		if p < 0 {
			continue
		}
		roles := x.d.RolesAt(si, k)
		x.chiefNegotiator(p, si, roles)
		for _, r := range roles {
			var attrs model.Attrs
			if r.Title != "" {
				attrs.Set("role", r.Title)
			}
			for _, c := range r.Countries {
				x.add(p, x.country(c, si), model.AffiliatedWith, si, r.Rule, attrs)
			}
			for _, o := range r.Orgs {
				e := x.d.Entity(si, o)
				x.add(p, e, model.AffiliatedWith, si, r.Rule, attrs)
				// "the head of the Office of the President of Ukraine": who
				// serves a state's institution serves the state (not a party
				// of its own, as Hamas is)
				if e >= 0 {
					if c := x.d.Entities[e].Attrs.Get("country"); c != "" && x.d.Entities[e].Attrs.Get("own_side") == "" && !slices.Contains(r.Countries, c) {
						x.add(p, x.country(c, si), model.AffiliatedWith, si, r.Rule, attrs)
					}
				}
			}
			for _, q := range r.Persons {
				if e := x.d.Entity(si, q); e >= 0 && x.d.Entities[e].Kind == model.Person {
					x.add(p, e, model.RelatedTo, si, r.Rule, model.Attrs{{Key: "relation", Value: r.Title}})
				}
			}
			for _, dl := range r.Delegations {
				typ := model.MemberOf
				if r.Leads {
					typ = model.Leads
				}
				x.add(p, x.d.Entity(si, dl), typ, si, r.Rule, attrs)
			}
		}
	}
}

var includeVerbs = map[string]bool{"included": true, "includes": true, "include": true, "comprised": true, "comprises": true, "consisted": true, "consists": true, "including": true}

// memberLists reads "the US delegation included A, B and C" and "the team
// was led by A and included B": the people after the verb, and a pronoun
// for the speaker ("in addition to him").
func (x *extractor) memberLists() {
	for si, k := range x.d.Spans(mentions.Delegation) {
		s, sp := &x.d.Sents[si], x.d.Sents[si].Spans[k]
		dl := x.d.Entity(si, k)
		// the verb, later in the clause, before any other delegation
		verb := -1
		for j := sp.End; j < len(s.Tokens) && verb < 0; j++ {
			if w := s.Tokens[j].Lower(); includeVerbs[w] && w != "including" {
				verb = j
			} else if w == ";" || w == ":" {
				break
			}
			if o := s.At(j); o != nil && o.Kind == mentions.Delegation && o.Start != sp.Start {
				break
			}
		}
		if verb < 0 && onSide(s, sp) {
			// "On the Chinese side, Vice Premier Liu He and Yang Jiechi took part"
			verb = sp.End - 1
		}
		if verb < 0 && sp.End+1 < len(s.Tokens) && dashes[s.Tokens[sp.End].Text] {
			// "The Ukrainian delegation — Umerov, Budanov and Hnatov — met
			// ...": the people between the dashes
			list := x.personList(s, sp.End+1)
			if n := len(list); n > 1 {
				if end := s.Spans[list[n-1]].End; end < len(s.Tokens) && dashes[s.Tokens[end].Text] {
					for _, q := range list {
						x.add(x.d.Entity(si, q), dl, model.MemberOf, si, "delegation listed between dashes", nil)
					}
				}
			}
			continue
		}
		if verb < 0 {
			continue
		}
		for q, o := range s.Spans {
			if o.Start <= verb || (o.Kind != mentions.Person && o.Kind != mentions.Pronoun) {
				continue
			}
			if o.Possessive || s.InApposition(o.Start, 0) {
				continue
			}
			if o.Kind == mentions.Pronoun && !strings.EqualFold(o.Name, "him") && !strings.EqualFold(o.Name, "her") {
				continue
			}
			x.add(x.d.Entity(si, q), dl, model.MemberOf, si, "delegation included", nil)
		}
	}
}

// dashes set off an aside.
var dashes = map[string]bool{"—": true, "–": true, "--": true}

// onSide reports whether a delegation span opens its sentence as "On the
// X side,": the people the sentence then names are on that side.
func onSide(s *mentions.Sentence, sp mentions.Span) bool {
	return sp.Start == 2 && s.Tokens[0].Lower() == "on" && s.Tokens[1].Lower() == "the" &&
		s.Tokens[sp.End-1].Lower() == "side" && sp.End < len(s.Tokens) && s.Tokens[sp.End].Text == ","
}

// represents joins each delegation to its country or organisation.
func (x *extractor) represents() {
	for i := range x.d.Entities {
		e := x.d.Entities[i]
		if e.Kind != model.Delegation || len(e.Mentions) == 0 {
			continue
		}
		si := x.sentenceOf(e.Mentions[0])
		if org := e.Attrs.Get("organization"); org != "" {
			x.add(i, x.organization(org), model.Represents, si, "delegation of an organisation", nil)
			continue
		}
		x.add(i, x.country(e.Key, si), model.Represents, si, "delegation of a country", nil)
	}
}

// delegatesServe: who heads or sits on a country's delegation serves that
// country; on an organisation's ("the Hamas delegation"), that organisation.
func (x *extractor) delegatesServe() {
	for _, r := range append([]model.Relation(nil), x.out...) {
		if r.Type != model.Leads && r.Type != model.MemberOf {
			continue
		}
		from, to := x.index(r.From), x.index(r.To)
		if from < 0 || to < 0 || x.d.Entities[to].Kind != model.Delegation {
			continue
		}
		si := x.sentenceOf(r.Evidence)
		role := model.Attrs{{Key: "role", Value: r.Attrs.Get("role")}}
		if c := x.d.Entities[to].Attrs.Get("country"); c != "" {
			x.add(from, x.country(c, si), model.AffiliatedWith, si, "on the country's delegation", role)
		} else if org := x.d.Entities[to].Attrs.Get("organization"); org != "" {
			x.add(from, x.organization(org), model.AffiliatedWith, si, "on the organisation's delegation", role)
		}
	}
}

// organization returns the index of the document's organisation with the
// given key, or -1.
func (x *extractor) organization(key string) int { return x.first(model.Organization, key) }

// ledBy reads "the Russian delegation was headed by NAME" and "a team led
// by NAME".
func (x *extractor) ledBy() {
	for si, k := range x.d.Spans(mentions.Delegation) {
		s, sp := &x.d.Sents[si], x.d.Sents[si].Spans[k]
		j := skip(s, sp.End, 6, ledByGap...)
		// "The Ukrainian delegation at the 16 May talks was led by ..."
		if m := meetingPhrase(s, sp.End); m > 0 && (j >= len(s.Tokens) || !ledVerbs[s.Tokens[j].Lower()]) {
			j = skip(s, m, 6, ledByGap...)
		}
		if j+1 >= len(s.Tokens) || !ledVerbs[s.Tokens[j].Lower()] || s.Tokens[j+1].Lower() != "by" {
			continue
		}
		// "represented by a team led by NAME": the team's leader
		if k := teamLedBy(s, j+2); s.Tokens[j].Lower() == "represented" && k > 0 {
			j = k
		}
		// "represented by A and B": a team of equals, each a member; "led by
		// A and B": co-leaders
		if list := x.personList(s, j+2); len(list) > 1 {
			typ, rule := model.Leads, "delegation led by"
			if s.Tokens[j].Lower() == "represented" {
				typ, rule = model.MemberOf, "delegation represented by"
			}
			// "US and Ukrainian delegations, led by A and B": each its own,
			// in the order named
			if n := len(sp.Countries); n > 1 && n == len(list) {
				if i := slices.Index(sp.Countries, sp.Key); i >= 0 {
					list = list[i : i+1]
				}
			}
			for _, q := range list {
				x.add(x.d.Entity(si, q), x.d.Entity(si, k), typ, si, rule, nil)
			}
			continue
		}
		// the first person after "by", past any title; "was also
		// represented by NAME" adds a member to a team told before
		typ, rule := model.Leads, "delegation led by"
		if s.Tokens[j].Lower() == "represented" && slices.ContainsFunc(s.Tokens[sp.End:j], func(t sentences.Token) bool { return t.Lower() == "also" }) {
			typ, rule = model.MemberOf, "delegation also represented by"
		}
		for q, o := range s.Spans {
			if o.Start > j+1 && o.Kind == mentions.Person {
				if x.between(s, j+2, o.Start) || appositive(s, j+2, o.Start) {
					x.add(x.d.Entity(si, q), x.d.Entity(si, k), typ, si, rule, nil)
				}
				break
			}
		}
	}
}

// teamLedBy returns where "a team led" ends its verb, at token i ("a
// team led by", "a delegation headed by"), or 0.
func teamLedBy(s *mentions.Sentence, i int) int {
	if w := s.LowerAt(i); w == "a" || w == "an" || w == "the" {
		i++
	}
	switch s.LowerAt(i) {
	case "team", "delegation":
		i++
	default:
		return 0
	}
	if w := s.LowerAt(i); w != "represented" && ledVerbs[w] && s.LowerAt(i+1) == "by" {
		return i
	}
	return 0
}

// ledByGap are the words between a delegation and "led by".
var ledByGap = []string{"was", "were", "is", "are", "will", "be", "been", "has", "have", ",", "which", "that", "who", "again", "also", "once"}

// auxiliary are the verbs that end a phrase before the predicate.
var auxiliary = map[string]bool{"was": true, "were": true, "is": true, "are": true, "will": true}

// meetingPhrase returns where a phrase at i that names a meeting ends
// ("at the 16 May talks", "to the Istanbul meeting", "for talks with the
// United States"), or 0.
func meetingPhrase(s *mentions.Sentence, i int) int {
	if i >= len(s.Tokens) {
		return 0
	}
	switch s.Tokens[i].Lower() {
	case "at", "to", "in", "for":
	default:
		return 0
	}
	for k := i + 1; k < len(s.Tokens) && k <= i+6; k++ {
		switch w := s.Tokens[k].Lower(); {
		case mentions.MeetingNoun(w):
			return pastParties(s, k+1)
		case w == "," || w == "." || auxiliary[w]:
			return 0
		}
	}
	return 0
}

// pastParties returns where "with the United States" or "between A and B"
// at token i ends, or i.
func pastParties(s *mentions.Sentence, i int) int {
	if i >= len(s.Tokens) || s.Tokens[i].Lower() != "with" && s.Tokens[i].Lower() != "between" {
		return i
	}
	k := i + 1
	for k < len(s.Tokens) {
		if sp := s.At(k); sp != nil && (sp.Kind == mentions.Country || sp.Kind == mentions.Org || sp.Kind == mentions.Person) {
			k = sp.End
			continue
		}
		if w := s.Tokens[k].Lower(); w == "the" || w == "and" || w == "," {
			k++
			continue
		}
		break
	}
	return k
}

// personList returns the person spans of the list that starts at token i:
// people joined by "and" or commas, each perhaps after a title phrase.
func (x *extractor) personList(s *mentions.Sentence, i int) []int {
	var out []int
	from := i
	for q, o := range s.Spans {
		// ("Jared Kushner, President Donald Trump's son-in-law": the
		// possessor describes the one before)
		if o.Start < from || o.Kind != mentions.Person || o.Possessive {
			continue
		}
		k := from
		if len(out) > 0 {
			// between two people: a comma or "and" (or both), then a title
			n := 0
			for k < o.Start && n < 2 && (s.Tokens[k].Text == "," || s.Tokens[k].Lower() == "and") {
				k++
				n++
			}
			if n == 0 {
				break
			}
		}
		if len(out) == 0 && !x.between(s, k, o.Start) || len(out) > 0 && !titleGap(s, k, o.Start) {
			break
		}
		out = append(out, q)
		from = o.End
	}
	return out
}

// appositive reports whether tokens [i, j) are a title phrase set off by
// a comma before the name: "the head of military intelligence (GRU), NAME".
func appositive(s *mentions.Sentence, i, j int) bool {
	if j-1 <= i || s.Tokens[j-1].Text != "," {
		return false
	}
	for k := i; k < j-1; k++ {
		if s.Tokens[k].Text == "(" && k+2 < j-1 && s.Tokens[k+2].Text == ")" {
			k += 2
			continue
		}
		if s.Tokens[k].Text == "," || s.Tokens[k].Text == ";" || s.Tokens[k].Text == "(" {
			return false
		}
	}
	return j-i <= 14 && titleIn(s, i, j-1)
}

// titleIn reports whether a title span lies in tokens [i, j).
func titleIn(s *mentions.Sentence, i, j int) bool {
	for _, sp := range s.Spans {
		if sp.Kind == mentions.Title && sp.Start >= i && sp.End <= j {
			return true
		}
	}
	return false
}

// titleGap reports whether tokens [i, j) hold only a title phrase: titles,
// the countries, organisations and people they belong to ("Trump's
// envoy"), and little words.
func titleGap(s *mentions.Sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if sp := s.At(k); sp != nil && (sp.Kind == mentions.Title || sp.Kind == mentions.Country || sp.Kind == mentions.Org || sp.Kind == mentions.Place || sp.Kind == mentions.Person && sp.Possessive) {
			k = sp.End - 1
			continue
		}
		switch s.Tokens[k].Lower() {
		case "the", "a", "an", "his", "her", "its", "their", "of", "for", "'s", "’s":
			continue
		}
		return false
	}
	return true
}

var ledVerbs = map[string]bool{"led": true, "headed": true, "chaired": true, "directed": true, "represented": true}

// between reports whether tokens [i, j) hold only a title phrase: no
// comma, no verb, nothing but titles, countries, organisations and their
// modifiers.
func (x *extractor) between(s *mentions.Sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if s.Tokens[k].Text == "," || s.Tokens[k].Text == ";" {
			return false
		}
	}
	return j-i <= 12 // "the Secretary of the National Security and Defense Council"
}

// orgCountries joins an institution to its country, when the article
// names the country too.
func (x *extractor) orgCountries() {
	for i := range x.d.Entities {
		e := x.d.Entities[i]
		if e.Kind != model.Organization || e.Attrs.Get("country") == "" || len(e.Mentions) == 0 {
			continue
		}
		for j, c := range x.d.Entities {
			if c.Kind == model.Country && c.Key == e.Attrs.Get("country") {
				x.add(i, j, model.AffiliatedWith, x.sentenceOf(e.Mentions[0]), "institution of a country", nil)
			}
		}
	}
}

// sentenceOf returns the sentence the evidence quotes, or 0. Sentences
// are in the order of the text: it is looked for by halves.
func (x *extractor) sentenceOf(ev model.Evidence) int {
	si := sort.Search(len(x.d.Sents), func(i int) bool { return x.d.Sents[i].Start >= ev.Start })
	if si == len(x.d.Sents) || x.d.Sents[si].Start != ev.Start {
		return 0
	}
	return si
}

// authorship: "the 28-point US plan" (a country inside the name), "Trump's
// plan" (a person's possessive), "A and B said in a joint statement".
func (x *extractor) authorship() {
	for si, k := range x.d.Spans(mentions.Document) {
		s, sp := &x.d.Sents[si], x.d.Sents[si].Spans[k]
		doc := x.d.Entity(si, k)
		// "the 28-point US plan": a country named inside the document's name
		for _, m := range x.d.G.Names(s.Tokens[sp.Start:sp.End]) {
			if m.Kind == model.Country && m.Start > 0 {
				x.add(x.country(m.Key, si), doc, model.Authored, si, "country in a document's name", nil)
			}
		}
		for q, o := range s.Spans {
			if (o.Kind == mentions.Person || o.Kind == mentions.RoleRef) && o.Possessive && o.End+1 == sp.Start {
				x.add(x.d.Entity(si, q), doc, model.Authored, si, "person's document", nil)
			}
		}
		// A and B said in a joint statement
		if strings.HasPrefix(sp.Name, "joint ") && sp.Start >= 2 {
			v := sp.Start - 1
			for v > 0 && (s.Tokens[v].Lower() == "a" || s.Tokens[v].Lower() == "in" || s.Tokens[v].Lower() == "their") {
				v--
			}
			if !speech[s.Tokens[v].Lower()] {
				continue
			}
			for q, o := range s.Spans {
				if o.End <= v && (o.Kind == mentions.Person) && !o.Possessive {
					x.add(x.d.Entity(si, q), doc, model.Authored, si, "said in a joint statement", nil)
				}
			}
		}
	}
}

var speech = map[string]bool{"said": true, "say": true, "says": true, "stated": true, "wrote": true, "announced": true, "declared": true}

var newer = map[string]bool{"now": true, "updated": true, "revised": true, "new": true, "latest": true, "amended": true, "reduced": true, "redrafted": true, "replaced": true, "shortened": true}

// older words mark the earlier version: "the original 28-point plan".
var older = map[string]bool{"original": true, "initial": true, "earlier": true, "previous": true, "old": true, "first": true, "draft": true}

var replaceVerbs = map[string]bool{"replaced": true, "replaces": true, "replacing": true, "superseded": true, "supersedes": true, "updated": true, "revised": true, "amended": true, "reworked": true}

// revisions orders numbered plans: "the original 28-point plan" is older; "a
// 19-point framework that replaced the 28-point plan" is newer; of plans in
// different sentences, the one a sentence calls new, updated or "now" revises
// the one named before it.
type planMention struct {
	e, si, start int
	old          bool
}

// namedBefore returns the index in before of the plan a sentence opening
// "The framework replaces ..." calls by its head word, a plan of another
// sentence whose name or alias ends with that word; the plan replaced is
// entity e at token end. It returns -1 if the sentence does not open so.
func (x *extractor) namedBefore(before []planMention, si, e, end int) int {
	s := &x.d.Sents[si]
	if end < 3 || s.Tokens[0].Lower() != "the" || !mentions.DocumentWord(s.Tokens[1].Lower()) || s.At(1) != nil {
		return -1
	}
	replaced := false
	for k := 2; k < end; k++ {
		if replaceVerbs[s.Tokens[k].Lower()] && s.Tokens[k+1].Lower() != "by" {
			replaced = true
		}
	}
	if !replaced {
		return -1
	}
	head := s.Tokens[1].Lower()
	for j := len(before) - 1; j >= 0; j-- {
		p := before[j]
		if p.si == si || p.e == e || p.e < 0 {
			continue
		}
		ent := x.d.Entities[p.e]
		for _, n := range append([]string{ent.Name}, ent.Aliases...) {
			if strings.HasSuffix(strings.ToLower(n), " "+head) {
				return j
			}
		}
	}
	return -1
}

func (x *extractor) revisions() {
	var plans []planMention
	for si := range x.d.Sents {
		s := &x.d.Sents[si]
		for k, sp := range s.Spans {
			if sp.Kind == mentions.Document && strings.HasPrefix(sp.Key, "plan-") {
				m := planMention{e: x.d.Entity(si, k), si: si, start: sp.Start}
				for j := max(0, sp.Start-2); j < sp.Start; j++ {
					m.old = m.old || older[s.Tokens[j].Lower()]
				}
				plans = append(plans, m)
			}
		}
	}
	for i, m := range plans {
		// "The framework replaces the 28-point plan": "the framework"
		// opening the sentence is the plan the article called so before
		if j := x.namedBefore(plans[:i], m.si, m.e, m.start); j >= 0 {
			x.add(plans[j].e, m.e, model.Revises, m.si, "replaced", nil)
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := plans[j]
			if p.e == m.e {
				continue
			}
			s := &x.d.Sents[m.si]
			switch {
			case p.old != m.old:
				newer, old := m, p
				if m.old {
					newer, old = p, m
				}
				x.add(newer.e, old.e, model.Revises, m.si, "the original plan and its successor", nil)
			case p.si == m.si:
				// "A replaced B" / "A was replaced by B"
				for k := p.start; k < m.start; k++ {
					if replaceVerbs[s.Tokens[k].Lower()] {
						if k+1 < len(s.Tokens) && s.Tokens[k+1].Lower() == "by" {
							x.add(m.e, p.e, model.Revises, m.si, "replaced by", nil)
						} else {
							x.add(p.e, m.e, model.Revises, m.si, "replaced", nil)
						}
						break
					}
				}
			default:
				for _, t := range s.Tokens {
					if newer[t.Lower()] {
						x.add(m.e, p.e, model.Revises, m.si, "newer numbered plan", nil)
						break
					}
				}
			}
			break
		}
	}
}

var draftVerbs = map[string]bool{"drafted": true, "written": true, "proposed": true, "presented": true, "prepared": true, "authored": true, "released": true, "issued": true, "drawn": true, "put": true, "submitted": true, "unveiled": true}

// draftedBy reads "the plan drafted by A and B" and "a plan proposed by the
// US": the people, delegations and countries after "by".
func (x *extractor) draftedBy() {
	for si, k := range x.d.Spans(mentions.Document) {
		s, sp := &x.d.Sents[si], x.d.Sents[si].Spans[k]
		j := skip(s, sp.End, 3, ",", "was", "is", "up", "forward", "been", "had") // ("the 28-point plan, drafted by")
		if j >= len(s.Tokens) || !draftVerbs[s.Tokens[j].Lower()] {
			continue
		}
		for j < len(s.Tokens) && s.Tokens[j].Lower() != "by" && j < sp.End+6 {
			j++
		}
		if j >= len(s.Tokens) || s.Tokens[j].Lower() != "by" {
			continue
		}
		for q, o := range s.Spans {
			if o.Start <= j || o.Possessive {
				continue
			}
			if stop := s.Tokens[o.Start-1].Lower(); o.Start > j+1 && stop != "and" && stop != "," && stop != "the" && s.At(o.Start-1) == nil {
				break // past the list of authors
			}
			if o.Kind == mentions.Person || o.Kind == mentions.Delegation || o.Kind == mentions.Country && !o.Demonym {
				x.add(x.d.Entity(si, q), x.d.Entity(si, k), model.Authored, si, "document drafted by", nil)
			}
		}
	}
}

// packages: documents listed together in one sentence are negotiated as one
// package; the first named is linked to each of the others. A document whose
// name holds a topic is linked to the topic.
func (x *extractor) packages() {
	for si := range x.d.Sents {
		s := &x.d.Sents[si]
		var docs []int
		for k, sp := range s.Spans {
			if sp.Kind == mentions.Document || (sp.Kind == mentions.Topic && len(docs) > 0) {
				if e := x.d.Entity(si, k); e >= 0 && !slices.Contains(docs, e) {
					docs = append(docs, e)
				}
			}
		}
		if len(docs) >= 3 || (len(docs) == 2 && x.listed(s)) {
			for _, o := range docs[1:] {
				x.add(docs[0], o, model.LinkedTo, si, "documents listed together", nil)
			}
		}
	}
	for i, e := range x.d.Entities {
		if e.Kind != model.Document {
			continue
		}
		for j, t := range x.d.Entities {
			if t.Kind == model.Topic && strings.Contains(strings.ToLower(e.Name), t.Name) && len(e.Mentions) > 0 {
				x.add(i, j, model.LinkedTo, x.sentenceOf(e.Mentions[0]), "topic in a document's name", nil)
			}
		}
	}
}

func (x *extractor) listed(s *mentions.Sentence) bool {
	for _, t := range s.Tokens {
		switch t.Lower() {
		case "documents", "including", "package", "together":
			return true
		}
	}
	return false
}

// skip returns the index of the first token from i on that is not one of
// words, looking at most n tokens ahead.
func skip(s *mentions.Sentence, i, n int, words ...string) int {
	j := i
	for j < len(s.Tokens) && j < i+n && slices.Contains(words, s.Tokens[j].Lower()) {
		j++
	}
	return j
}
