package graph

import (
	"fmt"
	"testing"
)

func TestLatestMeetingsKeepsTheLatestDatedFirst(t *testing.T) {
	view := func(date, id string) MeetingView {
		return MeetingView{Node: &Node{ID: id}, Date: date}
	}
	// in date order, the undated last, as Graph.Meetings gives them
	ms := []MeetingView{view("2025-01-01", "a"), view("2025-02-01", "b"), view("2025-03-01", "c"), view("", "u1"), view("", "u2")}
	tests := []struct {
		most int
		want string
	}{
		{5, "[a b c u1 u2]"},
		{9, "[a b c u1 u2]"},
		{4, "[a b c u1]"},
		{3, "[a b c]"},
		{2, "[b c]"},
		{1, "[c]"},
		{0, "[]"},
	}
	for _, tt := range tests {
		var ids []string
		for _, m := range LatestMeetings(ms, tt.most) {
			ids = append(ids, m.Node.ID)
		}
		if got := fmt.Sprint(ids); got != tt.want {
			t.Errorf("LatestMeetings(%d) = %s, want %s", tt.most, got, tt.want)
		}
	}
	if got := LatestMeetings(ms[3:], 1); len(got) != 1 || got[0].Node.ID != "u1" {
		t.Errorf("latest of the undated alone = %v, want u1", got)
	}
}
