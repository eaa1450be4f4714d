package extract

import (
	"brief/report"

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
// numbers of a displacement restated, any currency, releases.
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
		// Not a release: still held, abducted.
		{"Gunmen kidnapped at least 20 passengers on the highway.", []string{"20|at least|abducted"}},
		{"Hamas is holding as many as 130 hostages.", []string{"130|up to|abducted"}},
		{"Under the deal 33 hostages would be freed.", []string{"33||abducted"}},
	})
}

// figureOut wraps a figure for realKey.
type figureOut struct{ report.Figure }
