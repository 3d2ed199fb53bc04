package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kg/internal/sample"
)

func TestRenderFocus(t *testing.T) {
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	args := []string{"render", "--in", "../../seeds", "--focus", "Umerov", "--hops", "1", "--kinds", "person,delegation,meeting", "--format", "dot,svg,mermaid", "--out", out}
	if code := run(args, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	dot, err := os.ReadFile(filepath.Join(out, "focus-rustem-umerov.dot"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(dot, []byte(`"person:rustem-umerov"`)) || !bytes.Contains(dot, []byte(`"delegation:ukraine"`)) {
		t.Error("the focus and its delegation are not drawn")
	}
	for _, kind := range []string{`"country:`, `"document:`, `"place:`} {
		if bytes.Contains(dot, []byte(kind)) {
			t.Errorf("a kind left out by --kinds is drawn: %s", kind)
		}
	}
	if bytes.Contains(dot, []byte(`"person:vladimir-putin"`)) {
		t.Error("a node two hops away is drawn with --hops 1")
	}
	svg, _ := os.ReadFile(filepath.Join(out, "focus-rustem-umerov.svg"))
	if err := sample.WellFormed(svg); err != nil {
		t.Errorf("focus SVG: %v", err)
	}
	mmd, _ := os.ReadFile(filepath.Join(out, "focus-rustem-umerov.mmd"))
	if !strings.HasPrefix(string(mmd), "flowchart LR\n") || !strings.Contains(string(mmd), `"Rustem Umerov"`) {
		t.Errorf("mermaid:\n%s", mmd)
	}
	stderr.Reset()
	if code := run([]string{"render", "--in", "../../seeds", "--focus", "Nobody Atall", "--out", out}, &stdout, &stderr); code != exitFailure {
		t.Errorf("unknown focus: exit %d", code)
	}
}

// briefSection runs kg brief on the seeds with flags, and returns the
// section of briefing.md numbered n.
func briefSection(t *testing.T, n int, flags ...string) string {
	t.Helper()
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run(append([]string{"brief", "--in", "../../seeds", "--out", out, "--quiet"}, flags...), &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	md, _ := os.ReadFile(filepath.Join(out, "briefing.md"))
	return string(md[bytes.Index(md, fmt.Appendf(nil, "## %d.", n)):bytes.Index(md, fmt.Appendf(nil, "## %d.", n+1))])
}

func TestBriefSince(t *testing.T) {
	var stdout, stderr bytes.Buffer
	timeline := briefSection(t, 3, "--since", "2025-12-15")
	if strings.Contains(timeline, "2025-12-02") || strings.Contains(timeline, "2025-12-04") {
		t.Errorf("--since 2025-12-15 keeps older meetings:\n%s", timeline)
	}
	if !strings.Contains(timeline, "2025-12-19") {
		t.Errorf("--since 2025-12-15 drops the talks of 19 December:\n%s", timeline)
	}
	if code := run([]string{"brief", "--since", "yesterday"}, &stdout, &stderr); code != exitUsage {
		t.Errorf("a bad --since: exit %d", code)
	}
}

// TestBriefMaxItems: --max-items 2 cuts the seeds' who's who to two people
// and a line counting the rest; 0 is a usage error.
func TestBriefMaxItems(t *testing.T) {
	var stdout, stderr bytes.Buffer
	who := briefSection(t, 2, "--max-items", "2")
	if !regexp.MustCompile(`… and \d+ more people, less reported on`).MatchString(who) || strings.Count(who, "\n- ") > 2+1+2+1 {
		t.Errorf("--max-items 2, who's who:\n%s", who)
	}
	if code := run([]string{"brief", "--in", "../../seeds", "--max-items", "0"}, &stdout, &stderr); code != exitUsage {
		t.Errorf("--max-items 0: exit %d", code)
	}
}
