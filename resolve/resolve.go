// Package resolve turns the mentions of one document into its entities: one
// entity per person, country, place, organisation, delegation, document and
// topic. Bare surnames are tied to the full name the document gives, role
// references ("the NSDC Secretary", "the Russian president") to the person
// the text gave that role, and pronouns to the last person named. Names it
// cannot tie inside the document are kept as weak entities for merging to
// resolve across documents.
package resolve

import (
	"iter"
	"slices"
	"sort"
	"strings"

	"kg/gazetteer"
	"kg/internal/memo"
	"kg/mentions"
	"kg/model"
)

// Doc is one document's resolved mentions.
type Doc struct {
	ID       string
	Sents    []mentions.Sentence
	Entities []model.Entity
	byKey    map[string]int
	spanOf   [][]int32 // by sentence and span: the span's entity index + 1 (0: none)
	roles    map[int][]personRole
	G        *gazetteer.Gazetteer
	source   string
	keys     map[string]string // nameKey's, by name
	// rolesOf are Roles of the person spans, by (sentence, span):
	// personRoles asks after the last pass that changes a span
	// (countryPairs), and relations asks again
	rolesOf map[[2]int][]Role
}

// RolesAt returns Roles(&d.Sents[si], k), the roles sentence si gives its
// person span k, working them out once.
func (d *Doc) RolesAt(si, k int) []Role {
	return memo.Of(&d.rolesOf, [2]int{si, k}, func(at [2]int) []Role { return Roles(&d.Sents[at[0]], at[1]) })
}

// nameKey is NameKey, worked out once for each name of the document:
// finding people asks for the same names' keys again and again.
func (d *Doc) nameKey(s string) string { return memo.Of(&d.keys, s, NameKey) }

type personRole struct {
	Role
	sent int
}

// Entity returns the entity index of span k of sentence si, or -1.
func (d *Doc) Entity(si, k int) int {
	if si < 0 || si >= len(d.spanOf) || k < 0 || k >= len(d.spanOf[si]) {
		return -1
	}
	return int(d.spanOf[si][k]) - 1
}

// setEntity makes e the entity of span k of sentence si.
func (d *Doc) setEntity(si, k, e int) {
	row := d.spanOf[si]
	if k >= len(row) {
		// room for every span of the sentence: only a span added later
		// (ensureSpan) grows it again
		grown := make([]int32, max(k+1, len(d.Sents[si].Spans)))
		copy(grown, row)
		row = grown
		d.spanOf[si] = row
	}
	row[k] = int32(e + 1)
}

// EntityByID returns the index of the entity with id, or -1.
func (d *Doc) EntityByID(id string) int {
	if e, ok := d.byKey[id]; ok {
		return e
	}
	return -1
}

// Roles returns the roles found for entity e, with their sentences.
func (d *Doc) Roles(e int) []Role {
	var out []Role
	for _, r := range d.roles[e] {
		out = append(out, r.Role)
	}
	return out
}

// Evidence returns the evidence of sentence si.
func (d *Doc) Evidence(si int, rule string) model.Evidence {
	s := d.Sents[si]
	return model.Evidence{Doc: d.ID, Text: s.Sentence.Text, Start: s.Start, End: s.End, Rule: rule}
}

// Document resolves the mentions of document id, whose whole text is source.
func Document(id, source string, sents []mentions.Sentence, g *gazetteer.Gazetteer) *Doc {
	d := &Doc{ID: id, Sents: sents, byKey: map[string]int{}, spanOf: make([][]int32, len(sents)), roles: map[int][]personRole{}, G: g, source: source}
	d.people()
	d.things()
	d.datelinePlace()
	d.countryPairs()
	d.personRoles()
	d.roleRefs()
	d.pronouns()
	return d
}

func (d *Doc) entity(key string, kind model.NodeKind, name string) int {
	if i, ok := d.byKey[key]; ok {
		return i
	}
	d.Entities = append(d.Entities, model.Entity{ID: key, Kind: kind, Name: name})
	d.byKey[key] = len(d.Entities) - 1
	return len(d.Entities) - 1
}

func (d *Doc) mention(e, si, k int, rule string) {
	d.setEntity(si, k, e)
	ent := &d.Entities[e]
	s := &d.Sents[si]
	sp := s.Spans[k]
	surface := s.Text(sp.Start, sp.End)
	// aliases are names: a role reference ("the Russian president") or a
	// pronoun is recorded as a mention, not as another name
	if surface != ent.Name && !slices.Contains(ent.Aliases, surface) && sp.Kind != mentions.Pronoun && sp.Kind != mentions.RoleRef {
		ent.Aliases = append(ent.Aliases, surface)
	}
	if sp.Alias != "" && !slices.Contains(ent.Aliases, sp.Alias) {
		ent.Aliases = append(ent.Aliases, sp.Alias)
	}
	ev := d.Evidence(si, rule)
	for _, m := range ent.Mentions {
		if m.Start == ev.Start {
			return
		}
	}
	ent.Mentions = append(ent.Mentions, ev)
}

// people makes one entity per person: full names first, then surnames.
func (d *Doc) people() {
	type full struct {
		given, surname string
		e              int
	}
	var fulls []full
	bySurname := map[string][]int{} // surname key -> indexes in fulls
	for si := range d.Sents {
		s := &d.Sents[si]
		for k, sp := range s.Spans {
			if sp.Kind != mentions.Person {
				continue
			}
			words := strings.Fields(sp.Name) // a lexicon alias stands for the canonical name
			if len(words) < 2 || mentions.Particle(words[0]) || s.ParticleAt(sp) {
				continue // "Al Thani" is a surname with its particle
			}
			given, surname := words[0], words[len(words)-1]
			sk := d.nameKey(surname)
			found := -1
			for _, fi := range bySurname[sk] {
				if GivenKeysCompatible(d.nameKey(d.G.GivenForm(fulls[fi].given)), d.nameKey(d.G.GivenForm(given))) {
					found = fi
				}
			}
			if found < 0 {
				key := "person:" + sk
				if len(bySurname[sk]) > 0 {
					key += ":" + d.nameKey(given)
				}
				e := d.entity(key, model.Person, sp.Name)
				fulls = append(fulls, full{given, surname, e})
				found = len(fulls) - 1
				bySurname[sk] = append(bySurname[sk], found)
			}
			d.mention(fulls[found].e, si, k, "person: "+sp.Cue)
		}
	}
	// the surnames of the full names, wherever they stand alone
	written := map[string]bool{}
	for _, f := range fulls {
		written[f.surname] = true
	}
	for si := range d.Sents {
		s := &d.Sents[si]
		for i, t := range s.Tokens {
			if !written[t.Text] {
				continue
			}
			fs := bySurname[d.nameKey(t.Text)]
			if len(fs) == 0 || t.Text != fulls[fs[0]].surname {
				continue
			}
			if sp := s.At(i); sp != nil && sp.Kind != mentions.Candidate && !(sp.Kind == mentions.Person && sp.End-sp.Start == 1) {
				continue
			}
			k := d.ensureSpan(si, i, i+1, mentions.Person)
			d.mention(fulls[fs[0]].e, si, k, "surname of a full name")
		}
	}
	// family names written first ("Xi Jinping", "Liu He", "Kim Jong Un"),
	// and people called by their first name in the news ("Anwar",
	// "Phumtham"): a bare name is the one name of two or three words of
	// the document that starts with it, when no name ends with it
	byFirst := map[string][]int{}
	for fi, f := range fulls {
		if n := len(strings.Fields(d.Entities[f.e].Name)); n == 2 || n == 3 {
			byFirst[f.given] = append(byFirst[f.given], fi)
		}
	}
	for si := range d.Sents {
		s := &d.Sents[si]
		for k, sp := range s.Spans {
			if (sp.Kind != mentions.Person && sp.Kind != mentions.Candidate) || sp.End-sp.Start != 1 || d.Entity(si, k) >= 0 {
				continue
			}
			if fs := byFirst[sp.Name]; len(fs) == 1 && !written[sp.Name] {
				s.Spans[k].Kind = mentions.Person
				d.mention(fulls[fs[0]].e, si, k, "family name written first")
			}
		}
	}
	// "Mohamed Hamdan Dagalo, known as Hemedti": the name he goes by
	for si := range d.Sents {
		s := &d.Sents[si]
		for k, sp := range s.Spans {
			e := d.Entity(si, k)
			if sp.Kind != mentions.Person || e < 0 {
				continue
			}
			i := sp.End
			if i < len(s.Tokens) && s.Tokens[i].Text == "," {
				i++
			}
			if i < len(s.Tokens) && (s.Tokens[i].Lower() == "also" || s.Tokens[i].Lower() == "better") {
				i++
			}
			if i+2 >= len(s.Tokens) || s.Tokens[i].Lower() != "known" || s.Tokens[i+1].Lower() != "as" {
				continue
			}
			a := s.At(i + 2)
			if a == nil || a.Start != i+2 || (a.Kind != mentions.Candidate && a.Kind != mentions.Person) {
				continue
			}
			if _, taken := d.byKey["person:"+d.nameKey(a.Name)]; taken {
				continue
			}
			d.byKey["person:"+d.nameKey(a.Name)] = e // later mentions of the alias are the person
		}
	}
	// people named only by surname, and bare capitalised names
	for si := range d.Sents {
		s := &d.Sents[si]
		for k, sp := range s.Spans {
			if (sp.Kind != mentions.Person && sp.Kind != mentions.Candidate) || d.Entity(si, k) >= 0 {
				continue
			}
			key := "person:" + d.nameKey(sp.Name)
			if f := strings.Fields(sp.Name); len(f) > 1 && (mentions.Particle(f[0]) || s.ParticleAt(sp)) {
				key = "person:" + d.nameKey(f[len(f)-1]) // "Al Thani" is Thani's
			}
			e, ok := d.byKey[key]
			if !ok {
				e = d.entity(key, model.Person, sp.Name)
				d.Entities[e].Weak = true
			}
			if sp.Kind == mentions.Person {
				d.Entities[e].Weak = false
			}
			rule := "person: " + sp.Cue
			if sp.Kind == mentions.Candidate {
				rule = "capitalised name"
			}
			d.mention(e, si, k, rule)
		}
	}
}

// ensureSpan returns the index of a span of kind at [i, j) in sentence si,
// replacing a candidate there or adding one.
func (d *Doc) ensureSpan(si, i, j int, kind mentions.Kind) int {
	s := &d.Sents[si]
	for k := range s.Spans {
		if s.Spans[k].Start == i && s.Spans[k].End == j && (s.Spans[k].Kind == kind || s.Spans[k].Kind == mentions.Candidate) {
			s.Spans[k].Kind = kind
			return k
		}
	}
	sp := mentions.Span{Kind: kind, Start: i, End: j, Name: s.Text(i, j), Cue: "surname"}
	if j < len(s.Tokens) && (s.Tokens[j].Lower() == "'s" || s.Tokens[j].Lower() == "'") {
		sp.Possessive = true
	}
	s.Spans = append(s.Spans, sp)
	return len(s.Spans) - 1
}

// things makes the entities of gazetteer names, organisations, delegations,
// documents and topics.
func (d *Doc) things() {
	d.fullTownNames()
	// documents called by a generic name ("the peace plan") are the
	// numbered plan the document discusses, when there is one
	var numbered []string
	for si := range d.Sents {
		for _, sp := range d.Sents[si].Spans {
			if sp.Kind == mentions.Document && strings.HasPrefix(sp.Key, "plan-") {
				numbered = append(numbered, sp.Key)
			}
		}
	}
	// "the government delegation", "the rebel team": the one government
	// and the one armed group the article names as such
	govt := d.namedAs(mentions.Country, func(w string) bool { return mentions.StateSide(w) || w == "authorities" }, nil)
	rebels := d.namedAs(mentions.Org, func(w string) bool { return rebelWords[w] }, func(w string) bool { return mentions.SideCue(w) == "rebel" })
	for si := range d.Sents {
		for k := range d.Sents[si].Spans {
			sp := &d.Sents[si].Spans[k]
			switch {
			case sp.Kind != mentions.Delegation || sp.Key != "":
			case sp.Cue == "government" && govt != "":
				sp.Key = govt
			case sp.Cue == "rebel" && rebels != "":
				sp.Key = "org:" + rebels
			}
		}
	}
	// "the delegation" alone is the delegation named last before it, or
	// the article's one delegation
	only, last := "", ""
	for si := range d.Sents {
		for _, sp := range d.Sents[si].Spans {
			if sp.Kind == mentions.Delegation && sp.Key != "" {
				if only != "" && only != sp.Key {
					only = "-"
				} else if only == "" {
					only = sp.Key
				}
			}
		}
	}
	lastNumbered := ""
	for si := range d.Sents {
		s := &d.Sents[si]
		for k, sp := range s.Spans {
			var e int
			if sp.Kind == mentions.Delegation {
				switch {
				case sp.Key != "":
					last = sp.Key
				case sp.Cue == "government" || sp.Cue == "rebel":
					// a side named by what it is, whose government or
					// armed group the article does not name as such: no
					// guess
				case last != "":
					sp.Key = last
				case only != "-":
					sp.Key = only
				}
				// a bare reference stands for a country's delegation only
				if sp.Key == "" || s.Spans[k].Key == "" && strings.HasPrefix(sp.Key, "org:") {
					continue
				}
			}
			switch sp.Kind {
			case mentions.Country:
				name := sp.Name
				if c := d.G.Country(sp.Key); c != nil {
					name = c.Name
				} else if sp.Entry.Kind == model.Place {
					// a continent's demonym ("European") stands for the place
					e = d.entity("place:"+sp.Key, model.Place, sp.Entry.Name)
					d.mention(e, si, k, "gazetteer demonym")
					continue
				}
				e = d.entity("country:"+sp.Key, model.Country, name)
				d.Entities[e].Key = sp.Key
				d.mention(e, si, k, "gazetteer country")
			case mentions.Place:
				e = d.entity("place:"+sp.Key, model.Place, sp.Name)
				ent := &d.Entities[e]
				ent.Key = sp.Key
				if sp.Entry.Country != "" {
					ent.Attrs.Set("country", sp.Entry.Country)
				} else if c, region := countryAfter(s, sp); c != "" && ent.Attrs.Get("country") == "" {
					// "OHRID, North Macedonia —", "Hallandale Beach, Florida,"
					ent.Attrs.Set("country", c)
					if region != "" && sp.Entry.Region == "" {
						ent.Attrs.Set("region", region)
					}
				}
				if sp.Entry.Region != "" {
					ent.Attrs.Set("region", sp.Entry.Region)
				}
				if sp.Entry.PlaceType != "" {
					ent.Attrs.Set("place_type", sp.Entry.PlaceType)
				}
				d.mention(e, si, k, "gazetteer place")
			case mentions.Org:
				key, name, base, country := orgSpanKey(sp, d.G)
				e = d.entity("organization:"+key, model.Organization, name)
				ent := &d.Entities[e]
				ent.Key = key
				if country != "" {
					ent.Attrs.Set("country", country)
				}
				// a known organisation's acronym is the one it goes by; a
				// found one's, the one the article gives it in brackets
				// ("Russian Direct Investment Fund (RDIF)"), else its initials
				switch {
				case sp.Entry.Acronym != "":
					ent.Attrs.Set("acronym", sp.Entry.Acronym)
				case sp.Entry.Key != "":
				case sp.Alias != "" && sp.Alias != name:
					ent.Attrs.Set("acronym", sp.Alias)
				case ent.Attrs.Get("acronym") == "":
					if a := Acronym(base); a != "" {
						ent.Attrs.Set("acronym", a)
					}
				}
				if sp.Entry.OwnSide {
					ent.Attrs.Set("own_side", "true")
				}
				if len(sp.Name) > len(name) && !slices.Contains(ent.Aliases, sp.Name) && sp.Name != name {
					ent.Aliases = append(ent.Aliases, sp.Name)
				}
				d.mention(e, si, k, "organisation name")
			case mentions.Delegation:
				if org := strings.TrimPrefix(sp.Key, "org:"); org != sp.Key {
					// a delegation of an organisation ("Hamas negotiators")
					org, name := d.orgOf(s, org)
					e = d.entity("delegation:org:"+org, model.Delegation, name+" delegation")
					d.Entities[e].Key = "org:" + org
					d.Entities[e].Attrs.Set("organization", org)
					d.mention(e, si, k, "delegation phrase")
					continue
				}
				c := d.G.Country(sp.Key)
				if c == nil {
					continue
				}
				e = d.entity("delegation:"+sp.Key, model.Delegation, DelegationName(c))
				d.Entities[e].Key = sp.Key
				d.Entities[e].Attrs.Set("country", sp.Key)
				d.mention(e, si, k, "delegation phrase")
			case mentions.Document:
				key := sp.Key
				if strings.HasPrefix(key, "plan-") {
					lastNumbered = key
				} else if key == "peace-plan" && len(numbered) > 0 {
					key = lastNumbered
					if key == "" {
						key = numbered[0]
					}
				}
				name := sp.Name
				if key != sp.Key {
					name = numberedName(key) // "the peace plan" is the 28-point plan
				}
				e = d.entity("document:"+key, model.Document, name)
				d.Entities[e].Key = key
				d.mention(e, si, k, "document phrase")
			case mentions.Topic:
				e = d.entity("topic:"+sp.Key, model.Topic, sp.Name)
				d.Entities[e].Key = sp.Key
				d.mention(e, si, k, "topic word")
			}
		}
	}
}

// fullTownNames gives a town the gazetteer does not know its full name
// when the article writes it in full elsewhere: "Niagara" in a headline is
// the "Niagara-on-the-Lake" of the text, "Hallandale" the "Hallandale
// Beach".
func (d *Doc) fullTownNames() {
	var found []*mentions.Span
	for si := range d.Sents {
		for k := range d.Sents[si].Spans {
			if sp := &d.Sents[si].Spans[k]; sp.Kind == mentions.Place && sp.Entry.Key == "" {
				found = append(found, sp)
			}
		}
	}
	for _, a := range found {
		var full *mentions.Span
		for _, b := range found {
			if strings.HasPrefix(b.Key, a.Key+"-") && (full == nil || len(b.Key) > len(full.Key)) {
				full = b
			}
		}
		if full != nil {
			a.Key, a.Name = full.Key, full.Name
		}
	}
}

// countryPairs reads "the two countries' foreign ministers, A and B": a
// title in the plural after "the two countries'" (or nations', both
// countries') takes the two countries the article named last — the ones
// named before it in its sentence, or the last sentence that names two —
// in their order, for listRole to give to the names.
func (d *Doc) countryPairs() {
	var last []string
	for si := range d.Sents {
		s := &d.Sents[si]
		for k := range s.Spans {
			sp := &s.Spans[k]
			if sp.Kind != mentions.Title || !sp.Plural || !twoCountriesBefore(s, sp.Start) {
				continue
			}
			if here := d.countriesIn(s, sp.Start); len(here) == 2 {
				sp.Countries = here
			} else if len(last) == 2 {
				sp.Countries = last
			}
		}
		if cs := d.countriesIn(s, len(s.Tokens)); len(cs) == 2 {
			last = cs
		}
	}
}

// twoCountriesBefore reports whether "(the) two countries'" or "both
// nations'" ends right before token i.
func twoCountriesBefore(s *mentions.Sentence, i int) bool {
	return s.WordsBefore(i, []string{"two", "both"}, []string{"countries", "nations", "states"}, []string{"'"})
}

// countriesIn returns the distinct countries the sentence names before
// token end, in order.
func (d *Doc) countriesIn(s *mentions.Sentence, end int) []string {
	var out []string
	for _, sp := range s.Spans {
		if sp.Kind == mentions.Country && sp.Start < end && d.G.Country(sp.Key) != nil && !slices.Contains(out, sp.Key) {
			out = append(out, sp.Key)
		}
	}
	return out
}

// rebelWords follow the name of an armed group: "ELN rebels", "the M23
// insurgents".
var rebelWords = map[string]bool{"rebels": true, "rebel": true, "insurgents": true, "guerrillas": true, "militia": true, "militants": true}

// namedAs returns the key of the one name of kind that the document
// follows with a word after says ("the Colombian government", past a
// possessive: "Sudan's army"), or precedes with a word before says ("the
// paramilitary Rapid Support Forces"); "" when it names none or several
// so. before may be nil.
func (d *Doc) namedAs(kind mentions.Kind, after, before func(string) bool) string {
	key := ""
	for si := range d.Sents {
		s := &d.Sents[si]
		for _, sp := range s.Spans {
			if sp.Kind != kind || sp.Key == "" || kind == mentions.Country && d.G.Country(sp.Key) == nil {
				continue
			}
			k := sp.End
			if k < len(s.Tokens) && s.Tokens[k].Lower() == "'s" {
				k++
			}
			// ("Yemen's internationally recognised government": words may
			// stand between)
			followed := false
			for j := k; j < len(s.Tokens) && j <= k+2; j++ {
				if w := s.Tokens[j]; after(w.Lower()) {
					followed = true
				} else if !w.Cap() && w.IsWord() && s.At(j) == nil {
					continue
				}
				break
			}
			preceded := before != nil && sp.Start > 0 && before(s.Tokens[sp.Start-1].Lower())
			if !followed && !preceded {
				continue
			}
			if key != "" && key != sp.Key {
				return ""
			}
			key = sp.Key
		}
	}
	return key
}

// DelegationName is the canonical name of a country's delegation: the
// demonym ("Ukrainian delegation"), or the short name where the demonym is
// shared by several countries ("US delegation").
func DelegationName(c *gazetteer.Country) string {
	if len(c.Demonyms) > 0 && c.Short() == c.Name {
		return c.Demonyms[0] + " delegation"
	}
	return c.Short() + " delegation"
}

// personRoles records the roles each sentence gives each person.
func (d *Doc) personRoles() {
	for si, k := range d.Spans(mentions.Person) {
		e := d.Entity(si, k)
		if e < 0 {
			continue
		}
		for _, r := range d.RolesAt(si, k) {
			d.roles[e] = append(d.roles[e], personRole{r, si})
			if r.Title != "" && r.Class != "honorific" && !slices.Contains(d.Entities[e].Roles, r.Title) {
				d.Entities[e].Roles = append(d.Entities[e].Roles, r.Title)
			}
		}
	}
}

// roleRefs ties "the Russian president" to the person the document gave
// that role; an untied reference becomes a weak entity merging may tie.
func (d *Doc) roleRefs() {
	// the people's roles by title head, each head worked out once: a long
	// article has many references, and many roles each could fit
	type held struct {
		e int
		r personRole
	}
	var byHead map[string][]held
	for si := range d.Sents {
		s := &d.Sents[si]
		for k, sp := range s.Spans {
			if sp.Kind != mentions.RoleRef {
				continue
			}
			anchor := -1
			if sp.Anchor != "" {
				anchor = d.findAnchor(sp.Anchor)
			}
			if byHead == nil {
				byHead = map[string][]held{}
				for e, rs := range d.roles {
					for _, r := range rs {
						if r.Title != "" {
							h := TitleHead(r.Title)
							byHead[h] = append(byHead[h], held{e, r})
						}
					}
				}
			}
			var cands []int
			for _, x := range byHead[TitleHead(sp.Title)] {
				if d.roleMatches(x.r, sp, anchor) {
					cands = append(cands, x.e)
				}
			}
			slices.Sort(cands)
			cands = slices.Compact(cands)
			if len(cands) == 1 {
				d.mention(cands[0], si, k, "role reference")
				continue
			}
			if len(cands) > 1 {
				continue
			}
			key := "roleref:" + TitleHead(sp.Title) + ":" + strings.Join(sp.Countries, "+") + ":" + d.nameKey(sp.Anchor)
			e := d.entity(key, model.Person, sp.Name)
			ent := &d.Entities[e]
			ent.Weak = true
			ent.Attrs.Set("role_title", TitleHead(sp.Title))
			if len(sp.Countries) > 0 {
				ent.Attrs.Set("role_country", sp.Countries[0])
			}
			if sp.Anchor != "" {
				ent.Attrs.Set("role_anchor", sp.Anchor)
			}
			d.mention(e, si, k, "role reference")
		}
	}
}

// TitleHead is the last word of a title: "special envoy" -> "envoy".
func TitleHead(t string) string {
	f := strings.Fields(strings.ToLower(t))
	if len(f) == 0 {
		return ""
	}
	h := f[len(f)-1]
	if h == "advisor" {
		h = "adviser"
	}
	return h
}

// roleMatches reports whether role r (of some person), whose title has
// the head of ref's, fits reference ref: the same country, and the
// organisation or person the reference hangs on.
func (d *Doc) roleMatches(r personRole, ref mentions.Span, anchor int) bool {
	if len(ref.Countries) > 0 && !slices.Contains(r.Countries, ref.Countries[0]) {
		return false
	}
	if ref.Anchor == "" {
		return true
	}
	for _, o := range append(append([]int{}, r.Orgs...), r.Persons...) {
		if anchor >= 0 && d.Entity(r.sent, o) == anchor {
			return true
		}
	}
	return false
}

// findAnchor finds the entity an anchor names: an organisation by name or
// acronym, or a person by name or surname.
func (d *Doc) findAnchor(name string) int {
	for i, e := range d.Entities {
		switch e.Kind {
		case model.Organization:
			if e.Name == name || e.Attrs.Get("acronym") == name || slices.Contains(e.Aliases, name) {
				return i
			}
		case model.Person:
			if e.Weak {
				continue
			}
			if e.Name == name || slices.Contains(e.Aliases, name) || strings.HasSuffix(e.Name, " "+name) {
				return i
			}
		}
	}
	return -1
}

// pronouns ties he/him/his to the last person named before it in the same
// or the previous sentence.
func (d *Doc) pronouns() {
	last, lastSent := -1, -10
	for si := range d.Sents {
		s := &d.Sents[si]
		order := make([]int, len(s.Spans))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return s.Spans[order[a]].Start < s.Spans[order[b]].Start })
		for _, k := range order {
			sp := s.Spans[k]
			// ("The US president said he had a call": he is the president)
			if sp.Kind == mentions.Person || sp.Kind == mentions.Candidate || sp.Kind == mentions.RoleRef {
				// ("A met B at the residence of the Swiss ambassador. He was
				// accompanied by ...": he is B, not the ambassador)
				if e := d.Entity(si, k); e >= 0 && !(lastSent == si && afterOf(s, sp.Start)) {
					last, lastSent = e, si
				}
				continue
			}
			if sp.Kind == mentions.Pronoun && last >= 0 && si-lastSent <= 1 {
				d.setEntity(si, k, last)
			}
		}
	}
}

// afterOf reports whether token i follows "of" or "of the": a name that
// hangs on another noun ("the residence of the ambassador").
func afterOf(s *mentions.Sentence, i int) bool {
	if i > 0 {
		if w := s.Tokens[i-1].Lower(); w == "the" || w == "a" || w == "an" {
			i--
		}
	}
	return i > 0 && s.Tokens[i-1].Lower() == "of"
}

// Text returns the document text between two byte offsets.
func (d *Doc) Text(start, end int) string {
	if start < 0 || end > len(d.source) || start > end {
		return ""
	}
	return d.source[start:end]
}

// orgName is the name of the organisation with gazetteer key org in s.
// orgSpanKey returns the key, name, base name and country of the
// organisation an Org span names.
func orgSpanKey(sp mentions.Span, g *gazetteer.Gazetteer) (key, name, base, country string) {
	if sp.Entry.Key != "" {
		return sp.Entry.Key, sp.Entry.Name, sp.Entry.Name, sp.Entry.Country
	}
	key, name, base, country = OrgKey(sp.Name, g)
	if country == "" && len(sp.Countries) > 0 {
		// "Russia's Foreign Ministry"
		country = sp.Countries[0]
		key = OrgBaseKey(base) + "-of-" + country
	}
	return key, name, base, country
}

// orgOf returns the key and name of the organisation whose span key is
// org, as orgSpanKey gives them: the sentence's span, else the
// document's ("the paramilitary's team" names the Rapid Support Forces
// sentences before).
func (d *Doc) orgOf(s *mentions.Sentence, org string) (string, string) {
	find := func(in *mentions.Sentence) (string, string, bool) {
		for _, sp := range in.Spans {
			if sp.Kind == mentions.Org && sp.Key == org {
				key, name, _, _ := orgSpanKey(sp, d.G)
				return key, name, true
			}
		}
		return "", "", false
	}
	if key, name, ok := find(s); ok {
		return key, name
	}
	for i := range d.Sents {
		if key, name, ok := find(&d.Sents[i]); ok {
			return key, name
		}
	}
	return org, org
}

// numberedName is the name of a numbered plan key: "plan-28-point" ->
// "28-point plan".
func numberedName(key string) string {
	return strings.TrimPrefix(key, "plan-") + " plan"
}

// Spans yields the sentence and span index of every span of kind, in text
// order. The sentences must not gain spans while it runs.
func (d *Doc) Spans(kind mentions.Kind) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for si := range d.Sents {
			for k := range d.Sents[si].Spans {
				if d.Sents[si].Spans[k].Kind == kind && !yield(si, k) {
					return
				}
			}
		}
	}
}

// countryAfter returns the key of the country named right after a place, as
// in "Ohrid, North Macedonia" (not "Ohrid, Serbia's president said"), or of
// the country of a state or region named there, with that region's name
// ("Hallandale Beach, Florida": the gazetteer need not know every town).
func countryAfter(s *mentions.Sentence, sp mentions.Span) (country, region string) {
	if sp.End+1 >= len(s.Tokens) || s.Tokens[sp.End].Text != "," {
		return "", ""
	}
	c := s.At(sp.End + 1)
	if c == nil || c.Start != sp.End+1 || c.Demonym || c.Possessive {
		return "", ""
	}
	switch {
	case c.Kind == mentions.Country:
		country = c.Key
	case c.Kind == mentions.Place && (c.Entry.PlaceType == "state" || c.Entry.PlaceType == "region") && c.Entry.Country != "":
		country, region = c.Entry.Country, c.Entry.Name
	default:
		return "", ""
	}
	if c.End < len(s.Tokens) {
		switch s.Tokens[c.End].Text {
		case ",", "—", "–", "-", ".", "(", ")", ":", ";":
		default:
			return "", ""
		}
	}
	return country, region
}

// datelinePlace reads a dateline that opens the body, "OHRID, North
// Macedonia — ...": the place named there lies in that country, which the
// gazetteer may not know of a small town.
func (d *Doc) datelinePlace() {
	for si := range d.Sents {
		s := &d.Sents[si]
		if s.Title {
			continue
		}
		dash := -1
		for j := 0; j < len(s.Tokens) && j < 12; j++ {
			if mentions.IsDash(s.Tokens[j].Text) {
				dash = j
				break
			}
		}
		comma := -1
		for j := 1; j < dash; j++ {
			if s.Tokens[j].Text == "," {
				comma = j
				break
			}
		}
		if comma < 0 {
			return
		}
		c := s.At(comma + 1)
		if c == nil || c.Kind != mentions.Country || c.Demonym || c.Start != comma+1 {
			return
		}
		place := gazetteer.Fold(s.Text(0, comma))
		for i := range d.Entities {
			e := &d.Entities[i]
			if e.Kind == model.Place && e.Attrs.Get("country") == "" && gazetteer.Fold(e.Name) == place {
				e.Attrs.Set("country", c.Key)
			}
		}
		return
	}
}
