package pattern

import (
	"fmt"
	"regexp"
	"regexp/syntax"
)

// Start is a compiled expression anchored at the start of the text
// (`^...`, or branches that each begin with ^). It turns away, without
// running the expression, a text whose first byte no match can begin
// with: regexp's backtracker clears memory in proportion to the text
// before it fails, and the clean stage asks this of every line.
type Start struct {
	re    *regexp.Regexp
	first [256]bool // the bytes a match can begin with
	empty bool      // whether the empty text, or any, may match
}

// MustStart compiles expr, which must match only at the start of the
// text: it panics otherwise.
func MustStart(expr string) *Start {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(fmt.Sprintf("pattern %q: %v", expr, err))
	}
	if !startsAnchored(tree) {
		panic(fmt.Sprintf("pattern %q: a match need not begin at the start of the text", expr))
	}
	s := &Start{re: regexp.MustCompile(expr)}
	s.empty = firstBytes(tree, &s.first)
	return s
}

// String returns the expression as written.
func (s *Start) String() string { return s.re.String() }

// MatchString reports whether text matches, as regexp's MatchString does.
func (s *Start) MatchString(text string) bool { return s.may(text) && s.re.MatchString(text) }

// FindStringSubmatch is regexp's FindStringSubmatch.
func (s *Start) FindStringSubmatch(text string) []string {
	if !s.may(text) {
		return nil
	}
	return s.re.FindStringSubmatch(text)
}

// may reports whether a match of text can begin with its first byte.
func (s *Start) may(text string) bool { return s.empty || text != "" && s.first[text[0]] }

// startsAnchored reports whether every match of re begins at the start of
// the text: re begins with \A (^ without the m flag), or each of its
// branches does.
func startsAnchored(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpConcat:
		return len(re.Sub) > 0 && startsAnchored(re.Sub[0])
	case syntax.OpCapture:
		return startsAnchored(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !startsAnchored(sub) {
				return false
			}
		}
		return true
	}
	return false
}
