package main

import (
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// gold is the hand annotation of the sample corpus (testdata/seeds.gold.json).
type gold struct {
	Entities []struct {
		Key      string          `json:"key"`
		Type     json.RawMessage `json:"type"`
		Name     string          `json:"name"`
		Aliases  []string        `json:"aliases"`
		Optional bool            `json:"optional"`
		Date     *string         `json:"date"`
		End      *string         `json:"end"`
	} `json:"entities"`
	MustNot   []string `json:"must_not"`
	Relations []struct {
		Source   string `json:"source"`
		Category string `json:"category"`
		Leads    bool   `json:"leads"`
		Target   any    `json:"target"`
	} `json:"relations"`
}

func types(raw json.RawMessage) []string {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}
	}
	var many []string
	json.Unmarshal(raw, &many)
	return many
}

var nonWord = regexp.MustCompile(`[^0-9a-zа-яё]+`)

// fold normalises a name the way the annotation is compared: accents,
// case, punctuation and a leading "the" do not count.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	s = strings.NewReplacer("’", "", "'", "", ".", "", "\"", "").Replace(b.String())
	s = strings.TrimSpace(nonWord.ReplaceAllString(s, " "))
	return strings.TrimPrefix(s, "the ")
}

func TestSampleCorpusAgainstGold(t *testing.T) {
	data, err := os.ReadFile("../../testdata/seeds.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gd gold
	if err := json.Unmarshal(data, &gd); err != nil {
		t.Fatal(err)
	}
	g := readGraph(t, build(t))
	// named entities: a node of a fitting type whose label or alias is the
	// gold name or an alias
	found, required := 0, 0
	for _, e := range gd.Entities {
		ts := types(e.Type)
		if ts[0] == "meeting" || e.Optional {
			continue
		}
		required++
		names := map[string]bool{fold(e.Name): true}
		for _, a := range e.Aliases {
			names[fold(a)] = true
		}
		hit := 0
		for _, n := range g.Nodes {
			if !slices.Contains(ts, n.Type) {
				continue
			}
			if names[fold(n.Label)] {
				hit++
			}
		}
		if hit == 1 {
			found++
		} else {
			t.Errorf("%s (%s): %d nodes labelled with its name, want 1", e.Name, ts[0], hit)
		}
	}
	if found < required {
		t.Errorf("entities: %d of %d found once", found, required)
	}
	// page furniture never becomes a node
	for _, junk := range gd.MustNot {
		for _, n := range g.Nodes {
			if fold(n.Label) == fold(junk) {
				t.Errorf("page furniture %q became a %s node", junk, n.Type)
			}
		}
	}
	// dated meetings: one node each, with the annotated first and last day
	for _, e := range gd.Entities {
		if types(e.Type)[0] != "meeting" || e.Optional || e.Date == nil {
			continue
		}
		n := 0
		for _, m := range g.Nodes {
			if m.Type == "meeting" && m.Attrs["date"] == *e.Date {
				n++
				if end, _ := m.Attrs["end_date"].(string); e.End != nil && *e.End != *e.Date && end != *e.End {
					t.Errorf("meeting %s ends %q, want %s", e.Name, end, *e.End)
				}
			}
		}
		if n != 1 {
			t.Errorf("meeting %s on %s: %d nodes, want 1", e.Name, *e.Date, n)
		}
	}
	// who leads a delegation has an edge typed as leading
	for _, r := range gd.Relations {
		if !r.Leads {
			continue
		}
		ok := false
		for _, e := range g.Edges {
			if e.Type == "leads" && strings.HasSuffix(e.Source, ":"+r.Source) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("no leads edge from %s", r.Source)
		}
	}
}
