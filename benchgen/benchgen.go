// Package benchgen writes synthetic news articles about negotiations for
// benchmarks: varied people, delegations, places, dates and documents drawn
// from the gazetteer and a seeded random source, in the shapes real
// articles take (headers, titles before names, appositions, quotations,
// page furniture). The same seed gives the same articles.
package benchgen

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"kg/gazetteer"
)

// Options shape a corpus.
type Options struct {
	N        int   // articles
	Seed     int64 // random seed
	PerTalks int   // articles per negotiation (0: 40)
}

var syllables = []string{"kor", "van", "mel", "dra", "sin", "tor", "bel", "rag", "os", "ul", "en", "ko", "mar", "ze", "li", "ha", "ner", "pol", "dus", "vik", "ta", "ro", "gal", "fen"}
var endings = []string{"enko", "ov", "ski", "ez", "berg", "mann", "son", "escu", "opoulos", "ian", "oglu", "ic", "ova", "i", "el"}
var titles = []string{"Foreign Minister", "Defence Minister", "special envoy", "national security adviser", "chief negotiator", "Deputy Prime Minister", "presidential aide", "ambassador"}
var outcomes = []string{"productive", "constructive", "difficult", "useful", "tense", "substantive"}
var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var ordinals = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"}
var outlets = []string{"Example Wire", "Daily Example", "The Example Post", "Example News Agency", "Example Herald"}
var topics = []string{"security guarantees", "a ceasefire", "sanctions", "a prisoner exchange", "territorial issues"}

type person struct {
	name, title, country string
}

type talks struct {
	countries []string // gazetteer keys
	people    []person
	cities    []string
	plan      int
	start     time.Time
}

// Write writes opt.N articles into dir, named a00000.txt ..., and returns
// their total size in bytes.
func Write(dir string, g *gazetteer.Gazetteer, opt Options) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	r := rand.New(rand.NewSource(opt.Seed))
	per := opt.PerTalks
	if per <= 0 {
		per = 40
	}
	given := g.GivenNames()
	countries := g.CountryKeys()
	var cities []string
	for _, k := range countries {
		cities = append(cities, g.Country(k).Capital)
	}
	var total int64
	var t talks
	for i := 0; i < opt.N; i++ {
		if i%per == 0 {
			t = newTalks(r, g, given, countries, cities)
		}
		text := article(r, g, t, i)
		path := filepath.Join(dir, fmt.Sprintf("a%06d.txt", i))
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return total, err
		}
		total += int64(len(text))
	}
	return total, nil
}

func surname(r *rand.Rand) string {
	s := syllables[r.Intn(len(syllables))] + syllables[r.Intn(len(syllables))] + endings[r.Intn(len(endings))]
	return strings.ToUpper(s[:1]) + s[1:]
}

func newTalks(r *rand.Rand, g *gazetteer.Gazetteer, given, countries, cities []string) talks {
	var t talks
	for len(t.countries) < 3 {
		c := countries[r.Intn(len(countries))]
		if !slices.Contains(t.countries, c) {
			t.countries = append(t.countries, c)
		}
	}
	for i := 0; i < 12; i++ {
		t.people = append(t.people, person{
			name:    given[r.Intn(len(given))] + " " + surname(r),
			title:   titles[r.Intn(len(titles))],
			country: t.countries[i%len(t.countries)],
		})
	}
	for i := 0; i < 3; i++ {
		t.cities = append(t.cities, cities[r.Intn(len(cities))])
	}
	t.plan = 10 + r.Intn(30)
	t.start = time.Date(2020+r.Intn(6), time.Month(1+r.Intn(12)), 1+r.Intn(28), 0, 0, 0, 0, time.UTC)
	return t
}

func article(r *rand.Rand, g *gazetteer.Gazetteer, t talks, i int) string {
	dem := func(k string) string { return g.Country(k).Demonyms[0] }
	a, b := t.countries[0], t.countries[1+r.Intn(2)]
	published := t.start.AddDate(0, 0, i%40*3+r.Intn(3))
	met := published.AddDate(0, 0, -1-r.Intn(3))
	city := t.cities[r.Intn(len(t.cities))]
	p := func() person { return t.people[r.Intn(len(t.people))] }
	head1, head2 := t.people[0], t.people[1]
	var s []string
	s = append(s, fmt.Sprintf("title: %s and %s negotiators meet in %s\noutlet: %s\npublished: %s\n",
		dem(a), dem(b), city, outlets[r.Intn(len(outlets))], published.Format("2006-01-02")))
	s = append(s, fmt.Sprintf("%s and %s negotiators met in %s on %s for a %s round of talks on the %d-point plan, officials said.",
		dem(a), dem(b), city, weekdays[met.Weekday()], ordinals[r.Intn(len(ordinals))], t.plan))
	s = append(s, fmt.Sprintf("The %s delegation was led by %s %s, and included %s and %s.",
		dem(a), head1.title, head1.name, p().name, p().name))
	s = append(s, fmt.Sprintf("%s, the head of the %s delegation, said the talks on %s had been %s.",
		head2.name, dem(b), topics[r.Intn(len(topics))], outcomes[r.Intn(len(outcomes))]))
	q := p()
	s = append(s, fmt.Sprintf("“We have made progress, but the road ahead is long,” %s told reporters in %s on %s %d.",
		q.name, city, met.Month(), met.Day()))
	s = append(s, fmt.Sprintf("%s %s %s %s described the meeting as %s.",
		dem(q.country), q.title, q.name, strings.Repeat("later ", r.Intn(2)), outcomes[r.Intn(len(outcomes))]))
	if r.Intn(3) == 0 {
		s = append(s, fmt.Sprintf("The %d-point framework replaced the original %d-point plan, which was leaked in %s.",
			t.plan-2, t.plan, published.AddDate(0, -1, 0).Month()))
	}
	s = append(s, fmt.Sprintf("The two sides are expected to meet again in %s next week, a %s official said.",
		t.cities[r.Intn(len(t.cities))], dem(b)))
	for k := 0; k < 3+r.Intn(5); k++ {
		x := p()
		s = append(s, fmt.Sprintf("%s, %s of %s, stressed that %s remained the main obstacle to an agreement.",
			x.name, x.title, g.Country(x.country).Name, topics[r.Intn(len(topics))]))
	}
	s = append(s, "By staying online, you consent to the use of cookies files.", "Read more", "Markets rally as oil slips")
	return strings.Join(s, "\n\n") + "\n"
}
