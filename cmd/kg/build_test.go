package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"kg/corpus"
	"kg/internal/built"
	"kg/internal/sample"
)

// build runs "kg build" on the sample corpus into a new folder.
func build(t *testing.T, args ...string) string {
	t.Helper()
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	args = append([]string{"build", "--in", "../../seeds", "--out", out, "--quiet"}, args...)
	if code := run(args, &stdout, &stderr); code != exitOK {
		t.Fatalf("kg %s: exit %d: %s", strings.Join(args, " "), code, stderr.String())
	}
	return out
}

var outputs = []string{"graph.json", "graph.dot", "graph.svg", "graph.graphml", "timeline.svg", "briefing.md", "briefing.html", "briefing.svg"}

func TestBuildIsDeterministicAndCommitted(t *testing.T) {
	a, b := build(t), build(t)
	for _, f := range outputs {
		x, err := os.ReadFile(filepath.Join(a, f))
		if err != nil {
			t.Fatal(err)
		}
		y, _ := os.ReadFile(filepath.Join(b, f))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds", f)
		}
		committed, err := os.ReadFile(filepath.Join("../../output", f))
		if err != nil {
			t.Errorf("output/%s is not committed: %v", f, err)
			continue
		}
		if !bytes.Equal(x, committed) {
			t.Errorf("output/%s is not what the current code builds: run `go run ./cmd/kg build` and commit output/", f)
		}
	}
}

// Where no spill file can be made, the facts stay in memory: the build
// says so, and its graph is the same.
func TestBuildWithoutASpillFile(t *testing.T) {
	out := t.TempDir()
	t.Setenv("TMPDIR", filepath.Join(out, "missing"))
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "--in", "../../seeds", "--out", out, "--quiet", "--formats", "json"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "kg: warning: facts kept in memory: spill: ") {
		t.Errorf("stderr: %q", stderr.String())
	}
	got, err := os.ReadFile(filepath.Join(out, "graph.json"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../output/graph.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("graph.json differs from output/graph.json")
	}
}

// Extraction lets the heap grow further between collections, and puts
// the collector back as it was.
func TestExtractionRestoresTheCollector(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	files, gz := built.Inputs(t, "../../seeds")
	before := debug.SetGCPercent(75)
	defer debug.SetGCPercent(before)
	var during int
	opt := corpus.Options{Progress: func(int, int) {
		during = debug.SetGCPercent(-1)
		debug.SetGCPercent(during)
	}}
	res, sp := extractFacts(files, gz, opt, io.Discard)
	defer sp.Close()
	if len(res.Docs) != 5 || !sp.Mapped() {
		t.Fatalf("%d documents, mapped: %v", len(res.Docs), sp.Mapped())
	}
	if during != extractGCPercent {
		t.Errorf("GOGC while extracting: %d", during)
	}
	if after := debug.SetGCPercent(75); after != 75 {
		t.Errorf("GOGC after extracting: %d, not 75", after)
	}
}

// graphJSON is the part of graph.json the tests read.
type graphJSON struct {
	Nodes []struct {
		ID      string         `json:"id"`
		Type    string         `json:"type"`
		Label   string         `json:"label"`
		Aliases []string       `json:"aliases"`
		Attrs   map[string]any `json:"attrs"`
		Sources []string       `json:"sources"`
	} `json:"nodes"`
	Edges []struct {
		Source   string `json:"source"`
		Target   string `json:"target"`
		Type     string `json:"type"`
		Evidence []struct {
			Doc  string `json:"doc"`
			Text string `json:"text"`
		} `json:"evidence"`
	} `json:"edges"`
}

func readGraph(t *testing.T, dir string) graphJSON {
	t.Helper()
	var g graphJSON
	data, err := os.ReadFile(filepath.Join(dir, "graph.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("graph.json: %v", err)
	}
	return g
}

func TestGraphvizReadsDOT(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		t.Fatal("Graphviz `dot` is not installed; run scripts/test or apt-get install graphviz")
	}
	dir := build(t)
	out, err := exec.Command(dot, "-Tsvg", "-o", os.DevNull, filepath.Join(dir, "graph.dot")).CombinedOutput()
	if err != nil {
		t.Fatalf("dot rejects graph.dot: %v\n%s", err, out)
	}
	if len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("dot warns about graph.dot:\n%s", out)
	}
}

// networkxPython returns a Python interpreter that has networkx.
func networkxPython(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(p, "-c", "import networkx").Run() == nil {
			return p
		}
	}
	t.Fatal("no python3 with networkx; run scripts/test or apt-get install python3-networkx")
	return ""
}

func TestNetworkxReadsGraphML(t *testing.T) {
	py := networkxPython(t)
	dir := build(t)
	g := readGraph(t, dir)
	script := `import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
kinds = sorted({d.get("kind", "") for _, d in g.nodes(data=True)})
print(g.number_of_nodes(), g.number_of_edges(), ",".join(kinds))`
	out, err := exec.Command(py, "-c", script, filepath.Join(dir, "graph.graphml")).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx cannot read graph.graphml: %v\n%s", err, out)
	}
	var n, m int
	var kinds string
	fmt.Sscan(string(out), &n, &m, &kinds)
	if n != len(g.Nodes) || m != len(g.Edges) {
		t.Errorf("networkx reads %d nodes and %d edges; graph.json has %d and %d", n, m, len(g.Nodes), len(g.Edges))
	}
	if !strings.Contains(kinds, "person") || !strings.Contains(kinds, "meeting") {
		t.Errorf("node kinds not read from GraphML: %q", kinds)
	}
}

func TestSVGIsWellFormed(t *testing.T) {
	dir := build(t)
	for _, f := range []string{"graph.svg", "graph.graphml", "timeline.svg"} {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := sample.WellFormed(data); err != nil {
			t.Errorf("%s is not well-formed XML: %v", f, err)
		}
	}
	// xmllint, a real XML parser, agrees
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Fatal("xmllint is not installed; run scripts/test or apt-get install libxml2-utils")
	}
	for _, f := range []string{"graph.svg", "graph.graphml", "timeline.svg", "briefing.svg"} {
		if out, err := exec.Command(xmllint, "--noout", "--nonet", filepath.Join(dir, f)).CombinedOutput(); err != nil {
			t.Errorf("xmllint rejects %s: %v\n%s", f, err, out)
		}
	}
	svg, _ := os.ReadFile(filepath.Join(dir, "graph.svg"))
	if !bytes.Contains(svg, []byte("<svg")) || !bytes.Contains(svg, []byte("Rustem Umerov")) {
		t.Error("graph.svg does not draw the graph")
	}
}

var spaces = regexp.MustCompile(`\s+`)

func normSpace(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(s)
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
}

func TestEveryEdgeHasVerbatimEvidence(t *testing.T) {
	g := readGraph(t, build(t))
	docs := map[string]string{}
	files, _ := filepath.Glob("../../seeds/*.txt")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		docs[strings.TrimSuffix(filepath.Base(f), ".txt")] = normSpace(string(data))
	}
	for _, e := range g.Edges {
		ok := false
		for _, ev := range e.Evidence {
			if len(ev.Text) >= 8 && strings.Contains(docs[ev.Doc], normSpace(ev.Text)) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("edge %s -%s-> %s has no verbatim evidence", e.Source, e.Type, e.Target)
		}
	}
}

func TestTimeline(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"timeline", "--in", "../../seeds"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("kg timeline: exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	// dated meetings in date order, undated last
	first, second := strings.Index(out, "2025-12-02"), strings.Index(out, "2025-12-04 – 2025-12-06")
	undated := strings.Index(out, "(undated)")
	if first < 0 || second < 0 || undated < 0 || !(first < second && second < undated) {
		t.Errorf("timeline out of order or incomplete:\n%s", out)
	}
	svg, err := os.ReadFile(filepath.Join(build(t), "timeline.svg"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(svg, []byte("Talks in Berlin")) && !bytes.Contains(svg, []byte("talks in Berlin")) {
		t.Error("timeline.svg does not show the Berlin talks")
	}
}
