package sentences

import (
	"strings"
	"testing"
	"unicode"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Mr. Smith met Gen. Jones in the U.S. capital. They talked.", []string{"Mr. Smith met Gen. Jones in the U.S. capital.", "They talked."}},
		{`"We are close," he said. Talks resume on Dec. 3.`, []string{`"We are close," he said.`, "Talks resume on Dec. 3."}},
		{`He opened the meeting. "There are two paths," Fidan said.`, []string{"He opened the meeting.", `"There are two paths," Fidan said.`}},
		{"“Russia remains committed.” Witkoff wrote that.", []string{"“Russia remains committed.”", "Witkoff wrote that."}},
		{"No full stop at the end", []string{"No full stop at the end"}},
	}
	for _, tt := range tests {
		ss := Split(tt.text, []Block{{Start: 0, End: len(tt.text)}})
		var got []string
		for _, s := range ss {
			got = append(got, s.Text)
			if tt.text[s.Start:s.End] != s.Text {
				t.Errorf("offsets of %q do not slice the text", s.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Split(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	toks := Tokenize("Trump’s son-in-law met the U.S. envoy's aide, Mr. Kushner.", 10)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Text)
	}
	want := "Trump|’s|son-in-law|met|the|U.S.|envoy|'s|aide|,|Mr.|Kushner|."
	if strings.Join(got, "|") != want {
		t.Errorf("tokens %q", strings.Join(got, "|"))
	}
	if toks[0].Start != 10 {
		t.Errorf("offset base not applied: %d", toks[0].Start)
	}
}

func TestTokenizeAgentSuffix(t *testing.T) {
	tests := []struct{ text, want string }{
		{"African Union-led talks", "African|Union|-|led|talks"},
		{"a US-brokered deal", "a|US|-|brokered|deal"},
		{"a well-led team", "a|well-led|team"},
		{"US-Ukraine talks", "US-Ukraine|talks"},
		// emphasis marks are no tokens
		{"- **Rustem Umerov**, secretary of the _Council_", "-|Rustem|Umerov|,|secretary|of|the|Council"},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range Tokenize(tt.text, 0) {
			got = append(got, tk.Text)
			if tt.text[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q at [%d,%d) is %q", tt.text, tk.Text, tk.Start, tk.End, tt.text[tk.Start:tk.End])
			}
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.text, strings.Join(got, "|"), tt.want)
		}
	}
}

// TestPlainFindsCurlyApostrophes: Plain's search for the lead byte agrees
// with strings.ContainsAny on every string of up to five bytes drawn from
// the bytes of ’ and ‘ and their neighbours (–, …, broken sequences).
func TestPlainFindsCurlyApostrophes(t *testing.T) {
	alphabet := []byte{0xE2, 0x80, 0x98, 0x99, 0x93, 'a'}
	var all func(prefix []byte)
	all = func(prefix []byte) {
		s := string(prefix)
		want := s
		if strings.ContainsAny(s, "’‘") {
			want = strings.NewReplacer("’", "'", "‘", "'").Replace(s)
		}
		if got := Plain(s); got != want {
			t.Fatalf("Plain(%q) = %q, want %q", s, got, want)
		}
		if len(prefix) == 5 {
			return
		}
		for _, b := range alphabet {
			all(append(prefix, b))
		}
	}
	all(nil)
	for _, tc := range []struct{ in, want string }{
		{"Ukraine’s", "Ukraine's"},
		{"‘quoted’ – not", "'quoted' – not"},
		{"Kyiv…", "Kyiv…"},
	} {
		if got := Plain(tc.in); got != tc.want {
			t.Errorf("Plain(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestIsWordRuneAsTheTables: the ASCII shortcut of isWordRune agrees with
// the Unicode tables for every rune.
func TestIsWordRuneAsTheTables(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r); got != want {
			t.Fatalf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}
