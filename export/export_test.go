package export

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"kg/gazetteer"
	"kg/graph"
	"kg/model"
)

// nasty are names that must survive every format exactly.
var nasty = []string{
	`Ab"c & <d>`,
	`Back\slash\n Name`,
	"Владимир Путин",
	"Emoji 🙂 Person",
	`O'Brien & "Sons" <Ltd>`,
}

func nastyGraph(t testing.TB) *graph.Graph { return starGraph(t, nasty) }

// starGraph is a graph of one document naming organisations called names,
// the first linked to each of the others.
func starGraph(t testing.TB, names []string) *graph.Graph {
	t.Helper()
	gz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	f := model.Facts{Source: model.Source{ID: "doc", Path: "doc.txt"}}
	for i, n := range names {
		ev := model.Evidence{Doc: "doc", Text: "Sentence naming " + n + ".", Start: i * 10, End: i*10 + 5, Rule: "test"}
		id := fmt.Sprint("e", i)
		f.Entities = append(f.Entities, model.Entity{ID: id, Kind: model.Organization, Name: n, Mentions: []model.Evidence{ev}})
		if i > 0 {
			f.Relations = append(f.Relations, model.Relation{From: "e0", To: id, Type: model.LinkedTo, Evidence: ev})
		}
	}
	return graph.Merge([]model.Facts{f}, gz, graph.Options{})
}

func TestJSONRoundTrip(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, nastyGraph(t)); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Nodes []struct{ Label string } `json:"nodes"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, n := range doc.Nodes {
		got[n.Label] = true
	}
	for _, n := range nasty {
		if !got[n] {
			t.Errorf("JSON lost %q", n)
		}
	}
}

// texts returns every character-data run of an XML document.
func texts(t *testing.T, data []byte) map[string]bool {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	out := map[string]bool{}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		if cd, ok := tok.(xml.CharData); ok {
			out[strings.TrimSpace(string(cd))] = true
		}
	}
}

func TestGraphMLRoundTrip(t *testing.T) {
	var b bytes.Buffer
	if err := GraphML(&b, nastyGraph(t)); err != nil {
		t.Fatal(err)
	}
	got := texts(t, b.Bytes())
	for _, n := range nasty {
		if !got[n] {
			t.Errorf("GraphML lost %q", n)
		}
	}
	// networkx, a real consumer, reads the same labels
	py := ""
	for _, p := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(p, "-c", "import networkx").Run() == nil {
			py = p
			break
		}
	}
	if py == "" {
		t.Fatal("no python3 with networkx; run scripts/test or apt-get install python3-networkx")
	}
	file := filepath.Join(t.TempDir(), "g.graphml")
	os.WriteFile(file, b.Bytes(), 0o644)
	out, err := exec.Command(py, "-c", `import sys, json, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps(sorted(d["label"] for _, d in g.nodes(data=True))))`, file).Output()
	if err != nil {
		t.Fatalf("networkx: %v", err)
	}
	var labels []string
	json.Unmarshal(out, &labels)
	for _, n := range nasty {
		found := false
		for _, l := range labels {
			found = found || l == n
		}
		if !found {
			t.Errorf("networkx read %q, not %q", labels, n)
		}
	}
}

func TestDOTAndSVGRoundTrip(t *testing.T) {
	g := nastyGraph(t)
	var dot bytes.Buffer
	if err := DOT(&dot, g); err != nil {
		t.Fatal(err)
	}
	// Graphviz itself parses our DOT and draws the exact labels
	bin, err := exec.LookPath("dot")
	if err != nil {
		t.Fatal("Graphviz `dot` is not installed; run scripts/test or apt-get install graphviz")
	}
	cmd := exec.Command(bin, "-Tsvg")
	cmd.Stdin = bytes.NewReader(dot.Bytes())
	native, err := cmd.Output()
	if err != nil {
		t.Fatalf("dot: %v", err)
	}
	var svg bytes.Buffer
	if err := SVG(&svg, g); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"native dot": native, "in-process SVG": svg.Bytes()} {
		got := texts(t, data)
		for _, n := range nasty {
			if !got[n] {
				t.Errorf("%s lost %q", name, n)
			}
		}
	}
}

func TestWriteFileIsAtomic(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.txt")
	if err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "first"); return err }); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(path, func(w io.Writer) error {
		io.WriteString(w, "half-written")
		return io.ErrUnexpectedEOF
	})
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("error %v does not name the file", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "first" {
		t.Errorf("a failed write changed the file to %q", data)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left: %d entries", len(entries))
	}
}

func TestMermaidEscapes(t *testing.T) {
	var b bytes.Buffer
	if err := Mermaid(&b, nastyGraph(t)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{`"Ab"c`, "<d>", `"Sons"`} {
		if strings.Contains(out, bad) {
			t.Errorf("unescaped %q in:\n%s", bad, out)
		}
	}
	if !strings.Contains(out, "Ab#quot;c #amp; #lt;d#gt;") {
		t.Errorf("escaped label missing:\n%s", out)
	}
}

// TestDiagramEdgeLabels: a diagram small enough for dot draws each edge's
// type on it; a larger one (sfdp) leaves it to the edge's tooltip, as
// placing the labels was most of its layout's time.
func TestDiagramEdgeLabels(t *testing.T) {
	star := func(n int) *graph.Graph {
		var names []string
		for i := range n {
			names = append(names, fmt.Sprintf("Zorvex Union %d", i))
		}
		return starGraph(t, names)
	}
	for _, tt := range []struct {
		nodes  int
		labels bool
	}{{10, true}, {150, false}} {
		g := star(tt.nodes)
		var svg bytes.Buffer
		if err := SVG(&svg, g); err != nil {
			t.Fatal(err)
		}
		_, edges := g.Len()
		drawn := texts(t, svg.Bytes())["linked_to"]
		tips := strings.Count(svg.String(), `xlink:title="linked_to — Sentence `)
		if drawn != tt.labels || tt.labels == (tips > 0) || !tt.labels && tips != edges {
			t.Errorf("%d nodes: labels drawn %v, %d of %d edges with the type in the tooltip; want labels drawn %v", tt.nodes, drawn, tips, edges, tt.labels)
		}
	}
}
