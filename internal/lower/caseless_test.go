package lower

import (
	"testing"
	"unicode"
)

func TestPunctuationIsCaseless(t *testing.T) {
	for r := rune(0x1f00); r <= 0x2100; r++ {
		if caseless(r) && unicode.ToLower(r) != r {
			t.Errorf("%U is lowered to %U", r, unicode.ToLower(r))
		}
	}
}
