package export

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"testing"

	"kg/graph"
	"kg/internal/built"
	"kg/internal/sample"
)

func TestLatestKeepsTheLatestDatedFirst(t *testing.T) {
	view := func(date, id string) graph.MeetingView {
		return graph.MeetingView{Node: &graph.Node{ID: id}, Date: date}
	}
	// in date order, the undated last, as Graph.Meetings gives them
	ms := []graph.MeetingView{view("2025-01-01", "a"), view("2025-02-01", "b"), view("2025-03-01", "c"), view("", "u1"), view("", "u2")}
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
		for _, m := range latest(ms, tt.most) {
			ids = append(ids, m.Node.ID)
		}
		if got := fmt.Sprint(ids); got != tt.want && !(tt.want == "[]" && ids == nil) {
			t.Errorf("latest(%d) = %s, want %s", tt.most, got, tt.want)
		}
	}
	if got := latest(ms[3:], 1); len(got) != 1 || got[0].Node.ID != "u1" {
		t.Errorf("latest of the undated alone = %v, want u1", got)
	}
}

// TestTimelineDrawsAtMostItsCap: over its cap, the timeline draws the
// latest meetings, a marker each, and says how many it left out.
func TestTimelineDrawsAtMostItsCap(t *testing.T) {
	facts, gz := built.Facts(t, filepath.Join(sample.Root(), "seeds"))
	g := graph.Merge(facts, gz, graph.Options{})
	all := g.Meetings()
	if len(all) < 3 {
		t.Fatalf("only %d meetings in the sample", len(all))
	}
	markers := regexp.MustCompile(`<circle [^>]*><title>([^<]*)</title>`)
	for _, most := range []int{2, len(all)} {
		var b bytes.Buffer
		if err := timelineSVG(&b, g, most); err != nil {
			t.Fatal(err)
		}
		drawn := markers.FindAllStringSubmatch(b.String(), -1)
		var want []string
		for _, m := range latest(all, most) {
			want = append(want, m.Node.ID)
		}
		if len(drawn) != len(want) {
			t.Fatalf("cap %d: %d markers, want %d", most, len(drawn), len(want))
		}
		for i, d := range drawn {
			if d[1] != want[i] {
				t.Errorf("cap %d: marker %d is %s, want %s", most, i, d[1], want[i])
			}
		}
		note := fmt.Sprintf("Showing the %d latest of %d meetings; %d earlier or undated left out", most, len(all), len(all)-most)
		if got := bytes.Contains(b.Bytes(), []byte(note)); got != (most < len(all)) {
			t.Errorf("cap %d of %d: note %q shown: %v", most, len(all), note, got)
		}
	}
}
