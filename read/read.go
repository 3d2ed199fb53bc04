// Package read turns files into documents: it walks folders in a stable
// order, decodes the text, and parses the optional metadata header.
package read

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// MaxSize is the default largest article read; larger files are skipped with
// an error naming the limit.
const MaxSize = 8 << 20

// Document is one article: its id, the decoded text, and where the body
// starts after any header. For a saved web page, Text is the article text
// extracted from it, and evidence quotes that text.
type Document struct {
	ID   string            // file name without extension
	Path string            // path as found
	Text string            // the whole decoded file; evidence offsets index into it
	Body int               // byte offset where the article body starts
	Meta map[string]string // header fields, lower-case keys
}

// Extensions are the file name endings read as articles.
var Extensions = []string{".txt", ".md", ".html", ".htm"}

// Input is one article file: where it is, and the name it is shown by.
type Input struct {
	Path string // path to open
	Name string // the folder given and the path below it ("seeds/a.txt"), whatever the folder's path
}

// Paths expands files and folders into the articles below them, sorted by
// name, each once. Folders are walked recursively; symbolic links to
// folders are not followed, so link loops cannot trap the walk.
func Paths(inputs []string) ([]Input, error) {
	seen := map[string]bool{}
	var out []Input
	add := func(p, name string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, Input{Path: p, Name: filepath.ToSlash(name)})
		}
	}
	for _, in := range inputs {
		info, err := os.Stat(in)
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", in, err)
		}
		if !info.IsDir() {
			add(in, filepath.Base(in))
			continue
		}
		root := filepath.Base(filepath.Clean(in))
		err = filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("walk %s: %w", p, err)
			}
			if d.IsDir() || !isArticle(p) {
				return nil
			}
			rel, _ := filepath.Rel(in, p)
			add(p, filepath.Join(root, rel))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

func isArticle(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// ID is the document id of a path: its file name without extension.
func ID(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// Bytes reads the bytes of one article file, refusing what is not a
// regular file or is larger than maxSize (0: no limit). Errors do not repeat
// the path; the caller names the file.
func Bytes(path string, maxSize int64) ([]byte, error) {
	// look before opening: opening a named pipe would wait for a writer
	info, err := os.Stat(path)
	if err != nil {
		return nil, unwrapPath(err)
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if maxSize > 0 && info.Size() > maxSize {
		return nil, fmt.Errorf("%d bytes is over the %d-byte limit (--max-size)", info.Size(), maxSize)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer f.Close()
	raw := make([]byte, info.Size())
	if _, err := io.ReadFull(f, raw); err != nil {
		return nil, unwrapPath(err)
	}
	return raw, nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Parse decodes raw bytes as an article named by path.
func Parse(path string, raw []byte) (Document, error) {
	text, err := Decode(raw)
	if err != nil {
		return Document{}, err
	}
	if strings.TrimSpace(text) == "" {
		return Document{}, errors.New("empty file")
	}
	if IsHTML(text) {
		// a saved web page: its main text, with its metadata as a header
		if text = FromHTML(text); strings.TrimSpace(text) == "" {
			return Document{}, errors.New("HTML page with no article text")
		}
	}
	meta, body := Header(text)
	if body >= len(text) || strings.TrimSpace(text[body:]) == "" {
		return Document{}, errors.New("only a header, no article text")
	}
	return Document{ID: ID(path), Path: path, Text: text, Body: body, Meta: meta}, nil
}

// Decode turns file bytes into UTF-8 text. UTF-8 (with or without a BOM) and
// UTF-16 with a BOM are decoded; Windows-1251 and Windows-1252 text is
// recognised and converted; binary content is refused.
func Decode(raw []byte) (string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeUTF16(raw)
	}
	if sig := binarySignature(raw); sig != "" {
		return "", fmt.Errorf("binary content (%s), not text", sig)
	}
	if utf8.Valid(raw) {
		if bytes.IndexByte(raw, 0) >= 0 {
			return "", errors.New("binary content (NUL bytes), not text")
		}
		return normaliseNewlines(string(raw)), nil
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", errors.New("binary content (NUL bytes), not text")
	}
	return normaliseNewlines(decodeSingleByte(raw)), nil
}

func normaliseNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

func binarySignature(raw []byte) string {
	sigs := []struct{ magic, name string }{
		{"%PDF-", "PDF"}, {"PK\x03\x04", "ZIP or Office file"}, {"\x89PNG", "PNG image"},
		{"\xFF\xD8\xFF", "JPEG image"}, {"GIF8", "GIF image"}, {"\x1F\x8B", "gzip"}, {"\x7FELF", "executable"},
	}
	for _, s := range sigs {
		if bytes.HasPrefix(raw, []byte(s.magic)) {
			return s.name
		}
	}
	return ""
}

// Header splits off an optional metadata header: YAML front matter between
// "---" lines, or "key: value" lines up to the first blank line when every
// line of that block is one and a known key is among them. It returns the
// fields and the byte offset where the body starts.
func Header(text string) (map[string]string, int) {
	meta := map[string]string{}
	if strings.HasPrefix(text, "---\n") {
		end := strings.Index(text[4:], "\n---")
		if end >= 0 {
			block := text[4 : 4+end]
			rest := 4 + end + len("\n---")
			if nl := strings.IndexByte(text[rest:], '\n'); nl >= 0 {
				rest += nl + 1
			} else {
				rest = len(text)
			}
			var m map[string]any
			if err := yaml.Unmarshal([]byte(block), &m); err == nil {
				for k, v := range m {
					if v != nil {
						meta[strings.ToLower(k)] = strings.TrimSpace(fmt.Sprint(v))
					}
				}
				return meta, rest
			}
			// "title: Timeline: a year of talks" is not YAML, but plainly
			// meant as a title
			if meta, ok := keyValues(block); ok {
				return meta, rest
			}
		}
		return meta, 0
	}
	end := strings.Index(text, "\n\n")
	if end < 0 {
		return meta, 0
	}
	if meta, ok := keyValues(text[:end]); ok {
		return meta, end + 2
	}
	return map[string]string{}, 0
}

// keyValues reads lines of "key: value", the value running to the end of
// the line; ok when every line is one and a known key is among them.
func keyValues(block string) (map[string]string, bool) {
	meta := map[string]string{}
	known := false
	for _, line := range strings.Split(block, "\n") {
		k, v, ok := strings.Cut(line, ":")
		k = strings.ToLower(strings.TrimSpace(k))
		if !ok || !isKey(k) {
			return nil, false
		}
		meta[k] = strings.TrimSpace(v)
		if KnownKeys[k] {
			known = true
		}
	}
	return meta, known
}

// KnownKeys are header keys that mark a block of "key: value" lines as a header.
var KnownKeys = map[string]bool{
	"title": true, "url": true, "outlet": true, "published": true, "date": true,
	"author": true, "source": true, "lang": true, "language": true, "byline": true,
}

func isKey(k string) bool {
	if k == "" || len(k) > 24 {
		return false
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}
