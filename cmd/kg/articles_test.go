package main

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestOtherNegotiations builds testdata/articles — short articles written
// for the tests about other negotiations (a Gaza ceasefire in Doha, US–China
// trade talks in Geneva, Russia–Ukraine talks in Istanbul, Iran nuclear
// talks in Oman, a Gaza deal in Sharm el-Sheikh, an Armenia–Azerbaijan
// signing at the White House, Sudan's warring parties in Jeddah, Kosovo and
// Serbia in Brussels and Ohrid, names with and without diacritics, a
// Venezuelan signing in Barbados on a web page with menus, Iran and the E3
// in Istanbul under photo credits and promos, an explainer on Ethiopia's
// talks in Pretoria with capitalised headings and credit lines, a wire
// story dated 'Feb 18' with no year, in 'Saudi Arabia's capital', a
// Xi–Biden video call with family names written first, a year-end
// timeline of dated entries, the Kremlin and Berlin rounds retold by a wire
// service and a newspaper, an appointment to the negotiating team
// (Hnatov spelt Gnatov), the Abu Dhabi round told by another outlet; Geneva,
// Abu Dhabi, Berlin and Miami rounds, a Paris summit, a live blog, an
// analysis of many rounds, a Thailand–Cambodia ceasefire in Putrajaya with
// an agency's contributor line, the Israel–Lebanon ceasefire committee in
// Naqoura under a photo credit, Congo and the M23 in Doha in a wire
// story, Japan's and South Korea's tariff talks with a family name written
// first, a Hamas delegation in Cairo told by a broadcaster's correspondent,
// a prisoner swap on a broadcaster's web page, Iran and the IAEA in Cairo
// dated in digits, the Washington Accords at the White House, Sudan's RSF
// and the Quad, the US–China round in Kuala Lumpur with "Xi Jinping" untitled,
// Zelenskyy at Mar-a-Lago, an opinion piece of supposed summits, a wire
// exclusive with "U.S. Army Secretary", a Ukrainian agency's report from
// Miami, a list of key events, an explainer with questions for headings,
// the third Istanbul round, the Hallandale Beach talks at a golf club, a
// video call of European leaders, a news agency's "BEIJING, Dec. 4 (Xinhua) --",
// UN-hosted Cyprus talks, Israel–Syria talks on a page with a French cookie
// banner, a PTI story of a military hotline, the Nile-dam talks under a
// dated headline, a NATO-summit page with German furniture, Colombia–ELN
// talks in a wire story, the Berlin round announced in a Kyiv newspaper's
// style, the Kremlin meeting told in a Russian-language outlet's English
// edition, Zelensky in Paris told by a French paper, an analysis that
// looks back to Minsk and Istanbul 2022, a live page of timestamped posts,
// a New York Times-style story with middle initials, "Mr." and a photo
// credit, the EU–US trade deal at a Scottish golf resort under a dateline
// town the gazetteer does not know, an Israeli team heading to Cairo, a page
// of promos, an embedded post and an author's note; a fourth Muscat round
// of "indirect nuclear talks", a second Istanbul round dated through
// "but", a trilateral Abu Dhabi round with a delegation listed between
// dashes, Witkoff's sixth Putin meeting with an earlier one in St
// Petersburg, Riyadh talks "sat across from", Congo and the M23 with a
// negotiator found by "led by")
// in other outlets' shapes
// (headers, front matter, datelines, Published and Updated lines) — and
// checks the people, meetings and leaders found, so rules that only help
// the sample corpus show up here.
func TestOtherNegotiations(t *testing.T) {
	g := buildArticles(t)
	var people []string
	meetings := map[string][]string{} // label -> dates (two Doha rounds share a label)
	for _, n := range g.Nodes {
		switch n.Type {
		case "person":
			people = append(people, n.Label)
		case "meeting":
			d, _ := n.Attrs["date"].(string)
			meetings[n.Label] = append(meetings[n.Label], d)
		}
	}
	sort.Strings(people)
	want := []string{"Abbas Araghchi", "Ali Khamenei", "Andriy Hnatov", "Musaed al-Aiban", "Recep Tayyip Erdogan", "Tina Salama", "Andriy Yermak", "Jared Kushner", "Badr Albusaidi", "Brett McGurk", "Dan Driscoll",
		"David Barnea", "Dmitry Peskov", "Donald Trump", "Emmanuel Macron", "Friedrich Merz", "Hakan Fidan", "Hassan Rashad",
		"He Lifeng", "Igor Kostyukov", "JD Vance", "Jamieson Greer", "Jeff Tolbert", "Keir Starmer", "Kirill Dmitriev",
		"Kyrylo Budanov", "Li Chenggang", "Marco Rubio", "Mark Rutte", "Micheál Martin", "Mohammed bin Abdulrahman Al Thani", "Ronen Bar",
		"Rustem Umerov", "Scott Bessent", "Steve Witkoff", "Ursula von der Leyen", "Vladimir Medinsky", "Vladimir Putin",
		"Volodymyr Zelensky", "Yury Ushakov", "Ararat Mirzoyan", "Ibrahim Kalin", "Ilham Aliyev", "Jeyhun Bayramov",
		"Khalil al-Hayya", "Maria Zakharova", "Nikol Pashinyan", "Ron Dermer",
		"Faisal bin Farhan", "Mohamed Hamdan Dagalo", "Molly Phee", "Omar Hamdan", "Omar Zein al-Abdeen",
		"Albin Kurti", "Aleksandar Vučić", "Besnik Bislimi", "Josep Borrell", "Miroslav Lajčák", "Petar Petkovic",
		"Antony Blinken", "Dag Nylander", "Gerardo Blyde", "Jorge Rodríguez", "Nicolás Maduro",
		"Kazem Gharibabadi", "Majid Takht-Ravanchi",
		"Getachew Reda", "Mike Hammer", "Olusegun Obasanjo", "Phumzile Mlambo-Ngcuka", "Redwan Hussien",
		"Tsadkan Gebretensae", "Uhuru Kenyatta",
		"Mike Waltz", "Mohammed bin Salman", "Sergei Lavrov",
		"Jake Sullivan", "Joe Biden", "Katherine Tai", "Liu He", "Wang Yi", "Xi Jinping", "Yang Jiechi",
		"Serhii Kyslytsia", "Oleh Ivashchenko",
		"Anwar Ibrahim", "Hun Manet", "Phumtham Wechayachai",
		"Benjamin Netanyahu", "Joseph Aoun", "Morgan Ortagus", "Simon Karam", "Uri Resnick",
		"Benjamin Mbonimpa", "Massad Boulos", "Mohammed Al-Khulaifi", "Sumbu Sita Mambu",
		"Howard Lutnick", "Kim Jong Un", "Ryosei Akazawa", "Yeo Han-koo",
		"Dmytro Lubinets", "Tatyana Moskalkova",
		"Badr Abdelatty", "Rafael Grossi", "Felix Tshisekedi", "Paul Kagame", "Abdel Fattah al-Burhan", "Chris Donahue",
		"António Guterres", "David Lammy", "Ersin Tatar", "Giorgos Gerapetritis", "Nikos Christodoulides",
		"Ahmed al-Sharaa", "Asaad al-Shaibani", "Tom Barrack",
		"Ishaq Dar", "Kashif Abdullah", "Narendra Modi", "Rajiv Ghai", "Shehbaz Sharif", "Vikram Misri",
		"Abdel Fattah al-Sisi", "Abiy Ahmed", "Habtamu Itefa", "Hani Sewilam",
		"Andrii Sybiha", "Dick Schoof", "Pedro Sánchez",
		"Gustavo Petro", "Pablo Beltrán", "Vera Grabe",
		"Stefan Kornelius", "David Arakhamia",
		"François Bayrou", "Maroš Šefčovič"}
	sort.Strings(want)
	if strings.Join(people, "|") != strings.Join(want, "|") {
		t.Errorf("people:\n got %q\nwant %q", people, want)
	}
	for label, date := range map[string]string{
		"Egypt–Hamas–Israel–Qatar talks in Doha":                     "2025-01-11",
		"Hamas–Israel talks in Sharm el-Sheikh":                      "2025-10-08",
		"Armenia–Azerbaijan talks at the White House":                "2025-08-08",
		"Venezuela talks in Barbados":                                "2023-10-17",
		"Armenia–Azerbaijan talks in Abu Dhabi":                      "",
		"Rapid Support Forces–Sudanese Armed Forces talks in Jeddah": "2023-10-29",
		"Kosovo–Serbia talks in Brussels":                            "2023-02-27",
		"Kosovo–Serbia talks in Ohrid":                               "2023-03-18",
		"China–US talks in Geneva":                                   "2025-05-10",
		"US–Ukraine talks in Geneva":                                 "2025-11-23",
		"Russia–US talks in Abu Dhabi":                               "2025-11-24",
		"Iran–US talks in Oman":                                      "2025-04-12",
		"Russia–Ukraine talks in Istanbul":                           "2025-05-16",
		"US–Ukraine talks in Berlin":                                 "2025-12-14",
		// the Miami consultations of 19–20 December, told by two outlets
		"US–Ukraine talks in Miami": "2025-12-19",
		"Russia–US talks in Miami":  "2025-12-20",
		// the Kremlin meeting (a live page's "in Moscow" names it now)
		"Russia–US talks in Moscow":            "2025-12-02",
		"Cambodia–Thailand talks in Putrajaya": "2025-07-28",
		"Talks in Cambodia":                    "2025-08-04",
		// "in what officials in Beirut described as ...": not the place;
		// "The meeting took place ... in Naqoura": the place of that day's meeting
		"Israel–Lebanon talks in Naqoura": "2025-12-03",
		// "Congo" is DR Congo in the news; the M23 is a side, Rwanda, which
		// backs it, is not
		"DR Congo–M23–Qatar–US talks in Doha": "2025-11-15",
		"DR Congo–Rwanda talks in Washington": "",
		// held on Monday; "expected to meet ... later this week" is another
		// "US Commerce Secretary Howard Lutnick" in another article makes the US a side
		"Japan–US talks in Washington": "2025-07-21",
		"South Korea talks":            "2025-07-23",
		"Egypt–Hamas talks in Cairo":   "2025-11-08",
		// "talks with his Russian counterpart, Tatyana Moskalkova, in Abu
		// Dhabi earlier this month": both sides
		"Russia–Ukraine talks in Abu Dhabi": "2025-08-01",
		// dated "14.09.2025" and "09/14/2025": Tuesday is 9 September
		"International Atomic Energy Agency–Iran talks in Cairo": "2025-09-09",
		"DR Congo–Rwanda talks at the White House":               "2025-12-04",
		// "Burhan met Massad Boulos ... in Cairo last month": al-Burhan, undated
		"US talks in Cairo": "",
		// the fifth round of the US–China trade talks
		"China–US talks in Kuala Lumpur": "2025-10-25",
		// "at his Mar-a-Lago resort"; "was accompanied by A and B": they came
		"US–Ukraine talks in Mar-a-Lago": "2025-12-28",
		// "after meetings in Geneva, London, Stockholm and Madrid": one each
		"Talks in London":    "",
		"Talks in Stockholm": "",
		// "European leaders would meet in Brussels on Thursday": Europe's
		// own meeting, not the US–Ukraine talks of the next day
		"Talks in Brussels": "2025-12-18",
		// "in Hallandale Beach, Florida, on Sunday"
		"US–Ukraine talks in Hallandale Beach": "2025-11-30",
		// "BEIJING, Dec. 4 (Xinhua) --": the year from the corpus
		"China–Russia talks in Beijing": "2025-12-04",

		"Talks in Madrid": "",
		// "Greek Cypriot leader", "Turkish Cypriot leader": Cyprus, not
		// Greece and Turkey
		"Cyprus talks": "2025-03-17",
		// "New Delhi, May 12 (PTI) The Directors General of Military
		// Operations of India and Pakistan held talks over the hotline"
		"India–Pakistan call":         "2025-05-12",
		"Israel–Syria talks in Paris": "2025-08-19",
		// "Egypt, Ethiopia and Sudan resumed tripartite negotiations ... on
		// Saturday", under a headline dated Sunday, 24 September 2023
		"Egypt–Ethiopia–Sudan talks in Addis Ababa": "2023-09-23",
		"US–Ukraine talks in The Hague":             "2025-06-25",
		// "HAVANA, Feb 6 (Wire) - ... ended a sixth cycle ... on Tuesday"
		"Colombia–National Liberation Army talks in Havana": "2025-02-04",
		// "TURNBERRY, Scotland (Wire) — ... agreed on Sunday to a
		// framework trade deal that ..., after an hour-long meeting ... at
		// his Turnberry golf resort"; not joined by a Putrajaya frame that
		// shares only the US
		"European Union–US talks in Turnberry": "2025-07-27",
	} {
		if got := meetings[label]; !slices.Contains(got, date) {
			t.Errorf("meeting %q: dates %q, want %q; meetings: %v", label, got, date, meetings)
		}
	}
	// the Miami talks of 4–6 December too (called Florida, Miami, "possibly
	// in Miami")
	if got := meetings["US–Ukraine talks in Miami"]; !slices.Contains(got, "2025-12-04") {
		t.Errorf("no US–Ukraine talks in Miami on 2025-12-04: %q", got)
	}
	// a later Doha round, on a page full of furniture: its own meeting
	if got := meetings["Egypt–Hamas–Israel–Qatar talks in Doha"]; !slices.Contains(got, "2025-01-14") || len(got) != 2 {
		t.Errorf("Doha rounds: %q, want 2025-01-11 and 2025-01-14", got)
	}
	leads, attended, affiliated := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, e := range g.Edges {
		switch e.Type {
		case "leads":
			leads[e.Source+" "+e.Target] = true
		case "attended":
			attended[e.Source+" "+e.Target] = true
		case "affiliated_with":
			affiliated[e.Source+" "+e.Target] = true
		}
	}
	// "Representatives of the United States and China also attended the meeting"
	for _, a := range []string{"country:united-states meeting:2025-07-28-putrajaya", "country:china meeting:2025-07-28-putrajaya",
		"organization:m23 meeting:2025-11-15-doha", "person:mark-rutte meeting:2025-12-07-talks", "person:rustem-umerov meeting:2025-12-28-mar-a-lago", "person:andriy-hnatov meeting:2025-12-28-mar-a-lago",
		// "The US side included Secretary of State Marco Rubio, ...": the side at the article's meeting
		"delegation:united-states meeting:2025-12-28-mar-a-lago", "person:marco-rubio meeting:2025-12-28-mar-a-lago"} {
		if !attended[a] {
			t.Errorf("missing attended edge %s", a)
		}
	}
	// "Japan's chief tariff negotiator, NAME," after a dateline
	for _, a := range []string{"person:ryosei-akazawa country:japan", "person:yeo-han-koo country:south-korea"} {
		if !affiliated[a] {
			t.Errorf("missing affiliated_with edge %s", a)
		}
	}
	// "..., Hassan Rashad, a Hamas official told Al Jazeera": the official is the source
	if affiliated["person:hassan-rashad organization:hamas"] {
		t.Errorf("Hassan Rashad is affiliated with Hamas")
	}
	// an opinion piece: "If the two men were to meet in Istanbul", "should
	// meet", "could host such a summit" are no meetings
	for _, n := range g.Nodes {
		if n.Type == "meeting" && strings.Join(n.Sources, ",") == "opinion-summit" {
			for a := range attended {
				if strings.HasSuffix(a, " "+n.ID) && strings.HasPrefix(a, "person:") {
					t.Errorf("a supposed meeting has an attendee: %s", a)
				}
			}
		}
	}
	// an explainer: "negotiators would meet again in Florida after
	// Christmas" is to come ("Witkoff and Kushner lead the talks" is no
	// meeting that could make it held)
	for _, n := range g.Nodes {
		if n.Type == "meeting" && strings.Join(n.Sources, ",") == "explainer-20-point" && n.Attrs["status"] != "scheduled" {
			t.Errorf("%s: status %v, want scheduled", n.Label, n.Attrs["status"])
		}
	}
	// the third Istanbul round: "Russian-Ukrainian talks" are the two
	// countries'; "proposed a meeting between Presidents Zelensky and Putin"
	// is none
	if !slices.Contains(meetings["Russia–Ukraine talks in Istanbul"], "2025-07-23") {
		t.Errorf("no Russia–Ukraine talks in Istanbul on 2025-07-23: %v", meetings["Russia–Ukraine talks in Istanbul"])
	}
	if attended["person:vladimir-putin meeting:2025-07-23-istanbul"] {
		t.Errorf("Putin attends a proposed meeting")
	}
	if attended["country:rwanda meeting:2025-11-15-doha"] {
		t.Errorf("Rwanda, which backs the M23, is a side of the Doha talks")
	}
	for _, l := range []string{"person:david-barnea delegation:israel", "person:marco-rubio delegation:united-states",
		"person:andriy-yermak delegation:ukraine", "person:vladimir-medinsky delegation:russia", "person:igor-kostyukov delegation:russia",
		"person:ron-dermer delegation:israel", "person:khalil-al-hayya delegation:org:hamas",
		"person:omar-hamdan delegation:org:rapid-support-forces", "person:redwan-hussien delegation:ethiopia",
		"person:getachew-reda delegation:org:tigray-people-s-liberation-front"} {
		if !leads[l] {
			t.Errorf("missing leads edge %s", l)
		}
	}
}

// TestMeetingsMergeAcrossArticles: the analysis retells rounds that other
// test articles report; each round is one meeting with both sources, and
// each plan one document.
func TestMeetingsMergeAcrossArticles(t *testing.T) {
	g := buildArticles(t)
	sources := map[string]string{}
	for _, n := range g.Nodes {
		if n.Type == "meeting" || n.Type == "document" {
			if _, seen := sources[n.Label]; !seen { // two rounds may share a label: the first
				sources[n.Label] = strings.Join(n.Sources, ",")
			}
		}
	}
	for label, want := range map[string]string{
		// berlin-guardian: "Yermak, who had led the Ukrainian team in Geneva"
		"US–Ukraine talks in Geneva":   "analysis-history,analysis-rounds,berlin-guardian,geneva-plan,timeline-2025",
		"Russia–US talks in Abu Dhabi": "abu-dhabi,abu-dhabi-driscoll,analysis-rounds,witkoff-sixth-meeting",
		"US–Ukraine talks in Berlin":   "analysis-rounds,berlin-envoys,berlin-guardian,key-events,kyiv-independent-style,ukrinform-style",
		"Russia–US talks in Miami":     "analysis-rounds,key-events,miami-dmitriev",
		// announced for "North Macedonia next month", held in Ohrid
		"Kosovo–Serbia talks in Ohrid": "balkans-brussels,balkans-ohrid",
		// one plan across the Ukraine articles; the Gaza plan of the same
		// number is another document
		"20-point plan":          "berlin-envoys,berlin-guardian,explainer-20-point,kyiv-independent-style,mar-a-lago,miami-dmitriev,opinion-summit",
		"20-point plan (Israel)": "gaza-sharm",
		"28-point plan":          "abu-dhabi,abu-dhabi-driscoll,analysis-history,analysis-rounds,berlin-guardian,explainer-20-point,geneva-plan,kremlin-wire,lemonde-style,timeline-2025",
		// wire stories dated only "December 3": the Kremlin meeting of the
		// live blog (one calls it "the five-hour conversation ... on
		// Tuesday" after a quotation in the future tense), and the
		// analysis's "On December 2, Witkoff and Kushner spent five hours
		// with Putin in the Kremlin"; and the Florida report's "Witkoff is
		// expected to travel to Moscow next week to present the revised
		// plan to President Vladimir Putin"
		"Russia–US talks in Moscow": "analysis-rounds,hallandale-beach,kremlin-tass,kremlin-wire,live-moscow,live-page,meduza-style,nyt-style,witkoff-sixth-meeting",
		// texts named by a place and by a number
		"Washington Accords": "accords-white-house",
		"Doha Framework":     "accords-white-house",
		"Resolution 2773":    "accords-white-house",
		// undated in its article; the year-end timeline dates it; "The
		// first round, on May 16" of the second round's article is it
		"Russia–Ukraine talks in Istanbul": "istanbul-prisoners,istanbul-second-round-swap,timeline-2025",
	} {
		if sources[label] != want {
			t.Errorf("%s: sources %q, want %q", label, sources[label], want)
		}
	}
}

// buildArticles builds testdata/articles and reads the graph.
func buildArticles(t *testing.T) graphJSON {
	t.Helper()
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "--in", "../../testdata/articles", "--out", out, "--quiet", "--formats", "json"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	return readGraph(t, out)
}
