package model

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"slices"
	"strings"
	"unsafe"
)

// Encoded is one document's facts in a compact binary form: one string with
// no pointers inside, so that holding the facts of a hundred thousand
// documents until they are merged costs a few kilobytes each and nothing
// for the garbage collector to scan, and a cache file is the same bytes.
// Each sentence and each name is written once however many facts use it.
// Decode reads back only the parts a caller asks for.
//
// An Encoded comes from Encode or from Parse, which checks it, so decoding
// one cannot fail.
type Encoded struct{ s string }

// Part selects parts of a document's facts to decode. The Source is always
// decoded.
type Part uint8

// The parts of Facts.
const (
	PartEntities Part = 1 << iota
	PartRelations
	PartMeetings
	PartQuotes
	PartDates
	PartHistory
	PartWarnings
	AllParts Part = 1<<iota - 1
)

// sections lists the parts in the order they are written, after the Source.
var sections = [...]Part{PartEntities, PartRelations, PartMeetings, PartQuotes, PartDates, PartHistory, PartWarnings}

const encodingVersion = 3

// Encode encodes f. The result shares no memory with f.
func Encode(f *Facts) Encoded {
	var x Encoder
	return x.Encode(f)
}

// An Encoder encodes facts, keeping its tables and buffers from one
// document to the next, so that a worker encoding many documents allocates
// little more than the encodings. The zero Encoder is ready to use; one
// goroutine at a time may use it.
type Encoder struct {
	e    encoder
	secs [len(sections) + 1][]byte
}

// Encode encodes f. The result shares no memory with f, nor with the
// encoder.
func (x *Encoder) Encode(f *Facts) Encoded {
	e, secs := &x.e, &x.secs
	// (the tables keep the last document's names until the next)
	e.names.reset()
	e.texts.reset()
	e.buf = secs[0][:0]
	e.source(&f.Source)
	secs[0] = e.buf
	for i, p := range sections {
		e.buf = secs[i+1][:0]
		switch p {
		case PartEntities:
			each(e, f.Entities, (*encoder).entity)
		case PartRelations:
			each(e, f.Relations, (*encoder).relation)
		case PartMeetings:
			each(e, f.Meetings, (*encoder).frame)
		case PartQuotes:
			each(e, f.Quotes, (*encoder).quote)
		case PartDates:
			each(e, f.Dates, (*encoder).date)
		case PartHistory:
			each(e, f.History, (*encoder).event)
		case PartWarnings:
			each(e, f.Warnings, func(e *encoder, w *string) { e.text(*w) })
		}
		secs[i+1] = e.buf
	}
	e.buf = nil
	size := 1 + 4 + e.names.size() + e.texts.size()
	for _, s := range secs {
		size += binary.MaxVarintLen64 + len(s)
	}
	out := make([]byte, 0, size)
	out = append(out, encodingVersion)
	out = e.names.append(out)
	out = e.texts.append(out)
	for _, s := range secs {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	out = binary.LittleEndian.AppendUint32(out, crc32.Checksum(out, castagnoli))
	// out is the encoding's alone from here on: no copy
	return Encoded{unsafe.String(unsafe.SliceData(out), len(out))}
}

// castagnoli is the CRC-32 the encoding ends with, so Parse notices a
// damaged file.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Parse checks that b is an encoding of facts and returns it.
func Parse(b []byte) (Encoded, error) { return checked(b, Encoded{string(b)}, AllParts) }

// Framed is Parse for bytes this program wrote to a file it keeps, which
// only damage can have changed since: it checks the checksum, the string
// tables and where each part ends, but decodes no part (a Parse took 25
// µs a generated article, Framed 1.5 µs). The encoding is b itself, not a
// copy: b must not change while the facts are used. Bytes from elsewhere
// go through Parse.
func Framed(b []byte) (Encoded, error) { return checked(b, View(b), 0) }

// checked returns e, the encoding of b, once b's checksum matches and the
// given parts decode, every part ending where it says.
func checked(b []byte, e Encoded, parts Part) (Encoded, error) {
	if len(b) < 4 || crc32.Checksum(b[:len(b)-4], castagnoli) != binary.LittleEndian.Uint32(b[len(b)-4:]) {
		return Encoded{}, fmt.Errorf("encoded facts: checksum does not match")
	}
	d := e.decoder()
	d.facts(parts)
	if d.err == nil && d.pos != len(d.s)-4 {
		d.fail("%d bytes left over", len(d.s)-4-d.pos)
	}
	if d.err != nil {
		return Encoded{}, d.err
	}
	return e, nil
}

// AppendTo appends the encoding to b, as Parse reads it.
func (e Encoded) AppendTo(b []byte) []byte { return append(b, e.s...) }

// WriteTo writes the encoding to w, without copying it first.
func (e Encoded) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, e.s)
	return int64(n), err
}

// View returns the encoding whose bytes are b, as WriteTo wrote them,
// without copying or checking them: b must be bytes this process wrote
// from an Encoded (a spill file it owns), and must not change while the
// facts are used, since decoded strings point into it. Bytes from
// elsewhere go through Parse.
func View(b []byte) Encoded { return Encoded{unsafe.String(unsafe.SliceData(b), len(b))} }

// Len is the size of the encoding in bytes.
func (e Encoded) Len() int { return len(e.s) }

// Decode returns the Source and the chosen parts of the facts. Its strings
// share the encoding's memory: decoding allocates the slices only.
func (e Encoded) Decode(parts Part) Facts {
	d := e.decoder()
	return d.facts(parts)
}

// DecodeShared is Decode with the strings a merge keeps shared rather
// than sliced from the encoding:
//   - the document's id, when id is not "": the Source's ID, and every
//     other name that is the id (a quote's Doc), are id itself;
//   - the names (ids, names, roles, attributes: not the sentences), when
//     names is not nil: each is the one copy names holds, added when new.
//
// A merge of facts in a mapped file looks names up at random: names sliced
// from the file would keep reading its pages back into memory.
func (e Encoded) DecodeShared(parts Part, id string, names *Names) Facts {
	return e.DecodeScratch(parts, id, names, nil)
}

// DecodeScratch is DecodeShared with the lists taken from s, which they
// stay in until s is Reset: the caller must keep none of them (nor a
// pointer into one) past that. With s nil it is DecodeShared.
func (e Encoded) DecodeScratch(parts Part, id string, names *Names, s *Scratch) Facts {
	// with a scratch, its decoder is used again: a merge decodes every
	// document in six passes, and each decoder was 128 bytes of garbage
	var d *decoder
	if s != nil {
		d = &s.decoder
	} else {
		d = new(decoder)
	}
	*d = e.decoder()
	d.id, d.idName = id, -1 // until the Source is read
	if names != nil && d.err == nil {
		names.seen = slices.Grow(names.seen[:0], d.names.n)[:d.names.n]
		clear(names.seen)
		d.shared = names
	}
	d.scratch = s
	return d.facts(parts)
}

// Names holds one copy of each name DecodeShared has given, for the
// caller to keep from one document to the next. One goroutine at a time
// may use it.
type Names struct {
	copies map[string]string
	seen   []string // the names of the encoding being decoded, as looked up
}

// NewNames returns an empty table of names.
func NewNames() *Names { return &Names{copies: map[string]string{}} }

// name returns the one copy of s, the i-th name of the encoding being
// decoded.
func (n *Names) name(i int, s string) string {
	if c := n.seen[i]; c != "" {
		return c
	}
	c, ok := n.copies[s]
	if !ok {
		c = strings.Clone(s)
		n.copies[c] = c
	}
	n.seen[i] = c
	return c
}

// table is a list of distinct strings, each written once and referred to
// by its index.
type table struct {
	index map[string]uint32
	list  []string
	bytes int
}

// reset empties the table, keeping its memory but none of its strings.
func (t *table) reset() {
	if t.index == nil {
		t.index = map[string]uint32{}
	}
	clear(t.index)
	clear(t.list)
	t.list, t.bytes = t.list[:0], 0
}

func (t *table) ref(s string) uint32 {
	i, ok := t.index[s]
	if !ok {
		i = uint32(len(t.list))
		t.index[s] = i
		t.list = append(t.list, s)
		t.bytes += len(s)
	}
	return i
}

func (t *table) size() int { return binary.MaxVarintLen32 + 4*(len(t.list)+1) + t.bytes }

// append writes the table: its length, the offset where each string starts
// and where the last one ends (4 bytes each, so a string is found without
// reading the ones before it), then the strings.
func (t *table) append(b []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(t.list)))
	off := uint32(0)
	for _, s := range t.list {
		b = binary.LittleEndian.AppendUint32(b, off)
		off += uint32(len(s))
	}
	b = binary.LittleEndian.AppendUint32(b, off)
	for _, s := range t.list {
		b = append(b, s...)
	}
	return b
}

type encoder struct {
	names, texts table
	buf          []byte
}

func (e *encoder) uint(x int)    { e.buf = binary.AppendUvarint(e.buf, uint64(x)) }
func (e *encoder) int(x int)     { e.buf = binary.AppendVarint(e.buf, int64(x)) }
func (e *encoder) count(n int)   { e.uint(n) }
func (e *encoder) name(s string) { e.uint(int(e.names.ref(s))) }
func (e *encoder) text(s string) { e.uint(int(e.texts.ref(s))) }
func (e *encoder) flags(bs ...bool) {
	x := 0
	for i, b := range bs {
		if b {
			x |= 1 << i
		}
	}
	e.uint(x)
}

// each writes a list: its length, then each item; the decoder's list reads
// it back.
func each[T any](e *encoder, xs []T, item func(*encoder, *T)) {
	e.count(len(xs))
	for i := range xs {
		item(e, &xs[i])
	}
}

func (e *encoder) nameList(xs []string) { each(e, xs, func(e *encoder, x *string) { e.name(*x) }) }

func (e *encoder) source(s *Source) {
	e.name(s.ID)
	e.text(s.Path)
	e.text(s.Title)
	e.text(s.URL)
	e.name(s.Outlet)
	e.name(s.Author)
	e.name(s.Published)
	e.name(s.DateBasis)
}

func (e *encoder) evidence(ev *Evidence) {
	e.name(ev.Doc)
	e.text(ev.Text)
	e.int(ev.Start)
	e.int(ev.End - ev.Start)
	e.name(ev.Rule)
}

func (e *encoder) evidences(evs []Evidence) { each(e, evs, (*encoder).evidence) }

func (e *encoder) attrs(a Attrs) {
	each(e, a, func(e *encoder, kv *Attr) {
		e.name(kv.Key)
		e.name(kv.Value)
	})
}

func (e *encoder) relation(r *Relation) {
	e.name(r.From)
	e.name(r.To)
	e.name(string(r.Type))
	e.attrs(r.Attrs)
	e.evidence(&r.Evidence)
}

func (e *encoder) quote(q *Statement) {
	e.name(q.Speaker)
	e.text(q.Text)
	e.datePtr(q.Date)
	e.evidence(&q.Evidence)
}

func (e *encoder) event(h *DocEvent) {
	e.name(h.Document)
	e.name(h.Event)
	e.datePtr(h.Date)
	e.evidence(&h.Evidence)
}

func (e *encoder) entity(x *Entity) {
	e.name(x.ID)
	e.name(string(x.Kind))
	e.name(x.Name)
	e.name(x.Key)
	e.nameList(x.Aliases)
	e.attrs(x.Attrs)
	e.nameList(x.Roles)
	e.flags(x.Weak)
	e.evidences(x.Mentions)
}

func (e *encoder) date(r *DateRef) {
	e.name(r.Text)
	e.int(r.Start)
	e.name(r.Kind)
	e.int(r.Year)
	e.int(r.Month)
	e.int(r.Day)
	e.int(r.Weekday)
	e.int(r.N)
	e.int(r.Tense)
	e.flags(r.Today)
}

func (e *encoder) datePtr(r *DateRef) {
	e.flags(r != nil)
	if r != nil {
		e.date(r)
	}
}

func (e *encoder) args(as []Arg) {
	each(e, as, func(e *encoder, a *Arg) {
		e.name(a.Entity)
		e.evidence(&a.Evidence)
	})
}

func (e *encoder) frame(f *MeetingFrame) {
	e.name(f.Trigger)
	e.name(f.Status)
	e.flags(f.Background, f.Again, f.Continues, f.Lead, f.Joiner, f.Call, f.Ended, f.SameDay, f.SamePlace, f.OtherTime)
	e.int(f.Round)
	e.int(f.Days)
	e.int(f.DayOrdinal)
	each(e, f.Dates, (*encoder).date)
	e.args(f.Places)
	e.args(f.Participants)
	e.args(f.Topics)
	e.nameList(f.Outcomes)
	e.evidences(f.Evidence)
}

// decoder reads an encoding. A malformed one (only Parse sees those) sets
// err and reads zeros from then on.
type decoder struct {
	s            string
	pos          int
	names, texts stringTable
	err          error
	// id, when set, stands for the name at idName, the document's id
	id     string
	idName int
	// shared, when set, gives the one copy of each name (DecodeShared)
	shared *Names
	// scratch, when set, holds the lists (DecodeScratch)
	scratch *Scratch
}

type stringTable struct {
	offsets int // where the offsets start
	data    int // where the strings start
	n       int
}

func (e Encoded) decoder() decoder {
	d := decoder{s: e.s}
	if len(d.s) == 0 || d.s[0] != encodingVersion {
		d.fail("not facts of encoding version %d", encodingVersion)
		return d
	}
	d.pos = 1
	d.names = d.table()
	d.texts = d.table()
	return d
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("encoded facts, byte %d: %s", d.pos, fmt.Sprintf(format, args...))
	}
	d.pos = len(d.s)
}

func (d *decoder) table() stringTable {
	n := d.count(4)
	t := stringTable{offsets: d.pos, data: d.pos + 4*(n+1), n: n}
	if d.err != nil || t.data > len(d.s) {
		d.fail("string table of %d past the end", n)
		return stringTable{}
	}
	prev := uint32(0)
	for i := 0; i <= n; i++ {
		off := d.offset(t, i)
		if off < prev || t.data+int(off) > len(d.s) {
			d.fail("string table offset %d out of order or past the end", off)
			return stringTable{}
		}
		prev = off
	}
	d.pos = t.data + int(prev)
	return t
}

func (d *decoder) offset(t stringTable, i int) uint32 {
	p := t.offsets + 4*i
	return uint32(d.s[p]) | uint32(d.s[p+1])<<8 | uint32(d.s[p+2])<<16 | uint32(d.s[p+3])<<24
}

// str returns the i-th string of t, a slice of the encoding; an empty
// one is "", which points at nothing (a slice of length 0 would still
// keep the encoding from the collector).
func (d *decoder) str(t stringTable, i int) string {
	from, to := t.data+int(d.offset(t, i)), t.data+int(d.offset(t, i+1))
	if from == to {
		return ""
	}
	return d.s[from:to]
}

func (d *decoder) uint() int {
	x, n := uvarint(d.s[d.pos:])
	if n <= 0 || x > math.MaxInt32 {
		d.fail("bad number")
		return 0
	}
	d.pos += n
	return int(x)
}

func (d *decoder) int() int {
	ux := d.uint()
	x := int(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

// count reads a length of a list whose items take at least min bytes each.
func (d *decoder) count(min int) int {
	n := d.uint()
	if n*min > len(d.s)-d.pos {
		d.fail("list of %d past the end", n)
		return 0
	}
	return n
}

func (d *decoder) name() string { return d.nameAt(d.uint()) }

func (d *decoder) nameAt(i int) string {
	if d.id != "" && i == d.idName {
		return d.id
	}
	if i >= d.names.n {
		if d.err == nil {
			d.fail("name %d of %d", i, d.names.n)
		}
		return ""
	}
	s := d.str(d.names, i)
	if d.shared == nil || s == "" {
		return s
	}
	return d.shared.name(i, s)
}

func (d *decoder) text() string {
	i := d.uint()
	if i >= d.texts.n {
		if d.err == nil {
			d.fail("text %d of %d", i, d.texts.n)
		}
		return ""
	}
	return d.str(d.texts, i)
}

// flags reads n booleans, bit i the i-th.
func (d *decoder) flags(n int) int {
	x := d.uint()
	if x>>n != 0 {
		d.fail("flags %b", x)
	}
	return x
}

func (d *decoder) flag() bool { return d.flags(1) != 0 }

func (d *decoder) nameList() []string { return list(d, 1, (*decoder).name) }

func (d *decoder) facts(parts Part) Facts {
	var f Facts
	end := d.section()
	d.source(&f.Source)
	d.end(end)
	for _, p := range sections {
		end := d.section()
		if parts&p == 0 {
			d.pos = end
			continue
		}
		switch p {
		case PartEntities:
			f.Entities = list(d, 6, (*decoder).entity)
		case PartRelations:
			f.Relations = list(d, 7, (*decoder).relation)
		case PartMeetings:
			f.Meetings = list(d, 12, (*decoder).frame)
		case PartQuotes:
			f.Quotes = list(d, 8, (*decoder).quote)
		case PartDates:
			f.Dates = list(d, 10, (*decoder).date)
		case PartHistory:
			f.History = list(d, 8, (*decoder).event)
		case PartWarnings:
			f.Warnings = list(d, 1, (*decoder).text)
		}
		d.end(end)
	}
	if d.err != nil {
		return Facts{}
	}
	return f
}

// section reads the length of the next section and returns where it ends.
func (d *decoder) section() int {
	n := d.uint()
	if n > len(d.s)-d.pos {
		d.fail("section of %d bytes past the end", n)
		return d.pos
	}
	return d.pos + n
}

func (d *decoder) end(end int) {
	if d.pos != end && d.err == nil {
		d.fail("section ends at %d, not %d", d.pos, end)
	}
}

// list reads a list of items that take at least min bytes each; an empty
// one is nil.
func list[T any](d *decoder, min int, item func(*decoder) T) []T {
	n := d.count(min)
	if n == 0 {
		return nil
	}
	var xs []T
	if d.scratch == nil {
		xs = make([]T, n)
	} else {
		xs = take(pool[T](d.scratch), n)
	}
	for i := range xs {
		xs[i] = item(d)
	}
	return xs
}

func (d *decoder) source(s *Source) {
	i := d.uint()
	s.ID = d.nameAt(i)
	if d.id != "" && d.err == nil {
		d.idName, s.ID = i, d.id
	}
	s.Path = d.text()
	s.Title = d.text()
	s.URL = d.text()
	s.Outlet = d.name()
	s.Author = d.name()
	s.Published = d.name()
	s.DateBasis = d.name()
}

func (d *decoder) evidence() Evidence {
	var ev Evidence
	ev.Doc = d.name()
	ev.Text = d.text()
	ev.Start = d.int()
	ev.End = ev.Start + d.int()
	ev.Rule = d.name()
	return ev
}

func (d *decoder) evidences() []Evidence { return list(d, 5, (*decoder).evidence) }

func (d *decoder) attrs() Attrs {
	return list(d, 2, func(d *decoder) Attr { return Attr{d.name(), d.name()} })
}

func (d *decoder) entity() Entity {
	var x Entity
	x.ID = d.name()
	x.Kind = NodeKind(d.name())
	x.Name = d.name()
	x.Key = d.name()
	x.Aliases = d.nameList()
	x.Attrs = d.attrs()
	x.Roles = d.nameList()
	x.Weak = d.flag()
	x.Mentions = d.evidences()
	return x
}

func (d *decoder) relation() Relation {
	var r Relation
	r.From = d.name()
	r.To = d.name()
	r.Type = EdgeKind(d.name())
	r.Attrs = d.attrs()
	r.Evidence = d.evidence()
	return r
}

func (d *decoder) date() DateRef {
	var r DateRef
	r.Text = d.name()
	r.Start = d.int()
	r.Kind = d.name()
	r.Year = d.int()
	r.Month = d.int()
	r.Day = d.int()
	r.Weekday = d.int()
	r.N = d.int()
	r.Tense = d.int()
	r.Today = d.flag()
	return r
}

func (d *decoder) datePtr() *DateRef {
	if !d.flag() {
		return nil
	}
	r := d.date()
	return &r
}

func (d *decoder) args() []Arg {
	return list(d, 6, func(d *decoder) Arg { return Arg{d.name(), d.evidence()} })
}

func (d *decoder) frame() MeetingFrame {
	var f MeetingFrame
	f.Trigger = d.name()
	f.Status = d.name()
	fl := d.flags(10)
	bit := func(i int) bool { return fl&(1<<i) != 0 }
	f.Background, f.Again, f.Continues, f.Lead, f.Joiner, f.Call, f.Ended = bit(0), bit(1), bit(2), bit(3), bit(4), bit(5), bit(6)
	f.SameDay, f.SamePlace, f.OtherTime = bit(7), bit(8), bit(9)
	f.Round = d.int()
	f.Days = d.int()
	f.DayOrdinal = d.int()
	f.Dates = list(d, 10, (*decoder).date)
	f.Places = d.args()
	f.Participants = d.args()
	f.Topics = d.args()
	f.Outcomes = d.nameList()
	f.Evidence = d.evidences()
	return f
}

func (d *decoder) quote() Statement {
	var q Statement
	q.Speaker = d.name()
	q.Text = d.text()
	q.Date = d.datePtr()
	q.Evidence = d.evidence()
	return q
}

func (d *decoder) event() DocEvent {
	var h DocEvent
	h.Document = d.name()
	h.Event = d.name()
	h.Date = d.datePtr()
	h.Evidence = d.evidence()
	return h
}

// uvarint is binary.Uvarint on a string, without copying it.
func uvarint(s string) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		b := s[i]
		if b < 0x80 {
			return x | uint64(b)<<shift, i + 1
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
}
