// Package clean separates an article from the page furniture around it:
// consent and cookie notices, menus and labels, service lists, promotions,
// lines in other languages, repeated headlines and "happening now" lists.
// It keeps byte offsets into the original text, and picks up the headline,
// the byline and a dateline on the way.
package clean

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/internal/lower"
	"kg/internal/pattern"
	"kg/internal/phrase"
	"kg/sentences"
)

// Article is the cleaned article: the blocks of text to read, and what the
// furniture told about the article.
type Article struct {
	Blocks   []sentences.Block // kept lines, in order; offsets into the document
	Title    string            // the headline, when found
	Author   string            // from a byline ("By Jane Doe")
	Dateline string            // a line that is only a date, as written
	// DatelineUnderTitle says the dateline came after the headline, where
	// an article gives its own date (a date above it may be the page's
	// clock, stamped when the page was saved)
	DatelineUnderTitle bool
	Dropped            []Dropped // what was removed, and why
}

// Dropped is a removed line and the reason.
type Dropped struct {
	Text   string
	Reason string
}

// promoLabels open a line that points to another story or a video.
var promoLabels = map[string]bool{"read also": true, "also read": true, "read more": true, "see also": true, "watch": true,
	"listen": true, "related": true, "more": true, "tags": true, "topics": true, "filed under": true, "keywords": true}

// tailMarkers start the lists of other stories that follow an article.
var tailMarkers = []string{
	"happening now", "read more", "read also", "also read", "related", "related articles", "related news",
	"related stories", "more from", "more stories", "most read", "most popular", "trending", "recommended",
	"you may also like", "latest news", "top stories", "more news", "see also", "popular", "editor's picks",
}

// furniture are phrases that mark a whole line as page furniture.
var furniture = phrase.New(
	"cookie", "consent", "privacy policy", "terms of use", "terms of service", "all rights reserved",
	"our website", "this website", "your browser", "subscribe to", "sign up for", "newsletter",
	"log in", "sign in", "follow us", "share this", "click here", "advertisement", "copyright ©",
	"would you like to switch", "english version", "javascript", "download the app",
)

// updatedTail is what may follow a dateline's date on its line: "Updated 2
// hours ago", "| Last updated 14:05".
const updatedTail = `(?:\s*[|·•,-]?\s*(?i:last updated|updated)\b.{0,40})?`

var (
	bylineRe = pattern.MustStart(`^(?i:by|written by|author:|words by)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})(?:(?:,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}){0,3}(?:,\s+\p{Lu}[\p{L}'’. -]{1,40})?$`)
	// "(Reporting by A; Editing by B)", "Additional reporting by C"
	// a wire photo's caption ends with its credit: "... December 20, 2025.
	// REUTERS/Marco Bello", "AFP/Getty Images", "EPA-EFE/Name Surname"
	photoCreditRe = regexp.MustCompile(`(?:^|\s)[A-Z][A-Z-]+(?:/[A-Z][A-Z-]*)*/[A-Z]\p{Ll}[\p{L}.'-]*(?:\s+[A-Z][\p{L}.'-]*){0,3}(?:\s+via Getty Images)?(?:\s*/\s*File Photo)?\.?\s*$`)
	creditLineRe  = pattern.MustStart(`^\(?\s*(?i:(?:additional\s+)?reporting|writing|editing|compiled|translated)\s+by\s+[^.!?]{2,200}\)?\.?$`)
	// "Associated Press writers A in Bangkok and B contributed to this
	// report.", "C contributed reporting from Kyiv."
	contributedRe = regexp.MustCompile(`^[^.!?]{2,300}\bcontributed\s+(?:(?:additional\s+)?reporting|to\s+(?:this|the)\s+(?:report|story|article))\b[^.!?]{0,80}\.?$`)
	datelineRe    = pattern.MustStart(`^(?i:(?:published|posted|updated|first published|date|publication date|published time|publication time|last updated)\s*(?:on)?\s*:?\s*)?(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?,?\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?,?\s+)?(?:\d{1,2}\s+)?(?i:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s*(?:\d{1,2},?\s*)?\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?` + updatedTail + `$|^(?i:(?:published|posted|updated|date)\s*:?\s*)\d{4}-\d{2}-\d{2}`)
	// "14.09.2025 | 18:20", "Published: 09/14/2025 10:30 AM", "2025-04-23 09:15"
	numericDatelineRe = pattern.MustStart(`^(?i:(?:published|posted|updated|first published|date)\s*(?:on)?\s*:?\s*)?(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2})(?:\s*[|,]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?` + updatedTail + `$`)
	// "Anton Troianovski reported from Berlin, and David E. Sanger from
	// Washington."
	reportedFromRe = pattern.MustStart(`^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+reported\s+from\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,?\s+and\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+(?:reported\s+)?from\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*\.?$`)
	// an author's note: "Olena Kovalenko is a correspondent based in Kyiv."
	bioRe = pattern.MustStart(`^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+is\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:correspondent|reporter|journalist|editor|writer|columnist|producer|contributor)\b`)
	// a photo's caption and credit: "Photo: ... Credit: NAME/AGENCY"
	captionRe = regexp.MustCompile(`^(?i:photo|picture|image|caption|photograph)\s*:|\bCredit:\s`)
	// an agency's photo caption: "FILE - Zelenskyy speaks ... (AP
	// Photo/NAME, File)", "... (Photo by NAME/AFP)"
	agencyCaptionRe = regexp.MustCompile(`^FILE(?: PHOTO)?\s*[-–—:]\s|\((?:AP|AFP|Reuters|EPA|Getty Images)(?: Photo)?/[^)]{2,80}\)\.?\s*$|\(Photo by [^)]{2,80}\)\.?\s*$`)
	published       = regexp.MustCompile(`(?i)^\s*(published|posted|first published|publication date)`)
	creditRe        = regexp.MustCompile(`\s*/\s*\p{Lu}{2,6}\s*$`)
)

// Clean classifies the lines of text[body:] and returns the article.
func Clean(text string, body int) Article {
	var a Article
	seen := map[string]bool{}
	content := 0
	pos := body
	for pos < len(text) {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		s, e := trimSpan(text, pos, end)
		pos = end + 1
		if s >= e {
			continue
		}
		line := text[s:e]
		if reason := a.classify(line, content); reason != "" {
			a.Dropped = append(a.Dropped, Dropped{line, reason})
			if reason == "tail" {
				break
			}
			continue
		}
		key := lower.String(line)
		if seen[key] {
			a.Dropped = append(a.Dropped, Dropped{line, "repeated"})
			continue
		}
		seen[key] = true
		if loc := creditIndex(line); loc != nil && loc[0] > 0 && strings.ContainsAny(line[:loc[0]], ".!?") {
			e = s + loc[0]
		}
		title := false
		// (a sentence ending inside a quotation, `... aggression."`, ends
		// with its full stop as any sentence: no headline)
		if a.Title == "" && content == 0 && !strings.HasSuffix(strings.TrimRight(line, "\"”’')"), ".") && len(strings.Fields(line)) <= 25 {
			a.Title, title = line, true
		}
		a.Blocks = append(a.Blocks, sentences.Block{Start: s, End: e, Title: title})
		content++
	}
	return a
}

// metaLine reads a line of parts set apart by " | " (or " · ", " • "): a
// byline, an outlet, a date ("By Claire Dumont | AFP | Published: 12 March
// 2026, 18:05", "Axios · Dec 12, 2025"). It
// returns "byline" when every part is one of those and one is a byline or
// a dateline, keeping the author and the date; else "".
func (a *Article) metaLine(line string, content int) string {
	b := *a // a part's classification sets the author and the date
	meta := false
	for _, p := range metaParts(line) {
		p = strings.TrimSpace(p)
		switch b.classify(p, content) {
		case "byline", "dateline":
			meta = true
		default:
			if !shortName(p) {
				return ""
			}
		}
	}
	if !meta {
		return ""
	}
	a.Author, a.Dateline, a.DatelineUnderTitle = b.Author, b.Dateline, b.DatelineUnderTitle
	return "byline"
}

var metaMarks = strings.NewReplacer(" · ", " | ", " • ", " | ")

// metaMark finds the marks metaParts splits at: a line without one is one
// part, and most lines are.
var metaMark = phrase.New(" | ", " · ", " • ")

// metaParts splits a line at " | ", " · " or " • ", the marks that set
// apart a byline, an outlet and a date.
func metaParts(line string) []string {
	return strings.Split(metaMarks.Replace(line), " | ")
}

// shortName reports whether s is a name of one to four capitalised words,
// as an outlet's ("AFP", "The Kyiv Independent").
func shortName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// bylineWords are the first words of a byline.
var bylineWords = []string{"by", "written", "author:", "words"}

// classify returns why a line is furniture, or "" for article text.
func (a *Article) classify(line string, content int) string {
	low := lower.String(strings.Trim(line, " .…:!-–—|•*"))
	for _, m := range tailMarkers {
		if low == m && content >= 3 {
			return "tail"
		}
	}
	if len(line) <= 160 && metaMark.In(line) && len(metaParts(line)) > 1 {
		if kind := a.metaLine(line, content); kind != "" {
			return kind
		}
	}
	if len(line) > 80 {
		goto text // bylines and datelines are short
	}
	if first, _, _ := strings.Cut(line, " "); !slices.Contains(bylineWords, lower.String(first)) {
		goto dateline
	}
	if m := bylineRe.FindStringSubmatch(line); m != nil {
		if a.Author == "" {
			a.Author = m[1]
		}
		return "byline"
	}
dateline:
	if numericDatelineRe.MatchString(strings.TrimSpace(line)) {
		if a.Dateline == "" || published.MatchString(line) && !published.MatchString(a.Dateline) {
			a.Dateline, a.DatelineUnderTitle = strings.TrimSpace(line), a.Title != ""
		}
		return "dateline"
	}
	if !mentionsMonth(low) && !strings.Contains(low, "-") {
		goto text
	}
	if datelineRe.MatchString(strings.TrimSpace(line)) {
		// a "Published" line beats a bare date, which may be the page's clock
		if a.Dateline == "" || published.MatchString(line) && !published.MatchString(a.Dateline) {
			a.Dateline, a.DatelineUnderTitle = strings.TrimSpace(line), a.Title != ""
		}
		return "dateline"
	}
text:
	if t := strings.TrimSpace(line); creditLineRe.MatchString(t) || strings.Contains(low, "contributed") && contributedRe.MatchString(t) ||
		strings.Contains(low, "reported from") && reportedFromRe.MatchString(t) {
		return "credits"
	}
	if (strings.Contains(line, "Credit:") || strings.IndexByte(line, ':') > 0 && strings.IndexByte(line, ':') < 12) && captionRe.MatchString(line) {
		return "caption"
	}
	if strings.IndexByte(line, '/') > 0 && photoCreditRe.MatchString(line) {
		return "caption"
	}
	if (strings.HasPrefix(line, "FILE") || strings.Contains(line, "Photo/") || strings.Contains(line, "(Photo by ")) && agencyCaptionRe.MatchString(line) {
		return "caption"
	}
	if c := strings.IndexByte(line, ':'); c > 0 && c < 14 && promoLabels[strings.ToLower(strings.TrimSpace(line[:c]))] {
		return "promotion" // "READ ALSO: Ukraine's energy grid under strain"
	}
	if strings.Contains(low, " is a") && bioRe.MatchString(line) {
		return "author's note" // "Olena Kovalenko is a correspondent based in Kyiv."
	}
	if heading(line) && content > 0 {
		return "heading" // "WHO IS MEDIATING?": capitals make every word a name
	}
	if len(line) < 600 && furniture.In(low) {
		return "furniture"
	}
	letters, latin := letterCount(line)
	if letters < 3 {
		return "no text"
	}
	if latin*2 < letters {
		return "other script"
	}
	// the words, counted as far as five once one is English
	words, inEnglish := 0, false
	for w := range strings.FieldsSeq(line) {
		words++
		inEnglish = inEnglish || englishWord(w)
		if inEnglish && words >= 5 {
			break
		}
	}
	if words <= 4 && !endsWithStop(line) {
		return "label"
	}
	if words >= 5 && !inEnglish {
		return "other language"
	}
	return ""
}

// letterCount counts the letters of line, and those of them in the Latin
// script's blocks (below U+0250).
func letterCount(line string) (letters, latin int) {
	for i := 0; i < len(line); {
		// (an ASCII letter is a Latin one: no rune to decode)
		if c := line[i]; c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				letters++
				latin++
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(line[i:])
		if unicode.IsLetter(r) {
			letters++
			if r < 0x250 {
				latin++
			}
		}
		i += w
	}
	return letters, latin
}

// heading reports whether a line is a section heading in capitals: two to
// ten words, no lower-case letter.
func heading(line string) bool {
	// most lines have a lower-case letter early: look for one first
	letters := 0
	for _, r := range line {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 4 {
		return false
	}
	n := len(strings.Fields(line))
	return n >= 2 && n <= 10
}

func endsWithStop(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(line))
	return strings.ContainsRune(".!?\"”’:;)", r)
}

// english function words: a line of five or more words with none of them is
// not in English.
var english = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "to": true, "in": true, "is": true,
	"on": true, "for": true, "with": true, "that": true, "by": true, "at": true, "from": true, "as": true,
	"was": true, "were": true, "be": true, "has": true, "have": true, "will": true, "not": true, "it": true,
	"he": true, "she": true, "they": true, "we": true, "his": true, "her": true, "their": true, "are": true,
	"this": true, "but": true, "or": true, "said": true, "after": true, "over": true, "who": true, "which": true,
	// common in news sentences that have none of the above ("Rubio met
	// both envoys last week.")
	"met": true, "meet": true, "meets": true, "both": true, "also": true, "its": true, "had": true, "would": true,
	"could": true, "can": true, "may": true, "into": true, "about": true, "than": true, "been": true, "did": true,
	"told": true, "says": true, "before": true, "last": true, "next": true, "week": true, "year": true, "two": true,
	"new": true, "talks": true, "minister": true, "president": true, "between": true, "all": true, "no": true,
	"there": true, "more": true, "up": true, "out": true, "while": true, "under": true, "if": true, "so": true,
	"i": true, "you": true, "our": true, "them": true, "him": true, "called": true, "visited": true,
}

// englishWord reports whether a word, bare of punctuation, is one of the
// english function words.
func englishWord(w string) bool {
	word, _ := lower.Get(english, strings.Trim(w, ".,;:!?\"“”'’()"))
	return word
}

// trimSpan trims white space and list bullets from text[s:e].
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, w := utf8.DecodeRuneInString(text[s:e])
		if unicode.IsSpace(r) || r == '•' || r == '·' || r == '*' || r == '▪' || r == '●' ||
			((r == '-' || r == '–' || r == '—') && s+w < e && text[s+w] == ' ') {
			s += w
			continue
		}
		// a Markdown heading's marks, "## ", not a hashtag
		if r == '#' {
			h := s
			for h < e && text[h] == '#' {
				h++
			}
			if h < e && text[h] == ' ' {
				s = h
				continue
			}
		}
		break
	}
	for e > s {
		// (a line in emphasis, "*Axios · Dec 12, 2025*", closes it)
		r, w := utf8.DecodeLastRuneInString(text[s:e])
		if unicode.IsSpace(r) || r == '*' {
			e -= w
			continue
		}
		break
	}
	return s, e
}

// Published reports whether a dateline says it is the publication date
// ("Published: 24 November 2025"), rather than a bare date that may be the
// page's clock.
func Published(dateline string) bool { return published.MatchString(dateline) }

func creditIndex(line string) []int {
	if !strings.Contains(line, "/") {
		return nil
	}
	return creditRe.FindStringIndex(line)
}

var monthStems = phrase.New("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

func mentionsMonth(low string) bool { return monthStems.In(low) }
