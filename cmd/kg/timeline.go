package main

import (
	"flag"
	"fmt"
	"io"

	"kg/export"
)

// cmdTimeline prints the dated list of meetings.
func cmdTimeline(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var in inputs
	in.register(fs)
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	g, _, err := in.load(stderr)
	if err != nil {
		return err
	}
	return export.Timeline(stdout, g)
}
