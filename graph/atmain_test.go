package graph

import (
	"slices"
	"testing"

	"kg/internal/memo"
	"kg/model"
)

// TestDelegationsAtMainCountFromTheNextArticle: an article's delegation
// attends its main meeting when its side is among those of the meeting's
// attendees; the members a delegation brings count from the next article
// on, not within the article that names them, however many articles have
// the meeting as their main one.
func TestDelegationsAtMainCountFromTheNextArticle(t *testing.T) {
	m := &merger{g: newGraph(), opt: Options{MaxEvidence: 6}, ids: make([][]localID, 3), mapped: map[string]bool{}, renamed: map[string]string{},
		toldOf: map[sentenceKey]string{}, docIndex: map[string]int32{"d0": 0, "d1": 1, "d2": 2}, docIDs: []string{"d0", "d1", "d2"}, ruleIndex: map[string]int32{"": 0}}
	m.g.Sources = []model.Source{{ID: "d0"}, {ID: "d1"}, {ID: "d2"}}
	for _, n := range []*Node{
		{ID: "meeting:m", Kind: model.Meeting},
		{ID: "country:us", Kind: model.Country}, {ID: "country:ua", Kind: model.Country},
		{ID: "delegation:us", Kind: model.Delegation, Attrs: map[string]any{"country": "us"}},
		{ID: "delegation:ua", Kind: model.Delegation, Attrs: map[string]any{"country": "ua"}},
		{ID: "person:a", Kind: model.Person}, {ID: "person:b", Kind: model.Person},
	} {
		m.g.addNode(n)
	}
	quote := func(doc string, start int) Quote {
		return m.quote(model.Evidence{Doc: doc, Text: "A sentence.", Start: start, End: start + 11})
	}
	// a serves the US and attended; b, of Ukraine, sits on the US delegation
	// as the first article names it
	m.edge("person:a", "country:us", model.AffiliatedWith, quote("d0", 0))
	m.edge("person:a", "meeting:m", model.Attended, quote("d0", 0))
	m.edge("person:b", "country:ua", model.AffiliatedWith, quote("d0", 20))
	m.edge("person:b", "delegation:us", model.MemberOf, quote("d0", 20))
	arg := func(doc, dl string, start int) model.Arg {
		return model.Arg{Entity: dl, Evidence: model.Evidence{Doc: doc, Text: "A sentence.", Start: start, End: start + 11}}
	}
	main := map[string]string{"d0": "meeting:m", "d1": "meeting:m", "d2": "meeting:m"}
	sidesOf := map[string][]string{}
	sides := func(id string) []string { return memo.Of(&sidesOf, id, m.sides) }
	m.delegationsAtMain(main, [][]model.Arg{
		{arg("d0", "delegation:us", 40), arg("d0", "delegation:ua", 60)},
		{arg("d1", "delegation:ua", 40)},
		{arg("d2", "delegation:ua", 40)},
	}, sides)
	us := m.g.edges.get(edgeKey{"delegation:us", "meeting:m", model.Attended})
	if us == nil || !slices.Equal(us.Sources, Docs{0}) {
		t.Fatalf("the US delegation at the meeting: %+v, want from the first article", us)
	}
	if b := m.g.edges.get(edgeKey{"person:b", "meeting:m", model.Attended}); b == nil {
		t.Fatal("the US delegation's member did not attend with it")
	}
	ua := m.g.edges.get(edgeKey{"delegation:ua", "meeting:m", model.Attended})
	if ua == nil || !slices.Equal(ua.Sources, Docs{1}) {
		t.Fatalf("the Ukrainian delegation at the meeting: %+v, want from the second article only", ua)
	}
}
