package export

import (
	"strings"
	"testing"
)

// TestPlainRunsStopWhereTheirRulesSay puts every byte at every place of a
// plain string long enough for two words of eight and a tail, and checks
// that each run stops at it exactly when its rule, written a byte at a
// time, says it needs escaping.
func TestPlainRunsStopWhereTheirRulesSay(t *testing.T) {
	runs := []struct {
		name  string
		run   func(string, int) int
		plain func(b byte) bool
	}{
		{"plainRun", plainRun, func(b byte) bool { return b >= 0x20 && b < 0x80 && b != '"' && b != '\\' }},
		{"plainXMLRun", plainXMLRun, func(b byte) bool { return b >= 0x20 && b < 0x80 && !strings.ContainsRune(`"'&<>`, rune(b)) }},
		{"plainDOTRun", plainDOTRun, func(b byte) bool { return b >= 0x20 && b < 0x7f && b != '"' && b != '\\' }},
	}
	const n = 19
	for _, r := range runs {
		for b := range 256 {
			for at := range n {
				s := []byte(strings.Repeat("a", n))
				s[at] = byte(b)
				for from := range at + 1 {
					want := at
					if r.plain(byte(b)) {
						want = n
					}
					if got := r.run(string(s), from); got != want {
						t.Fatalf("%s(%q, %d) = %d, want %d", r.name, s, from, got, want)
					}
				}
			}
		}
	}
}
