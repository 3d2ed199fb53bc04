package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"kg/graph"
	"kg/internal/built"
	"kg/internal/sample"
	"kg/model"
)

// reference encodes v as encoding/json does: the bytes jsonWriter must give.
func reference(t *testing.T, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimRight(b.Bytes(), "\n"))
}

// nodeView is a node as graph.json has it, for encoding/json: its
// sources by id.
func nodeView(g *graph.Graph, n *graph.Node) any {
	return struct {
		ID       string           `json:"id"`
		Kind     model.NodeKind   `json:"type"`
		Label    string           `json:"label"`
		Aliases  []string         `json:"aliases"`
		Attrs    map[string]any   `json:"attrs"`
		Sources  []string         `json:"sources"`
		Evidence []model.Evidence `json:"evidence"`
		Merged   []string         `json:"merged,omitempty"`
	}{n.ID, n.Kind, n.Label, n.Aliases, n.Attrs, g.SourceIDs(n.Sources), g.Evidence(n.Evidence), n.Merged}
}

// edgeView is an edge as graph.json has it: its sources by id, and the
// days it was first and last seen among its attrs.
func edgeView(g *graph.Graph, e *graph.Edge) any {
	return struct {
		Source   string           `json:"source"`
		Target   string           `json:"target"`
		Type     model.EdgeKind   `json:"type"`
		Attrs    map[string]any   `json:"attrs,omitempty"`
		Sources  []string         `json:"sources"`
		Evidence []model.Evidence `json:"evidence"`
		Count    int              `json:"evidence_count"`
	}{e.Source, e.Target, e.Type, g.EdgeAttrs(e), g.SourceIDs(e.Sources), g.Evidence(e.Evidence), e.Count}
}

// written is what jsonWriter writes for one element.
func written(t *testing.T, fn func(j *jsonWriter)) string {
	t.Helper()
	j := &jsonWriter{}
	fn(j)
	if j.err != nil {
		t.Fatal(j.err)
	}
	return string(j.out)
}

// TestJSONWriterMatchesEncodingJSON holds the hand-written encoder to
// encoding/json, element by element, on the sample corpus, on generated
// articles, and on names and attributes chosen to be awkward.
func TestJSONWriterMatchesEncodingJSON(t *testing.T) {
	build := func(dir string) *graph.Graph {
		facts, gz := built.Facts(t, dir)
		return graph.Merge(facts, gz, graph.Options{})
	}
	odd := nastyGraph(t)
	for _, n := range odd.Nodes() {
		n.Attrs["count"] = 3
		n.Attrs["flag"] = true
		n.Attrs["list"] = []string{"a\u2028b", "\x01\b\f"}
		n.Attrs["empty"] = []string{}
		n.Attrs["nested"] = []map[string]string{{"role": "envoy", "date": "2025-12-01"}}
		n.Attrs["history"] = []graph.HistoryEntry{{Event: "drafted", Date: "2025-11", Source: "doc", Text: "It was <drafted>."},
			{Event: "signed", Report: "2025-12-02", Source: "doc2", Text: "\u2029"}}
		n.Attrs["no_history"] = []graph.HistoryEntry(nil)
		n.Attrs["reported_dates"] = map[string]string{"b": "2025-12-02", "a": "2025-12-01", "c\"": ""}
		n.Attrs["no_dates"] = map[string]string(nil)
		n.Attrs["empty_dates"] = map[string]string{}
		n.Attrs["no_nested"] = []map[string]string(nil)
		n.Attrs["numbers"] = []int{1, 2} // through encoding/json
		n.Attrs["nothing"] = nil
	}
	for _, e := range odd.Edges() {
		e.Attrs = map[string]any{"roles": []string{"<envoy>"}}
	}
	odd.Sources[0].Title = "Title with \"quotes\" & \t tab"
	odd.Statements = append(odd.Statements, graph.Statement{Speaker: "person:x", Text: "We \"agree\"\n", Date: "2025-12-01",
		Evidence: model.Evidence{Doc: "doc", Text: "bad \xff byte", Start: 1, End: 2}})
	graphs := map[string]*graph.Graph{
		"seeds":     build(filepath.Join(sample.Root(), "seeds")),
		"generated": build(sample.Generated(t, 200)),
		"odd":       odd,
	}
	for name, g := range graphs {
		checked := 0
		for _, n := range g.Nodes() {
			if got, want := written(t, func(j *jsonWriter) { j.node(g, n) }), reference(t, nodeView(g, n)); got != want {
				t.Fatalf("%s: node %s:\n got %s\nwant %s", name, n.ID, got, want)
			}
			checked++
		}
		for _, e := range g.Edges() {
			if got, want := written(t, func(j *jsonWriter) { j.edge(g, e) }), reference(t, edgeView(g, e)); got != want {
				t.Fatalf("%s: edge %s-%s:\n got %s\nwant %s", name, e.Source, e.Target, got, want)
			}
			checked++
		}
		for _, s := range g.Sources {
			if got, want := written(t, func(j *jsonWriter) { j.source(s) }), reference(t, s); got != want {
				t.Fatalf("%s: source %s:\n got %s\nwant %s", name, s.ID, got, want)
			}
		}
		for _, s := range g.Statements {
			if got, want := written(t, func(j *jsonWriter) { j.statement(s) }), reference(t, s); got != want {
				t.Fatalf("%s: statement:\n got %s\nwant %s", name, got, want)
			}
		}
		if checked < 5 {
			t.Errorf("%s: only %d elements compared", name, checked)
		}
	}
}

func TestJSONStringEscapes(t *testing.T) {
	cases := []string{
		"", "plain", `quote " and \ backslash`, "tab\tnewline\ncr\r", "\x00\x1f\x7f",
		"\b\f", "<html> & 'amp'", "line\u2028sep\u2029para", "bad \xff\xfe bytes", "cut \xe2\x80",
		"Владимир 🙂", "\xed\xa0\x80 surrogate",
	}
	for _, s := range cases {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		want := bytes.TrimRight(b.Bytes(), "\n")
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	}
}

// TestJSONStringsAsEncodingJSON: random strings of plain runs of every
// length and bytes to escape (controls, quotes, backslashes, non-ASCII,
// invalid UTF-8) at every place in an eight-byte block come out as
// encoding/json writes them.
func TestJSONStringsAsEncodingJSON(t *testing.T) {
	pieces := []string{"a", "plain text ", "0123456", "\"", "\\", "\n", "\x00", "\x1f", " ", "\x7f", "é", "\u2028",
		"\xff", "\xe2\x80", "🙂", "~"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		s := sample.Text(r, pieces, 29)
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		// (Marshal escapes HTML, which the pieces hold none of)
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Fatalf("%q: got %s, want %s", s, got, want)
		}
	}
}

// failAfter accepts n bytes, then fails.
type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return 0, errors.New("disk full")
	}
	f.n -= len(p)
	return len(p), nil
}

// TestJSONAttrsMakeNoGarbage: once its buffers have grown, writing
// objects' sorted keys, nested ones too, allocates nothing. Garbage
// made while a large graph is written starts collections that mark the
// whole graph, and while they run every write to the buffer goes through
// the collector's write barrier (at 100,000 articles, over a second).
func TestJSONAttrsMakeNoGarbage(t *testing.T) {
	m := map[string]any{
		"role": "envoy", "count": 3,
		"dates":  map[string]string{"b": "2025-12-02", "a": "2025-12-01"},
		"places": []string{"Geneva", "Miami"},
	}
	j := &jsonWriter{}
	write := func() {
		j.out = j.out[:0]
		j.attrs(m, "2025-11-30", "2025-12-04")
	}
	write()
	if n := testing.AllocsPerRun(100, write); n != 0 {
		t.Errorf("attrs allocated %v times a run, want 0", n)
	}
	if len(j.keys) != 0 {
		t.Errorf("%d keys left behind, want none", len(j.keys))
	}
}

// TestJSONStopsOnWriteError: a write that fails part way, while chunks are
// being encoded in parallel, ends JSON with that error (and without
// leaving its workers blocked: the test would hang).
func TestJSONStopsOnWriteError(t *testing.T) {
	g := generated(t, 100)
	if _, e := g.Len(); e < 1000 {
		t.Fatalf("only %d edges: too few chunks to test", e)
	}
	var whole bytes.Buffer
	if err := JSON(&whole, g); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 5000, whole.Len() / 2, whole.Len() - 10} {
		if err := JSON(&failAfter{n}, g); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("failing after %d bytes: got %v, want the write error", n, err)
		}
	}
}

// TestMergeEncodedGivesTheSameGraph: merging the encoded facts, as kg build
// does, in any order, writes the same graph.json as merging the facts.
func TestMergeEncodedGivesTheSameGraph(t *testing.T) {
	facts, gz := built.Facts(t, filepath.Join(sample.Root(), "seeds"), sample.Generated(t, 150))
	var plain bytes.Buffer
	if err := JSON(&plain, graph.Merge(facts, gz, graph.Options{})); err != nil {
		t.Fatal(err)
	}
	docs := make([]model.Encoded, len(facts))
	for i := range facts {
		docs[len(docs)-1-i] = model.Encode(&facts[i])
	}
	var encoded bytes.Buffer
	if err := JSON(&encoded, graph.MergeEncoded(docs, gz, graph.Options{})); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(plain.Bytes(), encoded.Bytes()) {
		t.Errorf("graph.json differs when merged encoded in reverse order (%d vs %d bytes)", plain.Len(), encoded.Len())
	}
}
