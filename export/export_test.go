package export

import (
	"bytes"
	"cmp"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"iter"
	"maps"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"kg/graph"
	"kg/internal/built"
	"kg/internal/sample"
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
	gz := sample.Gazetteer(t)
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

// generated is the graph of n generated articles.
func generated(tb testing.TB, n int) *graph.Graph {
	tb.Helper()
	facts, gz := built.Facts(tb, sample.Generated(tb, n))
	return graph.Merge(facts, gz, graph.Options{})
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

// TestJSONPutsAnElementOnALine: graph.json has the schema on its first
// line, then each array's name, each of its elements whole and alone on a
// line, and its end; an empty array is written on its name's line.
func TestJSONPutsAnElementOnALine(t *testing.T) {
	facts, gz := built.Facts(t, sample.Generated(t, 30))
	odd := nastyGraph(t)
	odd.Statements = append(odd.Statements, graph.Statement{Speaker: "org:x", Text: "line\nbreak \u2028 and \u2029", Evidence: model.Evidence{Doc: "doc"}})
	for name, g := range map[string]*graph.Graph{"generated": graph.Merge(facts, gz, graph.Options{}), "odd": odd, "empty": graph.Merge(nil, gz, graph.Options{})} {
		var b bytes.Buffer
		if err := JSON(&b, g); err != nil {
			t.Fatal(err)
		}
		nodes, edges := g.Len()
		want := []struct {
			name string
			n    int
		}{{"nodes", nodes}, {"edges", edges}, {"sources", len(g.Sources)}, {"statements", len(g.Statements)}}
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		if lines[0] != `{"schema":"`+Schema+`",` {
			t.Fatalf("%s: first line %q", name, lines[0])
		}
		at := 1
		for k, a := range want {
			end := "],"
			if k == len(want)-1 {
				end = "]}"
			}
			if a.n == 0 {
				if at >= len(lines) || lines[at] != `"`+a.name+`":[`+end {
					t.Fatalf("%s: line %d is not the empty %s", name, at, a.name)
				}
				at++
				continue
			}
			if at+a.n >= len(lines) || lines[at] != `"`+a.name+`":[` {
				t.Fatalf("%s: line %d does not open %s, or too few lines follow", name, at, a.name)
			}
			for i := range a.n {
				line := lines[at+1+i]
				if i < a.n-1 {
					line = strings.TrimSuffix(line, ",")
				}
				var v map[string]any
				if err := json.Unmarshal([]byte(line), &v); err != nil {
					t.Fatalf("%s: %s %d is not one object on its line: %v: %q", name, a.name, i, err, line)
				}
			}
			at += 1 + a.n
			if at >= len(lines) || lines[at] != end {
				t.Fatalf("%s: %s does not end after its %d elements", name, a.name, a.n)
			}
			at++
		}
		if at != len(lines) {
			t.Errorf("%s: %d lines after the statements", name, len(lines)-at)
		}
		if name == "generated" && (nodes == 0 || edges == 0 || len(g.Statements) == 0) {
			t.Errorf("the generated graph has %d nodes, %d edges, %d statements: every array should have some", nodes, edges, len(g.Statements))
		}
	}
}

// texts returns every character-data run of an XML document.
func texts(t *testing.T, data []byte) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for tok := range tokens(t, data) {
		if cd, ok := tok.(xml.CharData); ok {
			out[strings.TrimSpace(string(cd))] = true
		}
	}
	return out
}

// tokens yields the tokens of an XML document (each valid until the next),
// and fails t if it is not well-formed.
func tokens(t *testing.T, data []byte) iter.Seq[xml.Token] {
	t.Helper()
	return func(yield func(xml.Token) bool) {
		for tok, err := range sample.Tokens(data) {
			if err != nil {
				t.Fatalf("not well-formed XML: %v", err)
			}
			if !yield(tok) {
				return
			}
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
// TestDenseDiagramKeepsNodesApart draws the graph of 200 generated
// articles (356 nodes), cut to MaxDrawn and laid out by sfdp: no two
// nodes' shapes may overlap, the title and the legend's row must lie above
// them, and the drawing may not be scattered over many times their area;
// drawn again, it is the same bytes.
func TestDenseDiagramKeepsNodesApart(t *testing.T) {
	g := generated(t, 200)
	var svg, again bytes.Buffer
	if err := SVG(&svg, g); err != nil {
		t.Fatal(err)
	}
	if err := SVG(&again, g); err != nil || !bytes.Equal(svg.Bytes(), again.Bytes()) {
		t.Fatalf("drawn again: error %v, same bytes %v", err, bytes.Equal(svg.Bytes(), again.Bytes()))
	}
	shapes := nodeShapes(t, svg.Bytes())
	if len(shapes) != MaxDrawn {
		t.Fatalf("%d nodes drawn; want %d (and no legend nodes)", len(shapes), MaxDrawn)
	}
	if edges := strings.Count(svg.String(), `class="edge"`); edges > EdgesPerNode*MaxDrawn || !strings.Contains(svg.String(), " Edges: ") {
		t.Errorf("%d edges drawn; want at most %d, and the title to say how many were left out", edges, EdgesPerNode*MaxDrawn)
	}
	// the graph's label, drawn before the nodes: the title over the
	// legend's row of kinds
	head, _, _ := strings.Cut(svg.String(), `class="node"`)
	label := map[string]float64{}
	for _, m := range regexp.MustCompile(`<text [^>]*y="([-0-9.]+)"[^>]*>([^<]*)</text>`).FindAllStringSubmatch(head, -1) {
		label[m[2]], _ = strconv.ParseFloat(m[1], 64)
	}
	top := math.Inf(-1) // the label's lowest line
	for text, y := range label {
		if strings.HasPrefix(text, "Showing ") && y >= label["person"] {
			t.Errorf("the title (y %v) is not above the legend (y %v)", y, label["person"])
		}
		top = max(top, y)
	}
	for _, k := range []string{"person", "country", "delegation", "meeting"} {
		if _, ok := label[k]; !ok {
			t.Errorf("the legend has no %s: %v", k, label)
		}
	}
	ids := slices.Sorted(maps.Keys(shapes))
	var area float64
	all := rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for i, a := range ids {
		r := shapes[a]
		area += (r[2] - r[0]) * (r[3] - r[1])
		all = rect{min(all[0], r[0]), min(all[1], r[1]), max(all[2], r[2]), max(all[3], r[3])}
		if r[1] < top {
			t.Errorf("%s %v reaches above the label's last line (y %v)", a, r, top)
		}
		for _, b := range ids[i+1:] {
			if q := shapes[b]; r[0] < q[2] && q[0] < r[2] && r[1] < q[3] && q[1] < r[3] {
				t.Fatalf("%s %v and %s %v overlap", a, r, b, q)
			}
		}
	}
	if drawn := (all[2] - all[0]) * (all[3] - all[1]); drawn > 8*area {
		t.Errorf("nodes of %.0f square points drawn over %.0f by %.0f points", area, all[2]-all[0], all[3]-all[1])
	}
}

// rect is a shape's bounds: least x and y, greatest x and y.
type rect [4]float64

// nodeShapes returns the bounds of each node's shape in an SVG Graphviz
// drew, by node id: its first polygon or ellipse.
func nodeShapes(t *testing.T, data []byte) map[string]rect {
	t.Helper()
	out := map[string]rect{}
	// the group being read (class "node", "edge", "cluster"), and the
	// node's id
	group, node, inTitle := "", "", false
	for tok := range tokens(t, data) {
		switch tok := tok.(type) {
		case xml.StartElement:
			attr := map[string]string{}
			for _, a := range tok.Attr {
				attr[a.Name.Local] = a.Value
			}
			var xs, ys []float64
			switch tok.Name.Local {
			case "g":
				if c := attr["class"]; c != "" {
					group, node = c, ""
				}
			case "title":
				inTitle = true
			case "polygon":
				for _, p := range strings.Fields(attr["points"]) {
					var x, y float64
					fmt.Sscanf(p, "%g,%g", &x, &y)
					xs, ys = append(xs, x), append(ys, y)
				}
			case "ellipse":
				var cx, cy, rx, ry float64
				fmt.Sscan(attr["cx"], &cx)
				fmt.Sscan(attr["cy"], &cy)
				fmt.Sscan(attr["rx"], &rx)
				fmt.Sscan(attr["ry"], &ry)
				xs, ys = []float64{cx - rx, cx + rx}, []float64{cy - ry, cy + ry}
			}
			if _, done := out[node]; group == "node" && node != "" && !done && len(xs) > 0 {
				out[node] = rect{slices.Min(xs), slices.Min(ys), slices.Max(xs), slices.Max(ys)}
			}
		case xml.CharData:
			if inTitle && node == "" {
				node = strings.TrimSpace(string(tok))
			}
		case xml.EndElement:
			inTitle = false
		}
	}
	return out
}

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

// TestDrawableKeepsWholeParts cuts the graph of 200 generated articles to
// diagrams of several sizes: each part of the diagram (nodes linked to one
// another) must be a whole part of the graph, but for the one it was
// growing when it ran out of room, so that a diagram shows connected
// stories rather than the best-linked nodes with nothing between them.
func TestDrawableKeepsWholeParts(t *testing.T) {
	g := generated(t, 200)
	whole := parts(g)
	for _, max := range []int{30, 100, 300} {
		drawn, note := Drawable(g, max)
		if n, _ := drawn.Len(); n != max || note == "" {
			t.Fatalf("cut to %d: %d nodes, note %q", max, n, note)
		}
		cut := 0
		for id, p := range parts(drawn) {
			if id == p[0] && len(p) != len(whole[id]) {
				cut++
			}
		}
		if cut > 1 {
			t.Errorf("cut to %d: %d parts of the diagram are cut from larger ones; want at most one", max, cut)
		}
	}
}

// parts returns each node's connected part of g (by node id).
func parts(g *graph.Graph) map[string][]string {
	of := map[string][]string{}
	for _, n := range g.Nodes() {
		if of[n.ID] != nil {
			continue
		}
		p := []string{n.ID}
		of[n.ID] = p
		for i := 0; i < len(p); i++ {
			for _, m := range g.Neighbours(p[i]) {
				if of[m] == nil {
					p = append(p, m)
					of[m] = p
				}
			}
		}
		for _, id := range p {
			of[id] = p
		}
	}
	return of
}

// TestThinned cuts the edges of the graph of 200 generated articles: it
// keeps as many as asked (or as join each part), leaves every part of the
// graph joined, keeps the best-attested edge, and keeps every node.
func TestThinned(t *testing.T) {
	g := generated(t, 200)
	n, m := g.Len()
	whole := parts(g)
	forest := n // edges that join each part: a node's count less one a part
	for id, p := range whole {
		if id == p[0] {
			forest--
		}
	}
	best := slices.MaxFunc(g.Edges(), func(a, b *graph.Edge) int { return cmp.Compare(a.Count, b.Count) })
	for _, most := range []int{0, forest, m / 2, m} {
		thin, note := Thinned(g, most)
		tn, tm := thin.Len()
		if want := min(m, max(most, forest)); tn != n || tm != want || (note == "") != (tm == m) {
			t.Errorf("at most %d: %d nodes and %d edges, note %q; want %d nodes and %d edges", most, tn, tm, note, n, want)
		}
		for id, p := range parts(thin) {
			if id == p[0] && len(p) != len(whole[id]) {
				t.Errorf("at most %d: the part of %s has %d nodes, not %d", most, id, len(p), len(whole[id]))
			}
		}
		if !slices.Contains(thin.Edges(), best) {
			t.Errorf("at most %d: the best-attested edge (%d quotes) was cut", most, best.Count)
		}
	}
}
