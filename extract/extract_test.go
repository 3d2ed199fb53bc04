package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"kg/dates"
	"kg/graph"
	"kg/internal/sample"
	"kg/model"
	"kg/read"
)

func facts(t *testing.T, text string) model.Facts {
	t.Helper()
	g := sample.Gazetteer(t)
	doc, err := read.Parse("test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return Document(doc, g)
}

// published extracts the facts of text, in an article dated day.
func published(t *testing.T, day, text string) model.Facts {
	t.Helper()
	return facts(t, "Talks\n\nPublished: "+day+"\n\n"+text)
}

// describe renders facts as sorted lines: "person Marco Rubio",
// "Marco Rubio -affiliated_with-> United States (secretary of state)".
func describe(f model.Facts) []string {
	name := map[string]string{}
	var out []string
	for _, e := range f.Entities {
		name[e.ID] = e.Name
		if !e.Weak {
			out = append(out, string(e.Kind)+" "+e.Name)
		}
	}
	for _, r := range f.Relations {
		s := fmt.Sprintf("%s -%s-> %s", name[r.From], r.Type, name[r.To])
		if r.Attrs.Get("role") != "" {
			s += " (" + r.Attrs.Get("role") + ")"
		}
		if r.Attrs.Get("relation") != "" {
			s += " (" + r.Attrs.Get("relation") + ")"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func TestRuleFamilies(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		want     []string
		wantNone []string
	}{
		{
			name: "title before name",
			text: "US Secretary of State Marco Rubio said there had been progress.",
			want: []string{"person Marco Rubio", "Marco Rubio -affiliated_with-> United States (secretary of state)"},
		},
		{
			name: "apposition after name",
			text: "Yury Ushakov, a foreign policy aide to Vladimir Putin, told reporters the talks would go on.",
			want: []string{"person Yury Ushakov", "Yury Ushakov -related_to-> Vladimir Putin (foreign policy aide)"},
		},
		{
			name: "delegation led by",
			text: "The Israeli delegation was led by Mossad director David Barnea.",
			want: []string{"delegation Israeli delegation", "David Barnea -leads-> Israeli delegation", "Israeli delegation -represents-> Israel"},
		},
		{
			name:     "a title serving a principal with a complement of its own",
			text:     "Special Envoy of the President of the United States Steve Witkoff met Rustem Umerov. The head of the Office of the President of Ukraine Kyrylo Budanov also took part.",
			want:     []string{"Steve Witkoff -affiliated_with-> United States (special envoy)", "Kyrylo Budanov -affiliated_with-> Ukraine (head)"},
			wantNone: []string{"Steve Witkoff -affiliated_with-> United States (president)", "Kyrylo Budanov -affiliated_with-> Ukraine (president)"},
		},
		{
			name: "who is also",
			text: "US Secretary of State Marco Rubio, who is also the national security adviser of the United States, stayed in Washington.",
			want: []string{"Marco Rubio -affiliated_with-> United States (national security adviser)"},
		},
		{
			name:     "ambassador to a country",
			text:     "Chinese Ambassador to Russia Zhang Hanhui also attended the meeting.",
			want:     []string{"Zhang Hanhui -affiliated_with-> China (ambassador)"},
			wantNone: []string{"Zhang Hanhui -affiliated_with-> Russia (ambassador)"},
		},
		{
			name:     "a title's complement does not run into the name",
			text:     "The Special Envoy of the Russian President for Investment and Economic Cooperation with Foreign Countries Kirill Dmitriev met Steve Witkoff.",
			want:     []string{"person Kirill Dmitriev"},
			wantNone: []string{"person Foreign Countries Kirill Dmitriev"},
		},
		{
			name:     "a list of titled names is no apposition",
			text:     "The Ukrainian delegation included National Security and Defense Council Secretary Rustem Umerov, Chief of the General Staff Andrii Hnatov, and First Deputy Foreign Minister Serhii Kyslytsia.",
			want:     []string{"Rustem Umerov -member_of-> Ukrainian delegation", "Andrii Hnatov -member_of-> Ukrainian delegation"},
			wantNone: []string{"Rustem Umerov -related_to-> Andrii Hnatov (chief)", "Rustem Umerov -affiliated_with-> General Staff (chief)"},
		},
		{
			name:     "a counterpart has the title of the person whose counterpart they are",
			text:     "Foreign Minister Ahmed Fathy met his Russian counterpart Sergei Lavrov in Moscow. Defence Minister Khawaja Asif and his Afghan counterpart Mullah Mohammad Yaqoob signed the deal.",
			want:     []string{"Sergei Lavrov -affiliated_with-> Russia (foreign minister)", "Mohammad Yaqoob -affiliated_with-> Afghanistan (defence minister)"},
			wantNone: []string{"Sergei Lavrov -affiliated_with-> Russia (counterpart)", "person Mullah Mohammad Yaqoob"},
		},
		{
			name:     "the framework named before replaces a plan; an agreement's subject ends before a clause",
			text:     "Ukraine and the United States finished a 20-point framework on Wednesday. The framework replaces the 28-point plan drafted in October. They are close to a bilateral agreement on security guarantees that would need ratification.",
			want:     []string{"20-point plan -revises-> 28-point plan", "document bilateral agreement on security guarantees"},
			wantNone: []string{"document bilateral agreement on security guarantees that would need"},
		},
		{
			name: "a delegation at a meeting, led by a titled name",
			text: "The Ukrainian delegation at the 16 May talks was led by the defence minister, Rustem Umerov.",
			want: []string{"Rustem Umerov -leads-> Ukrainian delegation"},
		},
		{
			name:     "Mr and Ms without a full stop are honorifics",
			text:     "US envoy Steve Witkoff arrived in Moscow. Mr Witkoff met Vladimir Putin. Ms Kaja Kallas said Europe must be involved.",
			want:     []string{"person Kaja Kallas", "person Steve Witkoff"},
			wantNone: []string{"person Mr Witkoff", "person Ms Kaja Kallas"},
		},
		{
			name:     "a single name after the is a group's",
			text:     "Pakistan carried out air strikes in Kabul, which the Zarvani said killed civilians. The Taliban said it would respond.",
			want:     []string{"organization Taliban"},
			wantNone: []string{"person Zarvani", "person Taliban"},
		},
		{
			name: "are also part of the team",
			text: "Ukraine's delegation, headed by Rustem Umerov, is heading to the United States. Chief of the General Staff Andriy Hnatov and First Deputy Foreign Minister Serhiy Kyslytsya are also part of the team.",
			want: []string{"Andriy Hnatov -member_of-> Ukrainian delegation", "Serhiy Kyslytsya -member_of-> Ukrainian delegation"},
		},
		{
			name: "topics in other words",
			text: "Issues related to the territory have not been resolved. Both sides called for steps toward de-escalation and a cessation of killings.",
			want: []string{"topic territory", "topic ceasefire"},
		},
		{
			name: "a prisoner exchange in other words",
			text: "The protocols include an exchange of prisoners.",
			want: []string{"topic prisoner exchange"},
		},
		{
			name:     "also represented by: a member",
			text:     "The Russian delegation was led by Yury Ushakov. According to Ushakov, the Russian side was also represented by Kirill Dmitriev, the head of the Russian Direct Investment Fund.",
			want:     []string{"Yury Ushakov -leads-> Russian delegation", "Kirill Dmitriev -member_of-> Russian delegation"},
			wantNone: []string{"Kirill Dmitriev -leads-> Russian delegation"},
		},
		{
			name: "title in the plural before names",
			text: "US envoys Steve Witkoff and Jared Kushner met Vladimir Putin in Moscow.",
			want: []string{"Steve Witkoff -affiliated_with-> United States (envoy)", "Jared Kushner -affiliated_with-> United States (envoy)"},
		},
		{
			name:     "countries before a plural title go to the names in order",
			text:     "Russian and Ukrainian Foreign Ministers Sergei Lavrov and Andrii Sybiha did not attend.",
			want:     []string{"Sergei Lavrov -affiliated_with-> Russia (foreign minister)", "Andrii Sybiha -affiliated_with-> Ukraine (foreign minister)"},
			wantNone: []string{"Sergei Lavrov -affiliated_with-> Ukraine (foreign minister)", "Andrii Sybiha -affiliated_with-> Russia (foreign minister)"},
		},
		{
			name: "countries after a plural title go to the names in order",
			text: "The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, signed the text.",
			want: []string{"Ararat Mirzoyan -affiliated_with-> Armenia (foreign minister)", "Jeyhun Bayramov -affiliated_with-> Azerbaijan (foreign minister)"},
		},
		{
			name: "the two countries' ministers",
			text: "Armenia and Azerbaijan initialled a peace text on Friday. The two countries' foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov, signed it.",
			want: []string{"Ararat Mirzoyan -affiliated_with-> Armenia (foreign minister)", "Jeyhun Bayramov -affiliated_with-> Azerbaijan (foreign minister)"},
		},
		{
			name:     "a delegation before names",
			text:     "Ukrainian negotiators Rustem Umerov and Andriy Hnatov flew to Miami. The Russian side was led by officials, Kirill Dmitriev said.",
			want:     []string{"Rustem Umerov -member_of-> Ukrainian delegation", "Andriy Hnatov -member_of-> Ukrainian delegation"},
			wantNone: []string{"Kirill Dmitriev -leads-> Russian delegation"},
		},
		{
			name: "government and rebel delegations",
			text: "The Colombian government and the ELN rebels resumed talks in Havana. The government delegation was led by Vera Grabe, while ELN commander Pablo Beltrán headed the rebel team.",
			want: []string{"Vera Grabe -leads-> Colombian delegation", "Colombian delegation -represents-> Colombia",
				"Pablo Beltrán -leads-> ELN delegation (head)"},
		},
		{
			name: "army and paramilitary delegations",
			text: "Sudan's army and the paramilitary Rapid Support Forces sent delegations to Washington. The army delegation was headed by Lt. Gen. Shams al-Din Kabbashi, while Abdelrahim Dagalo led the paramilitary's team.",
			want: []string{"Shams al-Din Kabbashi -leads-> Sudanese delegation", "Abdelrahim Dagalo -leads-> Rapid Support Forces delegation (head)"},
		},
		{
			name:     "no government named, no delegation",
			text:     "The Ukrainian delegation arrived on Sunday. The government delegation was led by Vera Grabe. Colombia and Venezuela each sent observers; the rebel team did not comment.",
			wantNone: []string{"Vera Grabe -leads-> Colombian delegation", "Vera Grabe -leads-> Venezuelan delegation", "delegation Colombian delegation", "Vera Grabe -leads-> Ukrainian delegation"},
		},
		{
			name: "head of delegation in apposition",
			text: "The head of the Armenian delegation, Ararat Mirzoyan, met his counterpart in Washington.",
			want: []string{"Ararat Mirzoyan -leads-> Armenian delegation (head)"},
		},
		{
			name: "who led the delegation",
			text: "Foreign Minister Ayman Safadi, who led the Jordanian delegation at the summit, called for calm.",
			want: []string{"Ayman Safadi -leads-> Jordanian delegation (head)", "person Ayman Safadi", "Ayman Safadi -affiliated_with-> Jordan (head)"},
		},
		{
			name:     "his country's delegation",
			text:     "Azerbaijani Foreign Minister Jeyhun Bayramov led his country's delegation. Armenian envoy Ruben Rubinyan met Turkish envoy Serdar Kilic, who said his country's delegation would return.",
			want:     []string{"Jeyhun Bayramov -leads-> Azerbaijani delegation (head)"},
			wantNone: []string{"delegation Armenian delegation", "delegation Turkish delegation"},
		},
		{
			name:     "led the delegation, verb left out",
			text:     "Vladimir Medinsky led the Russian delegation and Rustem Umerov the Ukrainian one. Aide Ivan Petrov and Olga Sidorova the Ukrainian one.",
			want:     []string{"Rustem Umerov -leads-> Ukrainian delegation (head)", "Vladimir Medinsky -leads-> Russian delegation (head)"},
			wantNone: []string{"Olga Sidorova -leads-> Ukrainian delegation (head)"},
		},
		{
			name:     "a country sends a team",
			text:     "Egypt sent a team headed by Foreign Minister Badr Abdelatty. Qatar will send a high-level delegation. Russia sent a team of inspectors. Iran's envoy sent a delegation.",
			want:     []string{"Badr Abdelatty -leads-> Egyptian delegation", "delegation Qatari delegation"},
			wantNone: []string{"delegation Russian delegation", "delegation Iranian delegation"},
		},
		{
			name:     "a name after led by",
			text:     "The Congolese delegation was led by Sumbu Sita Mambu. The meeting was hosted by Foreign Affairs Council staff.",
			want:     []string{"person Sumbu Sita Mambu", "Sumbu Sita Mambu -leads-> Congolese delegation"},
			wantNone: []string{"person Foreign Affairs Council"},
		},
		{
			name:     "a person and an institution",
			text:     "U.S. President Donald Trump and European Commission President Ursula von der Leyen agreed on Sunday to a trade deal.",
			want:     []string{"person Donald Trump", "person Ursula von der Leyen", "organization European Commission"},
			wantNone: []string{"organization U.S. President Donald Trump and European Commission"},
		},
		{
			name: "members between dashes, a military delegation",
			text: "The Ukrainian delegation — Rustem Umerov, Kyrylo Budanov and David Arakhamia — met the Russian military delegation headed by Igor Kostyukov.",
			want: []string{"Rustem Umerov -member_of-> Ukrainian delegation", "Kyrylo Budanov -member_of-> Ukrainian delegation",
				"David Arakhamia -member_of-> Ukrainian delegation", "Igor Kostyukov -leads-> Russian delegation"},
		},
		{
			name: "delegation included",
			text: "Blinken said the American delegation included Jake Sullivan and William Burns.",
			want: []string{"Jake Sullivan -member_of-> US delegation", "William Burns -member_of-> US delegation"},
		},
		{
			name:     "family name written first, three words",
			text:     "North Korean leader Kim Jong Un rejected the offer. Kim said in a statement that talks were pointless.",
			want:     []string{"person Kim Jong Un"},
			wantNone: []string{"person Kim"},
		},
		{
			name: "apposition after a dateline",
			text: "WASHINGTON — Japan's chief tariff negotiator, Ryosei Akazawa, held talks with officials on Monday.",
			want: []string{"Ryosei Akazawa -affiliated_with-> Japan (tariff negotiator)"},
		},
		{
			name:     "an outlet's journalist is no actor",
			text:     "Reporting from Amman, Al Jazeera's Nour Odeh said the talks would focus on security.",
			wantNone: []string{"person Nour Odeh"},
		},
		{
			name:     "a source after a name is not its apposition",
			text:     "The delegation will meet Egyptian intelligence chief Hassan Rashad, a Hamas official told reporters.",
			want:     []string{"Hassan Rashad -affiliated_with-> Egypt (intelligence chief)"},
			wantNone: []string{"Hassan Rashad -affiliated_with-> Hamas (official)"},
		},
		{
			name:     "a name a person is known as, and al- dropped on second reference",
			text:     "RSF leader Mohamed Hamdan Dagalo, known as Hemedti, rejected the plan. Army chief Abdel Fattah al-Burhan also refused. Hemedti said the war would go on, and Burhan said the same.",
			want:     []string{"person Mohamed Hamdan Dagalo", "person Abdel Fattah al-Burhan"},
			wantNone: []string{"person Hemedti", "person Burhan"},
		},
		{
			name: "a short family name first, untitled",
			text: "The framework is one that Donald Trump and Xi Jinping are expected to approve on Thursday.",
			want: []string{"person Xi Jinping"},
		},
		{
			name:     "a dotted country before a titled office",
			text:     "U.S. Army Secretary Dan Driscoll delivered the message to Kyiv on Thursday.",
			want:     []string{"Dan Driscoll -affiliated_with-> United States (army secretary)"},
			wantNone: []string{"organization U.S. Army"},
		},
		{
			name: "a surname before ', who' is a person's",
			text: "Yermak, who led the Ukrainian delegation in Geneva, resigned on Friday.",
			want: []string{"Yermak -leads-> Ukrainian delegation (head)"},
		},
		{
			name:     "a relative clause after a title tells of something else",
			text:     "Ukraine's delegation was led by Rustem Umerov, the former defence minister who now heads the National Security and Defence Council.",
			wantNone: []string{"Rustem Umerov -affiliated_with-> National Security and Defence Council (defence minister)"},
		},
		{
			name:     "an organisation's name does not run across a person and 'and'",
			text:     "Leaders joined the call, along with NATO Secretary General Mark Rutte and European Commission President Ursula von der Leyen.",
			want:     []string{"organization European Commission", "person Mark Rutte"},
			wantNone: []string{"organization NATO Secretary General Mark Rutte and European Commission"},
		},
		{
			name:     "after 'the', a name is a thing's",
			text:     "The meeting at the Shell Bay golf club lasted about four hours.",
			wantNone: []string{"person Shell Bay"},
		},
		{
			name: "a title in the plural before names",
			text: "Umerov wants the war ended by Presidents Volodymyr Zelensky and Vladimir Putin this year.",
			want: []string{"person Volodymyr Zelensky", "person Vladimir Putin"},
		},
		{
			name: "armed group written as a code",
			text: "The Rwanda-backed M23 rebel group seized Goma in January. M23 executive secretary Benjamin Mbonimpa said the group would stay.",
			want: []string{"organization M23", "Benjamin Mbonimpa -affiliated_with-> M23 (executive secretary)"},
		},
		{
			name:     "a code that is a country is not a group",
			text:     "The US group of envoys left Geneva on Monday.",
			wantNone: []string{"organization US"},
		},
		{
			name: "organisation delegation",
			text: "Hamas negotiators arrived in Cairo on Monday.",
			want: []string{"delegation Hamas delegation", "Hamas delegation -represents-> Hamas"},
		},
		{
			name: "a title of someone else before a title",
			text: "The talks will include Jared Kushner, son-in-law of US President Donald Trump, and others.",
			want: []string{"Donald Trump -affiliated_with-> United States (president)", "Jared Kushner -related_to-> Donald Trump (son-in-law)"},
		},
		{
			name: "kinship by possessive",
			text: "President Donald Trump's son-in-law Jared Kushner travelled to the region.",
			want: []string{"Jared Kushner -related_to-> Donald Trump (son-in-law)"},
		},
		{
			name:     "role reference resolved in the document",
			text:     "Kazakh President Kassym-Jomart Tokayev hosted the summit. The Kazakh president said the talks were useful.",
			want:     []string{"person Kassym-Jomart Tokayev"},
			wantNone: []string{"person Kazakh president"},
		},
		{
			name:     "surname tied to the full name",
			text:     "EU trade chief Maros Sefcovic flew to Washington. Sefcovic said the tariffs were unjustified.",
			want:     []string{"person Maros Sefcovic"},
			wantNone: []string{"person Sefcovic"},
		},
		{
			name: "a title in brackets after a name opening the sentence",
			text: "Rustem Umerov (NSDC secretary) met Steve Witkoff in Miami on Thursday.",
			want: []string{"person Rustem Umerov", "person Steve Witkoff"},
		},
		{
			name:     "leaders of two delegations, in the order named",
			text:     "US and Ukrainian delegations, led by Secretary of State Marco Rubio and Andriy Yermak, met in Geneva on Sunday.",
			want:     []string{"Marco Rubio -leads-> US delegation", "Andriy Yermak -leads-> Ukrainian delegation"},
			wantNone: []string{"Marco Rubio -leads-> Ukrainian delegation", "Andriy Yermak -leads-> US delegation"},
		},
		{
			name: "acronym of an organisation",
			text: "Secretary of the National Security and Defense Council Rustem Umerov spoke. According to the NSDC Secretary, talks went on.",
			want: []string{"Rustem Umerov -affiliated_with-> National Security and Defense Council (secretary)", "organization National Security and Defense Council"},
		},
		{
			name: "an acronym the article defines",
			text: "Envoys of the Sudanese Armed Forces (SAF) and the Popular Liberation Front (PLF) met in Jeddah. The PLF team is led by Brigadier Omar Hamdan. The SAF's spokesman, Nabil Abdallah, said talks went well.",
			want: []string{"Omar Hamdan -leads-> Popular Liberation Front delegation", "Popular Liberation Front delegation -represents-> Popular Liberation Front",
				"Nabil Abdallah -affiliated_with-> Sudanese Armed Forces (spokesman)", "person Omar Hamdan"},
			wantNone: []string{"organization PLF", "organization SAF"},
		},
		{
			name:     "a title before an honorific",
			text:     "Saudi Foreign Minister Prince Faisal bin Farhan met both delegations.",
			want:     []string{"Faisal bin Farhan -affiliated_with-> Saudi Arabia (foreign minister)"},
			wantNone: []string{"Faisal bin Farhan -affiliated_with-> Saudi Arabia (prince)"},
		},
		{
			name: "numbered plans and revisions",
			text: "The 12-point plan was rejected. The proposal now has 9 points after it was revised.",
			want: []string{"9-point plan -revises-> 12-point plan", "document 12-point plan", "document 9-point plan"},
		},
		{
			name: "a plan counted in articles",
			text: "Both leaders accepted the 11-article plan, the envoy said.",
			want: []string{"document 11-article plan"},
		},
		{
			name:     "texts with a title, and their acronyms",
			text:     "Iran wants to save the Joint Comprehensive Plan of Action (JCPOA). Both sides signed the Declaration of Principles. The JCPOA expires in October. NATO and the North Atlantic Treaty Organization differ.",
			want:     []string{"document Joint Comprehensive Plan of Action", "document Declaration of Principles"},
			wantNone: []string{"document JCPOA", "document North Atlantic Treaty"},
		},
		{
			name: "short country names",
			text: "Officials from Britain and Turkey met in Bosnia.",
			want: []string{"country United Kingdom", "country Türkiye", "country Bosnia and Herzegovina"},
		},
		{
			name:     "a country's capital is its capital city",
			text:     "Envoys met in Saudi Arabia's capital on Tuesday. Others gathered in the capital of Qatar, and in the Omani capital. Russia's capital markets fell.",
			want:     []string{"place Riyadh", "place Doha", "place Muscat"},
			wantNone: []string{"place Moscow"},
		},
		{
			name:     "a country represented by two people",
			text:     "Russia was represented by Foreign Minister Sergei Lavrov and Kremlin aide Yuri Ushakov.",
			want:     []string{"Sergei Lavrov -member_of-> Russian delegation", "Yuri Ushakov -member_of-> Russian delegation", "Russian delegation -represents-> Russia"},
			wantNone: []string{"Sergei Lavrov -leads-> Russian delegation"},
		},
		{
			name:     "a party represented by a team led by someone",
			text:     "Hamas is represented by a team led by its Gaza chief Khalil al-Hayya.",
			want:     []string{"Khalil al-Hayya -leads-> Hamas delegation", "Hamas delegation -represents-> Hamas", "Khalil al-Hayya -affiliated_with-> Hamas"},
			wantNone: []string{"Khalil al-Hayya -member_of-> Hamas delegation"},
		},
		{
			name:     "family names written first",
			text:     "Chinese President Xi Jinping spoke with US President Joe Biden. Mr. Xi warned of red lines. Mr. Biden raised Xinjiang, Tibet and Hong Kong, the White House said.",
			want:     []string{"person Xi Jinping", "person Joe Biden"},
			wantNone: []string{"person Xi", "person Tibet"},
		},
		{
			name: "a capital's delegation headed by a long title",
			text: "Earlier, Kiev's delegation headed by the Secretary of the National Security and Defense Council Rustem Umerov held consultations in Florida.",
			want: []string{"Rustem Umerov -leads-> Ukrainian delegation", "Ukrainian delegation -represents-> Ukraine"},
		},
		{
			name: "a chief negotiator leads his country's delegation",
			text: "The president was accompanied by his chief negotiator, Rustem Umerov, the secretary of Ukraine's security council.",
			want: []string{"Rustem Umerov -leads-> Ukrainian delegation (chief negotiator)"},
		},
		{
			name: "a title phrase with an acronym in brackets",
			text: "The talks were attended by the CEO of the Russian Direct Investment Fund (RDIF) Kirill Dmitriev.",
			want: []string{"Kirill Dmitriev -affiliated_with-> Russian Direct Investment Fund (ceo)"},
		},
		{
			name:     "people on a side",
			text:     "On the Chinese side, Vice Premier Liu He and foreign policy chief Yang Jiechi took part. On the whole, Wang Yi agreed.",
			want:     []string{"Liu He -member_of-> Chinese delegation", "Yang Jiechi -member_of-> Chinese delegation"},
			wantNone: []string{"Wang Yi -member_of-> Chinese delegation"},
		},
		{
			name: "joining a team, and a team which is headed by someone",
			text: "Kyrylo Budanov will also join Ukraine's negotiating team, which is headed by Secretary Rustem Umerov and includes General Andrii Gnatov.",
			want: []string{"Kyrylo Budanov -member_of-> Ukrainian delegation", "Rustem Umerov -leads-> Ukrainian delegation", "Andrii Gnatov -member_of-> Ukrainian delegation"},
		},
		{
			name:     "co-leaders, and a leader then members",
			text:     "The Tigray People's Liberation Front (TPLF) sent a team. The TPLF team is led by spokesman Getachew Reda and General Tsadkan Gebretensae. The Russian delegation was led by Vladimir Medinsky and included Igor Kostyukov.",
			want:     []string{"Getachew Reda -leads-> Tigray People's Liberation Front delegation", "Tsadkan Gebretensae -leads-> Tigray People's Liberation Front delegation", "Vladimir Medinsky -leads-> Russian delegation", "Igor Kostyukov -member_of-> Russian delegation"},
			wantNone: []string{"Igor Kostyukov -leads-> Russian delegation"},
		},
		{
			name:     "led by a title set off by a comma",
			text:     "The Russian side was represented by the head of military intelligence (GRU), Igor Kostyukov, media reported. The Ukrainian delegation was led by officials, Rustem Umerov said.",
			want:     []string{"Igor Kostyukov -leads-> Russian delegation"},
			wantNone: []string{"Rustem Umerov -leads-> Ukrainian delegation"},
		},
		{
			name: "agreement on a subject, authored by a country",
			text: "Negotiators discussed the bilateral agreement on critical minerals from the US and a 3-stage Qatari proposal.",
			want: []string{"Qatar -authored-> 3-stage plan", "document bilateral agreement on critical minerals from the US"},
		},
		{
			name: "texts known by a place",
			text: "Russia accused Kyiv of breaking the Minsk agreements and the Budapest Memorandum.",
			want: []string{"document Minsk agreements", "document Budapest Memorandum"},
		},
		{
			name: "numbered plans whatever the outlet calls them",
			text: "Ukraine sent a new 20-point draft to Washington, replacing the 28-point text; a 12-point peace formula came first.",
			want: []string{"document 20-point plan", "document 28-point plan", "document 12-point plan"},
		},
		{
			name: "texts named by a place or a number",
			text: "The accords build on the Doha Framework and on UN Security Council Resolution 2773, adopted in February.",
			want: []string{"document Doha Framework", "document Resolution 2773"},
		},
		{
			name:     "news outlets and parties are not people",
			text:     "Al Jazeera reported that the Christian Democrats backed the plan, TASS said.",
			wantNone: []string{"person Al Jazeera", "person Christian Democrats", "person TASS"},
		},
		{
			name:     "page furniture is not an actor",
			text:     "Talks resumed in Doha.\nBy staying online, you consent to the use of cookies files.\nHappening now...\nKarmën nuk e ndalon dot Sali Berisha!",
			wantNone: []string{"person Sali Berisha", "person Karmën"},
		},
		{
			name: "initials and particles in names",
			text: "Vice President JD Vance met European Commission President Ursula von der Leyen and Prime Minister Mohammed bin Abdulrahman Al Thani.",
			want: []string{"person JD Vance", "person Ursula von der Leyen", "person Mohammed bin Abdulrahman Al Thani"},
		},
		{
			name: "attended by a list",
			text: "Macron hosted the meeting in Paris on Tuesday, which was attended by Keir Starmer, Friedrich Merz and Volodymyr Zelenskyy.\npublished: x",
			want: []string{"person Keir Starmer", "person Friedrich Merz"},
		},
		{
			name: "travel to a meeting",
			text: "title: t\npublished: 2025-12-05\n\nSteve Witkoff flew to Moscow on Tuesday to meet Vladimir Putin.",
			want: []string{"person Steve Witkoff", "place Moscow"},
		},
		{
			name: "a ministry and its country",
			text: "Russia's Foreign Ministry and the Ukrainian Foreign Ministry traded accusations.",
			want: []string{"organization Foreign Ministry", "organization Ukrainian Foreign Ministry"},
		},
		{
			name:     "a byline is not an actor",
			text:     "Talks resumed in Doha on Monday, officials said.\nBy Jane Doe",
			wantNone: []string{"person Jane Doe"},
		},
		{
			name:     "of two demonyms the last is the nation",
			text:     "Greek Cypriot leader Nikos Christodoulides met Turkish Cypriot leader Ersin Tatar.",
			want:     []string{"Nikos Christodoulides -affiliated_with-> Cyprus (leader)", "Ersin Tatar -affiliated_with-> Cyprus (leader)"},
			wantNone: []string{"Nikos Christodoulides -affiliated_with-> Greece (leader)", "Ersin Tatar -affiliated_with-> Türkiye (leader)"},
		},
		{
			name: "a name of a country",
			text: "Hakan Fidan of Turkey and David Lammy of the United Kingdom spoke on Monday.",
			want: []string{"Hakan Fidan -affiliated_with-> Türkiye", "David Lammy -affiliated_with-> United Kingdom"},
		},
		{
			name: "middle initials",
			text: "President Vladimir V. Putin of Russia met Steven C. Witkoff on Tuesday.",
			want: []string{"person Vladimir V. Putin", "person Steven C. Witkoff"},
		},
		{
			name:     "a headline in title case",
			text:     "Trump's Envoys Meet Putin as Kyiv Waits\n\nVladimir Putin met the envoys on Tuesday.",
			want:     []string{"person Vladimir Putin"},
			wantNone: []string{"person Meet Putin"},
		},
		{
			name: "two leaders, the second with a title and its institution",
			text: "Rustem Umerov and Chief of the General Staff Andrii Hnatov will lead the Ukrainian delegation in Berlin.",
			want: []string{"Rustem Umerov -leads-> Ukrainian delegation (head)", "Andrii Hnatov -leads-> Ukrainian delegation (head)",
				"Andrii Hnatov -affiliated_with-> General Staff (chief)"},
		},
		{
			name: "the delegation, the team: the one named before",
			text: "The Ukrainian delegation arrived in Berlin. Rustem Umerov will lead the delegation, and Kyrylo Budanov will be part of the team.",
			want: []string{"Rustem Umerov -leads-> Ukrainian delegation (head)", "Kyrylo Budanov -member_of-> Ukrainian delegation"},
		},
		{
			name: "a name after a title's institution holds the title",
			text: "Ukraine's negotiating team includes Chief of the General Staff Andrii Gnatov and Serhii Kyslytsia.",
			want: []string{"Andrii Gnatov -member_of-> Ukrainian delegation"},
		},
		{
			name:     "a square is no person",
			text:     "Steve Witkoff and Kirill Dmitriev walked along Red Square on Tuesday.",
			wantNone: []string{"person Red Square"},
		},
		{
			name:     "a site that opens with Base or Camp is no person",
			text:     "Donald Trump and Vladimir Putin met at Joint Base Elmendorf-Richardson on Friday. Earlier summits were held at Camp David.",
			want:     []string{"person Donald Trump"},
			wantNone: []string{"person Base Elmendorf-Richardson", "person Camp David"},
		},
		{
			name: "a name opening the sentence, listed with a person",
			text: "Rustem Umerov and Andriy Hnatov flew to Miami on Friday.",
			want: []string{"person Rustem Umerov", "person Andriy Hnatov"},
		},
		{
			name: "who is TITLE of",
			text: "Rustem Umerov, who is secretary of Ukraine's National Security and Defence Council, said the talks had been productive.",
			want: []string{"Rustem Umerov -affiliated_with-> National Security and Defence Council (secretary)"},
		},
		{
			name:     "a text's name opening the sentence",
			text:     "The Istanbul Communiqué of 2022 was never signed. The Hague Declaration was.",
			want:     []string{"document Istanbul Communiqué", "document The Hague Declaration"},
			wantNone: []string{"document The Istanbul Communiqué"},
		},
		{
			name: "an age and a former title after the name",
			text: "Rustem Umerov, 43, a former defence minister, led Kyiv's team at the talks in Geneva on Sunday.",
			want: []string{"person Rustem Umerov", "Rustem Umerov -leads-> Ukrainian delegation (head)"},
		},
		{
			name:     "a minister's portfolio before the name",
			text:     "Egypt's Minister of Water Resources and Irrigation Hani Sewilam met reporters on Monday.",
			want:     []string{"person Hani Sewilam", "Hani Sewilam -affiliated_with-> Egypt (minister of water resources and irrigation)"},
			wantNone: []string{"person Irrigation Hani Sewilam"},
		},
		{
			name:     "military ranks written without points",
			text:     "Lt Gen Rajiv Ghai spoke with Maj Gen Kashif Abdullah on Monday.",
			want:     []string{"person Rajiv Ghai", "person Kashif Abdullah"},
			wantNone: []string{"person Maj Gen Kashif Abdullah"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(facts(t, tt.text))
			joined := "\n" + strings.Join(got, "\n") + "\n"
			for _, w := range tt.want {
				if !strings.Contains(joined, "\n"+w+"\n") {
					t.Errorf("missing %q in:%s", w, joined)
				}
			}
			for _, w := range tt.wantNone {
				if strings.Contains(joined, "\n"+w+"\n") {
					t.Errorf("unexpected %q in:%s", w, joined)
				}
			}
		})
	}
}

// TestMeetingWords checks which sentences make a meeting and where: verbs
// that make one only with a place or an object, and their look-alikes.
func TestMeetingWords(t *testing.T) {
	tests := []struct {
		text  string
		where string // the place of the one meeting, or "" for none
	}{
		{"The two sides signed an agreement on Tuesday in Barbados.", "country:barbados"},
		{"Putin signed a decree on Tuesday in Moscow.", ""},
		{"US and Ukrainian officials discuss a 28-point plan in Geneva.", "place:geneva"},
		{"Zelensky and Macron discussed the situation in Kharkiv.", ""},
		{"Envoys met in Saudi Arabia's capital on Tuesday.", "place:riyadh"},
		{"Aliyev received Pashinyan in Baku on Monday.", "place:baku"},
		{"The minister will receive a report in Baku on Monday.", ""},
		{"Budanov will also join Ukraine's negotiating team in Paris.", ""},
		{"The negotiating track in Geneva will be strengthened.", ""},
		{"The next meeting will be held in Cambodia on August 4.", "country:cambodia"},
		{"Zelensky met Trump at his Mar-a-Lago resort on Sunday.", "place:mar-a-lago"},
		{"Negotiators from both sides were expected to reconvene in Geneva next month.", "place:geneva"},
		{"If the two men were to meet in Istanbul, what would they sign?", ""},
		{"For the United States, Witkoff and Jared Kushner lead the talks.", ""},
		{"Umerov proposed a meeting between the presidents in Istanbul before August.", ""},
		{"Turkish President Recep Tayyip Erdogan offered to host new talks in Istanbul.", ""},
		{"The ministry said Kyiv was ready for a meeting in Istanbul at the level of leaders.", ""},
		{"A trilateral meeting in Riyadh has not been ruled out, the Kremlin said.", ""},
		{"Putin and Zelensky should meet in Istanbul, he said.", ""},
		{"A possible summit in Budapest was discussed.", ""},
		{"A summit between Trump and Putin could take place in Budapest within two weeks, Orban said.", ""},
		{"Budanov said Kyiv was ready for another round of trilateral talks in Abu Dhabi.", ""},
		{"Putin has met Witkoff six times in Moscow since February.", ""},
		{"Umerov did not meet Witkoff in Miami on Friday.", ""},
		{"The envoys met in Geneva in May.", "place:geneva"},
		{"A new round of talks is to take place in Oman next week.", "country:oman"},
		{"The talks on Iran's programme stalled in Vienna.", "place:vienna"},
		// a dateline town the gazetteer does not know, in a region it does
		{"TURNBERRY, Scotland (Wire) — Ursula von der Leyen met Donald Trump at his Turnberry golf resort on Sunday.", "place:turnberry"},
	}
	for _, tt := range tests {
		f := published(t, "3 March 2025", tt.text)
		var where []string
		for _, m := range f.Meetings {
			if len(m.Places) > 0 {
				where = append(where, m.Places[0].Entity)
			} else {
				where = append(where, "")
			}
		}
		switch {
		case tt.where == "" && len(f.Meetings) > 0:
			t.Errorf("%q: meetings at %q, want none", tt.text, where)
		case tt.where != "" && (len(where) == 0 || where[0] != tt.where):
			t.Errorf("%q: meetings at %q, want %s", tt.text, where, tt.where)
		}
	}
}

// TestRoundNumbers: "the sixth cycle of talks", "the third round".
func TestRoundNumbers(t *testing.T) {
	for text, want := range map[string]int{
		"The two sides ended a sixth cycle of peace talks in Havana on Tuesday.":                                                                       6,
		"The third round of talks opened in Istanbul on Monday.":                                                                                       3,
		"Iran and the United States ended a fourth round of indirect nuclear talks in Muscat on Sunday, with both sides saying they would meet again.": 4,
		"India and China held the 24th round of Special Representatives talks in New Delhi on Tuesday.":                                                24,
	} {
		f := published(t, "3 March 2025", text)
		if len(f.Meetings) == 0 || f.Meetings[0].Round != want {
			t.Errorf("%q: want round %d, got %+v", text, want, f.Meetings)
			continue
		}
		if m := f.Meetings[0]; m.Status != "held" || strings.HasPrefix(text, "Iran") && len(m.Participants) != 2 {
			t.Errorf("%q: a held round with its parties, got %s %v", text, m.Status, m.Participants)
		}
	}
}

// TestOrdinalOfTheNextMeeting: "followed a first round in Doha" numbers
// the Doha round, not the talks that followed it; in apposition ("...,
// the second round since July") the number is the talks' own.
func TestOrdinalOfTheNextMeeting(t *testing.T) {
	for _, tc := range []struct {
		text   string
		rounds []int // of the frames in order
	}{
		{"The talks in Istanbul, mediated by Turkey and Qatar, followed a first round in Doha on October 19.", []int{0, 1}},
		{"Egypt, Ethiopia and Sudan resumed negotiations in Addis Ababa on Saturday, the second round since July.", []int{2, 2}},
	} {
		f := published(t, "31 October 2025", tc.text)
		var got []int
		for _, m := range f.Meetings {
			got = append(got, m.Round)
		}
		if !slices.Equal(got, tc.rounds) {
			t.Errorf("%q: rounds %v, want %v", tc.text, got, tc.rounds)
		}
	}
}

// TestSeatOfPowerBeforeTalks: "the Kremlin talks" were at the Kremlin;
// the Kremlin is not a party to them.
func TestSeatOfPowerBeforeTalks(t *testing.T) {
	f := published(t, "3 March 2025", "The Kremlin talks between Vladimir Putin and Steve Witkoff on Tuesday lasted nearly five hours.")
	if len(f.Meetings) != 1 {
		t.Fatalf("want one meeting, got %+v", f.Meetings)
	}
	m := f.Meetings[0]
	if len(m.Places) != 1 || m.Places[0].Entity != "organization:kremlin" {
		t.Errorf("places %+v, want the Kremlin", m.Places)
	}
	for _, p := range m.Participants {
		if p.Entity == "organization:kremlin" {
			t.Errorf("the Kremlin is a participant")
		}
	}
}

// TestTalksToCome: a delegation heading somewhere for talks, or talks
// someone expects, are still to come.
func TestTalksToCome(t *testing.T) {
	for text, want := range map[string]string{
		"Ukrainian delegation heads to Berlin for talks with US envoys.":         "scheduled",
		"The Ukrainian delegation flew to Berlin for talks with US envoys.":      "held",
		"Zelensky said he expected honest discussions in Berlin.":                "scheduled",
		"As expected, the talks in Berlin ended on Monday without an agreement.": "held",
	} {
		f := published(t, "3 March 2025", text)
		if len(f.Meetings) == 0 || f.Meetings[0].Status != want {
			t.Errorf("%q: want %s, got %+v", text, want, f.Meetings)
		}
	}
}

// TestClausesOfTheirOwn: what a sentence's main clause says (its date, its
// subject, a relative clause's place) is not said of talks in another clause.
func TestClausesOfTheirOwn(t *testing.T) {
	frame := func(f model.Facts, trigger string) *model.MeetingFrame {
		for i := range f.Meetings {
			if f.Meetings[i].Trigger == trigger {
				return &f.Meetings[i]
			}
		}
		t.Fatalf("no %q frame in %+v", trigger, f.Meetings)
		return nil
	}
	ids := func(as []model.Arg) string {
		var out []string
		for _, a := range as {
			out = append(out, a.Entity)
		}
		return strings.Join(out, ",")
	}
	f := published(t, "3 December 2025", "Volodymyr Zelensky met Emmanuel Macron in Paris on Monday, December 1, a day after a Ukrainian delegation held talks with American envoys in Florida.")
	if fl := frame(f, "talks"); len(fl.Dates) != 1 || fl.Dates[0].Month != 11 || fl.Dates[0].Day != 30 || strings.Contains(ids(fl.Participants), "macron") {
		t.Errorf("the Florida talks took the Paris meeting's people, or not the day before it: %+v", fl)
	}
	f = published(t, "3 December 2025", "Macron spoke by video link with Steve Witkoff and with Rustem Umerov, who was still in Florida.")
	if c := frame(f, "spoke"); len(c.Places) > 0 || !strings.Contains(ids(c.Participants), "umerov") {
		t.Errorf("the call: places %s, participants %s; want none, and Umerov", ids(c.Places), ids(c.Participants))
	}
	f = published(t, "3 December 2025", "Macron spoke by video link with Steve Witkoff and with Rustem Umerov, who had led the Ukrainian team in Florida.")
	if l := frame(f, "led"); l.Call {
		t.Errorf("leading the team in Florida is a call: %+v", l)
	}
	f = published(t, "9 December 2025", "The Istanbul talks of March 2022 produced a draft treaty that was abandoned.")
	if m := frame(f, "talks"); len(m.Dates) > 0 {
		t.Errorf("talks of March 2022 dated %+v, want no day", m.Dates)
	}
}

// TestSourceIsNoMeeting: "an official familiar with the talks" tells who
// speaks, not of a meeting.
func TestSourceIsNoMeeting(t *testing.T) {
	f := published(t, "3 March 2025", "The next meeting could take place in Europe, an official familiar with the talks said.")
	for _, m := range f.Meetings {
		if m.Trigger == "talks" {
			t.Errorf("a meeting from the source's words: %+v", m)
		}
	}
	// but a team briefed on discussions heard of a meeting
	f = published(t, "3 March 2025", "The team was briefed on discussions that took place in Moscow on Tuesday.")
	if len(f.Meetings) == 0 {
		t.Error("no meeting from 'briefed on discussions that took place in Moscow'")
	}
}

// TestHotlineIsACall: talks over a hotline are a call, like talks by phone.
func TestHotlineIsACall(t *testing.T) {
	f := published(t, "3 March 2025", "The two armies' commanders held talks over the hotline on Monday.")
	if len(f.Meetings) != 1 || !f.Meetings[0].Call {
		t.Fatalf("want one call, got %+v", f.Meetings)
	}
}

// TestMeetingParticipants checks who a meeting's sentence puts at the table.
func TestMeetingParticipants(t *testing.T) {
	tests := []struct {
		text     string
		want     []string
		wantNone []string
	}{
		{"Representatives of Venezuelan President Nicolás Maduro signed an agreement on Tuesday in Barbados.",
			[]string{"country:venezuela"}, []string{"person:maduro"}},
		{"US Secretary of State Marco Rubio met representatives of Venezuelan President Nicolás Maduro in Doha on Monday.",
			[]string{"country:venezuela"}, []string{"person:maduro"}},
		{"Iranian diplomats met their counterparts from Britain, France and Germany in Istanbul on Friday.",
			[]string{"country:iran", "country:united-kingdom", "country:france", "country:germany"}, nil},
		{"Talks between the Ethiopian government and the Tigray People's Liberation Front (TPLF) opened in Pretoria on Tuesday.",
			[]string{"country:ethiopia", "organization:tigray-people-s-liberation-front"}, nil},
		{"Representatives of the United States and China also attended the meeting in Putrajaya on Monday.",
			[]string{"country:united-states", "country:china"}, nil},
		{"The foreign ministers of France and Germany met in Paris on Monday.",
			[]string{"country:france", "country:germany"}, nil},
		{"The foreign ministers of Armenia and Azerbaijan initialled a peace text at the White House on Friday, in a ceremony hosted by Donald Trump.",
			[]string{"country:armenia", "country:azerbaijan", "person:trump"}, nil},
		{"Dmytro Lubinets said the swap was agreed during talks with his Russian counterpart, Tatyana Moskalkova, in Abu Dhabi on Monday.",
			[]string{"person:lubynets", "person:moskalkova"}, nil},
		{"Zelensky met Trump at Mar-a-Lago on Sunday. Zelensky was accompanied by Rustem Umerov and Andriy Hnatov.",
			[]string{"person:umerov", "person:hnatov"}, nil},
		{"Ukraine's top negotiator Rustem Umerov sat down with Steve Witkoff and Jared Kushner in Berlin on Sunday.",
			[]string{"person:umerov", "person:vytkof", "person:kushner"}, nil},
		{"The second round of consultations ended in Istanbul on Thursday. Earlier, Russian President Vladimir Putin and US President Donald Trump agreed in a telephone conversation on February 12 to restore the work of the missions.",
			[]string{"person:putyn", "person:trump"}, nil},
		{"The talks ended on Friday. Donald Trump, who spoke to Vladimir Putin by phone for two hours on Monday, said the sides would start negotiations.",
			[]string{"person:trump", "person:putyn"}, nil},
		{"US officials held separate meetings with a Ukrainian team in the Saudi capital on Monday.",
			[]string{"place:riyadh"}, []string{"country:saudi-arabia"}},
		{"Chinese Foreign Minister Wang Yi held talks with visiting Russian Foreign Minister Sergey Lavrov in Beijing on Wednesday.",
			[]string{"person:lavrov"}, nil},
		{"Dmitry Peskov said in Moscow on Monday that talks in Istanbul would resume on Wednesday.",
			[]string{"place:istanbul"}, []string{"person:peskov"}},
		{"A Hamas delegation led by Khalil al-Hayya arrived in Cairo on Sunday for indirect talks with Israel.",
			[]string{"delegation:org:hamas", "person:haya", "country:israel"}, nil},
		{"Foreign Minister Andrii Sybiha spoke by phone with US Secretary of State Marco Rubio on Wednesday.",
			[]string{"person:sybyha", "person:rubyo"}, nil},
		{"The first direct talks between Russia and Ukraine since 2022 took place in Istanbul in May.",
			[]string{"country:russia", "country:ukraine", "place:istanbul"}, nil},
		{"Delegations from Serbia and Kosovo resumed EU-mediated talks in Brussels on Monday.",
			[]string{"delegation:serbia", "delegation:kosovo"}, nil},
		{"The talks in Abu Dhabi on Friday will be mediated by the United Arab Emirates and attended by US Army Secretary Dan Driscoll.",
			[]string{"country:united-arab-emirates", "person:dryscol"}, nil},
		{"Ukraine is ready to move forward with the framework, President Volodymyr Zelenskyy said Tuesday, after talks in Abu Dhabi between U.S. Army Secretary Dan Driscoll and Russian officials.",
			[]string{"person:dryscol", "country:russia"}, []string{"country:ukraine"}},
		{"Steve Witkoff will meet Vladimir Putin in Moscow next week. Russia's former chief negotiator, Vladimir Medinsky, was not expected to take part.",
			[]string{"person:vytkof"}, []string{"person:medynsky"}},
		{"Delegations from Sudan's army and the paramilitary Rapid Support Forces held indirect talks in Washington on Friday, mediated by the so-called Quad of the United States, Saudi Arabia, the United Arab Emirates and Egypt.",
			[]string{"delegation:sudan", "delegation:org:rapid-support-forces", "country:united-states", "country:saudi-arabia", "country:egypt"}, nil},
		{"Trump spoke to Putin before Zelenskyy's arrival. The US president said he had a productive call with Vladimir Putin on Sunday morning.",
			[]string{"person:putyn", "roleref:president:united-states:"}, []string{"person:zelensky"}},
		{"U.S. Army Secretary Dan Driscoll met a Russian delegation in Abu Dhabi on Monday. Driscoll's spokesman, Lt. Col. Jeff Tolbert, said the talks were going well.",
			[]string{"person:dryscol", "delegation:russia"}, []string{"person:tolbert"}},
		{"Kremlin aide Yuri Ushakov said Steve Witkoff would meet Vladimir Putin in Moscow next week.",
			[]string{"person:vytkof", "person:putyn"}, []string{"person:ushakov"}},
		{"Israel and Hamas began talks in Sharm el-Sheikh on Monday. The talks focus on the release of hostages held in Gaza.",
			[]string{"place:sharm-el-sheikh"}, []string{"place:gaza"}},
		{"Fighting went on in the east. Drones hit Odesa. Kirill Dmitriev is expected in Miami for talks with Steve Witkoff.",
			[]string{"person:dmytryev", "person:vytkof"}, nil},
		{"Russian President Vladimir Putin received US Special Presidential Envoy Steven Witkoff and businessman Jared Kushner in the Kremlin on Tuesday.",
			[]string{"person:putyn", "person:vytkof", "person:kushner"}, nil},
		{"Jared Kushner and Steve Witkoff arrived in Moscow on Tuesday and were received by Vladimir Putin at the Kremlin.",
			[]string{"person:kushner", "person:vytkof", "person:putyn"}, nil},
		{"Ukraine's delegation is headed by Rustem Umerov. Russia's team is led by Vladimir Medinsky. The two teams met in Istanbul on Monday.",
			[]string{"delegation:ukraine", "delegation:russia"}, nil},
		{"The delegations of Armenia and Azerbaijan met in Abu Dhabi on Thursday.",
			[]string{"country:armenia", "country:azerbaijan"}, nil},
		{"The third round of direct Russian-Ukrainian talks ended in Istanbul on Wednesday.",
			[]string{"country:russia", "country:ukraine"}, nil},
		{"Ukrainian President Volodymyr Zelenskyy said after meeting US envoys in Berlin on Monday that a deal was close.",
			[]string{"person:zelensky", "country:united-states"}, nil},
		{"Russian negotiator Kirill Dmitriev is expected to travel to Miami at the weekend for talks with Steve Witkoff.",
			[]string{"person:dmytryev", "person:vytkof"}, nil},
		{"New Delhi, May 12 (PTI) The Directors General of Military Operations of India and Pakistan held talks on Monday.",
			[]string{"country:india", "country:pakistan"}, []string{"person:the"}},
		{"Vladimir Putin met on Tuesday with Steve Witkoff in Moscow.",
			[]string{"person:putyn", "person:vytkof"}, nil},
		{"Steve Witkoff and Jared Kushner arrived. Ukrainian officials met Mr. Witkoff, Mr. Kushner and Secretary of State Marco Rubio in Florida on Sunday.",
			[]string{"person:vytkof", "person:kushner", "person:rubyo"}, nil},
		{"The conversation at the Kremlin on Tuesday lasted five hours, according to Kremlin aide Yury Ushakov, who took part in it.",
			[]string{"person:ushakov"}, nil},
		{"Vladimir Putin received Steve Witkoff and the U.S. president's son-in-law Jared Kushner at the Kremlin on Tuesday.",
			[]string{"person:vytkof", "person:kushner"}, nil},
		{"The head of the Ukrainian delegation, Rustem Umerov, and Steve Witkoff reported on the details of the negotiations in Miami on Saturday.",
			[]string{"person:umerov", "person:vytkof"}, nil},
		{"The head of the French delegation and Steve Witkoff said after talks in Berlin on Monday that the plan was ready.",
			[]string{"delegation:france", "person:vytkof"}, nil},
		{"The leaders of France and Germany met in Berlin on Monday to discuss the plan.",
			[]string{"country:france", "country:germany"}, nil},
		{"Volodymyr Zelensky's chief of staff Andriy Yermak led the Ukrainian delegation in Geneva on Sunday.",
			[]string{"person:yermak", "delegation:ukraine", "place:geneva"}, []string{"person:zelensky"}},
		{"ADDIS ABABA: Egypt, Ethiopia and Sudan resumed tripartite negotiations in Addis Ababa on Saturday.",
			[]string{"country:egypt", "country:ethiopia", "country:sudan"}, nil},
		{"Zelensky met Trump in The Hague on Wednesday. Zelensky was joined by Foreign Minister Andrii Sybiha and the head of his office, Andriy Yermak.",
			[]string{"person:sybyha", "person:yermak"}, nil},
		{"The leaders met in Geneva on Monday. The foreign ministers of the three guarantor powers, Giorgos Gerapetritis of Greece, Hakan Fidan of Turkey and David Lammy of the United Kingdom, also took part.",
			[]string{"person:herapetrytys", "person:fydan", "person:lamy"}, nil},
		{"US Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Geneva on Sunday.",
			[]string{"person:besent", "person:lyfenh"}, []string{"person:vyce"}},
		{"Talks between Sudan's army and the Rapid Support Forces (RSF) resumed in Jeddah on Monday.",
			[]string{"country:sudan", "organization:rapid-support-forces", "place:jeddah"}, nil},
		{"The Sudanese military held talks with the paramilitary Rapid Support Forces (RSF) on Monday.",
			[]string{"country:sudan", "organization:rapid-support-forces"}, nil},
		{"Negotiators met in Sharm el-Sheikh on Monday for talks to end the war in Gaza.",
			[]string{"place:sharm-el-sheikh"}, []string{"place:gaza"}},
		{"The leaders met in Bürgenstock on Saturday. The talks focused on the situation in Sweida province.",
			[]string{"place:burgenstock"}, []string{"person:burhenstok", "place:sweida"}},
		{"The talks in the Red Sea resort of Sharm el-Sheikh began on Monday.",
			[]string{"place:sharm-el-sheikh"}, []string{"place:red-sea"}},
		{"Marco Rubio and Steve Witkoff sat across from Sergei Lavrov in Riyadh on Tuesday.",
			[]string{"person:rubyo", "person:vytkof", "person:lavrov"}, nil},
		{"Marco Rubio sat opposite Sergei Lavrov in Riyadh on Tuesday.",
			[]string{"person:rubyo", "person:lavrov"}, nil},
		{"US Army Secretary Dan Driscoll met a Russian delegation in Abu Dhabi on Monday.",
			[]string{"person:dryscol", "delegation:russia"}, []string{"country:united-states"}},
	}
	for _, tt := range tests {
		f := published(t, "3 March 2025", tt.text)
		got := map[string]bool{}
		for _, m := range f.Meetings {
			once := map[string]bool{}
			for _, p := range m.Participants {
				got[p.Entity] = true
				if once[p.Entity] {
					t.Errorf("%q: %s twice in one frame", tt.text, p.Entity)
				}
				once[p.Entity] = true
			}
			for _, p := range m.Places {
				got[p.Entity] = true // a place asked for is where
			}
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("%q: no participant %s in %v", tt.text, w, got)
			}
		}
		for _, w := range tt.wantNone {
			if got[w] {
				t.Errorf("%q: participant %s", tt.text, w)
			}
		}
	}
}

// TestDatelineGivesCountry: a small town the gazetteer does not know lies
// in the country its dateline names; a place followed by its country, or
// by a state, too.
func TestDatelineGivesCountry(t *testing.T) {
	for _, tt := range []struct{ text, place, country, region string }{
		{"OHRID, North Macedonia — The leaders met for 12 hours of talks in the lakeside town of Ohrid on Saturday.", "place:ohrid", "north-macedonia", ""},
		{"The envoys met in the town of Ohrid, North Macedonia, on Saturday.", "place:ohrid", "north-macedonia", ""},
		{"The envoys met in the town of Ohrid, Serbia's president said.", "place:ohrid", "", ""},
		{"The envoys met in Kennebunkport, Maine, on Saturday.", "place:kennebunkport", "united-states", "Maine"},
		{"The envoys met in the town of Kennebunkport, Maine's governor said.", "place:kennebunkport", "", ""},
	} {
		f := published(t, "3 March 2025", tt.text)
		found := false
		for _, e := range f.Entities {
			if e.ID == tt.place {
				found = true
				if e.Attrs.Get("country") != tt.country || e.Attrs.Get("region") != tt.region {
					t.Errorf("%q: %s in %q, %q, want %q, %q", tt.text, tt.place, e.Attrs.Get("region"), e.Attrs.Get("country"), tt.region, tt.country)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s", tt.text, tt.place)
		}
	}
}

// TestMeetingsInAList: "after meetings in Geneva, London and Madrid" tells
// of a meeting in each place; "talks in Geneva" of one.
func TestMeetingsInAList(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"This was the fifth round, after meetings in Geneva, London and Madrid.", []string{"place:geneva", "place:london", "place:madrid"}},
		{"The envoys held talks in Geneva on Monday.", []string{"place:geneva"}},
	} {
		f := published(t, "3 March 2025", tt.text)
		var got []string
		for _, m := range f.Meetings {
			for _, p := range m.Places {
				got = append(got, p.Entity)
			}
			if len(m.Places) > 1 {
				t.Errorf("%q: one frame at %v", tt.text, m.Places)
			}
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%q: meetings at %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestTitleForSomeoneElse: "a spokesperson for Zelenskiy's office" is not
// Zelenskiy's title, and the verb before a title is no part of it.
func TestTitleForSomeoneElse(t *testing.T) {
	f := published(t, "3 March 2025", "President Volodymyr Zelenskiy met envoys. A spokesperson for Zelenskiy's office declined to comment. Russia's team, led by Vladimir Medinsky, includes deputy foreign minister Mikhail Galuzin. "+
		"Benjamin Netanyahu, who is due to meet President Donald Trump on Monday, spoke. Rubio will welcome Prime Minister Keir Starmer.")
	titles := map[string]string{}
	for _, e := range f.Entities {
		if e.Kind != model.Person {
			continue
		}
		titles[e.Name] = strings.Join(e.Roles, ";")
		for _, r := range e.Roles {
			if r == "spokesperson" || strings.Contains(r, "includes") {
				t.Errorf("%s has the title %q", e.Name, r) // "includes" is no part of a title
			}
		}
	}
	if titles["Donald Trump"] != "president" || titles["Keir Starmer"] != "prime minister" {
		t.Errorf("titles after a verb: %q", titles)
	}
}

// TestLeadIsTheDaysNews: an article's first sentence with a place and no
// date tells the news of the article's day; later sentences do not.
func TestLeadIsTheDaysNews(t *testing.T) {
	f := published(t, "20 December 2025", "The Ukrainian delegation has arrived in Miami for a new round of consultations. Earlier talks took place in Geneva.")
	kinds := map[string]string{}
	for _, m := range f.Meetings {
		k := ""
		if len(m.Dates) > 0 {
			k = m.Dates[0].Kind
		}
		if len(m.Places) > 0 {
			kinds[m.Places[0].Entity] = k
		}
	}
	if kinds["place:miami"] != "article-day" || kinds["place:geneva"] != "" {
		t.Errorf("date kinds by place: %v", kinds)
	}
}

// TestComingLeadStaysComing: "will hold another round in Miami this
// weekend" and, in the next sentence, "Erdogan met Zelensky": the coming
// round stays to come.
func TestComingLeadStaysComing(t *testing.T) {
	f := published(t, "10 December 2025", "US and Ukrainian officials will hold another round of talks in Miami this weekend. On the sidelines of the summit, Erdogan met Zelensky for about an hour.")
	gz := sample.Gazetteer(t)
	g := graph.Merge([]model.Facts{f}, gz, graph.Options{})
	for _, n := range g.NodesOf(model.Meeting) {
		if n.Attrs["place"] == "Miami" && n.Attrs["status"] != "scheduled" {
			t.Errorf("%s: %v, want scheduled", n.Label, n.Attrs["status"])
		}
	}
}

// TestDateOfAClauseIsNotTheMeetings: "The envoy, who flew to Moscow on
// Monday night, met the Russian leader on Tuesday" dates the meeting on
// Tuesday only.
func TestDateOfAClauseIsNotTheMeetings(t *testing.T) {
	f := published(t, "10 December 2025", "The US special envoy, who flew to Moscow on Monday night, met the Russian leader for nearly five hours on Tuesday.")
	for _, m := range f.Meetings {
		for _, d := range m.Dates {
			if d.Text != "on Tuesday" {
				t.Errorf("meeting dated by %q", d.Text)
			}
		}
	}
	if len(f.Meetings) == 0 {
		t.Error("no meeting")
	}
}

// TestDateOfTheMainClause: a second predicate of the same subject after
// "but" takes the date of the first, and so does a meeting told "after"
// the news of the day; a clause with a subject of its own does not, nor
// talks "a day after".
// TestDaysEarlier: "Two days earlier, the two leaders had spoken by phone"
// counts from the lead's day.
func TestDaysEarlier(t *testing.T) {
	f := published(t, "16 August 2025", "Donald Trump met Vladimir Putin in Anchorage on Friday. Two days earlier, the two leaders had spoken by phone.")
	if len(f.Meetings) != 2 || len(f.Meetings[1].Dates) != 1 || f.Meetings[1].Dates[0].Weekday != 3 {
		t.Errorf("the call is not dated Wednesday: %+v", f.Meetings)
	}
}

// TestDateAfterTheNoun: talks named by a noun are dated by the date that
// follows them, not by another predicate's further back.
func TestDateAfterTheNoun(t *testing.T) {
	f := published(t, "10 June 2025", "Ukraine and Russia exchanged prisoners of war on Tuesday under a deal agreed at talks in Istanbul last week, Zelenskiy said.")
	var got []string
	for _, m := range f.Meetings {
		for _, d := range m.Dates {
			got = append(got, d.Text)
		}
	}
	if !slices.Equal(got, []string{"last week"}) {
		t.Errorf("the talks are dated %q, want only \"last week\"", got)
	}
}

func TestDateOfTheMainClause(t *testing.T) {
	for text, want := range map[string]string{
		"Russia and Ukraine agreed on Monday to swap prisoners, but made no progress at a second round of talks in Istanbul.":                                                                 "on Monday",
		"Russia and Ukraine agreed on Monday to swap prisoners, but the talks in Istanbul made no progress.":                                                                                  "",
		"Trump and Ursula von der Leyen agreed on Sunday to a deal that sets a 15% tariff, after an hour-long meeting in Turnberry.":                                                          "on Sunday",
		"Ukraine and the U.S. made progress during two days of talks in Berlin, President Volodymyr Zelensky said on Dec. 15.":                                                                "Dec. 15",
		"Steve Witkoff arrived in Moscow on Tuesday, a day after talks in Miami.":                                                                                                             "a day after",
		"Ukraine and Russia exchanged prisoners of war on Tuesday under a deal agreed at talks in Istanbul last week, Zelenskiy said.":                                                        "last week",
		"PUTRAJAYA, July 28 (Wire) - Thailand and Cambodia agreed to a ceasefire starting at midnight on Monday, Malaysia's prime minister said after hosting talks between the two leaders.": "on Monday",
	} {
		f := published(t, "2 June 2025", text)
		got := ""
		for _, m := range f.Meetings {
			for _, d := range m.Dates {
				got = d.Text
			}
		}
		if len(f.Meetings) == 0 || got != want {
			t.Errorf("%q: meeting dated %q, want %q (%d frames)", text, got, want, len(f.Meetings))
		}
	}
}

// TestDaysApart: a meeting "a day after" a dated event is the day before
// it; "The meeting came a day after ..." counts from the article's meeting.
func TestDaysApart(t *testing.T) {
	for text, want := range map[string]int{
		"Steve Witkoff arrived in Moscow on Tuesday, a day after talks in Miami.":                                                        1,
		"Kirill Dmitriev met Steve Witkoff in Berlin on Saturday. The meeting came a day after Ukrainian officials held talks in Miami.": 5,
		"Kirill Dmitriev met Steve Witkoff in Berlin on Saturday. Two days before, Ukrainian officials held talks in Miami.":             -1,
	} {
		f := published(t, "10 December 2025", text)
		got := -1
		for _, m := range f.Meetings {
			if slices.ContainsFunc(m.Places, func(a model.Arg) bool { return a.Entity == "place:miami" }) && len(m.Dates) == 1 && m.Dates[0].Kind == "weekday" {
				got = m.Dates[0].Weekday
			}
		}
		if got != want {
			t.Errorf("%q: the Miami talks on weekday %d, want %d", text, got, want)
		}
	}
}

// TestDaysOfTalks: "for two days ..., ending on Monday" is two days ending
// on Monday; "ending five days of fighting" says nothing of the talks.
func TestDaysOfTalks(t *testing.T) {
	for _, tt := range []struct {
		text  string
		days  int
		ended bool
	}{
		{"Witkoff and Kushner held talks with Ukrainian officials for two days in Berlin, ending on Monday.", 2, true},
		{"Thailand and Cambodia agreed on Monday to a ceasefire after talks in Malaysia, ending five days of fighting.", 0, false},
		{"The envoys ended two days of talks in Geneva on Sunday.", 2, true},
	} {
		f := published(t, "10 December 2025", tt.text)
		if len(f.Meetings) == 0 {
			t.Errorf("%q: no meeting", tt.text)
			continue
		}
		if m := f.Meetings[0]; m.Days != tt.days || m.Ended != tt.ended {
			t.Errorf("%q: days %d ended %v, want %d %v", tt.text, m.Days, m.Ended, tt.days, tt.ended)
		}
	}
}

// TestDateUnderTheHeadline: a date line right under the headline is the
// article's own date, even weeks after every date its text gives; one above
// the headline may be the page's clock, and yields to the text's dates.
func TestDateUnderTheHeadline(t *testing.T) {
	tests := []struct {
		text, want, basis string
	}{
		{"Nile dam talks resume in Addis Ababa\nSunday, 24 September 2023\n\nThe talks resumed on Saturday. The first round was held in Cairo on August 27, 2023.",
			"2023-09-24", "date under the headline"},
		{"Sunday, January 11, 2026\n\nEnvoy calls talks productive\n\nThe talks were held in Florida on December 20, 2025.",
			"2025-12-20", "latest date in the text"},
	}
	for _, tt := range tests {
		f := facts(t, tt.text)
		got, basis := dates.Anchor(f, time.Time{})
		if got.Format("2006-01-02") != tt.want || basis != tt.basis {
			t.Errorf("%.40q: anchored %s (%s), want %s (%s)", tt.text, got.Format("2006-01-02"), basis, tt.want, tt.basis)
		}
	}
}

// TestAcronyms: a known organisation goes by the acronym its aliases give
// ("ASEAN", not the initials' "ASAN"); one found by its shape, by its
// initials.
func TestAcronyms(t *testing.T) {
	f := facts(t, "The Association of Southeast Asian Nations and the Eastern Border Monitoring Commission met in Kuala Lumpur on Monday.")
	want := map[string]string{"Association of Southeast Asian Nations": "ASEAN", "Eastern Border Monitoring Commission": "EBMC"}
	for _, e := range f.Entities {
		if a, ok := want[e.Name]; ok {
			if got := e.Attrs.Get("acronym"); got != a {
				t.Errorf("%s: acronym %q, want %q", e.Name, got, a)
			}
			delete(want, e.Name)
		}
	}
	for name := range want {
		t.Errorf("no organisation %q", name)
	}
}

// TestPossessorsTitle: "Jared Kushner, the president's son-in-law" is a
// son-in-law, not a president; a name in bold ("**Rustem Umerov**, secretary
// of ...") takes its apposition as any name does.
func TestPossessorsTitle(t *testing.T) {
	f := facts(t, "Jared Kushner, the president's son-in-law, also attended. **Rustem Umerov**, secretary of the National Security and Defense Council, heads the team.")
	want := map[string]string{"Jared Kushner": "son-in-law", "Rustem Umerov": "secretary"}
	for _, e := range f.Entities {
		if w, ok := want[e.Name]; ok {
			if !slices.Contains(e.Roles, w) || slices.Contains(e.Roles, "president") {
				t.Errorf("%s: roles %q, want %q", e.Name, e.Roles, w)
			}
			delete(want, e.Name)
		}
	}
	for name := range want {
		t.Errorf("no person %q", name)
	}
}

// TestTitleAfterDateline: the dash that ends a dateline is no part of the
// title after it.
func TestTitleAfterDateline(t *testing.T) {
	f := facts(t, "NEW DELHI, Aug 19 (Example) - National Security Adviser Ajit Doval met Chinese Foreign Minister Wang Yi on Tuesday.")
	for _, e := range f.Entities {
		if e.Name == "Ajit Doval" {
			if !slices.Contains(e.Roles, "national security adviser") {
				t.Errorf("Ajit Doval: roles %q, want \"national security adviser\"", e.Roles)
			}
			return
		}
	}
	t.Errorf("no person Ajit Doval")
}

// TestQuotationContinued: a sentence that is a quotation and nothing else
// goes on the quotation before it in the paragraph, with its speaker.
func TestQuotationContinued(t *testing.T) {
	f := published(t, "11 December 2025", "Talks stall.\n\n\"We are not going to give up our land,\" Zelensky told reporters in Kyiv on Thursday. \"There can be no peace deal that rewards aggression.\"\n\n\"Nothing new,\" he said.")
	var got []string
	for _, q := range f.Quotes {
		got = append(got, q.Text)
	}
	want := []string{"We are not going to give up our land", "There can be no peace deal that rewards aggression."}
	if len(f.Quotes) < 2 || !slices.Equal(got[:2], want) || f.Quotes[0].Speaker != f.Quotes[1].Speaker {
		t.Errorf("quotes %q of %+v", got, f.Quotes)
	}
}

// TestQuotationSpeakers: "According to NAME, ... “...”" and "NAME struck a
// cautious tone: “...”" give the quotation its speaker.
func TestQuotationSpeakers(t *testing.T) {
	for _, tc := range []struct{ text, quote, speaker string }{
		{"US envoy Steve Witkoff met Rustem Umerov in Miami on Thursday. According to Witkoff, the sides are \"closer than ever\".", "closer than ever", "vytkof"},
		{"US Secretary of State Marco Rubio struck a more cautious tone: \"We still have a lot of work to do.\"", "We still have a lot of work to do.", "rubyo"},
	} {
		f := published(t, "11 December 2025", tc.text)
		if len(f.Quotes) != 1 || f.Quotes[0].Text != tc.quote || !strings.Contains(f.Quotes[0].Speaker, tc.speaker) {
			t.Errorf("%q: quotes %+v", tc.text, f.Quotes)
		}
	}
}

// TestDefinedAcronym: an organisation the gazetteer does not know goes by
// the acronym its article gives it in brackets, not by its initials; its
// name runs up to the brackets when the acronym spells it, even with
// letters from inside a word ("IGAD").
func TestDefinedAcronym(t *testing.T) {
	f := facts(t, "Talks\n\nKirill Dmitriev, head of the Russian Direct Investment Fund (RDIF), met Steve Witkoff. "+
		"Colombia's government and the National Liberation Army (ELN) resumed talks in Havana. "+
		"Envoys of the Intergovernmental Authority on Development (IGAD) joined them.")
	got := map[string]string{}
	for _, e := range f.Entities {
		if e.Kind == model.Organization {
			got[e.Name] = e.Attrs.Get("acronym")
		}
	}
	for name, want := range map[string]string{"Russian Direct Investment Fund": "RDIF", "National Liberation Army": "ELN", "Intergovernmental Authority on Development": "IGAD"} {
		if got[name] != want {
			t.Errorf("%s: acronym %q, want %q (organisations %v)", name, got[name], want, got)
		}
	}
}

// TestRoleReferencesTieToTheirPeople: "the Kazakh president" is the one
// person the article made Kazakhstan's president, "the foreign minister"
// the one it made foreign minister; a reference no one's role fits stays
// a weak entity of its own.
func TestRoleReferencesTieToTheirPeople(t *testing.T) {
	f := facts(t, "Kazakh President Kassym-Jomart Tokayev and Kazakh Foreign Minister Murat Nurtleu hosted the summit. "+
		"The Kazakh president said the talks were useful. The foreign minister agreed. The Kazakh ambassador left early.")
	told := map[string][]string{} // what each entity is told by, beyond its name
	for _, e := range f.Entities {
		for _, m := range e.Mentions {
			if strings.HasPrefix(m.Text, "The ") {
				told[e.Name] = append(told[e.Name], m.Text)
			}
		}
	}
	for name, want := range map[string]string{
		"Kassym-Jomart Tokayev": "The Kazakh president said the talks were useful.",
		"Murat Nurtleu":         "The foreign minister agreed.",
	} {
		if !slices.Contains(told[name], want) {
			t.Errorf("%s: told by %q, want %q", name, told[name], want)
		}
	}
	var weak []string
	for _, e := range f.Entities {
		if e.Weak {
			weak = append(weak, e.ID)
		}
	}
	if len(weak) != 1 || !strings.Contains(weak[0], "ambassador") {
		t.Errorf("weak entities %q, want the ambassador's alone", weak)
	}
}

// TestSentencesInTextOrder: a resolved document's sentences start in the
// order of its text, each after the one before, as relations' lookup of
// a quote's sentence by halves needs.
func TestSentencesInTextOrder(t *testing.T) {
	g := sample.Gazetteer(t)
	for i, text := range sample.Articles(t, 100) {
		doc, err := read.Parse(fmt.Sprintf("a%d.txt", i), text)
		if err != nil {
			t.Fatal(err)
		}
		_, d := run(doc, g, nil)
		if len(d.Sents) < 3 {
			t.Fatalf("article %d: %d sentences", i, len(d.Sents))
		}
		for si := 1; si < len(d.Sents); si++ {
			if d.Sents[si].Start <= d.Sents[si-1].Start {
				t.Fatalf("article %d: sentence %d starts at %d, after sentence %d at %d", i, si, d.Sents[si].Start, si-1, d.Sents[si-1].Start)
			}
		}
	}
}
