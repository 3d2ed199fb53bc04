package lower

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

func TestAgreesWithToLower(t *testing.T) {
	tests := []string{
		"", "plain", "Ukraine", "ALL CAPS", "Zelensky’s “peace plan”", "Ştefan Ö ÇAĞLAR",
		"\u212a KELVIN", "\u0130stanbul", "\u023a grows", "bad \xff byte", "\xe2\x80", "\ufffd kept",
		"ΑΘΗΝΑ", "Москва", "ends in a capital A",
	}
	// and random strings of the runes that behave differently
	alphabet := []string{"a", "Z", " ", "’", "“", "É", "é", "\u212a", "\u0130", "\u023a", "\xff", "\xc3", "\ufffd", "Д", "ß", "ǅ", "—", "\u2060", "\u206f", "\u2070"}
	r := rand.New(rand.NewSource(1))
	for range 5000 {
		var b strings.Builder
		for range r.Intn(12) {
			b.WriteString(alphabet[r.Intn(len(alphabet))])
		}
		tests = append(tests, b.String())
	}
	for _, s := range tests {
		want := strings.ToLower(s)
		if got := String(s); got != want {
			t.Errorf("String(%q) = %q, want %q", s, got, want)
		}
		if got := string(Append([]byte("x"), s)); got != "x"+want {
			t.Errorf("Append(%q) = %q, want %q", s, got, "x"+want)
		}
	}
}

func TestPunctuationIsCaseless(t *testing.T) {
	for r := rune(0x1f00); r <= 0x2100; r++ {
		if caseless(r) && unicode.ToLower(r) != r {
			t.Errorf("%U is lowered to %U", r, unicode.ToLower(r))
		}
	}
}

func TestKeepsALowerString(t *testing.T) {
	s := strings.Repeat("already lower, with “quotes” é ", 4)
	if n := testing.AllocsPerRun(10, func() { String(s) }); n != 0 {
		t.Errorf("%v allocations for a string already lower case", n)
	}
}

func TestGetMakesNoGarbage(t *testing.T) {
	m := map[string]int{"ukraine": 1, "“kyiv”": 2}
	n := testing.AllocsPerRun(10, func() {
		if v, ok := Get(m, "UKRAINE"); v != 1 || !ok {
			t.Fatal("UKRAINE: not found")
		}
		if v, ok := Get(m, "“Kyiv”"); v != 2 || !ok {
			t.Fatal("“Kyiv”: not found")
		}
		if _, ok := Get(m, "Kiev"); ok {
			t.Fatal("Kiev: found")
		}
	})
	if n != 0 {
		t.Errorf("%v allocations for a lookup by lower case", n)
	}
}

func BenchmarkString(b *testing.B) {
	s := "Ukraine’s chief negotiator said on Tuesday that “progress” had been made in Geneva."
	b.Run("lower", func(b *testing.B) {
		for range b.N {
			String(s)
		}
	})
	b.Run("strings", func(b *testing.B) {
		for range b.N {
			strings.ToLower(s)
		}
	})
}
