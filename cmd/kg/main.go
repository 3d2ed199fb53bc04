// Command kg builds a sourced knowledge graph of negotiations from a folder
// of news articles, and writes diagrams, GraphML, JSON and briefings.
//
//	kg build    [--in PATH]... [--out DIR] [--formats json,dot,svg,graphml]
//	kg explain  NAME [--in PATH]...
//
// See README.md for every command, flag, exit code and output file.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// Exit codes.
const (
	exitOK      = 0 // success
	exitFailure = 1 // the command failed (bad input with --strict, nothing readable, a write failed)
	exitUsage   = 2 // the command line is wrong
	exitSkipped = 3 // the build succeeded but skipped some files
)

type usageError struct{ error }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, usage)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	cmds := map[string]func([]string, io.Writer, io.Writer) error{
		"build":    cmdBuild,
		"explain":  cmdExplain,
		"timeline": cmdTimeline,
		"brief":    cmdBrief,
		"render":   cmdRender,
		"bench":    cmdBench,
	}
	fn, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "kg: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	err := fn(args[1:], stdout, stderr)
	var ue usageError
	var se skippedError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "kg %s: %v\n", args[0], err)
		return exitUsage
	case errors.As(err, &se):
		fmt.Fprintf(stderr, "kg %s: %v\n", args[0], err)
		return exitSkipped
	default:
		fmt.Fprintf(stderr, "kg %s: %v\n", args[0], err)
		return exitFailure
	}
}

const usage = `kg builds a sourced knowledge graph of negotiations from news articles.

Usage:
  kg build    [--in PATH]... [--out DIR] [--formats LIST] [flags]
  kg explain  NAME [--in PATH]...
  kg timeline [--in PATH]...
  kg brief    [--in PATH]... [--out DIR] [--since DATE]
  kg render   [--in PATH]... [--focus NAME] [--hops N] [--kinds LIST] [--format dot,svg,mermaid] [--out DIR]
  kg bench    [--n N] [--corpus DIR] [--incremental]

Run "kg COMMAND -h" for the flags of a command.
`
