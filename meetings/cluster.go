package meetings

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"kg/model"
)

// Frame is a meeting frame whose entity ids are global (merged) ids.
type Frame struct {
	Doc string
	model.MeetingFrame
	Sides []string // countries of its participants, sorted

	From, To time.Time // resolved dates; zero when undated
	Vague    bool      // the dates are a vague range ("earlier this week")
	Main     bool      // the article's main meeting: the first it dates or places, not in the background
	Day      time.Time // the day its article was published, when known
}

// Env is what clustering needs to know of the merged graph.
type Env struct {
	// Date resolves a date expression of a document.
	Date func(doc string, r model.DateRef) (from, to time.Time, ok bool)
	// SamePlace reports whether two place ids can be one meeting's place
	// (Miami and Florida, Moscow and the Kremlin).
	SamePlace func(a, b string) bool
	// PlaceKeys returns keys two places share when SamePlace may hold for
	// them: the place, its region, its country.
	PlaceKeys func(id string) []string
	// Published returns the day a document was published (zero if not
	// known): a meeting it tells as held took place by then.
	Published func(doc string) time.Time
	// Found reports whether a place is one the text named and the
	// gazetteer does not know (a town, "Hallandale Beach"), when set.
	Found func(id string) bool
}

// Meeting is one meeting: the frames that tell of it.
type Meeting struct {
	Frames   []*Frame // the frames of all documents that tell of it
	From, To time.Time
	Vague    bool
	sum      summary // what its frames say together, kept as frames join
}

// summary aggregates a meeting's frames for fits.
type summary struct {
	sides  []string // sides of frames that are not joiners, sorted, unique
	parts  map[string]bool
	places []model.Arg
	call   bool
	held   bool      // a frame tells it as held
	heldBy time.Time // the earliest day an article told it as held: it took place by then
}

// bare reports whether a frame tells nothing of its meeting but when: no
// place, no party, no one.
func bare(f *Frame) bool {
	return len(f.Places) == 0 && len(f.Participants) == 0 && len(f.Sides) == 0
}

// comingWeek reports whether a frame is dated only by a vague time to come
// ("later this week", "next week").
func comingWeek(f *Frame) bool {
	if !f.Vague || f.Status != "scheduled" {
		return false
	}
	for _, d := range f.Dates {
		switch d.Kind {
		case "next-week", "next-weekend", "next-month":
		case "this-week", "this-month":
			if d.Tense <= 0 {
				return false
			}
		default:
			return false
		}
	}
	return len(f.Dates) > 0
}

// told reports whether document doc tells of the meeting.
func (m *Meeting) told(doc string) bool {
	return slices.ContainsFunc(m.Frames, func(f *Frame) bool { return f.Doc == doc })
}

// status is "held" when a frame tells the meeting as held, as the graph's
// meeting node says.
func (m *Meeting) status() string {
	if m.sum.held {
		return "held"
	}
	return "scheduled"
}

func (m *Meeting) take(f *Frame) {
	if m.sum.parts == nil {
		m.sum.parts = map[string]bool{}
	}
	if !f.Joiner {
		m.sum.sides = uniq(append(m.sum.sides, f.Sides...))
	}
	for _, p := range f.Participants {
		m.sum.parts[p.Entity] = true
	}
	for _, p := range f.Places {
		if !slices.ContainsFunc(m.sum.places, func(a model.Arg) bool { return a.Entity == p.Entity }) {
			m.sum.places = append(m.sum.places, p)
		}
	}
	m.sum.call = m.sum.call || f.Call
	m.sum.held = m.sum.held || f.Status == "held"
	if p := f.Day; f.Status == "held" && !p.IsZero() && (m.sum.heldBy.IsZero() || p.Before(m.sum.heldBy)) {
		m.sum.heldBy = p
	}
}

// Attach reads the frames of one document (in the order it tells them) and
// returns the meetings it tells of, one frame each: frames that name the
// same place at compatible dates are one meeting; a frame with a date but
// no place joins the meeting whose dates it shares; a frame with neither
// ("during the meeting") joins the meeting it fits best, and a frame of the
// article's lead joins its main meeting. A frame that fits no meeting and
// pins none down is dropped.
//
// Attach keeps nothing of fs: a caller reading many documents attaches
// each as it reads it and keeps only what Attach returns.
func Attach(fs []Frame, env Env) []*Frame {
	inherit(fs)
	for i := range fs {
		resolveDates(&fs[i], env)
		if env.Published != nil {
			fs[i].Day = env.Published(fs[i].Doc)
		}
		toCome(&fs[i])
	}
	return attach(fs, env, false)
}

// toCome makes a meeting told as held after its article's day one to
// come, whatever the tense: "As a second round of talks opens in Abu Dhabi
// this weekend", in an article of the Wednesday before.
func toCome(f *Frame) {
	if f.Status == "held" && !f.Day.IsZero() && f.From.After(f.Day) {
		f.Status = "scheduled"
	}
}

// Cluster groups the attached frames of all documents (Attach) into
// meetings: they join when their dates overlap (a day's tolerance), their
// places fit and their sides do not conflict; an undated meeting with a
// place joins the one meeting it fits, or stands alone.
func Cluster(frames []*Frame, env Env) []Meeting {
	return cluster(frames, env, newIndex(env))
}

// inherit gives a frame told "on the same day" the dates of the nearest
// frame before it that has dates, and one told "in the city" the places of
// the nearest frame before it that has places. A numbered round that names
// no one ("The first round was held on May 16") is of the talks the
// article numbers another round of, when it numbers one: it takes their
// sides.
func inherit(fs []Frame) {
	other := -1 // the one frame of another round that names its sides
	for i := range fs {
		if fs[i].Round > 0 && len(fs[i].Sides) > 0 {
			if other >= 0 && fs[other].Round != fs[i].Round {
				other = -2
				break
			}
			other = i
		}
	}
	for i := range fs {
		f := &fs[i]
		for j := i - 1; j >= 0 && f.SameDay && len(f.Dates) == 0; j-- {
			f.Dates = slices.Clone(fs[j].Dates)
		}
		for j := i - 1; j >= 0 && f.SamePlace && len(f.Places) == 0; j-- {
			f.Places = slices.Clone(fs[j].Places)
		}
		if other >= 0 && f.Round > 0 && f.Round != fs[other].Round && len(f.Participants) == 0 && len(f.Sides) == 0 && len(f.Evidence) > 0 {
			for _, p := range fs[other].Participants {
				if strings.HasPrefix(p.Entity, "country:") {
					f.Participants = append(f.Participants, model.Arg{Entity: p.Entity, Evidence: f.Evidence[0]})
				}
			}
			f.Sides = slices.Clone(fs[other].Sides)
		}
	}
}

func cluster(frames []*Frame, env Env, ix *index) []Meeting {
	all := slices.Clone(frames)
	slices.SortStableFunc(all, func(a, b *Frame) int {
		if a.From.IsZero() != b.From.IsZero() {
			return boolOrder(!a.From.IsZero())
		}
		if a.Vague != b.Vague {
			return boolOrder(!a.Vague)
		}
		return a.From.Compare(b.From)
	})
	// (a frame makes one meeting at most: room for them all, not a list
	// of large meetings copied each time it doubles)
	ms := make([]Meeting, 0, len(all))
	for _, f := range all {
		best, bestScore := -1, 0
		for _, i := range ix.candidates(f) {
			if s := fits(&ms[i], f, env); s > bestScore || s == bestScore && s > 0 && i < best {
				best, bestScore = i, s
			}
		}
		if best < 0 {
			if f.From.IsZero() && len(f.Places) == 0 {
				continue
			}
			ms = append(ms, Meeting{Frames: []*Frame{f}, From: f.From, To: f.To, Vague: f.Vague})
			ms[len(ms)-1].take(f)
			ix.add(len(ms)-1, &ms[len(ms)-1], f)
			continue
		}
		m := &ms[best]
		m.Frames = append(m.Frames, f)
		m.take(f)
		switch {
		case f.From.IsZero():
		case m.From.IsZero() || m.Vague && !f.Vague:
			m.From, m.To, m.Vague = f.From, f.To, f.Vague
		case f.Vague == m.Vague:
			if f.From.Before(m.From) {
				m.From = f.From
			}
			if f.To.After(m.To) {
				m.To = f.To
			}
		}
		ix.add(best, m, f)
	}
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.From.IsZero() != b.From.IsZero() {
			return !a.From.IsZero()
		}
		return a.From.Before(b.From)
	})
	return ms
}

// index finds the meetings a frame may join without comparing it with
// every meeting: by day, by day and place, by place and by participant.
type index struct {
	env       Env
	byDay     map[int64][]int // every dated meeting, by day
	byDayBare map[int64][]int // dated meetings that had no place when indexed, by day
	// dated meetings with places, by place key and day; and dated
	// meetings only at found towns, by participant other than a country
	// and day. (Keyed by key first, a frame's days are looked up in a
	// small map of the key's own: keyed by day and key together, every
	// day's lookup hashed the key again, in a map as large as all the
	// corpus's meeting days, which at 100,000 articles missed the cache.)
	byPlaceDay map[string]map[int64][]int
	byPartDay  map[string]map[int64][]int
	spans      map[int][2]int64 // the days each such meeting was last indexed on
	byPlace    map[string][]int // by place key
	byPart     map[string][]int // by participant
	byDoc      map[string][]int // by the documents that tell them
	brute      bool             // every meeting is a candidate (tests compare)
	n          int              // meetings indexed
	taken      taken            // the meetings taken in a call of candidates
}

func newIndex(env Env) *index {
	return &index{env: env, byDay: map[int64][]int{}, byDayBare: map[int64][]int{}, byPlaceDay: map[string]map[int64][]int{}, byPartDay: map[string]map[int64][]int{}, spans: map[int][2]int64{},
		byPlace: map[string][]int{}, byPart: map[string][]int{}, byDoc: map[string][]int{}}
}

// placeKeys are keys two places share when env.SamePlace holds: the
// place, its region and its country (Env.PlaceKeys).
func (ix *index) placeKeys(id string) []string {
	if ix.env.PlaceKeys == nil {
		return []string{id}
	}
	return ix.env.PlaceKeys(id)
}

func dayNumber(t time.Time) int64 { return t.Unix() / 86400 }

// daysOf returns key k's map of meetings by day in m, made when missing.
func daysOf(m map[string]map[int64][]int, k string) map[int64][]int {
	byDay := m[k]
	if byDay == nil {
		byDay = map[int64][]int{}
		m[k] = byDay
	}
	return byDay
}

// addUnique adds meeting i to the list of k unless it is there already.
// A meeting indexed for the first time (fresh) has a higher number than
// any indexed before it, so it can only be the list's last; an older one
// is looked for from the end, where the meetings joined lately are. (A
// much-reported participant's list holds tens of thousands of meetings,
// and each new one was compared with all of them.)
func addUnique[K comparable](m map[K][]int, k K, i int, fresh bool) {
	l := m[k]
	if fresh {
		if n := len(l); n > 0 && l[n-1] == i {
			return
		}
	} else {
		for j := len(l) - 1; j >= 0; j-- {
			if l[j] == i {
				return
			}
		}
	}
	m[k] = append(l, i)
}

// days calls fn for each day from from to to, widened by pad days on each
// side, at most 400 days from the first.
func days(from, to time.Time, pad int64, fn func(d int64)) {
	first := dayNumber(from) - pad
	for d := first; d <= dayNumber(to)+pad && d-first < 400+pad; d++ {
		fn(d)
	}
}

// taken gathers lists of numbers below some n into one, each number
// once, a round at a time: the numbers taken in a round are marked with
// it, so no set is cleared or made for each round.
type taken struct {
	mark  []int // mark[i] == round: i was taken in this round
	round int
	out   []int
}

// start begins a round, of numbers below n.
func (t *taken) start(n int) {
	t.round++
	if len(t.mark) < n {
		t.mark = append(t.mark, make([]int, n-len(t.mark))...)
	}
	t.out = nil
}

// take adds the numbers of l not taken yet in this round.
func (t *taken) take(l []int) {
	for _, i := range l {
		if t.mark[i] != t.round {
			t.mark[i] = t.round
			t.out = append(t.out, i)
		}
	}
}

// has reports whether i was taken in this round.
func (t *taken) has(i int) bool { return t.mark[i] == t.round }

// sorted returns the numbers taken in this round, in order.
func (t *taken) sorted() []int {
	slices.Sort(t.out)
	return t.out
}

// add records that meeting i, now m, took frame f.
func (ix *index) add(i int, m *Meeting, f *Frame) {
	fresh := i >= ix.n
	ix.n = max(ix.n, i+1)
	if !m.From.IsZero() {
		var keys []string
		for _, p := range m.sum.places {
			keys = append(keys, ix.placeKeys(p.Entity)...)
		}
		// a meeting only at towns the gazetteer does not know is found by
		// its people too (fits: "in Hallandale Beach" and "in Miami"): the
		// people of the new frame, or of every frame when the meeting's
		// days changed, so the index holds each on all its days
		var people []string
		if len(m.sum.places) > 0 && foundPlaces(m.sum.places, ix.env) {
			span := [2]int64{dayNumber(m.From), dayNumber(m.To)}
			if ix.spans[i] == span {
				for _, p := range f.Participants {
					people = append(people, p.Entity)
				}
			} else {
				people = slices.Collect(maps.Keys(m.sum.parts))
			}
			ix.spans[i] = span
			people = slices.DeleteFunc(people, func(p string) bool { return strings.HasPrefix(p, "country:") })
		}
		days(m.From, m.To, 0, func(d int64) {
			addUnique(ix.byDay, d, i, fresh)
			if len(keys) == 0 {
				addUnique(ix.byDayBare, d, i, fresh)
			}
		})
		for _, k := range keys {
			byDay := daysOf(ix.byPlaceDay, k)
			days(m.From, m.To, 0, func(d int64) { addUnique(byDay, d, i, fresh) })
		}
		for _, p := range people {
			byDay := daysOf(ix.byPartDay, p)
			days(m.From, m.To, 0, func(d int64) { addUnique(byDay, d, i, fresh) })
		}
	}
	for _, p := range f.Places {
		for _, k := range ix.placeKeys(p.Entity) {
			addUnique(ix.byPlace, k, i, fresh)
		}
	}
	for _, p := range f.Participants {
		addUnique(ix.byPart, p.Entity, i, fresh)
	}
	addUnique(ix.byDoc, f.Doc, i, fresh)
}

// candidates returns the meetings f may join, in creation order: those on
// the days around f's dates (at f's places, when it names places), and
// those sharing a place or a participant.
func (ix *index) candidates(f *Frame) []int {
	if ix.brute {
		out := make([]int, ix.n)
		for i := range out {
			out[i] = i
		}
		return out
	}
	if bare(f) {
		// a frame that names no place, person or side joins only a
		// meeting its own article tells (fits): on a busy day those are
		// a few of the day's many
		out := slices.Clone(ix.byDoc[f.Doc])
		sort.Ints(out)
		return out
	}
	ix.taken.start(ix.n)
	take := ix.taken.take
	if !f.From.IsZero() {
		// Dated frames come first, so every meeting is dated yet, and a
		// dated meeting fits a dated frame only on the days around it, at
		// the frame's places if both name places: sharing a place or a
		// person on another day adds none. (Looking further made
		// clustering quadratic in the meetings of a busy place or day.)
		var keys []string
		for _, p := range f.Places {
			keys = append(keys, ix.placeKeys(p.Entity)...)
		}
		found := len(f.Places) > 0 && foundPlaces(f.Places, ix.env)
		// (the order meetings are taken in does not matter: each is
		// taken once, and they are sorted)
		takeDays := func(byDay map[int64][]int) {
			if byDay != nil {
				days(f.From, f.To, 1, func(d int64) { take(byDay[d]) })
			}
		}
		if len(keys) == 0 || found {
			// every meeting of the days (with places: people who met on
			// those days met once, when the places of one side are towns
			// the gazetteer does not know: fits)
			takeDays(ix.byDay)
		} else {
			takeDays(ix.byDayBare)
			for _, k := range keys {
				takeDays(ix.byPlaceDay[k])
			}
			for _, p := range f.Participants {
				takeDays(ix.byPartDay[p.Entity])
			}
		}
		return ix.taken.sorted()
	}
	for _, p := range f.Places {
		for _, k := range ix.placeKeys(p.Entity) {
			take(ix.byPlace[k])
		}
	}
	for _, p := range f.Participants {
		take(ix.byPart[p.Entity])
	}
	return ix.taken.sorted()
}

// fits scores how well frame f fits meeting m; 0 means it does not.
func fits(m *Meeting, f *Frame, env Env) int {
	// across articles a day alone names no meeting: "its next meeting is
	// scheduled for December 19" is not another negotiation's meeting of
	// that day
	if (bare(f) || len(m.sum.places) == 0 && len(m.sum.sides) == 0 && len(m.sum.parts) == 0) && !m.told(f.Doc) {
		return 0
	}
	// "Dmitriev met Witkoff in Miami in late October", in an article on
	// talks in Florida: a meeting at another time is not one the article
	// tells of another day
	if f.OtherTime && slices.ContainsFunc(m.Frames, func(g *Frame) bool { return g.Doc == f.Doc && !g.OtherTime }) {
		return 0
	}
	score := 1
	// an article cannot tell as held a meeting after its own day, and a
	// meeting told as held by one day did not happen after it
	if p := f.Day; f.Status == "held" && !p.IsZero() && !m.From.IsZero() && m.From.After(p.AddDate(0, 0, 1)) {
		return 0
	}
	if !m.sum.heldBy.IsZero() && !f.From.IsZero() && f.From.After(m.sum.heldBy.AddDate(0, 0, 1)) {
		return 0
	}
	if !f.From.IsZero() && !m.From.IsZero() {
		if !overlap(f.From, f.To, m.From, m.To, 1) {
			return 0
		}
		// in one article, people who "will meet" on another day than the
		// talks it tells as held meet anew ("agreed a ceasefire on Monday
		// ...; military commanders will meet on Tuesday"), where "talks
		// will continue on Saturday" go on
		if f.Trigger == "meet" && f.Status == "scheduled" && !f.Again && !f.Continues && m.sum.held && m.told(f.Doc) && !overlap(f.From, f.To, m.From, m.To, 0) {
			return 0
		}
		// in one article, a vague coming day ("is expected to meet later
		// this week") is not the day of a meeting it tells as held, nor
		// the other way round (another article may report the meeting one
		// announced)
		if (comingWeek(f) && m.sum.held || m.Vague && m.status() == "scheduled" && f.Status == "held") && m.told(f.Doc) {
			return 0
		}
		score += 2
	}
	if m.sum.call != f.Call {
		return 0
	}
	if !f.Joiner && conflict(m.sum.sides, f.Sides) {
		return 0
	}
	// who joins talks of other sides joins them on their day
	if f.Joiner && apart(m.sum.sides, f.Sides) && (f.From.IsZero() || m.From.IsZero() || !overlap(f.From, f.To, m.From, m.To, 0)) {
		return 0
	}
	shared, people := 0, 0
	for _, p := range f.Participants {
		if m.sum.parts[p.Entity] {
			shared++
			if !strings.HasPrefix(p.Entity, "country:") {
				people++
			}
		}
	}
	if len(f.Places) > 0 && len(m.sum.places) > 0 {
		switch {
		case samePlaces(f.Places, m.sum.places, env):
			score += 2
		// "at the Shell Bay club in Hallandale Beach" in one article, "in
		// Miami" in others: two who met on the same days met once, when
		// the places of one side are towns the gazetteer does not know
		// (two known cities are two meetings, and so are two rounds)
		case people >= 2 && !m.told(f.Doc) && !f.From.IsZero() && !m.From.IsZero() && !f.Vague && !m.Vague && overlap(f.From, f.To, m.From, m.To, 0) &&
			(foundPlaces(f.Places, env) || foundPlaces(m.sum.places, env)) &&
			!slices.ContainsFunc(m.Frames, func(g *Frame) bool { return f.Round > 0 && g.Round > 0 && g.Round != f.Round }):
		default:
			return 0
		}
	}
	// across articles, two undated meetings are one only through someone
	// both name: "a third round is expected in Cairo" is not another
	// negotiation's meeting in Cairo
	if f.From.IsZero() && m.From.IsZero() && shared == 0 && !m.told(f.Doc) {
		return 0
	}
	// an undated frame joins a dated meeting only on place and people
	if f.From.IsZero() != m.From.IsZero() {
		if shared == 0 {
			return 0
		}
		// across articles a country alone (the US is at many tables) does
		// not tie them, unless both say where
		if people == 0 && (len(f.Places) == 0 || len(m.sum.places) == 0) && !m.told(f.Doc) {
			return 0
		}
	}
	return score + shared
}

// foundPlaces reports whether every place of args is one the gazetteer
// does not know (Env.Found).
func foundPlaces(args []model.Arg, env Env) bool {
	return env.Found != nil && !slices.ContainsFunc(args, func(a model.Arg) bool { return !env.Found(a.Entity) })
}

func overlap(aFrom, aTo, bFrom, bTo time.Time, tolerance int) bool {
	return !aFrom.After(bTo.AddDate(0, 0, tolerance)) && !aTo.Before(bFrom.AddDate(0, 0, -tolerance))
}

// conflict reports whether two sets of sides name different meetings: each
// has a country the other lacks, and together they name three or more
// ({US, Ukraine} and {US, Russia}). {Ukraine} and {US} may be the two sides
// of one meeting.
func conflict(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 || subset(a, b) || subset(b, a) {
		return false
	}
	// three sides or more between them, each counted once (a long
	// article's frames ask this of one another: no list is made)
	n := 0
	for i, x := range a {
		if !slices.Contains(a[:i], x) {
			n++
		}
	}
	for i, x := range b {
		if !slices.Contains(a, x) && !slices.Contains(b[:i], x) {
			if n++; n >= 3 {
				return true
			}
		}
	}
	return n >= 3
}

// apart reports whether two sets of sides each name two or more and share
// none: {Egypt, US} and {India, China}.
func apart(a, b []string) bool {
	return len(a) >= 2 && len(b) >= 2 && len(intersect(a, b)) == 0
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func uniq(xs []string) []string {
	xs = append([]string(nil), xs...)
	sort.Strings(xs)
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		if slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

// subsetArgs reports whether every entity of a is in b.
func subsetArgs(a, b []model.Arg) bool {
	for _, x := range a {
		if !slices.ContainsFunc(b, func(y model.Arg) bool { return y.Entity == x.Entity }) {
			return false
		}
	}
	return true
}

// sharedArgs counts the entities of a that b names too, each once (no
// list is made: a long article's frames ask this of one another).
func sharedArgs(a, b []model.Arg) int {
	n := 0
	for i, x := range a {
		named := func(y model.Arg) bool { return y.Entity == x.Entity }
		if slices.ContainsFunc(b, named) && !slices.ContainsFunc(a[:i], named) {
			n++
		}
	}
	return n
}

func samePlaces(a, b []model.Arg, env Env) bool {
	for _, x := range a {
		for _, y := range b {
			if env.SamePlace(x.Entity, y.Entity) {
				return true
			}
		}
	}
	return false
}

func onlyCountries(ps []model.Arg) bool {
	if len(ps) == 0 {
		return true
	}
	for _, p := range ps {
		if !strings.HasPrefix(p.Entity, "country:") {
			return false
		}
	}
	return true
}

func anchoredFrame(f Frame) bool {
	return len(f.Dates) > 0 && !f.From.IsZero() || !onlyCountries(f.Places)
}

// attach folds a document's frames into the meetings it tells of; see
// Attach. With everyFrame, each anchored frame is tried with every frame
// before it, and each other frame scored against every meeting, in a long
// article too (tests compare).
func attach(fs []Frame, env Env, everyFrame bool) []*Frame {
	var anchored []int
	main := -1
	for i, f := range fs {
		if anchoredFrame(f) {
			anchored = append(anchored, i)
			if main < 0 && !f.Background && !f.Call {
				main = i
			}
		}
	}
	if len(anchored) == 0 {
		return nil
	}
	if main < 0 {
		main = anchored[0]
	}
	// out are the anchored frames still standing, by frame (nil once
	// folded into another, and for frames not anchored); into is the
	// anchored frame each frame joined, or -1
	out := make([]*Frame, len(fs))
	into := make([]int, len(fs))
	for i := range into {
		into[i] = -1
	}
	for _, i := range anchored {
		f := fs[i]
		out[i] = &f
	}
	// final is the frame j was folded into, or j
	final := func(j int) int {
		for into[j] >= 0 {
			j = into[j]
		}
		return j
	}
	// in a long article, st finds the frames an anchored frame may join,
	// and sc, once the anchored frames are folded, those the others may be
	// scored against (nil: every frame)
	var st *standing
	var sc *scoring
	if !everyFrame && env.PlaceKeys != nil && len(anchored) >= standingFrom {
		st = newStanding(env, len(fs))
	}
	join := func(i, j int) {
		j = final(j)
		merge(out[j], fs[i])
		resolveDates(out[j], env)
		toCome(out[j])
		into[i] = j
		out[i] = nil
		sc.list(j, out[j], &fs[i])
	}
	// anchored frames of one meeting: the same place at compatible dates,
	// or a date inside another frame's dates; each frame is tried with
	// the frames before it that still stand, in order, of those it may
	// join
	for a, i := range anchored {
		for _, j := range st.candidates(&fs[i], anchored[:a]) {
			if out[j] != nil && sameMeeting(out[j], &fs[i], env) {
				join(i, j)
				st.list(j, out[j], fs[i].Places)
				break
			}
		}
		if into[i] < 0 {
			st.list(i, out[i], out[i].Places)
		}
	}
	// the anchored frames that stand: from here on frames fold into
	// them, and none of them into another
	anchored = slices.DeleteFunc(anchored, func(j int) bool { return out[j] == nil })
	if st != nil {
		sc = newScoring(env, len(fs))
		for _, j := range anchored {
			sc.list(j, out[j], out[j])
		}
	}
	for i, f := range fs {
		if out[i] != nil || into[i] >= 0 {
			continue
		}
		switch {
		case f.Continues:
			// the frame told just before
			for j := i - 1; j >= 0; j-- {
				if out[j] != nil || into[j] >= 0 {
					join(i, j)
					break
				}
			}
			continue
		case i > 0 && sameSentence(fs[i-1], f) && (out[i-1] != nil || into[i-1] >= 0) && !f.Call && !conflict(out[final(i-1)].Sides, f.Sides) &&
			// ("described the two days of discussions as frank and said the
			// parties had agreed to meet again in May": another meeting)
			!(f.Again && f.Status != out[final(i-1)].Status):
			// "negotiating with Putin, in discussions that ..."
			join(i, i-1)
			continue
		case f.Lead && !f.Background && !f.Call && out[main] != nil && !conflict(out[main].Sides, f.Sides) &&
			// "Witkoff, who first met Putin in St Petersburg, ...": another place, another meeting
			(len(f.Places) == 0 || len(out[main].Places) == 0 || samePlaces(f.Places, out[main].Places, env)) &&
			// "will hold another round in Miami this weekend" and "Erdogan
			// met Zelensky": a held and a coming meeting are one only
			// through someone both name
			(f.Status == out[main].Status || sharedArgs(f.Participants, out[main].Participants) > 0):
			// the lead tells the article's news: its meeting is the main one
			join(i, main)
			continue
		case f.Call:
			// "Starmer, Macron and Merz joined the call": the article's call
			// its date pins down; else a call no date or place pins down.
			// ("Zelenskyy and Trump held a call with European leaders" is
			// not Trump's call with Putin: a call of its own people joins
			// only a call it shares someone with.)
			for _, j := range anchored {
				if g := out[j]; g != nil && g.Call && (f.Joiner || len(f.Participants) < 2 || sharedArgs(f.Participants, g.Participants) > 0) {
					join(i, j)
					break
				}
			}
			continue
		case f.Status == "scheduled" && len(f.Participants) == 0 && len(f.Topics) == 0:
			continue // "no announcement of upcoming meetings"
		}
		best, bestScore := -1, -1
		for _, j := range sc.candidates(&f, main, anchored) {
			g := out[j]
			if g == nil || g.Call {
				continue
			}
			if f.Lead && f.Status != g.Status && sharedArgs(f.Participants, g.Participants) == 0 {
				continue // as for the main meeting above
			}
			if !f.Joiner && conflict(g.Sides, f.Sides) {
				continue
			}
			score := 2*sharedArgs(f.Participants, g.Participants) + 3*len(intersect(f.Sides, g.Sides))
			if len(f.Sides) > 0 && len(g.Sides) > 0 {
				score++
			}
			if len(f.Places) > 0 && len(g.Places) > 0 {
				if !samePlaces(f.Places, g.Places, env) {
					continue
				}
				score += 3
			}
			if j == main && !f.Background {
				score += 2
			}
			if g.Background && !f.Background {
				score -= 2
			}
			if score > bestScore {
				best, bestScore = j, score
			}
		}
		if best < 0 || (f.Background && bestScore <= 0) {
			continue
		}
		join(i, best)
	}
	var res []*Frame
	for _, i := range anchored {
		if f := out[i]; f != nil {
			f.Main = i == main && !f.Background && !f.Call
			res = append(res, f)
		}
	}
	return res
}

// sameMeeting reports whether two anchored frames of one article tell of one
// meeting.
func sameMeeting(g, f *Frame, env Env) bool {
	if g.Call != f.Call {
		return false
	}
	if !f.Joiner && !g.Joiner && conflict(g.Sides, f.Sides) {
		return false
	}
	// a country is too wide a place to tell two meetings apart
	placed := !onlyCountries(f.Places) && !onlyCountries(g.Places)
	if placed && !samePlaces(f.Places, g.Places, env) {
		return false
	}
	dated := !f.From.IsZero() && !g.From.IsZero()
	// "met on Monday" and "is expected to meet later this week": a vague
	// coming day is not the day a meeting was held; nor is "continued in
	// Florida this week" the meeting "set to resume in Miami on Saturday"
	heldThenComing := func(a, b *Frame) bool {
		return comingWeek(a) && b.Status == "held" || a.Vague && !b.Vague && a.Status == "held" && b.Status == "scheduled"
	}
	if dated && (heldThenComing(f, g) || heldThenComing(g, f)) {
		return false
	}
	// "met in Berlin on Sunday ..., and the discussions resumed on Monday"
	if dated && sameSentence(*g, *f) && overlap(f.From, f.To, g.From, g.To, 1) {
		return true
	}
	// "agreed to meet again next Saturday ... in Rome": one coming meeting,
	// its date told in one sentence and its place in another
	if f.Status == "scheduled" && g.Status == "scheduled" && !placed && !dated &&
		(onlyCountries(f.Places) != onlyCountries(g.Places)) && (f.From.IsZero() != g.From.IsZero()) {
		return true
	}
	// "... sent envoys to a meeting on Wednesday. The meeting took place in
	// Naqoura.": one frame tells the day, a later one the place, and the
	// later one names no one the first does not
	dayOnly := func(x *Frame) bool { return !x.From.IsZero() && len(x.Places) == 0 }
	placeOnly := func(x *Frame) bool { return x.From.IsZero() && len(x.Places) > 0 }
	if f.Doc == g.Doc && f.Status == "held" && g.Status == "held" && !f.Background && !g.Background &&
		(dayOnly(g) && placeOnly(f) && subsetArgs(f.Participants, g.Participants) ||
			dayOnly(f) && placeOnly(g) && subsetArgs(g.Participants, f.Participants)) {
		return true
	}
	switch {
	case placed && dated:
		return overlap(f.From, f.To, g.From, g.To, 0)
	case placed:
		// "Dmitriev met Witkoff in Miami in late October", in an article
		// on talks in Florida: a meeting at another time is not the
		// article's meeting there
		return f.OtherTime == g.OtherTime
	case dated && (f.Joiner || g.Joiner):
		// "US envoy X joined the talks on Sunday" (but not talks of other
		// sides on another day: a summit co-chaired by Egypt and the US on
		// Monday, and talks of India and China on Sunday)
		return overlap(f.From, f.To, g.From, g.To, 1) && (overlap(f.From, f.To, g.From, g.To, 0) || !apart(f.Sides, g.Sides))
	case dated:
		return overlap(f.From, f.To, g.From, g.To, 0)
	}
	return false
}

func sameSentence(a, b Frame) bool {
	return len(a.Evidence) > 0 && len(b.Evidence) > 0 && a.Doc == b.Doc && a.Evidence[0].Start == b.Evidence[0].Start
}

func merge(g *Frame, f Frame) {
	g.Participants = append(g.Participants, f.Participants...)
	g.Places = append(g.Places, f.Places...)
	g.Topics = append(g.Topics, f.Topics...)
	g.Outcomes = append(g.Outcomes, f.Outcomes...)
	g.Evidence = append(g.Evidence, f.Evidence...)
	g.Dates = append(g.Dates, f.Dates...)
	if !f.Joiner || g.Joiner {
		g.Sides = uniq(append(g.Sides, f.Sides...))
	}
	g.Joiner = g.Joiner && f.Joiner
	g.Round = max(g.Round, f.Round)
	g.Days = max(g.Days, f.Days)
	g.DayOrdinal = max(g.DayOrdinal, f.DayOrdinal)
	g.Again = g.Again || f.Again
	g.Ended = g.Ended || f.Ended
	g.Background = g.Background && f.Background
	if f.Status == "held" {
		g.Status = "held"
	}
}

var exactKinds = map[string]bool{"absolute": true, "weekday": true, "offset": true, "past-days": true, "weekend": true, "this-weekend": true, "next-weekend": true}

// resolveDates fixes a frame's first and last day from its date
// expressions, its length ("two-day") and its day ("a third day").
func resolveDates(f *Frame, env Env) {
	// (room for a frame's usual few dates without the heap: a merge
	// resolves a frame's dates again at every frame it takes in)
	var daysRoom, weekendsRoom [8]time.Time
	days, weekends := daysRoom[:0], weekendsRoom[:0]
	var vFrom, vTo time.Time
	for _, r := range f.Dates {
		from, to, ok := env.Date(f.Doc, r)
		if !ok {
			continue
		}
		if exactKinds[r.Kind] {
			if strings.HasSuffix(r.Kind, "weekend") {
				weekends = append(weekends, from, to)
			} else {
				days = append(days, from, to)
			}
			continue
		}
		if vFrom.IsZero() || from.Before(vFrom) {
			vFrom = from
		}
		if to.After(vTo) {
			vTo = to
		}
	}
	// "this weekend" and "on Sunday": the day the weekend holds
	exact := days
	if len(days) == 0 || !within(days, weekends) {
		exact = append(exact, weekends...)
	}
	if len(exact) == 0 {
		f.From, f.To, f.Vague = vFrom, vTo, !vFrom.IsZero()
		return
	}
	// (the days are all in UTC, so two equal days are the same value: the
	// earliest and the latest are what sorting would put first and last)
	f.From, f.To, f.Vague = slices.MinFunc(exact, time.Time.Compare), slices.MaxFunc(exact, time.Time.Compare), false
	if f.From.Equal(f.To) {
		d := f.From
		switch {
		case f.DayOrdinal > 1:
			f.From = d.AddDate(0, 0, -(f.DayOrdinal - 1))
		case f.DayOrdinal == 1 && f.Days > 1:
			f.To = d.AddDate(0, 0, f.Days-1) // "began on Saturday and ran for five days"
		case f.Again && f.Days > 0:
			f.From = d.AddDate(0, 0, -f.Days)
		case f.Ended && f.Days > 1:
			f.From = d.AddDate(0, 0, -(f.Days - 1))
		}
	}
}

// within reports whether every day of days lies between the first and the
// last of span (false when span is empty).
func within(days, span []time.Time) bool {
	if len(span) == 0 {
		return false
	}
	first, last := slices.MinFunc(span, time.Time.Compare), slices.MaxFunc(span, time.Time.Compare)
	return !slices.ContainsFunc(days, func(d time.Time) bool { return d.Before(first) || d.After(last) })
}

// boolOrder orders first what is true.
func boolOrder(first bool) int {
	if first {
		return -1
	}
	return 1
}
