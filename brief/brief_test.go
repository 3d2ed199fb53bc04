package brief

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kg/graph"
	"kg/internal/built"
	"kg/internal/sample"
)

// generatedGraph is the merged graph of n generated articles.
func generatedGraph(tb testing.TB, n int) *graph.Graph {
	facts, gz := built.Facts(tb, sample.Generated(tb, n))
	return graph.Merge(facts, gz, graph.Options{})
}

// TestListsAreCapped builds briefings of 200 generated articles with
// lists of at most 5 items, and of as many as there are: a capped list
// shows its 5 (a nested one 1), then a line counting the rest, and the
// shown and the counted make the whole list.
func TestListsAreCapped(t *testing.T) {
	g := generatedGraph(t, 200)
	meetings := len(g.Meetings())
	people := len(g.NodesOf("person"))
	moreRe := regexp.MustCompile(`^… and (\d+) more `)

	full := Build(g, Options{MaxItems: 100000})
	for _, s := range full.Sections {
		for _, it := range s.Items {
			if moreRe.MatchString(it.Text) {
				t.Fatalf("uncapped briefing: %s: %q", s.ID, it.Text)
			}
		}
	}

	b := Build(g, Options{MaxItems: 5})
	// lines shown at the top level, at most, and in a row within one
	limits := map[string]int{"timeline": 5, "whos-who": 10, "documents": 5, "positions": 5}
	counts := map[string]int{} // section -> top-level lines shown or counted
	for _, s := range b.Sections {
		shown, inRow, most := 0, 0, 0 // most: the longest list within a line
		for _, it := range s.Items {
			m := moreRe.FindStringSubmatch(it.Text)
			switch {
			case m != nil && it.Level == 0:
				n, _ := strconv.Atoi(m[1])
				counts[s.ID] += n
			case m != nil:
			case it.Level == 0:
				shown, inRow = shown+1, 0
				counts[s.ID]++
			default:
				inRow++
				most = max(most, inRow)
			}
		}
		if limit, ok := limits[s.ID]; ok && (shown > limit || most > 1) {
			t.Errorf("%s: %d lines shown, one with %d within it; want at most %d, and 1", s.ID, shown, most, limit)
		}
	}
	if counts["timeline"] != meetings {
		t.Errorf("timeline: %d meetings shown or counted, want %d", counts["timeline"], meetings)
	}
	if got := counts["whos-who"]; got != people+len(g.NodesOf("delegation")) {
		t.Errorf("who's who: %d shown or counted, want %d people and delegations", got, people+len(g.NodesOf("delegation")))
	}
	// every source listed is cited by a line shown
	cited := map[int]bool{}
	for _, s := range b.Sections {
		for _, it := range s.Items {
			for _, c := range it.Cites {
				cited[b.Cites[c].Source] = true
			}
		}
	}
	if len(b.Sources) != len(cited) || len(b.Sources) >= len(full.Sources) {
		t.Errorf("%d sources listed, %d cited (the full briefing lists %d)", len(b.Sources), len(cited), len(full.Sources))
	}
	if !strings.Contains(render(t, b), "kg brief --since") {
		t.Error("the briefing does not say how to narrow it")
	}
}

func render(t *testing.T, b *Briefing) string {
	t.Helper()
	var sb strings.Builder
	if err := Markdown(&sb, b, ""); err != nil {
		t.Fatal(err)
	}
	return sb.String()
}

// TestTimelineShowsTheLatestDated: capped, the briefing's timeline shows
// the latest dated meetings, not the undated ones that come after them
// (the sample has one), and counts the others.
func TestTimelineShowsTheLatestDated(t *testing.T) {
	facts, gz := built.Facts(t, filepath.Join(sample.Root(), "seeds"))
	g := graph.Merge(facts, gz, graph.Options{})
	all := g.Meetings()
	if len(all) < 3 || all[len(all)-1].Date != "" {
		t.Fatalf("want at least 3 meetings in the sample, the last undated: %d", len(all))
	}
	var shown, want []string
	for _, s := range Build(g, Options{MaxItems: 2}).Sections {
		for _, it := range s.Items {
			if s.ID == "timeline" && it.NodeID != "" {
				shown = append(shown, it.NodeID)
			}
			if s.ID == "timeline" && strings.HasPrefix(it.Text, "… and ") && !strings.Contains(it.Text, fmt.Sprintf("and %d more meetings, earlier or undated", len(all)-2)) {
				t.Errorf("timeline counts the others as %q", it.Text)
			}
		}
	}
	for _, m := range all {
		if m.Date != "" {
			want = append(want, m.Node.ID)
		}
	}
	want = want[len(want)-2:]
	if strings.Join(shown, " ") != strings.Join(want, " ") {
		t.Errorf("timeline shows %v, want the latest dated %v", shown, want)
	}
}
