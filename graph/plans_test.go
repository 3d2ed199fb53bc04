package graph

import (
	"fmt"
	"testing"
)

func TestGroupByOverlap(t *testing.T) {
	tests := []struct {
		about []map[string]int
		want  string
	}{
		{[]map[string]int{{"ukraine": 3}, {"ukraine": 2, "russia": 2}, {"russia": 4}}, "[[0 1 2]]"},
		{[]map[string]int{{"ukraine": 3}, {"israel": 5}, {"ukraine": 2}}, "[[0 2] [1]]"},
		{[]map[string]int{{"israel": 5}, {}, {"ukraine": 2}, {"ukraine": 2}}, "[[1 2 3] [0]]"},
		{[]map[string]int{{}, {}}, "[[0 1]]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(groupByOverlap(tt.about)); got != tt.want {
			t.Errorf("groupByOverlap(%v) = %s, want %s", tt.about, got, tt.want)
		}
	}
}
