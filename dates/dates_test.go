package dates

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"kg/internal/pattern"
	"kg/internal/sample"
	"kg/model"
)

func day(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

func TestResolveDates(t *testing.T) {
	anchor := day("2025-12-06") // a Saturday
	tests := []struct {
		sentence string
		from, to string
	}{
		{"Witkoff spent five hours in Moscow on Tuesday.", "2025-12-02", "2025-12-02"},
		{"Officials will meet for a third day on Saturday.", "2025-12-06", "2025-12-06"},
		{"They will meet again on Monday.", "2025-12-08", "2025-12-08"},
		{"The sides ended talks on Tuesday, with both saying they would meet again.", "2025-12-02", "2025-12-02"},
		{"The sides will meet on Tuesday, and the talks are expected to last a day.", "2025-12-09", "2025-12-09"},
		{"On Tuesday, the sides will meet again.", "2025-12-09", "2025-12-09"},
		{"\"Contacts will continue,\" he said, adding that the talks on Tuesday had been useful.", "2025-12-02", "2025-12-02"},
		{"They met earlier this week.", "2025-12-01", "2025-12-05"},
		{"Last week's talks in Abu Dhabi paved the way.", "2025-11-24", "2025-11-30"},
		{"They will meet later this week.", "2025-12-07", "2025-12-07"},
		{"They were expected to meet later in the week.", "2025-12-07", "2025-12-07"},
		{"They met earlier in the week.", "2025-12-01", "2025-12-05"},
		{"They will meet this week.", "2025-12-01", "2025-12-07"},
		{"A round has been ongoing for the past two days.", "2025-12-05", "2025-12-06"},
		{"The parties meet in Florida today, December 6.", "2025-12-06", "2025-12-06"},
		{"He will report to Putin on 22 December.", "2025-12-22", "2025-12-22"},
		{"The plan leaked in November.", "2025-11-01", "2025-11-30"},
		{"The talks took place on January 3, 2024.", "2024-01-03", "2024-01-03"},
		{"The summit was yesterday.", "2025-12-05", "2025-12-05"},
		{"They talked last month.", "2025-11-01", "2025-11-30"},
		{"Earlier this month, the sides met in Jeddah.", "2025-12-01", "2025-12-05"},
		{"They will meet again later this month.", "2025-12-07", "2025-12-31"},
		{"They will meet this month.", "2025-12-01", "2025-12-31"},
		{"They are due to meet at the end of the month.", "2025-12-22", "2025-12-31"},
		{"Envoys met in Geneva on Nov 30.", "2025-11-30", "2025-11-30"},
		{"The round took place in Miami on December 20 and 21.", "2025-12-20", "2025-12-21"},
		{"Talks ran on 14-15 December in Berlin.", "2025-12-14", "2025-12-15"},
		{"Envoys met in Geneva on Nov. 30.", "2025-11-30", "2025-11-30"},
		{"Envoys met in Geneva this past weekend.", "2025-12-06", "2025-12-07"},
		{"Envoys will meet in Geneva this weekend.", "2025-12-06", "2025-12-07"},
		// a present of plans with a weekday is to come; a past verb is not
		{"Zelensky heads to Washington for talks with Trump on Monday.", "2025-12-08", "2025-12-08"},
		{"Trump hosts Zelensky at the White House on Friday.", "2025-12-12", "2025-12-12"},
		{"An Israeli delegation arrives in Doha on Sunday for talks.", "2025-12-07", "2025-12-07"},
		{"The delegation that arrived in Doha meets Hamas on Tuesday.", "2025-12-02", "2025-12-02"},
		{"Zelensky says the talks on Tuesday were useful.", "2025-12-02", "2025-12-02"},
		{"The US is weighing a revised proposal ahead of a meeting in Geneva on Sunday.", "2025-12-07", "2025-12-07"},
		{"The two sides are meeting in Geneva on Tuesday.", "2025-12-09", "2025-12-09"},
		{"Envoys who were meeting in Geneva on Tuesday left early.", "2025-12-02", "2025-12-02"},
	}
	for _, tt := range tests {
		refs := FindDates(tt.sentence, 0)
		if len(refs) != 1 {
			t.Errorf("%q: %d date expressions, want 1: %+v", tt.sentence, len(refs), refs)
			continue
		}
		from, to, ok := Resolve(refs[0], anchor, anchor)
		if !ok || from.Format("2006-01-02") != tt.from || to.Format("2006-01-02") != tt.to {
			t.Errorf("%q: got %s..%s ok=%v, want %s..%s", tt.sentence, from.Format("2006-01-02"), to.Format("2006-01-02"), ok, tt.from, tt.to)
		}
	}
}

// TestNextIsToCome: "next week" is to come whatever the verb's tense.
func TestNextIsToCome(t *testing.T) {
	for _, text := range []string{"The parties agreed to meet again next week.", "They said talks resume next month."} {
		refs := FindDates(text, 0)
		if len(refs) != 1 || refs[0].Tense != 1 {
			t.Errorf("%q: %+v, want one date to come", text, refs)
		}
	}
}

func TestWeekend(t *testing.T) {
	refs := FindDates("Talks were held over the weekend.", 0)
	for anchor, want := range map[string]string{"2025-12-21": "2025-12-20", "2025-12-22": "2025-12-20", "2025-12-18": "2025-12-13"} {
		from, to, ok := Resolve(refs[0], day(anchor), day(anchor))
		if !ok || from.Format("2006-01-02") != want || to.Sub(from) != 24*time.Hour {
			t.Errorf("anchor %s: weekend %s..%s, want from %s", anchor, from.Format("2006-01-02"), to.Format("2006-01-02"), want)
		}
	}
}

// TestWeekendOfTheWeek: on a Wednesday "this weekend" is the coming one,
// "this past weekend" the one before.
func TestWeekendOfTheWeek(t *testing.T) {
	wed := day("2026-01-28")
	for text, want := range map[string]string{"Talks open this weekend.": "2026-01-31", "Talks opened this past weekend.": "2026-01-24"} {
		refs := FindDates(text, 0)
		if len(refs) != 1 {
			t.Fatalf("%q: %+v", text, refs)
		}
		if from, _, ok := Resolve(refs[0], wed, wed); !ok || from.Format("2006-01-02") != want {
			t.Errorf("%q: from %s, want %s", text, from.Format("2006-01-02"), want)
		}
	}
}

// TestMonthToCome: a month to come before the article's month is next
// year's ("in early January", in December).
func TestMonthToCome(t *testing.T) {
	r := FindDates("They will meet in early January.", 0)[0]
	r.Tense = 1
	if from, _, ok := Resolve(r, day("2025-12-08"), day("2025-12-08")); !ok || from.Format("2006-01-02") != "2026-01-01" {
		t.Errorf("from %s, want 2026-01-01", from.Format("2006-01-02"))
	}
}

func TestNoAnchorNoDate(t *testing.T) {
	refs := FindDates("They met on Friday in Istanbul.", 0)
	if len(refs) != 1 {
		t.Fatalf("refs %+v", refs)
	}
	if _, _, ok := Resolve(refs[0], time.Time{}, time.Time{}); ok {
		t.Error("a weekday without an anchor date must stay unresolved")
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2025-12-06":               "2025-12-06",
		"Sunday, January 11, 2026": "2026-01-11",
		"6 December 2025":          "2025-12-06",
		"2025-12-06T10:00:00Z":     "2025-12-06",
		"14.09.2025 | 18:20":       "2025-09-14",
		"Published: 09/14/2025":    "2025-09-14",
		"14/09/2025":               "2025-09-14",
		"DECEMBER 18, 2025":        "2025-12-18",
	} {
		if got, ok := ParseDate(in); !ok || got != want {
			t.Errorf("ParseDate(%q) = %q, %v", in, got, ok)
		}
	}
	for _, bad := range []string{"yesterday", "2025-13-45", "February 30, 2025", "", "03/04/2025", "31.02.2025", "12.13.2025"} {
		if got, ok := ParseDate(bad); ok {
			t.Errorf("ParseDate(%q) = %q, want failure", bad, got)
		}
	}
}

func TestFuture(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The envoys will meet in Geneva.", true},
		{"He said a new round would take place in Skopje next month.", true},
		{"The next meeting of the chief negotiators is in April.", true},
		{"The talks were scheduled for Friday.", true},
		{"He said he would not sign anything.", false},
		{"They agreed their trade officials would continue talks.", true},
		{"The envoys met in Geneva on Tuesday.", false},
		{"A third round is expected in Cairo in October.", true},
		{"The talks in Cairo went as expected in the end.", false},
		// a match runs from at most four bytes before the word Future
		// looks for to at most 24 after it
		{"Delegations are expected in Cairo.", true},
		{"The next round would be hosted by Qatar.", true},
		{"The sides will hold their next sessions in Doha.", true},
		{"It was a goodwill gesture.", false},
		{"A meeting of foreign ministers is to be held in Tianjin on Thursday.", true},
	} {
		if got := Future(tc.text); got != tc.want {
			t.Errorf("Future(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestAnchorWithoutYear(t *testing.T) {
	// "Feb 18 (Reuters) -" in a corpus whose latest dated day is 6 January
	// 2026: the article is from February 2025, not 2026
	f := model.Facts{Dates: []model.DateRef{{Kind: "absolute", Month: 2, Day: 18, Tense: -1}}}
	got, basis := Anchor(f, day("2026-01-06"))
	if got.Format("2006-01-02") != "2025-02-18" || basis != "latest date in the text" {
		t.Errorf("Anchor = %s (%s), want 2025-02-18", got.Format("2006-01-02"), basis)
	}
	// a day before the corpus's latest stays in its year
	f.Dates[0].Month, f.Dates[0].Day = 1, 2
	if got, _ := Anchor(f, day("2026-01-06")); got.Format("2006-01-02") != "2026-01-02" {
		t.Errorf("Anchor = %s, want 2026-01-02", got.Format("2006-01-02"))
	}
	// "HAVANA, Feb 6 - ... talks, which began on January 22" in a corpus
	// whose latest dated day is 24 January 2026: both days of 2025
	f.Dates = []model.DateRef{{Kind: "absolute", Month: 2, Day: 6}, {Kind: "absolute", Month: 1, Day: 22, Tense: -1}}
	if got, _ := Anchor(f, day("2026-01-24")); got.Format("2006-01-02") != "2025-02-06" {
		t.Errorf("Anchor = %s, want 2025-02-06", got.Format("2006-01-02"))
	}
}

func TestYearOfAPastDay(t *testing.T) {
	anchor := day("2025-12-30")
	for _, tc := range []struct {
		month, day, tense int
		want              string
	}{
		{2, 18, -1, "2025-02-18"}, // a year-end review looks back
		{1, 5, -1, "2026-01-05"},  // within a month ahead: still next week
		{2, 18, 1, "2026-02-18"},  // told as coming
	} {
		r := model.DateRef{Kind: "absolute", Month: tc.month, Day: tc.day, Tense: tc.tense}
		from, _, ok := Resolve(r, anchor, time.Time{})
		if !ok || from.Format("2006-01-02") != tc.want {
			t.Errorf("Resolve(%d-%d, tense %d) = %s, want %s", tc.month, tc.day, tc.tense, from.Format("2006-01-02"), tc.want)
		}
	}
}

// TestMonthsAreCapitalised: a month is found by its capital, so a word
// that holds a month's letters ("summary", "may" the verb, "declared")
// gives no date, and every form of a month still does.
func TestMonthsAreCapitalised(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The summary may be declared on Marco's return.", nil},
		{"Talks resumed on December 5 in Geneva.", []string{"December 5"}},
		{"Talks resumed on 5 Dec. in Geneva and on Jan 9, 2026 in Rome.", []string{"5 Dec.", "Jan 9, 2026"}},
		{"The sides met in March 2025 and again in May.", []string{"March 2025", "May"}},
		{"The sides met in mid-March.", []string{"March"}},
	} {
		var got []string
		for _, r := range FindDates(tc.text, 0) {
			got = append(got, r.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("FindDates(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestFutureAsItsPattern: Future, which looks for words, answers as the
// regular expression that says what it looks for, on random sentences
// built from those words, their parts and their neighbours.
func TestFutureAsItsPattern(t *testing.T) {
	re := regexp.MustCompile(`\b(will|'ll|scheduled|expected to|(?:is|are|was|were) expected|set to|due to|(?:is|are|was) due|(?:plans?|planning) to meet|plans? to (?:visit|travel|hold)|(?:is|are) planned|(?:is|are) to hold|are to meet|is to meet|agreed to meet|to meet again|to be held|going to|upcoming|would (?:be held|take place|meet|resume|convene|be hosted|continue|hold)|next (?:meeting|round|session)s?)\b`)
	// "later than scheduled", "as scheduled": no future
	planned := regexp.MustCompile(`\b(than|as) scheduled\b`)
	parts := []string{"than", "as", "has", "plan", "plans", "planning", "planned", "hold", "due", "visit", "travel", "will", "Will", "goodwill", "willing", "they", "'ll", "ll", "schedule", "scheduled", "d", "expected", "to", "in", "is", "are", "was", "were",
		"this", "set", "due", "meet", "again", "agreed", "held", "going", "upcoming", "would", "be", "held", "take", "place", "resume", "hosted", "hold", "next",
		"meeting", "rounds", "sessions", "s", "_", "2", " ", " ", " ", ",", ".", "\"", "’"}
	rng := rand.New(rand.NewPCG(1, 2))
	agree, future := 0, 0
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		want := re.MatchString(planned.ReplaceAllString(s, "$1 -"))
		if got := Future(s); got != want {
			t.Fatalf("Future(%q) = %v, the pattern says %v", s, got, want)
		}
		agree++
		if want {
			future++
		}
	}
	if future < agree/20 || future > agree-agree/20 {
		t.Fatalf("%d of %d sentences tell of the future; the test says little", future, agree)
	}
}

// TestISODatesAsThePattern: isoDates, which skips the pattern on texts
// without the shape of an ISO date, finds what the pattern finds, on set
// texts and on random ones made of digits, hyphens, a letter and spaces.
func TestISODatesAsThePattern(t *testing.T) {
	texts := []string{"", "-", "on 2025-12-05.", "x2025-12-05", "2025-12-5", "12025-12-05", "-2025-12-05-", "2025-1-05 and 2024-11-30", "1999-12-31"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		b := make([]byte, r.IntN(16))
		for i := range b {
			b[i] = "0123456789---a "[r.IntN(15)]
		}
		texts = append(texts, string(b))
	}
	found := 0
	for _, text := range texts {
		got, want := isoDates(text), isoRe.FindAllStringSubmatchIndex(text, -1)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("isoDates(%q) = %v, want %v", text, got, want)
		}
		if want != nil {
			found++
		}
	}
	if found < 10 {
		t.Fatalf("only %d texts hold an ISO date", found)
	}
}

// TestPatternsAsRegexp: each date pattern, run only where a word begins
// (pattern.Pattern), finds on random date-like texts what the regular
// expression finds over the whole text.
func TestPatternsAsRegexp(t *testing.T) {
	pieces := []string{"December ", "Dec. ", "Sept ", "Sep.", "May ", "March", "Mar ", "6", "6th ", "14 ", "15", "2025", ", ", " ", "  ", "-", "–", " and ", " to ",
		"of ", "in ", "In ", "mid-", "Mid ", "early ", "by ", "since ", "on ", "On ", "last ", "next ", "this ", "Monday", "Sunday", "today", "Tomorrow",
		"yesterday", "week", "weekend", "the ", "past ", "previous ", "month", "earlier ", "later ", "end of ", "two ", "days", "x", "é", "_", "past two days", "last 3 days", "this week", "next month", "over the weekend", "later in the month"}
	r := rand.New(rand.NewPCG(9, 10))
	for _, p := range []*pattern.Pattern{mdyRe, dmyRe, monthOnly, weekdayRe, todayRe, weekRe, pastDaysRe} {
		re := regexp.MustCompile(p.String())
		found := 0
		for range 5000 {
			text := sample.Text(r, pieces, 15)
			if p == weekRe {
				text = strings.ToLower(text) // as findDates runs it
			}
			want := re.FindAllStringSubmatchIndex(text, -1)
			if got := p.FindAllSubmatchIndex(text); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s in %q: %v, want %v", p, text, got, want)
			}
			if len(want) > 0 {
				found++
			}
		}
		if found < 100 {
			t.Errorf("%s: only %d of 5000 texts match: the test tries too few", p, found)
		}
	}
}

// TestFutureAsItsSearch checks that Future's one-pass test turns away no
// sentence its search for each phrase would find, on random texts made of
// the phrases' words, pieces of them and what borders them.
func TestFutureAsItsSearch(t *testing.T) {
	pieces := []string{" ", " ", "x", "_", "-", "\"", "“", ", ", ".", "we", "It", "as scheduled", "as planned ", "s"}
	for _, p := range futurePhrases {
		pieces = append(pieces, p, p[:len(p)/2], p[len(p)/2:])
		for _, w := range strings.Fields(p) {
			pieces = append(pieces, w+" ")
		}
	}
	r := rand.New(rand.NewPCG(11, 12))
	found := 0
	for range 20000 {
		text := sample.Text(r, pieces, 10)
		want := future(text)
		if got := Future(text); got != want {
			t.Fatalf("Future(%q) = %v, its search says %v", text, got, want)
		}
		if want {
			found++
		}
	}
	if found < 2000 || found > 18000 {
		t.Fatalf("%d of 20000 texts speak of the future: the test tries too little", found)
	}
}
