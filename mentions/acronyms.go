package mentions

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/gazetteer"
	"kg/model"
	"kg/sentences"
)

// acronyms carries an acronym an article defines for an organisation or a
// text ("the Rapid Support Forces (RSF)", "the Joint Comprehensive Plan of
// Action (JCPOA)") to the rest of the article: the defining span takes it as
// an alias, and the sentences that use the bare acronym are found again
// with it known, so "the RSF team" is a delegation and "the RSF's
// commander" a role of the organisation.
func (f Finder) acronyms(out []Sentence, sc *scratch) {
	defs := map[string]Span{}
	for i := range out {
		define(&out[i], defs)
	}
	for i := range out {
		if datelineTown(&out[i], defs) {
			break
		}
	}
	for i := range out {
		groupCodes(&out[i], defs)
	}
	if len(defs) == 0 {
		return
	}
	for i := range out {
		if usesAcronym(out[i].Tokens, defs) {
			out[i] = f.sentenceWith(out[i].Sentence, i, defs, sc)
			define(&out[i], nil)
		}
	}
}

// define finds "ORGANISATION (ACR)" in a sentence and gives the span the
// acronym as its alias; with defs, it records the first span of each
// acronym there.
func define(s *Sentence, defs map[string]Span) {
	for k := range s.Spans {
		sp := &s.Spans[k]
		if sp.Kind != Org && sp.Kind != Document {
			continue
		}
		acr, ok := acronymAt(s.Tokens, sp.End)
		if !ok || acr == sp.Name {
			continue
		}
		if _, seen := defs[acr]; !seen && defs != nil {
			defs[acr] = *sp
		}
		if sp.Alias == "" {
			sp.Alias = acr
		}
	}
}

// datelineTown reads a dateline that names a town the gazetteer does not
// know, "TURNBERRY, Scotland (Reuters) —", "DAVOS, Switzerland —": the town
// is a place in that country, and so is the town wherever the article
// writes its name ("at his Turnberry golf resort").
func datelineTown(s *Sentence, defs map[string]Span) bool {
	t := s.Tokens
	// the town: one to three words in capitals before the comma
	// ("HALLANDALE BEACH, Florida")
	n := 0
	for n < len(t) && n < 3 && isAllCaps(t[n].Text) && t[n].IsWord() && s.At(n) == nil {
		n++
	}
	if s.Title || n == 0 || len(t) < n+3 || t[n].Text != "," || utf8.RuneCountInString(t[0].Text) < 3 {
		return false
	}
	// the country, or a region of one ("Scotland")
	c := s.At(n + 1)
	if c == nil || c.Demonym || c.Start != n+1 {
		return false
	}
	country := c.Key
	if c.Kind == Place {
		country = c.Entry.Country
	} else if c.Kind != Country {
		return false
	}
	if country == "" {
		return false
	}
	for k := c.End; k < len(t) && k < c.End+5; k++ {
		switch t[k].Text {
		case "—", "–", "-", "(":
			words := make([]string, n)
			for i, w := range t[:n] {
				r, size := utf8.DecodeRuneInString(w.Text)
				words[i] = string(r) + strings.ToLower(w.Text[size:])
			}
			name := strings.Join(words, " ")
			sp := Span{Kind: Place, Start: 0, End: n, Name: name, Key: gazetteer.Slug(name),
				Entry: gazetteer.Entry{Kind: model.Place, Name: name, PlaceType: "city", Country: country}}
			s.Spans = append([]Span{sp}, s.Spans...)
			for _, w := range []string{name, s.Text(0, n)} {
				if _, taken := defs[w]; !taken {
					defs[w] = sp
				}
			}
			return true
		}
	}
	return false
}

// groupNouns after a code name an armed group or a movement: "the M23
// rebel group", "FDLR militias".
var groupNouns = map[string]bool{"rebel": true, "rebels": true, "militia": true, "militias": true, "fighters": true,
	"insurgents": true, "movement": true, "group": true, "alliance": true, "faction": true}

// groupCodes records the codes an article gives armed groups and
// movements ("the Rwanda-backed M23 rebel group"): the organisation is
// then found wherever the article writes the code.
func groupCodes(s *Sentence, defs map[string]Span) {
	for i := 0; i+1 < len(s.Tokens); i++ {
		if !groupNouns[s.Tokens[i+1].Lower()] {
			continue
		}
		code := s.Tokens[i].Text
		if _, seen := defs[code]; seen || !gazetteer.IsAcronym(code) && !isCode(code) || s.At(i) != nil {
			continue
		}
		defs[code] = Span{Kind: Org, Name: code, Key: gazetteer.Slug(code), Alias: code}
	}
}

// isCode reports whether a token is a letter and digits ("M23", "G7").
func isCode(w string) bool {
	letters, digits := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		default:
			return false
		}
	}
	return letters >= 1 && digits >= 1 && letters+digits <= 6
}

// acronymAt returns the acronym of "(ACR)" at token i.
func acronymAt(t []sentences.Token, i int) (string, bool) {
	if i+2 < len(t) && t[i].Text == "(" && t[i+2].Text == ")" && gazetteer.IsAcronym(t[i+1].Text) {
		return t[i+1].Text, true
	}
	return "", false
}

// AcronymAt reports whether token i opens an acronym in brackets, "(RSF)":
// part of the name before it, not a new clause.
func (s *Sentence) AcronymAt(i int) bool {
	_, ok := acronymAt(s.Tokens, i)
	return ok
}

// usesAcronym reports whether a sentence uses a defined acronym outside the
// brackets that define it.
func usesAcronym(t []sentences.Token, defs map[string]Span) bool {
	for i, tok := range t {
		if _, ok := defs[tok.Text]; ok && (i == 0 || t[i-1].Text != "(") {
			return true
		}
	}
	return false
}

// acronymOrgs marks the bare uses of the article's acronyms as the
// organisations or texts they stand for.
func (b *builder) acronymOrgs() {
	if len(b.acr) == 0 {
		return // (a sentence's first reading: no acronyms yet)
	}
	for i, tok := range b.toks {
		def, ok := b.acr[tok.Text]
		if !ok || b.claimed[i] || (i > 0 && b.toks[i-1].Text == "(") {
			continue
		}
		b.add(Span{Kind: def.Kind, Start: i, End: i + 1, Name: def.Name, Key: def.Key, Entry: def.Entry, Countries: def.Countries, Alias: tok.Text})
	}
}
