package extract

import (
	"brief/report"
	"brief/report/extract/lexicon"
	"os"
	"path/filepath"

	"strings"
	"testing"
)

// realKey renders a figure as "LOW[-HIGH]|QUALIFIER|WHAT[|CURRENCY]".
func realKey(fs []figureOut) []string {
	var out []string
	for _, f := range fs {
		k := figureKey(f.Figure)
		if f.Currency != "" {
			k += "|" + f.Currency
		}
		out = append(out, k)
	}
	return out
}

// checkFigures runs figuresIn over each sentence and compares the keys.
func checkFigures(t *testing.T, tests []struct {
	text string
	want []string
}) {
	t.Helper()
	am := newActorMatcher(testActors)
	for _, tt := range tests {
		var fs []figureOut
		for _, f := range figuresIn(sentence(tt.text), am) {
			fs = append(fs, figureOut{f})
		}
		if got := realKey(fs); strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("figuresIn(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestFigureKindsReal checks the kinds of figures in the shapes real
// reporting and event coders' notes write them: idioms of death, the
// numbers of a displacement restated, any currency, releases, and the
// verb after a modifying phrase.
func TestFigureKindsReal(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		// Idioms of death and martyrdom.
		{"Four soldiers laid down their lives in the attack.", []string{"4||killed"}},
		{"Three soldiers embraced shahadat during the exchange of fire.", []string{"3||killed"}},
		{"Two policemen were martyred when gunmen opened fire.", []string{"2||killed"}},
		{"The TTP carried out an attack in which one civilian was killed.", []string{"1||killed"}},
		{"1 fighter was shot and killed by police in Swat.", []string{"1||killed"}},
		{"78 ISWAP/Boko Haram fighters were killed by the army.", []string{"78||killed"}},
		{"The militants attacked the village, killing one and injuring two.", []string{"1||killed", "2||injured"}},
		{"The clash left 3 militants dead.", []string{"3||killed"}},
		{"The blast caused the death of one soldier.", []string{"1||killed"}},
		{"Five corpses were found near the river.", []string{"5||killed"}},
		{"Fatalities range from 1 to 2.", []string{"1-2||killed"}},
		{"Fatalities: 3.", []string{"3||killed"}},
		{"Unidentified gunmen killed 3 people (2 soldiers and 1 civilian) in Kidal.", []string{"3||killed", "2||killed", "1||killed"}},
		// One person, counted by "a" or "an": ACLED's notes write most
		// single deaths so.
		{"A civilian was killed in the shelling.", []string{"1||killed"}},
		{"An aid worker was shot dead in Kidal on Monday.", []string{"1||killed"}},
		{"A soldier was killed and two others were wounded.", []string{"1||killed", "2||injured"}},
		{"A policeman was injured when the bomb went off.", []string{"1||injured"}},
		{"The blast caused the death of a soldier.", []string{"1||killed"}},
		{"A journalist was abducted by gunmen.", []string{"1||abducted"}},
		{"A suspect was arrested in Goma.", []string{"1||arrested"}},
		{"As many as 100 people may have been killed in the strike.", []string{"100|up to|killed"}},
		{"About one million people have sought refuge in the city.", []string{"1000000|about|displaced"}},
		// A displacement restated: both numbers are displaced.
		{"Some 10,000 families, or more than 50,000 people, have left their homes.",
			[]string{"10000|about|displaced", "50000|more than|displaced"}},
		// Any currency: money with its ISO code.
		{"The government allocated Rs 5 billion for the victims.", []string{"5000000000||money|PKR"}},
		{"The donors pledged 2 billion afghanis and €30 million to the fund.",
			[]string{"2000000000||money|AFN", "30000000||money|EUR"}},
		{"Washington pledged $1.5bn in aid.", []string{"1500000000||money|USD"}},
		{"The bank lent CHF 300 million and £20 million.", []string{"300000000||money|CHF", "20000000||money|GBP"}},
		{"Kyiv received 5 billion hryvnias.", []string{"5000000000||money|UAH"}},
		// Releases and exchanges.
		{"The militants released 25 hostages on Sunday.", []string{"25||released"}},
		{"Kabul freed 40 detainees in the prisoner exchange.", []string{"40||released"}},
		{"The two sides exchanged 90 prisoners each.", []string{"90||released"}},
		{"Hamas set free four hostages.", []string{"4||released"}},
		{"Twelve prisoners were released by the junta.", []string{"12||released"}},
		// Held, then freed: the release is what is counted.
		{"The ministry said 1,200 people detained in the north were freed on Monday.", []string{"1200||released"}},
		{"Some 40 hostages abducted in the raid were released.", []string{"40|about|released"}},
		// Charged or jailed: arrests; people who crossed into a country: displacement.
		{"More than 200 people had been charged under the new law.", []string{"200|more than|arrested"}},
		{"About 30,000 Norlanders had crossed into Chad by Sunday.", []string{"30000|about|displaced"}},
		{"About 2,000 fighters crossed into Chad on Sunday.", []string{"2000|about|fighters"}},
		// The missing are neither dead nor displaced: a figure of kind other.
		{"Divers are still searching for 15 fishermen reported missing.", []string{"15||other"}},
		{"Another 40 villagers remain unaccounted for after the raid.", []string{"40||other"}},
		{"Nine people are missing and 30 were injured in the landslide.", []string{"9||other", "30||injured"}},
		{"The two sides agreed to release about 900 detainees.", []string{"900|about|released"}},
		{"The Red Cross facilitated the release of 40 soldiers held by the rebels.", []string{"40||released"}},
		{"The delegations agreed to exchange at least 300 more prisoners.", []string{"300|at least|released"}},
		{"The rebels freed the last 20 living hostages on Monday.", []string{"20||released"}},
		// Wounded taken to hospital.
		{"At least 12 people were killed and 30 others taken to hospital with wounds.", []string{"12|at least|killed", "30||injured"}},
		// Killing by another name; losses of one's own; flight caused;
		// a count quoted inside the sentence.
		{"Gunmen raided two villages, beheading at least seven farmers.", []string{"7|at least|killed"}},
		{"Four aid workers were murdered in the district last month.", []string{"4||killed"}},
		{"The army said it repelled the raid, losing three soldiers.", []string{"3||killed"}},
		{"The army lost 12 villages and three towns in the offensive.", nil},
		{"Russia has lost more than 600,000 troops since the invasion.", []string{"600000|more than|troops"}},
		{"The offensive prompted more than 80,000 villagers to flee across the border.", []string{"80000|more than|displaced"}},
		{`Officials said "at least 15 militants" had been killed in the raid.`, []string{"15|at least|killed"}},
		{"At least nine people were reported to be killed in the shelling, the mayor said.", []string{"9|at least|killed"}},
		// "with N others injured" sets the others apart; "and N others" joins them.
		{"The dead included 4 women and 10 children, with 17 others injured.", []string{"4||killed", "10||killed", "17||injured"}},
		{"Among the victims were 4 women and 10 children, with 17 others injured.", []string{"4||other", "10||people", "17||injured"}},
		{"Two soldiers and three others were wounded in the blast.", []string{"2||injured", "3||injured"}},
		{"The ambush left 12 soldiers losing their lives, the army said.", []string{"12||killed"}},
		// What happened to them told after a phrase that says who they are,
		// where they are, or an "of" phrase; a list of unlike casualties;
		// the dead named by the crime.
		{"At least 90 men suspected of links to the militia have been killed since May.", []string{"90|at least|killed"}},
		{"More than 40,000 people in the province have been displaced.", []string{"40000|more than|displaced"}},
		{"Three members of the ship's crew died and two others were injured.", []string{"3||killed", "2||injured"}},
		{"Two of those killed and three others injured were Norlanders.", []string{"2||killed", "3||injured"}},
		{"In the north 60 people lost lives in 14 attacks.", []string{"60||killed", "14||attacks"}},
		{"The council condemned the murder of 17 villagers.", []string{"17||killed"}},
		{"Over 300 people were killed, injured or went missing in July.", []string{"300|more than|other"}},
		// A list whose verb comes after an aside or an "of" phrase.
		{"At least four soldiers, including a major, and six militants were killed in the raid.", []string{"4|at least|killed", "6||killed"}},
		{"Three soldiers and an officer of the army were killed.", []string{"3||killed"}},
		// A toll's own number, not a count of things named on the way.
		{"The death toll from Monday's strike on two apartment blocks in the port has risen to 31, the governor said.",
			[]string{"2||other", "31||killed"}},
		// Not a release: still held, abducted.
		{"Gunmen kidnapped at least 20 passengers on the highway.", []string{"20|at least|abducted"}},
		{"Hamas is holding as many as 130 hostages.", []string{"130|up to|abducted"}},
		{"Under the deal 33 hostages would be freed.", []string{"33||abducted"}},
	})
}

// figureOut wraps a figure for realKey.
type figureOut struct{ report.Figure }

// TestFigureNoiseReal checks numbers of real reporting that count no
// people hurt, forces or money: populations, names, places, ages, ranks.
func TestFigureNoiseReal(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"Gunmen stormed Peshawar, a city of 2 million people, on Monday.", nil},
		{"Kohat, a district of about 1.2 million people, has been hit hard.", nil},
		{"Tank, a town of some 90,000 people before the fighting, was shelled.", nil},
		{"Gaza City, once home to about 700,000 people, lies in ruins.", nil},
		{"Four sailors were killed and 10 were rescued from the water.", []string{"4||killed", "10||other"}},
		{"The province, home to 12 million people, has seen a surge in attacks.", nil},
		{"The country has a population of 40 million people.", nil},
		{"The militants captured two key cities.", nil},
		{"Pakistan's 240 million people face inflation.", nil},
		{"Half of the country's 48 million people need aid.", nil},
		{"Gaza's 2.3 million residents have been displaced.", []string{"2300000||displaced"}},
		{"The TTP's 6,000 fighters are based in Afghanistan.", []string{"6000||fighters"}},
		{"The rebels seized three districts and 12 villages.", nil},
		{"Zamzam camp, home to 500,000 displaced people, was shelled.", []string{"500000||displaced"}},
		{"The Group of Seven condemned the attack.", nil},
		{"Fatalities: 0.", nil},
		{"The clash resulted in 0 fatalities and zero injuries.", nil},
		{"A 25-year-old man was killed in Bannu.", []string{"1||killed"}}, // the man, as "a civilian was killed"; the age is no count
		{"It was the group's second attack this month.", nil},
		{"The office is at 15 Mall Road in Peshawar.", nil},
		{"Twelve people were killed, including a 10-year-old boy.", []string{"12||killed"}},
		{"The city, which houses nearly a million inhabitants as well as 600,000 displaced, was shelled.", []string{"600000||displaced"}},
		// A count of the sources that report a toll is no toll.
		{"Three universities estimate the death toll at 130,000.", []string{"130000||killed"}},
		{"Two studies put the number of dead at 4,000.", []string{"4000||killed"}},
		// The whole a part is of: the verb after both is the part's.
		{"At least three of its 40 passengers were killed.", nil},
		{"Two of the three suspects were arrested in Norvik.", []string{"2||arrested"}},
		{"Two of the 10 people killed were police officers.", []string{"10||killed"}},
		{"Five of the 20 wounded were children.", []string{"20||injured"}},
	})
}

// TestFigureSeriesReal checks a statistic given for two years: two
// figures, each with its year as its period.
func TestFigureSeriesReal(t *testing.T) {
	tests := []struct {
		text string
		want []string // "LOW|WHAT|PERIOD"
	}{
		{"Attacks rose from 573 in 2021 to 1,210 in 2023.", []string{"573|attacks|2021", "1210|attacks|2023"}},
		{"Deaths in militant violence climbed from 980 in 2022 to 1,524 in 2023.", []string{"980|killed|2022", "1524|killed|2023"}},
		{"The number of displaced fell from 2 million in 2022 to 1.5 million in 2023.", []string{"2000000|displaced|2022", "1500000|displaced|2023"}},
	}
	am := newActorMatcher(testActors)
	for _, tt := range tests {
		var got []string
		for _, f := range figuresIn(sentence(tt.text), am) {
			got = append(got, num(f.Low)+"|"+string(f.What)+"|"+f.Period)
		}
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("figuresIn(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestFigureSetsOwnNames checks that figures.toml names no set that
// another embedded lexicon file names too: sets of one name are joined,
// so a shared name would mix two rules' words.
func TestFigureSetsOwnNames(t *testing.T) {
	mine := readLexiconFile(t, "lexicon/figures.toml")
	files, err := filepath.Glob("lexicon/*.toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if filepath.Base(f) == "figures.toml" {
			continue
		}
		for name := range readLexiconFile(t, f).Sets {
			if _, ok := mine.Sets[name]; ok {
				t.Errorf("set %q is in both figures.toml and %s", name, filepath.Base(f))
			}
		}
	}
}

func readLexiconFile(t *testing.T, path string) *lexicon.Lexicon {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var l lexicon.Lexicon
	if err := lexicon.Parse(filepath.Base(path), b, &l); err != nil {
		t.Fatal(err)
	}
	return &l
}
