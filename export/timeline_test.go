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
		for _, m := range graph.LatestMeetings(all, most) {
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
