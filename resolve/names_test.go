package resolve

import (
	"math/rand/v2"
	"testing"

	"kg/internal/sample"
)

func TestNameKeyVariants(t *testing.T) {
	same := [][]string{
		{"Hnatov", "Gnatov"},
		{"Zelensky", "Zelenskyy", "Zelenskiy"},
		{"Gruenbaum", "Grunbaum"},
		{"Yury", "Yuri", "Yuriy"},
		{"Andriy", "Andrii"},
		{"Dmitriev", "Dmitryev"},
		{"Kharkov", "Harkov"},
		{"Araghchi", "Araqchi", "Arakchi"},
		{"Qalibaf", "Ghalibaf"},
	}
	for _, group := range same {
		for _, n := range group[1:] {
			if NameKey(n) != NameKey(group[0]) {
				t.Errorf("NameKey(%q)=%q differs from NameKey(%q)=%q", n, NameKey(n), group[0], NameKey(group[0]))
			}
		}
	}
	different := [][2]string{{"Putin", "Rubio"}, {"Barnea", "Bar"}, {"Witkoff", "Kushner"}}
	for _, p := range different {
		if NameKey(p[0]) == NameKey(p[1]) {
			t.Errorf("NameKey(%q) == NameKey(%q)", p[0], p[1])
		}
	}
}

func TestGivenCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Steve", "Stephen", true}, {"Josh", "Joshua", true}, {"Andriy", "Andrii", true},
		{"Donald", "Melania", false}, {"Jo", "Joe", false},
	}
	for _, tt := range tests {
		if got := GivenCompatible(tt.a, tt.b); got != tt.want {
			t.Errorf("GivenCompatible(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func TestAcronym(t *testing.T) {
	if a := Acronym("National Security and Defense Council"); a != "NSDC" {
		t.Errorf("got %q", a)
	}
	if a := Acronym("White House"); a != "" {
		t.Errorf("two words should have no acronym, got %q", a)
	}
}

// TestOrgBaseKeyWordOrder: British and American spellings and the two word
// orders of a head of state's office share a key.
func TestOrgBaseKeyWordOrder(t *testing.T) {
	for _, pair := range [][2]string{
		{"Office of the President", "Presidential Office"},
		{"President's Office", "Presidential Office"},
		{"President’s Office", "Presidential Office"},
		{"National Security and Defence Council", "National Security and Defense Council"},
	} {
		if a, b := OrgBaseKey(pair[0]), OrgBaseKey(pair[1]); a != b {
			t.Errorf("%q -> %q, %q -> %q", pair[0], a, pair[1], b)
		}
	}
}

// TestASCIINameKeyAgreesWithTheRules: the one-pass key of an ASCII name
// is what folding, dropping what is not a letter, translit and collapsing
// double letters give, on names and on random strings of the letters the
// rules turn on, capitals, the prefixes and other bytes.
func TestASCIINameKeyAgreesWithTheRules(t *testing.T) {
	texts := []string{"", "al-", "al-Rashid", "El-Sayed", "Al-X", "Kovalenko", "Galkin", "Khalil", "Ghorbani", "Kovalenkiy", "Schuessler", "McKinnon", "Alexei", "Ng", "O'Brien", "Jean-Luc", "Smith 2nd"}
	pieces := []string{"k", "h", "g", "q", "u", "e", "p", "w", "j", "c", "x", "i", "s", "a", "l", "y", "v", "f", "-", "A", "L", "E", "K", "H", "G", "X", "'", " ", "1", "al-", "El-", "\x7f", "@", "["}
	r := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		texts = append(texts, sample.Text(r, pieces, 9))
	}
	for _, s := range texts {
		got, ok := asciiNameKey(s)
		if want := nameKey(s); !ok || got != want {
			t.Fatalf("asciiNameKey(%q) = %q, %v; the rules give %q", s, got, ok, want)
		}
	}
	if _, ok := asciiNameKey("Petrov’s"); ok {
		t.Fatal("asciiNameKey took a name that is not ASCII")
	}
}
