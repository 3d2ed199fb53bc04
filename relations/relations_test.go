package relations

import (
	"testing"

	"kg/model"
	"kg/resolve"
)

// TestLookupsFindTheFirstEntity: first and index find the first entity of a
// kind and key, or of an id, as scanning the entities in order does, also
// among entities added after an earlier lookup.
func TestLookupsFindTheFirstEntity(t *testing.T) {
	d := &resolve.Doc{Entities: []model.Entity{
		{ID: "country:ua", Kind: model.Country, Key: "ua"},
		{ID: "organization:nsdc", Kind: model.Organization, Key: "nsdc"},
		{ID: "country:ua", Kind: model.Country, Key: "ua"},
	}}
	x := &extractor{d: d}
	scan := func(kind model.NodeKind, key, id string) (int, int) {
		first, index := -1, -1
		for i, e := range d.Entities {
			if first < 0 && e.Kind == kind && e.Key == key {
				first = i
			}
			if index < 0 && e.ID == id {
				index = i
			}
		}
		return first, index
	}
	check := func(kind model.NodeKind, key, id string) {
		t.Helper()
		wantFirst, wantIndex := scan(kind, key, id)
		if got := x.first(kind, key); got != wantFirst {
			t.Errorf("first(%s, %s) = %d, want %d", kind, key, got, wantFirst)
		}
		if got := x.index(id); got != wantIndex {
			t.Errorf("index(%s) = %d, want %d", id, got, wantIndex)
		}
	}
	check(model.Country, "ua", "country:ua")
	check(model.Organization, "nsdc", "organization:nsdc")
	check(model.Country, "ru", "country:ru")
	d.Entities = append(d.Entities,
		model.Entity{ID: "country:ru", Kind: model.Country, Key: "ru"},
		model.Entity{ID: "organization:nsdc", Kind: model.Organization, Key: "nsdc"},
		model.Entity{ID: "country:ru", Kind: model.Country, Key: "ru"})
	check(model.Country, "ru", "country:ru")
	check(model.Organization, "nsdc", "organization:nsdc")
	check(model.Country, "ua", "country:ua")
}
