package lexicon

import (
	"strings"
	"testing"

	"kg/internal/sample"
	"kg/model"
	"kg/sentences"
)

func TestParseErrorsNameTheLine(t *testing.T) {
	tests := []struct{ yaml, want string }{
		{"actors:\n  - name: A\n    kind: persn\n", "line 2: A: unknown kind"},
		{"actors:\n  - kind: person\n", "line 2: actor 1 has no name"},
		{"actors:\n  - name: B\n    roles:\n      - title: envoy\n        from: 2025-13-01\n", `line 2: B: role date "2025-13-01"`},
		{"actors: [\n", "lexicon x.yaml"},
	}
	for _, tt := range tests {
		_, err := Parse("x.yaml", []byte(tt.yaml))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) error = %v, want it to contain %q", tt.yaml, err, tt.want)
		}
	}
}

func TestLexiconTeachesNames(t *testing.T) {
	lx, err := Parse("x.yaml", []byte("actors:\n  - name: Mossad\n    kind: organization\n    country: israel\n  - name: Rustem Umerov\n    aliases: [Rustam Umerov]\n"))
	if err != nil {
		t.Fatal(err)
	}
	g := sample.Gazetteer(t)
	lg := lx.Gazetteer(g)
	ms := lg.Names(sentences.Tokenize("Mossad met Rustam Umerov in Doha", 0))
	var got []string
	for _, m := range ms {
		got = append(got, string(m.Kind)+":"+m.Name)
	}
	want := "organization:Mossad person:Rustem Umerov place:Doha"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
	if ms := g.Names(sentences.Tokenize("Mossad met", 0)); len(ms) != 0 {
		t.Error("With must not change the original gazetteer")
	}
	if a, ok := lx.Find("rustam umerov"); !ok || a.NodeKind() != model.Person {
		t.Errorf("Find by alias: %+v %v", a, ok)
	}
}
