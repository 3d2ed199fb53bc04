package lower_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"kg/internal/lower"
	"kg/internal/sample"
)

func TestAgreesWithToLower(t *testing.T) {
	tests := []string{
		"", "plain", "Ukraine", "ALL CAPS", "Zelensky’s “peace plan”", "Ştefan Ö ÇAĞLAR",
		"\u212a KELVIN", "\u0130stanbul", "\u023a grows", "bad \xff byte", "\xe2\x80", "\ufffd kept",
		"ΑΘΗΝΑ", "Москва", "ends in a capital A",
	}
	// and random strings of the runes that behave differently
	alphabet := []string{"a", "Z", " ", "’", "“", "É", "é", "\u212a", "\u0130", "\u023a", "\xff", "\xc3", "\ufffd", "Д", "ß", "ǅ", "—", "\u2060", "\u206f", "\u2070"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		tests = append(tests, sample.Text(r, alphabet, 11))
	}
	for _, s := range tests {
		want := strings.ToLower(s)
		if got := lower.String(s); got != want {
			t.Errorf("String(%q) = %q, want %q", s, got, want)
		}
		if got := string(lower.Append([]byte("x"), s)); got != "x"+want {
			t.Errorf("Append(%q) = %q, want %q", s, got, "x"+want)
		}
	}
}

func TestKeepsALowerString(t *testing.T) {
	s := strings.Repeat("already lower, with “quotes” é ", 4)
	if n := testing.AllocsPerRun(10, func() { lower.String(s) }); n != 0 {
		t.Errorf("%v allocations for a string already lower case", n)
	}
}

func TestGetMakesNoGarbage(t *testing.T) {
	m := map[string]int{"ukraine": 1, "“kyiv”": 2}
	n := testing.AllocsPerRun(10, func() {
		if v, ok := lower.Get(m, "UKRAINE"); v != 1 || !ok {
			t.Fatal("UKRAINE: not found")
		}
		if v, ok := lower.Get(m, "“Kyiv”"); v != 2 || !ok {
			t.Fatal("“Kyiv”: not found")
		}
		if _, ok := lower.Get(m, "Kiev"); ok {
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
			lower.String(s)
		}
	})
	b.Run("strings", func(b *testing.B) {
		for range b.N {
			strings.ToLower(s)
		}
	})
}
