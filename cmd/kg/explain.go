package main

import (
	"flag"
	"fmt"
	"io"
)

func cmdExplain(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var in inputs
	in.register(fs)
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() == 0 {
		return usageError{fmt.Errorf("name a node: kg explain NAME")}
	}
	return fmt.Errorf("not yet")
}
