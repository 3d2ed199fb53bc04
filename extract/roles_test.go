package extract

import (
	"reflect"
	"testing"

	"kg/internal/sample"
	"kg/mentions"
	"kg/read"
	"kg/resolve"
)

// TestRolesAtAsRoles checks that the roles resolve works out once for each
// person span (Doc.RolesAt) are still what Roles finds once every stage
// has run: no stage after resolve's personRoles changes a span.
func TestRolesAtAsRoles(t *testing.T) {
	g := sample.Gazetteer(t)
	texts := append(sample.Articles(t, 100),
		// a title that countryPairs gives its countries, one of the last
		// passes to change a span
		[]byte("Armenia and Azerbaijan initialled a peace text on Friday. The two countries' foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov, signed it."))
	checked := 0
	for i, data := range texts {
		doc, err := read.Parse("test.txt", data)
		if err != nil {
			t.Fatal(err)
		}
		_, d := run(doc, g, nil)
		for si := range d.Sents {
			for k, sp := range d.Sents[si].Spans {
				if sp.Kind != mentions.Person || d.Entity(si, k) < 0 {
					continue
				}
				if got, want := d.RolesAt(si, k), resolve.Roles(&d.Sents[si], k); !reflect.DeepEqual(got, want) {
					t.Fatalf("article %d, sentence %q, %s: RolesAt %+v, Roles %+v", i, d.Sents[si].Sentence.Text, sp.Name, got, want)
				}
				checked++
			}
		}
	}
	if checked < 500 {
		t.Fatalf("only %d person spans checked", checked)
	}
}
