// Package gazetteer holds the general knowledge kg reads text with:
// countries with their short forms and demonyms, cities and regions,
// well-known institutions, titles and roles, given names and English words.
// The data ships inside the binary (data/*.tsv, generated from pinned data
// packages by gen/gen.mjs, plus hand-kept lists); none of it names the
// people, meetings or documents of any corpus.
package gazetteer

import (
	"embed"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"kg/internal/lower"
	"kg/model"
	"kg/sentences"
)

//go:embed data/*.tsv data/*.txt
var files embed.FS

// Media is the kind of news outlets: recognised so that they are not taken
// for people or organisations taking part, and otherwise ignored.
const Media model.NodeKind = "media"

// Entry is what a gazetteer phrase stands for.
type Entry struct {
	Kind      model.NodeKind // country, place or organization; "" for titles
	Key       string         // stable key: "united-states", "miami", ...
	Name      string         // canonical name
	Country   string         // country key of a place or institution
	Region    string         // the state or region a city lies in ("Florida")
	PlaceType string         // city, state, region, continent or place
	Demonym   bool           // the phrase is a demonym ("Ukrainian")
	Title     string         // for titles: the class (principal, official, envoy, aide, military, honorific, kin)
	Metonym   bool           // a capital or seat of power standing for its government
	Ambiguous bool           // also an ordinary word or a given name: needs a cue
	OwnSide   bool           // an organisation that negotiates as a side of its own (Hamas), not for its country
	Acronym   string         // an organisation's acronym, as its aliases write it ("ASEAN")
}

// Gazetteer is the loaded data. It is read-only after Load and safe for
// concurrent use.
type Gazetteer struct {
	names     *trie // case-sensitive proper names
	extra     *trie // names added by With (a lexicon), matched first
	titles    *trie // case-insensitive titles and roles
	Countries map[string]*Country
	given     *lineSet
	words     *lineSet
	// givenForm maps a given name's other forms (lower case) to the one
	// form kept for it: Vladimir to Volodymyr
	givenForm map[string]string
}

// Country is one country of the gazetteer.
type Country struct {
	Key, Name, Capital, Code string
	Demonyms                 []string
}

// Short is how news writes the country in a compound ("US–Ukraine talks",
// "the UK delegation"): "US", "UK", else its common name.
func (c *Country) Short() string {
	switch c.Code {
	case "US":
		return "US"
	case "GB":
		return "UK"
	}
	return c.Name
}

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

// Default returns the gazetteer built from the embedded data, loading it on
// first use.
func Default() (*Gazetteer, error) {
	loadOnce.Do(func() { loaded, loadErr = load() })
	return loaded, loadErr
}

// rows returns the tab-separated fields of each line of an embedded file
// but blank ones and comments, as slices of one copy of the file.
func rows(name string) ([][]string, error) {
	t, err := text(name)
	if err != nil {
		return nil, err
	}
	out := make([][]string, 0, strings.Count(t, "\n")+1)
	for start, end := range lineSpans(t) {
		out = append(out, strings.Split(t[start:end], "\t"))
	}
	return out, nil
}

// lineSetOf returns the set of the lines of an embedded file.
func lineSetOf(name string) (*lineSet, error) {
	t, err := text(name)
	if err != nil {
		return nil, err
	}
	s, err := newLineSet(t)
	if err != nil {
		return nil, fmt.Errorf("gazetteer %s: %w", name, err)
	}
	return s, nil
}

// text returns an embedded file as a string.
func text(name string) (string, error) {
	b, err := files.ReadFile("data/" + name)
	if err != nil {
		return "", fmt.Errorf("gazetteer %s: %w", name, err)
	}
	// (ReadFile's bytes are a copy of their own, which nothing changes)
	return unsafe.String(unsafe.SliceData(b), len(b)), nil
}

func col(r []string, i int) string {
	if i < len(r) {
		return strings.TrimSpace(r[i])
	}
	return ""
}

// namedLists reads a file of names, each with a list of others ("Türkiye",
// "Turkey"), into a map.
func namedLists(name string) (map[string][]string, error) {
	rs, err := rows(name)
	if err != nil {
		return nil, err
	}
	out := make(map[string][]string, len(rs))
	for _, r := range rs {
		out[col(r, 0)] = split(col(r, 1))
	}
	return out, nil
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// Slug makes a lower-case, dash-separated key of a name.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range Fold(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x430 && r <= 0x44f {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func load() (*Gazetteer, error) {
	g := &Gazetteer{names: newTrie(), titles: newTrie(), Countries: map[string]*Country{}}
	var err error
	if g.words, err = lineSetOf("words.txt"); err != nil {
		return nil, err
	}
	if g.given, err = lineSetOf("givennames.txt"); err != nil {
		return nil, err
	}
	variants, err := namedLists("variants.tsv")
	if err != nil {
		return nil, err
	}
	demonyms, err := namedLists("demonyms.tsv")
	if err != nil {
		return nil, err
	}
	cs, err := rows("countries.tsv")
	if err != nil {
		return nil, err
	}
	byCode := map[string]string{}
	// independent countries first: "American" is the United States before
	// any territory that shares the demonym
	sort.SliceStable(cs, func(i, j int) bool { return col(cs[i], 6) == "independent" && col(cs[j], 6) != "independent" })
	for _, r := range cs {
		c := &Country{Key: col(r, 0), Name: col(r, 1), Capital: col(r, 4), Code: col(r, 5)}
		// the demonyms news writes first: a delegation is named by the first
		for _, dm := range append(demonyms[c.Name], split(col(r, 3))...) {
			if !slices.Contains(c.Demonyms, dm) {
				c.Demonyms = append(c.Demonyms, dm)
			}
		}
		g.Countries[c.Key] = c
		byCode[c.Code] = c.Key
		e := Entry{Kind: model.Country, Key: c.Key, Name: c.Name, Country: c.Key}
		g.addName(c.Name, e)
		g.addName("the "+c.Name, e)
		for _, a := range append(split(col(r, 2)), variants[c.Name]...) {
			g.addName(a, e)
			g.addName("the "+a, e)
		}
		d := e
		d.Demonym = true
		for _, dm := range c.Demonyms {
			g.addName(dm, d)
			if !strings.HasSuffix(dm, "s") && !strings.HasSuffix(dm, "ese") {
				g.addName(dm+"s", d)
			}
		}
	}
	// news outlets: matched so that they never become actors
	ms, err := rows("media.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range ms {
		e := Entry{Kind: Media, Key: Slug(col(r, 0)), Name: col(r, 0)}
		g.addName(e.Name, e)
		for _, a := range split(col(r, 1)) {
			g.addName(a, e)
		}
	}
	// Washington is the seat of the US government; in news it stands for it.
	g.addName("Washington", Entry{Kind: model.Country, Key: "united-states", Name: "United States", Country: "united-states", Metonym: true})
	states := map[string]string{}
	ss, err := rows("states.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range ss {
		states[col(r, 1)] = col(r, 0)
	}
	cities, err := rows("cities.tsv")
	if err != nil {
		return nil, err
	}
	rg, err := rows("regions.tsv")
	if err != nil {
		return nil, err
	}
	// a province is no city of the same name elsewhere ("Ontario, California")
	provinces := map[string]bool{}
	for _, r := range rg {
		if col(r, 3) == "province" {
			provinces[col(r, 0)] = true
		}
	}
	capitals := map[string]string{}
	for _, c := range g.Countries {
		if c.Capital != "" {
			capitals[c.Capital] = c.Key
		}
	}
	for _, r := range cities {
		name := col(r, 0)
		if provinces[name] {
			continue
		}
		pop, _ := strconv.Atoi(col(r, 3))
		country := byCode[col(r, 1)]
		_, capital := capitals[name]
		if !capital && pop < 1000000 && (g.words.has(lower.String(name)) || g.given.has(name)) {
			continue // "Mobile", "Florence": a word or a name first
		}
		if name == "Washington" || strings.HasPrefix(name, "Washington,") {
			continue // handled below as the seat of the US government
		}
		e := Entry{Kind: model.Place, Key: Slug(name), Name: name, Country: country, Region: col(r, 2), PlaceType: "city", Metonym: capital}
		g.addName(name, e)
		for _, v := range variants[name] {
			g.addName(v, e)
		}
		delete(capitals, name)
	}
	// a capital the city data lacks or spells otherwise ("Astana", the
	// data's "Nur-Sultan") is a city all the same
	for _, name := range slices.Sorted(maps.Keys(capitals)) {
		if _, known := g.Lookup(name); known || strings.HasPrefix(name, "Washington") {
			continue
		}
		g.addName(name, Entry{Kind: model.Place, Key: Slug(name), Name: name, Country: capitals[name], PlaceType: "city", Metonym: true})
	}
	for _, r := range rg {
		if col(r, 3) == "province" && g.given.has(col(r, 0)) {
			continue // "Alberta": a given name first, as for cities
		}
		e := Entry{Kind: model.Place, Key: Slug(col(r, 0)), Name: col(r, 0), Country: col(r, 2), PlaceType: col(r, 3), Region: col(r, 5)}
		g.addName(e.Name, e)
		for _, a := range split(col(r, 1)) {
			g.addName(a, e)
		}
		if d := col(r, 4); d != "" {
			de := e
			de.Demonym = true
			g.addName(d, de)
			g.addName(d+"s", de)
		}
	}
	for _, st := range sortedValues(states) {
		g.addName(st, Entry{Kind: model.Place, Key: Slug(st), Name: st, Country: "united-states", PlaceType: "state"})
	}
	os, err := rows("orgs.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range os {
		e := Entry{Kind: model.Organization, Key: Slug(col(r, 0)), Name: col(r, 0), Country: col(r, 2), OwnSide: col(r, 3) == "side"}
		aliases := split(col(r, 1))
		if i := slices.IndexFunc(aliases, IsAcronym); i >= 0 {
			e.Acronym = aliases[i] // "ASEAN", not the initials' "ASAN"
		}
		g.addName(e.Name, e)
		g.addName("the "+e.Name, e)
		for _, a := range aliases {
			g.addName(a, e)
		}
	}
	ts, err := rows("titles.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range ts {
		g.titles.add(tokensOf(Fold(col(r, 0))), Entry{Title: col(r, 1), Name: col(r, 0)})
	}
	gv, err := rows("given-variants.tsv")
	if err != nil {
		return nil, err
	}
	g.givenForm = map[string]string{}
	for _, r := range gv {
		for _, v := range split(col(r, 1)) {
			g.givenForm[strings.ToLower(v)] = col(r, 0)
		}
	}
	return g, nil
}

// GivenForm returns the form kept for a given name written in another
// language's form ("Vladimir" Zelensky is "Volodymyr"), or the name.
func (g *Gazetteer) GivenForm(name string) string {
	if f, ok := lower.Get(g.givenForm, name); ok {
		return f
	}
	return name
}

func tokensOf(s string) []string {
	var out []string
	for _, t := range sentences.Tokenize(s, 0) {
		out = append(out, sentences.Plain(t.Text))
	}
	return out
}

func (g *Gazetteer) addName(s string, e Entry) {
	g.names.add(tokensOf(s), e)
}

// Fold lower-cases and strips accents for comparing names.
func Fold(s string) string { return foldAccents(sentences.Fold(s)) }

// Match is a gazetteer phrase found in a token slice.
type Match struct {
	Start, End int // token indexes, End exclusive
	*Entry         // the gazetteer's own: read, never written
}

// Names finds the longest proper-name phrases in toks (case-sensitive).
func (g *Gazetteer) Names(toks []sentences.Token) []Match {
	base := g.names.scan(toks, plain)
	if g.extra == nil {
		return base
	}
	extra := g.extra.scan(toks, plain)
	taken := make([]bool, len(toks))
	for _, m := range extra {
		for k := m.Start; k < m.End; k++ {
			taken[k] = true
		}
	}
	out := extra
	for _, m := range base {
		free := true
		for k := m.Start; k < m.End; k++ {
			free = free && !taken[k]
		}
		if free {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// With returns a gazetteer that also knows the given names (a lexicon's
// actors), matched before the built-in data. g itself is unchanged.
func (g *Gazetteer) With(names map[string]Entry) *Gazetteer {
	c := *g
	c.extra = newTrie()
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c.extra.add(tokensOf(k), names[k])
	}
	return &c
}

// Titles finds the longest title and role phrases in toks (any case).
func (g *Gazetteer) Titles(toks []sentences.Token) []Match {
	return g.titles.scan(toks, sentences.Token.Lower)
}

// Title returns the class of a title phrase, or "".
func (g *Gazetteer) Title(phrase string) string {
	ms := g.titles.scan(sentences.Tokenize(phrase, 0), sentences.Token.Lower)
	if len(ms) == 1 && ms[0].Start == 0 {
		return ms[0].Title
	}
	return ""
}

// GivenNames returns the known given names that are not ordinary words,
// sorted.
func (g *Gazetteer) GivenNames() []string {
	var out []string
	for n := range g.given.all() {
		if !g.words.has(lower.String(n)) {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// CountryKeys returns the keys of the independent countries with a demonym,
// sorted.
func (g *Gazetteer) CountryKeys() []string {
	var out []string
	for k, c := range g.Countries {
		if len(c.Demonyms) > 0 && c.Capital != "" {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// GivenName reports whether w is a known given name.
func (g *Gazetteer) GivenName(w string) bool { return g.given.has(w) }

// Word reports whether w, in lower case, is an ordinary English word.
func (g *Gazetteer) Word(w string) bool {
	var buf [64]byte
	return g.words.hasBytes(lower.Append(buf[:0], sentences.Plain(w)))
}

// Country returns the country with the given key, or nil.
func (g *Gazetteer) Country(key string) *Country { return g.Countries[key] }

// Lookup returns the entry of an exact proper-name phrase.
func (g *Gazetteer) Lookup(phrase string) (Entry, bool) {
	toks := sentences.Tokenize(phrase, 0)
	ms := g.Names(toks)
	if len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(toks) {
		return *ms[0].Entry, true
	}
	return Entry{}, false
}

// trie maps token sequences to entries.
type trie struct {
	next  map[string]*trie
	entry *Entry
	// lengths, at the root only (where every token of a text is looked
	// up), are the lengths of next's keys (bit min(length, 63)) by their
	// first byte: most tokens begin with a byte no key does, or are not
	// as long as a key that does ("to", "talks", but "the"), and are
	// turned away without a lookup
	lengths *[256]uint64
}

// lengthBit is a key's bit in trie.lengths.
func lengthBit(k string) uint64 { return 1 << min(len(k), 63) }

func newTrie() *trie { return &trie{next: map[string]*trie{}} }

func (t *trie) add(toks []string, e Entry) {
	if len(toks) == 0 {
		return
	}
	if t.lengths == nil {
		t.lengths = new([256]uint64)
	}
	if first := toks[0]; first != "" {
		t.lengths[first[0]] |= lengthBit(first)
	}
	n := t
	for _, tok := range toks {
		c, ok := n.next[tok]
		if !ok {
			c = newTrie()
			n.next[tok] = c
		}
		n = c
	}
	if n.entry == nil { // the first entry wins: files are loaded most specific first
		e := e
		n.entry = &e
	}
}

func (t *trie) scan(toks []sentences.Token, norm func(sentences.Token) string) []Match {
	var out []Match
	for i := 0; i < len(toks); {
		n, best, bestEnd := t, (*Entry)(nil), 0
		for j := i; j < len(toks); j++ {
			k := norm(toks[j])
			if j == i && (t.lengths == nil || k != "" && t.lengths[k[0]]&lengthBit(k) == 0) {
				break // (no lengths: the trie is empty)
			}
			c, ok := n.next[k]
			if !ok {
				break
			}
			n = c
			if n.entry != nil {
				best, bestEnd = n.entry, j+1
			}
		}
		if best != nil {
			out = append(out, Match{Start: i, End: bestEnd, Entry: best})
			i = bestEnd
			continue
		}
		i++
	}
	return out
}

// plain is a token as the names are matched: with plain apostrophes.
func plain(t sentences.Token) string { return sentences.Plain(t.Text) }

func sortedValues(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

// IsAcronym reports whether a word is written like an acronym: two to six
// capital letters or digits, at least two of them letters ("ASEAN", "UNSC",
// "RDIF").
func IsAcronym(w string) bool {
	n, letters := utf8.RuneCountInString(w), 0
	if n < 2 || n > 6 {
		return false
	}
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}
