package mentions

import (
	"regexp"

	"kg/model"
	"strconv"
	"strings"

	"kg/gazetteer"
)

// docHeads are nouns that name a negotiated text; plan-like heads of an
// "N-point" document are one document whatever the outlet calls it.
var docHeads = map[string]string{
	"plan": "plan", "plans": "plan", "proposal": "plan", "proposals": "plan", "framework": "plan",
	"initiative": "plan", "roadmap": "plan", "blueprint": "plan", "document": "plan", "deal": "plan",
	"draft": "plan", "text": "plan", "formula": "plan", "outline": "plan", "package": "plan", "paper": "plan",
	"agreement": "agreement", "agreements": "agreement", "accord": "agreement", "accords": "agreement",
	"treaty": "agreement", "memorandum": "agreement", "pact": "agreement", "declaration": "declaration",
	"statement": "statement", "communique": "statement", "communiqué": "statement",
}

// planKinds group the modifiers that make one kind of plan, whatever the
// wording: a reconstruction plan is also called a recovery, redevelopment,
// economic development or prosperity plan.
var planKinds = []struct {
	words []string
	name  string
}{
	{[]string{"prosperity", "reconstruction", "recovery", "redevelopment", "rebuilding", "economic development", "economic"}, "reconstruction plan"},
	{[]string{"peace"}, "peace plan"},
	{[]string{"victory"}, "victory plan"},
	{[]string{"ceasefire", "cease-fire"}, "ceasefire plan"},
}

var agreementAdjectives = map[string]bool{
	"multilateral": true, "bilateral": true, "trilateral": true, "framework": true, "security": true,
	"final": true, "interim": true, "comprehensive": true, "ceasefire": true, "trade": true, "nuclear": true,
	"economic": true, "minerals": true, "mineral": true, "peace": true, "joint": true, "political": true,
}

var pointRe = regexp.MustCompile(`^(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)-(point|phase|stage|step|part|article|clause)$`)

// docStarts are the words, in lower case, at which a rule of documents
// can match, besides those with a digit or a hyphen: the heads of texts,
// the first words of plan kinds, "joint" and "resolution". Most tokens
// are none of them, and are passed after one lookup.
var docStarts = func() map[string]bool {
	m := map[string]bool{"joint": true, "resolution": true}
	for w := range docHeads {
		m[w] = true
	}
	for w := range namedHeads {
		m[w] = true
	}
	for w := range planStarts {
		m[w] = true
	}
	return m
}()

// mayStartDocument reports whether a rule of documents can match at a
// token, in lower case: a word of docStarts, or one with a digit first
// ("20 points") or a hyphen ("20-point").
func mayStartDocument(low string) bool {
	return low != "" && (low[0] >= '0' && low[0] <= '9' || strings.IndexByte(low, '-') >= 0 || docStarts[low])
}

func (b *builder) documents() {
	t := b.toks
	for i := 0; i < len(t); i++ {
		if b.claimed[i] || !b.everyToken && !mayStartDocument(b.low(i)) {
			continue
		}
		// N-point plan
		if m := pointMatch(b.low(i)); m != nil {
			j := i + 1
			for j < len(t) && j <= i+4 && docHeads[b.low(j)] == "" && t[j].IsWord() {
				j++
			}
			if j < len(t) && docHeads[b.low(j)] != "" {
				n := m[1]
				if v, ok := wordNumbers[n]; ok {
					n = v
				}
				name := n + "-" + m[2] + " " + headName(b.low(j))
				b.add(Span{Kind: Document, Start: i, End: j + 1, Name: name, Key: "plan-" + n + "-" + m[2]})
				i = j
				continue
			}
		}
		// "has 20 points", "reduced to 20 points"
		if c := b.low(i); c != "" && c[0] >= '0' && c[0] <= '9' && b.low(i+1) == "points" {
			n, err := strconv.Atoi(c)
			if err != nil || n < 2 || n > 199 {
				continue
			}
			if b.sentenceHas("plan", "proposal", "framework", "document") {
				b.add(Span{Kind: Document, Start: i, End: i + 2, Name: strconv.Itoa(n) + "-point plan", Key: "plan-" + strconv.Itoa(n) + "-point"})
				i++
				continue
			}
		}
		// "Resolution 2231", "UN Security Council Resolution 2773"
		if t[i].Text == "Resolution" && i+1 < len(t) && len(t[i+1].Text) >= 2 && len(t[i+1].Text) <= 5 && isDigits(t[i+1].Text) {
			b.add(Span{Kind: Document, Start: i, End: i + 2, Name: "Resolution " + t[i+1].Text, Key: "resolution-" + t[i+1].Text})
			i++
			continue
		}
		// texts with a title: "the Good Friday Agreement", "the Joint
		// Comprehensive Plan of Action", "the Declaration of Principles"
		if sp, ok := b.titledText(i); ok {
			b.add(sp)
			i = sp.End - 1
			continue
		}
		// named texts: "the Minsk agreements", "the Budapest Memorandum", "the Abraham Accords"
		if namedHeads[b.low(i)] && i > 0 && t[i-1].Cap() && t[i-1].IsWord() && !b.claimed[i-1] {
			start := i
			for start > 0 && i-start < 3 && t[start-1].Cap() && t[start-1].IsWord() && !b.claimed[start-1] && !isAllCaps(t[start-1].Text) && (!closedClass[b.low(start-1)] || b.isPlace(start-1, start+1)) {
				start--
			}
			if start < i && (!b.f.G.Word(t[start].Text) || b.isPlace(start, i)) {
				name := b.s.Text(start, i+1)
				b.add(Span{Kind: Document, Start: start, End: i + 1, Name: name, Key: gazetteer.Slug(singular(name))})
				continue
			}
		}
		// joint statement
		if b.low(i) == "joint" && docHeads[b.low(i+1)] == "statement" || b.low(i) == "joint" && docHeads[b.low(i+1)] == "declaration" {
			name := "joint " + b.low(i+1)
			b.add(Span{Kind: Document, Start: i, End: i + 2, Name: name, Key: gazetteer.Slug(name)})
			i++
			continue
		}
		// plans by kind: "economic development plan (prosperity plan)", "reconstruction plans"
		if kind, n := b.planKind(i); n > 0 {
			start := i
			if start > 0 && (b.low(start-1) == "comprehensive" || b.low(start-1) == "new" || b.low(start-1) == "national") {
				start--
			}
			end := i + n
			sp := Span{Kind: Document, Start: start, End: end, Name: singular(b.s.Text(start, end)), Key: gazetteer.Slug(kind)}
			// an alternative name in brackets right after
			if b.low(end) == "(" {
				if k2, n2 := b.planKind(end + 1); n2 > 0 && k2 == kind && b.low(end+1+n2) == ")" {
					sp.Alias = singular(b.s.Text(end+1, end+1+n2))
					sp.End = end + 2 + n2
				}
			}
			b.add(sp)
			i = sp.End - 1
			continue
		}
		// ADJ* agreement on X (from|with the COUNTRY)
		if docHeads[b.low(i)] == "agreement" && b.low(i+1) == "on" {
			start := i
			for start > 0 && agreementAdjectives[b.low(start-1)] && !b.claimed[start-1] {
				start--
			}
			end := i + 2
			for end < len(t) && end < i+7 && t[end].IsWord() && !agreementStops[b.low(end)] && !b.claimed[end] {
				end++
			}
			if end == i+2 {
				continue
			}
			if (b.low(end) == "from" || b.low(end) == "with") && end+1 < len(t) {
				k := end + 1
				if b.low(k) == "the" {
					k++
				}
				for _, m := range b.f.G.Names(t[k:]) {
					if m.Start == 0 && m.Kind == "country" {
						end = k + m.End
					}
					break
				}
			}
			if start == i {
				continue // "an agreement on ..." without a kind is not a named text
			}
			name := b.s.Text(start, end)
			b.add(Span{Kind: Document, Start: start, End: end, Name: name, Key: gazetteer.Slug(name)})
			i = end - 1
		}
	}
}

// agreementStops end the subject of "an agreement on X": a conjunction, a
// relative pronoun, a verb ("an agreement on security guarantees that would
// need ratification").
var agreementStops = map[string]bool{"and": true, "that": true, "which": true, "who": true, "would": true, "will": true,
	"could": true, "should": true, "must": true, "may": true, "to": true, "is": true, "was": true, "are": true, "were": true,
	"has": true, "have": true, "had": true, "be": true, "been": true, "in": true, "at": true, "by": true, "for": true, "as": true}

// DocumentWord reports whether w names a kind of document: "framework",
// "plan", "agreement".
func DocumentWord(w string) bool { return docHeads[w] != "" }

func headName(h string) string {
	switch docHeads[h] {
	case "plan":
		return "plan"
	}
	return strings.TrimSuffix(h, "s")
}

func singular(s string) string {
	if strings.HasSuffix(s, "plans") {
		return strings.TrimSuffix(s, "s")
	}
	return s
}

func (b *builder) sentenceHas(words ...string) bool {
	for i := range b.toks {
		for _, w := range words {
			if b.low(i) == w {
				return true
			}
		}
	}
	return false
}

var wordNumbers = map[string]string{"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10"}

// titledText reads a text's title around a capitalised head at i: up to
// four capitalised words before it and "of" with capitalised words after.
// A title of one word is not a name, and a head that runs on into a longer
// name ("North Atlantic Treaty Organization") belongs to that name.
func (b *builder) titledText(i int) (Span, bool) {
	t := b.toks
	if !(namedHeads[b.low(i)] || b.low(i) == "plan") || !t[i].Cap() || isAllCaps(t[i].Text) {
		return Span{}, false
	}
	title := func(k int) bool {
		return k >= 0 && k < len(t) && t[k].Cap() && t[k].IsWord() && !b.claimed[k] && !isAllCaps(t[k].Text) && (!closedClass[t[k].Lower()] || b.isPlace(k, k+2))
	}
	start := i
	for i-start < 4 && title(start-1) {
		start--
	}
	end := i + 1
	if b.low(end) == "of" && title(end+1) {
		end += 2
		for end < i+5 && title(end) {
			end++
		}
	}
	if title(end) || end-start < 2 || (end-start == 2 && start == 0) {
		return Span{}, false
	}
	name := b.s.Text(start, end)
	return Span{Kind: Document, Start: start, End: end, Name: name, Key: gazetteer.Slug(singular(name))}, true
}

// namedHeads end the names of treaties and texts known by a place or a name.
var namedHeads = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "memorandum": true, "protocol": true,
	"protocols": true, "communique": true, "communiqué": true, "treaty": true, "declaration": true, "charter": true,
	"framework": true, "roadmap": true,
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// isPlace reports whether tokens [i, j) are a place or country name.
func (b *builder) isPlace(i, j int) bool {
	ms := b.f.G.Names(b.toks[i:j])
	return len(ms) == 1 && ms[0].Start == 0 && ms[0].End == j-i && (ms[0].Kind == model.Place || ms[0].Kind == model.Country)
}

// pointMatch is pointRe on a token, after a cheap test that it has a hyphen
// and ends in one of the unit words.
func pointMatch(low string) []string {
	if !strings.Contains(low, "-") || !(strings.HasSuffix(low, "point") || strings.HasSuffix(low, "phase") || strings.HasSuffix(low, "stage") || strings.HasSuffix(low, "step") || strings.HasSuffix(low, "part") || strings.HasSuffix(low, "article") || strings.HasSuffix(low, "clause")) {
		return nil
	}
	return pointRe.FindStringSubmatch(low)
}

// planStarts maps the first word of each plan kind's modifiers to the kind
// and the whole modifier, so planKind looks at one token only once.
var planStarts = func() map[string][]struct {
	kind  string
	words []string
} {
	m := map[string][]struct {
		kind  string
		words []string
	}{}
	for _, k := range planKinds {
		for _, w := range k.words {
			ws := strings.Fields(w)
			m[ws[0]] = append(m[ws[0]], struct {
				kind  string
				words []string
			}{k.name, ws})
		}
	}
	return m
}()

// planKind matches "MODIFIER plan(s)" at i and returns the kind and length.
func (b *builder) planKind(i int) (string, int) {
	for _, c := range planStarts[b.low(i)] {
		n := len(c.words)
		ok := i+n < len(b.toks)
		for x := 1; ok && x < n; x++ {
			ok = b.low(i+x) == c.words[x]
		}
		if !ok {
			continue
		}
		switch b.low(i + n) {
		case "plan", "plans", "framework", "proposal", "blueprint", "roadmap":
			return c.kind, n + 1
		case "development":
			if b.low(i+n+1) == "plan" {
				return c.kind, n + 2
			}
		}
	}
	return "", 0
}
