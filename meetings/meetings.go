// Package meetings finds meetings in one document — talks, rounds, visits,
// summits and calls — as frames: the trigger word with the dates, places,
// participants and agenda the sentence gives, whether it was held or is
// scheduled, its round, length and outcome. Frames stay unresolved (dates
// need the corpus to fix a year); package graph merges them across
// documents into one node per meeting.
package meetings

import (
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"kg/dates"
	"kg/internal/lower"
	"kg/internal/pattern"
	"kg/internal/phrase"
	"kg/mentions"
	"kg/model"
	"kg/resolve"
	"kg/sentences"
)

// Result is what one document says about meetings and statements.
type Result struct {
	Frames    []model.MeetingFrame
	Dates     []model.DateRef
	Quotes    []model.Statement
	Entities  []model.Entity
	Relations []model.Relation
}

var verbTriggers = map[string]bool{
	"meet": true, "met": true, "meets": true, "negotiating": true, "negotiated": true, "negotiate": true,
	"talked": true, "spoke": true, "spoken": true, "hosted": true, "hosts": true, "host": true, "visited": true,
	"receive": true, "received": true, "receives": true, "receiving": true,
	"reconvene": true, "reconvened": true, "convene": true, "convened": true,
}

// weakNouns are trigger nouns that are only a meeting with a place, date,
// or participants ("a phone call", "a visit to", "a conversation with
// reporters").
var weakNouns = map[string]bool{"call": true, "visit": true, "session": true, "conference": true, "round": true, "ceremony": true, "conversation": true}

// speakVerbs take their party after "to": "spoke to Putin by phone".
var speakVerbs = map[string]bool{"spoke": true, "speaks": true, "speak": true, "speaking": true, "talked": true, "talk": true, "talking": true}

// agreeVerbs, with the verbs of speech, are verbs whose subject, when
// they are done in a meeting ("agreed in a call", "said during the
// talks"), takes part in it.
var agreeVerbs = map[string]bool{"agreed": true, "discussed": true, "expressed": true, "reaffirmed": true,
	"pledged": true, "raised": true, "proposed": true, "presented": true, "offered": true}

// onlyModifiers reports whether tokens [i, j) are no more than three
// determiners and lower-case words: "a telephone", "the closed-door".
func onlyModifiers(s *mentions.Sentence, i, j int) bool {
	if j-i > 3 {
		return false
	}
	for k := i; k < j; k++ {
		if tok := s.Tokens[k]; tok.Cap() || !tok.IsWord() && tok.Text != "-" {
			return false
		}
	}
	return true
}

var subjectVerbs = map[string]bool{
	"held": true, "had": true, "hold": true, "holding": true, "led": true, "leads": true,
	"attended": true, "attend": true, "attends": true, "joined": true, "join": true, "wrapping": true, "wrapped": true,
	"concluded": true, "began": true, "started": true, "opened": true, "continued": true, "continue": true,
	"resume": true, "resumes": true,
	"resumed": true, "participated": true, "engaged": true, "conducted": true, "ended": true, "completed": true,
	"finished": true, "part": true, "hosted": true, "chaired": true, "mediated": true, "opening": true,
	"arrived": true, "travelled": true, "traveled": true, "flew": true, "came": true,
	"signed": true, "initialled": true, "initialed": true, "co-chaired": true, "co-hosted": true, "co-organised": true,
	"co-organized": true, "convened": true,
}

// joinVerbs add people to a meeting without making them one of its sides.
var joinVerbs = map[string]bool{"joined": true, "join": true, "attended": true, "attends": true, "part": true, "participated": true, "hosted": true, "chaired": true, "mediated": true, "opened": true, "present": true,
	"organised": true, "organized": true, "co-organised": true, "co-organized": true, "co-hosted": true, "co-chaired": true, "facilitated": true, "brokered": true}

var endVerbs = map[string]bool{"ended": true, "concluded": true, "completed": true, "finished": true, "wrapped": true, "wrapping": true}

var callRe = regexp.MustCompile(`(?i)\b(phone|telephone|hotline|video ?link|video ?conference|videoconference|call)\b`)

var backgroundCues = map[string]bool{"earlier": true, "previous": true, "recent": true, "prior": true, "last": true, "had": true, "former": true}

// leftBoundaries end a frame's window before its trigger; rightBoundaries
// after it ("discussions that took place in Moscow" keeps its place).
var leftBoundaries = map[string]bool{";": true, ":": true, "that": true, "which": true, "but": true, "although": true, "while": true, "however": true, "said": true, "told": true, "—": true, "-": true, "(": true, "when": true}

var rightBoundaries = map[string]bool{";": true, ":": true, "but": true, "although": true, "while": true, "however": true, "said": true, "told": true, "—": true, "-": true, "(": true, "after": true, "before": true, "since": true, "following": true, "when": true}

var partyNouns = map[string]bool{
	"officials": true, "representatives": true, "counterparts": true, "partners": true, "delegates": true,
	"side": true, "sides": true, "negotiators": true, "envoys": true, "leaders": true, "team": true, "allies": true, "backers": true,
	"mediators": true, "diplomats": true, "ministers": true, "authorities": true, "government": true, "governments": true,
	"delegations": true, "teams": true, "advisers": true, "advisors": true, "aides": true, "commanders": true, "experts": true,
}

// sideNoun reports whether token j after a country names its side: a party
// noun ("Ukraine's negotiators"), or the state's armed forces ("Sudan's
// army", "the Sudanese military") unless they only qualify a title or a
// name that follows ("US Army Secretary Dan Driscoll").
func sideNoun(s *mentions.Sentence, j int) bool {
	if j >= len(s.Tokens) {
		return false
	}
	switch w := s.Tokens[j].Lower(); {
	case partyNouns[w]:
		return true
	case mentions.StateSide(w):
		return j+1 >= len(s.Tokens) || !s.Tokens[j+1].Cap() && s.TitleAt(j+1) == nil
	}
	return false
}

// outcomePhrases are the words that tell how talks went, in the order
// that decides between two that begin at one place (leftmost first).
const outcomePhrases = `productive|constructive|no compromise|no breakthrough|breakthrough|reasonably good|positive|useful|substantive|difficult|tense|successful|fruitful|agreed on (?:the|a) [^,.;”"]{3,60}|no agreement|no progress|some progress|progress`

// outcomeAt matches an outcome phrase at the start of a text.
var outcomeAt = regexp.MustCompile(`\A(?:` + outcomePhrases + `)\b`)

// outcomeStemList are words one of which every outcome phrase holds, at
// most outcomeLead bytes after its start ("reasonably good").
var outcomeStemList = []string{"productive", "constructive", "compromise", "breakthrough", "good", "positive", "useful", "substantive", "difficult", "tense", "success", "fruitful", "agree", "progress"}

const outcomeLead = len("reasonably ")

// outcomes returns the outcome phrases of a lower-case text, as
// `\b(outcomePhrases)\b` finds them all, leftmost first: the pattern is
// tried only where a phrase can begin, from each stem back to outcomeLead
// bytes before it (TestOutcomesAsThePattern). Run over the whole clause,
// the pattern was a twentieth of the meetings stage.
func outcomes(low string) []string {
	var starts []int
	for _, stem := range outcomeStemList {
		// (an occurrence inside another's word begins no phrase: looked for
		// after each one's end)
		for p := range phrase.Occurrences(low, stem) {
			for q := max(0, p-outcomeLead); q <= p; q++ {
				starts = append(starts, q)
			}
		}
	}
	slices.Sort(starts)
	var out []string
	end := 0
	for k, p := range starts {
		if p < end || k > 0 && starts[k-1] == p || p > 0 && pattern.WordByte(low[p-1]) {
			continue
		}
		if loc := outcomeAt.FindStringIndex(low[p:]); loc != nil {
			out = append(out, low[p:p+loc[1]])
			end = p + loc[1]
		}
	}
	return out
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"eleventh": 11, "twelfth": 12,
}

// ordinal reads an ordinal word or number: "third", "24th", "23rd".
func ordinal(w string) (int, bool) {
	if o, ok := ordinals[w]; ok {
		return o, true
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(w, suf); ok && n != "" && len(n) <= 3 {
			if v, err := strconv.Atoi(n); err == nil && v > 0 {
				return v, true
			}
		}
	}
	return 0, false
}

// dayCount reads a meeting's length in days: "two-day", "3-day" (one to
// five, or a digit).
func dayCount(w string) (int, bool) {
	n, ok := strings.CutSuffix(w, "-day")
	switch {
	case !ok:
		return 0, false
	case n == "one" || n == "two" || n == "three" || n == "four" || n == "five":
		return count(n), true
	case len(n) == 1 && n[0] >= '0' && n[0] <= '9':
		return count(n), true
	}
	return 0, false
}

// Extract finds the meeting frames and quotes of a resolved document.
func Extract(d *resolve.Doc, src model.Source) Result {
	var res Result
	var leadDate *model.DateRef // the date of the article's first held meeting
	var prev []model.DateRef    // the dates of the sentence before
	for si := range d.Sents {
		s := &d.Sents[si]
		refs := dates.FindDates(s.Sentence.Text, s.Start)
		for _, r := range refs {
			if r.Kind == "absolute" {
				res.Dates = append(res.Dates, r) // the anchor date needs only these
			}
		}
		fs := frames(d, si, refs, prev, leadDate, res.Frames)
		prev = refs
		for _, f := range fs {
			if leadDate == nil && f.Lead && f.Status == "held" && len(f.Dates) > 0 {
				// what "The meeting came a day after ..." counts from: the
				// meeting's first day ("left on Saturday after three days
				// of talks": Thursday)
				first := f.Dates[0]
				if f.Ended && f.Days > 1 {
					if r, ok := shift(first, -(f.Days - 1)); ok {
						first = r
					}
				}
				leadDate = &first
			}
		}
		res.Frames = append(res.Frames, fs...)
		qs := quotes(d, si, refs)
		if len(qs) == 0 {
			qs = continued(d, si, res.Quotes)
		}
		res.Quotes = append(res.Quotes, qs...)
	}
	return res
}

// trigger reports whether token i of s names a meeting, and whether as a verb.
func trigger(s *mentions.Sentence, i int) (bool, bool) {
	w := s.Tokens[i].Lower()
	if !triggerWords[w] {
		return false, false // most words: one lookup
	}
	if sp := s.At(i); sp != nil && sp.Kind != mentions.Pronoun {
		return false, false
	}
	if mentions.MeetingNoun(w) {
		// "the border meeting point", "a conference room": a noun that
		// describes a place
		if i+1 < len(s.Tokens) && venueNouns[s.Tokens[i+1].Lower()] {
			return false, false
		}
		// "told a news conference", "a press conference": no negotiation
		if w == "conference" && i > 0 {
			if p := s.Tokens[i-1].Lower(); p == "news" || p == "press" {
				return false, false
			}
		}
		return true, false
	}
	if verbTriggers[w] {
		if (w == "negotiating") && i+1 < len(s.Tokens) && teamWords[s.Tokens[i+1].Lower()] {
			return false, false // "the negotiating team", "the negotiating track"
		}
		return true, true
	}
	// "signed an agreement in Barbados": a signing of a negotiated text
	if signVerbs[w] && signsText(s, i) {
		return true, true
	}
	// "officials discuss a 28-point plan in Geneva" (a place is required below)
	if discussVerbs[w] {
		return true, true
	}
	// "Driscoll presented the plan to Zelenskyy in Kyiv": handing a text to
	// someone (a place is required below)
	if presentVerbs[w] && presentsTextTo(s, i) >= 0 {
		return true, true
	}
	// "Yermak led the Ukrainian delegation in Geneva on Sunday"
	if leadVerbs[w] && ledDelegationAt(s, i) {
		return true, true
	}
	// "spent five hours at the Kremlin with Putin"
	if spendVerbs[w] && spentWith(s, i) {
		return true, true
	}
	// "sat down with", "sat across from", "sat opposite"
	if sitVerbs[w] && i+1 < len(s.Tokens) {
		switch s.Tokens[i+1].Lower() {
		case "down", "across", "opposite":
			return true, true
		}
	}
	return false, false
}

var (
	spendVerbs = map[string]bool{"spent": true, "spend": true, "spending": true}
	sitVerbs   = map[string]bool{"sat": true, "sit": true, "sitting": true}
	// triggerWords are all the words trigger takes, its verbs and the
	// meeting nouns: most words are none, and are passed after one lookup
	triggerWords = union(verbTriggers, signVerbs, discussVerbs, presentVerbs, leadVerbs, spendVerbs, sitVerbs, mentions.MeetingNouns())
)

// union returns the words of all the sets.
func union(sets ...map[string]bool) map[string]bool {
	u := map[string]bool{}
	for _, set := range sets {
		for w, ok := range set {
			u[w] = u[w] || ok
		}
	}
	return u
}

// venueNouns after a meeting noun make a place of it: "meeting point",
// "conference hall", "summit venue".
var venueNouns = map[string]bool{"point": true, "place": true, "room": true, "rooms": true, "hall": true, "venue": true,
	"site": true, "centre": true, "center": true, "table": true, "location": true}

// titleToCome reports whether a headline tells what someone is to do
// before the trigger at t: "Umerov to lead Ukrainian team at new round of
// talks".
func titleToCome(s *mentions.Sentence, t int) bool {
	for k := 1; k+1 < t; k++ {
		if s.Tokens[k].Lower() == "to" && s.Tokens[k-1].Cap() && toComeVerbs[s.Tokens[k+1].Lower()] {
			return true
		}
	}
	return false
}

var toComeVerbs = map[string]bool{"lead": true, "head": true, "meet": true, "hold": true, "host": true, "attend": true,
	"join": true, "visit": true, "travel": true, "send": true, "sign": true, "resume": true, "open": true}

// spentWith reports whether the verb at i spends a stretch of time with
// someone: "spent five hours at the Kremlin with Putin", "spent the
// evening with".
func spentWith(s *mentions.Sentence, i int) bool {
	for k := i + 1; k < len(s.Tokens) && k <= i+4; k++ {
		switch s.Tokens[k].Lower() {
		case "hours", "minutes", "days", "day", "morning", "afternoon", "evening", "night":
			for j := k + 1; j < len(s.Tokens) && j <= k+8; j++ {
				if s.Tokens[j].Lower() == "with" {
					return true
				}
			}
			return false
		}
	}
	return false
}

func frames(d *resolve.Doc, si int, refs, prev []model.DateRef, leadDate *model.DateRef, before []model.MeetingFrame) []model.MeetingFrame {
	s := &d.Sents[si]
	entry := entryDate(s, refs)
	// "A and B agreed on Tuesday to free 2,000 detainees. The deal was
	// reached after 12 days of negotiations in Muscat": who agreed took
	// part in the talks that reached the deal, which ended that day
	deal := si > 0 && lead(d, si-1) && dealReached(s)
	var trig []int
	var verb []bool
	for i := range s.Tokens {
		if ok, v := trigger(s, i); ok {
			// "talks" right after "talks"-like word is one trigger
			if len(trig) > 0 && trig[len(trig)-1] == i-1 {
				continue
			}
			// "the meetings were hosted by X": a passive verb belongs to the
			// frame before it (with none before, "Kushner and Witkoff were
			// received by Putin" is a meeting of its own)
			if v && i > 0 && passive[s.Tokens[i-1].Lower()] && len(trig) > 0 {
				continue
			}
			// "will receive a report", "hosted the meeting": receiving or
			// hosting is a meeting only when someone is received
			after := i
			if i+1 < len(s.Tokens) && s.Tokens[i+1].Lower() == "by" && i > 0 && passive[s.Tokens[i-1].Lower()] {
				after = i + 1 // "were received by Putin"
			}
			if objectVerbs[s.Tokens[i].Lower()] && !partyAfter(d, si, after) {
				continue
			}
			// "an official familiar with the talks said": a source, not a meeting
			if sourcedBy(s, i) {
				continue
			}
			// "a round of talks": the talks are the trigger, the round its number
			if roundOf(s, i) > 0 {
				continue
			}
			trig = append(trig, i)
			verb = append(verb, v)
		}
	}
	var out []model.MeetingFrame
	ev := d.Evidence(si, "meeting frame")
	if len(trig) == 0 {
		if f, ok := presence(d, si, ev); ok {
			return []model.MeetingFrame{f}
		}
	}
	for n, t := range trig {
		left := 0
		if n > 0 {
			left = trig[n-1] + 1
		}
		for k := t - 1; k >= left; k-- {
			if leftBoundaries[s.Tokens[k].Lower()] && !glued(s, k) || newClause(s, k) {
				left = k + 1
				break
			}
			// "The third round took place in Muscat on April 26, and the
			// second round in Rome": after another meeting's clause, ", and
			// the second round" starts this one's, whose verb is left out
			if n > 0 && s.Tokens[k].Text == "," && k+1 < t && s.Tokens[k+1].Lower() == "and" && t-k <= 5 && lowerWords(s, k+2, t) {
				left = k + 2
				break
			}
		}
		right := len(s.Tokens)
		if n+1 < len(trig) {
			right = trig[n+1]
		}
		for k := t + 1; k < right; k++ {
			if rightBoundaries[s.Tokens[k].Lower()] && !glued(s, k) && !bracketedDate(s, k, refs) || newClause(s, k) {
				// "the first talks between Russia and Ukraine since 2022 took
				// place in Istanbul": the predicate still tells where
				if heldAfter(s, k, right) {
					break
				}
				right = k
				break
			}
		}
		if hypothetical(s, left, t, right) {
			continue // "if the two men were to meet", "should meet", "a possible summit"
		}
		if verb[n] && negated(s, left, t) {
			continue // "did not meet", "was not expected to take part"
		}
		// "spoke to reporters in Helsinki", "spoke to Example Weekly": who
		// speaks to no party gives an interview
		if verb[n] && speakVerbs[s.Tokens[t].Lower()] && t+1 < right && s.Tokens[t+1].Lower() == "to" && len(list(d, si, t+2, right)) == 0 {
			continue
		}
		f := model.MeetingFrame{Trigger: s.Tokens[t].Lower(), Status: "held", Evidence: []model.Evidence{ev}, Lead: lead(d, si)}
		in := apartFrom(s, t, outsideClauses(s, t, datesIn(s, refs, left, right)))
		if !verb[n] {
			in = nounDate(s, t, in)
		}
		if len(in) == 0 && entry != nil {
			in = []model.DateRef{*entry}
		}
		if len(in) == 0 {
			in = butDate(s, refs, left)
		}
		if len(in) == 0 {
			in = afterDate(s, refs, t)
		}
		dayApart := false
		if len(in) == 0 {
			in = daysApart(s, refs, left, t, leadDate)
			dayApart = len(in) > 0
		}
		if len(in) == 0 && leadDate != nil {
			// "Two days earlier, the two leaders had spoken by phone": from
			// the lead's day
			if k, days := earlierLater(s, left, t); days != 0 {
				if r, ok := shift(*leadDate, days); ok {
					r.Text, r.Start = s.Text(k-2, k+1), s.Tokens[k-2].Start
					in = []model.DateRef{r}
				}
			}
		}
		if len(in) == 0 && sameDay(s, left, right) {
			f.SameDay = true
		}
		if m := monthIn(s, refs, left, right); len(in) == 0 && m != nil {
			if m.Kind == "month" && m.Tense >= 0 && dates.Future(s.Text(left, right)) {
				// "COP31 will be held in Antalya in November 2026": the month
				// of a meeting to come is its date
				to := *m
				to.Tense = 1
				in = []model.DateRef{to}
			} else {
				// "who first met Putin in St Petersburg in April": a month and
				// no day is another time than the article's
				f.Background, f.OtherTime = true, true
			}
		}
		// "Witkoff, Kushner to meet Putin on Tuesday": a headline's "to"
		// before the verb tells what is to come
		if s.Title && (verb[n] && t > 0 && s.Tokens[t-1].Lower() == "to" || titleToCome(s, t)) {
			f.Status = "scheduled"
			for i := range in {
				in[i].Tense = 1
			}
		}
		if len(in) > 0 {
			f.Dates = in
			for _, dt := range in {
				if dt.Tense > 0 {
					f.Status = "scheduled"
				}
			}
		} else if dates.Future(s.Text(left, right)) || t >= 2 && s.Tokens[t-1].Lower() == "for" && goingToBefore(s, left, t) || expectedBefore(s, left, t) {
			f.Status = "scheduled"
		}
		window := s.Text(left, right)
		// "Trump said he had cancelled a planned summit with Putin": the
		// meeting was not held, and the day told is the cancelling's
		if cancelled(s, left, right) {
			f.Status, f.Dates = "cancelled", nil
		}
		// a call's cue before the trigger belongs to the frame before it
		// ("spoke by video link with Umerov, who had led the team in Florida")
		cw := window
		if n > 0 {
			cw = s.Text(t, right)
		}
		f.Call = f.Trigger == "call" || mayMatch(cw, callStems) && callRe.MatchString(cw)
		for k := left; k < right; k++ {
			w := s.Tokens[k].Lower()
			// ("they had drafted a framework after talks in Geneva": the
			// pluperfect is the main clause's, not the meeting's)
			if k < t && backgroundCues[w] && !subordinateBetween(s, k, t) {
				f.Background = true
			}
			// ("EU-mediated talks": the mediator is named before the hyphen,
			// the parties are no joiners)
			if k < t && joinVerbs[w] && !(k > 0 && s.Tokens[k-1].Text == "-") {
				f.Joiner = true
			}
			if k < t && endVerbs[w] {
				f.Ended = true
			}
			if w == "again" {
				f.Again = true
			}
			// ("The talks followed a first round in Doha": an ordinal
			// before the next frame's trigger is that frame's number,
			// unless it stands in apposition: "resumed negotiations on
			// Saturday, the second round since July")
			nextFrames := k+1 == right && n+1 < len(trig) && !(k >= 2 && s.Tokens[k-1].Lower() == "the" && s.Tokens[k-2].Text == ",")
			if o, ok := ordinal(w); ok && !nextFrames {
				switch s.Tokens[min(k+1, len(s.Tokens)-1)].Lower() {
				case "round", "meeting", "cycle", "session":
					f.Round = o
				case "day":
					f.DayOrdinal = o
				}
			}
			if w == "round" && k > left && k < t {
				// "a new round of talks": no number, but a round all the same
				f.Trigger = "round of " + s.Tokens[t].Lower()
			}
			if n, ok := dayCount(w); ok {
				f.Days = n
			}
			if (w == "days") && k > 0 {
				if c := count(s.Tokens[k-1].Lower()); c > 0 && k+2 < len(s.Tokens) && s.Tokens[k+1].Lower() == "of" && mentions.MeetingNoun(s.Tokens[k+2].Lower()) {
					f.Days = c
					// "after three days of talks": the date is the last day
					if k >= 2 && s.Tokens[k-2].Lower() == "after" {
						f.Ended = true
					}
				}
				// "held talks for two days in Berlin, ending on Monday"
				if c := count(s.Tokens[k-1].Lower()); c > 0 && k > t && k >= 2 && s.Tokens[k-2].Lower() == "for" {
					f.Days = c
				}
			}
			// "The second round began on Saturday and ran for five days":
			// the date is the first day
			if startVerbs[w] && k+1 < len(s.Tokens) && s.Tokens[k+1].Lower() == "on" && f.DayOrdinal == 0 {
				f.DayOrdinal = 1
			}
			// "..., ending on Monday": the date is the last day
			if k > t && (w == "ending" || w == "ended") && k+1 < len(s.Tokens) && s.Tokens[k+1].Lower() == "on" {
				f.Ended = true
			}
		}
		// on the lower case: a pattern that ignores case is slow
		if mayMatch(window, outcomeStems) {
			f.Outcomes = append(f.Outcomes, outcomes(lower.String(window))...)
		}
		f.Places = places(d, si, t, left, right, ev)
		f.SamePlace = len(f.Places) == 0 && samePlace(s, left, right)
		// "made progress during two days of talks in Berlin, Zelensky said
		// on Dec. 15": the lead's talks, with no day of their own, ended by
		// the day they are told of
		if len(f.Dates) == 0 && f.Lead && n == 0 && f.Status == "held" && !f.Background && len(f.Places) > 0 && !s.Title {
			if r, ok := speechDate(s, refs); ok {
				f.Dates, f.Ended = []model.DateRef{r}, true
			}
		}
		if !s.Title {
			// a headline sums up the article; its parties are told in the body
			f.Participants = participants(d, si, t, verb[n], left, right, ev, &f.Joiner)
			// "a phone call between the two leaders": the two people of the
			// meeting told before
			if len(f.Participants) == 0 && twoLeaders(s, left, right) {
				for _, p := range lastPair(d, before) {
					addParty(&f, p, ev)
				}
			}
		}
		if f.Lead && n == 0 && !dayApart && !reportedSubject(s, left, t) && !(f.Status == "scheduled" && saidThat(s, left)) {
			// "US and Ukrainian negotiators said ... after talks in Geneva",
			// "Israel and Hamas agreed ... after talks": the parties the lead
			// opens with are its first meeting's (but "NAME will travel
			// ..., a day after the talks between Putin and US envoys" dates
			// by the talks what NAME does)
			named := betweenSides(d, s, t, right, f.Participants)
			for _, e := range leadSubject(d, si, t) {
				if spokesperson(d, s, e, t) {
					continue // "Driscoll's spokesman, Jeff Tolbert, said the talks were going well"
				}
				// ("Ukraine is ready ..., Zelenskyy said, after talks in Abu
				// Dhabi between US Army Secretary Dan Driscoll and Russian
				// officials": the talks name their two sides)
				if x := d.Entities[e]; x.Kind == model.Country && len(named) >= 2 && !named[x.ID] {
					continue
				}
				addParty(&f, d.Entities[e].ID, ev)
			}
			if deal {
				for _, e := range leadSubject(d, si-1, len(d.Sents[si-1].Tokens)) {
					addParty(&f, d.Entities[e].ID, ev)
				}
			}
		}
		// "The conversation lasted five hours, according to NAME, who took
		// part in it"
		if k := presenceAt(s); k > left && k < right {
			if e := whoPresent(d, si, k); e >= 0 {
				addParty(&f, d.Entities[e].ID, ev)
			}
		}
		f.Topics = topics(d, si, left, right, ev)
		if (signVerbs[f.Trigger] || discussVerbs[f.Trigger] || presentVerbs[f.Trigger]) && len(f.Places) == 0 {
			continue // a signing or a discussion is a meeting only where the parties met
		}
		if leadVerbs[f.Trigger] && len(f.Places) == 0 {
			continue // leading a delegation is a meeting where it went
		}
		if discussVerbs[f.Trigger] && len(f.Topics) == 0 {
			continue // "discussed the situation in Kharkiv" names no meeting place
		}
		if weakNouns[f.Trigger] && len(f.Places) == 0 && len(f.Dates) == 0 && len(f.Participants) == 0 {
			continue
		}
		if f.Trigger == "round" && len(f.Places) == 0 && len(f.Dates) == 0 {
			continue
		}
		// "Witkoff and Kushner lead the talks": who leads the negotiation,
		// no meeting (unless the sentence says where or when)
		if t >= 2 && !verb[n] && s.Tokens[t-1].Lower() == "the" && leadVerbs[s.Tokens[t-2].Lower()] && len(f.Places) == 0 && len(f.Dates) == 0 {
			continue
		}
		// "The Ukrainian delegation has arrived in Miami for a new round":
		// an article's first sentence tells the news of its day
		if len(refs) == 0 && f.Lead && n == 0 && !s.Title && !f.Background && f.Status == "held" && len(f.Places) > 0 && !setInTime(s) {
			f.Dates = []model.DateRef{{Kind: "article-day", Start: s.Start, Tense: -1}}
		}
		if deal && len(refs) == 0 && f.Lead && n == 0 {
			for _, r := range prev {
				if r.Kind != "month" && r.Kind != "last-month" && r.Tense <= 0 {
					f.Dates, f.Ended = []model.DateRef{r}, true
					break
				}
			}
		}
		// "after meetings in Geneva, London and Madrid": a meeting in each
		if countNouns[f.Trigger] && len(f.Places) > 1 && onlyPlaces(f.Places) {
			for _, p := range f.Places {
				g := f
				g.Places = []model.Arg{p}
				out = append(out, g)
			}
			continue
		}
		out = append(out, f)
	}
	callsOnly(out)
	return out
}

// roundStops are the little words that end what describes the talks.
var roundStops = map[string]bool{"the": true, "a": true, "an": true, "and": true, "or": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "for": true, "with": true, "by": true, "from": true, "that": true, "which": true, "between": true, "was": true, "were": true, "is": true}

// roundOf returns the meeting word of "round of talks" when token i is
// its "round", with up to three words that describe the talks between
// ("a fourth round of indirect nuclear talks"), or 0.
func roundOf(s *mentions.Sentence, i int) int {
	if s.Tokens[i].Lower() != "round" || i+2 >= len(s.Tokens) || s.Tokens[i+1].Lower() != "of" {
		return 0
	}
	for j := i + 2; j < len(s.Tokens) && j <= i+5; j++ {
		if ok, _ := trigger(s, j); ok {
			return j
		}
		tok := s.Tokens[j]
		if sp := s.At(j); sp != nil && (sp.Kind == mentions.Country || sp.Kind == mentions.Title) {
			j = sp.End - 1 // "a new round of US-Iran talks", "of Special Representatives talks"
			continue
		}
		// ("the 24th round of Special Representatives talks": the talks'
		// name in capitals)
		if !tok.IsWord() || tok.Cap() && s.At(j) != nil || roundStops[tok.Lower()] {
			return 0
		}
	}
	return 0
}

// bracketedDate reports whether token k opens brackets that hold a date:
// "Talks in Miami (Dec. 4-6) produced progress".
func bracketedDate(s *mentions.Sentence, k int, refs []model.DateRef) bool {
	return s.Tokens[k].Text == "(" && k+1 < len(s.Tokens) &&
		slices.ContainsFunc(refs, func(r model.DateRef) bool { return r.Start == s.Tokens[k+1].Start })
}

// newClause reports whether the comma at token k opens a clause with a
// subject of its own: "met Zelensky in London on Monday, and I will travel
// to Berlin next week to meet them again".
func newClause(s *mentions.Sentence, k int) bool {
	if s.Tokens[k].Text != "," || k+2 >= len(s.Tokens) {
		return false
	}
	switch s.Tokens[k+1].Lower() {
	case "and", "but", "so":
	default:
		return false
	}
	switch s.Tokens[k+2].Lower() {
	case "i", "we", "he", "she", "they":
		return true
	}
	return false
}

// lowerWords reports whether tokens [from, to) are all words in lower case.
func lowerWords(s *mentions.Sentence, from, to int) bool {
	return !slices.ContainsFunc(s.Tokens[from:to], func(t sentences.Token) bool { return !t.IsWord() || t.Cap() })
}

// glued reports whether token k is a hyphen inside a word ("EU-mediated")
// or the bracket of an acronym, not a break between clauses.
func glued(s *mentions.Sentence, k int) bool {
	if s.AcronymAt(k) {
		return true // "the Rapid Support Forces (RSF)": a name's acronym
	}
	return s.Tokens[k].Text == "-" && k > 0 && k+1 < len(s.Tokens) &&
		s.Tokens[k-1].End == s.Tokens[k].Start && s.Tokens[k].End == s.Tokens[k+1].Start
}

// heldAfter reports whether "took place", "was/were held" or "was opened
// by" follows token k before end.
func heldAfter(s *mentions.Sentence, k, end int) bool {
	for j := k + 1; j+1 < end; j++ {
		a, b := s.Tokens[j].Lower(), s.Tokens[j+1].Lower()
		if a == "took" && b == "place" || (a == "was" || a == "were") && b == "held" {
			return true
		}
		// "The meeting, the first since March, was opened by NAME"
		if (a == "was" || a == "were") && joinVerbs[b] && j+2 < end && s.Tokens[j+2].Lower() == "by" {
			return true
		}
	}
	return false
}

// verbParticles may stand between a meeting verb and its object.
var verbParticles = map[string]bool{"down": true, "up": true, "across": true, "again": true, "together": true, "separately": true, "privately": true,
	"by": true, "phone": true, "telephone": true, "video": true, "link": true, "videolink": true}

// leadVerbs before "the talks" say who leads the negotiation.
var leadVerbs = map[string]bool{"lead": true, "leads": true, "led": true, "leading": true, "head": true, "heads": true, "headed": true, "heading": true}

// countNouns are meeting words in the plural that count meetings.
var countNouns = map[string]bool{"meetings": true, "rounds": true, "sessions": true, "summits": true, "visits": true}

// onlyPlaces reports whether no argument is a country (several countries
// may be the sides' lands, not where each meeting was).
func onlyPlaces(ps []model.Arg) bool {
	for _, p := range ps {
		if strings.HasPrefix(p.Entity, "country:") {
			return false
		}
	}
	return true
}

// sourcedBy reports whether the trigger at token i names the talks a
// source knows of: "familiar with the talks", "close to the discussions"
// (but a team "briefed on discussions that took place in Moscow" tells of
// a meeting).
func sourcedBy(s *mentions.Sentence, i int) bool {
	k := i - 1
	if k >= 0 && (s.Tokens[k].Lower() == "the" || s.Tokens[k].Lower() == "these") {
		k--
	}
	if k < 1 {
		return false
	}
	pair := s.Tokens[k-1].Lower() + " " + s.Tokens[k].Lower()
	return pair == "familiar with" || pair == "close to"
}

// apartFrom drops the dates a distance in time separates from trigger t:
// "on Monday, December 1, a day after a Ukrainian delegation held talks in
// Florida" does not date the talks.
func apartFrom(s *mentions.Sentence, t int, refs []model.DateRef) []model.DateRef {
	var out []model.DateRef
	for _, r := range refs {
		apart := false
		for k := 2; k < t; k++ {
			if s.Tokens[k].Start > r.Start && (s.Tokens[k].Lower() == "after" || s.Tokens[k].Lower() == "before") && timeUnits[s.Tokens[k-1].Lower()] {
				apart = true
			}
		}
		if !apart {
			out = append(out, r)
		}
	}
	return out
}

// nounDate keeps, of the dates of a meeting named by a noun, the one that
// follows it ("exchanged prisoners on Tuesday under a deal agreed at talks
// in Istanbul last week": the talks were last week) when another lies
// further back, with another predicate's words between.
func nounDate(s *mentions.Sentence, t int, refs []model.DateRef) []model.DateRef {
	if len(refs) < 2 {
		return refs
	}
	near := s.Tokens[min(t+12, len(s.Tokens)-1)].End
	back := s.Tokens[max(t-3, 0)].Start
	var after, keep []model.DateRef
	for _, r := range refs {
		switch {
		case r.Start > s.Tokens[t].Start && r.Start < near:
			after = append(after, r)
			keep = append(keep, r)
		case r.Start >= back:
			keep = append(keep, r)
		}
	}
	if len(after) == 0 {
		return refs
	}
	return keep
}

// timeUnits are the units of "a day after", "two weeks before".
var timeUnits = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "hours": true, "month": true, "months": true, "year": true, "years": true}

// subordinators open a clause of its own inside a sentence.
var subordinators = map[string]bool{"after": true, "before": true, "when": true, "while": true, "since": true,
	"because": true, "although": true, "though": true, "whereas": true, "until": true}

// setInTime reports whether a sentence names a year or a month ("The
// Minsk agreements of 2014 and 2015", "The Istanbul talks of March 2022"):
// it tells of then, not of the article's day.
func setInTime(s *mentions.Sentence) bool {
	for _, t := range s.Tokens {
		if dates.YearOrMonth(t.Text) {
			return true
		}
	}
	return false
}

// entryDate returns the date that opens a timeline entry ("Feb. 18 — US
// and Russian delegations meet in Riyadh"): a date at the start of the
// sentence, then a dash or colon. It dates the frames of the sentence that
// give no date of their own.
func entryDate(s *mentions.Sentence, refs []model.DateRef) *model.DateRef {
	for i := range refs {
		r := &refs[i]
		if r.Kind != "absolute" || r.Start-s.Start > 2 {
			continue
		}
		end := r.Start + len(r.Text)
		for _, tk := range s.Tokens {
			if tk.Start >= end {
				switch tk.Text {
				case "—", "–", "-", ":":
					return r
				}
				return nil
			}
		}
	}
	return nil
}

// callsOnly makes the other held frames of a sentence that tells of a call
// part of the call, unless they have a place of their own: "held a video
// call on Monday, their most extensive talks since ...".
func callsOnly(fs []model.MeetingFrame) {
	call := -1
	for i, f := range fs {
		if f.Call && f.Status == "held" {
			call = i
			break
		}
	}
	if call < 0 {
		return
	}
	for i := range fs {
		f := &fs[i]
		if i == call || f.Call || f.Status != "held" || len(f.Places) > 0 {
			continue
		}
		if len(f.Dates) > 0 && len(fs[call].Dates) > 0 && f.Dates[0].Text != fs[call].Dates[0].Text {
			continue
		}
		f.Call = true
	}
}

func count(w string) int {
	if n, ok := dates.Numbers[w]; ok {
		return n
	}
	// "12 days of negotiations"; a longer run of days is no meeting's
	if n, err := strconv.Atoi(w); err == nil && n >= 1 && n <= 60 && w[0] != '0' {
		return n
	}
	return 0
}

func datesIn(s *mentions.Sentence, refs []model.DateRef, left, right int) []model.DateRef {
	if left >= right {
		return nil
	}
	from, to := s.Tokens[left].Start, s.Tokens[right-1].End
	var out []model.DateRef
	for _, dt := range refs {
		if dt.Start >= from && dt.Start < to && dt.Kind != "month" && dt.Kind != "last-month" {
			out = append(out, dt)
		}
	}
	return out
}

// butDate returns the one date of the clause before "but" when the
// frame's clause at left is a second predicate of the same subject:
// "Russia and Ukraine agreed on Monday to swap prisoners, but made no
// progress at a second round of talks in Istanbul".
func butDate(s *mentions.Sentence, refs []model.DateRef, left int) []model.DateRef {
	if left < 2 || left >= len(s.Tokens) || s.Tokens[left-1].Lower() != "but" {
		return nil
	}
	if w := s.Tokens[left]; w.Cap() || !w.IsWord() || closedWords[w.Lower()] || s.At(left) != nil {
		return nil // "but the talks ...", "but they ...": a subject of its own
	}
	from := left - 2
	for from > 0 && !leftBoundaries[s.Tokens[from-1].Lower()] {
		from--
	}
	if ds := datesIn(s, refs, from, left-1); len(ds) == 1 {
		return ds
	}
	return nil
}

// subordinateBetween reports whether "after" or "following" comes between
// tokens i and j: what is before it is told of another event.
func subordinateBetween(s *mentions.Sentence, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if w := s.Tokens[k].Lower(); w == "after" || w == "following" {
			return true
		}
	}
	return false
}

// betweenSides returns the countries of the parties a frame names after
// "between" (a person's by the one country the document gives them a role
// in), or nil when it names none so.
func betweenSides(d *resolve.Doc, s *mentions.Sentence, t, right int, parts []model.Arg) map[string]bool {
	between := false
	for k := t + 1; k < right; k++ {
		between = between || s.Tokens[k].Lower() == "between"
	}
	if !between {
		return nil
	}
	out := map[string]bool{}
	for _, p := range parts {
		i := d.EntityByID(p.Entity)
		if i < 0 {
			continue
		}
		switch x := d.Entities[i]; x.Kind {
		case model.Country:
			out[x.ID] = true
		case model.Person:
			if c := countryOf(d, i); c >= 0 {
				out[d.Entities[c].ID] = true
			}
		case model.Delegation:
			if k := x.Attrs.Get("country"); k != "" {
				out["country:"+k] = true
			}
		}
	}
	return out
}

// cancelled reports whether the window [left, right) tells the meeting was
// called off.
func cancelled(s *mentions.Sentence, left, right int) bool {
	for k := left; k < right; k++ {
		switch s.Tokens[k].Lower() {
		case "cancelled", "canceled", "cancels", "cancel", "scrapped", "scraps", "shelved":
			return true
		case "called", "calls", "call", "calling":
			if k+1 < right && s.Tokens[k+1].Lower() == "off" {
				return true
			}
		}
	}
	return false
}

// speechDate returns the date of the sentence's speech verb ("Zelensky
// said on Dec. 15", "officials said Tuesday").
func speechDate(s *mentions.Sentence, refs []model.DateRef) (model.DateRef, bool) {
	for k := 0; k+1 < len(s.Tokens); k++ {
		if !mentions.SpeechVerb(s.Tokens[k].Lower()) {
			continue
		}
		j := k + 1
		if s.Tokens[j].Lower() == "on" && j+1 < len(s.Tokens) {
			j++
		}
		for _, r := range refs {
			if r.Start == s.Tokens[j].Start && r.Kind != "month" && r.Kind != "last-month" {
				return r, true
			}
		}
	}
	return model.DateRef{}, false
}

// negated reports whether "not" or "never" stands among the three words
// before the verb at t.
func negated(s *mentions.Sentence, left, t int) bool {
	for k := max(left, t-3); k < t; k++ {
		switch s.Tokens[k].Lower() {
		case "not", "never", "n't":
			return true
		}
	}
	return false
}

// twoLeaders reports whether the window [left, right) names its parties
// as "the two leaders" (presidents, men, ministers) or "both leaders".
func twoLeaders(s *mentions.Sentence, left, right int) bool {
	for k := left; k+1 < right; k++ {
		if w := s.Tokens[k].Lower(); w == "two" || w == "both" {
			switch s.Tokens[k+1].Lower() {
			case "leaders", "presidents", "men", "ministers", "heads":
				return true
			}
		}
	}
	return false
}

// lastPair returns the two people of the last frame that names exactly two
// people, or nil.
func lastPair(d *resolve.Doc, fs []model.MeetingFrame) []string {
	for i := len(fs) - 1; i >= 0; i-- {
		var people []string
		for _, p := range fs[i].Participants {
			if e := d.EntityByID(p.Entity); e >= 0 && d.Entities[e].Kind == model.Person {
				people = append(people, p.Entity)
			}
		}
		if len(people) == 2 {
			return people
		}
	}
	return nil
}

// spokesperson reports whether entity e is titled as one who speaks for
// others, by its roles or by the words before the trigger at t: a
// spokesman or press secretary tells of talks, not takes part.
func spokesperson(d *resolve.Doc, s *mentions.Sentence, e, t int) bool {
	spokes := func(title string) bool {
		return strings.HasPrefix(title, "spokes") || strings.HasSuffix(title, "press secretary")
	}
	for _, r := range d.Roles(e) {
		if spokes(r.Title) {
			return true
		}
	}
	for k := 0; k < t; k++ {
		if spokes(s.Tokens[k].Lower()) {
			return true
		}
	}
	return false
}

// reportedSubject reports whether the frame's clause is reported speech
// that names its own subject: "Kremlin aide Yuri Ushakov said Steve
// Witkoff would meet Putin" (the speaker is no party).
func reportedSubject(s *mentions.Sentence, left, t int) bool {
	if left == 0 || !mentions.SpeechVerb(s.Tokens[left-1].Lower()) {
		return false
	}
	for _, sp := range s.Spans {
		switch sp.Kind {
		case mentions.Person, mentions.Country, mentions.Delegation, mentions.Org:
			if sp.Start >= left && sp.End <= t {
				return true
			}
		}
	}
	return false
}

// saidThat reports whether the clause that opens at left is reported
// speech: "NAME said in Moscow on Monday that talks in Istanbul would
// resume" (who says talks are to come is no party to them).
func saidThat(s *mentions.Sentence, left int) bool {
	if left == 0 || s.Tokens[left-1].Lower() != "that" {
		return false
	}
	for k := left - 2; k >= max(0, left-8); k-- {
		if mentions.SpeechVerb(s.Tokens[k].Lower()) {
			return true
		}
	}
	return false
}

// sameDay reports whether the window [left, right) tells a meeting on "the
// same day" (or "that day", "that same evening") as the one told before it.
// The window may start after "that", a boundary.
func sameDay(s *mentions.Sentence, left, right int) bool {
	for k := max(left-1, 0); k+1 < right; k++ {
		w, next := s.Tokens[k].Lower(), s.Tokens[k+1].Lower()
		if (w == "same" || w == "that") && partsOfDay[next] {
			return true
		}
	}
	return false
}

var partsOfDay = map[string]bool{"day": true, "morning": true, "afternoon": true, "evening": true, "night": true}

// samePlace reports whether the window [left, right) tells a meeting "in the
// city" (or "in the same city", "at the same venue") where the one told
// before it was.
func samePlace(s *mentions.Sentence, left, right int) bool {
	for k := left; k+2 < right; k++ {
		w := s.Tokens[k].Lower()
		if (w != "in" && w != "at") || s.Tokens[k+1].Lower() != "the" {
			continue
		}
		n := k + 2
		if s.Tokens[n].Lower() == "same" && n+1 < right {
			n++
		}
		w = s.Tokens[n].Lower()
		if (mentions.PlaceNoun(w) || w == "venue" || w == "place") && (n == k+3 || w == "city") {
			return true
		}
	}
	return false
}

// afterDate returns the one date of the main clause when the meeting at
// trigger t is told in an "after" phrase that gives none: "agreed on
// Sunday to a deal that sets a 15% tariff, after an hour-long meeting in
// Turnberry". Not after "a day after", nor "after months of talks".
func afterDate(s *mentions.Sentence, refs []model.DateRef, t int) []model.DateRef {
	k := t - 1
	for k > 0 && t-k <= 4 && s.Tokens[k].Lower() != "after" {
		switch w := s.Tokens[k]; {
		case w.Lower() == "of" || timeUnits[w.Lower()] || w.Lower() == "rounds":
			return nil // "after months of talks", "after two rounds of talks"
		case !w.IsWord() && w.Text != "-":
			return nil
		}
		k--
	}
	if k < 1 || s.Tokens[k].Lower() != "after" || timeUnits[s.Tokens[k-1].Lower()] {
		return nil
	}
	if ds := datesIn(s, refs, datelineEnd(s, k), k); len(ds) == 1 {
		return ds
	}
	return nil
}

// daysApart dates a meeting told "a day after" (two days before ...) a
// dated event: "Witkoff arrived in Moscow on Tuesday, a day after talks in
// Miami" are Monday's; "The meeting came a day after officials held talks"
// counts from the article's first held meeting (leadDate).
func daysApart(s *mentions.Sentence, refs []model.DateRef, left, t int, leadDate *model.DateRef) []model.DateRef {
	if k, n := dayPhrase(s, left, t); n != 0 {
		var from *model.DateRef
		ds := datesIn(s, refs, datelineEnd(s, k), k-2)
		if len(ds) == 2 && ds[0].Kind == "weekday" && ds[1].Kind == "absolute" {
			ds = ds[1:] // "on Monday, December 1, a day after ..."
		}
		if len(ds) == 1 {
			from = &ds[0]
		} else if len(ds) == 0 && leadDate != nil && k-2 <= 5 && s.At(0) == nil {
			// "The meeting came a day after ...", "It came two days after ..."
			from = leadDate
		}
		if from == nil {
			return nil
		}
		if r, ok := shift(*from, n); ok {
			r.Text, r.Start = s.Text(k-2, k+1), s.Tokens[k-2].Start
			return []model.DateRef{r}
		}
	}
	return nil
}

// dayPhrase finds "a day after", "two days before" between left and the
// trigger at t: the index of "after" or "before", and the days the meeting
// is from the event the phrase hangs on (negative: before it), or 0.
func dayPhrase(s *mentions.Sentence, left, t int) (int, int) {
	for k := t - 1; k >= max(left, 2); k-- {
		w := s.Tokens[k].Lower()
		if w != "after" && w != "before" {
			continue
		}
		n := daysEnding(s, k)
		if n == 0 || n > 7 {
			return 0, 0
		}
		if w == "after" {
			n = -n // the meeting was before the event
		}
		return k, n
	}
	return 0, 0
}

// daysEnding returns the days of "a day" or "two days" ending right before
// token k, or 0.
func daysEnding(s *mentions.Sentence, k int) int {
	if u := s.Tokens[k-1].Lower(); u != "day" && u != "days" {
		return 0
	}
	n := count(s.Tokens[k-2].Lower())
	if n == 0 && s.Tokens[k-2].Lower() == "a" {
		n = 1
	}
	return n
}

// earlierLater finds "a day earlier", "two days later" before the trigger
// at t, and returns the index of its last word and the days it moves (less
// than zero for earlier).
func earlierLater(s *mentions.Sentence, left, t int) (int, int) {
	for k := max(left, 2); k < t; k++ {
		w := s.Tokens[k].Lower()
		if w != "earlier" && w != "later" {
			continue
		}
		// (days only: a weekday moved by a week is the same weekday)
		n := daysEnding(s, k)
		if n == 0 {
			continue
		}
		if n > 6 {
			return 0, 0
		}
		if w == "earlier" {
			return k, -n
		}
		return k, n
	}
	return 0, 0
}

// shift moves a date written as a day of the month, a weekday or a
// number of days from the article's by n days.
func shift(r model.DateRef, n int) (model.DateRef, bool) {
	switch r.Kind {
	case "absolute":
		if r.N > 0 || r.Month == 0 || r.Day == 0 {
			return r, false // a span of days
		}
		y := r.Year
		if y == 0 {
			y = 2000 // a leap year: any day of the month is a day
		}
		t := time.Date(y, time.Month(r.Month), r.Day+n, 0, 0, 0, 0, time.UTC)
		if r.Year > 0 {
			r.Year = t.Year()
		}
		r.Month, r.Day = int(t.Month()), t.Day()
	case "weekday":
		r.Weekday = ((r.Weekday+n)%7 + 7) % 7
	case "offset", "article-day":
		r.Kind, r.N = "offset", r.N+n
	default:
		return r, false
	}
	r.Tense = -1
	return r, true
}

// closedWords open a clause with a subject of its own.
var closedWords = map[string]bool{"the": true, "a": true, "an": true, "they": true, "he": true, "she": true, "it": true, "we": true,
	"this": true, "that": true, "there": true, "both": true, "neither": true, "no": true, "its": true, "their": true, "his": true, "her": true}

// monthIn returns the month without a day that tokens [left, right) name
// ("in April", "last month"), or nil; not one after "since" ("the first
// meeting since March" is not in March).
func monthIn(s *mentions.Sentence, refs []model.DateRef, left, right int) *model.DateRef {
	if left >= right {
		return nil
	}
	from, to := s.Tokens[left].Start, s.Tokens[right-1].End
	for i, dt := range refs {
		if dt.Start >= from && dt.Start < to && (dt.Kind == "month" || dt.Kind == "last-month") && !strings.HasSuffix(s.Sentence.Text[:dt.Start-s.Start], "since ") {
			return &refs[i]
		}
	}
	return nil
}

// outsideClauses drops the dates told inside a relative clause the
// trigger at t is not in: "The envoy, who flew to Moscow on Monday night,
// met the Russian leader on Tuesday" met him on Tuesday.
func outsideClauses(s *mentions.Sentence, t int, refs []model.DateRef) []model.DateRef {
	if len(refs) < 2 {
		// "The talks will focus on the plan, which Ukraine sent back on
		// Wednesday": the day is the plan's, told in a clause on another
		// noun after the trigger
		if len(refs) == 1 && laterClause(s, t, refs[0].Start) {
			return nil
		}
		return refs
	}
	var out []model.DateRef
	for _, r := range refs {
		if !inClause(s, t, r.Start) {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return refs
	}
	return out
}

// laterClause reports whether byte offset at lies in a ", which|who"
// clause, closed or not, that opens after token t and does not follow it
// ("the talks, which began on Monday" are the talks' own).
func laterClause(s *mentions.Sentence, t, at int) bool {
	for c := range relativeClauses(s) {
		if c.who >= t+2 && c.who-2 != t && at >= s.Tokens[c.who].Start && (c.open || at < s.Tokens[c.end].Start) {
			return true
		}
	}
	return false
}

// inClause reports whether byte offset at lies in a ", who|which ... ,"
// clause that does not hold token t.
func inClause(s *mentions.Sentence, t, at int) bool { return relativeClause(s, t, at, false) }

// relativeClause is inClause; open says whether a clause that runs on to
// the end of the sentence counts ("spoke with Rustem Umerov, who had led the
// team in Florida.": Florida is not where they spoke).
func relativeClause(s *mentions.Sentence, t, at int, open bool) bool {
	for c := range relativeClauses(s) {
		if c.open && !open {
			continue // no closing comma: the clause runs on to the end
		}
		if (t < c.who || t > c.end) && at >= s.Tokens[c.who].Start && at < s.Tokens[c.end].Start {
			return true
		}
	}
	return false
}

// relClause is a ", who|which ..." clause: the token of "who" or "which"
// and the comma that closes it, or, open, the sentence's last token.
type relClause struct {
	who, end int
	open     bool
}

// relativeClauses yields the ", who|which ..." clauses of s in order.
func relativeClauses(s *mentions.Sentence) iter.Seq[relClause] {
	return func(yield func(relClause) bool) {
		for i := 1; i+1 < len(s.Tokens); i++ {
			if w := s.Tokens[i].Lower(); s.Tokens[i-1].Text != "," || w != "who" && w != "which" {
				continue
			}
			j := i + 1
			for j < len(s.Tokens) && s.Tokens[j].Text != "," {
				j++
			}
			c := relClause{who: i, end: j}
			if j == len(s.Tokens) {
				c.end, c.open = j-1, true
			}
			if !yield(c) {
				return
			}
		}
	}
}

// peopleNouns name people by where they are: "officials in Beirut",
// "diplomats in Brussels".
var peopleNouns = map[string]bool{"officials": true, "official": true, "diplomats": true, "diplomat": true, "sources": true,
	"analysts": true, "residents": true, "observers": true, "journalists": true, "reporters": true, "correspondents": true,
	"people": true, "protesters": true, "commentators": true}

// viewVerbs, with the verbs of saying, follow people who tell of
// something: "officials in Beirut described it as ...".
var viewVerbs = map[string]bool{"say": true, "describe": true, "called": true, "believe": true, "believed": true, "expect": true, "expected": true}

// heldGap are the words between a meeting and "in COUNTRY" that keep the
// country its place.
var heldGap = map[string]bool{"held": true, "place": true, "took": true, "take": true, "takes": true, "be": true, "been": true,
	"being": true, "was": true, "were": true, "is": true, "are": true, "will": true, "would": true, "to": true}

// places: places, and institutions that are buildings (the Kremlin), after
// "in" or "at" in the frame's window. A country is a place only right after
// the trigger ("talks in Russia", "talks held in the US"): "the war in
// Ukraine" is not where talks were held.
func places(d *resolve.Doc, si, t, left, right int, ev model.Evidence) []model.Arg {
	s := &d.Sents[si]
	var out []model.Arg
	listed := -1 // the token after the last place taken
	// "arrived in Moscow on Tuesday, a day after talks in Miami": the
	// place before the phrase is the other event's
	if k, n := dayPhrase(s, left, t); n != 0 {
		left = k
	}
	for k, sp := range s.Spans {
		if sp.Start < left || sp.End > right || sp.Start == t {
			continue
		}
		building := sp.Seat()
		if sp.Kind != mentions.Place && !building && !(sp.Kind == mentions.Country && !sp.Demonym) {
			continue
		}
		if relativeClause(s, t, s.Tokens[sp.Start].Start, true) {
			continue
		}
		p := sp.Start - 1
		if w := s.Tokens[max(p, 0)].Lower(); p >= 0 && (w == "the" || w == "his" || w == "her" || w == "their" || w == "its") {
			p-- // "at his Mar-a-Lago resort"
		}
		prep := ""
		if p >= 0 {
			prep = s.Tokens[p].Lower()
		}
		// "in Geneva, London and Madrid": the list goes on from a place taken
		if (prep == "," || prep == "and") && p > 0 && listed == p && sp.Kind == mentions.Place {
			prep = "in"
		}
		if sp.End == t && (sp.Kind == mentions.Place || building) {
			prep = "in" // "the Abu Dhabi meeting", "the Geneva talks", "the Kremlin talks"
		}
		if prep == "of" && p > 0 && placeNounBefore(s, p) {
			prep = "in" // "in the Egyptian resort of Sharm el-Sheikh"
		}
		// "the next round is scheduled for Cairo"; "flew to Moscow to meet";
		// "visited Beijing"
		// "officials in Beirut said": where the speakers are, not the meeting
		// (but "met Russian officials in Abu Dhabi" is)
		if prep == "in" && p > 0 && peopleNouns[s.Tokens[p-1].Lower()] && sp.End < len(s.Tokens) && (mentions.SpeechVerb(s.Tokens[sp.End].Lower()) || viewVerbs[s.Tokens[sp.End].Lower()]) {
			continue
		}
		// "the Red Sea resort of Sharm el-Sheikh": the resort is where
		if sp.End+1 < len(s.Tokens) && mentions.PlaceNoun(s.Tokens[sp.End].Lower()) && s.Tokens[sp.End+1].Lower() == "of" {
			continue
		}
		// "talks to end the war in Gaza", "a truce in eastern Congo": where
		// the war is, not the talks
		if prep == "in" && warBefore(s, p) {
			continue
		}
		travel := (prep == "to" && p > 0 && travelVerbs[s.Tokens[p-1].Lower()]) || travelVerbs[prep]
		if prep != "in" && prep != "at" && !travel && !(prep == "for" && dates.Future(s.Text(left, right))) {
			continue
		}
		if sp.Kind == mentions.Country {
			q := p - 1
			// "talks held in Oman", "the meeting will be held in Cambodia",
			// "talks are to take place in Turkey"
			for q > t && heldGap[s.Tokens[q].Lower()] {
				q--
			}
			// "signed an agreement on Tuesday in Barbados": past the text
			// signed and the day
			for q > t && signVerbs[s.Tokens[t].Lower()] && signGap(s.Tokens[q].Lower()) {
				q--
			}
			if q != t {
				continue
			}
		}
		if e := d.Entity(si, k); e >= 0 {
			out = append(out, model.Arg{Entity: d.Entities[e].ID, Evidence: ev})
			listed = sp.End
		}
	}
	return out
}

func topics(d *resolve.Doc, si, left, right int, ev model.Evidence) []model.Arg {
	s := &d.Sents[si]
	var out []model.Arg
	for k, sp := range s.Spans {
		if sp.Start < left || (sp.Kind != mentions.Document && sp.Kind != mentions.Topic) {
			continue
		}
		if e := d.Entity(si, k); e >= 0 {
			out = append(out, model.Arg{Entity: d.Entities[e].ID, Evidence: ev})
		}
	}
	return out
}

// participants: lists after "between", "with" and "include", the object of
// a verb trigger, and the subject before a verb trigger or before "held",
// "had", "led" ... a noun trigger.
func participants(d *resolve.Doc, si, t int, isVerb bool, left, right int, ev model.Evidence, joiner *bool) []model.Arg {
	s := &d.Sents[si]
	var ents []int
	// right side
	withList := false // the parties follow "with" or "between"
	for k := t + 1; k < right; k++ {
		w := s.Tokens[k].Lower()
		// "which was attended by A, B and C": they join the meeting (so
		// do they in "He was joined at the talks by A")
		if w == "by" && (k > t+1 && joinVerbs[s.Tokens[k-1].Lower()] || k == t+1 && joinedAt(s, t)) {
			ents = append(ents, list(d, si, k+1, right)...)
			*joiner = true
			continue // "mediated by the UAE and attended by NAME": both
		}
		// "sat down with", "met again with", "spoke by phone with": the
		// list comes after the particle
		if k <= t+3 && isVerb && verbParticles[w] && !(w == "by" && (t > 0 && passive[s.Tokens[t-1].Lower()])) {
			continue
		}
		// "met on Tuesday with NAME": past the day
		if k == t+1 && isVerb && w == "on" && k+1 < right && dates.DayWord(s.Tokens[k+1].Text) {
			for k+1 < right && (dates.DayWord(s.Tokens[k+1].Text) || s.Tokens[k+1].Text == ",") {
				k++
			}
			continue
		}
		// "the fourth meeting of the Joint Border Commission of Kyrgyzstan
		// and Tajikistan": the body's countries
		if k == t+1 && !isVerb && w == "of" {
			j := k + 1
			if j < right && s.Tokens[j].Lower() == "the" {
				j++
			}
			if o := s.At(j); o != nil && o.Kind == mentions.Org && o.Start == j && o.End+1 < right && s.Tokens[o.End].Lower() == "of" {
				ents = append(ents, list(d, si, o.End+1, right)...)
				break
			}
		}
		// "sat across from NAME", "sat opposite NAME": as "with"
		if w == "opposite" && k == t+1 || w == "from" && k == t+2 && s.Tokens[k-1].Lower() == "across" {
			w = "with"
		}
		// "spoke to Putin by phone": the party after "to"
		if k == t+1 && isVerb && w == "to" && speakVerbs[s.Tokens[t].Lower()] {
			ents = append(ents, list(d, si, k+1, right)...)
			break
		}
		// ("spent five hours at the Kremlin with Putin": the object is the
		// time; the party comes after "with")
		object := k == t+1 && isVerb && !spentWith(s, t)
		if w == "between" || w == "with" || w == "include" || w == "including" || w == "includes" || object {
			start := k + 1
			if k == t+1 && isVerb && w != "with" && w != "between" && !(w == "by" && (t > 0 && passive[s.Tokens[t-1].Lower()])) {
				start = k // the object; after a passive verb, the agent after "by"
			}
			if w == "between" || w == "with" {
				// "talks between Russia and Ukraine since 2022": the countries
				// named are the parties, whatever follows them
				ents = append(ents, listFrom(d, si, start, right, true)...)
			} else {
				ents = append(ents, list(d, si, start, right)...)
			}
			// "X said ... talks with his Russian counterpart, Y": X too
			if w == "with" && counterpartOf(s, start, right) {
				if e := firstPerson(d, si, t); e >= 0 {
					ents = append(ents, e)
				}
			}
			withList = w == "with" || w == "between"
			break
		}
	}
	// "presented the plan to Zelenskyy": the one it was handed to
	if isVerb && presentVerbs[s.Tokens[t].Lower()] {
		if k := presentsTextTo(s, t); k > 0 {
			ents = append(ents, list(d, si, k, right)...)
		}
	}
	// "met in Sirte under the auspices of the UN mission": the host joins
	for k := t + 3; k+1 < right; k++ {
		if s.Tokens[k].Lower() == "auspices" && s.Tokens[k-2].Lower() == "under" && s.Tokens[k+1].Lower() == "of" {
			ents = append(ents, list(d, si, k+2, right)...)
			*joiner = true
			break
		}
	}
	// left side: the subject of "held talks", "took part in the meeting",
	// "ended two days of talks" — a verb a few words before the trigger
	subject := isVerb
	head := t // "ended a fourth round of indirect nuclear talks": from "round"
	for k := t - 1; k >= max(left, t-5); k-- {
		if roundOf(s, k) == t {
			head = k
			break
		}
	}
	for k := max(left, head-6); k < t; k++ {
		if subjectVerbs[s.Tokens[k].Lower()] {
			subject = true
		}
	}
	// "X is expected to travel to Miami at the weekend for talks", "X flew
	// to Riyadh for talks": who travels takes part
	// ("X is expected in Miami for talks": so does who is expected there)
	// ("arrived in Cairo on Sunday for indirect talks": words may stand
	// between "for" and the talks)
	forTalks := false
	for k := t - 1; k >= max(left, t-3); k-- {
		if w := s.Tokens[k].Lower(); w == "for" {
			forTalks = true
			break
		} else if tok := s.Tokens[k]; tok.Cap() || !tok.IsWord() {
			break
		}
	}
	for k := max(left, t-10); k < t; k++ {
		w := s.Tokens[k].Lower()
		if (travelVerbs[w] || w == "expected" && s.Tokens[k+1].Lower() == "in") && forTalks {
			subject = true
		}
	}
	// "Putin and Trump agreed in a telephone conversation", "Lavrov said
	// during the talks": who speaks or agrees there takes part
	for k := max(left+1, t-4); k < t; k++ {
		if w := s.Tokens[k].Lower(); (w == "in" || w == "during" || w == "at") && (mentions.SpeechVerb(s.Tokens[k-1].Lower()) || agreeVerbs[s.Tokens[k-1].Lower()]) && onlyModifiers(s, k+1, t) {
			subject = true
		}
	}
	// "The two teams met", "both delegations met": the article's two
	// delegations
	for k := max(left, t-4); k+1 < t; k++ {
		if w := s.Tokens[k].Lower(); (w == "two" || w == "both") && (s.Tokens[k+1].Lower() == "teams" || s.Tokens[k+1].Lower() == "delegations") {
			var dls []int
			for e, x := range d.Entities {
				if x.Kind == model.Delegation {
					dls = append(dls, e)
				}
			}
			if len(dls) == 2 {
				ents = append(ents, dls...)
			}
			break
		}
	}
	// "After talks in Geneva on November 23, US and Ukrainian negotiators
	// produced ...": the teams the main clause opens with took part (not
	// a person, who may only speak of them)
	if w := s.Tokens[0].Lower(); (w == "after" || w == "following" || w == "during") && t < right {
		if c := slices.IndexFunc(s.Tokens[t:], func(x sentences.Token) bool { return x.Text == "," }); c >= 0 {
			for _, e := range list(d, si, t+c+1, len(s.Tokens)) {
				if k := d.Entities[e].Kind; k == model.Delegation || k == model.Country {
					ents = append(ents, e)
				}
			}
		}
	}
	// "The first round was held in Doha on October 18 and 19, when A and
	// his Afghan counterpart, B, signed a ceasefire": who acted then took
	// part
	if from, to := whenActors(s, right); to > from {
		ents = append(ents, list(d, si, from, to)...)
	}
	// "Foreign ministers of the G7 met in Niagara on Tuesday, hosted by
	// Canadian Foreign Minister NAME": the host, after the clause's comma,
	// takes part (not "A, who met B in Rome, was joined by C": C joins A);
	// after parties named by "with" or "between" ("talks with the United
	// States held in Rome, mediated by Oman") it joins them, one of no side
	for k := t + 1; k+3 < right; k++ {
		if s.Tokens[k].Text == "," && joinVerbs[s.Tokens[k+1].Lower()] && s.Tokens[k+2].Lower() == "by" {
			ents = append(ents, list(d, si, k+3, right)...)
			*joiner = *joiner || withList
			break
		}
	}
	// "Zelenskyy said after meeting US envoys": who said it met them
	if t > 0 && s.Tokens[t].Lower() == "meeting" {
		if w := s.Tokens[t-1].Lower(); w == "after" || w == "before" {
			if e := firstPerson(d, si, t); e >= 0 {
				ents = append(ents, e)
			}
			ents = append(ents, list(d, si, t+1, right)...)
		}
	}
	if subject {
		// "Zelensky met Macron on Monday, a day after a Ukrainian delegation
		// held talks": the subject is in the verb's own clause
		from := left
		for k := t - 1; k >= left; k-- {
			if subordinators[s.Tokens[k].Lower()] {
				from = k + 1
				break
			}
		}
		for k, sp := range s.Spans {
			if sp.Start < from || sp.End > t || sp.Possessive {
				continue
			}
			if s.InApposition(sp.Start, left) && !(sp.Kind == mentions.Country && ofCountries(s, sp.Start)) || inRelativeClause(s, sp.Start, left) {
				continue
			}
			e := party(d, si, k)
			if e < 0 && isVerb && sp.End == t && sp.Kind == mentions.Country && !sp.Demonym {
				e = d.Entity(si, k) // "Congo and Rwanda signed"
			}
			if e >= 0 && d.Entities[e].Kind == model.Person && sentBy(s, sp.Start) {
				e = countryOf(d, e) // "Representatives of President Maduro signed"
			}
			if e >= 0 {
				ents = append(ents, e)
			}
		}
	} else {
		// modifiers right before the trigger: "the US meeting", "US-Ukraine talks"
		for k := t - 1; k >= left && k >= t-3; k-- {
			sp := s.At(k)
			if sp == nil || sp.Kind != mentions.Country {
				if w := s.Tokens[k].Lower(); w == "the" || w == "-" || w == "–" || w == "and" {
					continue
				}
				break
			}
			for q := range s.Spans {
				if s.Spans[q].Start == sp.Start && s.Spans[q].Kind == mentions.Country {
					if e := d.Entity(si, q); e >= 0 {
						ents = append(ents, e)
					}
				}
			}
			k = sp.Start
		}
	}
	var out []model.Arg
	seen := map[string]bool{}
	for _, e := range ents {
		id := d.Entities[e].ID
		if !seen[id] && !d.Entities[e].Weak || (d.Entities[e].Weak && !seen[id] && d.Entities[e].Kind == model.Person) {
			seen[id] = true
			out = append(out, model.Arg{Entity: id, Evidence: ev})
		}
	}
	return out
}

// whenActors finds a "when" clause at token at (or after its comma) that
// opens with who signed or agreed something then: "..., when A and B
// signed a ceasefire" (not "when asked", "when the war began"). It returns
// where the actors start and where their verb is, or two zeros.
func whenActors(s *mentions.Sentence, at int) (from, to int) {
	if at+1 < len(s.Tokens) && s.Tokens[at].Text == "," {
		at++
	}
	if at >= len(s.Tokens) || s.Tokens[at].Lower() != "when" {
		return 0, 0
	}
	for k := at + 1; k < len(s.Tokens) && k <= at+16; k++ {
		w := s.Tokens[k].Lower()
		if signVerbs[w] || actVerbs[w] || agreeVerbs[w] {
			// (the last name may close an apposition: ", B, signed")
			if e := k - 1; e > at+1 && (s.At(e) != nil || s.Tokens[e].Text == "," && s.At(e-1) != nil) {
				return at + 1, k
			}
			return 0, 0
		}
		if rightBoundaries[w] || w == "." {
			return 0, 0
		}
	}
	return 0, 0
}

// startVerbs tell that the date after them is a meeting's first day.
var startVerbs = map[string]bool{"began": true, "begins": true, "opened": true, "opens": true, "started": true, "starts": true}

// actVerbs are what parties do at a meeting, besides signing and agreeing:
// "shook hands", "reached a deal".
var actVerbs = map[string]bool{"initialled": true, "initialed": true, "reached": true, "struck": true,
	"sealed": true, "shook": true, "met": true, "exchanged": true}

// addParty adds entity id to the frame's participants, once.
func addParty(f *model.MeetingFrame, id string, ev model.Evidence) {
	if !slices.ContainsFunc(f.Participants, func(a model.Arg) bool { return a.Entity == id }) {
		f.Participants = append(f.Participants, model.Arg{Entity: id, Evidence: ev})
	}
}

// party returns the entity of span k when it can take part in a meeting: a
// person, a delegation, a role reference, a country named as a party
// ("Ukrainian officials", "the US and Russia"), or a movement.
func party(d *resolve.Doc, si, k int) int {
	s := &d.Sents[si]
	sp := s.Spans[k]
	switch sp.Kind {
	case mentions.Person, mentions.Candidate, mentions.Delegation, mentions.RoleRef, mentions.Pronoun:
		// a bare capitalised name counts if merging finds the person
		return d.Entity(si, k)
	case mentions.Org:
		// a movement that negotiates for itself (Hamas), one the article
		// introduces with its acronym ("the Rapid Support Forces (RSF)"),
		// or an international body the gazetteer knows (the IAEA, the EU)
		if sp.Entry.OwnSide || sp.Alias != "" || sp.Entry.Key != "" && sp.Entry.Country == "" && sp.Entry.Kind == model.Organization {
			return d.Entity(si, k)
		}
	case mentions.Country:
		if inDelegation(s, sp) {
			return -1
		}
		if !sp.Demonym && sentBy(s, sp.Start) {
			return d.Entity(si, k) // "representatives of the US and China attended"
		}
		next := ""
		if sp.End < len(s.Tokens) {
			next = s.Tokens[sp.End].Lower()
		}
		prev := ""
		if sp.Start > 0 {
			prev = s.Tokens[sp.Start-1].Lower()
		}
		// "the Directors General of Military Operations of India and
		// Pakistan held talks": the people of both countries met
		if ofCountries(s, sp.Start) {
			return d.Entity(si, k)
		}
		if prev == "in" || prev == "to" || prev == "from" || prev == "for" || prev == "of" || prev == "on" {
			return -1
		}
		if sideNoun(s, sp.End) || next == "and" || next == "," || next == "" || next == "." {
			return d.Entity(si, k)
		}
		// "Egypt, Ethiopia and Sudan resumed talks": the last of a list of
		// parties is one
		if prev == "and" && sp.Start >= 2 {
			for q := range s.Spans {
				if a := s.Spans[q]; a.End == sp.Start-1 && a.Kind == mentions.Country && !a.Demonym && !a.Possessive {
					if party(d, si, q) >= 0 {
						return d.Entity(si, k)
					}
					break
				}
			}
		}
		if sp.Demonym && strings.HasSuffix(s.Text(sp.Start, sp.End), "s") {
			return d.Entity(si, k) // "the Americans met ..."
		}
		if sp.Demonym {
			// "his American counterparts": an adjective before a party noun
			for j := sp.End; j < len(s.Tokens) && j < sp.End+3; j++ {
				if partyNouns[s.Tokens[j].Lower()] {
					return d.Entity(si, k)
				}
				if s.At(j) == nil || s.At(j).Kind != mentions.Country {
					if s.Tokens[j].Lower() != "and" && s.Tokens[j].Lower() != "," {
						break
					}
				}
			}
		}
	}
	return -1
}

// ofPartyNoun returns where the countries start in "foreign ministers of
// Armenia and Azerbaijan" when such a phrase starts at token k (before
// limit): lower-case words, the last a party noun, then "of" and a list
// of countries. It returns k when there is none.
func ofPartyNoun(s *mentions.Sentence, k, limit int) int {
	for j := k; j < limit && j < k+4; j++ {
		tok := s.Tokens[j]
		if s.At(j) != nil || !tok.IsWord() || tok.Cap() && j > k {
			return k
		}
		if tok.Lower() != "of" || j == k || !partyNouns[s.Tokens[j-1].Lower()] {
			continue
		}
		c := j + 1
		if c < limit && s.Tokens[c].Lower() == "the" {
			c++
		}
		if c < limit && ofCountries(s, c) {
			return c
		}
		return k
	}
	return k
}

// ofCountries reports whether token i starts a country in a list of two or
// more after "of" ("of India and Pakistan", "of Armenia, Azerbaijan and
// Georgia").
func ofCountries(s *mentions.Sentence, i int) bool {
	country := func(k int) *mentions.Span {
		if sp := s.At(k); sp != nil && sp.Kind == mentions.Country && !sp.Demonym {
			return sp
		}
		return nil
	}
	joiner := func(k int) bool { w := s.Tokens[k].Lower(); return w == "and" || w == "," || w == "the" }
	n, and := 0, false
	k := i
	for k > 0 {
		if sp := country(k - 1); sp != nil {
			n++
			k = sp.Start
		} else if joiner(k - 1) {
			and = and || s.Tokens[k-1].Lower() == "and"
			k--
		} else {
			break
		}
	}
	if k == 0 || s.Tokens[k-1].Lower() != "of" {
		return false
	}
	for j := i; j < len(s.Tokens); {
		if sp := country(j); sp != nil {
			n++
			j = sp.End
		} else if joiner(j) {
			and = and || s.Tokens[j].Lower() == "and"
			j++
		} else {
			break
		}
	}
	return n >= 2 && and
}

func inDelegation(s *mentions.Sentence, sp mentions.Span) bool {
	for _, o := range s.Spans {
		if o.Kind == mentions.Delegation && o.Start <= sp.Start && sp.End <= o.End {
			return true
		}
	}
	return false
}

// list reads "A, B and C" from token i up to end, skipping titles before a
// name and appositions after one. Commas continue a list only when an "and"
// closes it.
func list(d *resolve.Doc, si, i, end int) []int { return listFrom(d, si, i, end, false) }

// officeNouns after a person's name stand for the person: "the envoy's
// office", "Witkoff's team".
var officeNouns = map[string]bool{"office": true, "team": true, "staff": true, "aides": true}

// standsFor reports whether the possessive span sp stands for the noun
// after it, a country's side ("Sudan's army") or a person's office
// ("Grundberg's office"), and returns the noun's token.
func standsFor(s *mentions.Sentence, sp *mentions.Span, end int) (int, bool) {
	if !sp.Possessive {
		return 0, false
	}
	j := sp.End
	if j < end && s.Tokens[j].Lower() == "'s" { // (Lower folds the apostrophe)
		j++
	}
	if j >= end {
		return 0, false
	}
	// "Afghanistan's Taliban government": the country's own institution
	// before the side noun
	if o := s.At(j); o != nil && sp.Kind == mentions.Country && o.Kind == mentions.Org && o.Entry.Country == sp.Key && o.End < end {
		return o.End, sideNoun(s, o.End)
	}
	if s.At(j) != nil {
		return 0, false
	}
	switch sp.Kind {
	case mentions.Country:
		return j, sideNoun(s, j)
	case mentions.Person:
		return j, officeNouns[s.Tokens[j].Lower()]
	}
	return 0, false
}

// pastAcronym returns the token after an acronym in brackets at token j
// ("the Kurdistan Workers' Party (PKK) leader"), or j.
func pastAcronym(s *mentions.Sentence, j int) int {
	if s.AcronymAt(j) {
		return j + 3
	}
	return j
}

// spanEntity returns the entity of the span of a kind that starts at token
// start of sentence si, or -1.
func spanEntity(d *resolve.Doc, si, start int, kind mentions.Kind) int {
	for q, sp := range d.Sents[si].Spans {
		if sp.Start == start && sp.Kind == kind {
			return d.Entity(si, q)
		}
	}
	return -1
}

// pastPossessor returns where the title of an apposition starts when it
// opens with its country or body and some words: ", China's international
// trade representative," (at "representative"); otherwise j.
func pastPossessor(s *mentions.Sentence, j, end int) int {
	sp := s.At(j)
	if sp == nil || sp.Kind != mentions.Country && sp.Kind != mentions.Org || sp.End+1 >= end || s.Tokens[sp.End].Text != "'s" {
		return j
	}
	for k := sp.End + 1; k < end && k <= sp.End+3; k++ {
		if t := s.At(k); t != nil && t.Kind == mentions.Title {
			return k
		}
		if w := s.Tokens[k]; w.Cap() || !w.IsWord() || w.Lower() == "and" {
			break
		}
	}
	return j
}

// listFrom is list; from says whether the countries named are parties
// whatever follows them, as after "officials from" or "talks between".
func listFrom(d *resolve.Doc, si, i, end int, from bool) []int {
	s := &d.Sents[si]
	var items []int
	var afterComma []bool
	sawAnd := false
	comma := false
	k := i
	for k < end {
		w := s.Tokens[k].Lower()
		switch {
		case w == "and" || w == "&" || w == "as" || w == "well":
			sawAnd = w == "and" || w == "&" || sawAnd
			k++
			continue
		case w == ",":
			comma = true
			// an apposition: ", (a|the)? TITLE ..." up to the next comma or the end
			if k+1 < end {
				j := k + 1
				if x := s.Tokens[j].Lower(); x == "a" || x == "the" || x == "an" {
					j++
				}
				j = pastPossessor(s, j, end)
				if sp := s.At(j); sp != nil && sp.Kind == mentions.Title && sp.Title != "honorific" { // ", Mr. Kushner" is a name
					for j < end && s.Tokens[j].Text != "," {
						j++
					}
					k = j
					continue
				}
			}
			k++
			continue
		case w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "its" || w == "our" || w == "mr." || w == "mrs." || w == "ms." || w == "so-called" || w == "visiting":
			k++
			continue
		case w == "with" && k > i && s.Tokens[k-1].Lower() == "and":
			k++ // "with Steve Witkoff and with Rustem Umerov"
			continue
		}
		sp := s.At(k)
		// "the so-called Quad of the United States, Saudi Arabia, ...": a
		// group's name, then its countries
		if sp != nil && sp.Kind == mentions.Candidate && sp.End+1 < end && s.Tokens[sp.End].Lower() == "of" {
			c := sp.End + 1
			if s.Tokens[c].Lower() == "the" {
				c++
			}
			if ofCountries(s, c) {
				from = true
				k = sp.End + 1
				continue
			}
		}
		if sp == nil {
			if partyNouns[w] {
				k++
				continue
			}
			// "their counterparts from Britain, France and Germany"
			if w == "from" && k > i && partyNouns[s.Tokens[k-1].Lower()] {
				from = true
				k++
				continue
			}
			// "representatives of President Maduro": his country takes part
			// (sentBy below); "representatives of the United States and
			// China": so do the countries
			if w == "of" && k > i && partyNouns[s.Tokens[k-1].Lower()] {
				from = true
				k++
				continue
			}
			// "the head of his office, Andriy Yermak": a title's complement
			// before the name it describes
			if w == "of" && k > i {
				if t := s.At(k - 1); t != nil && t.Kind == mentions.Title {
					j := k + 1
					for j < end && j < k+5 && s.Tokens[j].Text != "," {
						j++
					}
					if p := s.At(j + 1); j+1 < end && s.Tokens[j].Text == "," && p != nil && p.Kind == mentions.Person {
						k = j + 1
						continue
					}
				}
			}
			// "the paramilitary Rapid Support Forces": a word that describes
			// the organisation after it ("visited jailed PKK leader NAME":
			// so does a participle opening the list)
			if o := s.At(k + 1); o != nil && (o.Kind == mentions.Org || o.Kind == mentions.Title) && !s.Tokens[k].Cap() && s.Tokens[k].IsWord() &&
				(k > i && s.Tokens[k-1].Lower() == "the" || k == i && len(w) > 4 && strings.HasSuffix(w, "ed")) {
				k++
				continue
			}
			// "national security chief Rustem Umerov": words that run into a title
			if j := titleAhead(s, k, min(end, k+4)); j > k {
				k = j
				continue
			}
			break
		}
		// "Sudan's army", "Ukraine's negotiators": the country's side;
		// "co-chaired by Hans Grundberg's office": the office stands for
		// its holder
		if j, ok := standsFor(s, sp, end); ok {
			if e := spanEntity(d, si, sp.Start, sp.Kind); e >= 0 {
				items = append(items, e)
				afterComma = append(afterComma, comma)
			}
			comma = false
			k = j + 1
			continue
		}
		// "Donald Trump's special envoy X": a possessor and a title describe
		// the person who follows
		if sp.Kind == mentions.Title || sp.Possessive || ((sp.Kind == mentions.Country || sp.Kind == mentions.Org) && (s.TitleAt(pastAcronym(s, sp.End)) != nil || titleAhead(s, sp.End, min(end, sp.End+4)) > sp.End)) {
			k = pastAcronym(s, sp.End)
			if k < end && (s.Tokens[k].Lower() == "'s") {
				k++
			}
			continue
		}
		// every span that starts here: "Ukraine and Russia delegations"
		// is two delegations
		var es []int
		end := sp.End
		for q := range s.Spans {
			if s.Spans[q].Start != sp.Start {
				continue
			}
			if s.Spans[q].Kind == mentions.Delegation {
				if len(es) > 0 && s.Spans[es[0]].Kind != mentions.Delegation {
					es = es[:0]
				}
				es = append(es, q)
				end = s.Spans[q].End
			} else if len(es) == 0 || s.Spans[es[0]].Kind != mentions.Delegation && s.Spans[q].End > s.Spans[es[0]].End {
				// the longest: "the NSDC secretary" is a person, not the NSDC
				es = append(es[:0], q)
				end = max(end, s.Spans[q].End)
			}
		}
		n := len(items)
		for _, q := range es {
			e := party(d, si, q)
			if from && s.Spans[q].Kind == mentions.Country && !s.Spans[q].Demonym {
				e = d.Entity(si, q)
			}
			if e >= 0 && d.Entities[e].Kind == model.Person && sentBy(s, s.Spans[q].Start) {
				e = countryOf(d, e)
			}
			if e >= 0 {
				items = append(items, e)
				afterComma = append(afterComma, comma)
			}
		}
		if len(items) == n {
			break
		}
		comma = false
		k = end
		// "Giorgos Gerapetritis of Greece, Hakan Fidan of Turkey and ...":
		// the country or institution after a name is the person's
		if k+1 < len(s.Tokens) && s.Tokens[k].Lower() == "of" && d.Entities[items[len(items)-1]].Kind == model.Person {
			j := k + 1
			if s.At(j) == nil && s.Tokens[j].Lower() == "the" {
				j++
			}
			if o := s.At(j); o != nil && (o.Kind == mentions.Country || o.Kind == mentions.Org) {
				k = o.End
			}
		}
	}
	if !sawAnd {
		// "with A, B, who ...": without a closing "and" only the first counts
		var out []int
		for n, e := range items {
			if n == 0 || !afterComma[n] {
				out = append(out, e)
			}
		}
		return out
	}
	return items
}

var presenceRe = regexp.MustCompile(`\b(?:was|were|will be|would be) (?:also )?(?:present|(?:accompanied|joined)(?: (?:in|at) (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})? by)\b|\b(?:also )?(?:attended|joined them|accompanied (?:him|them))\b|\b(?:will|would) (?:also )?(?:take part|attend|join)\b|\b(?:also )?(?:took|take|takes) part\b`)

// whoPresent returns the person a relative clause of presence starting at
// token end hangs on ("according to Kremlin aide Yury Ushakov, who took
// part in it"), or -1.
func whoPresent(d *resolve.Doc, si, end int) int {
	s := &d.Sents[si]
	if end < 3 || s.Tokens[end-1].Lower() != "who" || s.Tokens[end-2].Text != "," {
		return -1
	}
	for q, sp := range s.Spans {
		if sp.End == end-2 && sp.Kind == mentions.Person {
			return d.Entity(si, q)
		}
	}
	return -1
}

// joinedAt reports whether "joined at the" or "accompanied in the" ends
// right before the trigger at t.
func joinedAt(s *mentions.Sentence, t int) bool {
	return s.WordsBefore(t, []string{"joined", "accompanied"}, []string{"at", "in", "for"}, []string{"the"})
}

// presenceMatch is where presenceRe matches in sentence s, as byte offsets
// into its text, or nil.
func presenceMatch(s *mentions.Sentence) []int {
	if !mayMatch(s.Sentence.Text, presenceStems) {
		return nil
	}
	return presenceRe.FindStringIndex(s.Sentence.Text)
}

// tokenAt returns the first token of s that starts at or after byte offset
// off of its text.
func tokenAt(s *mentions.Sentence, off int) int {
	k := 0
	for k < len(s.Tokens) && s.Tokens[k].Start-s.Start < off {
		k++
	}
	return k
}

// presenceAt returns the token where presenceRe matches in s, or -1.
func presenceAt(s *mentions.Sentence) int {
	if loc := presenceMatch(s); loc != nil {
		return tokenAt(s, loc[0])
	}
	return -1
}

// presence reads "Kushner ... was also present": the people of the sentence
// took part in the meeting the text told of just before.
func presence(d *resolve.Doc, si int, ev model.Evidence) (model.MeetingFrame, bool) {
	s := &d.Sents[si]
	loc := presenceMatch(s)
	if loc == nil {
		return model.MeetingFrame{}, false
	}
	f := model.MeetingFrame{Trigger: "present", Status: "held", Continues: true, Joiner: true, Evidence: []model.Evidence{ev}}
	if m := s.Sentence.Text[loc[0]:loc[1]]; strings.HasPrefix(m, "will") || strings.HasPrefix(m, "would") {
		f.Status = "scheduled"
	}
	// the subject: the names listed before the verb, past their titles
	end := tokenAt(s, loc[0])
	if negated(s, 0, end) || negated(s, 0, end+1) {
		return model.MeetingFrame{}, false // "was not expected to take part"
	}
	// "will join Ukraine's negotiating team": a place on the team, not at a meeting
	after := tokenAt(s, loc[1])
	if after < len(s.Tokens) && s.Tokens[after].Lower() == "the" {
		after++
	}
	if sp := s.At(after); sp != nil && sp.Kind == mentions.Delegation {
		return model.MeetingFrame{}, false
	}
	for _, sp := range s.Spans {
		if sp.Kind == mentions.Delegation && sp.Start == after {
			return model.MeetingFrame{}, false
		}
	}
	ents := list(d, si, 0, end)
	if who := whoPresent(d, si, end); who >= 0 {
		ents = []int{who}
	}
	if len(ents) == 0 {
		// "The foreign ministers of the three guarantor powers, A, B and
		// C, also took part": the names after the group's description
		for k := 0; k < end; k++ {
			if s.Tokens[k].Text == "," {
				ents = list(d, si, k+1, end)
				break
			}
		}
	}
	if strings.HasSuffix(s.Sentence.Text[loc[0]:loc[1]], " by") {
		// "Zelensky was accompanied by A and B": they came too
		ents = append(ents, list(d, si, after, len(s.Tokens))...)
	}
	for _, e := range ents {
		f.Participants = append(f.Participants, model.Arg{Entity: d.Entities[e].ID, Evidence: ev})
	}
	return f, len(f.Participants) > 0
}

// lead reports whether sentence si is among the first two sentences of the
// article body (after the headline). It reads no further than the second
// body sentence: a long article asks of every one of its frames.
func lead(d *resolve.Doc, si int) bool {
	if d.Sents[si].Title {
		return false
	}
	n := 0
	for k := 0; k < si; k++ {
		if !d.Sents[k].Title {
			if n++; n == 2 {
				return false
			}
		}
	}
	return true
}

var passive = map[string]bool{"was": true, "were": true, "been": true, "be": true, "is": true, "are": true, "being": true}

// travelVerbs bring people to a meeting's place.
var travelVerbs = map[string]bool{"moved": true, "travelled": true, "traveled": true, "flew": true, "arrived": true, "visited": true, "came": true, "went": true, "headed": true, "returned": true,
	"travel": true, "fly": true, "travels": true, "flies": true, "arrive": true, "arrives": true, "heads": true, "goes": true, "leaves": true}

// goingToBefore reports whether a present travel verb stands in [left, t).
func goingToBefore(s *mentions.Sentence, left, t int) bool {
	for k := left; k < t; k++ {
		if goingTo[s.Tokens[k].Lower()] {
			return true
		}
	}
	return false
}

// expectedBefore reports whether talks are expected in [left, t): "he
// expected honest discussions" (but "as expected, the talks ended").
func expectedBefore(s *mentions.Sentence, left, t int) bool {
	for k := max(left, t-5); k < t; k++ {
		if w := s.Tokens[k].Lower(); (w == "expected" || w == "expects" || w == "expecting") && (k == 0 || s.Tokens[k-1].Lower() != "as") {
			return true
		}
	}
	return false
}

// goingTo are the travel verbs of the present: "Ukrainian delegation heads
// to Berlin for talks" tells talks to come.
var goingTo = map[string]bool{"heads": true, "travels": true, "flies": true, "goes": true, "leaves": true}

// the stems a regular expression's matches contain, looked for first
var (
	outcomeStems = phrase.New(outcomeStemList...)
	callStems    = phrase.New("phone", "video", "call", "hotline")
	// every match of presenceRe holds one of these ("part" alone let
	// through every sentence of parties, partners and departments, and
	// "present" every one of representatives)
	presenceStems = phrase.New(" present", "attend", "join", "accompanied", "take part", "took part", "takes part")
)

// mayMatch is a cheap test before a regular expression: does s contain any
// of the stems (ignoring case)?
func mayMatch(s string, stems *phrase.Set) bool { return stems.InFold(s) }

// titleAhead returns the index of a title span that starts within [i, end)
// after lower-case words only, or i.
func titleAhead(s *mentions.Sentence, i, end int) int {
	for j := i; j < end; j++ {
		if sp := s.At(j); sp != nil {
			if sp.Kind == mentions.Title {
				return j
			}
			return i
		}
		// ("US Special Presidential Envoy NAME", "Vice Finance Minister
		// NAME": capitalised words of a title, none a name)
		if !s.Tokens[j].IsWord() {
			return i
		}
	}
	return i
}

// inRelativeClause reports whether token i lies in ", who ..." or ", which
// ..." not yet closed by a comma: "Umerov, who replaced Yermak as ...".
func inRelativeClause(s *mentions.Sentence, i, left int) bool {
	for k := i - 1; k >= left; k-- {
		switch s.Tokens[k].Lower() {
		case ",":
			return false
		case "who", "which", "whose", "whom":
			return k > 0 && s.Tokens[k-1].Text == ","
		}
	}
	return false
}

// sentBy reports whether the name at token i follows "representatives of"
// (or envoys, officials, ... of), past its titles and their country, and
// past the names listed before it ("representatives of the United States
// and China").
func sentBy(s *mentions.Sentence, i int) bool {
	k := i - 1
	for k >= 0 {
		if sp := s.At(k); sp != nil && (sp.Kind == mentions.Title || sp.Kind == mentions.Country || sp.Kind == mentions.Person) {
			k = sp.Start - 1
			continue
		}
		if w := s.Tokens[k].Lower(); w == "the" || w == "and" || w == "," {
			k--
			continue
		}
		break
	}
	return k >= 1 && (s.Tokens[k].Lower() == "of" || s.Tokens[k].Lower() == "from") && partyNouns[s.Tokens[k-1].Lower()]
}

// countryOf returns the entity of the one country the document gives
// person e a role in, or -1.
func countryOf(d *resolve.Doc, e int) int {
	key := ""
	for _, r := range d.Roles(e) {
		for _, c := range r.Countries {
			if key != "" && c != key {
				return -1
			}
			key = c
		}
	}
	for i, x := range d.Entities {
		if key != "" && x.Kind == model.Country && x.Key == key {
			return i
		}
	}
	return -1
}

// signVerbs make a meeting when their object is a negotiated text and the
// sentence says where.
var signVerbs = map[string]bool{"sign": true, "signed": true, "signs": true, "signing": true}

// presentVerbs hand a text to someone: "presented the plan to Zelenskyy".
var presentVerbs = map[string]bool{"presented": true, "presents": true, "present": true, "handed": true, "hands": true, "delivered": true, "delivers": true}

// presentsTextTo returns the token after "to" in "presented the plan to
// NAME" (a document or a text noun within four words of the verb at i,
// then "to"), or -1.
func presentsTextTo(s *mentions.Sentence, i int) int {
	for k := i + 1; k < len(s.Tokens) && k <= i+4; k++ {
		end := k + 1
		if sp := s.At(k); sp != nil && sp.Kind == mentions.Document {
			end = sp.End
		} else if !textNouns[s.Tokens[k].Lower()] {
			continue
		}
		if end+1 < len(s.Tokens) && s.Tokens[end].Lower() == "to" {
			return end + 1
		}
		return -1
	}
	return -1
}

// textNouns name a text one may hand over: "presented the plan to".
var textNouns = map[string]bool{"plan": true, "proposal": true, "proposals": true, "draft": true, "framework": true,
	"document": true, "text": true, "letter": true, "memorandum": true}

// teamWords after "negotiating" name a team or a process, not a meeting.
var teamWords = map[string]bool{"team": true, "teams": true, "track": true, "group": true, "groups": true, "position": true, "positions": true, "process": true, "mandate": true, "format": true, "partner": true, "partners": true}

// ledDelegationAt reports whether the lead verb at token i has a
// delegation for object, followed by where it was: "led the Ukrainian
// delegation in Geneva", "headed Kyiv's team at the Kremlin".
func ledDelegationAt(s *mentions.Sentence, i int) bool {
	for k := i + 1; k < len(s.Tokens) && k <= i+3; k++ {
		sp := s.At(k)
		if sp == nil || sp.Kind != mentions.Delegation {
			continue
		}
		j := sp.End
		if j+1 < len(s.Tokens) && (s.Tokens[j].Lower() == "in" || s.Tokens[j].Lower() == "at") {
			j++
			if s.At(j) == nil && s.Tokens[j].Lower() == "the" {
				j++
			}
			p := s.At(j)
			return p != nil && (p.Kind == mentions.Place || p.Seat())
		}
		return false
	}
	return false
}

// discussVerbs make a meeting when the sentence says where, and what was
// discussed is a text or an issue under negotiation.
var discussVerbs = map[string]bool{"discuss": true, "discussed": true, "discusses": true}

// signTexts are the negotiated texts whose signing brings the sides together.
var signTexts = map[string]bool{
	"agreement": true, "deal": true, "accord": true, "accords": true, "declaration": true, "treaty": true,
	"memorandum": true, "pact": true, "ceasefire": true, "truce": true, "protocol": true,
}

// signsText reports whether a negotiated text is the object of the signing
// verb at i: within the next four words, before the clause ends.
func signsText(s *mentions.Sentence, i int) bool {
	for k := i + 1; k < len(s.Tokens) && k <= i+4; k++ {
		w := s.Tokens[k].Lower()
		if signTexts[w] {
			return true
		}
		if !s.Tokens[k].IsWord() {
			return false
		}
	}
	return false
}

// signGap reports whether w may stand between a signing verb and the
// country it was signed in: the text signed and the day.
func signGap(w string) bool {
	if signTexts[w] || w == "a" || w == "an" || w == "the" || w == "on" || w == "joint" || w == "peace" || w == "final" {
		return true
	}
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	_, ok := dates.ParseMonth(w)
	return ok || dates.IsWeekday(w)
}

// objectVerbs make a meeting only with a party as their object.
var objectVerbs = map[string]bool{"receive": true, "received": true, "receives": true, "receiving": true, "host": true, "hosts": true, "hosted": true, "visited": true}

// partyAfter reports whether a party (person, delegation, country) follows
// the verb at t, past titles and possessors.
func partyAfter(d *resolve.Doc, si, t int) bool {
	s := &d.Sents[si]
	return len(list(d, si, t+1, min(len(s.Tokens), t+12))) > 0
}

// datelineEnd returns the token after a dateline that opens the sentence
// before token t ("SHARM EL-SHEIKH, Egypt — Israel and Hamas ...",
// "PUTRAJAYA, July 28 (Wire) - ..."), or 0.
func datelineEnd(s *mentions.Sentence, t int) int {
	for j := 0; j < min(t, 10); j++ {
		if mentions.IsDash(s.Tokens[j].Text) {
			return j + 1
		}
		// "PUTRAJAYA:", "NEW DELHI:": a town in capitals and a colon
		if s.Tokens[j].Text == ":" && j > 0 && capitalsBefore(s, j) {
			return j + 1
		}
	}
	return 0
}

// capitalsBefore reports whether the words before token j are written in
// capitals, as a dateline's town is.
func capitalsBefore(s *mentions.Sentence, j int) bool {
	for _, tok := range s.Tokens[:j] {
		if tok.Text != "," && (!tok.IsWord() || strings.ToUpper(tok.Text) != tok.Text) {
			return false
		}
	}
	return true
}

// membersOf returns the index of the organisation's span in "members of
// the (5+5) ORGANISATION" at token k, or -1.
func membersOf(s *mentions.Sentence, k, end int) int {
	if w := s.Tokens[k].Lower(); w != "members" && w != "member" || k+2 >= end || s.Tokens[k+1].Lower() != "of" {
		return -1
	}
	j := k + 2
	if s.Tokens[j].Lower() == "the" {
		j++
	}
	for j < end && j <= k+6 && strings.IndexFunc(s.Tokens[j].Text, unicode.IsLetter) < 0 {
		j++ // "5+5"
	}
	for q, sp := range s.Spans {
		if sp.Start == j && sp.Kind == mentions.Org {
			return q
		}
	}
	return -1
}

// partyNounAhead returns the token after a party noun that up to three
// lower-case words before end lead to ("internationally recognised
// government"), or i.
func partyNounAhead(s *mentions.Sentence, i, end int) int {
	for k := i; k < end && k <= i+3; k++ {
		t := s.Tokens[k]
		if s.At(k) != nil || t.Cap() || !t.IsWord() || t.Lower() == "and" {
			return i
		}
		if partyNouns[t.Lower()] {
			return k + 1
		}
	}
	return i
}

// dealReached reports whether sentence s opens with a deal that was
// reached: "The deal was reached ...", "The agreement came after ...".
func dealReached(s *mentions.Sentence) bool {
	if len(s.Tokens) < 4 || s.Tokens[0].Lower() != "the" {
		return false
	}
	switch s.Tokens[1].Lower() {
	case "deal", "agreement", "accord", "truce", "ceasefire", "exchange", "swap":
	default:
		return false
	}
	switch s.Tokens[2].Lower() {
	case "came":
		return true
	case "was":
		switch s.Tokens[3].Lower() {
		case "reached", "agreed", "struck", "sealed", "announced", "signed":
			return true
		}
	}
	return false
}

// leadSubject returns the parties a lead sentence opens with, before its
// first verb: "Israel and Hamas agreed ...", "US and Ukrainian negotiators
// said ...". Organisations count here (Hamas, the EU), as the subject of
// the news.
func leadSubject(d *resolve.Doc, si, t int) []int {
	s := &d.Sents[si]
	var out []int
	k := datelineEnd(s, t)
	for k < t {
		w := s.Tokens[k].Lower()
		if w == "and" || w == "," || w == "the" || w == "'s" {
			k++
			continue
		}
		// "Chief of the General Staff NAME": the institution of a title
		// describes the name that follows
		if prev := s.At(k - 1); w == "of" && k > 0 && prev != nil && prev.Kind == mentions.Title && prev.Plural {
			k++ // "The foreign ministers of Armenia and Azerbaijan": the countries take part
			continue
		}
		if prev := s.At(k - 1); w == "of" && k > 0 && prev != nil && prev.Kind == mentions.Title {
			k++
			if k < t && s.Tokens[k].Lower() == "the" && s.At(k) == nil {
				k++
			}
			// ("secretary of Ukraine's National Security and Defense
			// Council (NSDC)": the whole complement)
			for k < t {
				if o := s.At(k); o != nil && (o.Kind == mentions.Org || o.Kind == mentions.Country) {
					k = o.End
					continue
				}
				if w := s.Tokens[k].Text; w == "'s" || w == "’s" || w == "(" || w == ")" {
					k++
					continue
				}
				break
			}
			continue
		}
		sp := s.At(k)
		if sp == nil {
			// "The foreign ministers of Armenia and Azerbaijan initialled
			// ...": the countries the people are of
			if c := ofPartyNoun(s, k, t); c > k {
				k = c
				continue
			}
			// "Yemen's internationally recognised government and ...": the
			// words before a party noun
			if c := partyNounAhead(s, k, t); c > k {
				k = c
				continue
			}
			// "Members of the 5+5 Joint Military Commission met": the body
			if q := membersOf(s, k, t); q >= 0 {
				if e := d.Entity(si, q); e >= 0 && !slices.Contains(out, e) {
					out = append(out, e)
				}
				k = s.Spans[q].End
				continue
			}
			break
		}
		// a title, or a country or institution before one ("Kremlin envoy
		// NAME"), describes the name that follows
		if sp.Kind == mentions.Title || sp.Kind != mentions.Person && (s.TitleAt(sp.End) != nil || titleAhead(s, sp.End, min(t, sp.End+4)) > sp.End) {
			k = sp.End
			continue
		}
		// "Volodymyr Zelensky's chief of staff NAME": the possessor is
		// someone else
		if sp.Kind == mentions.Person && sp.Possessive {
			k = sp.End
			continue
		}
		// "The Kremlin talks": the seat of power before the trigger is
		// where, not who
		if sp.End == t && sp.Seat() {
			break
		}
		// "the Rwanda-backed M23": who backs a party is not one
		if sp.End+1 < t && s.Tokens[sp.End].Text == "-" && sentences.AgentSuffix(s.Tokens[sp.End+1].Text) {
			k = sp.End + 2
			continue
		}
		for q := range s.Spans {
			o := s.Spans[q]
			if o.Start != sp.Start {
				continue
			}
			switch o.Kind {
			case mentions.Delegation, mentions.Person, mentions.Org, mentions.Country:
				if e := d.Entity(si, q); e >= 0 && !slices.Contains(out, e) {
					out = append(out, e)
				}
			}
		}
		k = sp.End
		for q := range s.Spans {
			if s.Spans[q].Start == sp.Start && s.Spans[q].End > k {
				k = s.Spans[q].End
			}
		}
		if k < t && partyNouns[s.Tokens[k].Lower()] {
			k++
		}
	}
	return out
}

// warNouns name what happens at a place that talks are about.
var warNouns = map[string]bool{"war": true, "fighting": true, "conflict": true, "violence": true, "ceasefire": true, "truce": true,
	"hostilities": true, "offensive": true, "invasion": true, "occupation": true, "crisis": true, "bloodshed": true, "clashes": true,
	"situation": true, "tensions": true, "escalation": true, "de-escalation": true, "unrest": true}

// warBefore reports whether a war noun, past any words of direction, comes
// right before the preposition at token p ("the war in", "fighting in
// eastern"), or captives held there ("hostages held in").
func warBefore(s *mentions.Sentence, p int) bool {
	k := p - 1
	for k >= 0 {
		switch s.Tokens[k].Lower() {
		case "eastern", "western", "northern", "southern", "central":
			k--
			continue
		}
		break
	}
	if k >= 1 && s.Tokens[k].Lower() == "held" && captives[s.Tokens[k-1].Lower()] {
		return true // "the release of hostages held in Gaza"
	}
	return k >= 0 && warNouns[s.Tokens[k].Lower()]
}

// captives are held at a place talks are about.
var captives = map[string]bool{"hostages": true, "captives": true, "prisoners": true, "detainees": true, "civilians": true}

// placeNounBefore reports whether token p ("of") follows a noun that
// introduces a place: "resort of", "town of".
func placeNounBefore(s *mentions.Sentence, p int) bool {
	return mentions.PlaceNoun(s.Tokens[p-1].Lower())
}

// counterpartOf reports whether tokens from i read "his|her (ADJ)
// counterpart".
func counterpartOf(s *mentions.Sentence, i, end int) bool {
	if i >= end {
		return false
	}
	if w := s.Tokens[i].Lower(); w != "his" && w != "her" {
		return false
	}
	for k := i + 1; k < end && k <= i+3; k++ {
		if w := s.Tokens[k].Lower(); w == "counterpart" || w == "counterparts" {
			return true
		}
	}
	return false
}

// firstPerson returns the entity of the first person named before token t
// of sentence si, or -1.
func firstPerson(d *resolve.Doc, si, t int) int {
	s := &d.Sents[si]
	for k, sp := range s.Spans {
		if sp.Start < t && sp.Kind == mentions.Person {
			if e := d.Entity(si, k); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// modalVerbs after "could" or "might" leave a meeting hypothetical: "a
// summit could take place", "a trilateral meeting could follow".
var modalVerbs = map[string]bool{"take": true, "be": true, "happen": true, "go": true, "follow": true, "come": true, "occur": true, "start": true, "begin": true}

// hypothetical reports whether the meeting at trigger t is only supposed:
// after "if", "unless" or "whether" in its clause, after a modal ("should
// meet", "could meet", "were to meet"), "a possible meeting", a proposal
// ("proposed a meeting", "offered to host new talks", "ready for a
// meeting"), or one "not ruled out".
func hypothetical(s *mentions.Sentence, left, t, right int) bool {
	for k := left; k < t; k++ {
		switch w := s.Tokens[k].Lower(); w {
		case "if", "unless", "whether":
			return true
		case "should", "could", "might", "may", "must", "ought":
			if k >= t-3 && s.Tokens[k].Text != "May" { // the month
				return true
			}
		case "were", "was":
			if k+1 < t && s.Tokens[k+1].Lower() == "to" && k >= t-3 {
				return true
			}
		case "possible", "potential", "hypothetical", "eventual", "any":
			if k == t-1 {
				return true
			}
		case "no":
			// "no meeting between Putin and Trump was planned", "no new
			// talks"
			if k >= t-2 {
				return true
			}
		case "proposed", "proposes", "propose", "proposing", "suggested", "suggests", "offered", "offers", "sought", "seeks":
			// "Umerov proposed a meeting between the presidents", "offered to host new talks"
			if k >= t-4 {
				return true
			}
		case "ready", "willing", "prepared", "open":
			// "Kyiv was ready for a meeting", "willing to meet", "ready for
			// another round of trilateral talks"
			if k+1 < t && (k >= t-3 && s.Tokens[k+1].Lower() == "to" || k >= t-6 && s.Tokens[k+1].Lower() == "for") {
				return true
			}
		}
	}
	// "A summit between Trump and Putin could take place in Budapest", "a
	// trilateral meeting could follow"
	for k := t + 1; k+1 < right && k <= t+8; k++ {
		if w := s.Tokens[k].Lower(); (w == "could" || w == "might" || w == "may" && s.Tokens[k].Text != "May") &&
			modalVerbs[s.Tokens[k+1].Lower()] {
			return true
		}
	}
	// "Putin has met Witkoff six times since February": a count of
	// meetings, not one
	for k := t + 1; k < right && k <= t+6; k++ {
		if w := s.Tokens[k].Lower(); w == "times" && k > t+1 {
			if p := s.Tokens[k-1].Lower(); dates.Numbers[p] > 0 || p == "several" || p == "many" || p == "multiple" || p[0] >= '0' && p[0] <= '9' {
				return true
			}
		}
	}
	// "a trilateral meeting ... has not been ruled out"
	for k := t + 1; k+1 < right; k++ {
		if s.Tokens[k].Lower() == "ruled" && s.Tokens[k+1].Lower() == "out" {
			return true
		}
	}
	return false
}
