// Package sentences splits cleaned article text into sentences and tokens.
// Every token and sentence keeps its byte offsets into the document, so any
// evidence quoted later is a verbatim slice of the original text.
package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/internal/lower"
)

// Token is one word, number or punctuation mark.
type Token struct {
	Text       string
	Start, End int    // byte offsets in the document
	low        string // Fold(Text), computed once
}

// IsWord reports whether the token starts with a letter or digit.
func (t Token) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Cap reports whether the token starts with an upper-case letter.
func (t Token) Cap() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// Lower is the token in lower case with typographic apostrophes made plain.
func (t Token) Lower() string {
	if t.low == "" && t.Text != "" {
		return Fold(t.Text)
	}
	return t.low
}

// Fold lower-cases s and replaces typographic apostrophes.
func Fold(s string) string { return fold(s) }

var apostrophes = strings.NewReplacer("’", "'", "‘", "'")

// Plain replaces typographic apostrophes with plain ones.
func Plain(s string) string {
	if !curly(s) {
		return s
	}
	return apostrophes.Replace(s)
}

// curly reports whether s holds a typographic apostrophe (’ or ‘: E2 80 99
// and E2 80 98 in UTF-8). It is strings.ContainsAny(s, "’‘") for the
// tokens and words Plain is called on many times a sentence, one search
// for the lead byte instead of one per rune.
func curly(s string) bool {
	for {
		i := strings.IndexByte(s, 0xE2)
		if i < 0 || i+2 >= len(s) {
			return false
		}
		if s[i+1] == 0x80 && (s[i+2] == 0x98 || s[i+2] == 0x99) {
			return true
		}
		s = s[i+1:]
	}
}

// Fold lower-cases s and replaces typographic apostrophes; ASCII words
// that are already lower case are returned as they are.
func fold(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return lower.String(Plain(s))
		}
	}
	return s
}

// Sentence is a run of tokens ending with a full stop, or a line.
type Sentence struct {
	Start, End int    // byte offsets in the document
	Text       string // the verbatim text
	Tokens     []Token
	Block      int  // index of the block (line or paragraph) it came from
	Title      bool // the sentence is the article's headline
}

// Abbreviations end with a full stop that does not end a sentence.
var Abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true, "col": true,
	"capt": true, "sgt": true, "maj": true, "adm": true, "gov": true, "sen": true, "rep": true, "rev": true,
	"st": true, "jr": true, "sr": true, "no": true, "vs": true, "etc": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "approx": true, "dept": true,
	"pres": true, "amb": true, "min": true, "fig": true, "e.g": true, "i.e": true,
}

// Tokenize splits text (which starts at byte offset base of the document)
// into tokens. Words keep inner hyphens, apostrophes and dots ("son-in-law",
// "U.S."); a possessive "'s" is its own token; abbreviations keep their dot.
func Tokenize(text string, base int) []Token {
	toks := tokenize(text, base)
	for i := range toks {
		toks[i].low = fold(toks[i].Text)
	}
	return toks
}

func tokenize(text string, base int) []Token {
	toks := make([]Token, 0, len(text)/5+2) // about one token per five bytes of English
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == '*' || r == '_':
			// (emphasis marks, "**Rustem Umerov**, secretary of ...", are
			// no tokens: the name and its apposition stand side by side)
			i += w
		case isWordRune(r):
			j := i + w
			for j < len(text) {
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += w2
					continue
				}
				if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '&' {
					if r3, w3 := utf8.DecodeRuneInString(text[j+w2:]); j+w2 < len(text) && isWordRune(r3) {
						if r2 == '.' && !dotted(text[i:j]) {
							break
						}
						j += w2 + w3
						continue
					}
				}
				break
			}
			word := text[i:j]
			// possessive 's (most words do not end in s: one byte says so)
			if n := len(word); n > 2 && (word[n-1] == 's' || word[n-1] == 'S') {
				for _, ap := range []string{"'s", "’s", "'S", "’S"} {
					if strings.HasSuffix(word, ap) {
						k := j - len(ap)
						toks = append(toks, Token{Text: text[i:k], Start: base + i, End: base + k}, Token{Text: text[k:j], Start: base + k, End: base + j})
						word = ""
						break
					}
				}
			}
			if word == "" {
				i = j
				continue
			}
			// "African Union-led talks", "US-brokered deal": the name stands
			// alone, the participle after the hyphen is a word of its own
			if h := strings.LastIndexByte(word, '-'); h > 0 && agentSuffixes[strings.ToLower(word[h+1:])] && unicode.IsUpper(r) {
				k := i + h
				toks = append(toks, Token{Text: text[i:k], Start: base + i, End: base + k}, Token{Text: "-", Start: base + k, End: base + k + 1},
					Token{Text: text[k+1 : j], Start: base + k + 1, End: base + j})
				i = j
				continue
			}
			// a trailing dot that belongs to an abbreviation or an initial
			if j < len(text) && text[j] == '.' {
				low := strings.ToLower(word)
				if Abbreviations[low] || strings.Contains(word, ".") || (utf8.RuneCountInString(word) == 1 && unicode.IsUpper(r)) {
					j++
					word = text[i:j]
				}
			}
			toks = append(toks, Token{Text: word, Start: base + i, End: base + j})
			i = j
		default:
			toks = append(toks, Token{Text: text[i : i+w], Start: base + i, End: base + i + w})
			i += w
		}
	}
	return toks
}

// agentSuffixes follow a hyphen after the name of who did it: "AU-led",
// "Qatar-mediated", "US-brokered".
var agentSuffixes = map[string]bool{
	"led": true, "brokered": true, "backed": true, "mediated": true, "hosted": true, "sponsored": true,
	"run": true, "based": true, "controlled": true, "organised": true, "organized": true, "funded": true,
	"drafted": true, "proposed": true, "allied": true, "aligned": true, "occupied": true, "held": true,
}

// AgentSuffix reports whether w, after a name and a hyphen, makes the name
// who did it: "Rwanda-backed", "US-brokered".
func AgentSuffix(w string) bool { return agentSuffixes[strings.ToLower(w)] }

// isWordRune reports whether r is a letter, a digit or a combining mark:
// for ASCII, one of a-z, A-Z and 0-9, told without the tables.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// dotted reports whether a word so far is made of single letters joined by
// dots, as in "U.S" of "U.S.", so that the next dot stays inside the word.
func dotted(s string) bool {
	for _, part := range strings.Split(s, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

// Block is a span of the document to split: a paragraph or a line.
type Block struct {
	Start, End int
	Title      bool
}

// MaxTokens bounds a sentence: a run of text longer than this with no full
// stop (a megabyte-long line) is cut into pieces of this many tokens, so no
// later stage sees an unbounded sentence.
const MaxTokens = 400

// Split splits each block of doc into sentences.
func Split(doc string, blocks []Block) []Sentence {
	var out []Sentence
	for bi, b := range blocks {
		toks := finalStop(Tokenize(doc[b.Start:b.End], b.Start))
		for len(toks) > 0 {
			n := len(toks)
			if n > MaxTokens {
				n = MaxTokens
			}
			out = appendSentences(out, doc, toks[:n], bi, b.Title)
			toks = toks[n:]
		}
	}
	return out
}

// appendSentences splits the tokens of block bi at sentence ends.
func appendSentences(out []Sentence, doc string, toks []Token, bi int, title bool) []Sentence {
	start := 0
	for k := 0; k < len(toks); k++ {
		if !endsSentence(toks, k) {
			continue
		}
		end := k + 1
		for end < len(toks) && isCloser(toks[end].Text) {
			// a straight quote closes only a quotation left open
			if (toks[end].Text == "\"" || toks[end].Text == "'") && balanced(toks[start:end], toks[end].Text) {
				break
			}
			end++
		}
		if end < len(toks) && !startsSentence(toks[end]) {
			continue
		}
		out = append(out, makeSentence(doc, toks[start:end], bi, title))
		start = end
		k = end - 1
	}
	if start < len(toks) {
		out = append(out, makeSentence(doc, toks[start:], bi, title))
	}
	return out
}

// finalStop gives the full stop of an abbreviation that ends a paragraph
// a token of its own: it ends the sentence ("... and Vice Finance Minister
// Liao Min.").
func finalStop(toks []Token) []Token {
	k := len(toks) - 1
	for k >= 0 && isCloser(toks[k].Text) {
		k--
	}
	if k < 0 {
		return toks
	}
	t := toks[k]
	word, dot := strings.CutSuffix(t.Text, ".")
	if !dot || !Abbreviations[strings.ToLower(word)] {
		return toks
	}
	out := make([]Token, 0, len(toks)+1)
	out = append(out, toks[:k]...)
	out = append(out, Token{Text: word, Start: t.Start, End: t.End - 1, low: fold(word)}, Token{Text: ".", Start: t.End - 1, End: t.End, low: fold(".")})
	return append(out, toks[k+1:]...)
}

func endsSentence(toks []Token, k int) bool {
	switch toks[k].Text {
	case ".", "!", "?", "…":
		return true
	}
	return false
}

func isCloser(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

func startsSentence(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'«([", r)
}

func makeSentence(doc string, toks []Token, block int, title bool) Sentence {
	s, e := toks[0].Start, toks[len(toks)-1].End
	return Sentence{Start: s, End: e, Text: doc[s:e], Tokens: toks, Block: block, Title: title}
}

// balanced reports whether the straight quote q appears an even number of
// times in toks.
func balanced(toks []Token, q string) bool {
	n := 0
	for _, t := range toks {
		if t.Text == q {
			n++
		}
	}
	return n%2 == 0
}
