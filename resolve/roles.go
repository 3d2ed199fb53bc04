package resolve

import (
	"slices"
	"strings"

	"kg/mentions"
)

// Role is what a sentence says a named person is: a title, and what the
// title hangs on — countries, organisations, a delegation, another person.
type Role struct {
	Title       string   // "special envoy", "head"; "" when only an affiliation is given
	Class       string   // the gazetteer class of the title (principal, envoy, aide, kin, ...)
	Countries   []string // country keys ("Ukrainian President", "of Ukraine")
	Orgs        []int    // span indexes of organisations
	Delegations []int    // span indexes of delegations the person heads or belongs to
	Persons     []int    // span indexes of people the role is relative to ("Trump's envoy")
	Leads       bool     // the role heads the delegation
	Rule        string   // the rule that found it
}

// determiners and time words stand in a title phrase but are not part of
// the title ("the former adviser" is an adviser).
var determiners = map[string]bool{"the": true, "a": true, "an": true, "former": true, "then": true, "acting": true, "interim": true, "its": true, "his": true, "her": true, "their": true, "current": true, "new": true}

// modifiers may stand inside a title phrase without being a title.
var modifiers = map[string]bool{
	"the": true, "a": true, "an": true, "former": true, "then": true, "acting": true, "interim": true,
	"presidential": true, "foreign": true, "policy": true, "senior": true, "top": true, "deputy": true,
	"longtime": true, "first": true, "vice": true, "lead": true, "chief": true, "current": true, "new": true,
	"national": true, "security": true, "military": true, "economic": true, "personal": true, "close": true,
	"ex": true, "its": true, "his": true, "her": true, "their": true,
}

var leaderTitles = map[string]bool{"head": true, "leader": true, "chief": true, "chair": true, "chairman": true, "chairwoman": true, "chief negotiator": true, "lead negotiator": true}

// Roles returns what sentence s says of the person span at index pi: the
// title phrase before the name, an apposition after it, or a title phrase
// set off by a comma before it, and "who led the ... delegation".
func Roles(s *mentions.Sentence, pi int) []Role {
	p := s.Spans[pi]
	var out []Role
	// TITLES NAME and NAME; DELEGATION NAME and NAME
	list, listed := listRole(s, pi)
	if listed {
		out = append(out, list)
		listed = list.Title != ""
	}
	// TITLE-PHRASE NAME
	if r, ok := phraseBefore(s, p.Start, "title before name"); ok && !listed {
		out = append(out, r)
	}
	// TITLE-PHRASE, NAME  (the phrase opens the clause; an honorific may
	// stand before the name: "his Afghan counterpart, Mullah NAME")
	start := p.Start
	if t := s.TitleAt(start - 1); start > 0 && t != nil && t.Title == "honorific" {
		start = t.Start
	}
	if start >= 2 && s.Tokens[start-1].Text == "," && !listed {
		if r, ok := phraseBefore(s, start-1, "apposition before name"); ok && clauseOpens(s, r, start-1) {
			out = append(out, r)
		}
	}
	for i := range out {
		if len(out[i].Delegations) > 0 && leaderTitles[out[i].Title] {
			out[i].Leads = true // "the head of the Ukrainian delegation, NAME"
		}
		if out[i].Title == "counterpart" {
			if t, ok := counterpartOf(s, pi); ok {
				out[i].Title, out[i].Class = t.Title, t.Class
			}
		}
	}
	// NAME (TITLE of X), NAME (TITLE, COUNTRY), NAME (COUNTRY)
	if r, ok := bracketRole(s, p.End); ok {
		out = append(out, r)
	}
	// NAME, (a|the) TITLE of X; NAME, 43, a former TITLE
	if c := s.SkipAge(p.End); c < len(s.Tokens) && s.Tokens[c].Text == "," {
		if r, ok := phraseAfter(s, c+1, "apposition after name"); ok {
			out = append(out, r)
		}
		// NAME, who led the DELEGATION
		k := c + 1
		if k < len(s.Tokens) && strings.EqualFold(s.Tokens[k].Text, "who") {
			k++
			// NAME, who is secretary of the Council, ...; NAME, who is
			// also the national security adviser, ...
			if k < len(s.Tokens) && (s.Tokens[k].Lower() == "is" || s.Tokens[k].Lower() == "was") {
				j := k + 1
				if j < len(s.Tokens) && s.Tokens[j].Lower() == "also" {
					j++
				}
				if r, ok := phraseAfter(s, j, "who is"); ok {
					out = append(out, r)
				}
			}
			if k < len(s.Tokens) && leadVerbs[s.Tokens[k].Lower()] {
				r := Role{Title: "head", Rule: "who led"}
				for j := k + 1; j < len(s.Tokens) && j < k+6; j++ {
					if x := spanIndexAt(s, j); x >= 0 && s.Spans[x].Kind == mentions.Delegation {
						r.Delegations = append(r.Delegations, x)
						r.Leads = true
						break
					}
				}
				if r.Leads {
					out = append(out, r)
				}
			}
		}
	}
	// NAME (will also) join(s) the DELEGATION; A and B will be part of the team
	k := verbAfter(s, p.End)
	if k+2 < len(s.Tokens) && beVerbs[s.Tokens[k].Lower()] && s.Tokens[k+1].Lower() == "part" && s.Tokens[k+2].Lower() == "of" {
		k++ // "be part of": the delegation follows as after "join"
	}
	if k < len(s.Tokens) && (joinTeam[s.Tokens[k].Lower()] || s.Tokens[k].Lower() == "part") {
		for j := k + 1; j < len(s.Tokens) && j < k+4; j++ {
			if x := spanIndexAt(s, j); x >= 0 && s.Spans[x].Kind == mentions.Delegation {
				out = append(out, Role{Delegations: []int{x}, Rule: "joins delegation"})
				break
			}
		}
	}
	// NAME led/heads the DELEGATION; NAME, a former minister, led ...;
	// NAME and TITLE NAME will lead the DELEGATION
	if k := verbAfter(s, p.End); k < len(s.Tokens) && leadVerbs[s.Tokens[k].Lower()] {
		for j := k + 1; j < len(s.Tokens) && j < k+5; j++ {
			if x := spanIndexAt(s, j); x >= 0 && s.Spans[x].Kind == mentions.Delegation {
				out = append(out, Role{Title: "head", Delegations: []int{x}, Leads: true, Rule: "led delegation"})
				break
			}
		}
	}
	// NAME led the DELEGATION and NAME the DELEGATION: the verb left out
	if p.Start > 0 && s.Tokens[p.Start-1].Lower() == "and" && p.End+1 < len(s.Tokens) && s.Tokens[p.End].Lower() == "the" {
		if x := spanIndexAt(s, p.End+1); x >= 0 && s.Spans[x].Kind == mentions.Delegation && ledBefore(s, p.Start-1) {
			out = append(out, Role{Title: "head", Delegations: []int{x}, Leads: true, Rule: "led delegation, verb left out"})
		}
	}
	// "Hakan Fidan of Turkey and David Lammy of the United Kingdom": NAME
	// of COUNTRY (or of an institution), the phrase ending there
	if k := p.End; k+1 < len(s.Tokens) && s.Tokens[k].Lower() == "of" {
		if x := spanIndexAt(s, k+1); x >= 0 {
			c := s.Spans[x]
			end := true
			if c.End < len(s.Tokens) {
				w := s.Tokens[c.End].Lower()
				end = closesPhrase[w] || auxiliaries[w] || mentions.SpeechVerb(w) || phraseVerbs[w]
			}
			switch {
			case !end || c.Possessive || c.Demonym:
			case c.Kind == mentions.Country:
				out = append(out, Role{Countries: []string{c.Key}, Rule: "name of country"})
			case c.Kind == mentions.Org && c.Entry.Key != "":
				out = append(out, Role{Orgs: []int{x}, Rule: "name of institution"})
			}
		}
	}
	return out
}

// listRole reads a list of names after a title in the plural or a
// delegation: "US envoys Steve Witkoff and Jared Kushner", "Ukrainian
// negotiators Rustem Umerov and Andriy Hnatov", "the foreign ministers, A
// and B". Each name has the title, or sits on the delegation; countries
// before a title go to the names in their order when there are as many
// ("Russian and Ukrainian Foreign Ministers Sergei Lavrov and Andrii
// Sybiha"), or to all when there is one.
func listRole(s *mentions.Sentence, pi int) (Role, bool) {
	// personEndingAt is the person span whose last token is k, or -1
	personEndingAt := func(k int) int {
		if x := spanIndexAt(s, k); x >= 0 && s.Spans[x].Kind == mentions.Person && s.Spans[x].End == k+1 {
			return x
		}
		return -1
	}
	// the list's separators: ",", "and", ", and"
	sepBack := func(k int) int {
		switch w := s.Tokens[k].Lower(); {
		case w == "and" && k > 0 && s.Tokens[k-1].Text == ",":
			return k - 2
		case w == "and" || w == ",":
			return k - 1
		}
		return -1
	}
	names := []int{pi}
	for {
		k := s.Spans[names[0]].Start - 1
		if k < 1 {
			break
		}
		j := sepBack(k)
		x := -1
		if j >= 0 {
			x = personEndingAt(j)
		}
		if x < 0 {
			break
		}
		names = append([]int{x}, names...)
	}
	at := len(names) - 1
	for {
		k := s.Spans[names[len(names)-1]].End
		if k+1 >= len(s.Tokens) {
			break
		}
		w := s.Tokens[k].Lower()
		if w != "and" && w != "," {
			break
		}
		if w == "," && s.Tokens[k+1].Lower() == "and" {
			k++
		}
		x := spanIndexAt(s, k+1)
		if x < 0 || s.Spans[x].Kind != mentions.Person || s.Spans[x].Start != k+1 {
			break
		}
		names = append(names, x)
	}
	k := s.Spans[names[0]].Start - 1
	comma := k >= 1 && s.Tokens[k].Text == ","
	if comma {
		k-- // "the foreign ministers, A and B"
	}
	// "the foreign ministers of Armenia and Azerbaijan, A and B": the
	// countries after the title
	countries, from := countriesBefore(s, k)
	if len(countries) > 0 && from >= 2 && s.Tokens[from-1].Lower() == "of" {
		k = from - 2
	} else {
		countries = nil
	}
	x := -1
	if k >= 0 {
		x = spanIndexAt(s, k)
	}
	if x < 0 || s.Spans[x].End != k+1 {
		return Role{}, false
	}
	head := s.Spans[x]
	switch {
	case head.Kind == mentions.Delegation && countries == nil && !comma:
		// (but "the head of the Armenian delegation, NAME" heads it)
		return Role{Delegations: []int{x}, Rule: "delegation before names"}, true
	case head.Kind != mentions.Title || !head.Plural || len(names) < 2:
		return Role{}, false
	}
	r := Role{Title: strings.ToLower(head.Name), Class: head.Title, Rule: "title before names"}
	if countries == nil {
		// "Russian and Ukrainian Foreign Ministers A and B"
		countries, _ = countriesBefore(s, head.Start-1)
	}
	if len(countries) == 0 {
		countries = head.Countries // "the two countries' foreign ministers, A and B" (countryPairs)
	}
	switch len(countries) {
	case 1:
		r.Countries = countries
	case len(names):
		r.Countries = countries[at : at+1]
	}
	return r, true
}

// countriesBefore returns the countries of a list that ends at token k
// ("Russian and Ukrainian", "Armenia, Azerbaijan and Georgia"), in their
// order, and where the list starts.
func countriesBefore(s *mentions.Sentence, k int) ([]string, int) {
	var out []string
	start := k + 1
	for k >= 0 {
		x := spanIndexAt(s, k)
		if x >= 0 && s.Spans[x].Kind == mentions.Country && s.Spans[x].End == k+1 {
			if c := s.Spans[x].Key; !slices.Contains(out, c) {
				out = append([]string{c}, out...)
			}
			start = s.Spans[x].Start
			k = start - 1
			continue
		}
		if w := s.Tokens[k].Lower(); len(out) > 0 && (w == "and" || w == ",") {
			k--
			continue
		}
		break
	}
	return out, start
}

// ledBefore reports whether the clause before token end says someone led
// a delegation: a person, a lead verb and a delegation, in that order.
func ledBefore(s *mentions.Sentence, end int) bool {
	for pi, p := range s.Spans {
		if p.Kind != mentions.Person || p.End >= end {
			continue
		}
		if k := verbAfter(s, p.End); k < end && leadVerbs[s.Tokens[k].Lower()] {
			for j := k + 1; j < end && j < k+5; j++ {
				if x := spanIndexAt(s, j); x >= 0 && x != pi && s.Spans[x].Kind == mentions.Delegation {
					return true
				}
			}
		}
	}
	return false
}

// closesPhrase and phraseVerbs end "NAME of COUNTRY" (but not "NAME of
// the Ukraine desk").
var closesPhrase = map[string]bool{",": true, "and": true, ".": true, ")": true, ";": true, "—": true, "–": true}

var phraseVerbs = map[string]bool{"met": true, "meets": true, "spoke": true, "speaks": true, "signed": true, "held": true, "arrived": true,
	"attended": true, "joined": true, "took": true, "led": true, "leads": true, "headed": true, "heads": true}

// afterApposition returns the token after ", (43,) a former defence
// minister," when one follows token end, or end.
func afterApposition(s *mentions.Sentence, end int) int {
	c := s.SkipAge(end)
	if c >= len(s.Tokens) || s.Tokens[c].Text != "," {
		return end
	}
	for k := c + 1; k < len(s.Tokens) && k <= c+10; k++ {
		switch s.Tokens[k].Text {
		case ",":
			return k + 1
		case ".", ";", "(", ")", "\"", "“", "”":
			return end
		}
	}
	return end
}

var beVerbs = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true}

var joinTeam = map[string]bool{"join": true, "joins": true, "joined": true, "joining": true}

var auxiliaries = map[string]bool{"will": true, "would": true, "also": true, "has": true, "had": true, "have": true, "is": true, "was": true, "are": true, "were": true, "to": true}

var leadVerbs = map[string]bool{"led": true, "leads": true, "heads": true, "headed": true, "leading": true, "heading": true, "chaired": true, "chairs": true,
	"lead": true, "head": true, "co-lead": true, "co-leads": true, "co-led": true}

// verbAfter returns the token of the verb a name at [.., end) is the
// subject of: past an apposition, another name it is listed with ("Umerov
// and Chief of the General Staff Andrii Hnatov will lead"), and auxiliaries.
func verbAfter(s *mentions.Sentence, end int) int {
	k := afterApposition(s, end)
	if k < len(s.Tokens) && s.Tokens[k].Lower() == "and" {
		if p := s.TitledPerson(k + 1); p != nil {
			k = afterApposition(s, p.End)
		}
	}
	for k < len(s.Tokens) && auxiliaries[s.Tokens[k].Lower()] {
		k++
	}
	return k
}

// spanIndexAt returns the index of the first span that covers token i, or -1.
// Delegation spans are preferred, since they cover the countries they name.
func spanIndexAt(s *mentions.Sentence, i int) int {
	best := -1
	for k := range s.Spans {
		sp := &s.Spans[k]
		if sp.Start <= i && i < sp.End {
			if sp.Kind == mentions.Delegation {
				return k
			}
			if best < 0 {
				best = k
			}
		}
	}
	return best
}

// phraseBefore reads a title phrase that ends right before token end.
func phraseBefore(s *mentions.Sentence, end int, rule string) (Role, bool) {
	r := Role{Rule: rule}
	k := end - 1
	found := false
	unknown := 0
	adjacent := false   // the words read so far run straight into the title
	crossed := false    // an "of" was passed after a title
	complement := false // an "of" was passed before any title: "TITLE of X NAME"
	// "Minister of Water Resources and Irrigation NAME": the portfolio
	// belongs to the title; so, after a comma, does a complement in lower
	// case ("China's special envoy for climate change, NAME")
	of, ok := portfolioBefore(s, end)
	if !ok && rule == "apposition before name" {
		of, ok = complementBefore(s, end)
	}
	if ok {
		sp := s.TitleAt(of - 1)
		r.Title, r.Class = strings.ToLower(sp.Name+" "+s.Text(of, end)), sp.Title
		found, adjacent = true, true
		k = sp.Start - 1
	}
	for k >= 0 && k >= end-12 {
		x := spanIndexAt(s, k)
		if x >= 0 {
			sp := s.Spans[x]
			switch sp.Kind {
			case mentions.Title:
				if sp.Title == "honorific" {
					k = sp.Start - 1
					continue
				}
				switch {
				case r.Title == "":
					r.Title, r.Class = strings.ToLower(sp.Name), sp.Title
					adjacent = true
				case crossed:
					// "son-in-law of the US president, NAME": the title before
					// "of" is NAME's; the one after, and its country, are
					// someone else's
					r.Title, r.Class = strings.ToLower(sp.Name), sp.Title
					r.Countries, r.Persons = nil, nil
					adjacent = true
				default:
					adjacent = false
				}
				found = true
			case mentions.Country:
				r.Countries = append(r.Countries, sp.Key)
				adjacent = false
			case mentions.Place:
				if sp.Entry.Country != "" && sp.Possessive {
					r.Countries = append(r.Countries, sp.Entry.Country)
				}
				adjacent = false
			case mentions.Org:
				r.Orgs = append(r.Orgs, x)
				adjacent = false
			case mentions.Delegation:
				r.Delegations = append(r.Delegations, x)
				adjacent = false
			case mentions.Person, mentions.Candidate, mentions.RoleRef:
				if sp.Kind == mentions.Candidate && !sp.Possessive && found && describes(sp.Name) {
					if adjacent {
						r.Title = strings.ToLower(sp.Name) + " " + r.Title
					}
					k = sp.Start - 1
					continue
				}
				if !sp.Possessive {
					return r, found && r.Title != ""
				}
				// "Trump's son-in-law NAME": the role is relative to Trump,
				// and nothing before the possessor describes NAME.
				r.Persons = append(r.Persons, x)
				return r, found
			default:
				return r, found
			}
			k = sp.Start - 1
			continue
		}
		w := s.Tokens[k].Lower()
		if w == ")" && k >= 2 && s.Tokens[k-2].Text == "(" {
			k -= 3 // "CEO of the Russian Direct Investment Fund (RDIF) NAME"
			continue
		}
		switch {
		case w == "'s" || w == "'":
			adjacent = false
			// "the US president's son-in-law NAME": a titled possessor is
			// someone else; "Ukraine's secretary NAME" names the country
			if found && k > 0 {
				if x := spanIndexAt(s, k-1); x >= 0 && s.Spans[x].Kind == mentions.Title {
					return r, found
				}
			}
		case w == "to" && !found && rule == "title before name" && len(r.Countries) > 0 && len(r.Orgs) == 0 && len(r.Persons) == 0:
			// "Chinese Ambassador to Russia NAME": the title is NAME's, the
			// country after "to" the one NAME is sent to
			r.Countries = nil
			adjacent = false
		case (w == "for" || w == "to") && !found && rule == "title before name":
			// "a spokesperson for Zelenskiy's office", "an adviser to NAME":
			// the title is someone else's
			return r, false
		case w == "of" || w == "for" || w == "to":
			if found && rule == "title before name" {
				// "Special Envoy of the President of the United States NAME",
				// "the head of the Office of the President of Ukraine NAME":
				// a title with a complement of its own, after "of the", is
				// the principal NAME serves, and NAME's title comes before
				if x := outerTitle(s, k); complement && w == "of" && x >= 0 {
					r.Title, r.Class = strings.ToLower(s.Spans[x].Name), s.Spans[x].Title
					return r, true
				}
				// "son-in-law of US President NAME": what comes before "of"
				// describes someone else
				return r, found
			}
			complement = complement || !found && w == "of"
			adjacent = false
			crossed = found
		case modifiers[w]:
			if adjacent && !determiners[w] {
				r.Title = w + " " + r.Title
			}
		case found && unknown < 2 && describes(s.Tokens[k].Text) && !verbAt(s, k) && (s.Tokens[k].Cap() || !s.Tokens[k+1].Cap()):
			// "Egyptian intelligence chief", "US Trade Representative"; a
			// word in lower case before one in capitals is no part of a
			// title ("meet President NAME")
			unknown++
			if adjacent {
				r.Title = w + " " + r.Title
			}
		default:
			return r, found
		}
		k--
	}
	return r, found
}

// outerTitle returns the title span that ends right before the "of" at k
// ("Special Envoy of"), or before an institution named in capitals and its
// "of" ("head of the Office of"), or -1.
func outerTitle(s *mentions.Sentence, k int) int {
	title := func(end int) int {
		if x := spanIndexAt(s, end-1); end > 0 && x >= 0 && s.Spans[x].Kind == mentions.Title && s.Spans[x].End == end {
			return x
		}
		return -1
	}
	if x := title(k); x >= 0 {
		return x
	}
	i := k - 1
	for i >= 0 && s.Tokens[i].Cap() && spanIndexAt(s, i) < 0 {
		i--
	}
	if i == k-1 || i < 1 {
		return -1
	}
	if s.Tokens[i].Lower() == "the" {
		i--
	}
	if i < 1 || s.Tokens[i].Lower() != "of" {
		return -1
	}
	return title(i)
}

// portfolioBefore finds "TITLE of Capitalised Words [and Words]" ending
// right before token end, and returns the index of its "of".
func portfolioBefore(s *mentions.Sentence, end int) (int, bool) {
	return titleThen(s, end, 6, func(w string) bool { return w == "of" }, func(k int) (bool, bool) {
		t := s.Tokens[k]
		if w := t.Lower(); w == "and" || w == "&" {
			return true, false
		}
		if !t.Cap() || !t.IsWord() {
			return false, false
		}
		sp := s.At(k)
		return sp == nil || sp.Kind == mentions.Candidate, true
	})
}

// complementBefore finds "TITLE for|on words in lower case" ending right
// before token end ("envoy for climate change"), and returns the index of
// its "for" or "on".
func complementBefore(s *mentions.Sentence, end int) (int, bool) {
	return titleThen(s, end, 5, func(w string) bool { return w == "for" || w == "on" }, func(k int) (bool, bool) {
		t := s.Tokens[k]
		ok := t.IsWord() && !t.Cap() && describes(t.Text) && !determiners[t.Lower()] && s.At(k) == nil
		return ok, ok
	})
}

// titleThen finds "TITLE PREP words" ending right before token end, within
// max tokens: word tells of each token after PREP whether it may stand
// there and whether it is one of the words (at least one is needed). It
// returns the index of PREP.
func titleThen(s *mentions.Sentence, end, max int, prep func(string) bool, word func(k int) (ok, counts bool)) (int, bool) {
	words := 0
	for k := end - 1; k > 0 && end-k <= max; k-- {
		if prep(s.Tokens[k].Lower()) {
			return k, words > 0 && s.TitleAt(k-1) != nil
		}
		ok, counts := word(k)
		if !ok {
			return 0, false
		}
		if counts {
			words++
		}
	}
	return 0, false
}

// notDescriptive are words that end a title phrase read backwards.
var notDescriptive = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "said": true, "says": true, "told": true, "met": true, "and": true, "or": true, "with": true,
	"by": true, "as": true, "at": true, "in": true, "on": true, "from": true, "that": true, "who": true,
	"which": true, "while": true, "after": true, "before": true, "when": true, "where": true, "than": true,
	"not": true, "but": true, "also": true, "will": true, "would": true, "could": true, "can": true,
	"whose": true, "whom": true, "includes": true, "include": true, "included": true, "including": true, "between": true, "among": true, "amid": true, "against": true, "about": true,
	"into": true, "over": true, "under": true, "through": true, "towards": true, "toward": true,
}

// describes reports whether a word can stand inside a title phrase: a
// lower-case word that is not a verb form or a function word, or a
// capitalised one ("Trade" of "US Trade Representative").
// verbAt reports whether token k is a verb by the word before it: "to",
// or a modal ("due to meet President NAME", "will welcome Prime Minister
// NAME").
func verbAt(s *mentions.Sentence, k int) bool {
	if k == 0 {
		return false
	}
	switch s.Tokens[k-1].Lower() {
	case "to", "will", "would", "can", "could", "should", "must", "may", "might", "shall", "did", "does", "do":
		return true
	}
	return false
}

func describes(w string) bool {
	low := strings.ToLower(w)
	if notDescriptive[low] || strings.HasSuffix(low, "ed") || strings.HasSuffix(low, "ing") || strings.Trim(low, "-") == "" {
		return false // ("- National Security Adviser NAME": a dash is no word)
	}
	for _, r := range low {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return true
}

// clauseOpens reports whether the phrase that ends at comma is at the start of
// a clause (sentence start, or after "and", a colon, a comma or a verb of
// saying), so that "X, NAME" is an apposition and not a list.
func clauseOpens(s *mentions.Sentence, r Role, comma int) bool {
	if !(r.Title != "" || len(r.Persons) > 0) {
		return false
	}
	// walk back to the first token of the phrase
	k := comma - 1
	unknown := 0 // words that describe the title: "chief tariff negotiator"
	for k >= 0 {
		w := s.Tokens[k].Lower()
		if w == "to" && k > 0 && s.Tokens[k-1].Lower() == "according" {
			return false // "according to a White House official, NAME said": a source, not an apposition
		}
		if w == "," || w == "and" || w == ":" || w == "by" || w == "with" || w == "—" || w == "–" || w == ";" {
			return true // ... or a dateline's dash: "WASHINGTON — Japan's chief negotiator, NAME"
		}
		if x := spanIndexAt(s, k); x >= 0 {
			k = s.Spans[x].Start - 1
			continue
		}
		if !(modifiers[w] || w == "of" || w == "for" || w == "'s" || w == "'") {
			if unknown++; unknown > 2 || !describes(s.Tokens[k].Text) {
				return false
			}
		}
		k--
	}
	return true
}

// phraseAfter reads "(a|the) ... TITLE (of|to|for) (the) X" from token i.
func phraseAfter(s *mentions.Sentence, i int, rule string) (Role, bool) {
	r := Role{Rule: rule}
	k := i
	lead := i // the first word of the title: after a determiner
	for lead < len(s.Tokens) && determiners[s.Tokens[lead].Lower()] {
		lead++
	}
	for k < len(s.Tokens) && k < i+14 {
		w := s.Tokens[k].Lower()
		if w == "," || w == "." || w == ";" || w == "-" || w == "—" || w == ")" {
			break
		}
		// "the former defence minister who now heads the Council": a
		// relative clause tells of something else
		if (w == "who" || w == "which" || w == "whose") && r.Title != "" {
			break
		}
		if x := spanIndexAt(s, k); x >= 0 {
			sp := s.Spans[x]
			switch sp.Kind {
			case mentions.Title:
				// "NAME, the president's son-in-law": the possessor's title
				// is not NAME's
				if sp.End < len(s.Tokens) && s.Tokens[sp.End].Lower() == "'s" && r.Title == "" {
					k = sp.End + 1
					continue
				}
				// "NAME, French President Emmanuel Macron and ...": a list of
				// titled names, not an apposition
				if nx := spanIndexAt(s, sp.End); nx >= 0 && (s.Spans[nx].Kind == mentions.Person || s.Spans[nx].Kind == mentions.Candidate) {
					if r.Title == "" {
						return r, false
					}
					// "son-in-law of US President NAME": NAME is the anchor
					k = sp.End
					continue
				}
				if r.Title == "" {
					r.Title, r.Class = strings.ToLower(sp.Name), sp.Title
					// "a foreign policy aide": the words that run into the title
					if plain(s, lead, sp.Start) {
						r.Title = strings.ToLower(s.Text(lead, sp.End))
					}
				}
			case mentions.Country:
				r.Countries = append(r.Countries, sp.Key)
				// "NAME, Israel's strategic affairs minister": the words
				// that run into the title start after the country
				if sp.Start == lead && (sp.Possessive || sp.Demonym) {
					lead = sp.End
					if lead < len(s.Tokens) && s.Tokens[lead].Lower() == "'s" {
						lead++
					}
				}
			case mentions.Place:
				if sp.Entry.Country != "" && sp.Possessive {
					r.Countries = append(r.Countries, sp.Entry.Country)
				}
			case mentions.Org:
				r.Orgs = append(r.Orgs, x)
				r.Countries = append(r.Countries, sp.Countries...)
			case mentions.Delegation:
				r.Delegations = append(r.Delegations, x)
				if leaderTitles[r.Title] {
					r.Leads = true
				}
			case mentions.Person, mentions.Candidate, mentions.RoleRef:
				if r.Title == "" && !(sp.Possessive && sp.Kind != mentions.RoleRef && k == lead) {
					return r, false
				}
				// "NAME, Chief of the General Staff NAME2, and ...": a name
				// right after an institution is the next of a list, the
				// phrase its title
				if p := spanIndexAt(s, k-1); sp.Kind != mentions.RoleRef && p >= 0 && s.Spans[p].End == k && !s.Spans[p].Possessive &&
					(s.Spans[p].Kind == mentions.Org || s.Spans[p].Kind == mentions.Country) {
					return r, false
				}
				// "NAME, Trump's senior adviser for ...": the role hangs on Trump
				r.Persons = append(r.Persons, x)
				if sp.Kind == mentions.RoleRef && r.Class != "kin" {
					r.Countries = append(r.Countries, sp.Countries...)
				}
			case mentions.Document, mentions.Topic:
				return r, r.Title != ""
			}
			k = sp.End
			continue
		}
		if k == i && !(modifiers[w]) {
			return r, false
		}
		// "NAME, a Hamas official told Al Jazeera": the phrase opens a new
		// clause, the source of the sentence, and is not NAME's
		if r.Title != "" && mentions.SpeechVerb(w) {
			return r, false
		}
		k++
	}
	return r, r.Title != ""
}

// bracketRole reads a role in brackets right after a name, as lists of
// participants give them: "Kamchybek Tashiev (Chairman of the State
// Committee for National Security)", "(Minister of Foreign Affairs,
// Kyrgyzstan)", "(Tajikistan)". Each part after a comma may name the
// country alone.
func bracketRole(s *mentions.Sentence, open int) (Role, bool) {
	if open+2 >= len(s.Tokens) || s.Tokens[open].Text != "(" {
		return Role{}, false
	}
	end := -1
	for k := open + 1; k < len(s.Tokens) && k <= open+16; k++ {
		if s.Tokens[k].Text == ")" {
			end = k
			break
		}
	}
	if end < 0 {
		return Role{}, false
	}
	r, ok := phraseAfter(s, open+1, "role in brackets")
	if !ok {
		r = Role{Rule: "role in brackets"}
	}
	// "(Minister of Foreign Affairs, ...)": the portfolio is the title's
	if t := s.TitleAt(open + 1); ok && t != nil && t.End+1 < end && s.Tokens[t.End].Lower() == "of" {
		k := t.End + 1
		for k < end && s.Tokens[k].Cap() && s.Tokens[k].IsWord() && spanIndexAt(s, k) < 0 {
			k++
		}
		if k > t.End+1 && (s.Tokens[k].Text == "," || k == end) {
			r.Title = strings.ToLower(s.Text(t.Start, k))
		}
	}
	// the parts that are a country alone
	for k := open + 1; k < end; {
		part := k
		for part < end && s.Tokens[part].Text != "," {
			part++
		}
		if x := spanIndexAt(s, k); x >= 0 && s.Spans[x].Kind == mentions.Country && s.Spans[x].Start == k && s.Spans[x].End == part &&
			!s.Spans[x].Demonym && !slices.Contains(r.Countries, s.Spans[x].Key) {
			r.Countries = append(r.Countries, s.Spans[x].Key)
		}
		k = part + 1
	}
	return r, r.Title != "" || len(r.Countries) > 0
}

// plain reports whether tokens [i, j) are words that may run into a title:
// no spans, no punctuation, no verbs.
func plain(s *mentions.Sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if spanIndexAt(s, k) >= 0 || !(modifiers[s.Tokens[k].Lower()] || describes(s.Tokens[k].Text)) {
			return false
		}
	}
	return true
}

// counterpartOf returns the title of the person whose counterpart the
// person span at pi is: "Foreign Minister Ahmed Fathy met his Russian
// counterpart Sergei Lavrov" makes Lavrov a foreign minister (of Russia,
// as the title phrase says). The person is the nearest named before
// "his" or "her", when a title stands before their name.
func counterpartOf(s *mentions.Sentence, pi int) (Role, bool) {
	start := s.Spans[pi].Start
	k := lastBefore(s, start, 4, "counterpart", "counterparts")
	if k < 0 {
		return Role{}, false
	}
	if k = lastBefore(s, k, 4, "his", "her"); k < 0 {
		return Role{}, false
	}
	for q := pi - 1; q >= 0; q-- {
		sp := s.Spans[q]
		if sp.Kind != mentions.Person || sp.End > k {
			continue
		}
		if r, ok := phraseBefore(s, sp.Start, "title before name"); ok && r.Title != "" && r.Title != "counterpart" {
			return r, true
		}
		return Role{}, false
	}
	return Role{}, false
}

// lastBefore returns the last of the n tokens before token i that is one
// of words, or -1.
func lastBefore(s *mentions.Sentence, i, n int, words ...string) int {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if slices.Contains(words, s.Tokens[k].Lower()) {
			return k
		}
	}
	return -1
}
