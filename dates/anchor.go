package dates

import (
	"time"

	"kg/model"
)

// Reference returns the latest date the corpus states with a year: the
// publication dates of its sources and the full dates in their text. It
// places month-and-day dates in a year when a document gives none.
func Reference(facts []model.Facts) time.Time {
	var ref time.Time
	for _, f := range facts {
		if t, err := time.Parse("2006-01-02", f.Source.Published); err == nil && t.After(ref) {
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
	var past, future time.Time
	for _, d := range f.Dates {
		if d.Kind != "absolute" {
			continue
		}
		var t time.Time
		if d.Year > 0 {
			t = time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		} else if dateline.IsZero() && !ref.IsZero() && d.Tense <= 0 {
			// no year and only the corpus to go by: the last such day on or
			// before the corpus's latest, since articles report the past
			t = time.Date(ref.Year(), time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
			if t.After(ref) {
				t = t.AddDate(-1, 0, 0)
			}
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
