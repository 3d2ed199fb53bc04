package meetings

import (
	"fmt"
	"maps"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"kg/mentions"
	"kg/model"
	"kg/resolve"
	"kg/sentences"
)

// TestIndexFindsEveryFittingMeeting clusters random frames twice, once
// with the index and once comparing each frame with every meeting, and
// wants the same meetings: the index may only skip meetings that cannot fit.
func TestIndexFindsEveryFittingMeeting(t *testing.T) {
	env, places := testPlaces()
	people := []string{"person:a", "person:b", "person:c", "person:d", "person:e"}
	sides := []string{"us", "ua", "ru", "ch"}
	for seed := int64(1); seed <= 20; seed++ {
		docs := func() [][]Frame {
			rng := rand.New(rand.NewSource(seed))
			var docs [][]Frame
			for d := 0; d < 200; d++ {
				// one to three frames an article: a frame naming nothing
				// may join only a meeting of its own article
				var fs []Frame
				for n := 1 + rng.Intn(3); n > 0; n-- {
					f := Frame{Doc: fmt.Sprintf("doc%03d", d)}
					f.Trigger = "talks"
					f.Evidence = []model.Evidence{{Doc: f.Doc, Text: "They met.", Start: 0, End: 9}}
					if rng.Intn(5) > 0 {
						f.Dates = []model.DateRef{{Kind: "absolute", Year: 2025, Month: 12, Day: 1 + rng.Intn(20), N: rng.Intn(2)}}
					}
					randomParties(rng, &f, places, people, sides)
					f.Call = rng.Intn(10) == 0
					f.Joiner = rng.Intn(8) == 0
					fs = append(fs, f)
				}
				docs = append(docs, fs)
			}
			return docs
		}
		fast := clusterDocs(docs(), env)
		ix := newIndex(env)
		ix.brute = true
		slow := cluster(attachDocs(docs(), env), env, ix)
		if len(fast) < 10 {
			t.Fatalf("seed %d: only %d meetings; the test says little", seed, len(fast))
		}
		if !reflect.DeepEqual(summarise(fast), summarise(slow)) {
			t.Fatalf("seed %d: the index changed the meetings:\nindexed %v\n  brute %v", seed, summarise(fast), summarise(slow))
		}
	}
}

// testPlaces are places for random frames: cities in regions in
// countries, a seat of power and a town the gazetteer does not know, with
// an Env that resolves dates and tells places apart as a merge does.
func testPlaces() (Env, []string) {
	// places: cities in regions in countries, and a seat of power
	parent := map[string]string{
		"place:geneva": "country:ch", "place:bern": "country:ch",
		"place:miami": "region:florida", "region:florida": "country:us", "place:orlando": "region:florida",
		"organization:white-house": "country:us", "country:ch": "", "country:us": "",
		"place:shell-bay": "", // a town the gazetteer does not know, with no country
	}
	places := slices.Sorted(maps.Keys(parent))
	ancestors := func(id string) []string {
		var out []string
		for p := parent[id]; p != ""; p = parent[p] {
			out = append(out, p)
		}
		return out
	}
	return Env{
		Date: func(doc string, r model.DateRef) (time.Time, time.Time, bool) {
			d := time.Date(r.Year, time.Month(r.Month), r.Day, 0, 0, 0, 0, time.UTC)
			return d, d.AddDate(0, 0, r.N), true
		},
		SamePlace: func(a, b string) bool {
			if a == b {
				return true
			}
			for _, x := range ancestors(a) {
				if x == b {
					return true
				}
			}
			for _, x := range ancestors(b) {
				if x == a {
					return true
				}
			}
			return false
		},
		PlaceKeys: func(id string) []string { return append([]string{id}, ancestors(id)...) },
		// towns the gazetteer would not know: people who met on the same
		// days there and in another city met once (fits)
		Found: func(id string) bool { return id == "place:orlando" || id == "place:bern" || id == "place:shell-bay" },
	}, places
}

// randomParties gives f up to two places (some twice), people and sides,
// drawn from rng.
func randomParties(rng *rand.Rand, f *Frame, places, people, sides []string) {
	for i := rng.Intn(3); i > 0; i-- {
		f.Places = append(f.Places, model.Arg{Entity: places[rng.Intn(len(places))]})
	}
	for i := rng.Intn(3); i > 0; i-- {
		f.Participants = append(f.Participants, model.Arg{Entity: people[rng.Intn(len(people))]})
	}
	for i := rng.Intn(3); i > 0; i-- {
		f.Sides = uniq(append(f.Sides, sides[rng.Intn(len(sides))]))
	}
}

// attachDocs attaches each document's frames, as a merge does.
func attachDocs(docs [][]Frame, env Env) []*Frame {
	var all []*Frame
	for _, fs := range docs {
		all = append(all, Attach(fs, env)...)
	}
	return all
}

func clusterDocs(docs [][]Frame, env Env) []Meeting {
	return Cluster(attachDocs(docs, env), env)
}

func summarise(ms []Meeting) []string {
	var out []string
	for _, m := range ms {
		var docs []string
		for _, f := range m.Frames {
			docs = append(docs, f.Doc)
		}
		out = append(out, m.From.Format("01-02")+"…"+m.To.Format("01-02")+" "+strings.Join(docs, ","))
	}
	return out
}

// TestClusterKeepsApart: a day alone does not join another article's
// meeting, and an article cannot tell as held a meeting after its own day.
func TestClusterKeepsApart(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	published := map[string]time.Time{"a": day("2025-12-20"), "b": day("2025-12-20"), "c": day("2025-12-03")}
	env := Env{
		Date: func(doc string, r model.DateRef) (time.Time, time.Time, bool) {
			d := time.Date(r.Year, time.Month(r.Month), r.Day, 0, 0, 0, 0, time.UTC)
			return d, d, true
		},
		SamePlace: func(a, b string) bool {
			return a == b || a == "place:miami" && b == "place:florida" || a == "place:florida" && b == "place:miami"
		},
		PlaceKeys: func(id string) []string {
			if id == "place:miami" {
				return []string{id, "place:florida"}
			}
			return []string{id}
		},
		Published: func(doc string) time.Time { return published[doc] },
	}
	frame := func(doc string, dayOf int, place string, people ...string) Frame {
		f := Frame{Doc: doc}
		f.Trigger, f.Status = "talks", "held"
		f.Evidence = []model.Evidence{{Doc: doc, Text: "Talks.", Start: dayOf}}
		if dayOf > 0 {
			f.Dates = []model.DateRef{{Kind: "absolute", Year: 2025, Month: 12, Day: dayOf}}
		}
		if place != "" {
			f.Places = []model.Arg{{Entity: place}}
		}
		for _, p := range people {
			f.Participants = append(f.Participants, model.Arg{Entity: p})
			f.Sides = []string{"ukraine", "united-states"}
		}
		return f
	}
	ms := clusterDocs([][]Frame{
		{frame("a", 19, "place:miami", "person:umerov", "person:witkoff")},
		{frame("b", 19, "")},                              // "its next meeting is on December 19": another negotiation's
		{frame("c", 0, "place:florida", "person:umerov")}, // "earlier, Umerov held consultations in Florida", told on 3 December
	}, env)
	if len(ms) != 3 {
		t.Fatalf("%d meetings, want 3: %v", len(ms), summarise(ms))
	}
}

// TestCountryAloneJoinsNoUndatedMeeting: across articles, a dated frame
// and an undated meeting that share only a country (the US is at many
// tables) stay apart; sharing a person joins them.
func TestCountryAloneJoinsNoUndatedMeeting(t *testing.T) {
	env := Env{
		Date: func(doc string, r model.DateRef) (time.Time, time.Time, bool) {
			d := time.Date(r.Year, time.Month(r.Month), r.Day, 0, 0, 0, 0, time.UTC)
			return d, d, true
		},
		SamePlace: func(a, b string) bool { return a == b },
		PlaceKeys: func(id string) []string { return []string{id} },
	}
	frame := func(doc string, dated bool, parts ...string) []Frame {
		f := Frame{Doc: doc, Sides: []string{"us"}}
		f.Trigger = "talks"
		f.Evidence = []model.Evidence{{Doc: doc, Text: "They met.", End: 9}}
		if dated {
			f.Dates = []model.DateRef{{Kind: "absolute", Year: 2025, Month: 7, Day: 29}}
		} else {
			f.Places = []model.Arg{{Entity: "place:turnberry"}}
		}
		for _, p := range parts {
			f.Participants = append(f.Participants, model.Arg{Entity: p})
		}
		return []Frame{f}
	}
	for _, tc := range []struct {
		dated []string
		want  int
	}{
		{[]string{"country:us"}, 2},
		{[]string{"country:us", "person:trump"}, 1},
	} {
		ms := clusterDocs([][]Frame{frame("a", false, "country:us", "person:trump"), frame("b", true, tc.dated...)}, env)
		if len(ms) != tc.want {
			t.Errorf("dated frame with %v: %d meetings, want %d", tc.dated, len(ms), tc.want)
		}
	}
}

// TestAddUniqueAsASet: meetings added to keys' lists, each new meeting
// numbered above all before it and added to several keys (some twice),
// older ones added again, give the lists that appending each meeting
// unless its key's list has it give.
func TestAddUniqueAsASet(t *testing.T) {
	r := rand.New(rand.NewSource(34))
	got, want := map[string][]int{}, map[string][]int{}
	n := 0
	for range 3000 {
		i, fresh := n, true
		if n > 0 && r.Intn(2) == 0 {
			i, fresh = r.Intn(n), false
		} else {
			n++
		}
		for range 1 + r.Intn(4) {
			k := fmt.Sprint("k", r.Intn(20))
			addUnique(got, k, i, fresh)
			if !slices.Contains(want[k], i) {
				want[k] = append(want[k], i)
			}
		}
	}
	for k, l := range want {
		if !slices.Equal(got[k], l) {
			t.Errorf("key %s: %v, want %v", k, got[k], l)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d keys, want %d", len(got), len(want))
	}
}

// TestConflictAsItsDefinition: for random sets of sides (some named twice),
// conflict holds when neither set holds the other and the two name three
// sides or more between them.
func TestConflictAsItsDefinition(t *testing.T) {
	r := rand.New(rand.NewSource(35))
	sides := func() []string {
		var xs []string
		for range r.Intn(5) {
			xs = append(xs, fmt.Sprint("c", r.Intn(5)))
		}
		return xs
	}
	seen := map[bool]int{}
	for range 20000 {
		a, b := sides(), sides()
		both := map[string]bool{}
		for _, x := range append(slices.Clone(a), b...) {
			both[x] = true
		}
		want := len(a) > 0 && len(b) > 0 && !subset(a, b) && !subset(b, a) && len(both) >= 3
		if got := conflict(a, b); got != want {
			t.Fatalf("conflict(%q, %q) = %v, want %v", a, b, got, want)
		}
		seen[want]++
	}
	if seen[true] < 1000 || seen[false] < 1000 {
		t.Errorf("too few of one answer: %v", seen)
	}
}

// TestLeadIsTheFirstTwoBodySentences: lead holds for the first two
// sentences that are not the headline, wherever headlines stand.
func TestLeadIsTheFirstTwoBodySentences(t *testing.T) {
	for _, titles := range []string{"", "T", "TT", "T.T..", ".T.T.", "..T", "TTT...T"} {
		d := &resolve.Doc{}
		for _, c := range titles + "...." {
			d.Sents = append(d.Sents, mentions.Sentence{Sentence: sentences.Sentence{Title: c == 'T'}})
		}
		body := 0
		for si := range d.Sents {
			want := !d.Sents[si].Title && body < 2
			if !d.Sents[si].Title {
				body++
			}
			if got := lead(d, si); got != want {
				t.Errorf("%q: sentence %d: lead %v, want %v", titles+"....", si, got, want)
			}
		}
	}
}

// TestSharedArgsCountsEachOnce: for random lists of entities (some named
// twice), sharedArgs counts the entities both lists name, each once.
func TestSharedArgsCountsEachOnce(t *testing.T) {
	r := rand.New(rand.NewSource(36))
	args := func() []model.Arg {
		var xs []model.Arg
		for range r.Intn(6) {
			xs = append(xs, model.Arg{Entity: fmt.Sprint("person:p", r.Intn(6))})
		}
		return xs
	}
	counts := map[int]int{}
	for range 20000 {
		a, b := args(), args()
		both := map[string]bool{}
		for _, x := range a {
			if slices.ContainsFunc(b, func(y model.Arg) bool { return y.Entity == x.Entity }) {
				both[x.Entity] = true
			}
		}
		if got := sharedArgs(a, b); got != len(both) {
			t.Fatalf("sharedArgs(%v, %v) = %d, want %d", a, b, got, len(both))
		}
		counts[len(both)]++
	}
	if counts[0] < 1000 || counts[2] < 1000 {
		t.Errorf("too few of some counts: %v", counts)
	}
}

// TestStandingFindsWhatEveryFrameFinds attaches random articles of many
// frames twice, once trying each frame with the frames standing lists as
// its candidates and once with every frame before it, and wants the same
// frames: standing may only leave out frames sameMeeting turns down.
func TestStandingFindsWhatEveryFrameFinds(t *testing.T) {
	env, places := testPlaces()
	kinds := []string{"absolute", "absolute", "weekday", "this-week", "next-week", "this-month"}
	statuses := []string{"held", "held", "scheduled", "cancelled"}
	folded := 0
	for seed := int64(1); seed <= 80; seed++ {
		// articles of few people and sides, and of many; every other one
		// with half its frames undated, at countries at most (frames
		// scored against the meetings the others tell of)
		var people, sides []string
		for i := range 2 + seed%4*8 {
			people = append(people, fmt.Sprint("person:p", i))
		}
		for i := range 2 + seed%3*3 {
			sides = append(sides, fmt.Sprint("c", i))
		}
		frames := func() []Frame {
			rng := rand.New(rand.NewSource(seed))
			var fs []Frame
			for n := standingFrom + rng.Intn(300); n > 0; n-- {
				f := Frame{Doc: "doc"}
				f.Trigger = "talks"
				start := rng.Intn(200)
				f.Evidence = []model.Evidence{{Doc: f.Doc, Text: "They met.", Start: start, End: start + 9}}
				for i := rng.Intn(3); i > 0; i-- {
					// days within a few weeks, some of them a long span
					r := model.DateRef{Kind: kinds[rng.Intn(len(kinds))], Year: 2025, Month: 11 + rng.Intn(2), Day: 1 + rng.Intn(28), N: rng.Intn(3), Tense: rng.Intn(3) - 1}
					if rng.Intn(30) == 0 {
						r.N = 100
					}
					f.Dates = append(f.Dates, r)
				}
				randomParties(rng, &f, places, people, sides)
				if seed%2 == 0 && rng.Intn(2) == 0 {
					f.Dates = nil
					f.Places = slices.DeleteFunc(f.Places, func(p model.Arg) bool { return !strings.HasPrefix(p.Entity, "country:") })
				}
				f.Status = statuses[rng.Intn(len(statuses))]
				f.Background = rng.Intn(3) == 0
				f.Call = rng.Intn(10) == 0
				f.Joiner = rng.Intn(8) == 0
				f.Lead = rng.Intn(20) == 0
				f.OtherTime = rng.Intn(6) == 0
				f.Vague = rng.Intn(4) == 0
				fs = append(fs, f)
			}
			for i := range fs {
				resolveDates(&fs[i], env)
				if rng.Intn(40) == 0 {
					// a last day before the first (resolveDates makes none)
					fs[i].From, fs[i].To = fs[i].To, fs[i].From
				}
			}
			return fs
		}
		listed, every := attach(frames(), env, false), attach(frames(), env, true)
		if !reflect.DeepEqual(listed, every) {
			t.Fatalf("seed %d: standing changed the frames:\nlisted %d frames\n every %d frames", seed, len(listed), len(every))
		}
		all := 0
		for _, f := range every {
			all += len(f.Evidence)
		}
		folded += all - len(every)
	}
	if folded < 2000 {
		t.Errorf("%d frames folded into others: the test says little", folded)
	}
}

// TestScoringTakesTheFirstOfEachKind: a frame that names no day and no
// place beyond countries, and shares nothing with the meetings of its
// article, joins the first meeting it scores best with. Each case turns
// on one thing scoring tells meetings apart by: places, background,
// status, how many sides, a meeting that took a frame in and so came to
// be of another kind, or ceased to be of its kind.
func TestScoringTakesTheFirstOfEachKind(t *testing.T) {
	env, _ := testPlaces()
	start := 0
	frame := func(day int, mod func(f *Frame)) Frame {
		start += 100
		f := Frame{Doc: "doc"}
		f.Trigger, f.Status = "talks", "held"
		f.Evidence = []model.Evidence{{Doc: "doc", Text: "They met.", Start: start, End: start + 9}}
		if day > 0 {
			f.Dates = []model.DateRef{{Kind: "absolute", Year: 2025, Month: 1, Day: day}}
		}
		if mod != nil {
			mod(&f)
		}
		return f
	}
	args := func(ps ...string) []model.Arg {
		var out []model.Arg
		for _, p := range ps {
			out = append(out, model.Arg{Entity: p})
		}
		return out
	}
	// the main meeting (the first anchored frame in the foreground), which
	// each frame below is kept from: two sides against its one, or
	// scheduled where the frame, a lead, is held
	main := func(f *Frame) { f.Sides = []string{"x", "y"}; f.Status = "scheduled" }
	lead := func(f *Frame) { f.Lead = true }
	for _, tc := range []struct {
		name string
		// the frames after the main meeting; the last one's meeting is
		// the one of want (an index among them)
		frames func() []Frame
		want   int
	}{
		{"a place of another country", func() []Frame {
			return []Frame{
				frame(10, func(f *Frame) { f.Places = args("place:miami") }),
				frame(20, nil),
				frame(0, func(f *Frame) { lead(f); f.Places = args("country:ch") }),
			}
		}, 1},
		{"in the background", func() []Frame {
			return []Frame{
				frame(10, func(f *Frame) { f.Background = true }),
				frame(20, nil),
				frame(0, lead),
			}
		}, 1},
		{"another status", func() []Frame {
			return []Frame{
				frame(10, func(f *Frame) { f.Status = "scheduled" }),
				frame(20, nil),
				frame(0, lead),
			}
		}, 1},
		{"two sides against one", func() []Frame {
			return []Frame{
				frame(10, func(f *Frame) { f.Sides = []string{"b", "c"} }),
				frame(20, func(f *Frame) { f.Sides = []string{"d"} }),
				frame(0, func(f *Frame) { lead(f); f.Sides = []string{"z"} }),
			}
		}, 1},
		{"came to be of a kind after another", func() []Frame {
			return []Frame{
				frame(10, func(f *Frame) { f.Background = true; f.Participants = args("person:p") }),
				frame(20, nil),
				// joins the first, which comes out of the background
				frame(0, func(f *Frame) { lead(f); f.Participants = args("person:p") }),
				frame(0, lead),
			}
		}, 0},
		{"ceased to be of its kind", func() []Frame {
			return []Frame{
				frame(10, func(f *Frame) { f.Participants = args("person:p") }),
				frame(20, nil),
				// joins the first, which comes to be at a place in Switzerland
				frame(0, func(f *Frame) { lead(f); f.Participants = args("person:p"); f.Places = args("country:ch") }),
				frame(0, func(f *Frame) { lead(f); f.Places = args("country:us") }),
			}
		}, 1},
	} {
		build := func() []Frame {
			start = 0
			var fs []Frame
			// calls enough for the article to be a long one: never
			// scored, and each on its own day
			for d := range standingFrom {
				fs = append(fs, frame(100+3*d, func(f *Frame) { f.Call = true }))
			}
			fs = append(fs, frame(40, main))
			fs = append(fs, tc.frames()...)
			for i := range fs {
				resolveDates(&fs[i], env)
			}
			return fs
		}
		fs := build()
		own, last := fs[standingFrom+1+tc.want].Evidence[0].Start, fs[len(fs)-1].Evidence[0].Start
		listed, every := attach(build(), env, false), attach(build(), env, true)
		var in int
		for _, f := range every {
			if slices.ContainsFunc(f.Evidence, func(e model.Evidence) bool { return e.Start == last }) {
				in = f.Evidence[0].Start
			}
		}
		if in != own {
			t.Errorf("%s: the last frame joined the frame at %d, want %d", tc.name, in, own)
		}
		if !reflect.DeepEqual(listed, every) {
			t.Errorf("%s: scoring changed the frames", tc.name)
		}
	}
}
