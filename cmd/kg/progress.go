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
	f, ok := w.(*os.File)
	if !ok || !isTerminal(f) || os.Getenv("CI") != "" {
		return nil
	}
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
		fmt.Fprintf(f, "\rkg: %s [%s] %d/%d", what, bar, done, total)
		if done == total {
			fmt.Fprint(f, "\r\033[K")
		}
	}
}

func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
