// Package pattern runs regular expressions only where a match can begin,
// with the bytes a match can begin with read from the parsed expression.
// Pattern finds the matches of an expression that begins at a word
// boundary (`\b...`) as regexp's FindAllStringSubmatchIndex does, but tries
// it, anchored, only where a word begins with such a byte: date patterns
// run over every sentence of every article, and an unanchored search tries
// each of them at every byte. Start matches an expression anchored at the
// start of the text only when the text begins with such a byte.
package pattern

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pattern is a compiled `\b...` expression.
type Pattern struct {
	re    *regexp.Regexp // the expression as written
	at    *regexp.Regexp // the expression after \b, anchored at the start
	first [256]bool      // the bytes a match can begin with, all word bytes
}

// MustCompile compiles expr, which must begin with \b and match only
// texts that begin with an ASCII letter, digit or underscore: it panics
// otherwise.
func MustCompile(expr string) *Pattern {
	body, ok := strings.CutPrefix(expr, `\b`)
	if !ok {
		panic(fmt.Sprintf("pattern %q: does not begin with \\b", expr))
	}
	p := &Pattern{re: regexp.MustCompile(expr), at: regexp.MustCompile(`\A(?:` + body + `)`)}
	tree, err := syntax.Parse(body, syntax.Perl)
	if err != nil {
		panic(fmt.Sprintf("pattern %q: %v", expr, err))
	}
	if firstBytes(tree, &p.first) {
		panic(fmt.Sprintf("pattern %q: matches the empty text", expr))
	}
	for c, ok := range p.first {
		if ok && !WordByte(byte(c)) {
			panic(fmt.Sprintf("pattern %q: a match may begin with %q, not a word byte", expr, rune(c)))
		}
	}
	return p
}

// String returns the expression as written.
func (p *Pattern) String() string { return p.re.String() }

// FindAllSubmatchIndex returns the matches of the expression in text, with
// their groups, as regexp's FindAllStringSubmatchIndex(text, -1) does.
func (p *Pattern) FindAllSubmatchIndex(text string) [][]int {
	var out [][]int
	for i := 0; i < len(text); i++ {
		// \b before a word byte: the start of the text or a byte that is
		// no word byte (a byte of a longer rune is none)
		if !p.first[text[i]] || i > 0 && WordByte(text[i-1]) {
			continue
		}
		m := p.at.FindStringSubmatchIndex(text[i:])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		out = append(out, m)
		i = m[1] - 1 // the next match begins after this one (none is empty)
	}
	return out
}

// WordByte reports whether c is a word character to \b: an ASCII letter,
// digit or underscore (a byte of a longer rune is none).
func WordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// firstBytes marks in set the bytes a match of re can begin with, and
// reports whether re matches the empty text (it can then begin with
// whatever follows).
func firstBytes(re *syntax.Regexp, set *[256]bool) (empty bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return false
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		r := re.Rune[0]
		markRune(r, set)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				markRune(f, set)
			}
		}
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1] && r < utf8.RuneSelf; r++ {
				set[r] = true
			}
			if re.Rune[i+1] >= utf8.RuneSelf {
				markRune(utf8.RuneSelf, set) // a longer rune
			}
		}
		return false
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		for c := range set {
			set[c] = true
		}
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return firstBytes(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		firstBytes(re.Sub[0], set)
		return true
	case syntax.OpRepeat:
		return firstBytes(re.Sub[0], set) || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !firstBytes(sub, set) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		empty := false
		for _, sub := range re.Sub {
			empty = firstBytes(sub, set) || empty
		}
		return empty
	}
	panic(fmt.Sprintf("pattern: operator %v", re.Op))
}

// markRune marks the bytes rune r's encoding can begin with: itself, or
// any byte of a longer rune.
func markRune(r rune, set *[256]bool) {
	if r < utf8.RuneSelf {
		set[r] = true
		return
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		set[c] = true
	}
}
