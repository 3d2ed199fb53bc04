package export

import "unicode/utf8"

// Escaping looks at the bytes of a string eight at a time while none of
// them needs escaping: quotes and names are mostly plain English, and
// byte by byte the escaping took 30% of graph.json's writing and 40% of
// graph.graphml's at 100,000 articles.

const ones, highs = 0x0101010101010101, 0x8080808080808080

// word reads the eight bytes of s from i on, the first lowest.
func word(s string, i int) uint64 {
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// under has the high bit of each byte of x under n set, and maybe of
// others when one is (n at most 0x80): zero when no byte is.
func under(x uint64, n byte) uint64 { return (x - ones*uint64(n)) &^ x & highs }

// equal is not zero when some byte of x is c.
func equal(x uint64, c byte) uint64 { return under(x^(ones*uint64(c)), 1) }

// plainRun returns where the run of bytes from i on that a JSON string
// keeps as they are ends: a control byte, a quote, a backslash or a byte
// past ASCII ends it.
func plainRun(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		x := word(s, i)
		if (x|under(x, 0x20)|equal(x, '"')|equal(x, '\\'))&highs != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if b := s[i]; b < 0x20 || b == '"' || b == '\\' || b >= utf8.RuneSelf {
			return i
		}
	}
	return i
}

// plainXMLRun returns where the run of bytes from i on that XML text and
// attributes keep as they are ends: a control byte, one of the five that
// encoding/xml escapes (" ' & < >) or a byte past ASCII ends it.
func plainXMLRun(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		x := word(s, i)
		if (x|under(x, 0x20)|equal(x, '"')|equal(x, '\'')|equal(x, '&')|equal(x, '<')|equal(x, '>'))&highs != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if b := s[i]; b < 0x20 || b >= utf8.RuneSelf || b < byte(len(xmlEscapes)) && xmlEscapes[b] != "" {
			return i
		}
	}
	return i
}
