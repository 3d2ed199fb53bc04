package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"kg/graph"
)

// Timeline writes the dated list of meetings as text, one block each:
// dates, name, status, place, participants, agenda and sources.
func Timeline(w io.Writer, g *graph.Graph) error {
	b := bufio.NewWriter(w)
	for _, m := range g.Meetings() {
		fmt.Fprintf(b, "%s  %s%s\n", dateSpan(m), m.Node.Label, statusNote(m))
		if len(m.Places) > 0 {
			fmt.Fprintf(b, "    where: %s\n", labels(m.Places))
		}
		if len(m.Participants) > 0 {
			fmt.Fprintf(b, "    who:   %s\n", labels(m.Participants))
		}
		if len(m.Agenda) > 0 {
			fmt.Fprintf(b, "    about: %s\n", labels(m.Agenda))
		}
		if o, ok := m.Node.Attrs["outcome"].([]string); ok && len(o) > 0 {
			fmt.Fprintf(b, "    said:  %s\n", strings.Join(o, "; "))
		}
		fmt.Fprintf(b, "    sources: %s\n", strings.Join(g.SourceIDs(m.Node.Sources), ", "))
	}
	return b.Flush()
}

func dateSpan(m graph.MeetingView) string {
	return fmt.Sprintf("%-23s", m.Span(" – ", "(undated)"))
}

func statusNote(m graph.MeetingView) string {
	if m.Status != "" && m.Status != "held" {
		return " (" + m.Status + ")" // scheduled, cancelled
	}
	return ""
}

func labels(ns []*graph.Node) string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Label)
	}
	return strings.Join(out, ", ")
}

// TimelineSVG draws the meetings on a date axis: a vertical line with a
// marker per meeting, spaced by the days between them, each with its dates,
// name, place and participants; undated meetings follow under their own
// heading. It writes SVG directly, so it needs no layout engine. It draws
// at most MaxTimelineMeetings, the latest, and says how many it left out.
func TimelineSVG(w io.Writer, g *graph.Graph) error {
	return timelineSVG(w, g, MaxTimelineMeetings)
}

// MaxTimelineMeetings is the most meetings timeline.svg draws: 100,000
// generated articles tell of 105,000, which all drawn made a picture of
// 64 MB and 8.2 million pixels in height (kg timeline lists them all).
const MaxTimelineMeetings = 300

func timelineSVG(w io.Writer, g *graph.Graph, most int) error {
	all := g.Meetings()
	ms := graph.LatestMeetings(all, most)
	b := bufio.NewWriter(w)
	const (
		width   = 1000
		axisX   = 150
		textX   = 175
		rowMin  = 78
		perDay  = 8
		maxGap  = 160
		topPad  = 60
		lineGap = 16
	)
	// a row is a meeting's place on the axis, and the meeting's in ms
	// (-1 for the heading of the undated)
	type row struct{ y, m int }
	var rows []row
	y := topPad + 20
	var prev time.Time
	undated := false
	for i, m := range ms {
		if m.Date == "" && !undated {
			undated = true
			if i > 0 {
				y += 40
			}
			rows = append(rows, row{y: y, m: -1})
			y += 30
		}
		if m.Date != "" {
			if t, err := time.Parse("2006-01-02", m.Date); err == nil {
				if !prev.IsZero() {
					gap := int(t.Sub(prev).Hours()/24) * perDay
					y += min(max(gap, 0), maxGap)
				}
				prev = t
				if end, err := time.Parse("2006-01-02", m.End); err == nil {
					prev = end
				}
			}
		}
		rows = append(rows, row{y: y, m: i})
		y += rowMin
	}
	height := y + 20
	fmt.Fprintf(b, `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="Helvetica, Arial, sans-serif">
<title>Timeline of meetings</title>
<rect width="100%%" height="100%%" fill="#ffffff"/>
<text x="20" y="34" font-size="20" font-weight="bold" fill="#0f172a">Timeline of meetings</text>
`, width, height, width, height)
	if left := len(all) - len(ms); left > 0 {
		fmt.Fprintf(b, `<text x="20" y="52" font-size="12" fill="#475569">Showing the %d latest of %d meetings; %d earlier or undated left out (kg timeline lists them all).</text>`+"\n", len(ms), len(all), left)
	}
	if len(ms) == 0 {
		fmt.Fprintf(b, `<text x="20" y="70" font-size="13" fill="#475569">No meetings found.</text>`+"\n")
	} else {
		last := topPad + 20
		for _, r := range rows {
			if r.m >= 0 && ms[r.m].Date != "" {
				last = r.y
			}
		}
		fmt.Fprintf(b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#94a3b8" stroke-width="2"/>`+"\n", axisX, topPad, axisX, last+10)
	}
	st := Styles["meeting"]
	for _, r := range rows {
		if r.m < 0 {
			fmt.Fprintf(b, `<text x="20" y="%d" font-size="15" font-weight="bold" fill="#475569">Undated</text>`+"\n", r.y)
			continue
		}
		m := &ms[r.m]
		fill := st.Fill
		if m.Status != "held" {
			fill = "#ffffff"
		}
		if m.Date != "" {
			fmt.Fprintf(b, `<text x="%d" y="%d" font-size="12" text-anchor="end" fill="#334155">%s</text>`+"\n", axisX-14, r.y+4, esc(m.Date))
			if m.End != "" && m.End != m.Date {
				fmt.Fprintf(b, `<text x="%d" y="%d" font-size="11" text-anchor="end" fill="#64748b">to %s</text>`+"\n", axisX-14, r.y+18, esc(m.End))
			}
		}
		fmt.Fprintf(b, `<circle cx="%d" cy="%d" r="8" fill="%s" stroke="%s" stroke-width="2"><title>%s</title></circle>`+"\n", axisX, r.y, fill, st.Line, esc(m.Node.ID))
		fmt.Fprintf(b, `<text x="%d" y="%d" font-size="14" font-weight="bold" fill="#0f172a">%s%s</text>`+"\n", textX, r.y+5, esc(m.Node.Label), esc(statusNote(*m)))
		line := r.y + 5 + lineGap + 2
		if len(m.Places) > 0 {
			fmt.Fprintf(b, `<text x="%d" y="%d" font-size="12" fill="#15803d">Where: %s</text>`+"\n", textX, line, esc(clip(labels(m.Places), 120)))
			line += lineGap
		}
		if len(m.Participants) > 0 {
			fmt.Fprintf(b, `<text x="%d" y="%d" font-size="12" fill="#1d4ed8">Who: %s</text>`+"\n", textX, line, esc(clip(labels(m.Participants), 120)))
		}
	}
	fmt.Fprintf(b, "</svg>\n")
	return b.Flush()
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
