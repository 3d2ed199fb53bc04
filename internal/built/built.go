// Package built gives tests and benchmarks the extracted facts of article
// folders or files, with the default gazetteer: what the graph and export
// tests merge. It is apart from package sample, whose articles the
// extraction stages' own tests read, so that those can import it.
package built

import (
	"testing"

	"kg/corpus"
	"kg/gazetteer"
	"kg/internal/sample"
	"kg/model"
	"kg/read"
)

// Facts extracts the articles at paths (files or folders).
func Facts(tb testing.TB, paths ...string) ([]model.Facts, *gazetteer.Gazetteer) {
	tb.Helper()
	files, gz := Inputs(tb, paths...)
	var facts []model.Facts
	for _, d := range corpus.Extract(files, gz, corpus.Options{}).Docs {
		facts = append(facts, d.Decode(model.AllParts))
	}
	return facts, gz
}

// Inputs lists the articles at paths (files or folders), for tests that
// extract them their own way, and gives the default gazetteer.
func Inputs(tb testing.TB, paths ...string) ([]read.Input, *gazetteer.Gazetteer) {
	tb.Helper()
	gz := sample.Gazetteer(tb)
	files, err := read.Paths(paths)
	if err != nil {
		tb.Fatal(err)
	}
	return files, gz
}
