package read

import (
	"strings"
	"testing"

	"kg/internal/sample"
)

func addSeeds(f *testing.F) {
	sample.AddSeeds(f)
	f.Add([]byte("title: x\npublished: 2025-13-45\n\nBody."))
	f.Add([]byte("---\ntitle: [unclosed\n---\nBody"))
	f.Add([]byte{0xFF, 0xFE, 'a', 0})
	f.Add([]byte("<html><body><article><p>Talks.</p></article></body></html>"))
}

func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse("fuzz.txt", data)
		if err != nil {
			return
		}
		if doc.Body < 0 || doc.Body > len(doc.Text) {
			t.Fatalf("body offset %d outside text of %d bytes", doc.Body, len(doc.Text))
		}
		if strings.TrimSpace(doc.Text[doc.Body:]) == "" {
			t.Fatal("accepted a document with no body")
		}
	})
}

func TestHeader(t *testing.T) {
	tests := []struct {
		text string
		meta map[string]string
		body string
	}{
		{"title: T\npublished: 2025-12-06\n\nBody text.", map[string]string{"title": "T", "published": "2025-12-06"}, "Body text."},
		{"---\ntitle: T\noutlet: O\n---\nBody text.", map[string]string{"title": "T", "outlet": "O"}, "Body text."},
		{"Kyiv: The talks went on.\n\nMore.", map[string]string{}, "Kyiv: The talks went on.\n\nMore."},
		{"foo: bar\n\nBody", map[string]string{}, "foo: bar\n\nBody"},
		// not YAML (a colon in the value), but plainly a title and a date
		{"---\ntitle: Timeline: a year of talks\ndate: 2025-12-30\n---\n\nBody text.",
			map[string]string{"title": "Timeline: a year of talks", "date": "2025-12-30"}, "\nBody text."},
		{"---\nnot: a: header\nfoo\n---\nBody", map[string]string{}, "---\nnot: a: header\nfoo\n---\nBody"},
	}
	for _, tt := range tests {
		meta, body := Header(tt.text)
		if tt.text[body:] != tt.body {
			t.Errorf("Header(%q) body %q, want %q", tt.text, tt.text[body:], tt.body)
		}
		for k, v := range tt.meta {
			if meta[k] != v {
				t.Errorf("Header(%q)[%s] = %q, want %q", tt.text, k, meta[k], v)
			}
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		in   []byte
		want string
	}{
		{[]byte("\xEF\xBB\xBFplain"), "plain"},
		{[]byte{0xFE, 0xFF, 0, 'h', 0, 'i'}, "hi"},
		{[]byte("caf\xe9 \x93quoted\x94"), "café “quoted”"},
		{[]byte("\xcf\xf3\xf2\xe8\xed \xe8 \xd3\xf8\xe0\xea\xee\xe2"), "Путин и Ушаков"},
		{[]byte("a\r\nb\rc"), "a\nb\nc"},
	}
	for _, tt := range tests {
		got, err := Decode(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Decode(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range [][]byte{[]byte("%PDF-1.7"), []byte("a\x00b"), {0x89, 'P', 'N', 'G'}} {
		if _, err := Decode(bad); err == nil {
			t.Errorf("Decode(%q) accepted binary content", bad)
		}
	}
}
