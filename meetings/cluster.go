package meetings

import (
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
}

// Env is what clustering needs to know of the merged graph.
type Env struct {
	// Date resolves a date expression of a document.
	Date func(doc string, r model.DateRef) (from, to time.Time, ok bool)
	// Sides returns the countries an entity stands for.
	Sides func(id string) []string
	// SamePlace reports whether two place ids can be one meeting's place
	// (Miami and Florida, Moscow and the Kremlin).
	SamePlace func(a, b string) bool
}

// Meeting is one meeting: the frames that tell of it.
type Meeting struct {
	Frames   []Frame
	From, To time.Time
	Vague    bool
}

// Cluster groups the frames of all documents into meetings. Inside a
// document, a frame without place or date ("during the meeting") joins the
// frame it fits best. Across documents, frames join when their dates
// overlap (a day's tolerance), their places fit and their sides do not
// conflict; an undated frame with a place joins the one meeting it fits,
// or stands alone.
func Cluster(docs [][]Frame, env Env) []Meeting {
	var all []Frame
	for _, fs := range docs {
		all = append(all, attach(fs, env)...)
	}
	for i := range all {
		resolveDates(&all[i], env)
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.From.IsZero() != b.From.IsZero() {
			return !a.From.IsZero()
		}
		if a.Vague != b.Vague {
			return !a.Vague
		}
		return a.From.Before(b.From)
	})
	var ms []Meeting
	for _, f := range all {
		best, bestScore := -1, 0
		for i := range ms {
			if s := fits(&ms[i], f, env); s > bestScore {
				best, bestScore = i, s
			}
		}
		if best < 0 {
			if f.From.IsZero() && len(f.Places) == 0 {
				continue
			}
			ms = append(ms, Meeting{Frames: []Frame{f}, From: f.From, To: f.To, Vague: f.Vague})
			continue
		}
		m := &ms[best]
		m.Frames = append(m.Frames, f)
		if !f.From.IsZero() && (m.From.IsZero() || m.Vague && !f.Vague) {
			m.From, m.To, m.Vague = f.From, f.To, f.Vague
		} else if !f.From.IsZero() && f.Vague == m.Vague {
			if f.From.Before(m.From) {
				m.From = f.From
			}
			if f.To.After(m.To) {
				m.To = f.To
			}
		}
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

// fits scores how well frame f fits meeting m; 0 means it does not.
func fits(m *Meeting, f Frame, env Env) int {
	score := 1
	if !f.From.IsZero() && !m.From.IsZero() {
		if f.From.After(m.To.AddDate(0, 0, 1)) || f.To.Before(m.From.AddDate(0, 0, -1)) {
			return 0
		}
		score += 2
	} else if f.From.IsZero() != m.From.IsZero() && f.From.IsZero() && len(f.Places) == 0 {
		return 0
	}
	var sides []string
	var parts, places []string
	for _, g := range m.Frames {
		sides = append(sides, g.Sides...)
		for _, a := range g.Participants {
			parts = append(parts, a.Entity)
		}
		for _, a := range g.Places {
			places = append(places, a.Entity)
		}
	}
	if conflict(uniq(sides), f.Sides) {
		return 0
	}
	if len(f.Places) > 0 && len(places) > 0 {
		var ps []model.Arg
		for _, p := range places {
			ps = append(ps, model.Arg{Entity: p})
		}
		if !samePlaces(f.Places, ps, env) {
			return 0
		}
		score += 2
	}
	overlap := 0
	for _, a := range f.Participants {
		for _, p := range parts {
			if a.Entity == p {
				overlap++
				break
			}
		}
	}
	// an undated frame joins a dated meeting only on place and people
	if f.From.IsZero() && !m.From.IsZero() && overlap == 0 {
		return 0
	}
	if m.From.IsZero() && !f.From.IsZero() && overlap == 0 {
		return 0
	}
	return score + overlap
}

// conflict reports whether two sets of sides name different meetings: each
// has a country the other lacks, and together they name three or more
// ({US, Ukraine} and {US, Russia}). {Ukraine} and {US} may be the two sides
// of one meeting.
func conflict(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 || subset(a, b) || subset(b, a) {
		return false
	}
	return len(uniq(append(append([]string{}, a...), b...))) >= 3
}

func subset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func uniq(xs []string) []string {
	sort.Strings(xs)
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// attach folds a document's frames without place or date into the frame
// with a place or date that they fit best; the first such frame that is not
// about an earlier meeting takes the rest.
func attach(fs []Frame, env Env) []Frame {
	var anchored []int
	main := -1
	for i, f := range fs {
		if len(f.Dates) > 0 || (len(f.Places) > 0 && !onlyCountries(f.Places)) {
			anchored = append(anchored, i)
			if main < 0 && !f.Background {
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
	out := map[int]*Frame{}
	folded := map[int]int{} // frame -> the anchored frame it joined
	for _, i := range anchored {
		f := fs[i]
		out[i] = &f
	}
	for i, f := range fs {
		if _, ok := out[i]; ok {
			continue
		}
		if f.Continues {
			// the frame told just before, anchored or already folded in
			for j := i - 1; j >= 0; j-- {
				if g, ok := out[j]; ok {
					merge(g, f)
					break
				}
				if into, ok := folded[j]; ok {
					merge(out[into], f)
					break
				}
			}
			continue
		}
		// "negotiating with Putin, in discussions that ...": a frame that
		// follows an anchored one in its sentence continues it
		if j := i - 1; j >= 0 && sameSentence(fs[j], f) {
			if g, ok := out[j]; ok {
				merge(g, f)
				folded[i] = j
				continue
			}
		}
		// the lead tells the article's news: its meeting is the main one
		if f.Lead && !f.Background && !conflict(out[main].Sides, f.Sides) {
			merge(out[main], f)
			folded[i] = main
			continue
		}
		best, bestScore := -1, -1
		for _, j := range anchored {
			g := out[j]
			if conflict(g.Sides, f.Sides) {
				continue
			}
			score := 0
			for _, a := range f.Participants {
				for _, b := range g.Participants {
					if a.Entity == b.Entity {
						score += 2
					}
				}
			}
			if len(f.Sides) > 0 && len(g.Sides) > 0 {
				score++
			}
			score += 3 * len(intersect(f.Sides, g.Sides))
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
		// "no announcement of upcoming meetings": nothing to add
		if f.Status == "scheduled" && len(f.Participants) == 0 && len(f.Topics) == 0 {
			continue
		}
		if best < 0 || (f.Background && bestScore <= 0) {
			continue
		}
		merge(out[best], f)
		folded[i] = best
	}
	var res []Frame
	for _, i := range anchored {
		res = append(res, *out[i])
	}
	return res
}

func merge(g *Frame, f Frame) {
	g.Participants = append(g.Participants, f.Participants...)
	g.Topics = append(g.Topics, f.Topics...)
	g.Outcomes = append(g.Outcomes, f.Outcomes...)
	g.Evidence = append(g.Evidence, f.Evidence...)
	g.Sides = uniq(append(g.Sides, f.Sides...))
	if f.Round > g.Round {
		g.Round = f.Round
	}
	if f.Days > g.Days {
		g.Days = f.Days
	}
	if f.DayOrdinal > g.DayOrdinal {
		g.DayOrdinal = f.DayOrdinal
	}
	g.Again = g.Again || f.Again
	if f.Status == "held" {
		g.Status = "held"
	}
}

var exactKinds = map[string]bool{"absolute": true, "weekday": true, "offset": true, "past-days": true, "weekend": true, "next-weekend": true}

// resolveDates fixes a frame's first and last day from its date
// expressions, its length ("two-day") and its day ("a third day").
func resolveDates(f *Frame, env Env) {
	var exact []time.Time
	var vFrom, vTo time.Time
	for _, r := range f.Dates {
		from, to, ok := env.Date(f.Doc, r)
		if !ok {
			continue
		}
		if exactKinds[r.Kind] {
			exact = append(exact, from, to)
			continue
		}
		if vFrom.IsZero() || from.Before(vFrom) {
			vFrom = from
		}
		if to.After(vTo) {
			vTo = to
		}
	}
	if len(exact) == 0 {
		f.From, f.To, f.Vague = vFrom, vTo, !vFrom.IsZero()
		return
	}
	sort.Slice(exact, func(i, j int) bool { return exact[i].Before(exact[j]) })
	f.From, f.To = exact[0], exact[len(exact)-1]
	if f.From.Equal(f.To) {
		d := f.From
		switch {
		case f.DayOrdinal > 1:
			f.From = d.AddDate(0, 0, -(f.DayOrdinal - 1))
		case f.Again && f.Days > 0:
			f.From = d.AddDate(0, 0, -f.Days)
		}
	}
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
	for _, p := range ps {
		if !strings.HasPrefix(p.Entity, "country:") {
			return false
		}
	}
	return true
}

func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			if x == y {
				out = append(out, x)
				break
			}
		}
	}
	return out
}

func sameSentence(a, b Frame) bool {
	return len(a.Evidence) > 0 && len(b.Evidence) > 0 && a.Doc == b.Doc && a.Evidence[0].Start == b.Evidence[0].Start
}
