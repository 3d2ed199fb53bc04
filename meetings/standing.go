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
	byKey, undatedByKey map[string][]int
	// the kinds of the third way: undated frames scheduled, or held in
	// the foreground; dated frames with no place but countries,
	// scheduled, or held in the foreground with no place at all
	undatedScheduled, undatedHeld   []int
	unplacedScheduled, unplacedHeld []int
	odd                             []int // undated with no place but countries (not anchored): taken always
	// what each frame is listed under: its days, first and last; its
	// place keys; its kind lists, as bits
	span    map[int][2]int64
	keysOf  map[int][]string
	undated map[keyOf]bool // the keys each frame is listed under in undatedByKey
	on      map[int]uint8
	taken   taken // the frames taken in a call of candidates
}

// keyOf is a frame and a place key.
type keyOf struct {
	frame int
	key   string
}

// wideDays is the most days a frame is listed on one by one; a frame
// dated over more (a vague "this year") is taken for every dated frame.
const wideDays = 62

// standingFrom is the fewest anchored frames an article has for
// standing to list them: with fewer, trying every frame is quicker.
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
		byKey: map[string][]int{}, undatedByKey: map[string][]int{}, span: map[int][2]int64{}, keysOf: map[int][]string{},
		undated: map[keyOf]bool{}, on: map[int]uint8{}, taken: taken{mark: make([]int, frames)}}
}

// list lists frame j, now g, under what it has: its days, the keys of
// its places (its own when it comes to stand, then those of each frame
// it takes in) and its kinds.
func (s *standing) list(j int, g *Frame, places []model.Arg) {
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
		if hi-lo >= wideDays {
			kind(onWide, &s.wide)
		} else {
			for d := lo; d <= hi; d++ {
				if !listed || d < was[0] || d > was[1] {
					s.byDay[d] = append(s.byDay[d], j)
					if unplaced {
						s.byDayUnplaced[d] = append(s.byDayUnplaced[d], j)
					}
					for _, k := range old {
						s.dayOf(k)[d] = append(s.dayOf(k)[d], j)
					}
				}
			}
			for _, k := range fresh {
				byDay := s.dayOf(k)
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
				if !s.undated[keyOf{j, k}] {
					s.undated[keyOf{j, k}] = true
					s.undatedByKey[k] = append(s.undatedByKey[k], j)
				}
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

// dayOf returns the frames at places of key k by day, made when missing.
func (s *standing) dayOf(k string) map[int64][]int {
	byDay := s.byKeyDay[k]
	if byDay == nil {
		byDay = map[int64][]int{}
		s.byKeyDay[k] = byDay
	}
	return byDay
}

// candidates returns, in the order they came to stand, the frames listed
// that sameMeeting may fold f into: of before (every frame before f,
// standing or folded, in order) when f's days are too many to look up.
// Some may have been folded since they were listed.
func (s *standing) candidates(f *Frame, before []int) []int {
	dated, unplaced := !f.From.IsZero(), onlyCountries(f.Places)
	lo, hi := dayNumber(f.From)-1, dayNumber(f.To)+1
	if dated && hi-lo >= wideDays || !dated && unplaced {
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
			take(s.undatedByKey[k])
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
