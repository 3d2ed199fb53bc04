package spill

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

	"kg/model"
)

func encoded(i int) model.Encoded {
	f := model.Facts{Source: model.Source{ID: fmt.Sprintf("doc%03d", i), Title: fmt.Sprintf("Talks, round %d", i)}}
	f.Entities = []model.Entity{{ID: "p1", Kind: model.Person, Name: fmt.Sprintf("Person %d", i)}}
	return model.Encode(&f)
}

func TestFileGivesBackWhatWasAdded(t *testing.T) {
	s, err := Create(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	const n = 200
	refs := make([]Ref, n)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += 4 {
				r, err := s.Add(encoded(i))
				if err != nil {
					t.Error(err)
				}
				refs[i] = r
			}
		}()
	}
	wg.Wait()
	if err := s.Map(); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		for i, r := range refs {
			got, want := s.At(r), encoded(i)
			if !bytes.Equal(got.AppendTo(nil), want.AppendTo(nil)) {
				t.Fatalf("%s: document %d: the bytes differ", when, i)
			}
			if f := got.Decode(model.PartEntities); f.Source.ID != fmt.Sprintf("doc%03d", i) || f.Entities[0].Name != fmt.Sprintf("Person %d", i) {
				t.Fatalf("%s: document %d decodes as %q, %q", when, i, f.Source.ID, f.Entities[0].Name)
			}
		}
	}
	check("mapped")
	if !s.Mapped() {
		t.Fatal("not mapped")
	}
	drop(s.data) // the pages are read back from the file
	check("dropped")
	if _, err := s.Add(encoded(0)); err == nil {
		t.Error("Add after Map: no error")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	check("closed") // the mapping outlives the file
}

func TestFailedWriteIsKept(t *testing.T) {
	s, err := Create(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(encoded(1)); err != nil {
		t.Fatal(err)
	}
	s.f.Close() // writes now fail, as on a full disk
	_, err1 := s.Add(encoded(2))
	_, err2 := s.Add(encoded(3))
	if err1 == nil || err2 != err1 || s.Err() != err1 {
		t.Fatalf("Add: %v, then %v; Err: %v", err1, err2, s.Err())
	}
}

func TestNilFileDoesNothing(t *testing.T) {
	var s *File
	if s.Err() != nil || s.Close() != nil || s.Mapped() {
		t.Fatal("a nil File reports an error")
	}
}

func TestEmptyFileMaps(t *testing.T) {
	s, err := Create(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Map(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}
