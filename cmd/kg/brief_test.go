package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kg/export"
	"kg/internal/sample"
)

func TestBriefing(t *testing.T) {
	dir := build(t)
	md, err := os.ReadFile(filepath.Join(dir, "briefing.md"))
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(dir, "briefing.html"))
	if err != nil {
		t.Fatal(err)
	}
	// every section, in order
	last := -1
	for _, s := range []string{"1. Bottom line", "2. Who's who", "3. Timeline of meetings", "4. Documents", "5. Positions and quotes by party", "6. Open questions and gaps", "7. Sources"} {
		i := bytes.Index(md, []byte("## "+s))
		if i < 0 || i < last {
			t.Errorf("section %q missing or out of order", s)
		}
		last = i
	}
	// at least five distinct sources cited
	cited := map[string]bool{}
	for _, m := range regexp.MustCompile(`\[\\\[(\d+)\\\]\]\(#c\d+\)`).FindAllSubmatch(md, -1) {
		cited[string(m[1])] = true
	}
	if len(cited) < 5 {
		t.Errorf("%d sources cited, want at least 5", len(cited))
	}
	// every quotation is verbatim in its article
	docs := map[string]string{}
	files, _ := filepath.Glob("../../seeds/*.txt")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		docs[strings.TrimSuffix(filepath.Base(f), ".txt")] = string(data)
	}
	quotes := regexp.MustCompile(`<q>([^<]*)</q>`).FindAllSubmatch(page, -1)
	if len(quotes) == 0 {
		t.Fatal("no quotations in the HTML briefing")
	}
	for _, q := range quotes {
		text := htmlUnescape(string(q[1]))
		found := false
		for _, d := range docs {
			if strings.Contains(d, text) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("quotation not verbatim in any article: %q", text)
		}
	}
	for _, name := range []string{"Umerov", "Witkoff", "Kushner", "Dmitriev"} {
		if !bytes.Contains(page, []byte(name)) {
			t.Errorf("the briefing does not name %s", name)
		}
	}
	// self-contained: nothing loaded from elsewhere
	for _, bad := range []string{`src="http`, `<link `, `<script src`, `url(http`, `@import`} {
		if bytes.Contains(page, []byte(bad)) {
			t.Errorf("briefing.html loads something from elsewhere (%s)", bad)
		}
	}
}

var entities = strings.NewReplacer("&#34;", `"`, "&#39;", "'", "&#45;", "-", "&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`)

func htmlUnescape(s string) string { return entities.Replace(s) }

// TestBriefingInChromium opens the HTML briefing in headless Chromium: it
// loads without script errors, and a click on a node of the diagram, or on
// a citation, shows its evidence.
func TestBriefingInChromium(t *testing.T) {
	bin := ""
	for _, c := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(c); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Fatal("no Chromium; run scripts/test or apt-get install chromium")
	}
	dir := build(t)
	page, err := os.ReadFile(filepath.Join(dir, "briefing.html"))
	if err != nil {
		t.Fatal(err)
	}
	c1 := regexp.MustCompile(`<li id="c1" data-source="([^"]*)">\[\d+\] <q>([^<]*)</q>`).FindSubmatch(page)
	if c1 == nil {
		t.Fatal("no first citation in the list of quoted sentences")
	}
	for _, tt := range []struct {
		click string
		shown string // the panel's title
		want  []string
	}{
		{"person:rustem-umerov", "Rustem Umerov (person)", []string{"Umerov"}},
		{"c1", "Evidence [1]", []string{string(c1[2]), "<cite>" + string(c1[1]) + "</cite>"}},
	} {
		dom := openInChromium(t, bin, "file://"+filepath.Join(dir, "briefing.html")+"#click="+tt.click)
		panel := regexp.MustCompile(`(?s)<aside id="panel"[^>]*>.*?</aside>`).FindString(dom)
		ok := strings.Contains(panel, `data-shown="`+tt.shown+`"`) && strings.Contains(panel, "<blockquote>")
		for _, w := range tt.want {
			ok = ok && strings.Contains(panel, w)
		}
		if !ok {
			t.Errorf("a click on %s did not show its evidence (%q); panel:\n%s", tt.click, tt.want, panel)
		}
	}
}

// openInChromium loads url in headless Chromium and returns the page as its
// script left it, failing the test on a script error.
func openInChromium(t *testing.T, bin, url string) string {
	t.Helper()
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(), "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom", url)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	dom := stdout.String()
	if !strings.Contains(dom, `data-ready="yes"`) {
		t.Fatalf("the page's script did not run to the end; stderr:\n%s", stderr.String())
	}
	if strings.Contains(dom, "data-errors=") {
		t.Errorf("script errors: %s", regexp.MustCompile(`data-errors="[^"]*"`).FindString(dom))
	}
	for _, l := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(l, "CONSOLE") && (strings.Contains(l, "Uncaught") || strings.Contains(l, "Error")) {
			t.Errorf("console error: %s", l)
		}
	}
	return dom
}

// TestBriefingCarriesTheDrawnNodes: the HTML briefing of a graph larger
// than its diagram carries the evidence of the nodes drawn, which a click
// can show, and of no other.
func TestBriefingCarriesTheDrawnNodes(t *testing.T) {
	dir := build(t, "--in", sample.Generated(t, 200), "--formats", "brief")
	page, err := os.ReadFile(filepath.Join(dir, "briefing.html"))
	if err != nil {
		t.Fatal(err)
	}
	figure := regexp.MustCompile(`(?s)<figure id="diagram">.*?</figure>`).Find(page)
	drawn := map[string]bool{}
	for _, m := range regexp.MustCompile(`class="node">\s*<title>([^<]*)</title>`).FindAllSubmatch(figure, -1) {
		if id := htmlUnescape(string(m[1])); !strings.HasPrefix(id, "legend:") {
			drawn[id] = true
		}
	}
	data := regexp.MustCompile(`(?s)<script type="application/json" id="kg-data">(.*?)</script>`).FindSubmatch(page)
	if data == nil {
		t.Fatal("no data in the page")
	}
	var d struct{ Nodes map[string]any }
	if err := json.Unmarshal(data[1], &d); err != nil {
		t.Fatal(err)
	}
	if len(drawn) != export.MaxDrawn {
		t.Fatalf("%d nodes drawn, want %d (a graph larger than its diagram)", len(drawn), export.MaxDrawn)
	}
	for id := range d.Nodes {
		if !drawn[id] {
			t.Errorf("the page carries %s, which is not drawn", id)
		}
	}
	for id := range drawn {
		if d.Nodes[id] == nil {
			t.Errorf("%s is drawn, but the page has nothing to show for it", id)
		}
	}
}
