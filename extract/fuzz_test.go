package extract

import (
	"testing"

	"kg/internal/sample"
	"kg/read"
)

func FuzzExtract(f *testing.F) {
	sample.AddSeeds(f)
	g := sample.Gazetteer(f)
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
