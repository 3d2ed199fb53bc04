package cache

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kg/model"
)

func facts(title string) model.Encoded {
	return model.Encode(&model.Facts{Source: model.Source{ID: title, Title: title}})
}

// TestPackSurvivesACutAndGarbage: records written, then a record cut short
// and bytes that are no record at the pack's end, as a build stopped while
// writing leaves them: the cache reopens with the whole records, and what
// is put next goes over the rest and is found after another reopening.
func TestPackSurvivesACutAndGarbage(t *testing.T) {
	dir := t.TempDir()
	c, err := Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	keys := []Key{c.Key("a", []byte("1")), c.Key("b", []byte("2")), c.Key("c", []byte("3"))}
	for i, k := range keys {
		if err := c.Put(k, facts(string(rune('a'+i)))); err != nil {
			t.Fatal(err)
		}
	}
	c.Close()
	pack := filepath.Join(dir, PackName)
	b, _ := os.ReadFile(pack)
	os.WriteFile(pack, append(b[:len(b)-5], "no record here"...), 0o644) // c's record cut short
	if c, err = Open(dir, nil); err != nil {
		t.Fatal(err)
	}
	for i, k := range keys {
		f, ok := c.Get(k)
		if ok != (i < 2) {
			t.Fatalf("record %d found: %v", i, ok)
		}
		if ok && f.Decode(0).Source.ID != string(rune('a'+i)) {
			t.Fatalf("record %d holds %q", i, f.Decode(0).Source.ID)
		}
	}
	if err := c.Put(keys[2], facts("c again")); err != nil {
		t.Fatal(err)
	}
	c.Close()
	if b, _ := os.ReadFile(pack); strings.Contains(string(b), "no record here") {
		t.Error("the garbage after the cut record is still in the pack")
	}
	if c, err = Open(dir, nil); err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if f, ok := c.Get(keys[2]); !ok || f.Decode(0).Source.ID != "c again" {
		t.Fatalf("the record put after the cut is not found: %v", ok)
	}
	if hits, misses := c.Stats(); hits != 1 || misses != 0 {
		t.Errorf("stats %d hits and %d misses, want 1 and 0", hits, misses)
	}
}

// TestOneProcessAtATime: a cache held by one Open cannot be opened again
// until it is closed, and the error says why.
func TestOneProcessAtATime(t *testing.T) {
	dir := t.TempDir()
	c, err := Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir, nil); err == nil || !strings.Contains(err.Error(), "in use") || !strings.Contains(err.Error(), dir) {
		t.Fatalf("a second Open gives %v, want an error naming the folder and saying it is in use", err)
	}
	c.Close()
	c, err = Open(dir, nil)
	if err != nil {
		t.Fatalf("after Close: %v", err)
	}
	c.Close()
}
