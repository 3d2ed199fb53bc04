package memo

import "testing"

func TestOf(t *testing.T) {
	var m map[string]int
	calls := 0
	double := func(s string) int { calls++; return 2 * len(s) }
	for _, c := range []struct {
		k           string
		want, calls int
	}{
		{"ab", 4, 1},
		{"ab", 4, 1}, // kept: not worked out again
		{"abc", 6, 2},
		{"", 0, 3},
		{"", 0, 3},
	} {
		if got := Of(&m, c.k, double); got != c.want || calls != c.calls {
			t.Errorf("Of(%q) = %d after %d calls, want %d after %d", c.k, got, calls, c.want, c.calls)
		}
	}
}
