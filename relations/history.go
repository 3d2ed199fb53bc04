package relations

import (
	"kg/dates"
	"kg/mentions"
	"kg/model"
	"kg/resolve"
)

// docEvents are the words that say what happened to a document.
var docEvents = map[string]string{
	"leak": "leaked", "leaked": "leaked", "leaks": "leaked",
	"proposed": "proposed", "unveiled": "proposed", "presented": "proposed", "drafted": "proposed",
	"submitted": "proposed", "introduced": "proposed", "tabled": "proposed", "offered": "proposed",
	"revised": "revised", "updated": "revised", "amended": "revised", "reworked": "revised", "redrafted": "revised",
	"replaced": "revised", "changed": "revised",
	"agreed": "agreed", "signed": "agreed", "approved": "agreed", "accepted": "agreed", "endorsed": "agreed",
	"finalised": "agreed", "finalized": "agreed", "consensus": "agreed",
	"rejected": "rejected", "dismissed": "rejected", "refused": "rejected",
}

// History reads what happened to each document and when: "the leak in
// November of a 28-point US plan", "the plan was revised on Tuesday",
// "reached consensus on ... a 20-point peace framework". An event word within
// a few words of the document's name counts; the sentence's first date, if
// any, is when.
func History(d *resolve.Doc) []model.DocEvent {
	var out []model.DocEvent
	for si := range d.Sents {
		s := &d.Sents[si]
		var refs []model.DateRef
		found := false
		for k, sp := range s.Spans {
			if sp.Kind != mentions.Document {
				continue
			}
			e := d.Entity(si, k)
			if e < 0 {
				continue
			}
			event := ""
			for j := max(0, sp.Start-10); j < min(len(s.Tokens), sp.End+6) && event == ""; j++ {
				if j >= sp.Start && j < sp.End {
					continue
				}
				event = docEvents[s.Tokens[j].Lower()]
			}
			if event == "" {
				continue
			}
			if !found {
				refs, found = dates.FindDates(s.Sentence.Text, s.Start), true
			}
			ev := model.DocEvent{Document: d.Entities[e].ID, Event: event, Evidence: d.Evidence(si, "document event")}
			for _, r := range refs {
				if r.Kind == "absolute" || r.Kind == "month" || r.Kind == "weekday" || r.Kind == "offset" || r.Kind == "last-month" {
					r := r
					ev.Date = &r
					break
				}
			}
			out = append(out, ev)
		}
	}
	return out
}
