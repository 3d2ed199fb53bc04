package sample

import "testing"

func TestWellFormed(t *testing.T) {
	for _, c := range []struct {
		xml string
		ok  bool
	}{
		{`<svg><g id="a">x &amp; y&nbsp;</g></svg>`, true},
		{`<svg><g></svg>`, false},
		{`<svg>a & b</svg>`, false},
	} {
		if err := WellFormed([]byte(c.xml)); (err == nil) != c.ok {
			t.Errorf("WellFormed(%q) = %v", c.xml, err)
		}
		n, errs := 0, 0
		for _, err := range Tokens([]byte(c.xml)) {
			n++
			if err != nil {
				errs++
			}
		}
		if want := map[bool]int{true: 0, false: 1}[c.ok]; errs != want || n == 0 {
			t.Errorf("Tokens(%q): %d tokens, %d errors, want %d errors, the last", c.xml, n, errs, want)
		}
	}
}
