package export

import (
	"encoding/xml"
	"math/rand/v2"
	"strings"
	"testing"

	"kg/internal/sample"
)

// escReference is how esc used to escape: drop what XML 1.0 does not
// allow, then encoding/xml's EscapeText.
func escReference(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || r >= 0x10000 && r <= 0x10FFFF {
			return r
		}
		return -1
	}, s)
	var sb strings.Builder
	_ = xml.EscapeText(&sb, []byte(s))
	return sb.String()
}

// TestEscMatchesEncodingXML holds esc, which writes without garbage, to
// encoding/xml's escaping, on awkward strings and on random ones.
func TestEscMatchesEncodingXML(t *testing.T) {
	cases := append([]string{
		"", "plain", `"quoted" & 'single' <tag>`, "tab\tline\nreturn\r",
		"\x00\x01\x1f bell\a", "bad \xff\xfe bytes", "\uFFFD literal", "\uFFFE\uFFFF",
		"Зеленський 🇺🇦", "\u2028\u2029", "a\xc3", "\xed\xa0\x80 surrogate",
	}, nasty...)
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "é", "<", ">", "&", `"`, "'", "\t", "\n", "\r", "\x00", "\x7f", "\xff", "\xc3", "\uFFFD", "\uFFFE", "😀", " "}
	for range 2000 {
		cases = append(cases, sample.Text(rng, pieces, 11))
	}
	// long plain runs, which are looked at eight bytes at a time, with a
	// byte to escape at every place in a word of eight
	long := append([]string{"plain text ", "Kyiv", "words, ", "1234567"}, pieces...)
	for range 2000 {
		cases = append(cases, sample.Text(rng, long, 30))
	}
	for _, s := range cases {
		if got, want := esc(s), escReference(s); got != want {
			t.Fatalf("esc(%q) = %q, want %q", s, got, want)
		}
	}
}
