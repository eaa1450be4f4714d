package extract

import (
	"brief/report"
	"slices"
	"strings"
	"testing"
)

// TestCreditReal checks whom figures are credited to in the shapes of
// real reporting: the nearest reporting frame, a source named after the
// figure, a speaker who told an outlet, and no credit from words that
// only look like a source.
func TestCreditReal(t *testing.T) {
	tests := []struct{ text, want string }{
		// The nearest reporting frame.
		{"According to the XYZ TV channel, the UN's monitoring report estimates 6,000–6,500 fighters in the country.",
			"The UN's monitoring report"},
		{"Residents told an AP reporter that at least 13 people died in the strike.", "Residents"},
		{"Security officials told Dawn that at least 20 terrorists were killed.", "Security officials"},
		{"However, security officials, speaking on condition of anonymity, told Dawn that 20 terrorists were killed.", "security officials"},
		{"But residents and two security sources told the newspaper that at least 17 soldiers were killed.", "residents and two security sources"},
		{"Hamas fighters killed 1,200 people, Israeli officials told Reuters.", "Israeli officials"},
		{"Two officials within the Taliban told Harici on Saturday that 300 fighters had moved.", "Two officials within the Taliban"},
		{"Four soldiers were wounded, a military spokesman told AFP.", "a military spokesman"},
		{"The TTP claimed that 50 people, including 27 women and children, were killed.", "The TTP"},
		{"According to the Norland Monitoring Project, the war has cost many lives, while the UN migration agency reports that 1.5 million people have been displaced.",
			"The UN migration agency"},
		{"Twelve soldiers were martyred as security forces responded to a terrorist attack on the base.", ""},
		{"Media reports said 40 people were killed.", "Media reports"},
		// A source named after the figure.
		{"Security forces killed 12 terrorists in North Waziristan: ISPR", "ISPR"},
		{"Twenty civilians were killed in the shelling — health ministry", "health ministry"},
		{"Five soldiers were martyred in the attack - ISPR.", "ISPR"},
		// No credit from words that only look like a source.
		{"For the first time, 30 militants surrendered to the army.", ""},
		{"Acting on credible intelligence, security forces killed 5 terrorists.", ""},
		{"Security forces conducted the operation on credible intelligence and killed 5 terrorists.", ""},
		{"1 fatality reported.", ""},
		{"Twelve people were killed in clashes on the border between Pakistan – Afghanistan", ""},
		{"The army, for the first time, said 30 militants had surrendered.", "The army"},
		{"The ISPR, in a statement, said 12 terrorists were killed.", "The ISPR"},
		{"Credible intelligence reports said 40 fighters had gathered.", ""},
		{"Two officials reported 5 deaths.", "Two officials"},
		{"The attack was the first of its kind, killing 12 people: a grim milestone.", ""},
		{"The EU, which paid 40 million euros for the mission in 2022, said in June that support was under review.", ""},
		// One witness named by a singular noun speaks for the figure.
		{"“They came at night,” said local resident Amal Osman, saying she believed around 15 people had been killed.", "local resident Amal Osman"},
		{"A villager said 12 people were killed.", "A villager"},
		// Sources named by two words joined by "and", and universities.
		{"According to domestic and foreign reports, around 20,000 people have been killed.", "domestic and foreign reports"},
		{"A study by Norland universities estimates the death toll at about 130,000.", "Norland universities"},
		// Initials keep their stops.
		{"The rebels are backed by some 4,000 foreign troops, according to U.N. experts.", "U.N. experts"},
		// An envoy's title to the body he is sent to is part of his name.
		{"Norland's Ambassador to the UN Ann Brooks said 40 people were killed.", "Norland's Ambassador to the UN Ann Brooks"},
		{"The Special Envoy to Norland, Ann Brooks, said 40 people were killed.", "The Special Envoy to Norland, Ann Brooks"},
	}
	checkCredits(t, tests)
}

// TestCreditCarriedReal checks credits carried from the sentence before:
// "he added" is the speaker's, not the outlet he spoke to; "It cites" is
// the report the sentence before names.
func TestCreditCarriedReal(t *testing.T) {
	text := "TTP chief Noor Wali Mehsud told Geo News that talks had failed. “Around 35 to 40 of our men are held,” he added.\n\n" +
		"The UN Monitoring Team's latest report was released on Monday. It cites 6,500 TTP fighters in Afghanistan."
	var sents []Sentence
	for _, p := range []string{"TTP chief Noor Wali Mehsud told Geo News that talks had failed.",
		"“Around 35 to 40 of our men are held,” he added.",
		"The UN Monitoring Team's latest report was released on Monday.", "It cites 6,500 TTP fighters in Afghanistan."} {
		i := strings.Index(text, p)
		sents = append(sents, Sentence{Text: p, Start: i, End: i + len(p), Index: len(sents)})
	}
	want := []string{"TTP chief Noor Wali Mehsud", "TTP chief Noor Wali Mehsud", "", "The UN Monitoring Team's latest report"}
	if got := creditsOf(text, sents); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}

// TestOwnOutlet checks that an outlet is no source in its own article:
// what "Dawn reported" in Dawn is Dawn's own reporting.
func TestOwnOutlet(t *testing.T) {
	text := "Dawn reported that 12 militants were killed in the raid. Reuters reported that 40 fighters crossed the border."
	f := New(demoDomain).Extract("s1", text, report.Date{Year: 2024, Month: 5, Day: 1})
	if len(f.Figures) != 2 || f.Figures[0].AttributedTo != "Dawn" {
		t.Fatalf("figures %+v: want two, the first credited to Dawn before OwnOutlet", f.Figures)
	}
	OwnOutlet(&f, "Dawn")
	var got []string
	for _, fig := range f.Figures {
		got = append(got, fig.AttributedTo)
	}
	if want := []string{"", "Reuters"}; !slices.Equal(got, want) {
		t.Errorf("credits %q, want %q", got, want)
	}
	for _, outlet := range []string{"The Express Tribune", "express tribune", "Express Tribune (PTI)"} {
		if !sameOutlet("The Express Tribune", outlet) {
			t.Errorf("sameOutlet(%q, %q) = false", "The Express Tribune", outlet)
		}
	}
	if sameOutlet("Reuters", "Dawn") || sameOutlet("", "Dawn") || sameOutlet("the", "The Hindu") {
		t.Error("sameOutlet matches different outlets")
	}
}

// TestCreditShapes checks more shapes of credit in real reporting: long
// names of panels, appositions, possessive sources, sources of figures in
// relative clauses, "a proposal by X", transcript speaker labels, and
// counts that only look like speakers ("20 people reported missing").
func TestCreditShapes(t *testing.T) {
	tests := []struct{ text, want string }{
		// A long name with "on": the panel, not the country it studies.
		{"The UN Panel of Experts on the Central African Republic estimates that 2,000 foreign fighters operate in the north.",
			"The UN Panel of Experts on the Central African Republic"},
		// Appositions: a description leaves the name, an acronym joins it.
		{"The Yemen Data Project, a monitoring group, said 40 civilians were killed.", "The Yemen Data Project"},
		{"The UN mission in Libya, UNSMIL, said 12 people were killed in the clashes.", "The UN mission in Libya, UNSMIL"},
		{"A Libyan rights group, the Tripoli Lawyers, said militias had detained 23 people.", "A Libyan rights group, the Tripoli Lawyers"},
		{"The army's spokesman, Colonel Ivo Marsh, said 14 soldiers were killed.", "The army's spokesman, Colonel Ivo Marsh"},
		// A role with a place.
		{"A civil society coordinator in Bunia said 40 people were killed.", "A civil society coordinator in Bunia"},
		{"A local doctor put the toll at 15 dead.", "A local doctor"},
		// A possessive source and a source of data.
		{"More than 500 people have been killed since May, according to the province's health department.",
			"the province's health department"},
		{"The state earned about $50 billion from gas last year, according to finance ministry data.", "finance ministry data"},
		// Figures in relative clauses with a source of their own.
		{"The truce began after the floods, which killed more than 300 people, according to the disaster agency.", "the disaster agency"},
		{"Aid groups say the arrivals have added to a crisis worsened by the floods, which killed more than 900 people according to the provincial government.",
			"the provincial government"},
		{"Saturday's raids on Kunduz, which the rebels said killed 12 civilians, nearly derailed the talks.", "the rebels"},
		{"The FLA, which officials estimate has some 3,000 fighters, still holds the valley.", "officials"},
		// "claimed" before a clause, not "claimed the lives of".
		{"Rebel spokesman Ali Noor claimed the group's fighters had killed 20 soldiers.", "Rebel spokesman Ali Noor"},
		// A proposal's sum is its author's.
		{"Ministers are discussing a proposal by the European Commission to lend the country €90 billion.", "The European Commission"},
		// A transcript's speaker label.
		{"MS LANE: The United States provided more than $500 million in assistance last year.", "MS LANE"},
		{"MR. ODUYA: About 3,000 fighters have surrendered.", "MR. ODUYA"},
		// "report that" reports; a speaker tied to another; two names.
		{"Rights groups report that the police have detained nearly 4,000 protesters.", "Rights groups"},
		{"Sources close to the army say 30 soldiers were killed.", "Sources close to the army"},
		{"Sources connected to the KIA and ULA say 40 people may have been killed.", "Sources connected to the KIA and ULA"},
		// A dateline in capitals is no speaker.
		{"PESHAWAR: Twelve militants were killed in the raid.", ""},
		// A time before the speaker is no part of its name.
		{"Last month the ministry said 300 soldiers had deserted.", "the ministry"},
		{"On Monday Kabul announced $20 million in aid.", "Kabul"},
		// A count before "reported missing" is no speaker.
		{"Another 40 people were injured and rescuers are searching for at least 12 people reported missing.", ""},
	}
	checkCredits(t, tests)
}

// TestTranscriptTurns checks that a briefing's turn runs from its
// speaker's label to the next label, across paragraphs; a question's turn
// credits no one; a lone label in capitals is a dateline.
func TestTranscriptTurns(t *testing.T) {
	paras := [][]string{
		{"MATTHEW LEE: Good afternoon."},
		{"More than 2 million people have fled the country."},
		{"QUESTION: How many have been detained?"},
		{"MATTHEW LEE: Nearly 14,000 protesters have been detained."},
	}
	want := []string{"MATTHEW LEE", "MATTHEW LEE", "", "MATTHEW LEE"}
	if got := creditsOf(joinParagraphs(paras)); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
	paras = [][]string{{"NEW DELHI: Officials met on Monday."}, {"More than 200 people have fled."}}
	if got := creditsOf(joinParagraphs(paras)); !slices.Equal(got, []string{"", ""}) {
		t.Errorf("a dateline: creditsOf = %q, want no credit", got)
	}
}

// joinParagraphs makes an article of paragraphs of sentences, and its
// sentences.
func joinParagraphs(paras [][]string) (string, []Sentence) {
	var text string
	var sents []Sentence
	for i, p := range paras {
		if i > 0 {
			text += "\n\n"
		}
		for j, s := range p {
			if j > 0 {
				text += " "
			}
			sents = append(sents, Sentence{Text: s, Start: len(text), End: len(text) + len(s), Index: len(sents)})
			text += s
		}
	}
	return text, sents
}

// TestCreditCarriedShapes checks credits carried between sentences: a
// continuation ("Another 40 …", "in the same period") takes none, for it
// names no source (docs/gold.md, rule 5); a paragraph that opens with "He also said" takes
// the speaker of the paragraph before; "the spokesman" is the article's
// fuller "the army spokesman"; "It also found" cites the panel before;
// "It estimates" after "The latest report of the team" cites the team.
func TestCreditCarriedShapes(t *testing.T) {
	paras := [][]string{
		{"The death toll has risen to 31, the regional governor Ivan Petro said this morning.", "Another 40 people were injured."},
		{"The UN mission, MONUX, said 900 people were killed between July and September.", "At least 200 people were kidnapped in the same period."},
		{"The army spokesman said the operation would go on.", "\"We will not stop,\" the spokesman told reporters."},
		{"He also said troops had killed 31 militants this week."},
		{"\"We will see,\" the spokesman replied.", "He said 40 soldiers had died."},
		{"The UN Panel of Experts on Chad estimates that 2,000 fighters crossed the border.", "It also found that the rebels collect about $500,000 a month."},
		{"Relief groups said 300 families arrived on Monday.", "Many more people are expected."},
		{"The premier ordered \"strong action\" after a guard was killed.", "The army said it had \"no choice\"."},
		{"The latest report of the Norland Sanctions Monitoring Team, released last week, makes grim reading.", "It estimates that the group has 4,000 fighters."},
		{"A report by the Norland Panel of Experts was published on Monday.", "It found that 300 fighters crossed the border."},
		{"According to a statement from the army, an operation was conducted in the district.", "\"Eight militants were killed,\" it added."},
	}
	text, sents := joinParagraphs(paras)
	want := []string{"the regional governor Ivan Petro", "",
		"The UN mission, MONUX", "",
		"The army spokesman", "The army spokesman",
		"The army spokesman",
		"The army spokesman", "The army spokesman",
		"The UN Panel of Experts on Chad", "The UN Panel of Experts on Chad",
		"Relief groups", "",
		"", "The army", // a quotation closed in its sentence takes no credit from the next
		"", "The Norland Sanctions Monitoring Team", // "It" cites the report's author
		"", "The Norland Panel of Experts",
		"the army", "the army"} // "“…,” it added" goes on with the statement, the army's
	if got := creditsOf(text, sents); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}

// TestCreditAnnouncedBy checks that "his announcement that …" credits the
// person the sentence before named by title, in a transcript's turn as
// well, and nobody outside the paragraph or without such a person.
func TestCreditAnnouncedBy(t *testing.T) {
	paras := [][]string{
		{"SECRETARY LANE: We are glad that President Ivo Marsh could visit the capital.", "We welcome his announcement that 500 more Norlandic police will deploy next month."},
		{"We thank the people of Norland.", "We welcome her pledge that 300 more medics will arrive."},
		{"Minister Ana Brook spoke on Monday."},
		{"We welcome her pledge that 200 more troops will arrive."},
	}
	want := []string{"SECRETARY LANE", "President Ivo Marsh", "SECRETARY LANE", "SECRETARY LANE", "SECRETARY LANE", "SECRETARY LANE"}
	if got := creditsOf(joinParagraphs(paras)); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}

// TestSpellCredits checks that a credit that is only an acronym the
// article defined is written out with its name, and that one the article
// never defined stays as it is.
func TestSpellCredits(t *testing.T) {
	text := "Fighting spread near the port, where the Norland Liberation Front (NLF) holds the hills. " +
		"The UN Office for the Relief of Civilians (ORC) counts the displaced. " +
		"The NLF said 26 civilians were killed. ORC said 4,000 people had fled. The XYZ said 12 were hurt."
	f := New(sudanDomain).Extract("s1", text, report.Date{Year: 2024, Month: 3, Day: 12})
	var got []string
	for _, fig := range f.Figures {
		got = append(got, fig.AttributedTo)
	}
	want := []string{"Norland Liberation Front (NLF)", "Office for the Relief of Civilians (ORC)", "The XYZ"}
	if !slices.Equal(got, want) {
		t.Errorf("credits\n got %q\nwant %q", got, want)
	}
}

// TestCreditCollectives checks that a coalition, an alliance or a union
// that speaks keeps the whole of its name, "of" and all; that agencies
// and ministries speak as an agency and a ministry do; and that images
// and documents "reviewed by" or "seen by" someone are sources.
func TestCreditCollectives(t *testing.T) {
	tests := []struct{ text, want string }{
		{"A coalition of mostly northern militias said the strikes killed at least 14 herders.", "A coalition of mostly northern militias"},
		{"An alliance of opposition parties said 300 of its members were detained.", "An alliance of opposition parties"},
		{"The union of taxi drivers said 40 drivers had been abducted.", "The union of taxi drivers"},
		{"About 2 million people have fled, according to UN agencies, in what they call a crisis.", "UN agencies"},
		{"Relief agencies say 300 civilians were killed.", "Relief agencies"},
		// Images and documents as sources, with who read them.
		{"The militia has massed about 900 fighters near the dam, according to satellite images reviewed by analysts.", "satellite images reviewed by analysts"},
		{"Some 500 fighters crossed the river, according to documents seen by the agency.", "documents seen by the agency"},
		// "X accused … and said N …": the clause's subject says it.
		{"Amnesty International accused the militia of recruiting minors and said at least 90 boys had been taken.", "Amnesty International"},
	}
	for _, tt := range tests {
		if got := attributionOf(sentence(tt.text)); got != tt.want {
			t.Errorf("attributionOf(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	// "which it says": the subject named before.
	text0 := "The government accuses the group, which it says was behind 40 attacks this year."
	for _, f := range figuresIn(sentence(text0), nil) {
		if f.AttributedTo != "The government" {
			t.Errorf("%q: credited to %q, want %q", text0, f.AttributedTo, "The government")
		}
	}
	// After a semicolon the clause's own subject says it.
	text := "The rebels said they held the town; the army put its losses at 12 and said 40 rebels had been killed."
	got := "no figure"
	for _, f := range figuresIn(sentence(text), nil) {
		if f.Low == 40 {
			got = f.AttributedTo
		}
	}
	if got != "the army" {
		t.Errorf("%q: the 40 credited to %q, want %q", text, got, "the army")
	}
}

// TestCreditTallyOwner checks that a source's possessive before a count
// it keeps ("the ministry's count of …") credits the source, and that a
// possessive of no source ("the war's toll") credits no one; and that a
// source written as an initialism ("the U.S. said") or after a short
// title ("said Dr. Ivo Marsh") is read whole.
func TestCreditTallyOwner(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The Norland Health Ministry's count of more than 9,000 dead includes fighters.", "The Norland Health Ministry"},
		{"By the UN's tally, 300 civilians were killed in March.", "The UN"},
		{"The war's toll of 40,000 dead is the highest in decades.", ""},
		// An initialism that ends before the verb: "the U.S. said".
		{"The strike killed two soldiers, the U.S. said.", "The U.S."},
		{"The U.N. says more than 2 million people have fled.", "The U.N."},
		// A title written short keeps the name after it: "said Dr. Ivo Marsh".
		{"“We counted 45 bodies,” said Dr. Ivo Marsh, who runs the clinic.", "Dr. Ivo Marsh"},
		{"At least 12 people died, according to Col. Ana Brook.", "Col. Ana Brook"},
	}
	for _, tt := range tests {
		if got := attributionOf(sentence(tt.text)); got != tt.want {
			t.Errorf("attributionOf(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestCreditModifiedAndRelayed checks credits in shapes read from wire
// reports on eight conflicts (invented sentences of the same shapes): a
// speaker followed by a clause that modifies it, a person "from" where he
// comes from, participles before "by", a count that is no speaker, a time
// between speaker and verb, a relay after the source it relays, an
// inverted speaker with "in a statement" after it, a counting clause
// between commas, an accuser, and a speaker "allied with" another.
func TestCreditModifiedAndRelayed(t *testing.T) {
	tests := []struct{ text, want string }{
		// A clause that modifies the speaker is no speaker.
		{"Drone strikes killed 9 civilians at a market, a spokesman for a rebel group that holds the valley said on Monday.",
			"a spokesman for a rebel group"},
		{"The shelling killed 14 villagers, a spokeswoman for an armed group fighting the army told reporters.",
			"a spokeswoman for an armed group"},
		{"A farmer who asked not to be named said 6 of the wounded had died.", "A farmer"},
		{"Officials say the rebels who seized the port killed 30 people.", "Officials"},
		// A person named by where he comes from.
		{"The raid killed 7 civilians, an official from a local aid group told the radio.", "an official from a local aid group"},
		{"A resident from the village said 12 houses burned and 4 people died.", "A resident from the village"},
		// A participle before "by" is no verb of the clause.
		{"At least 20 people were killed in a bombing claimed by the Norland Front, police said.", "police"},
		{"Twelve people were killed, as reported by the provincial health office.", "the provincial health office"},
		// A count is no speaker; a time between speaker and verb.
		{"\"More than 300,000 people have now fled, twice the number reported last month,\" Ana Brook said.", "Ana Brook"},
		{"The health office on Monday said the death toll had passed 9,000, local media said.", "The health office"},
		// A relay after the source it relays.
		{"At least 40 people were killed in the strikes, the territory's health office said on Friday, a news site reported citing the Norland Agency.",
			"the territory's health office"},
		{"Citing hospital sources, the agency reported that 14 people were killed.", "hospital sources"},
		// An inverted speaker with how it spoke after it.
		{"\"The militia killed 50 people in the village,\" said the non-governmental group in a statement.", "the non-governmental group"},
		// A clause between commas that counts is no aside of a speaker.
		{"At least four soldiers of the army, including an officer, and three militants were killed during an operation, said police on Monday.", "police"},
		{"Norland, which shares a 900-kilometre border with Ostria, said it hosts about 70,000 refugees.", "Norland"},
		// An accuser names the accused before "of"; a speaker allied with another.
		{"Rights groups accused the militia of abducting 40 girls.", "Rights groups"},
		{"Militias aligned with the army accuse the rebels of killing 300 villagers.", "Militias aligned with the army"},
		{"The army freed 19 detainees accused of links to the rebels.", ""},
		// A participle of saying after its speaker; a claim of an attack.
		{"Rights groups condemned the raids, with reports alleging that over 300 people were killed.", "reports"},
		{"The militia released a video claiming 40 soldiers were killed.", "The militia"},
		{"The militia issued a statement claiming responsibility for the raid, which killed 3 guards.", ""},
		// Roles that speak: an administrator, a member, a mayor.
		{"The raid injured five civilians, according to a local village administrator who asked not to be named.", "a local village administrator"},
		{"A member of the militia said 12 soldiers were killed.", "A member of the militia"},
		// A name with a particle, and a role after a name that names the body it speaks for.
		{"Thirty people were killed, said Ivo al-Marsh.", "Ivo al-Marsh"},
		{"The fund will give $500 million, said Ali bin Omar.", "Ali bin Omar"},
		{"Thirty people were killed, according to Ivo Marsh, spokesman for the Norland Health Ministry.",
			"Ivo Marsh, spokesman for the Norland Health Ministry"},
		{"Twelve people were killed, said Ana Brook, a local nurse.", "Ana Brook"},
		{"Two sailors died, said Colonel Ivo Marsh, the Norland army spokesman.", "Colonel Ivo Marsh, the Norland army spokesman"},
		{"Twelve people died, said Ana Brook, who leads the Red Cross team.", "Ana Brook"},
		// A name with digits.
		{"X23 said 40 soldiers were killed.", "X23"},
		{"Forty soldiers were killed, according to X23.", "X23"},
		{"The ALF/X23 said 40 soldiers were killed.", "The ALF/X23"},
		// The one quoted "as saying".
		{"Health Minister Ivo Marsh was quoted by state media as saying 40 people died.", "Health Minister Ivo Marsh"},
		// Several lower-case words before the head of a source's name.
		{"Ten people died, according to the rebel-controlled provincial health office.", "the rebel-controlled provincial health office"},
		// Initials at a sentence's end keep their last dot.
		{"The fighting has killed at least 1,500 people, according to the U.N.", "The U.N."},
	}
	checkCredits(t, tests)
	// A paragraph that opens with a quotation a pronoun closes goes on
	// with the speaker before: “… . …,” he wrote.
	paras := [][]string{
		{"A drone hit the town of Ostrov, according to Ivo Marsh, the regional governor."},
		{"\"Nine people were injured, two of them badly.", "Among them is a child,\" he wrote."},
	}
	want := []string{"Ivo Marsh", "Ivo Marsh", "Ivo Marsh"}
	if got := creditsOf(joinParagraphs(paras)); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}

// TestCreditFullerName checks that a figure credited to a role alone
// ("the ministry said") takes the fuller name the article gave it before.
func TestCreditFullerName(t *testing.T) {
	text := "At least 40 people were killed in the shelling, Norland's Health Ministry said on Monday.\n\n" +
		"\"Another 12 people were wounded,\" the ministry said. Police said 3 people were arrested."
	f := New(sudanDomain).Extract("s1", text, report.Date{Year: 2024, Month: 3, Day: 12})
	var got []string
	for _, fig := range f.Figures {
		got = append(got, fig.AttributedTo)
	}
	want := []string{"Norland's Health Ministry", "Norland's Health Ministry", "Police"}
	if !slices.Equal(got, want) {
		t.Errorf("credits\n got %q\nwant %q", got, want)
	}
}

// TestCreditCarriedNames checks credits carried from a spokesman whose
// name has a particle, and into a quotation that goes on after the
// sentence that names its speaker.
func TestCreditCarriedNames(t *testing.T) {
	paras := [][]string{
		{"Health Ministry spokesman Ivo al-Marsh gave a different account.", "He said 30 people died."},
		{"\"We lost 40 men,\" said Ana Brook, a Norland army officer.", "\"Another 12 were wounded.\""},
		{"The talks failed.", "\"Nothing is agreed.\""},
	}
	want := []string{"", "Health Ministry spokesman Ivo al-Marsh",
		"Ana Brook, a Norland army officer", "Ana Brook, a Norland army officer",
		"", ""}
	if got := creditsOf(joinParagraphs(paras)); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}

// checkCredits checks that every figure figuresIn finds in each text is
// credited to want ("" for none), and that each text has a figure.
func checkCredits(t *testing.T, tests []struct{ text, want string }) {
	t.Helper()
	am := newActorMatcher(testActors)
	for _, tt := range tests {
		fs := figuresIn(sentence(tt.text), am)
		if len(fs) == 0 {
			t.Errorf("figuresIn(%q): no figure", tt.text)
			continue
		}
		for _, f := range fs {
			if f.AttributedTo != tt.want {
				t.Errorf("figure %q of %q credited to %q, want %q", f.Text, tt.text, f.AttributedTo, tt.want)
			}
		}
	}
}
