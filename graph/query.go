package graph

import (
	"sort"

	"kg/model"
)

// MeetingView is a meeting with what the graph says about it, for
// timelines and briefings.
type MeetingView struct {
	Node         *Node
	Date, End    string // ISO; "" when undated
	Status       string
	Places       []*Node
	Participants []*Node
	Agenda       []*Node
}

// Meetings returns the meetings in date order (undated last, by id).
func (g *Graph) Meetings() []MeetingView {
	var out []MeetingView
	for _, n := range g.NodesOf(model.Meeting) {
		v := MeetingView{Node: n}
		v.Date, _ = n.Attrs["date"].(string)
		v.End, _ = n.Attrs["end_date"].(string)
		v.Status, _ = n.Attrs["status"].(string)
		for _, e := range g.EdgesOf(n.ID) {
			switch e.Type {
			case model.HeldIn:
				v.Places = append(v.Places, g.nodes[e.Target])
			case model.Attended:
				v.Participants = append(v.Participants, g.nodes[e.Source])
			case model.Discussed:
				v.Agenda = append(v.Agenda, g.nodes[e.Target])
			}
		}
		for _, l := range [][]*Node{v.Places, v.Participants, v.Agenda} {
			sortNodes(l)
		}
		out = append(out, v)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Date == "") != (b.Date == "") {
			return a.Date != ""
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.Node.ID < b.Node.ID
	})
	return out
}

// sortNodes orders nodes people first, then by kind and label.
func sortNodes(ns []*Node) {
	sort.SliceStable(ns, func(i, j int) bool {
		if ki, kj := kindOrder(ns[i].Kind), kindOrder(ns[j].Kind); ki != kj {
			return ki < kj
		}
		return ns[i].Label < ns[j].Label
	})
}

// Span writes the meeting's dates: "2025-12-04" + sep + "2025-12-06", one
// date, or undated.
func (v MeetingView) Span(sep, undated string) string {
	switch {
	case v.Date == "":
		return undated
	case v.End != "" && v.End != v.Date:
		return v.Date + sep + v.End
	}
	return v.Date
}
