package export

import (
	"bytes"
	"encoding/json"
	"slices"
	"sort"
	"strconv"
	"unicode/utf8"

	"kg/graph"
	"kg/model"
)

// jsonWriter writes graph.json's elements by hand, without reflection: the
// same bytes encoding/json gives with SetEscapeHTML(false) (a test holds
// the two together), at a fraction of the cost.
// Attribute values of types it does not know go through encoding/json,
// which makes garbage for the collector at every value.
type jsonWriter struct {
	out []byte // what is written so far
	err error
	// keys holds the sorted keys of the objects being written, the
	// innermost last (sortedKeys), so that writing an object's keys
	// makes no garbage: garbage made while the graph is written keeps
	// the collector marking a large graph, with every write to out
	// behind its write barrier
	keys []string
}

// room makes room for n more bytes, doubling the buffer when it is full:
// append grows a large one by a quarter at a time, and an element as
// large as a much-covered document's history (megabytes at 100,000
// articles) would leave four times its size of garbage behind.
func (j *jsonWriter) room(n int) {
	if cap(j.out)-len(j.out) < n {
		j.out = slices.Grow(j.out, max(n, cap(j.out)))
	}
}

func (j *jsonWriter) putByte(c byte)     { j.room(1); j.out = append(j.out, c) }
func (j *jsonWriter) putString(s string) { j.room(len(s)); j.out = append(j.out, s...) }
func (j *jsonWriter) put(b []byte)       { j.room(len(b)); j.out = append(j.out, b...) }

// field starts the field name of an object; first says whether it is the
// object's first field.
func (j *jsonWriter) field(name string, first bool) {
	if !first {
		j.putByte(',')
	}
	j.str(name)
	j.putByte(':')
}

func (j *jsonWriter) str(s string) {
	j.room(len(s) + 2) // enough unless it has characters to escape
	j.out = appendJSONString(j.out, s)
}

func (j *jsonWriter) int(n int) { j.out = strconv.AppendInt(j.out, int64(n), 10) }

// nothing writes a value with nothing in it, as encoding/json does: null
// for a nil map or slice, empty ("{}", "[]") for one of n == 0 items. It
// reports whether it wrote one.
func (j *jsonWriter) nothing(isNil bool, n int, empty string) bool {
	switch {
	case isNil:
		j.putString("null")
	case n == 0:
		j.putString(empty)
	default:
		return false
	}
	return true
}

// list writes xs as a JSON array, each item by item; a nil slice is null,
// as encoding/json writes it.
func list[T any](j *jsonWriter, xs []T, item func(*jsonWriter, T)) {
	if j.nothing(xs == nil, len(xs), "[]") {
		return
	}
	j.putByte('[')
	for i, x := range xs {
		if i > 0 {
			j.putByte(',')
		}
		item(j, x)
	}
	j.putByte(']')
}

func (j *jsonWriter) strings(xs []string) { list(j, xs, (*jsonWriter).str) }

func (j *jsonWriter) evidence(e model.Evidence) {
	j.putByte('{')
	j.strField("doc", e.Doc, true)
	j.strField("text", e.Text, false)
	j.field("start", false)
	j.int(e.Start)
	j.field("end", false)
	j.int(e.End)
	if e.Rule != "" {
		j.strField("rule", e.Rule, false)
	}
	j.putByte('}')
}

// quotes writes the graph g's quotes qs as evidence.
func (j *jsonWriter) quotes(g *graph.Graph, qs []graph.Quote) {
	list(j, qs, func(j *jsonWriter, q graph.Quote) { j.evidence(g.Quote(q)) })
}

// attrs writes m as an object with sorted keys, as encoding/json does; an
// edge's first and last seen days, when first is not empty, are written
// among them.
func (j *jsonWriter) attrs(m map[string]any, first, last string) {
	n := len(m)
	if first != "" {
		n += 2
	}
	if j.nothing(m == nil && first == "", n, "{}") {
		return
	}
	var keys []string
	if first != "" {
		keys = sortedKeys(j, m, "first_seen", "last_seen")
	} else {
		keys = sortedKeys(j, m)
	}
	j.putByte('{')
	for i, k := range keys {
		j.field(k, i == 0)
		switch {
		case first != "" && k == "first_seen":
			j.str(first)
		case first != "" && k == "last_seen":
			j.str(last)
		default:
			j.value(m[k])
		}
	}
	j.putByte('}')
	j.doneKeys(keys)
}

func (j *jsonWriter) value(v any) {
	switch x := v.(type) {
	case string:
		j.str(x)
	case int:
		j.int(x)
	case bool:
		j.putString(strconv.FormatBool(x))
	case []string:
		j.strings(x)
	case map[string]string:
		j.stringMap(x)
	case []map[string]string:
		list(j, x, (*jsonWriter).stringMap)
	case []graph.HistoryEntry:
		list(j, x, (*jsonWriter).history)
	default:
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil && j.err == nil {
			j.err = err
		}
		j.put(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
	}
}

// sortedKeys returns the keys of m and extra, sorted, at the end of
// j.keys, where they stay until doneKeys: an object's values may be
// objects whose keys go after them.
func sortedKeys[V any](j *jsonWriter, m map[string]V, extra ...string) []string {
	from := len(j.keys)
	j.keys = append(j.keys, extra...)
	for k := range m {
		j.keys = append(j.keys, k)
	}
	keys := j.keys[from:]
	sort.Strings(keys)
	return keys
}

// doneKeys takes keys, the last sortedKeys gave, off the end of j.keys.
func (j *jsonWriter) doneKeys(keys []string) {
	j.keys = j.keys[:len(j.keys)-len(keys)]
}

// stringMap writes m as an object with sorted keys (an affiliation's
// role dates, a meeting's dates as each article reports them).
func (j *jsonWriter) stringMap(m map[string]string) {
	if j.nothing(m == nil, len(m), "{}") {
		return
	}
	keys := sortedKeys(j, m)
	j.putByte('{')
	for i, k := range keys {
		j.strField(k, m[k], i == 0)
	}
	j.putByte('}')
	j.doneKeys(keys)
}

// history writes one of a document's dated events, as encoding/json
// writes a graph.HistoryEntry.
func (j *jsonWriter) history(h graph.HistoryEntry) {
	j.putByte('{')
	j.strField("event", h.Event, true)
	if h.Date != "" {
		j.strField("date", h.Date, false)
	}
	j.strField("reported", h.Report, false)
	j.strField("source", h.Source, false)
	j.strField("text", h.Text, false)
	j.putByte('}')
}

// strField writes a field whose value is a string.
func (j *jsonWriter) strField(name, v string, first bool) {
	j.field(name, first)
	j.str(v)
}

// tail writes the sources and evidence fields nodes and edges share.
func (j *jsonWriter) tail(g *graph.Graph, sources graph.Docs, qs []graph.Quote) {
	j.field("sources", false)
	list(j, sources, func(j *jsonWriter, doc int32) { j.str(g.Sources[doc].ID) })
	j.field("evidence", false)
	j.quotes(g, qs)
}

func (j *jsonWriter) node(g *graph.Graph, n *graph.Node) {
	j.putByte('{')
	j.strField("id", n.ID, true)
	j.strField("type", string(n.Kind), false)
	j.strField("label", n.Label, false)
	j.field("aliases", false)
	j.strings(n.Aliases)
	j.field("attrs", false)
	j.attrs(n.Attrs, "", "")
	j.tail(g, n.Sources, n.Evidence)
	if len(n.Merged) > 0 {
		j.field("merged", false)
		j.strings(n.Merged)
	}
	j.putByte('}')
}

func (j *jsonWriter) edge(g *graph.Graph, e *graph.Edge) {
	j.putByte('{')
	j.strField("source", e.Source, true)
	j.strField("target", e.Target, false)
	j.strField("type", string(e.Type), false)
	if first, last := g.Seen(e); len(e.Attrs) > 0 || first != "" {
		j.field("attrs", false)
		j.attrs(e.Attrs, first, last)
	}
	j.tail(g, e.Sources, e.Evidence)
	j.field("evidence_count", false)
	j.int(e.Count)
	j.putByte('}')
}

// appendJSONString appends s as a JSON string the way encoding/json does
// without HTML escaping: invalid UTF-8 becomes U+FFFD, and U+2028 and
// U+2029 are escaped.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		i = plainRun(s, i)
		if i == len(s) {
			break
		}
		// plainRun stops at an ASCII byte only when it needs escaping
		if b := s[i]; b < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

func (j *jsonWriter) source(s model.Source) {
	j.putByte('{')
	j.strField("id", s.ID, true)
	j.strField("path", s.Path, false)
	for _, f := range [...]struct{ name, v string }{
		{"title", s.Title}, {"url", s.URL}, {"outlet", s.Outlet}, {"author", s.Author},
		{"published", s.Published}, {"date_basis", s.DateBasis},
	} {
		if f.v != "" {
			j.strField(f.name, f.v, false)
		}
	}
	j.putByte('}')
}

func (j *jsonWriter) statement(s graph.Statement) {
	j.putByte('{')
	j.strField("speaker", s.Speaker, true)
	j.strField("text", s.Text, false)
	if s.Date != "" {
		j.strField("date", s.Date, false)
	}
	j.field("evidence", false)
	j.evidence(s.Evidence)
	j.putByte('}')
}
