package sentences

import (
	"strings"
	"testing"
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
