package dates

import (
	"time"

	"kg/model"
)

// Latest returns the latest date a document states with a year: its
// publication date and the full dates in its text. The latest of a corpus
// is the reference that places month-and-day dates in a year when a
// document gives none.
func Latest(f *model.Facts) time.Time {
	var ref time.Time
	if t, err := time.Parse("2006-01-02", f.Source.Published); err == nil {
		ref = t
	}
	for _, d := range f.Dates {
		if d.Kind == "absolute" && d.Year > 0 {
			t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
			if t.After(ref) {
				ref = t
			}
		}
	}
	return ref
}

// Anchor returns the date a document's relative dates count from, and how
// it was found:
//   - a publication date from the header, a "Published" line, or a date
//     line right under the headline (one above it may be the page's clock);
//   - "today, December 6" in the text;
//   - the text's own dates: the latest date told in the past tense, or the
//     day before the first date told as coming within a week after it;
//   - a dateline, when it is not weeks after every date of the text (a page
//     stamped when it was saved, not when it was written).
//
// ref places dates without a year. The zero time means no anchor.
func Anchor(f model.Facts, ref time.Time) (time.Time, string) {
	switch f.Source.DateBasis {
	case "header", "published line", "date under the headline":
		if t, err := time.Parse("2006-01-02", f.Source.Published); err == nil {
			return t, f.Source.DateBasis
		}
	}
	base := ref
	dateline := time.Time{}
	if f.Source.DateBasis == "dateline" {
		if t, err := time.Parse("2006-01-02", f.Source.Published); err == nil {
			dateline = t
			base = t
		}
	}
	together := time.Time{}
	if dateline.IsZero() && !ref.IsZero() {
		together = placeTogether(f.Dates, ref)
	}
	var past, future time.Time
	for _, d := range f.Dates {
		if d.Kind != "absolute" {
			continue
		}
		var t time.Time
		if d.Year > 0 {
			t = time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		} else if !together.IsZero() {
			t = nearestYear(d.Month, d.Day, together, d.Tense)
		} else if dateline.IsZero() && !ref.IsZero() && d.Tense <= 0 {
			// no year and only the corpus to go by: the last such day on or
			// before the corpus's latest, since articles report the past
			t = lastOnOrBefore(d, ref)
		} else if !base.IsZero() {
			t = nearestYear(d.Month, d.Day, base, d.Tense)
		} else {
			continue
		}
		if d.Today {
			return t, "today in the text"
		}
		if d.Tense > 0 {
			if future.IsZero() || t.Before(future) {
				future = t
			}
		} else if t.After(past) {
			past = t
		}
	}
	if !future.IsZero() && !past.IsZero() && future.After(past) && future.Sub(past) <= 7*24*time.Hour {
		past = future.AddDate(0, 0, -1)
	}
	if !dateline.IsZero() && (past.IsZero() || dateline.Sub(past) <= 7*24*time.Hour) {
		return dateline, "dateline"
	}
	if !past.IsZero() {
		return past, "latest date in the text"
	}
	if !future.IsZero() {
		return future.AddDate(0, 0, -1), "day before a coming date"
	}
	return time.Time{}, ""
}

// lastOnOrBefore places a day without a year on the last such day on or
// before ref.
func lastOnOrBefore(d model.DateRef, ref time.Time) time.Time {
	t := time.Date(ref.Year(), time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	if t.After(ref) {
		t = t.AddDate(-1, 0, 0)
	}
	return t
}

// placeTogether places an article's days without a year in one stretch of
// time, none of those told in the past after ref: "HAVANA, Feb 6 - ...
// talks, which began on January 22" are 22 January and 6 February of one
// year, not 6 February of one year and 22 January of the next. It returns
// the latest day that, put on or before ref, keeps every other day told in
// the past on or before ref too, or the zero time when the article has
// fewer than two such days or none fits.
func placeTogether(ds []model.DateRef, ref time.Time) time.Time {
	var days []model.DateRef
	for _, d := range ds {
		if d.Kind == "absolute" && d.Year == 0 && d.Tense <= 0 {
			days = append(days, d)
		}
	}
	if len(days) < 2 {
		return time.Time{}
	}
	best := time.Time{}
	for _, d := range days {
		c := lastOnOrBefore(d, ref)
		fits := true
		for _, e := range days {
			if nearestYear(e.Month, e.Day, c, e.Tense).After(ref) {
				fits = false
				break
			}
		}
		if fits && c.After(best) {
			best = c
		}
	}
	return best
}
