package clean

import (
	"strings"
	"testing"
)

func TestClean(t *testing.T) {
	text := strings.Join([]string{
		"back to top",
		"-2.4 C",
		"Sunday, January 11, 2026",
		"Envoys meet in Geneva to discuss a ceasefire plan",
		"Category",
		"Publication date",
		"The two delegations met in Geneva on Tuesday, officials said.",
		"  • The talks lasted four hours.",
		"Envoys meet in Geneva to discuss a ceasefire plan",
		"By staying online, you consent to the use of cookies files.",
		"- Реклама -",
		"Karmën nuk e ndalon dot Sali Berisha sot!",
		"Both sides agreed to meet again next week.",
		"Qatar contributed to the talks by hosting both delegations.",
		"Saudi Foreign Minister Prince Faisal bin Farhan met both delegations.",
		"Verhandlungen zum Waffenstillstand gehen heute weiter, sagte Sprecher.",
		"WHO IS AT THE TABLE?",
		"(Reporting by John Mwangi; Editing by Sarah Jones)",
		"Additional reporting by Kaitlan Collins in Washington.",
		"Associated Press writers Ann Lee in Bangkok and Tom Ray in Phnom Penh contributed to this report.",
		"Maria Varenikova contributed reporting from Kyiv.",
		"Anton Troianovski reported from Berlin, and David E. Sanger from Washington.",
		"Umerov reported from Miami that the talks were going well.",
		"Photo: Mr. Witkoff arriving in Moscow on Tuesday. Credit: Alexander Kazakov/Sputnik, via Reuters",
		"Steve Witkoff arrives for the talks in Miami, Florida, U.S., December 20, 2025. REUTERS/Marco Bello",
		"Delegates at the talks in Riyadh on February 18, 2025. EPA-EFE/Evelyn Hockstein / File Photo",
		"FILE - Ukrainian President Volodymyr Zelenskyy speaks during a news conference in Kyiv, Ukraine, Nov. 28, 2025. (AP Photo/Efrem Lukatsky, File)",
		"Envoys arrive at the venue in Miami on Saturday. (Photo by Chandan Khanna/AFP)",
		"The FILE system of the talks was leaked - officials said.",
		"The envoys discussed the EU/NATO plan.",
		"READ ALSO: Ukraine's energy grid under strain as temperatures drop",
		"WATCH: Footage shows Umerov arriving at the talks venue",
		"Tags: Office of the Spokesperson, Russia, Ukraine, The Secretary of State",
		"Olena Kovalenko is a correspondent based in Kyiv. She covers diplomacy and security.",
		"Rustem Umerov is a former defence minister who now leads the delegation.",
		"By Jane Doe, Nairobi",
		"Happening now...",
		"Will the minister take stock of the first in his second speech?",
		"- POLICE129",
	}, "\n")
	a := Clean(text, 0)
	var kept []string
	for _, b := range a.Blocks {
		kept = append(kept, text[b.Start:b.End])
	}
	want := []string{
		"Envoys meet in Geneva to discuss a ceasefire plan",
		"The two delegations met in Geneva on Tuesday, officials said.",
		"The talks lasted four hours.",
		"Both sides agreed to meet again next week.",
		"Qatar contributed to the talks by hosting both delegations.",
		"Saudi Foreign Minister Prince Faisal bin Farhan met both delegations.",
		"Umerov reported from Miami that the talks were going well.",
		"The FILE system of the talks was leaked - officials said.",
		"The envoys discussed the EU/NATO plan.",
		"Rustem Umerov is a former defence minister who now leads the delegation.",
	}
	if strings.Join(kept, "|") != strings.Join(want, "|") {
		t.Errorf("kept:\n%s\nwant:\n%s", strings.Join(kept, "\n"), strings.Join(want, "\n"))
	}
	if a.Title != want[0] {
		t.Errorf("title %q", a.Title)
	}
	if a.Author != "Jane Doe" {
		t.Errorf("author %q", a.Author)
	}
	if a.Dateline != "Sunday, January 11, 2026" {
		t.Errorf("dateline %q", a.Dateline)
	}
}

func TestCleanKeepsOffsets(t *testing.T) {
	text := "Title of the piece here\n\n   • A bullet that is a sentence.\r\n"
	for _, b := range Clean(text, 0).Blocks {
		s := text[b.Start:b.End]
		if strings.TrimSpace(s) != s || strings.HasPrefix(s, "•") {
			t.Errorf("block %q not trimmed", s)
		}
	}
}

func TestBylinesAndDatelines(t *testing.T) {
	tests := []struct {
		line, author, dateline string
	}{
		{"By Amira Haddad and Tom Baker", "Amira Haddad", ""},
		{"By John Mwangi, Nairobi", "John Mwangi", ""},
		{"Updated 3:45 PM GMT, January 14, 2025", "", "Updated 3:45 PM GMT, January 14, 2025"},
		{"Published: 9 October 2025", "", "Published: 9 October 2025"},
		{"Sun 14 Dec 2025 18.02 GMT", "", "Sun 14 Dec 2025 18.02 GMT"},
		{"Dec. 14, 2025", "", "Dec. 14, 2025"},
		{"2 Jun, 2025 18:40", "", "2 Jun, 2025 18:40"},
		{"14.09.2025 | 18:20", "", "14.09.2025 | 18:20"},
		{"Published: 09/14/2025 10:30 AM", "", "Published: 09/14/2025 10:30 AM"},
		{"2025-04-23 09:15", "", "2025-04-23 09:15"},
		{"2025/08/04", "", "2025/08/04"},
		{"Published time: 3 Dec, 2025 06:12", "", "Published time: 3 Dec, 2025 06:12"},
		{"DECEMBER 18, 2025", "", "DECEMBER 18, 2025"},
		{"December 1, 2025 3:12 AM GMT Updated 2 hours ago", "", "December 1, 2025 3:12 AM GMT Updated 2 hours ago"},
		// a byline, an outlet and a date on one line
		{"By Claire Dumont | AFP | Published: 12 March 2026, 18:05", "Claire Dumont", "Published: 12 March 2026, 18:05"},
	}
	for _, tt := range tests {
		text := "Envoys meet in Geneva to discuss a ceasefire plan\n" + tt.line + "\nThe two delegations met in Geneva on Tuesday, officials said.\n"
		a := Clean(text, 0)
		if a.Author != tt.author || a.Dateline != tt.dateline {
			t.Errorf("%q: author %q, dateline %q; want %q, %q", tt.line, a.Author, a.Dateline, tt.author, tt.dateline)
		}
		for _, b := range a.Blocks {
			if text[b.Start:b.End] == tt.line {
				t.Errorf("%q kept as text", tt.line)
			}
		}
	}
}

// TestPipesInText: a line of text with a pipe in it is no byline.
func TestPipesInText(t *testing.T) {
	line := "The talks | which began in Geneva on Tuesday | ended without a deal, officials said."
	text := "Envoys meet in Geneva to discuss a ceasefire plan\nBy Jane Doe\n" + line + "\n"
	a := Clean(text, 0)
	kept := false
	for _, b := range a.Blocks {
		kept = kept || text[b.Start:b.End] == line
	}
	if !kept || a.Author != "Jane Doe" {
		t.Errorf("text kept %v, author %q", kept, a.Author)
	}
}

// TestQuotedSentenceIsNoHeadline: a first line that ends its sentence
// inside a quotation (`... aggression."`) is text, not a headline.
func TestQuotedSentenceIsNoHeadline(t *testing.T) {
	text := "\"We will not give up our land,\" Zelensky told reporters on Thursday. \"There can be no deal that rewards aggression.\"\nThe talks go on.\n"
	if a := Clean(text, 0); a.Title != "" {
		t.Errorf("headline %q", a.Title)
	}
}
