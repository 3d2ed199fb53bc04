package model_test

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"kg/extract"
	"kg/internal/sample"
	"kg/model"
	"kg/read"
)

// articleFacts extracts the test articles and the sample corpus.
func articleFacts(t testing.TB) []model.Facts {
	t.Helper()
	gz := sample.Gazetteer(t)
	files, err := read.Paths([]string{filepath.Join(sample.Root(), "seeds"), filepath.Join(sample.Root(), "testdata", "articles")})
	if err != nil {
		t.Fatal(err)
	}
	var out []model.Facts
	for _, in := range files {
		raw, err := read.Bytes(in.Path, read.MaxSize)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := read.Parse(in.Path, raw)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, extract.Document(doc, gz))
	}
	return out
}

// nilEmpty replaces the empty slices in v by nil, as decoding gives them.
func nilEmpty(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			nilEmpty(v.Elem())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			nilEmpty(v.Field(i))
		}
	case reflect.Slice:
		if v.Len() == 0 {
			v.Set(reflect.Zero(v.Type()))
		}
		for i := 0; i < v.Len(); i++ {
			nilEmpty(v.Index(i))
		}
	}
}

func TestEncodeDecodesToTheSameFacts(t *testing.T) {
	all := append(articleFacts(t), handMade(), model.Facts{})
	if len(all) < 50 {
		t.Fatalf("only %d articles", len(all))
	}
	for _, f := range all {
		e := model.Encode(&f)
		got := e.Decode(model.AllParts)
		nilEmpty(reflect.ValueOf(&f))
		if !reflect.DeepEqual(got, f) {
			t.Errorf("%s: decoded facts differ from the encoded ones", f.Source.ID)
			continue
		}
		p, err := model.Parse(e.AppendTo(nil))
		if err != nil {
			t.Errorf("%s: %v", f.Source.ID, err)
		} else if !reflect.DeepEqual(p.Decode(model.AllParts), f) {
			t.Errorf("%s: parsed facts differ", f.Source.ID)
		}
	}
}

// TestEncoderReusedEncodesAlike: an Encoder that encodes one document
// after another, as each extraction worker's does, gives every document
// the bytes a fresh one gives it: nothing it keeps from a document (its
// tables of names and texts) leaks into the next.
func TestEncoderReusedEncodesAlike(t *testing.T) {
	// two documents that share a name (a rule), which their tables put at
	// different places
	ev := func(doc, rule string) model.Evidence {
		return model.Evidence{Doc: doc, Text: "Talks ended.", Start: 0, End: 12, Rule: rule}
	}
	a := model.Facts{Source: model.Source{ID: "a"}, Entities: []model.Entity{{ID: "e", Mentions: []model.Evidence{ev("a", "x")}}}}
	b := model.Facts{Source: model.Source{ID: "b", Outlet: "O", Author: "P"},
		Entities: []model.Entity{{ID: "f", Name: "N", Mentions: []model.Evidence{ev("b", "y"), ev("b", "x")}}, {ID: "g", Mentions: []model.Evidence{ev("b", "x")}}}}
	all := append(articleFacts(t), handMade(), model.Facts{}, a, b, b, a)
	var enc model.Encoder
	for round := range 2 {
		for i := range all {
			f := &all[i]
			got, want := enc.Encode(f).AppendTo(nil), model.Encode(f).AppendTo(nil)
			if !bytes.Equal(got, want) {
				t.Fatalf("round %d, %s: a reused encoder gives other bytes than a fresh one", round, f.Source.ID)
			}
		}
	}
}

// TestDecodeSharedGivesTheCallersStrings: DecodeShared decodes the same
// facts, with the caller's string for the document's id wherever the id
// is written, and one copy of each name however many documents write it
// (so none is a slice of an encoding).
func TestDecodeSharedGivesTheCallersStrings(t *testing.T) {
	names := model.NewNames()
	first := map[string]*byte{} // each name's copy, as first decoded
	shared := 0                 // names met again in a later document
	for _, f := range articleFacts(t)[:20] {
		e := model.Encode(&f)
		id := strings.Clone(f.Source.ID)
		got := e.DecodeShared(model.AllParts, id, names)
		nilEmpty(reflect.ValueOf(&f))
		if !reflect.DeepEqual(got, f) {
			t.Errorf("%s: facts decoded with the id given differ from the encoded ones", id)
			continue
		}
		same := func(s string) bool { return unsafe.StringData(s) == unsafe.StringData(id) }
		quotes := 0
		for _, en := range got.Entities {
			for _, m := range en.Mentions {
				quotes++
				if !same(m.Doc) {
					t.Fatalf("%s: a mention's Doc is not the id given", id)
				}
			}
		}
		if !same(got.Source.ID) || quotes == 0 {
			t.Errorf("%s: Source.ID is not the id given, or no mentions (%d)", id, quotes)
		}
		// an empty string that is a slice of the encoding would keep the
		// encoding from the collector
		empty := func(s string) bool {
			if s == "" && unsafe.StringData(s) != nil {
				t.Fatalf("%s: an empty string points into the encoding", id)
			}
			return s == ""
		}
		for _, s := range []string{got.Source.Title, got.Source.URL, got.Source.Author, got.Source.Outlet} {
			empty(s)
		}
		inDoc := map[string]bool{}
		for _, en := range got.Entities {
			for _, s := range append([]string{en.ID, en.Name, en.Key}, en.Aliases...) {
				if empty(s) || s == id {
					continue // the id given, above
				}
				p, ok := first[s]
				switch {
				case !ok:
					first[s] = unsafe.StringData(s)
				case p != unsafe.StringData(s):
					t.Fatalf("%s: name %q is not the one copy of it", id, s)
				case !inDoc[s]:
					shared++
				}
				inDoc[s] = true
			}
		}
	}
	if shared == 0 {
		t.Error("no name is written by two documents: nothing was checked")
	}
}

func TestDecodeReadsOnlyTheParts(t *testing.T) {
	f := articleFacts(t)[0]
	e := model.Encode(&f)
	tests := []struct {
		parts model.Part
		want  func(model.Facts) bool
	}{
		{0, func(g model.Facts) bool { return g.Entities == nil && g.Relations == nil && g.Meetings == nil }},
		{model.PartEntities, func(g model.Facts) bool { return len(g.Entities) == len(f.Entities) && g.Relations == nil }},
		{model.PartRelations | model.PartDates, func(g model.Facts) bool {
			return g.Entities == nil && len(g.Relations) == len(f.Relations) && len(g.Dates) == len(f.Dates) && g.Meetings == nil
		}},
		{model.PartMeetings, func(g model.Facts) bool { return len(g.Meetings) == len(f.Meetings) && g.Quotes == nil }},
	}
	for _, tt := range tests {
		g := e.Decode(tt.parts)
		if g.Source != f.Source {
			t.Errorf("parts %b: source %+v, want %+v", tt.parts, g.Source, f.Source)
		}
		if !tt.want(g) {
			t.Errorf("parts %b: wrong parts decoded", tt.parts)
		}
	}
	if len(f.Entities) == 0 || len(f.Relations) == 0 || len(f.Meetings) == 0 {
		t.Fatalf("%s has too few facts to test with", f.Source.ID)
	}
}

// A sentence many facts quote is stored once: the encoding is smaller than
// the article.
func TestEncodingIsCompact(t *testing.T) {
	for _, f := range articleFacts(t)[:5] {
		e := model.Encode(&f)
		text := 0
		for _, ent := range f.Entities {
			for _, m := range ent.Mentions {
				text += len(m.Text)
			}
		}
		if e.Len() >= text {
			t.Errorf("%s: %d bytes encoded, the entities' mentions alone quote %d", f.Source.ID, e.Len(), text)
		}
	}
}

func TestParseRejectsDamage(t *testing.T) {
	f := articleFacts(t)[0]
	b := model.Encode(&f).AppendTo(nil)
	tests := map[string][]byte{
		"empty":       nil,
		"version":     append([]byte{9}, b[1:]...),
		"truncated":   b[:len(b)/2],
		"one short":   b[:len(b)-1],
		"extra":       append(bytes.Clone(b), 0),
		"flipped mid": flip(b, len(b)/2),
		"flipped end": flip(b, len(b)-1),
	}
	for name, data := range tests {
		if _, err := model.Parse(data); err == nil {
			t.Errorf("%s: parsed", name)
		}
		if _, err := model.Framed(data); err == nil {
			t.Errorf("%s: framed", name)
		}
	}
	if _, err := model.Framed(b); err != nil {
		t.Errorf("whole: %v", err)
	}
}

// TestFramedChecksFraming gives Framed bytes whose checksum matches but
// whose tables or parts do not end where they say: only the framing can
// tell.
func TestFramedChecksFraming(t *testing.T) {
	f := articleFacts(t)[0]
	b := model.Encode(&f).AppendTo(nil)
	body := b[:len(b)-4]
	sealed := func(body []byte) []byte {
		crc := crc32.MakeTable(crc32.Castagnoli)
		return binary.LittleEndian.AppendUint32(bytes.Clone(body), crc32.Checksum(body, crc))
	}
	tests := map[string][]byte{
		"version":         sealed(append([]byte{9}, body[1:]...)),
		"last part cut":   sealed(body[:len(body)-1]),
		"a byte more":     sealed(append(bytes.Clone(body), 0)),
		"first table cut": sealed(body[:3]),
	}
	for name, data := range tests {
		if _, err := model.Framed(data); err == nil {
			t.Errorf("%s: framed", name)
		}
	}
}

func flip(b []byte, i int) []byte {
	b = bytes.Clone(b)
	b[i] ^= 0xff
	return b
}

func FuzzParse(f *testing.F) {
	// the fuzzer varies the body; the checksum is made to match, so the
	// decoder's own checks are what is tried
	for _, fs := range []model.Facts{{}, handMade()} {
		b := model.Encode(&fs).AppendTo(nil)
		f.Add(b[:len(b)-4])
	}
	crc := crc32.MakeTable(crc32.Castagnoli)
	f.Fuzz(func(t *testing.T, body []byte) {
		data := binary.LittleEndian.AppendUint32(bytes.Clone(body), crc32.Checksum(body, crc))
		e, err := model.Parse(data)
		// Framed checks less than Parse: what Parse takes, it takes too,
		// and what it takes decodes without a panic
		framed, ferr := model.Framed(data)
		if err == nil && ferr != nil {
			t.Fatalf("parsed but not framed: %v", ferr)
		}
		if ferr == nil {
			framed.Decode(model.AllParts)
		}
		if err != nil {
			return
		}
		g := e.Decode(model.AllParts)
		again := model.Encode(&g)
		if h := again.Decode(model.AllParts); !reflect.DeepEqual(g, h) {
			t.Fatalf("facts change when encoded again")
		}
	})
}

// handMade is a document's facts with every field set.
func handMade() model.Facts {
	ev := func(text, rule string) model.Evidence {
		return model.Evidence{Doc: "d1", Text: text, Start: 10, End: 10 + len(text), Rule: rule}
	}
	s1 := "Envoy Ann Example met Foreign Minister Bo Sample in Lisbon on Monday."
	s2 := "\"We agreed on the plan,\" Example said on Tuesday."
	day := model.DateRef{Text: "Monday", Start: 60, Kind: "weekday", Weekday: 1, Tense: -1}
	return model.Facts{
		Source: model.Source{ID: "d1", Path: "a/d1.txt", Title: "Talks", URL: "https://example.org/x", Outlet: "Example News", Author: "C. Writer", Published: "2025-12-01", DateBasis: "header"},
		Entities: []model.Entity{
			{ID: "person:example", Kind: model.Person, Name: "Ann Example", Aliases: []string{"Example"}, Attrs: model.Attrs{{"role", "envoy"}}, Roles: []string{"envoy"}, Mentions: []model.Evidence{ev(s1, "")}},
			{ID: "person:sample", Kind: model.Person, Name: "Sample", Weak: true, Mentions: []model.Evidence{ev(s1, "name")}},
			{ID: "place:lisbon", Kind: model.Place, Name: "Lisbon", Key: "pt-lisbon"},
		},
		Relations: []model.Relation{{From: "person:example", To: "person:sample", Type: model.RelatedTo, Attrs: model.Attrs{{"relation", "counterpart"}}, Evidence: ev(s1, "met")}},
		Meetings: []model.MeetingFrame{{
			Trigger: "met", Status: "held", Background: true, Lead: true, Ended: true, SamePlace: true, OtherTime: true, Round: 2, Days: 3, DayOrdinal: -1,
			Dates: []model.DateRef{day}, Places: []model.Arg{{Entity: "place:lisbon", Evidence: ev(s1, "in")}},
			Participants: []model.Arg{{Entity: "person:example", Evidence: ev(s1, "")}}, Outcomes: []string{"productive"},
			Evidence: []model.Evidence{ev(s1, "")},
		}},
		Quotes:   []model.Statement{{Speaker: "person:example", Text: "We agreed on the plan,", Date: &model.DateRef{Text: "Tuesday", Kind: "weekday", Weekday: 2, N: -3, Today: true}, Evidence: ev(s2, "")}},
		Dates:    []model.DateRef{day},
		History:  []model.DocEvent{{Document: "document:plan", Event: "agreed", Evidence: ev(s2, "")}},
		Warnings: []string{"published: not a date"},
	}
}

func BenchmarkEncoding(b *testing.B) {
	all := articleFacts(b)
	var enc []model.Encoded
	size := 0
	for i := range all {
		enc = append(enc, model.Encode(&all[i]))
		size += enc[i].Len()
	}
	b.Logf("%d documents, %d bytes encoded", len(enc), size)
	b.Run("encode", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for j := range all {
				model.Encode(&all[j])
			}
		}
	})
	for _, p := range []struct {
		name  string
		parts model.Part
	}{{"source", 0}, {"entities", model.PartEntities}, {"relations", model.PartRelations}, {"meetings", model.PartMeetings}, {"all", model.AllParts}} {
		b.Run("decode "+p.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				for _, e := range enc {
					e.Decode(p.parts)
				}
			}
		})
	}
}

// TestDecodeScratchReusesItsLists: DecodeScratch decodes the same facts as
// DecodeShared, from lists that a Reset lets the next decodings reuse: once
// the scratch has grown, decoding the same documents again allocates no
// list.
func TestDecodeScratchReusesItsLists(t *testing.T) {
	var encoded []model.Encoded
	for _, f := range articleFacts(t)[:20] {
		encoded = append(encoded, model.Encode(&f))
	}
	names, s := model.NewNames(), &model.Scratch{}
	decodeAll := func() []model.Facts {
		s.Reset()
		var out []model.Facts
		for _, e := range encoded {
			out = append(out, e.DecodeScratch(model.AllParts, "", names, s))
		}
		return out
	}
	for round := range 3 {
		got := decodeAll()
		for i, e := range encoded {
			if want := e.DecodeShared(model.AllParts, "", names); !reflect.DeepEqual(got[i], want) {
				t.Fatalf("round %d, %s: DecodeScratch differs from DecodeShared", round, want.Source.ID)
			}
		}
	}
	shared := testing.AllocsPerRun(5, func() {
		for _, e := range encoded {
			e.DecodeShared(model.AllParts, "", names)
		}
	})
	scratch := testing.AllocsPerRun(5, func() { decodeAll() })
	// what is left: the decoders, the dates quotes and events point to,
	// and the list of facts decodeAll returns
	if scratch > shared/10 {
		t.Errorf("decoding 20 documents: %.0f allocations with a scratch, %.0f without; want at most a tenth", scratch, shared)
	}
}
