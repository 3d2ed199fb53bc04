package meetings

import (
	"strings"
	"unicode/utf8"

	"kg/mentions"
	"kg/model"
	"kg/resolve"
)

var saidVerbs = map[string]bool{
	"said": true, "says": true, "wrote": true, "writes": true, "told": true, "added": true, "stressed": true,
	"noted": true, "stated": true, "declared": true, "insisted": true, "warned": true, "tweeted": true,
	"posted": true, "emphasized": true, "emphasised": true, "argued": true, "saying": true, "quoted": true,
}

// quotes finds quotations with their speaker: “...,” NAME said; NAME said,
// “...”; a quotation opened in an earlier sentence of the same paragraph.
func quotes(d *resolve.Doc, si int, dates []model.DateRef) []model.Statement {
	s := &d.Sents[si]
	open, close := -1, -1
	for i, t := range s.Tokens {
		switch t.Text {
		case "“", "«":
			if open < 0 {
				open = i
			}
		case "”", "»":
			close = i
		case "\"":
			if open < 0 {
				open = i
			} else {
				close = i
			}
		}
	}
	if close < 0 {
		return nil
	}
	first := si
	if open < 0 || open > close {
		// opened in an earlier sentence of the same block
		open = -1
		for k := si - 1; k >= 0 && k >= si-4 && d.Sents[k].Block == s.Block; k-- {
			if strings.ContainsAny(d.Sents[k].Sentence.Text, "“\"«") {
				first = k
				break
			}
		}
		if first == si {
			return nil
		}
	}
	// the speaker: a name next to a verb of saying outside the quotation
	speaker := -1
	for i, t := range s.Tokens {
		if open >= 0 && i > open && i < close {
			continue
		}
		if !saidVerbs[t.Lower()] {
			continue
		}
		// "NAME said" / "said NAME" / "NAME ... as saying"
		for _, k := range []int{i - 1, i + 1} {
			if k < 0 || k >= len(s.Tokens) {
				continue
			}
			if sp := s.At(k); sp != nil {
				if e := speakerOf(d, si, sp); e >= 0 {
					speaker = e
					break
				}
			}
		}
		if speaker < 0 && t.Lower() == "saying" {
			for k := i - 1; k >= 0 && k >= i-4; k-- {
				if sp := s.At(k); sp != nil {
					if e := speakerOf(d, si, sp); e >= 0 {
						speaker = e
						break
					}
				}
			}
		}
		if speaker >= 0 {
			break
		}
	}
	// "Rubio struck a more cautious tone: “We still have a lot of work to
	// do.”": the subject before the colon
	if speaker < 0 && open > 1 && s.Tokens[open-1].Text == ":" {
		for k := range s.Spans {
			if sp := &s.Spans[k]; sp.End <= open-1 && sp.Kind == mentions.Person {
				speaker = speakerOf(d, si, sp)
				break
			}
		}
	}
	// "According to Witkoff, the sides are “closer than ever”"
	for i := 0; speaker < 0 && i+2 < len(s.Tokens); i++ {
		if open >= 0 && i > open && i < close || s.Tokens[i].Lower() != "according" || s.Tokens[i+1].Lower() != "to" {
			continue
		}
		k := i + 2
		if s.Tokens[k].Lower() == "the" && k+1 < len(s.Tokens) {
			k++
		}
		if sp := s.At(k); sp != nil {
			speaker = speakerOf(d, si, sp)
		}
	}
	if speaker < 0 {
		return nil
	}
	start := s.Start
	if first != si {
		start = d.Sents[first].Start
	}
	text := d.Sents[si].Sentence.Text
	full := text
	if first != si {
		// the quotation runs over sentences: quote the whole run verbatim
		full = d.Text(start, s.End)
	}
	q := quoted(full)
	if len(q) < 8 {
		return nil
	}
	st := model.Statement{Speaker: d.Entities[speaker].ID, Text: q, Evidence: model.Evidence{Doc: d.ID, Text: full, Start: start, End: s.End, Rule: "quotation"}}
	for _, dt := range dates {
		if dt.Kind == "absolute" || dt.Kind == "weekday" || dt.Kind == "offset" {
			dt := dt
			st.Date = &dt
			break
		}
	}
	return []model.Statement{st}
}

// continued gives a sentence that is a quotation and nothing else the
// speaker of the quotation just before it in the same paragraph: `"We will
// not give up our land," Zelensky said. "There can be no deal that rewards
// aggression."`
func continued(d *resolve.Doc, si int, before []model.Statement) []model.Statement {
	if si == 0 || len(before) == 0 {
		return nil
	}
	s, prev := &d.Sents[si], &d.Sents[si-1]
	said := before[len(before)-1]
	if prev.Block != s.Block || said.Evidence.End != prev.End {
		return nil
	}
	text := strings.TrimSpace(s.Sentence.Text)
	first, _ := firstRune(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	if !strings.ContainsRune("“\"«", first) || !strings.ContainsRune("”\"»", last) {
		return nil
	}
	q := quoted(text)
	if len(q) < 8 {
		return nil
	}
	st := model.Statement{Speaker: said.Speaker, Text: q, Date: said.Date,
		Evidence: model.Evidence{Doc: d.ID, Text: s.Sentence.Text, Start: s.Start, End: s.End, Rule: "quotation continued"}}
	return []model.Statement{st}
}

func speakerOf(d *resolve.Doc, si int, sp *mentions.Span) int {
	for k := range d.Sents[si].Spans {
		o := &d.Sents[si].Spans[k]
		if o.Start == sp.Start && o.End == sp.End && o.Kind == sp.Kind {
			switch o.Kind {
			case mentions.Person, mentions.RoleRef, mentions.Pronoun, mentions.Org, mentions.Country, mentions.Delegation:
				// "the White House said", "the Kremlin said": institutions speak too
				if e := d.Entity(si, k); e >= 0 && !d.Entities[e].Weak && d.Entities[e].Kind != model.Place {
					return e
				}
			}
		}
	}
	return -1
}

// quoted returns the text between the first opening and the last closing
// quotation mark of s.
func quoted(s string) string {
	i := strings.IndexAny(s, "“\"«")
	j := strings.LastIndexAny(s, "”\"»")
	if i < 0 || j <= i {
		return ""
	}
	_, w := firstRune(s[i:])
	return strings.TrimSpace(strings.Trim(s[i+w:j], " ,"))
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}
