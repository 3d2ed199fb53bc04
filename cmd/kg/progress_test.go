package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestStatusLine(t *testing.T) {
	var b bytes.Buffer
	status := statusLine(&b)
	status("merging the facts of 3 articles")
	status("writing json to output")
	status("")
	want := "\r\033[Kkg: merging the facts of 3 articles\r\033[Kkg: writing json to output\r\033[K"
	if b.String() != want {
		t.Errorf("status lines: %q, want %q", b.String(), want)
	}
}

func TestProgressBarEndsCleared(t *testing.T) {
	var b bytes.Buffer
	bar := progressBar(&b, "extracting")
	bar(1, 4)
	bar(4, 4)
	got := b.String()
	for _, want := range []string{"\rkg: extracting [#######                       ] 1/4", "\rkg: extracting [##############################] 4/4\r\033[K"} {
		if !strings.Contains(got, want) {
			t.Errorf("bar %q lacks %q", got, want)
		}
	}
}

func TestNoStatusOffTerminal(t *testing.T) {
	var b bytes.Buffer
	newStatus(&b, false)("merging")
	if newProgress(&b, "extracting") != nil || b.Len() > 0 {
		t.Errorf("progress shown on a buffer: %q", b.String())
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if onTerminal(f) {
		t.Errorf("a file is taken for a terminal")
	}
}
