// Package dates finds date expressions in sentences ("on Tuesday", "earlier
// this week", "today, December 6", "22 December", "last month") and resolves
// them against an article's anchor date, which it also works out: the
// header's date, "today" in the text, the text's own dates, or a dateline.
package dates

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"kg/internal/lower"
	"kg/internal/pattern"
	"kg/internal/phrase"
	"kg/model"
)

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}

// Numbers are the number words date and meeting phrases use.
var Numbers = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

const monthRe = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`

var (
	mdyRe      = pattern.MustCompile(`\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:\s*(?:-|–|and|to)\s*(\d{1,2})\b)?(?:,?\s+(\d{4})\b)?`)
	dmyRe      = pattern.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|and|to)\s*(\d{1,2}))?\s+(?:of\s+)?` + monthRe + `(?:,?\s+(\d{4})\b)?`)
	isoRe      = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	monthOnly  = pattern.MustCompile(`\b(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id)\s+|[Mm]id-)` + monthRe + `(?:\s+(\d{4}))?\b`)
	weekdayRe  = pattern.MustCompile(`\b(?:(?:on|On|last|next|this|Last|Next|This)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	todayRe    = pattern.MustCompile(`\b([Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\b`)
	weekRe     = pattern.MustCompile(`\b(earlier this week|later this week|later in the week|earlier in the week|this week|last week|next week|over the weekend|this past weekend|the past weekend|this weekend|last weekend|next weekend|at the weekend|on the weekend|earlier this month|later this month|earlier in the month|later in the month|end of the month|end of this month|last month|this month|next month)\b`)
	pastDaysRe = pattern.MustCompile(`\b(?:the )?(?:past|last|previous)\s+(two|three|four|five|six|seven|\d)\s+days\b`)
)

// FindDates returns the date expressions of a sentence that starts at byte
// offset base of its document.
func FindDates(text string, base int) []model.DateRef {
	if !mayHaveDate(text) {
		return nil
	}
	return findDates(text, base)
}

// dateWords are the stems every date expression contains (lower case).
var dateWords = phrase.New("day", "week", "month", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "tonight", "tomorrow")

// DayWord reports whether a word names a day or part of a date: a
// weekday, a month, a year or a day's number ("Tuesday", "Dec.", "2").
func DayWord(w string) bool {
	if _, ok := weekdays[strings.ToLower(w)]; ok {
		return true
	}
	if n, err := strconv.Atoi(strings.TrimRight(w, ",")); err == nil {
		return n > 0 && n <= 31 || n >= 1900 && n <= 2100
	}
	return YearOrMonth(w)
}

// YearOrMonth reports whether a word names a year ("2014") or, written
// with a capital, a month ("March"): a time a sentence is set in, though
// not a day.
func YearOrMonth(w string) bool {
	if len(w) == 4 {
		if y, err := strconv.Atoi(w); err == nil {
			return y >= 1900 && y <= 2100
		}
	}
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	_, ok := months[strings.ToLower(strings.TrimSuffix(w, "."))]
	return ok
}

// isoDates returns isoRe's matches in text. The pattern runs only where
// the text has the shape it needs, four digits, a hyphen, two digits, a
// hyphen and two digits: most sentences with a digit have none.
func isoDates(text string) [][]int {
	digits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	for i := 0; ; i++ {
		d := strings.IndexByte(text[i:], '-')
		if d < 0 {
			return nil
		}
		i += d
		if i >= 4 && i+6 <= len(text) && text[i+3] == '-' && digits(text[i-4:i]) && digits(text[i+1:i+3]) && digits(text[i+4:i+6]) {
			return isoRe.FindAllStringSubmatchIndex(text, -1)
		}
	}
}

// mayHaveDate is a cheap test that lets most sentences skip the regular
// expressions: a date needs a digit or one of dateWords.
func mayHaveDate(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= '0' && c <= '9' {
			return true
		}
	}
	return dateWords.InFold(text)
}

// weekKinds are the kinds of the weeks and months weekRe finds.
var weekKinds = map[string]string{
	"earlier this week": "earlier-this-week", "later this week": "this-week", "later in the week": "this-week", "earlier in the week": "earlier-this-week", "this week": "this-week",
	"last week": "last-week", "next week": "next-week", "over the weekend": "weekend", "this weekend": "this-weekend", "this past weekend": "weekend", "the past weekend": "weekend",
	"last weekend": "weekend", "next weekend": "next-weekend", "at the weekend": "weekend", "on the weekend": "weekend",
	"last month": "last-month", "this month": "this-month", "next month": "next-month",
	"earlier this month": "this-month", "later this month": "this-month", "earlier in the month": "this-month", "later in the month": "this-month",
	"end of the month": "this-month", "end of this month": "this-month",
}

func findDates(text string, base int) []model.DateRef {
	// the sentence's tense, and which bytes a date has taken, are worked
	// out at its first date: most sentences looked at have none
	tense := 0
	tenseOf := func() int {
		if tense == 0 {
			tense = -1
			if Future(text) {
				tense = 1
			}
		}
		return tense
	}
	var out []model.DateRef
	var taken []bool
	take := func(loc []int) bool {
		if taken == nil {
			taken = make([]bool, len(text)+1)
		}
		for i := loc[0]; i < loc[1]; i++ {
			if taken[i] {
				return false
			}
		}
		for i := loc[0]; i < loc[1]; i++ {
			taken[i] = true
		}
		return true
	}
	add := func(loc []int, r model.DateRef) {
		if !take(loc[:2]) {
			return
		}
		r.Text, r.Start, r.Tense = text[loc[0]:loc[1]], base+loc[0], tenseOf()
		if strings.HasPrefix(r.Kind, "next-") {
			r.Tense = 1 // "agreed to meet again next week"
		}
		// '"Contacts will continue," the aide said, adding that the talks
		// on Tuesday had been useful': a quotation's future is its own
		if tenseOf() > 0 && (!Future(quoteFree(text, loc[0], loc[1])) || !Future(text[:clauseEnd(text, loc[1])])) {
			r.Tense = -1
		}
		out = append(out, r)
	}
	low := asciiLower(text)
	digits := strings.ContainsAny(text, "0123456789")
	// month names are written with a capital: look for those, not for
	// "mar" in "summary" or "may" the verb
	hasMonth := monthStemSet.In(text)
	if !digits {
		goto relative
	}
	for _, m := range isoDates(text) {
		y, _ := strconv.Atoi(text[m[2]:m[3]])
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		d, _ := strconv.Atoi(text[m[6]:m[7]])
		add(m, model.DateRef{Kind: "absolute", Year: y, Month: mo, Day: d})
	}
	if !hasMonth {
		goto relative
	}
	for _, re := range []*pattern.Pattern{mdyRe, dmyRe} {
		for _, m := range around(re, text, text, monthStems, 20, 20) {
			// groups: month, day, second day, year (dmy: day, second day, month, year)
			var mon, day, day2 string
			if re == mdyRe {
				mon, day, day2 = text[m[2]:m[3]], text[m[4]:m[5]], group(text, m, 3)
			} else {
				day, day2, mon = text[m[2]:m[3]], group(text, m, 2), text[m[6]:m[7]]
			}
			d, _ := strconv.Atoi(day)
			r := model.DateRef{Kind: "absolute", Month: months[strings.ToLower(strings.TrimSuffix(mon, "."))], Day: d}
			if y := group(text, m, 4); y != "" {
				r.Year, _ = strconv.Atoi(y)
			}
			if d < 1 || d > 31 {
				continue
			}
			// "December 20 and 21", "14-15 December": a span of days
			if d2, _ := strconv.Atoi(day2); d2 > d && d2 <= 31 {
				r.N = d2 - d
			}
			// "today, December 6"
			if i := m[0]; i >= 7 && strings.HasSuffix(strings.ToLower(strings.TrimRight(text[:i], " ,")), "today") {
				r.Today = true
			}
			add(m, r)
		}
	}
relative:
	if hasMonth {
		for _, m := range around(monthOnly, text, text, monthStems, 20, 20) {
			r := model.DateRef{Kind: "month", Month: months[strings.ToLower(strings.TrimSuffix(text[m[2]:m[3]], "."))]}
			if m[4] >= 0 {
				r.Year, _ = strconv.Atoi(text[m[4]:m[5]])
			}
			add([]int{m[2], m[1]}, r)
		}
	}
	if !relativeWords.In(low) {
		sortDates(out)
		return out
	}
	if !strings.Contains(low, " days") {
		goto weeks
	}
	for _, m := range around(pastDaysRe, text, low, []string{" days"}, 30, 5) {
		w := text[m[2]:m[3]]
		n, ok := Numbers[w]
		if !ok {
			n, _ = strconv.Atoi(w)
		}
		add(m, model.DateRef{Kind: "past-days", N: n})
	}
weeks:
	if !weekWords.In(low) {
		goto weekdays
	}
	// on the lower-cased text: "Last week's talks" open a sentence
	for _, m := range around(weekRe, low, low, []string{"week", "month"}, 20, 8) {
		w := low[m[2]:m[3]]
		kind := weekKinds[w]
		add(m, model.DateRef{Kind: kind})
	}
weekdays:
	if !weekdayNameSet.In(low) {
		goto offsets
	}
	for _, m := range around(weekdayRe, text, low, weekdayNames, 10, 10) {
		r := model.DateRef{Kind: "weekday", Weekday: weekdays[strings.ToLower(text[m[2]:m[3]])]}
		lead := strings.ToLower(text[m[0]:m[2]])
		add(m, r)
		if len(out) > 0 && out[len(out)-1].Start == base+m[0] {
			switch strings.TrimSpace(lead) {
			case "next":
				out[len(out)-1].Tense = 1
			case "last":
				out[len(out)-1].Tense = -1
			case "on", "On", "":
				if tenseOf() < 0 && presentToCome(text[:m[0]]) {
					out[len(out)-1].Tense = 1
				}
			}
		}
	}
offsets:
	if !dayWords.In(low) {
		sortDates(out)
		return out
	}
	for _, m := range around(todayRe, text, low, []string{"today", "tonight", "yesterday", "tomorrow"}, 2, 2) {
		n := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[strings.ToLower(text[m[2]:m[3]])]
		if n == 0 && todayDated(out, base+m[1]) {
			continue // "today, December 6" is the date that follows
		}
		add(m, model.DateRef{Kind: "offset", N: n})
	}
	sortDates(out)
	return out
}

func sortDates(ds []model.DateRef) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Start < ds[j-1].Start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// Day is a calendar date; the zero Day is unknown.
type Day = time.Time

// Resolve turns a date expression into the first and last day it names,
// given the document's anchor (publication) date and a reference date for
// years (the anchor when it is known, else the latest date of the corpus).
// ok is false when the text does not allow a date.
func Resolve(r model.DateRef, anchor, ref time.Time) (from, to time.Time, ok bool) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	switch r.Kind {
	case "absolute":
		if r.Year > 0 {
			t := day(r.Year, r.Month, r.Day)
			return t, t.AddDate(0, 0, r.N), true
		}
		base := anchor
		if base.IsZero() {
			base = ref
		}
		if base.IsZero() {
			return from, to, false
		}
		t := nearestYear(r.Month, r.Day, base, r.Tense)
		return t, t.AddDate(0, 0, r.N), true
	case "month":
		base := anchor
		if base.IsZero() {
			base = ref
		}
		y := r.Year
		if y == 0 {
			if base.IsZero() {
				return from, to, false
			}
			y = base.Year()
			switch {
			case r.Month > int(base.Month()) && r.Tense <= 0:
				y--
			case r.Month < int(base.Month()) && r.Tense > 0:
				y++ // "will meet in early January", in December
			}
		}
		f := day(y, r.Month, 1)
		return f, f.AddDate(0, 1, -1), true
	}
	if anchor.IsZero() {
		return from, to, false
	}
	a := anchor
	switch r.Kind {
	case "offset":
		t := a.AddDate(0, 0, r.N)
		return t, t, true
	case "article-day":
		return a, a, true // the news of the day: a vague date, the article's
	case "weekday":
		diff := (int(a.Weekday()) - r.Weekday + 7) % 7
		if r.Tense > 0 {
			f := (r.Weekday - int(a.Weekday()) + 7) % 7
			t := a.AddDate(0, 0, f)
			return t, t, true
		}
		t := a.AddDate(0, 0, -diff)
		return t, t, true
	case "earlier-this-week", "this-week":
		mon := a.AddDate(0, 0, -((int(a.Weekday()) + 6) % 7))
		if r.Kind == "earlier-this-week" {
			end := a.AddDate(0, 0, -1)
			if end.Before(mon) {
				end = mon
			}
			return mon, end, true
		}
		if strings.HasPrefix(strings.ToLower(r.Text), "later") && a.Before(mon.AddDate(0, 0, 6)) {
			return a.AddDate(0, 0, 1), mon.AddDate(0, 0, 6), true // the days still to come
		}
		return mon, mon.AddDate(0, 0, 6), true
	case "last-week":
		mon := a.AddDate(0, 0, -((int(a.Weekday())+6)%7)-7)
		return mon, mon.AddDate(0, 0, 6), true
	case "next-week":
		mon := a.AddDate(0, 0, 7-((int(a.Weekday())+6)%7))
		return mon, mon.AddDate(0, 0, 6), true
	case "weekend":
		// the weekend on or before the anchor; ahead of it when future
		sat := a.AddDate(0, 0, -((int(a.Weekday()) + 1) % 7))
		if r.Tense > 0 && a.Weekday() != time.Saturday && a.Weekday() != time.Sunday {
			sat = a.AddDate(0, 0, (6-int(a.Weekday())+7)%7)
		}
		return sat, sat.AddDate(0, 0, 1), true
	case "next-weekend":
		sat := a.AddDate(0, 0, (6-int(a.Weekday())+7)%7)
		return sat, sat.AddDate(0, 0, 1), true
	case "this-weekend":
		// the weekend of the anchor's week (Monday to Sunday): on a
		// Wednesday "this weekend" is the coming one, on a Sunday this one
		mon := a.AddDate(0, 0, -((int(a.Weekday()) + 6) % 7))
		return mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6), true
	case "past-days":
		return a.AddDate(0, 0, -r.N+1), a, true
	case "last-month", "this-month", "next-month":
		m := map[string]int{"last-month": -1, "this-month": 0, "next-month": 1}[r.Kind]
		f := time.Date(a.Year(), a.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, m, 0)
		last := f.AddDate(0, 1, -1)
		// "earlier this month": the days gone by; "later this month": the
		// days to come
		if r.Kind == "this-month" {
			switch low := strings.ToLower(r.Text); {
			case strings.HasPrefix(low, "earlier") && a.After(f):
				return f, a.AddDate(0, 0, -1), true
			case strings.HasPrefix(low, "later") && a.Before(last):
				return a.AddDate(0, 0, 1), last, true
			case strings.HasPrefix(low, "end of"):
				return last.AddDate(0, 0, -9), last, true // its last ten days
			}
		}
		return f, last, true
	}
	return from, to, false
}

// nearestYear places a month and day in the year that puts it closest to
// base: in the past for past-tense sentences, within a few weeks ahead for
// future ones.
func nearestYear(m, d int, base time.Time, tense int) time.Time {
	best := time.Time{}
	for y := base.Year() - 1; y <= base.Year()+1; y++ {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if best.IsZero() || absDays(t.Sub(base)) < absDays(best.Sub(base)) {
			best = t
		}
	}
	// told in the past, a day more than a month ahead is last year's: a
	// year-end review's "Feb. 18 — delegations meet in Riyadh"
	if tense < 0 && best.Sub(base) > 30*24*time.Hour {
		best = best.AddDate(-1, 0, 0)
	}
	return best
}

func absDays(d time.Duration) float64 {
	if d < 0 {
		d = -d
	}
	return d.Hours() / 24
}

// ParseDate reads a date written in a header or dateline ("2025-12-06",
// "December 6, 2025", "Sunday, January 11, 2026", "6 December 2025",
// RFC 3339) and returns it as ISO YYYY-MM-DD.
func ParseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "2006/01/02", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	if iso, ok := numericDate(s); ok {
		return iso, true
	}
	// "DECEMBER 18, 2025": months are found by their capital
	if strings.ToUpper(s) == s {
		s = titleCase(s)
	}
	for _, r := range FindDates(s, 0) {
		if r.Kind == "absolute" && r.Year > 0 {
			t := time.Date(r.Year, time.Month(r.Month), r.Day, 0, 0, 0, 0, time.UTC)
			if t.Month() != time.Month(r.Month) {
				return "", false
			}
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

// titleCase writes each word of s with a capital and the rest in lower
// case.
func titleCase(s string) string {
	b := []byte(strings.ToLower(s))
	for i := range b {
		if (i == 0 || b[i-1] == ' ') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// numericRe finds a date of digits: "14.09.2025", "09/14/2025".
var numericRe = regexp.MustCompile(`(?:^|[^\d./])(\d{1,2})([./])(\d{1,2})[./](\d{4})(?:$|[^\d./])`)

// numericDate reads a date written in digits. Dots are day.month.year, as
// in Europe; with slashes the order shows only when one number is over 12
// (09/14/2025 is American, 14/09/2025 British), and an ambiguous one is
// not read.
func numericDate(s string) (string, bool) {
	m := numericRe.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[3])
	y, _ := strconv.Atoi(m[4])
	day, month := a, b
	if m[2] == "/" {
		switch {
		case a > 12 && b <= 12:
		case b > 12 && a <= 12:
			day, month = b, a
		default:
			return "", false
		}
	}
	t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if month < 1 || month > 12 || t.Day() != day {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// todayDated reports whether a date marked as today starts within a few
// bytes after offset end.
func todayDated(refs []model.DateRef, end int) bool {
	for _, r := range refs {
		if r.Today && r.Start >= end && r.Start <= end+3 {
			return true
		}
	}
	return false
}

// planVerbs are verbs of going and meeting whose present tense, with a
// weekday, tells what is planned: "NAME heads to Washington for talks on
// Monday", "the delegation arrives in Doha on Sunday".
var planVerbs = map[string]bool{
	"heads": true, "arrives": true, "meets": true, "hosts": true, "travels": true, "flies": true, "visits": true,
	"holds": true, "begins": true, "opens": true, "starts": true, "resumes": true, "returns": true, "convenes": true,
	"head": true, "arrive": true, "meet": true, "travel": true, "fly": true, "begin": true, "open": true, "resume": true, "convene": true,
}

// presentToCome reports whether before, a sentence up to a weekday, tells
// of the weekday in the present of a plan: its clause has a present verb
// of planVerbs, or a verb in the present progressive, and no verb in the
// past ("met", "visited"). News tells
// what happened in the past tense; a headline's present without a day
// ("Israeli team heads to Cairo") is the day's news and is not read here.
func presentToCome(before string) bool {
	if i := strings.LastIndexAny(before, ";—–"); i >= 0 {
		before = before[i:]
	}
	present, be, det := false, false, false
	for _, w := range strings.Fields(before) {
		w = strings.Trim(w, ",.:\"'“”‘’()")
		low := lower.String(w)
		switch {
		// ("a revised proposal": a participle after a determiner is no verb)
		case pastVerbs[low], w == low && len(w) > 3 && strings.HasSuffix(w, "ed") && !det:
			return false
		case planVerbs[low], be && len(low) > 4 && strings.HasSuffix(low, "ing"):
			// "heads to", "is travelling to", "is weighing a proposal
			// ahead of a meeting"
			present = true
		}
		be = low == "is" || low == "are"
		det = determiners[low]
	}
	return present
}

// determiners open a noun phrase.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true, "our": true}

// pastVerbs are irregular past forms that rule out a present of plans.
var pastVerbs = map[string]bool{"met": true, "held": true, "was": true, "were": true, "had": true, "led": true, "went": true,
	"flew": true, "began": true, "came": true, "took": true, "said": true, "told": true, "left": true, "spoke": true, "sat": true}

// futurePhrases are the words that tell of the future, each a whole word
// or words (case matters: "Will" opening a sentence is a name as often).
var futurePhrases = []string{"will", "'ll", "scheduled", "expected to", "is expected", "are expected", "was expected", "were expected", "set to", "due to",
	"is due", "are due", "was due", "is planned", "are planned", "is to hold", "are to hold",
	"plans to meet", "plan to meet", "planning to meet", "plans to visit", "plan to visit", "plans to travel", "plan to travel",
	"plans to hold", "plan to hold",
	"are to meet", "is to meet", "agreed to meet", "to meet again", "to be held", "going to", "upcoming",
	"would be held", "would take place", "would meet", "would resume", "would convene", "would be hosted", "would continue", "would hold",
	"next meeting", "next meetings", "next round", "next rounds", "next session", "next sessions"}

// quoteFree returns the part of text around [i, j) that no quotation mark
// divides from it.
func quoteFree(text string, i, j int) string {
	const marks = "\"“”"
	a := strings.LastIndexAny(text[:i], marks) + 1
	b := len(text)
	if k := strings.IndexAny(text[j:], marks); k >= 0 {
		b = j + k
	}
	return text[a:b]
}

// clauseEnd returns where the clause that ends at byte i ends: at a comma
// that opens a clause of its own ("ended the talks on Sunday, with both
// sides saying they would meet again"), or at the end of the text.
func clauseEnd(text string, i int) int {
	for {
		k := strings.Index(text[i:], ", ")
		if k < 0 {
			return len(text)
		}
		i += k + 2
		w := text[i:]
		if sp := strings.IndexAny(w, " ,."); sp >= 0 {
			w = w[:sp]
		}
		switch w {
		case "with", "saying", "adding", "while", "but", "though", "although", "as", "after", "and":
			return i - 2
		}
	}
}

// Future reports whether a sentence speaks of the future ("will meet",
// "scheduled", "expected to").
func Future(s string) bool {
	// most sentences hold none of the phrases: one pass over the text
	// tells, instead of a search for each first word
	return futureSet.In(s) && future(s)
}

// futureSet finds the future phrases anywhere, even inside a word.
var futureSet = phrase.New(futurePhrases...)

// future is Future without the one-pass test.
func future(s string) bool {
	for _, g := range futureHeads {
		// (a head found inside another occurrence of itself is inside a
		// word, and begins no phrase)
		for i := range phrase.Occurrences(s, g.head) {
			if !wordEdge(s, i) {
				continue
			}
			for _, rest := range g.rests {
				if e := i + len(g.head) + len(rest); strings.HasPrefix(s[i+len(g.head):], rest) && wordEdge(s, e) &&
					!(g.head == "scheduled" && asPlanned(s[:i])) {
					return true
				}
			}
		}
	}
	return false
}

// futureHead is the first word of future phrases and what may follow it
// ("" when the word alone tells of the future).
type futureHead struct {
	head  string
	rests []string
}

// futureHeads are futurePhrases grouped by their first word, so Future
// looks for each first word once ("is expected", "is due", "is to hold").
var futureHeads = func() []futureHead {
	var out []futureHead
	at := map[string]int{}
	for _, p := range futurePhrases {
		head, rest, _ := strings.Cut(p, " ")
		if rest != "" {
			rest = " " + rest
		}
		if _, ok := at[head]; !ok {
			at[head] = len(out)
			out = append(out, futureHead{head: head})
		}
		out[at[head]].rests = append(out[at[head]].rests, rest)
	}
	return out
}()

// asPlanned reports whether before, the text before "scheduled", ends
// with "than" or "as": "a day later than scheduled", "went ahead as
// scheduled" tell of no meeting to come.
func asPlanned(before string) bool {
	for _, w := range []string{"than ", "as "} {
		if strings.HasSuffix(before, w) && wordEdge(before, len(before)-len(w)) {
			return true
		}
	}
	return false
}

// wordEdge reports whether a word starts or ends at byte i of s, as \b
// matches in a regular expression.
func wordEdge(s string, i int) bool {
	before := i > 0 && pattern.WordByte(s[i-1])
	after := i < len(s) && pattern.WordByte(s[i])
	return before != after
}

var (
	monthStems   = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	weekdayNames = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

	// the words each kind of date needs, looked for before its patterns
	// run: most sentences have none
	monthStemSet   = phrase.New(monthStems...)
	weekdayNameSet = phrase.New(weekdayNames...)
	relativeWords  = phrase.New("day", "week", "month", "tonight", "tomorrow")
	weekWords      = phrase.New("week", "month")
	dayWords       = phrase.New("today", "tonight", "yesterday", "tomorrow")
)

// asciiLower lower-cases ASCII letters only, so byte offsets stay the same.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// around runs re only on the stretches of text around the anchors (found in
// in: text itself, or its ASCII lower case): from a word boundary at most before
// bytes ahead of an anchor to one at most after bytes past it. The matches
// are those re finds in the whole text there, with offsets into text; it is
// much cheaper than running every pattern over every sentence.
func around(re *pattern.Pattern, text, in string, anchors []string, before, after int) [][]int {
	type window struct{ s, e int }
	var ws []window
	for _, a := range anchors {
		for p := range phrase.Occurrences(in, a) {
			s, e := max(0, p-before), min(len(text), p+len(a)+after)
			for s > 0 && text[s-1] != ' ' {
				s--
			}
			for e < len(text) && text[e] != ' ' {
				e++
			}
			ws = append(ws, window{s, e})
		}
	}
	if len(ws) == 0 {
		return nil
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i].s < ws[j].s })
	merged := ws[:1]
	for _, w := range ws[1:] {
		last := &merged[len(merged)-1]
		if w.s <= last.e {
			last.e = max(last.e, w.e)
			continue
		}
		merged = append(merged, w)
	}
	var out [][]int
	for _, w := range merged {
		for _, m := range re.FindAllSubmatchIndex(text[w.s:w.e]) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += w.s
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// group returns submatch i of m in text, or "".
func group(text string, m []int, i int) string {
	if 2*i+1 >= len(m) || m[2*i] < 0 {
		return ""
	}
	return text[m[2*i]:m[2*i+1]]
}

// ParseMonth returns the month a lower-case word names ("october", "oct").
func ParseMonth(w string) (int, bool) {
	m, ok := months[strings.TrimSuffix(w, ".")]
	return m, ok
}

// IsWeekday reports whether a lower-case word is the name of a weekday.
func IsWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}
