package main

import (
	"io"

	"kg/export"
)

// cmdTimeline prints the dated list of meetings.
func cmdTimeline(args []string, stdout, stderr io.Writer) error {
	fs, in := newFlags("timeline", stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	defer in.close()
	g, _, err := in.load(stderr)
	if err != nil {
		return err
	}
	return export.Timeline(stdout, g)
}
