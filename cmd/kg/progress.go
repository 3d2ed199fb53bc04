package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// newProgress returns a progress callback that draws a bar on w when w is a
// terminal, and nothing otherwise (pipes, files, CI).
func newProgress(w io.Writer, what string) func(done, total int) {
	if !onTerminal(w) {
		return nil
	}
	return progressBar(w, what)
}

// progressBar draws a bar of done out of total on w, at most ten times a
// second, and clears it once done reaches total.
func progressBar(w io.Writer, what string) func(done, total int) {
	var last time.Time
	return func(done, total int) {
		if done < total && time.Since(last) < 100*time.Millisecond {
			return
		}
		last = time.Now()
		const width = 30
		n := width * done / max(total, 1)
		bar := make([]byte, width)
		for i := range bar {
			bar[i] = ' '
			if i < n {
				bar[i] = '#'
			}
		}
		fmt.Fprintf(w, "\rkg: %s [%s] %d/%d", what, bar, done, total)
		if done == total {
			fmt.Fprint(w, "\r\033[K")
		}
	}
}

// newStatus returns a function that shows on w, when w is a terminal, what
// kg is doing between progress bars (merging, writing: a minute at
// 100,000 articles), each line in place of the one before; "" clears it.
// Elsewhere, or when quiet, it does nothing.
func newStatus(w io.Writer, quiet bool) func(what string) {
	if quiet || !onTerminal(w) {
		return func(string) {}
	}
	return statusLine(w)
}

// statusLine shows what on w in place of the line before ("" clears it).
func statusLine(w io.Writer) func(what string) {
	return func(what string) {
		if what == "" {
			fmt.Fprint(w, "\r\033[K")
			return
		}
		fmt.Fprintf(w, "\r\033[Kkg: %s", what)
	}
}

// onTerminal reports whether w is a terminal that progress is shown on:
// not in CI.
func onTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isTerminal(f) && os.Getenv("CI") == ""
}

func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
