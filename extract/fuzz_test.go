package extract

import (
	"os"
	"path/filepath"
	"testing"

	"kg/gazetteer"
	"kg/read"
)

func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("../seeds/*.txt")
	for _, p := range files {
		data, _ := os.ReadFile(p)
		f.Add(data)
	}
	g, err := gazetteer.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := read.Parse("fuzz.txt", data)
		if err != nil {
			return
		}
		facts := Document(doc, g)
		// every quote is a verbatim slice of the document
		for _, e := range facts.Entities {
			for _, ev := range e.Mentions {
				if ev.Start < 0 || ev.End > len(doc.Text) || doc.Text[ev.Start:ev.End] != ev.Text {
					t.Fatalf("evidence %q is not the text at [%d,%d)", ev.Text, ev.Start, ev.End)
				}
			}
		}
		for _, r := range facts.Relations {
			ev := r.Evidence
			if ev.Start < 0 || ev.End > len(doc.Text) || doc.Text[ev.Start:ev.End] != ev.Text {
				t.Fatalf("relation evidence %q is not the text at [%d,%d)", ev.Text, ev.Start, ev.End)
			}
		}
	})
}
