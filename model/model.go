// Package model holds the domain types of kg: the kinds of nodes and edges of
// the knowledge graph, the evidence that supports every fact, the sources
// (articles) facts come from, and the per-document facts that extraction
// produces and merging consumes.
package model

// NodeKind is the kind of a node of the knowledge graph.
type NodeKind string

// The node kinds.
const (
	Person       NodeKind = "person"
	Country      NodeKind = "country"
	Organization NodeKind = "organization"
	Place        NodeKind = "place"
	Delegation   NodeKind = "delegation"
	Meeting      NodeKind = "meeting"
	Document     NodeKind = "document"
	Topic        NodeKind = "topic"
	// Quote is a statement attributed to a speaker: who said what, when.
	Quote NodeKind = "quote"
)

// NodeKinds lists the node kinds in their display order.
var NodeKinds = []NodeKind{Person, Country, Organization, Place, Delegation, Meeting, Document, Topic, Quote}

// EdgeKind is the type of a relation between two nodes.
type EdgeKind string

// The edge vocabulary. Each edge reads "source TYPE target".
const (
	Leads          EdgeKind = "leads"           // person leads delegation
	MemberOf       EdgeKind = "member_of"       // person is a member of delegation
	Represents     EdgeKind = "represents"      // delegation represents country
	AffiliatedWith EdgeKind = "affiliated_with" // person or organisation belongs to organisation or country; attrs: role, date
	RelatedTo      EdgeKind = "related_to"      // person to person; attrs: relation (son-in-law, aide, envoy, ...)
	Attended       EdgeKind = "attended"        // actor attended meeting
	HeldIn         EdgeKind = "held_in"         // meeting was held in place
	Discussed      EdgeKind = "discussed"       // meeting discussed document or topic
	Authored       EdgeKind = "authored"        // actor authored document
	Revises        EdgeKind = "revises"         // document revises an earlier document
	LinkedTo       EdgeKind = "linked_to"       // documents negotiated together, or a document and its topic
	Follows        EdgeKind = "follows"         // meeting follows an earlier meeting
	Said           EdgeKind = "said"            // person, delegation or country said quote
)

// EdgeKinds lists the edge kinds with a one-line meaning each, for docs and legends.
var EdgeKinds = []struct {
	Kind    EdgeKind
	Meaning string
}{
	{Leads, "person heads a delegation"},
	{MemberOf, "person is a member of a delegation"},
	{Represents, "delegation represents a country"},
	{AffiliatedWith, "person or organisation belongs to an organisation or country (attrs: role, date)"},
	{RelatedTo, "person linked to another person (attrs: relation)"},
	{Attended, "actor took part in a meeting"},
	{HeldIn, "meeting took place in a place"},
	{Discussed, "meeting discussed a document or topic"},
	{Authored, "actor authored or released a document"},
	{Revises, "document revises an earlier one"},
	{LinkedTo, "documents negotiated together, or a document and its topic"},
	{Follows, "meeting follows the previous meeting with parties in common"},
	{Said, "actor said a quote"},
}

// Evidence is one verbatim piece of text that supports a node or an edge.
type Evidence struct {
	Doc   string `json:"doc"`            // document id
	Text  string `json:"text"`           // the sentence, verbatim
	Start int    `json:"start"`          // byte offset of Text in the document
	End   int    `json:"end"`            // byte offset of the end of Text
	Rule  string `json:"rule,omitempty"` // the rule that produced the fact
}

// Source describes one article.
type Source struct {
	ID        string `json:"id"`                   // file name without extension
	Path      string `json:"path"`                 // path as given on the command line
	Title     string `json:"title,omitempty"`      // from the header or the first line
	URL       string `json:"url,omitempty"`        // from the header
	Outlet    string `json:"outlet,omitempty"`     // from the header
	Author    string `json:"author,omitempty"`     // from the header or a byline
	Published string `json:"published,omitempty"`  // ISO date: header, dateline, or inferred from the text
	DateBasis string `json:"date_basis,omitempty"` // how Published was found
}

// Entity is a thing found in one document.
type Entity struct {
	ID       string     // local id within the document
	Kind     NodeKind   //
	Name     string     // canonical name within the document
	Key      string     // global identity hint: gazetteer key, or empty for found names
	Aliases  []string   // other surface forms in this document
	Attrs    Attrs      // kind-specific attributes
	Roles    []string   // titles the document gives a person
	Weak     bool       // a bare capitalised name kept only if merging finds its owner
	Mentions []Evidence // where the document mentions it
}

// Relation is a typed fact between two entities of one document.
type Relation struct {
	From, To string   // local entity ids
	Type     EdgeKind //
	Attrs    Attrs    // role, relation, date, ...
	Evidence Evidence //
}

// Facts is everything extraction found in one document. It depends only on
// the document and the gazetteer, so documents can be extracted in parallel
// and cached by content.
type Facts struct {
	Source    Source
	Entities  []Entity
	Relations []Relation
	Meetings  []MeetingFrame
	Quotes    []Statement
	Dates     []DateRef  // the full dates the text gives ("December 6"), for its anchor date
	History   []DocEvent // what happened to documents, and when
	Warnings  []string   // problems that did not stop extraction (a header date that is not a date)
}

// DocEvent is something that happened to a document: proposed, leaked,
// revised, agreed, rejected.
type DocEvent struct {
	Document string   // local entity id
	Event    string   // proposed, leaked, revised, agreed, rejected, discussed
	Date     *DateRef // when, if the sentence says
	Evidence Evidence
}

// DateRef is a date expression as written, kept unresolved until the
// document's anchor date (its publication date) is known.
type DateRef struct {
	Text  string `json:"text"`
	Start int    `json:"start"` // byte offset in the document
	Kind  string `json:"kind"`  // absolute, month, weekday, offset, this-week, earlier-this-week, last-week, weekend, past-days, last-month, article-day (the lead's news of the day)
	// Absolute parts (zero when absent).
	Year  int `json:"year,omitempty"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
	// Relative parts: Weekday 0 (Sunday) to 6; N days for offsets ("today"
	// 0, "yesterday" -1), for "the past N days", and the days an absolute
	// date runs on ("December 20 and 21": N 1).
	Weekday int `json:"weekday,omitempty"`
	N       int `json:"n,omitempty"`
	// Tense of the sentence: -1 past, 0 present, +1 future.
	Tense int `json:"tense,omitempty"`
	// Today marks "today, December 6": the date is the publication date.
	Today bool `json:"today,omitempty"`
}

// Arg is an entity taking part in a meeting frame, with the sentence that
// says so.
type Arg struct {
	Entity   string   // local entity id
	Evidence Evidence //
}

// MeetingFrame is one meeting as one document tells it: what the sentences
// about it say, before dates are resolved and documents merged.
type MeetingFrame struct {
	Trigger      string    // the word that names the event (talks, meeting, round, ...)
	Background   bool      // an earlier or other meeting the article refers to
	Status       string    // "held" or "scheduled"
	Round        int       // "the sixth round", "the 6th meeting"
	Days         int       // "two-day meeting", "two days of discussions"
	DayOrdinal   int       // "a third day": the day its date is
	Again        bool      // "meet again ... today": the date continues the meeting
	Continues    bool      // "X was also present": adds to the frame told just before
	Lead         bool      // told in the article's first sentences: the article's main meeting
	Joiner       bool      // its people joined, hosted or attended: they add to a meeting, they do not define its sides
	Call         bool      // a phone or video call
	Ended        bool      // "ended two days of talks on Sunday": the date is the last day
	SameDay      bool      // "on the same day": the day of the meeting told before it
	SamePlace    bool      // "in the city": the place of the meeting told before it
	OtherTime    bool      // "in late October": told at a month, another time than the article's news
	Dates        []DateRef //
	Places       []Arg     //
	Participants []Arg     //
	Topics       []Arg     //
	Outcomes     []string  // outcome words ("productive", "no compromise")
	Evidence     []Evidence
}

// Statement is a quotation attributed to a speaker, verbatim.
type Statement struct {
	Speaker  string   // local entity id
	Text     string   // the words in quotation marks
	Date     *DateRef // when it was said, if the sentence tells
	Evidence Evidence // the whole sentence
}

// Attr is one attribute of a fact: a key and its value.
type Attr struct{ Key, Value string }

// Attrs are the few attributes of an entity or a relation, in the order
// they were set. A fact has one or two, so a slice is a tenth of the
// memory of a map.
type Attrs []Attr

// Get returns the value of key, or "".
func (a Attrs) Get(key string) string {
	for _, x := range a {
		if x.Key == key {
			return x.Value
		}
	}
	return ""
}

// Set sets key to value.
func (a *Attrs) Set(key, value string) {
	for i := range *a {
		if (*a)[i].Key == key {
			(*a)[i].Value = value
			return
		}
	}
	*a = append(*a, Attr{key, value})
}
