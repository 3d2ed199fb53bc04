package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unicode/utf16"
)

const goodArticle = "US Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Tuesday.\n"

// badFolder writes a folder of good and bad inputs and returns it.
func badFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", []byte(goodArticle))
	write("empty.txt", nil)
	write("blank.txt", []byte("  \n\n \t\n"))
	write("binary.txt", []byte("abc\x00\x01\x02def"))
	write("renamed-pdf.txt", []byte("%PDF-1.4\n%âãÏÓ\n1 0 obj\n"))
	// UTF-16 with a BOM: decoded, not skipped
	u := utf16.Encode([]rune("Envoy Steve Witkoff met Kirill Dmitriev in Miami on Saturday.\n"))
	b := []byte{0xFF, 0xFE}
	for _, r := range u {
		b = append(b, byte(r), byte(r>>8))
	}
	write("utf16.txt", b)
	// Windows-1252 curly quotes around a quotation
	write("cp1252.txt", []byte("French President Emmanuel Macron met envoy Steve Witkoff in Paris. \x93We agree on the essentials,\x94 Macron said.\n"))
	write("page.txt", []byte("<!DOCTYPE html><html><head><title>Talks</title><script>var junk='Sali Berisha';</script></head><body><nav>Home</nav><article><p>Turkish Foreign Minister Hakan Fidan opened the talks in Istanbul on Friday.</p></article></body></html>"))
	write("long-line.txt", []byte(strings.Repeat("the delegations talked and talked ", 40000)+"\n"))
	write("bad-date.txt", []byte("title: A headline\npublished: 2025-13-45\n\nChinese Vice Premier He Lifeng met Treasury Secretary Scott Bessent in Geneva.\n"))
	write("too-big.txt", bytes.Repeat([]byte("Words and more words. "), 1000))
	if err := os.Symlink(filepath.Join(dir, "loop-b.txt"), filepath.Join(dir, "loop-a.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "loop-a.txt"), filepath.Join(dir, "loop-b.txt")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestBadInputIsReportedAndSkipped(t *testing.T) {
	dir := badFolder(t)
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	code := run([]string{"build", "--in", dir, "--out", out, "--max-size", "20000", "--quiet", "--formats", "json"}, &stdout, &stderr)
	if code != exitSkipped {
		t.Fatalf("exit %d, want %d (skipped files)\n%s", code, exitSkipped, stderr.String())
	}
	msgs := stderr.String()
	for file, reason := range map[string]string{
		"empty.txt":       "empty file",
		"blank.txt":       "empty file",
		"binary.txt":      "binary content",
		"renamed-pdf.txt": "PDF",
		"too-big.txt":     "over the 20000-byte limit",
		"loop-a.txt":      "too many levels of symbolic links",
		"fifo.txt":        "not a regular file",
		"bad-date.txt":    `header date "2025-13-45" is not a date`,
	} {
		line := ""
		for _, l := range strings.Split(msgs, "\n") {
			if strings.Contains(l, file) {
				line = l
			}
		}
		if !strings.Contains(line, reason) {
			t.Errorf("%s: want a line naming it with %q; stderr:\n%s", file, reason, msgs)
		}
	}
	for _, l := range strings.Split(strings.TrimSpace(msgs), "\n") {
		if !strings.HasPrefix(l, "kg: skipped ") && !strings.HasPrefix(l, "kg: warning: ") && !strings.HasPrefix(l, "kg build: ") {
			t.Errorf("unexpected stderr line %q", l)
		}
	}
	g := readGraph(t, out)
	labels := map[string]bool{}
	for _, n := range g.Nodes {
		labels[n.Label] = true
	}
	for _, want := range []string{"Marco Rubio", "Kirill Dmitriev", "Emmanuel Macron", "Hakan Fidan", "He Lifeng"} {
		if !labels[want] {
			t.Errorf("%s missing: the good, UTF-16, Windows-1252, HTML and bad-date files are all readable", want)
		}
	}
	if labels["Sali Berisha"] {
		t.Error("a page's script became an actor")
	}
	data, _ := os.ReadFile(filepath.Join(out, "graph.json"))
	if !bytes.Contains(data, []byte("We agree on the essentials")) {
		t.Error("the Windows-1252 quotation was not decoded")
	}
	// --strict makes any skip fatal, and writes nothing
	out2 := t.TempDir()
	stderr.Reset()
	if code := run([]string{"build", "--in", dir, "--out", out2, "--max-size", "20000", "--strict", "--quiet"}, &stdout, &stderr); code != exitFailure {
		t.Errorf("--strict: exit %d, want %d", code, exitFailure)
	}
	if files, _ := os.ReadDir(out2); len(files) != 0 {
		t.Errorf("--strict failure wrote %d files", len(files))
	}
}

func TestFailedBuildLeavesOutputs(t *testing.T) {
	out := build(t)
	before := map[string][]byte{}
	for _, f := range outputs {
		before[f], _ = os.ReadFile(filepath.Join(out, f))
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "--in", filepath.Join(t.TempDir(), "missing"), "--out", out}, &stdout, &stderr); code != exitFailure {
		t.Fatalf("exit %d, want %d", code, exitFailure)
	}
	if !strings.Contains(stderr.String(), "missing") {
		t.Errorf("the error does not name the input: %s", stderr.String())
	}
	for _, f := range outputs {
		after, _ := os.ReadFile(filepath.Join(out, f))
		if !bytes.Equal(before[f], after) {
			t.Errorf("%s changed after a failed build", f)
		}
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"frobnicate"}, {"build", "--no-such-flag"}, {"build", "--formats", "json,png"}, {"explain"}, {"build", "stray"}, {"build", "--max-size", "3000000000"}, {"build", "--max-size", "0"}, {"bench", "stray"}, {"timeline", "stray"}, {"render", "--hops", "x"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != exitUsage {
			t.Errorf("kg %s: exit %d, want %d", strings.Join(args, " "), code, exitUsage)
		}
	}
}
