package export

// The escapers look at a string's bytes eight at a time while none of
// them needs escaping: quotes and names are mostly plain English, and
// byte by byte the escaping took 30% of graph.json's writing and 40% of
// graph.graphml's at 100,000 articles.

// plainRun returns where the run of bytes from i on that a JSON string
// keeps as they are ends: a control byte, a quote, a backslash or a byte
// past ASCII ends it.
func plainRun(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if jsonStop(word(s, i)) != 0 {
			break
		}
	}
	return plainTail(s, i, &jsonPlain)
}

// plainXMLRun is plainRun for XML text and attributes: a control byte,
// one of the five that encoding/xml escapes (" ' & < >) or a byte past
// ASCII ends the run.
func plainXMLRun(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if xmlStop(word(s, i)) != 0 {
			break
		}
	}
	return plainTail(s, i, &xmlPlain)
}

// plainDOTRun is plainRun for a DOT string: a control byte, DEL, a quote,
// a backslash or a byte past ASCII ends the run.
func plainDOTRun(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if dotStop(word(s, i)) != 0 {
			break
		}
	}
	return plainTail(s, i, &dotPlain)
}

// jsonStop, xmlStop and dotStop have a high bit set, and only high bits,
// when some byte of x ends the run of plainRun, plainXMLRun and
// plainDOTRun.
func jsonStop(x uint64) uint64 { return (x | under(x, 0x20) | equal(x, '"') | equal(x, '\\')) & highs }

func xmlStop(x uint64) uint64 {
	return (x | under(x, 0x20) | equal(x, '"') | equal(x, '\'') | equal(x, '&') | equal(x, '<') | equal(x, '>')) & highs
}

func dotStop(x uint64) uint64 { return jsonStop(x) | equal(x, 0x7f) }

// the bytes each run goes on over after its last word of eight, one at
// a time, as its word test finds them
var (
	jsonPlain = plainBytes(jsonStop)
	xmlPlain  = plainBytes(xmlStop)
	dotPlain  = plainBytes(dotStop)
)

// plainBytes returns the bytes stop lets by: those of which it lets a
// word of eight by.
func plainBytes(stop func(x uint64) uint64) (plain [256]bool) {
	for b := range plain {
		plain[b] = stop(ones*uint64(b)) == 0
	}
	return plain
}

// plainTail returns where the run of bytes plain says s keeps ends, from
// i on, one byte at a time.
func plainTail(s string, i int, plain *[256]bool) int {
	for i < len(s) && plain[s[i]] {
		i++
	}
	return i
}

const ones, highs = 0x0101010101010101, 0x8080808080808080

// word reads the eight bytes of s from i on, the first lowest.
func word(s string, i int) uint64 {
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// under has the high bit of each byte of x under n set, and maybe of
// others when one is (n at most 0x80): no high bit when no byte is.
func under(x uint64, n byte) uint64 { return (x - ones*uint64(n)) &^ x & highs }

// equal has a high bit set when some byte of x is c.
func equal(x uint64, c byte) uint64 { return under(x^(ones*uint64(c)), 1) }
