package meetings

import (
	"slices"

	"kg/model"
)

// standing finds, for an anchored frame of an article, the frames before
// it, still standing, that sameMeeting may fold it into, without trying
// every one: an article of megabytes has thousands of frames, most of
// them on the same few days. Each way sameMeeting has to one meeting
// needs one of these:
//   - both frames dated, their days within a day of each other, and, if
//     both are at places beyond countries, two of their places SamePlace,
//     and so sharing a key (Env.PlaceKeys);
//   - one frame undated (so at a place), both at places beyond countries,
//     sharing a key;
//   - one frame dated with no place but countries, the other undated,
//     both scheduled, or both held and in the foreground (a day told in
//     one sentence, the place in the next).
//
// A frame is listed under the days, place keys and kinds it has when it
// comes to stand, and again as it takes frames in. It stays listed under
// what it no longer has: sameMeeting turns it down there.
type standing struct {
	keys func(id string) []string // Env.PlaceKeys
	// dated frames on each day they span: all of them, those with no
	// place but countries (listed while so), and those at places by key
	byDay, byDayUnplaced map[int64][]int
	byKeyDay             map[string]map[int64][]int
	wide                 []int // frames dated over wideDays days or more
	// frames by their places' keys, and undated frames (listed while
	// undated) by them
	byKey        map[string][]int
	undatedByKey listed
	// the kinds of the third way: undated frames scheduled, or held in
	// the foreground; dated frames with no place but countries,
	// scheduled, or held in the foreground with no place at all
	undatedScheduled, undatedHeld   []int
	unplacedScheduled, unplacedHeld []int
	odd                             []int // undated with no place but countries (not anchored): taken always
	// what each frame is listed under: its days, first and last; its
	// place keys; its kind lists, as bits
	span   map[int][2]int64
	keysOf map[int][]string
	on     map[int]uint8
	taken  taken // the frames taken in a call of candidates
}

// listed lists frames under keys, each frame under each key once.
type listed struct {
	by   map[string][]int
	seen map[keyOf]bool
}

// keyOf is a frame and a key.
type keyOf struct {
	frame int
	key   string
}

func newListed() listed { return listed{by: map[string][]int{}, seen: map[keyOf]bool{}} }

// add lists frame j under key k, unless it is already.
func (l listed) add(k string, j int) {
	if !l.seen[keyOf{j, k}] {
		l.seen[keyOf{j, k}] = true
		l.by[k] = append(l.by[k], j)
	}
}

// wideDays is the most days a frame is listed on one by one; a frame
// dated over more (a vague "this year") is taken for every dated frame.
const wideDays = 62

// standingFrom is the fewest anchored frames an article has for its
// frames to be listed (standing, scoring): an article of fewer, as nearly
// all are, has each frame tried with every frame before it, and makes no
// lists.
const standingFrom = 32

// the kind lists of standing, as bits of standing.on
const (
	onWide uint8 = 1 << iota
	onUndatedScheduled
	onUndatedHeld
	onUnplacedScheduled
	onUnplacedHeld
	onOdd
	onUndatedKeys // listed in undatedByKey under the keys of all its places
)

func newStanding(env Env, frames int) *standing {
	return &standing{keys: env.PlaceKeys, byDay: map[int64][]int{}, byDayUnplaced: map[int64][]int{}, byKeyDay: map[string]map[int64][]int{},
		byKey: map[string][]int{}, undatedByKey: newListed(), span: map[int][2]int64{}, keysOf: map[int][]string{},
		on: map[int]uint8{}, taken: taken{mark: make([]int, frames)}}
}

// list lists frame j, now g, under what it has: its days, the keys of
// its places (its own when it comes to stand, then those of each frame
// it takes in) and its kinds. A nil standing lists nothing.
func (s *standing) list(j int, g *Frame, places []model.Arg) {
	if s == nil {
		return
	}
	kind := func(bit uint8, l *[]int) {
		if s.on[j]&bit == 0 {
			s.on[j] |= bit
			*l = append(*l, j)
		}
	}
	// the keys of the places new to it
	old := s.keysOf[j]
	for _, p := range places {
		for _, k := range s.keys(p.Entity) {
			if !slices.Contains(s.keysOf[j], k) {
				s.keysOf[j] = append(s.keysOf[j], k)
				s.byKey[k] = append(s.byKey[k], j)
			}
		}
	}
	fresh := s.keysOf[j][len(old):]
	dated, unplaced := !g.From.IsZero(), onlyCountries(g.Places)
	if dated && s.on[j]&onWide == 0 {
		// the days listed on are one run: those of the frame's dates now
		// and of every date it had before, and the days between
		lo, hi := dayNumber(g.From), dayNumber(g.To)
		was, listed := s.span[j]
		if listed {
			lo, hi = min(lo, was[0]), max(hi, was[1])
		}
		if hi-lo >= wideDays || g.To.Before(g.From) {
			// (a frame whose last day came before its first, were there
			// one, is taken for every dated frame too)
			kind(onWide, &s.wide)
		} else {
			for d := lo; d <= hi; d++ {
				if !listed || d < was[0] || d > was[1] {
					s.byDay[d] = append(s.byDay[d], j)
					if unplaced {
						s.byDayUnplaced[d] = append(s.byDayUnplaced[d], j)
					}
					for _, k := range old {
						byDay := daysOf(s.byKeyDay, k)
						byDay[d] = append(byDay[d], j)
					}
				}
			}
			for _, k := range fresh {
				byDay := daysOf(s.byKeyDay, k)
				for d := lo; d <= hi; d++ {
					byDay[d] = append(byDay[d], j)
				}
			}
			s.span[j] = [2]int64{lo, hi}
		}
	}
	if !dated {
		// (a frame dated before and no longer, were there one, is listed
		// under all its places)
		if s.on[j]&onUndatedKeys == 0 {
			s.on[j] |= onUndatedKeys
			places = g.Places
		}
		for _, p := range places {
			for _, k := range s.keys(p.Entity) {
				s.undatedByKey.add(k, j)
			}
		}
	}
	held := g.Status == "held" && !g.Background
	switch {
	case !dated && unplaced:
		kind(onOdd, &s.odd)
	case !dated:
		if g.Status == "scheduled" {
			kind(onUndatedScheduled, &s.undatedScheduled)
		}
		if held {
			kind(onUndatedHeld, &s.undatedHeld)
		}
	case unplaced:
		if g.Status == "scheduled" {
			kind(onUnplacedScheduled, &s.unplacedScheduled)
		}
		if held && len(g.Places) == 0 {
			kind(onUnplacedHeld, &s.unplacedHeld)
		}
	}
}

// candidates returns, in the order they came to stand, the frames listed
// that sameMeeting may fold f into: before (every frame before f,
// standing or folded, in order) when s is nil or f's days are too many
// to look up. Some may have been folded since they were listed.
func (s *standing) candidates(f *Frame, before []int) []int {
	dated, unplaced := !f.From.IsZero(), onlyCountries(f.Places)
	lo, hi := dayNumber(f.From)-1, dayNumber(f.To)+1
	if s == nil || dated && (hi-lo >= wideDays || f.To.Before(f.From)) || !dated && unplaced {
		return before
	}
	s.taken.start(len(s.taken.mark))
	take := s.taken.take
	var keys []string
	if !unplaced {
		for _, p := range f.Places {
			keys = append(keys, s.keys(p.Entity)...)
		}
	}
	held := f.Status == "held" && !f.Background
	if dated {
		for d := lo; d <= hi; d++ {
			if unplaced {
				take(s.byDay[d])
				continue
			}
			take(s.byDayUnplaced[d])
			for _, k := range keys {
				take(s.byKeyDay[k][d])
			}
		}
		take(s.wide)
		for _, k := range keys {
			take(s.undatedByKey.by[k])
		}
		if unplaced && f.Status == "scheduled" {
			take(s.undatedScheduled)
		}
		if unplaced && held && len(f.Places) == 0 {
			take(s.undatedHeld)
		}
	} else {
		for _, k := range keys {
			take(s.byKey[k])
		}
		if f.Status == "scheduled" {
			take(s.unplacedScheduled)
		}
		if held {
			take(s.unplacedHeld)
		}
	}
	take(s.odd)
	return s.taken.sorted()
}

// scoring finds, for a frame of an article that names no day and no place
// beyond countries, the standing anchored frames it may be scored against
// without scoring it against every one. A standing frame scores more than
// its kind alone gives only by sharing a participant, a side or a place
// with the frame; among those that share none, the score and whether it
// may be taken depend only on the standing frame's kind (status,
// background, how many sides, whether it has places) and on whether it
// is the article's main frame. So the candidates are those that share
// something, the main frame, and the first of each kind.
type scoring struct {
	keys                  func(id string) []string // Env.PlaceKeys
	byPart, bySide, byKey listed
	// the frames of each kind, in order, listed when they come to be of
	// it (a frame's kind only moves on: to held, out of the background,
	// to more sides, to having places)
	byKind map[frameKind][]int
	kindOf map[int]frameKind
	taken  taken
}

// frameKind is what, of a standing frame, decides its score for a frame
// that shares nothing with it.
type frameKind struct {
	status     string
	background bool
	sides      int // 0, 1 or 2 for two or more
	placed     bool
}

func kindOfFrame(g *Frame) frameKind {
	sides := min(len(g.Sides), 1)
	if slices.ContainsFunc(g.Sides, func(x string) bool { return x != g.Sides[0] }) {
		sides = 2
	}
	return frameKind{g.Status, g.Background, sides, len(g.Places) > 0}
}

func newScoring(env Env, frames int) *scoring {
	return &scoring{keys: env.PlaceKeys, byPart: newListed(), bySide: newListed(), byKey: newListed(),
		byKind: map[frameKind][]int{}, kindOf: map[int]frameKind{}, taken: taken{mark: make([]int, frames)}}
}

// list lists standing frame j, now g, under the participants, sides and
// places' keys of from (g itself when it comes to stand, then each frame
// it takes in: a frame that takes in thousands is not read through each
// time) and under its kind, as far as it is not listed yet. A nil
// scoring lists nothing.
func (s *scoring) list(j int, g, from *Frame) {
	if s == nil || g.Call {
		return // (a call is never scored)
	}
	for _, p := range from.Participants {
		s.byPart.add(p.Entity, j)
	}
	for _, side := range from.Sides {
		s.bySide.add(side, j)
	}
	for _, p := range from.Places {
		for _, k := range s.keys(p.Entity) {
			s.byKey.add(k, j)
		}
	}
	k := kindOfFrame(g)
	if was, ok := s.kindOf[j]; !ok || was != k {
		s.kindOf[j] = k
		l := s.byKind[k]
		at, _ := slices.BinarySearch(l, j)
		s.byKind[k] = slices.Insert(l, at, j)
	}
}

// candidates returns, in order, the frames f may be scored against:
// those that share a participant, a side or a place key with it, main,
// and of each kind the first frame of it that is none of these; all
// (every standing frame) when s is nil. Some may be the article's main
// frame folded, or calls.
func (s *scoring) candidates(f *Frame, main int, all []int) []int {
	if s == nil {
		return all
	}
	t := &s.taken
	t.start(len(t.mark))
	for _, p := range f.Participants {
		t.take(s.byPart.by[p.Entity])
	}
	for _, side := range f.Sides {
		t.take(s.bySide.by[side])
	}
	for _, p := range f.Places {
		for _, k := range s.keys(p.Entity) {
			t.take(s.byKey.by[k])
		}
	}
	// (called directly, not through a func value, take keeps this list
	// on the stack)
	t.take([]int{main})
	var firsts []int
	for k, l := range s.byKind {
		for _, j := range l {
			if s.kindOf[j] == k && !t.has(j) {
				firsts = append(firsts, j)
				break
			}
		}
	}
	t.take(firsts)
	return t.sorted()
}
