package graph

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"kg/gazetteer"
	"kg/internal/built"
	"kg/internal/sample"
	"kg/mentions"
	"kg/model"
)

func person(id, name string, weak bool) model.Entity {
	return model.Entity{ID: id, Kind: model.Person, Name: name, Weak: weak, Mentions: []model.Evidence{{Doc: "d", Text: "A sentence naming " + name + ".", Start: len(id)}}}
}

func doc(id string, ents []model.Entity, rels []model.Relation) model.Facts {
	for i := range ents {
		for j := range ents[i].Mentions {
			ents[i].Mentions[j].Doc = id
		}
	}
	for i := range rels {
		rels[i].Evidence.Doc = id
	}
	return model.Facts{Source: model.Source{ID: id}, Entities: ents, Relations: rels}
}

func TestMergeOneNodePerPerson(t *testing.T) {
	gz := sample.Gazetteer(t)
	facts := []model.Facts{
		doc("a", []model.Entity{person("p1", "Andriy Hnatov", false), person("p2", "Volodymyr Zelensky", false), person("p3", "Steve Witkoff", false), person("p5", "Steve Witkoff", false), person("p6", "Andriy Hnatov", false)}, nil),
		doc("b", []model.Entity{person("p1", "Andrii Gnatov", false), person("p2", "Zelenskiy", false), person("p3", "Stephen Witkoff", false), person("p4", "Melania Trump", false)}, nil),
		doc("c", []model.Entity{person("p1", "Hnatov", true), person("p2", "Nobody", true), person("p3", "Donald Trump", false), person("p4", "Trump", false)}, nil),
	}
	g := Merge(facts, gz, Options{})
	var labels []string
	for _, n := range g.NodesOf(model.Person) {
		labels = append(labels, n.Label+"="+strings.Join(g.SourceIDs(n.Sources), ","))
	}
	want := "Andriy Hnatov=a,b,c|Donald Trump=c|Melania Trump=b|Steve Witkoff=a,b|Volodymyr Zelensky=a,b"
	if got := strings.Join(labels, "|"); got != want {
		t.Errorf("people:\n got %s\nwant %s", got, want)
	}
	if n := g.Node("person:andriy-hnatov"); n == nil || !strings.Contains(strings.Join(n.Aliases, ";"), "Andrii Gnatov") {
		t.Errorf("variants not kept as aliases: %+v", n)
	}
}

func TestQueries(t *testing.T) {
	gz, _ := gazetteer.Default()
	ents := []model.Entity{person("a", "Ann Alpha", false), person("b", "Bob Beta", false), person("c", "Cy Gamma", false),
		{ID: "country:ukraine", Kind: model.Country, Name: "Ukraine", Key: "ukraine", Mentions: []model.Evidence{{Text: "Ukraine."}}}}
	rels := []model.Relation{
		{From: "a", To: "b", Type: model.RelatedTo, Evidence: model.Evidence{Text: "Ann and Bob."}},
		{From: "b", To: "c", Type: model.RelatedTo, Evidence: model.Evidence{Text: "Bob and Cy."}},
		{From: "c", To: "country:ukraine", Type: model.AffiliatedWith, Evidence: model.Evidence{Text: "Cy of Ukraine."}},
	}
	g := Merge([]model.Facts{doc("d", ents, rels)}, gz, Options{})
	if got := strings.Join(g.Neighbours("person:bob-beta"), ","); got != "person:ann-alpha,person:cy-gamma" {
		t.Errorf("neighbours of Bob: %s", got)
	}
	// an edge merging took back is no longer a way through
	g.removeEdge(edgeKey{"person:bob-beta", "person:cy-gamma", model.RelatedTo})
	if got := strings.Join(g.Neighbours("person:bob-beta"), ","); got != "person:ann-alpha" {
		t.Errorf("neighbours of Bob after the edge to Cy went: %s", got)
	}
	g.addEdge(&Edge{Source: "person:bob-beta", Target: "person:cy-gamma", Type: model.RelatedTo})
	for _, tt := range []struct {
		hops  int
		kinds []model.NodeKind
		want  int
	}{{0, nil, 1}, {1, nil, 2}, {2, nil, 3}, {3, nil, 4}, {3, []model.NodeKind{model.Person}, 3}} {
		if n, _ := g.Subgraph("person:ann-alpha", tt.hops, tt.kinds).Len(); n != tt.want {
			t.Errorf("Subgraph(hops=%d, kinds=%v): %d nodes, want %d", tt.hops, tt.kinds, n, tt.want)
		}
	}
	if n := len(g.NodesOf(model.Country)); n != 1 {
		t.Errorf("%d countries", n)
	}
	if f := g.Find("bob beta"); len(f) != 1 || f[0].ID != "person:bob-beta" {
		t.Errorf("Find: %v", f)
	}
}

// TestEdgesFromKeepsEdgeOrder: edgesFrom gives, for every kind and type,
// what filtering the sorted Edges gives.
func TestEdgesFromKeepsEdgeOrder(t *testing.T) {
	facts, gz := built.Facts(t, sample.Generated(t, 60))
	g := Merge(facts, gz, Options{})
	nonEmpty := 0
	for _, kind := range model.NodeKinds {
		for _, ek := range model.EdgeKinds {
			typ := ek.Kind
			var want []*Edge
			for _, e := range g.Edges() {
				if g.nodes[e.Source].Kind == kind && e.Type == typ {
					want = append(want, e)
				}
			}
			got := g.edgesFrom(kind, typ)
			if len(got) != len(want) {
				t.Fatalf("%s %s: %d edges, want %d", kind, typ, len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("%s %s: edge %d is %s-%s, want %s-%s", kind, typ, i, got[i].Source, got[i].Target, want[i].Source, want[i].Target)
				}
			}
			if len(got) > 1 {
				nonEmpty++
			}
		}
	}
	if nonEmpty < 5 {
		t.Errorf("only %d kind/type pairs with several edges: the test says little", nonEmpty)
	}
}

// TestMeetingEdgesListEveryArticle: two articles that put the same people
// at the same meeting both support its attendance and place edges.
func TestMeetingEdgesListEveryArticle(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Talks\n\nPublished: 3 December 2025\n\nSteve Witkoff met Vladimir Putin in Moscow on Tuesday.",
		"b.txt": "Kremlin talks\n\nPublished: 4 December 2025\n\nVladimir Putin received Steve Witkoff in Moscow on Tuesday, the Kremlin said.",
	})
	checked := 0
	for _, e := range g.Edges() {
		if e.Type == model.Attended || e.Type == model.HeldIn {
			if strings.Join(g.SourceIDs(e.Sources), ",") != "a,b" || len(e.Evidence) != 2 {
				t.Errorf("%s %s %s: sources %v, %d quotes; want both articles", e.Source, e.Type, e.Target, g.SourceIDs(e.Sources), len(e.Evidence))
			}
			checked++
		}
	}
	if checked < 3 {
		t.Errorf("only %d meeting edges: %v", checked, g.Edges())
	}
}

// mergeTexts extracts and merges articles given by file name and text.
func mergeTexts(t *testing.T, texts map[string]string) *Graph {
	t.Helper()
	dir := t.TempDir()
	for name, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	facts, gz := built.Facts(t, dir)
	return Merge(facts, gz, Options{})
}

// wantAttended fails the test for each of who that did not attend the
// meeting.
func wantAttended(t *testing.T, g *Graph, meeting string, who ...string) {
	t.Helper()
	for _, w := range who {
		if g.edges.get(edgeKey{w, meeting, model.Attended}) == nil {
			t.Errorf("%s did not attend %s", w, meeting)
		}
	}
}

// TestSeatAtAnotherMeeting: the members of a delegation attend its
// meetings, but not on the word of a sentence that seats them at another.
func TestSeatAtAnotherMeeting(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Talks\n\nPublished: 24 November 2025\n\nThe Ukrainian delegation met US officials in Geneva on Sunday.",
		"b.txt": "Geneva\n\nPublished: 24 November 2025\n\nUkrainian and US officials met in Geneva on Sunday. The Ukrainian delegation included Andriy Hnatov. " +
			"The Istanbul talks of March 2022, in which Vladimir Medinsky led the Russian delegation and David Arakhamia the Ukrainian one, produced a draft treaty.",
	})
	attended := map[string]bool{}
	for _, e := range g.Edges() {
		if e.Type == model.Attended && strings.Contains(e.Target, "geneva") {
			attended[e.Source] = true
		}
	}
	if !attended["delegation:ukraine"] || !attended["person:andriy-hnatov"] {
		t.Errorf("the delegation and its member should attend the Geneva talks: %v", attended)
	}
	if attended["person:david-arakhamia"] {
		t.Errorf("Arakhamia led the delegation at the Istanbul talks, not in Geneva: %v", attended)
	}
	if g.edges.get(edgeKey{"person:david-arakhamia", "delegation:ukraine", model.Leads}) == nil {
		t.Errorf("Arakhamia should lead the Ukrainian delegation")
	}
}

// TestSeatInItsCapital: the Kremlin is in Moscow, not in St Petersburg; a
// meeting told with a month and no day is another than the article's.
func TestSeatInItsCapital(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Talks\n\nPublished: 3 December 2025\n\nSteve Witkoff held talks with Vladimir Putin at the Kremlin on Tuesday. " +
			"Witkoff, who first met Putin in St Petersburg in April, was joined by Jared Kushner.",
		"b.txt": "Talks\n\nPublished: 3 December 2025\n\nSteve Witkoff met Vladimir Putin in Moscow on Tuesday.",
	})
	var got []string
	for _, n := range g.NodesOf(model.Meeting) {
		got = append(got, n.ID+" "+strings.Join(g.SourceIDs(n.Sources), ","))
	}
	want := "meeting:2025-12-02-moscow a,b|meeting:undated-st-petersburg a"
	if strings.Join(got, "|") != want {
		t.Errorf("meetings:\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
}

// TestMeetingToldAgainst: a meeting told "on the same day" or "in the city"
// takes the day or the place of the meeting told before it; a pluperfect
// before "after talks" is another verb's, and advisers "from" countries
// bring them to the table.
func TestMeetingToldAgainst(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Talks\n\nPublished: 24 November 2025\n\n" +
			"Ukrainian and American officials said on Monday they had drafted a new framework after talks in Geneva on Sunday. " +
			"The Ukrainian delegation was headed by Andriy Yermak. " +
			"On the same day, national security advisers from Britain, France and Germany met the Ukrainian team in the city. " +
			"Military commanders will meet on Thursday to discuss a ceasefire.",
	})
	type meeting struct{ date, place string }
	got := map[string]meeting{}
	for _, n := range g.NodesOf(model.Meeting) {
		date, _ := n.Attrs["date"].(string)
		place, _ := n.Attrs["place"].(string)
		var who []string
		for e := range g.In(n.ID) {
			if e.Type == model.Attended && strings.HasPrefix(e.Source, "country:") {
				who = append(who, strings.TrimPrefix(e.Source, "country:"))
			}
		}
		sort.Strings(who)
		got[strings.Join(who, " ")] = meeting{date, place}
	}
	want := map[string]meeting{
		"ukraine united-states":         {"2025-11-23", "Geneva"},
		"france germany united-kingdom": {"2025-11-23", "Geneva"},
		"":                              {"2025-11-27", ""},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("meetings by the countries at them:\n got %v\nwant %v", got, want)
	}
	// the lead's meeting is the article's main one: its delegation was there
	if g.edges.get(edgeKey{"person:andriy-yermak", "meeting:2025-11-23-geneva", model.Attended}) == nil {
		t.Error("the head of the delegation did not attend the lead's meeting")
	}
}

// TestArmedGroupDelegationAtMainMeeting: the delegation of an armed group,
// one of the sides of the article's meeting, attended it, as a country's
// delegation does.
func TestArmedGroupDelegationAtMainMeeting(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Talks\n\nPublished: 10 March 2025\n\nIsrael and Hamas resumed indirect talks in Cairo on Sunday, Egyptian officials said. " +
			"The Hamas delegation was led by Khalil al-Hayya.",
	})
	var meeting string
	for _, n := range g.NodesOf(model.Meeting) {
		meeting = n.ID
	}
	wantAttended(t, g, meeting, "delegation:org:hamas", "person:khalil-al-hayya")
}

// TestMeetingAtAnotherTime: a meeting an article tells at a month ("in late
// October") is not its news meeting at a place nearby, and two undated
// meetings in one city from different articles are one only through
// someone both name.
func TestMeetingAtAnotherTime(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Talks\n\nPublished: 30 November 2025\n\n" +
			"Rustem Umerov met Steve Witkoff in Hallandale Beach, Florida, on Sunday. " +
			"Kirill Dmitriev met Witkoff in Miami in late October.",
	})
	florida := ""
	for _, n := range g.NodesOf(model.Meeting) {
		if n.Attrs["date"] == "2025-11-30" {
			florida = n.ID
		}
	}
	if florida == "" {
		t.Fatal("no meeting on 2025-11-30")
	}
	if g.edges.get(edgeKey{"person:kirill-dmitriev", florida, model.Attended}) != nil || g.edges.get(edgeKey{florida, "place:miami", model.HeldIn}) != nil {
		t.Error("the October meeting in Miami joined the Florida talks")
	}
	// the Nile dam talks' coming round in Cairo and the Sudan talks' meeting
	// there, neither dated, name no one in common
	facts, gz := built.Facts(t, filepath.Join(sample.Root(), "testdata", "articles", "gerd-tripartite.txt"), filepath.Join(sample.Root(), "testdata", "articles", "sudan-quad.txt"))
	for _, n := range Merge(facts, gz, Options{}).NodesOf(model.Meeting) {
		if len(n.Sources) > 1 {
			t.Errorf("%s (%s) is told by both articles", n.ID, n.Label)
		}
	}
}

// TestDelegationOfAnotherMeeting: a delegation named in the sentence of one
// meeting is not seated at the article's main meeting.
func TestDelegationOfAnotherMeeting(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Factbox\n\npublished: 2025-12-20\n\n" +
			"* Nov 23 - U.S. and Ukrainian officials, led by Marco Rubio and Andriy Yermak, meet in Geneva.\n\n" +
			"* Nov 30 - Ukrainian negotiators led by Rustem Umerov meet Steve Witkoff in Hallandale Beach, Florida.\n",
	})
	for _, who := range []string{"delegation:ukraine", "person:rustem-umerov"} {
		if g.edges.get(edgeKey{who, "meeting:2025-11-23-geneva", model.Attended}) != nil {
			t.Errorf("%s attended the Geneva talks", who)
		}
	}
	wantAttended(t, g, "meeting:2025-11-30-hallandale-beach", "delegation:ukraine", "person:rustem-umerov")
}

// TestBriefs: a headline's "X to meet Y on Tuesday" is to come, not last
// Tuesday's; who "will travel ... a day after the talks between A and B"
// did not take part in them.
func TestBriefs(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"b1.txt": "Witkoff, Kushner to meet Putin on Tuesday - Kremlin\npublished: 2025-12-01\n\n" +
			"MOSCOW, Dec 1 (Example) - US envoy Steve Witkoff and Jared Kushner will meet Russian President Vladimir Putin in Moscow on Tuesday, Kremlin spokesman Dmitry Peskov said on Monday.\n",
		"b3.txt": "Umerov to brief Europeans\npublished: 2025-12-03\n\n" +
			"KYIV, Dec 3 - Ukraine's chief negotiator Rustem Umerov will travel to Brussels on Wednesday to brief European officials, a day after the Kremlin talks between Putin and US envoys.\n",
	})
	var dates []string
	for _, n := range g.NodesOf(model.Meeting) {
		d, _ := n.Attrs["date"].(string)
		dates = append(dates, d)
	}
	if !reflect.DeepEqual(dates, []string{"2025-12-02"}) {
		t.Errorf("meeting dates %v, want one meeting on 2025-12-02", dates)
	}
	for _, e := range g.Edges() {
		if e.Type == model.Attended && (e.Source == "person:rustem-umerov" || e.Source == "country:ukraine") {
			t.Errorf("%s attended %s", e.Source, e.Target)
		}
	}
}

// TestRoundOfTheSameTalks: "The first round was held on May 16", in an
// article on the second round of Russia–Ukraine talks, is a round of the
// same talks.
func TestRoundOfTheSameTalks(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Talks\n\npublished: 2025-06-02\n\nThe second round of direct Russia-Ukraine talks took place in Istanbul on Monday. " +
			"The first round was held at the Dolmabahce Palace on May 16.",
	})
	first := mustMeeting(t, g, "meeting:2025-05-16-talks").ID
	wantAttended(t, g, first, "country:russia", "country:ukraine")
}

// TestCancelledMeeting: a summit called off is no meeting held, and "no
// meeting between Putin and Trump was planned" is no meeting.
func TestCancelledMeeting(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Trump calls off Budapest summit with Putin\npublished: 2025-10-22\n\n" +
			"President Donald Trump said on Wednesday he had cancelled a planned summit with Russian President Vladimir Putin in Budapest. " +
			"Kremlin spokesman Dmitry Peskov said no meeting between Putin and Trump was planned for the near future.",
	})
	ms := g.NodesOf(model.Meeting)
	if len(ms) != 1 {
		t.Fatalf("%d meetings, want the one called off", len(ms))
	}
	if st := ms[0].Attrs["status"]; st != "cancelled" {
		t.Errorf("%s: status %v, want cancelled", ms[0].ID, st)
	}
	if d, ok := ms[0].Attrs["date"]; ok {
		t.Errorf("%s: dated %v by the day it was called off", ms[0].ID, d)
	}
}

// TestGivenNameForms: a Russian outlet's "Vladimir Zelensky" and a
// Ukrainian one's "Volodymyr Zelenskyy" are one person; Vladimir Putin
// stays another.
func TestGivenNameForms(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "A\n\npublished: 2025-12-01\n\nVladimir Zelensky said the talks were constructive. Vladimir Putin disagreed.",
		"b.txt": "B\n\npublished: 2025-12-02\n\nVolodymyr Zelenskyy met Emmanuel Macron in Paris on Monday.",
	})
	var people []string
	for _, n := range g.NodesOf(model.Person) {
		people = append(people, n.Label)
	}
	sort.Strings(people)
	if want := []string{"Emmanuel Macron", "Vladimir Putin", "Volodymyr Zelenskyy"}; !reflect.DeepEqual(people, want) {
		t.Errorf("people %q, want %q", people, want)
	}
}

// TestTheTwoLeaders: "a phone call between the two leaders" is between the
// two people of the meeting told before.
func TestTheTwoLeaders(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Summit\n\npublished: 2025-08-16\n\nDonald Trump met Vladimir Putin in Anchorage on Friday. On Wednesday, the two leaders held a phone call.",
	})
	var call string
	for _, n := range g.NodesOf(model.Meeting) {
		if n.Attrs["kind"] == "call" {
			call = n.ID
		}
	}
	if call == "" {
		t.Fatalf("no call among %v", nodeIDs(g.NodesOf(model.Meeting)))
	}
	wantAttended(t, g, call, "person:donald-trump", "person:vladimir-putin")
}

// TestHeldThisWeekAndComing: talks that "continued in Florida this week"
// are not the talks "set to resume in Miami on Saturday".
func TestHeldThisWeekAndComing(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Talks\n\npublished: 2025-12-18\n\nUkrainian and US negotiators are set to resume talks in Miami on Saturday, a Ukrainian official said. " +
			"The talks continued in Florida this week.",
	})
	coming := mustMeeting(t, g, "meeting:2025-12-20-miami")
	if st := coming.Attrs["status"]; st != "scheduled" {
		t.Errorf("Saturday's talks are %v, want scheduled", st)
	}
}

// TestCallOfItsOwn: a call with people of its own ("Zelenskyy and Macron
// held a call with European leaders") does not join an earlier call it
// shares no one with.
func TestCallOfItsOwn(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Calls\n\npublished: 2025-12-28\n\nDonald Trump held a phone call with Vladimir Putin on Sunday. " +
			"Later, Volodymyr Zelenskyy and Emmanuel Macron held a call with European leaders.",
	})
	for _, e := range g.Edges() {
		if e.Type == model.Attended && (e.Source == "person:emmanuel-macron" || e.Source == "person:volodymyr-zelenskyy") && g.edges.get(edgeKey{"person:vladimir-putin", e.Target, model.Attended}) != nil {
			t.Errorf("%s is on the call with Putin", e.Source)
		}
	}
}

// TestPlaceInItsState: Mar-a-Lago is in Florida, so the headline's meeting
// "in Florida" is the body's meeting at Mar-a-Lago.
func TestPlaceInItsState(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Zelenskyy meets Trump in Florida\npublished: 2025-12-28\n\nVolodymyr Zelenskyy met Donald Trump at Mar-a-Lago on Sunday.",
	})
	if ms := g.NodesOf(model.Meeting); len(ms) != 1 {
		t.Errorf("%d meetings, want one", len(ms))
	}
}

// TestMeetAgainIsAnotherMeeting: "agreed to meet again in May", told in
// the sentence that gives the talks two days, is another meeting: the
// talks are not dated back from it.
func TestMeetAgainIsAnotherMeeting(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Talks resume in Geneva\npublished: 2026-03-12\n\nMorocco and Algeria sat down in Geneva on Wednesday for talks hosted by the UN. " +
			`The envoy described the two days of discussions as "frank" and said the parties had agreed to meet again in the same format in May.`,
	})
	mustMeeting(t, g, "meeting:2026-03-11-geneva")
}

// TestParticleOpeningASentence: "De Mistura" opening a sentence is Staffan
// de Mistura, not a person of his own.
func TestParticleOpeningASentence(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Talks resume in Geneva\npublished: 2026-03-12\n\nThe talks were hosted by the UN envoy Staffan de Mistura in Geneva on Wednesday. " +
			"De Mistura said the talks were serious.",
	})
	if ps := g.NodesOf(model.Person); len(ps) != 1 {
		t.Errorf("%d people, want one: %v", len(ps), nodeIDs(ps))
	}
}

// mustMeeting returns the meeting node id, or ends the test naming the
// meetings there are.
func mustMeeting(t *testing.T, g *Graph, id string) *Node {
	t.Helper()
	n := g.Node(id)
	if n == nil {
		t.Fatalf("no meeting %s among %v", id, nodeIDs(g.NodesOf(model.Meeting)))
	}
	return n
}

func nodeIDs(ns []*Node) []string {
	var ids []string
	for _, n := range ns {
		ids = append(ids, n.ID)
	}
	return ids
}

// TestCeasefireTalksAndTheMeetingsToCome: a dateline with a colon opens the
// lead, whose parties take part; a co-organiser attends; people who "will
// meet" the next day, and a committee meeting a week later, meet anew.
func TestCeasefireTalksAndTheMeetingsToCome(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Ceasefire agreed\npublished: 2025-07-28\n\nPUTRAJAYA: Thailand and Cambodia agreed to a ceasefire on Monday after talks in Putrajaya, Anwar Ibrahim said. " +
			"The meeting was co-organised by the United States. " +
			"Military commanders from both sides will meet on Tuesday morning, followed by a meeting of the general border committee hosted by Cambodia on August 4, he added.",
	})
	talks := mustMeeting(t, g, "meeting:2025-07-28-putrajaya")
	if end, ok := talks.Attrs["end_date"]; ok {
		t.Errorf("the talks end on %v: the meetings to come joined them", end)
	}
	wantAttended(t, g, talks.ID, "country:thailand", "country:cambodia", "country:united-states")
	for _, id := range []string{"meeting:2025-07-29-talks", "meeting:2025-08-04-talks"} {
		if g.Node(id) == nil {
			t.Errorf("no %s: %v", id, nodeIDs(g.NodesOf(model.Meeting)))
		}
	}
}

// TestTimeSpentWithSomeone: "spent five hours at the Kremlin with Putin"
// is a meeting of the three; "The round came two days after" it counts
// from the round's first day, which the lead tells by its last ("left on
// Saturday after three days of talks": Thursday).
func TestTimeSpentWithSomeone(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Talks in Florida\npublished: 2025-12-07\n\nUkrainian negotiators left Miami on Saturday after three days of talks with US envoys. " +
			"The round came two days after Steve Witkoff and Jared Kushner spent five hours at the Kremlin with Vladimir Putin.",
	})
	kremlin := mustMeeting(t, g, "meeting:2025-12-02-kremlin").ID
	wantAttended(t, g, kremlin, "person:steve-witkoff", "person:jared-kushner", "person:vladimir-putin")
}

// TestRoundToCome: an article announcing a round ("Umerov to lead
// Ukrainian team at new round of talks") tells a meeting to come, which
// the delegations it names attend, with who "will be joined by" the head;
// the council in the head's title ("secretary of Ukraine's National
// Security and Defense Council (NSDC)", "the NSDC secretary") is no party.
func TestRoundToCome(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Umerov to lead Ukrainian team at new round of talks in Abu Dhabi\npublished: 2026-01-30\n\n" +
			"Rustem Umerov, secretary of Ukraine's National Security and Defense Council (NSDC), will again lead the Ukrainian delegation at talks with Russia in Abu Dhabi on Feb. 1. " +
			"The NSDC secretary will be joined by military intelligence chief Kyrylo Budanov. " +
			"The Russian side will again be led by Admiral Igor Kostyukov.",
	})
	m := mustMeeting(t, g, "meeting:2026-02-01-abu-dhabi")
	id := m.ID
	if st := m.Attrs["status"]; st != "scheduled" {
		t.Errorf("the talks are %v, want scheduled", st)
	}
	wantAttended(t, g, id, "delegation:ukraine", "delegation:russia", "person:rustem-umerov", "person:kyrylo-budanov", "person:igor-kostyukov")
	for e := range g.In(id) {
		if strings.HasPrefix(e.Source, "organization:") {
			t.Errorf("%s attends the talks", e.Source)
		}
	}
}

// TestLabelOfTiedSpellings: two spellings of a full name written once
// each; the one whose surname the corpus writes more is the label.
func TestLabelOfTiedSpellings(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "a\npublished: 2025-12-05\n\nSteve Witkoff met Andrei Gnatov in Miami on Thursday.",
		"b.txt": "b\npublished: 2025-12-05\n\nSteve Witkoff met Andriy Hnatov in Miami on Thursday.",
		"c.txt": "c\npublished: 2025-12-06\n\nVolodymyr Zelenskyy said Umerov and Hnatov had briefed him.",
	})
	n := g.Node("person:andriy-hnatov")
	if n == nil || n.Label != "Andriy Hnatov" {
		t.Errorf("no person labelled Andriy Hnatov: %v", nodeIDs(g.NodesOf(model.Person)))
	}
}

// labelled returns the labels of the nodes of a kind.
func labelled(g *Graph, kind model.NodeKind) []string {
	var out []string
	for _, n := range g.NodesOf(kind) {
		out = append(out, n.Label)
	}
	return out
}

// wantAttendees fails the test for each label of who that is not among
// the meeting's attendees.
func wantAttendees(t *testing.T, g *Graph, meeting string, who ...string) {
	t.Helper()
	got := attendees(g, meeting)
	for _, w := range who {
		if !slices.Contains(got, w) {
			t.Errorf("%s did not attend %s: %q", w, meeting, got)
		}
	}
}

// attendees returns the labels of who attended the meeting.
func attendees(g *Graph, meeting string) []string {
	var out []string
	for _, e := range g.EdgesOf(meeting) {
		if e.Type == model.Attended && e.Target == meeting {
			out = append(out, g.Node(e.Source).Label)
		}
	}
	return out
}

// TestTradeTalksNames: "He" after "met He Lifeng at the residence of the
// Swiss ambassador" is He Lifeng; "accompanied by A, China's international
// trade representative, and Vice Finance Minister B." brings both, B
// without the paragraph's full stop ("Min." is also an abbreviation); a
// title-case headline's verb is no part of a name; "do" in "André Corrêa
// do Lago" is a particle.
func TestTradeTalksNames(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Wang Yi Holds Talks with Scott Bessent\npublished: 2025-05-12\n\n" +
			"Scott Bessent met Chinese Vice Premier He Lifeng at the residence of the Swiss ambassador in Geneva on Saturday. " +
			`"The talks were candid, in-depth and constructive," he said. ` +
			"He was accompanied by Li Chenggang, China's international trade representative, and Vice Finance Minister Liao Min.\n\n" +
			"COP30 president André Corrêa do Lago said the talks had been useful.",
	})
	people := labelled(g, model.Person)
	for _, want := range []string{"Scott Bessent", "He Lifeng", "Li Chenggang", "Liao Min", "André Corrêa do Lago", "Wang Yi"} {
		if !slices.Contains(people, want) {
			t.Errorf("no person %q among %q", want, people)
		}
	}
	if len(people) != 6 {
		t.Errorf("people %q, want six", people)
	}
	m := mustMeeting(t, g, "meeting:2025-05-10-geneva")
	wantAttendees(t, g, m.ID, "Scott Bessent", "He Lifeng", "Li Chenggang", "Liao Min")
	got := attendees(g, m.ID)
	for _, a := range got {
		if strings.Contains(a, "ambassador") {
			t.Errorf("the ambassador, at whose residence they met, attended: %q", got)
		}
	}
	if len(g.Statements) != 1 || g.Node(g.Statements[0].Speaker).Label != "He Lifeng" {
		t.Errorf("statements %+v, want one of He Lifeng", g.Statements)
	}
}

// TestMonthOfAMeetingToCome: "will be held in Antalya in November 2026"
// dates the summit to come by its month; "closing the summit a day later
// than scheduled" tells of one held; "since talks in Geneva last month"
// in a sentence about the future is no meeting to come.
func TestMonthOfAMeetingToCome(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Climate deal\npublished: 2025-11-22\n\n" +
			"Negotiators agreed early on Saturday to triple adaptation finance, closing the summit in Belém a day later than scheduled. " +
			"The next summit will be held in Antalya in November 2026. " +
			"The talks will build on a text that the ministers have revised since talks in Geneva last month.",
	})
	belem := mustMeeting(t, g, "meeting:2025-11-22-belem")
	if s := belem.Attrs["status"]; s != "held" {
		t.Errorf("the Belém summit is %v, want held", s)
	}
	antalya := mustMeeting(t, g, "meeting:2026-11-01-antalya")
	if antalya.Attrs["status"] != "scheduled" || antalya.Attrs["end_date"] != "2026-11-30" {
		t.Errorf("the Antalya summit: %v", antalya.Attrs)
	}
	for _, n := range g.NodesOf(model.Meeting) {
		if strings.Contains(n.ID, "geneva") && n.Attrs["status"] == "scheduled" {
			t.Errorf("the past Geneva talks are to come: %v", n.Attrs)
		}
	}
}

// TestMediatorAfterTheParties: "talks with the United States held in
// Rome, mediated by Oman" seat Oman at the talks; "A, who first met B in
// St Petersburg in April, was joined by C" does not seat C there.
func TestMediatorAfterTheParties(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Iran briefs China\npublished: 2025-04-23\n\n" +
			"Abbas Araghchi said the latest round of indirect talks with the United States held in Rome on April 19, mediated by Oman, was useful.",
		"b.txt": "Envoy in Moscow\npublished: 2025-12-03\n\n" +
			"Steve Witkoff held talks with Vladimir Putin at the Kremlin on Tuesday. " +
			"Witkoff, who first met Putin in St Petersburg in April, was joined by Jared Kushner.",
	})
	wantAttended(t, g, "meeting:2025-04-19-rome", "country:oman", "country:united-states")
	for _, n := range g.NodesOf(model.Meeting) {
		if strings.Contains(n.ID, "petersburg") && slices.Contains(attendees(g, n.ID), "Jared Kushner") {
			t.Errorf("Kushner attended the St Petersburg meeting: %q", attendees(g, n.ID))
		}
	}
}

// TestBriefsAreSeparateMeetings: a page of briefs tells a summit that
// Egypt and the US co-chaired on Monday and talks of India and China "at
// the border meeting point" on Sunday: two meetings, the second dated
// ("meeting point" is a place, no meeting of its own).
func TestBriefsAreSeparateMeetings(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "World in brief\npublished: 2025-10-14\n\n" +
			"SHARM EL-SHEIKH — Leaders gathered in Sharm el-Sheikh on Monday for a summit co-chaired by Egyptian President Abdel Fattah al-Sisi and US President Donald Trump.\n\n" +
			"NEW DELHI — Indian and Chinese military commanders held the 23rd round of corps commander-level talks at the Chushul-Moldo border meeting point on Sunday, the Indian army said.",
	})
	summit := mustMeeting(t, g, "meeting:2025-10-13-sharm-el-sheikh")
	if _, ok := summit.Attrs["end_date"]; ok {
		t.Errorf("the summit took in the talks of the day before: %v", summit.Attrs)
	}
	var talks *Node
	for _, n := range g.NodesOf(model.Meeting) {
		if n.ID != summit.ID {
			talks = n
		}
	}
	if ms := g.NodesOf(model.Meeting); len(ms) != 2 || talks.Attrs["date"] != "2025-10-12" {
		t.Fatalf("meetings %v, want the summit and talks on 2025-10-12", nodeIDs(ms))
	}
	wantAttended(t, g, talks.ID, "country:india", "country:china")
}

// TestInterviewIsNoMeeting: "spoke to Example Weekly in Helsinki" is an
// interview; ", and I will travel to Berlin next week to meet them again"
// is a clause of its own, whose meeting is not the London one.
func TestInterviewIsNoMeeting(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Interview\npublished: 2025-12-09\noutlet: Example Weekly\n\n" +
			"Finnish President Alexander Stubb spoke to Example Weekly in Helsinki on Monday.\n\n" +
			"Stubb: Chancellor Merz, President Macron and Prime Minister Starmer met President Zelensky in London on Monday, and I will travel to Berlin next week to meet them again.",
	})
	var got []string
	for _, n := range g.NodesOf(model.Meeting) {
		got = append(got, fmt.Sprintf("%s %v %v", n.ID, n.Attrs["place"], n.Attrs["status"]))
	}
	want := []string{"meeting:2025-12-08-london London held", "meeting:2025-12-15-berlin Berlin scheduled"}
	if !slices.Equal(got, want) {
		t.Errorf("meetings %q, want %q", got, want)
	}
}

// TestDealReachedAfterTalks: "A and B agreed on Tuesday .... The deal was
// reached after 12 days of negotiations in Muscat, co-chaired by the
// envoy's office and the ICRC": A and B, the envoy and the ICRC took part
// in talks of twelve days that ended on Tuesday; each side's delegation
// has its head.
func TestDealReachedAfterTalks(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Detainees to be freed\npublished: 2025-12-23\n\n" +
			"Yemen's internationally recognised government and the Houthi movement agreed on Tuesday to release more than 2,000 detainees. " +
			"The deal was reached after 12 days of negotiations in Muscat, co-chaired by UN envoy Hans Grundberg's office and the International Committee of the Red Cross (ICRC). " +
			"The government delegation was headed by Yahya Kazman, while Abdulqader al-Murtada led the Houthi side.",
	})
	// "the government delegation" is Yemen's, whose "internationally
	// recognised government" the lead names; "the Houthi side" is the
	// Houthis'
	leads := map[string]string{}
	for _, e := range g.Edges() {
		if e.Type == model.Leads {
			leads[g.Node(e.Source).Label] = e.Target
		}
	}
	if leads["Yahya Kazman"] != "delegation:yemen" || leads["Abdulqader al-Murtada"] != "delegation:org:houthis" {
		t.Errorf("leads %v", leads)
	}
	m := mustMeeting(t, g, "meeting:2025-12-12-muscat")
	if m.Attrs["end_date"] != "2025-12-23" {
		t.Errorf("the talks: %v", m.Attrs)
	}
	wantAttendees(t, g, m.ID, "Yemen", "Houthis", "Hans Grundberg", "International Committee of the Red Cross")
}

// TestCommissionMeetsUnderAuspices: a dateline's agency in brackets is no
// organisation; "Members of the 5+5 Joint Military Commission" met, "under
// the auspices of the United Nations Support Mission in Libya (UNSMIL)"
// (the acronym spells the name to its end); "The meeting, the first since
// March, was opened by" its head, and is not dated to March.
func TestCommissionMeetsUnderAuspices(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Commission meets\n\n" +
			"Tripoli, 3 November 2025 (Example Agency) – Members of the 5+5 Joint Military Commission (JMC) met in Sirte on Sunday under the auspices of the United Nations Support Mission in Libya (UNSMIL). " +
			"The meeting, the first in Sirte since March, was opened by the acting head of UNSMIL, Stephanie Koury.",
	})
	orgs := labelled(g, model.Organization)
	if want := []string{"Joint Military Commission", "United Nations Support Mission in Libya"}; !slices.Equal(orgs, want) {
		t.Errorf("organisations %q, want %q", orgs, want)
	}
	if ms := g.NodesOf(model.Meeting); len(ms) != 1 {
		t.Fatalf("meetings %v, want one", nodeIDs(ms))
	}
	m := mustMeeting(t, g, "meeting:2025-11-02-sirte")
	wantAttendees(t, g, m.ID, append(orgs, "Stephanie Koury")...)
}

// TestWireReport: a wire report's date line ends with "Updated 2 hours
// ago"; "HALLANDALE BEACH, Florida" is a town of two words; "Jared
// Kushner, President Donald Trump's son-in-law" puts Kushner, not Trump,
// on the team; "was expected in Moscow this week to meet" is to come.
func TestWireReport(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Ukraine, US officials wrap up Florida talks\n\nDecember 1, 2025 3:12 AM GMT Updated 2 hours ago\n\n" +
			"HALLANDALE BEACH, Florida, Dec 1 (Reuters) - Ukrainian and U.S. officials ended nearly four hours of talks in Florida on Sunday.\n\n" +
			"The U.S. side was represented by Secretary of State Marco Rubio, special envoy Steve Witkoff and Jared Kushner, President Donald Trump's son-in-law.\n\n" +
			"Kremlin spokesman Dmitry Peskov said on Monday that Witkoff was expected in Moscow this week to meet President Vladimir Putin.",
	})
	if p := g.Sources[0].Published; p != "2025-12-01" {
		t.Errorf("published %q", p)
	}
	if !slices.Contains(labelled(g, model.Place), "Hallandale Beach") {
		t.Errorf("places %q", labelled(g, model.Place))
	}
	var members []string
	for _, e := range g.Edges() {
		if e.Type == model.MemberOf && e.Target == "delegation:united-states" {
			members = append(members, g.Node(e.Source).Label)
		}
	}
	slices.Sort(members)
	if want := []string{"Jared Kushner", "Marco Rubio", "Steve Witkoff"}; !slices.Equal(members, want) {
		t.Errorf("US team %q, want %q", members, want)
	}
	mustMeeting(t, g, "meeting:2025-11-30-florida")
	moscow := mustMeeting(t, g, "meeting:2025-12-01-moscow")
	if moscow.Attrs["status"] != "scheduled" {
		t.Errorf("the Moscow meeting: %v", moscow.Attrs)
	}
}

// TestMarkdownBrief: a Markdown heading's "#" is no part of the title and
// "*Axios · Dec 12, 2025*" dates the article; "The meeting is expected on
// Sunday" is to come; "a trilateral meeting could follow" is none; "The
// talks will focus on the plan, which Ukraine sent back on Wednesday" are
// not dated by the plan's day.
func TestMarkdownBrief(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.md": "# Scoop: Envoys to meet Ukrainians in Berlin\n\n*Axios · Dec 12, 2025*\n\n" +
			"**Driving the news:** Steve Witkoff will travel to Berlin for talks with Volodymyr Zelensky.\n\n" +
			"- The meeting is expected on Sunday at the chancellery.\n\n" +
			"**Behind the scenes:** The talks will focus on the 20-point plan, which Ukraine sent back to Washington on Wednesday.\n\n" +
			"**What to watch:** A U.S. official said a trilateral meeting with Russian officials could follow.",
	})
	if src := g.Sources[0]; src.Title != "Scoop: Envoys to meet Ukrainians in Berlin" || src.Published != "2025-12-12" {
		t.Errorf("source %+v", src)
	}
	var got []string
	for _, n := range g.NodesOf(model.Meeting) {
		got = append(got, fmt.Sprintf("%s %v", n.ID, n.Attrs["status"]))
	}
	if want := []string{"meeting:2025-12-14-berlin scheduled"}; !slices.Equal(got, want) {
		t.Errorf("meetings %q, want %q", got, want)
	}
}

// TestThisWeekendToCome: "As a second round of talks opens in Abu Dhabi
// this weekend", on a Wednesday, is the coming weekend's round, to come
// whatever the tense, and the round another article dates to Feb. 1.
func TestThisWeekendToCome(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Who is negotiating?\npublished: 2026-01-28\n\nAs a second round of trilateral talks opens in Abu Dhabi this weekend, here is who sits at the table.",
		"b.txt": "Umerov to lead team\npublished: 2026-01-30\n\nRustem Umerov will lead the Ukrainian delegation at trilateral talks with Russia and the United States in Abu Dhabi on Feb. 1.",
	})
	if ms := g.NodesOf(model.Meeting); len(ms) != 1 {
		t.Fatalf("meetings %v, want one", nodeIDs(ms))
	}
	m := mustMeeting(t, g, "meeting:2026-01-31-abu-dhabi")
	if m.Attrs["status"] != "scheduled" || len(m.Sources) != 2 {
		t.Errorf("the round: %v from %v", m.Attrs, g.SourceIDs(m.Sources))
	}
}

// TestDelegationForTalksHeadedBy: "Ukraine's delegation for talks with the
// United States will be headed by NSDC Secretary Rustem Umerov"; "Andriy
// Yermak, head of the Office of the President" heads an organisation;
// "Kremlin spokesman Dmitry Peskov" serves Russia, as the Kremlin does.
func TestDelegationForTalksHeadedBy(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Umerov to head delegation\npublished: 2025-11-29\n\n" +
			"Ukraine's delegation for talks with the United States will be headed by NSDC Secretary Rustem Umerov, President Volodymyr Zelensky said. " +
			"The announcement came a day after Andriy Yermak, head of the Office of the President, resigned. " +
			"Kremlin spokesman Dmitry Peskov declined to comment.",
	})
	has := func(from, typ, to string) bool {
		for _, e := range g.Edges() {
			if string(e.Type) == typ && g.Node(e.Source).Label == from && g.Node(e.Target).Label == to {
				return true
			}
		}
		return false
	}
	for _, w := range [][3]string{
		{"Rustem Umerov", "leads", "Ukrainian delegation"},
		{"Andriy Yermak", "affiliated_with", "Office of the President"},
		{"Dmitry Peskov", "affiliated_with", "Kremlin"},
		{"Dmitry Peskov", "affiliated_with", "Russia"},
	} {
		if !has(w[0], w[1], w[2]) {
			t.Errorf("no %s -%s-> %s", w[0], w[1], w[2])
		}
	}
}

// TestPlanDraftedAndRevised: "The original 28-point plan, drafted by A and
// B" names its authors; "After talks in Geneva on November 23, US and
// Ukrainian negotiators produced a revised 19-point framework": the two
// teams took part; "Presidents Zelensky and Trump" are two people.
func TestPlanDraftedAndRevised(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "How the plan changed\npublished: 2025-11-26\n\n" +
			"The original 28-point plan, drafted by Steve Witkoff and Kirill Dmitriev in Miami, was presented to Kyiv on November 20. " +
			"After talks in Geneva on November 23, US and Ukrainian negotiators produced a revised 19-point framework. " +
			"The most sensitive issues were left for Presidents Zelensky and Trump to decide.",
	})
	var authors []string
	for _, e := range g.Edges() {
		if e.Type == model.Authored && e.Target == "document:plan-28-point" {
			authors = append(authors, g.Node(e.Source).Label)
		}
	}
	slices.Sort(authors)
	if want := []string{"Kirill Dmitriev", "Steve Witkoff"}; !slices.Equal(authors, want) {
		t.Errorf("authors %q, want %q", authors, want)
	}
	wantAttended(t, g, "meeting:2025-11-23-geneva", "delegation:united-states", "delegation:ukraine")
	if ps := labelled(g, model.Person); !slices.Contains(ps, "Trump") || !slices.Contains(ps, "Zelensky") {
		t.Errorf("people %q", ps)
	}
}

// TestOneMeetingTwoTowns: two articles put the same three days of talks
// between the same people in Miami and at a club in Hallandale Beach: one
// meeting, named after the town more articles give; talks in another
// city the gazetteer knows stay apart.
func TestOneMeetingTwoTowns(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Talks\npublished: 2025-12-06\n\nSteve Witkoff met Rustem Umerov and Andriy Hnatov in Miami on Thursday.",
		"b.txt": "Talks\npublished: 2025-12-06\n\nSteve Witkoff and Rustem Umerov met Andriy Hnatov in Miami on Thursday, officials said.",
		"c.txt": "Talks\npublished: 2025-12-07\n\nRustem Umerov sat down with Steve Witkoff on Thursday at the Shell Bay club in Hallandale Beach.",
		"d.txt": "Other talks\npublished: 2025-12-05\n\nRustem Umerov and Steve Witkoff met in Geneva on Thursday.",
	})
	var got []string
	for _, n := range g.NodesOf(model.Meeting) {
		got = append(got, n.ID)
	}
	if want := []string{"meeting:2025-12-04-geneva", "meeting:2025-12-04-miami"}; !slices.Equal(got, want) {
		t.Errorf("meetings %q, want %q", got, want)
	}
}

// TestJoinedAtTheTalks: "Published time: 3 Dec, 2025 06:12" dates the
// article, so "on Tuesday" is 2 December; "He was joined at the talks by
// Kirill Dmitriev" seats Dmitriev.
func TestJoinedAtTheTalks(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Putin receives Witkoff at Kremlin\n\nPublished time: 3 Dec, 2025 06:12\n\n" +
			"Russian President Vladimir Putin received US special envoy Steve Witkoff in the Kremlin on Tuesday evening. " +
			"He was joined at the talks by Kirill Dmitriev, the head of the Russian Direct Investment Fund.",
	})
	m := mustMeeting(t, g, "meeting:2025-12-02-kremlin")
	if got := attendees(g, m.ID); !slices.Contains(got, "Kirill Dmitriev") {
		t.Errorf("attendees %q", got)
	}
}

// TestCoChairedCall: who "co-chaired the call" took part, and so did who
// "was joined in Downing Street by" the host.
func TestCoChairedCall(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Coalition call\npublished: 2025-11-25\n\n" +
			"Sir Keir Starmer chaired a video call of the coalition of the willing on Tuesday. " +
			"The Prime Minister was joined in Downing Street by the Foreign Secretary, Yvette Cooper, and the Defence Secretary, John Healey. " +
			"French President Emmanuel Macron and German Chancellor Friedrich Merz co-chaired the call from Paris and Berlin.",
	})
	calls := g.NodesOf(model.Meeting)
	if len(calls) != 1 {
		t.Fatalf("meetings %v, want the call", nodeIDs(calls))
	}
	wantAttendees(t, g, calls[0].ID, "Keir Starmer", "Yvette Cooper", "John Healey", "Emmanuel Macron", "Friedrich Merz")
}

// TestPresentedPlan: handing a text to someone somewhere is a meeting of
// the two ("presented the plan to President Volodymyr Zelenskyy in Kyiv");
// presenting it to no one is none, and a news conference is no meeting.
func TestPresentedPlan(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Plan handed over\npublished: 2025-11-21\n\n" +
			"US Army Secretary Dan Driscoll presented the plan to President Volodymyr Zelenskyy in Kyiv on Thursday. " +
			"Senators presented a draft at a news conference in Washington on Friday.",
	})
	if ms := g.NodesOf(model.Meeting); len(ms) != 1 {
		t.Fatalf("meetings %v, want the one in Kyiv", nodeIDs(ms))
	}
	m := mustMeeting(t, g, "meeting:2025-11-20-kyiv")
	got := attendees(g, m.ID)
	slices.Sort(got)
	if want := []string{"Dan Driscoll", "Volodymyr Zelenskyy"}; !slices.Equal(got, want) {
		t.Errorf("attendees %q, want %q", got, want)
	}
}

// TestDatesInBrackets: "Talks in Miami (Dec. 4-6) produced progress": the
// brackets hold the talks' days, no new clause.
func TestDatesInBrackets(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Talks\npublished: 2025-12-08\n\nTalks in Miami (Dec. 4-6) produced progress on security guarantees.",
	})
	m := mustMeeting(t, g, "meeting:2025-12-04-miami")
	if m.Attrs["end_date"] != "2025-12-06" {
		t.Errorf("the talks: %v", m.Attrs)
	}
}

// TestOrganisationLabelBySpelling: an organisation's British and American
// spellings vote together for its label.
func TestOrganisationLabelBySpelling(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Readout\npublished: 2025-12-18\n\nMarco Rubio met Ukrainian National Security and Defense Council Secretary Rustem Umerov. " +
			"The Ukrainian National Security and Defense Council said the talks were useful. The Ukrainian National Security and Defense Council thanked him. " +
			"The Ukrainian National Security and Defense Council met again on Friday.",
		"b.txt": "Talks\npublished: 2025-12-18\n\nRustem Umerov, secretary of the National Security and Defence Council of Ukraine, met Marco Rubio.",
		"c.txt": "Talks\npublished: 2025-12-18\n\nRustem Umerov, secretary of the National Security and Defense Council of Ukraine, met Marco Rubio. The National Security and Defense Council of Ukraine confirmed it.",
		"d.txt": "Talks\npublished: 2025-12-18\n\nRustem Umerov, secretary of the National Security and Defence Council of Ukraine, met Marco Rubio.",
	})
	var labels []string
	for _, n := range g.NodesOf(model.Organization) {
		labels = append(labels, n.Label)
	}
	if len(labels) != 1 || strings.HasPrefix(labels[0], "Ukrainian") {
		t.Errorf("organisations %q, want one, named by the spelling most written", labels)
	}
}

// TestMeetingsToCome: "is due in", "plans to meet", "are to hold talks"
// and "is planned for" tell of meetings to come, on the coming Friday or
// Tuesday, not the one before.
func TestMeetingsToCome(t *testing.T) {
	for _, tt := range []struct{ text, id string }{
		{"Volodymyr Zelensky is due in Washington on Friday for a meeting with Donald Trump.", "meeting:2025-12-12-washington"},
		{"Volodymyr Zelensky plans to meet Donald Trump in Washington on Friday.", "meeting:2025-12-12-washington"},
		{"Steve Witkoff and Jared Kushner are to hold talks with Vladimir Putin in Moscow on Tuesday.", "meeting:2025-12-16-moscow"},
		{"A meeting between Volodymyr Zelensky and Donald Trump is planned for Friday in Washington.", "meeting:2025-12-12-washington"},
	} {
		g := mergeTexts(t, map[string]string{"a.txt": "News\npublished: 2025-12-10\n\n" + tt.text})
		if n := g.Node(tt.id); n == nil || n.Attrs["status"] != "scheduled" {
			t.Errorf("%q: meetings %v, want %s to come", tt.text, nodeIDs(g.NodesOf(model.Meeting)), tt.id)
		}
	}
}

// outEdge returns the edge of a type from the node labelled from to the
// node labelled to, or nil.
func outEdge(g *Graph, from string, typ model.EdgeKind, to string) *Edge {
	for _, n := range g.Find(from) {
		for e := range g.Out(n.ID) {
			if t := g.Node(e.Target); e.Type == typ && t != nil && t.Label == to {
				return e
			}
		}
	}
	return nil
}

// hasRole reports whether an affiliation gives the role.
func hasRole(e *Edge, role string) bool {
	rs, _ := e.Attrs["roles"].([]string)
	return slices.Contains(rs, role)
}

// wantRole fails the test unless person is affiliated with to in role.
func wantRole(t *testing.T, g *Graph, person, to, role string) {
	t.Helper()
	if e := outEdge(g, person, model.AffiliatedWith, to); e == nil || !hasRole(e, role) {
		t.Errorf("%s's affiliation with %s %+v, want the role %q", person, to, e, role)
	}
}

// TestRoundsOfTwoSides: an article on Afghan–Pakistani talks. The second
// round "began on Saturday and ran for five days" is the lead's talks that
// "ended on Wednesday"; the parties are Pakistan and "Afghanistan's
// Taliban government", not only the host and the mediator; who "signed a
// ceasefire" in a "when" clause attended the first round, and "his Afghan
// counterpart, Mullah NAME" has his title and country.
func TestRoundsOfTwoSides(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Afghanistan and Pakistan end talks without deal\nOctober 30, 2025\n\n" +
			"ISLAMABAD — Talks between Pakistan and Afghanistan's Taliban government in Istanbul ended on Wednesday without an agreement.\n\n" +
			"The second round of negotiations, hosted by Turkey and mediated by Qatar, began on Saturday and ran for five days.\n\n" +
			"The first round was held in Doha on October 18 and 19, when Defence Minister Khawaja Asif and his Afghan counterpart, Mullah Mohammad Yaqoob, signed a ceasefire.",
	})
	m := mustMeeting(t, g, "meeting:2025-10-25-istanbul")
	if m.Attrs["end_date"] != "2025-10-29" {
		t.Errorf("Istanbul round %v, want 25 to 29 October", m.Attrs)
	}
	wantAttendees(t, g, m.ID, "Afghanistan", "Pakistan", "Türkiye", "Qatar")
	if ms := g.NodesOf(model.Meeting); len(ms) != 2 {
		t.Errorf("meetings %v, want the two rounds", nodeIDs(ms))
	}
	wantAttendees(t, g, "meeting:2025-10-18-doha", "Khawaja Asif", "Mohammad Yaqoob")
	wantRole(t, g, "Mohammad Yaqoob", "Afghanistan", "defence minister")
}

// TestPresentOfPlans: a present tense with a weekday tells what is planned
// ("heads to Washington for talks on Monday", "arrives in Doha on
// Sunday"): the coming days, not the days before the article; a title
// does not take the verb before it ("meet President Donald Trump").
func TestPresentOfPlans(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Netanyahu heads to Washington for talks with Trump on Monday\nPublished Thursday, 3 July 2025\n\n" +
			"Israeli Prime Minister Benjamin Netanyahu will meet President Donald Trump at the White House on Monday, his office said.\n\n" +
			"An Israeli delegation arrives in Doha on Sunday for indirect talks with Hamas, officials said.\n\n" +
			"Witkoff met Qatari officials on Tuesday.",
	})
	for _, id := range []string{"meeting:2025-07-07-washington", "meeting:2025-07-06-doha"} {
		if m := mustMeeting(t, g, id); m.Attrs["status"] != "scheduled" {
			t.Errorf("%s %v, want scheduled", id, m.Attrs)
		}
	}
	if ms := g.NodesOf(model.Meeting); len(ms) != 3 {
		t.Errorf("meetings %v, want Washington, Doha and Tuesday's", nodeIDs(ms))
	}
	if n := g.Find("Donald Trump"); len(n) != 1 || !slices.Equal(n[0].Attrs["titles"].([]string), []string{"president"}) {
		t.Errorf("Trump %+v, want the title president", n)
	}
}

// TestJointBodyOfTwoCountries: a press release in an official's shape: a
// joint commission of two countries (its name stops before them, and they
// are its meeting's parties), demonyms the country data lacks ("Kyrgyz",
// "Tajik"), a body "for" its purpose, and roles and countries in brackets
// after names.
func TestJointBodyOfTwoCountries(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Border commission meets\nDate: 12 March 2025\n\n" +
			"The fourth meeting of the Joint Border Commission of the Kyrgyz Republic and the Republic of Tajikistan was held in Bishkek on 11 March 2025.\n\n" +
			"The Kyrgyz delegation was headed by Kamchybek Tashiev (Chairman of the State Committee for National Security).\n\n" +
			"Participants:\n- Jeenbek Kulubaev (Minister of Foreign Affairs, Kyrgyzstan)\n- Sirojiddin Muhriddin (Tajikistan)\n",
	})
	m := mustMeeting(t, g, "meeting:2025-03-11-bishkek")
	wantAttendees(t, g, m.ID, "Kyrgyzstan", "Tajikistan", "Kyrgyz delegation", "Kamchybek Tashiev")
	if len(g.Find("Joint Border Commission")) != 1 {
		t.Errorf("organisations %q, want the Joint Border Commission", labelled(g, model.Organization))
	}
	if outEdge(g, "Kamchybek Tashiev", model.Leads, "Kyrgyz delegation") == nil {
		t.Error("Tashiev does not lead the Kyrgyz delegation")
	}
	wantRole(t, g, "Kamchybek Tashiev", "State Committee for National Security", "chairman")
	wantRole(t, g, "Jeenbek Kulubaev", "Kyrgyzstan", "minister of foreign affairs")
	if outEdge(g, "Sirojiddin Muhriddin", model.AffiliatedWith, "Tajikistan") == nil {
		t.Error("Muhriddin is not of Tajikistan")
	}
}

// TestVisitOfALeader: "visited jailed PKK leader NAME" is a meeting with
// NAME, and the delegation's talks with him the next sentence tells of
// are that visit, not the meeting with the "Parliament Speaker" after.
func TestVisitOfALeader(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Delegation meets Ocalan on island\n\n" +
			"ISTANBUL, 23 February 2025 — A delegation of the DEM Party visited jailed Kurdistan Workers' Party (PKK) leader Abdullah Ocalan on Saturday.\n\n" +
			"The delegation, made up of lawmakers Pervin Buldan and Sirri Sureyya Onder, held talks with Ocalan for more than three hours.\n\n" +
			"The delegation met Parliament Speaker Numan Kurtulmus in Ankara on Monday.",
	})
	wantAttendees(t, g, "meeting:2025-02-22-talks", "Abdullah Ocalan", "Pervin Buldan", "Sirri Sureyya Onder")
	wantAttendees(t, g, "meeting:2025-02-17-ankara", "Numan Kurtulmus")
	if got := attendees(g, "meeting:2025-02-17-ankara"); slices.Contains(got, "Abdullah Ocalan") {
		t.Errorf("Ankara meeting's attendees %q", got)
	}
}

// TestTenureIsPartOfTheTitle: "Thai Acting Prime Minister NAME" is
// Thailand's acting prime minister ("Acting" had been read as a name, and
// the country lost), and a party of the talks he attended; a date line
// "2025/07/29" under the headline dates the article.
func TestTenureIsPartOfTheTitle(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Ceasefire talks held in Kuala Lumpur\n2025/07/29\n\n" +
			"Ceasefire talks were held in Kuala Lumpur on July 28, attended by Cambodian Prime Minister Hun Manet and Thai Acting Prime Minister Phumtham Wechayachai.",
	})
	wantRole(t, g, "Phumtham Wechayachai", "Thailand", "acting prime minister")
	wantAttendees(t, g, "meeting:2025-07-28-kuala-lumpur", "Hun Manet", "Phumtham Wechayachai")
}

// TestHostedMeetingInATown: a town the gazetteer does not know, short in
// the headline ("Niagara") and in full in the text, is one place, so the
// headline's meeting and the text's are one; the dateline's province
// places it in Canada (the city data's Ontario is in California); the host
// after the clause's comma ("..., hosted by NAME") takes part.
func TestHostedMeetingInATown(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "G7 foreign ministers meet in Niagara, back ceasefire push\nPublished 12 November 2025\n\n" +
			"NIAGARA-ON-THE-LAKE, Ontario — Foreign ministers of the Group of Seven met in Niagara-on-the-Lake on Tuesday and Wednesday, hosted by Canadian Foreign Minister Anita Anand.\n\n" +
			"The meeting was attended by US Secretary of State Marco Rubio and Japanese Foreign Minister Toshimitsu Motegi.",
	})
	ms := g.NodesOf(model.Meeting)
	if len(ms) != 1 {
		t.Fatalf("meetings %v, want one", nodeIDs(ms))
	}
	wantAttendees(t, g, ms[0].ID, "Anita Anand", "Marco Rubio", "Toshimitsu Motegi")
	if ps := g.NodesOf(model.Place); len(ps) != 2 {
		t.Errorf("places %q, want the town and its province", labelled(g, model.Place))
	}
	for _, p := range g.NodesOf(model.Place) {
		if p.Attrs["country"] != "canada" {
			t.Errorf("%s %v, want in Canada", p.Label, p.Attrs)
		}
	}
}

// TestTwoRoundsInOneSentence: "The third round took place in Muscat on
// April 26, and the second round in Rome on April 19": the second round's
// clause has no verb of its own, and is held in Rome only.
func TestTwoRoundsInOneSentence(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Iran and US hold talks in Muscat\nMay 11, 2025\n\n" +
			"MUSCAT — Iran and the United States held a fourth round of indirect talks in the Omani capital on Sunday.\n\n" +
			"The third round took place in Muscat on April 26, and the second round in Rome on April 19.",
	})
	places := map[string][]string{}
	for _, m := range g.Meetings() {
		for _, p := range m.Places {
			places[m.Date] = append(places[m.Date], p.Label)
		}
	}
	want := map[string][]string{"2025-05-11": {"Muscat"}, "2025-04-26": {"Muscat"}, "2025-04-19": {"Rome"}}
	if !reflect.DeepEqual(places, want) {
		t.Errorf("places by date %v, want %v", places, want)
	}
}

// TestTitleOfACountry: "NAME, Israel's strategic affairs minister" is a
// strategic affairs minister of Israel, not a minister; "China's special
// envoy for climate change, NAME": after a comma, the complement in lower
// case is part of the title, and the country before it is NAME's.
func TestTitleOfACountry(t *testing.T) {
	for _, tc := range []struct{ text, person, country, role string }{
		{"Delegation named for Cairo talks\npublished: 2025-10-17\n\n" +
			"Israel will be represented by a delegation headed by Ron Dermer, Israel's strategic affairs minister.",
			"Ron Dermer", "Israel", "strategic affairs minister"},
		{"Climate talks run late\nNovember 21, 2025\n\n" +
			"China's special envoy for climate change, Liu Zhenmin, met European officials on Thursday.",
			"Liu Zhenmin", "China", "special envoy for climate change"},
	} {
		g := mergeTexts(t, map[string]string{"a.txt": tc.text})
		wantRole(t, g, tc.person, tc.country, tc.role)
	}
}

// TestFollowsStaysWithinANegotiation: in a corpus of two negotiations, a
// round of talks follows the last round with two of its parties, not the
// other negotiation's talks held in between; a mediator of both (the US)
// does not join them.
func TestFollowsStaysWithinANegotiation(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Ukrainian and US officials held talks in Geneva on November 23, 2025.\n",
		"b.txt": "Sudanese and US officials held talks in Jeddah on November 25, 2025.\n",
		"c.txt": "Ukrainian and US officials held talks in Miami on November 30, 2025.\n",
	})
	follows := map[string]string{}
	for _, e := range g.Edges() {
		if e.Type == model.Follows {
			follows[g.Node(e.Source).Label] = g.Node(e.Target).Label
		}
	}
	want := map[string]string{"US–Ukraine talks in Miami": "US–Ukraine talks in Geneva"}
	if !maps.Equal(follows, want) {
		t.Errorf("follows edges %v, want %v", follows, want)
	}
}

// TestOwnSideIsNotItsCountry: the envoy of an organisation that negotiates
// for itself stands for it, not for the country it is of: talks with a
// Hamas delegation are not talks with Palestine.
func TestOwnSideIsNotItsCountry(t *testing.T) {
	g := mergeTexts(t, map[string]string{
		"a.txt": "Hamas is represented by a team led by Khalil al-Hayya. Egyptian mediators met al-Hayya in Cairo on October 4, 2025.\n",
	})
	var labels []string
	for _, n := range g.NodesOf(model.Meeting) {
		labels = append(labels, n.Label)
	}
	if want := []string{"Egypt–Hamas talks in Cairo"}; !slices.Equal(labels, want) {
		t.Errorf("meetings %q, want %q", labels, want)
	}
}

// TestNameWords: fullName, firstWord and lastWord read a name's words as
// strings.Fields splits them, spaces of every kind included.
func TestNameWords(t *testing.T) {
	for _, name := range []string{"", " ", "Umerov", "Rustem Umerov", "  Rustem   Umerov ", "Al Thani", "Sheikh Al Thani",
		"Jean-Noël\u00a0Barrot", "Keir\tStarmer", "\u3000Xi Jinping\u3000", "bin Salman", "Mohammed bin Salman"} {
		f := strings.Fields(name)
		wantFirst, wantLast := name, name
		if len(f) > 0 {
			wantFirst, wantLast = f[0], f[len(f)-1]
		}
		wantFull := len(f) > 1 && !mentions.Particle(f[0])
		if got := fullName(name); got != wantFull {
			t.Errorf("fullName(%q) = %v, want %v", name, got, wantFull)
		}
		if got := firstWord(name); got != wantFirst {
			t.Errorf("firstWord(%q) = %q, want %q", name, got, wantFirst)
		}
		if got := lastWord(name); got != wantLast {
			t.Errorf("lastWord(%q) = %q, want %q", name, got, wantLast)
		}
	}
}
