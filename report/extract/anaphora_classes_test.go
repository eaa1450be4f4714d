package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// classDomain is an invented conflict with violent issues (raids on
// shipping, drone strikes), the end of one (a truce whose term names
// raids), and acts of policy (sanctions, talks).
var classDomain = Domain{
	Actors: []report.Actor{
		{Name: "Eastland"}, {Name: "Westria"}, {Name: "Front", Aliases: []string{"Liberation Front"}},
		{Name: "Norland"}, {Name: "Southia"},
	},
	Issues: []report.Issue{
		{ID: "shipping", Label: "Front raids on shipping", Terms: []string{"raids on shipping", "Gulf of Sorrows"}},
		{ID: "drones", Label: "Drone strikes", Terms: []string{"drone strikes"}},
		{ID: "truce", Label: "Truce", Terms: []string{"truce", "halt the raids"}},
		{ID: "sanctions", Label: "Sanctions", Terms: []string{"sanctions"}},
		{ID: "talks", Label: "Talks", Terms: []string{"talks"}},
		{ID: "losses", Label: "Army losses", Terms: []string{"soldiers were killed"}},
	},
}

// A noun of an anaphor class points back to the latest issue of its kind
// within its reach: a violent act to a violent issue, a generic act to
// any issue named just before; never to one only supposed, nor past an
// indefinite use of the same noun.
func TestAnaphorClasses(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"'the sinking' points back to the violent issue named sentences before",
			"The Front carried out raids on shipping in the Gulf of Sorrows last year. A cargo ship went down on Monday. Nine sailors were rescued. Norland condemned the sinking.",
			[]string{"Front/shipping/support", "Norland/shipping/oppose"}},
		{"'the attack' takes no issue that names the end of violence",
			"Westria urged the Front to halt the raids. A convoy was hit on Tuesday. Southia condemned the attack.",
			[]string{"Westria/truce/demand"}},
		{"'the killings' takes no issue whose term only has a verb of killing",
			"Eastland said three soldiers were killed at the border. Southia condemned the killings.",
			[]string{}},
		{"an indefinite use of the noun that names no issue comes first",
			"Eastland launched drone strikes on the border towns. On Sunday the Front claimed an attack on a police post. Eastland said it repelled the attack.",
			[]string{"Eastland/drones/support"}},
		{"'the decision' points back to the act named the sentence before",
			"Westria imposed sanctions on Eastland's central bank on Friday. Norland welcomed the decision.",
			[]string{"Norland/sanctions/support", "Westria/sanctions/support"}},
		{"'the move' takes no issue named only as a condition",
			"The Front said it would lay down its arms if Eastland agreed to talks. Westria denounced the move.",
			[]string{}},
		{"'the step' the subject is ready to take is its own act, not the one named before",
			"Westria imposed sanctions on the Front. Eastland said it was ready to take this step.",
			[]string{"Westria/sanctions/support"}},
		{"'the decision' names a deed, not an issue only wished for",
			"Eastland pulled out of the talks on Monday. Norland said it wanted talks to resume soon. Southia regretted the decision.",
			[]string{"Eastland/talks/oppose", "Norland/talks/support"}},
		{"a generic act noun with its own complement points nowhere",
			"Westria imposed sanctions on the Front. Norland welcomed the decision to reopen the border.",
			[]string{"Westria/sanctions/support"}},
	} {
		got := stanceKeys(classDomain, tt.text)
		if got == nil {
			got = []string{}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.name, got, tt.want)
		}
	}
}

// "The kingdom", "the republic" stand for the country actor named last:
// in the sentence, else as a subject in the few before; never for a place
// after a preposition.
func TestStateDescriptions(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "Jordan"}, {Name: "Norway"}, {Name: "Front"}},
		Issues: []report.Issue{
			{ID: "annexation", Terms: []string{"annexation"}},
			{ID: "talks", Terms: []string{"talks"}},
		},
	}
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"'the kingdom' after its foreign ministry in the sentence",
			"Jordan's foreign ministry said the kingdom rejected any annexation of the valley.",
			[]string{"Jordan/annexation/oppose"}},
		{"'the kingdom' after officials who say it in the sentence",
			"Jordanian officials say privately that the kingdom wants talks with the Front.",
			[]string{"Jordan/talks/support"}},
		{"'the kingdom' points back to the country named as a subject before",
			"Jordan hosted a meeting of donors on Monday. The kingdom later called for talks with the Front.",
			[]string{"Jordan/talks/demand"}},
		{"a place after a preposition stands for nobody",
			"The Front met donors in Jordan. Talks in the kingdom stalled.",
			[]string{}},
	} {
		got := stanceKeys(d, tt.text)
		if got == nil {
			got = []string{}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.name, got, tt.want)
		}
	}
}

// "The army", "the military", "the armed forces" stand for the one actor
// named before by such a noun in lower case; a name that ends with one
// ("the Liberation Army") is no such description, and two actors so
// named leave it to nobody.
func TestMilitaryDescriptions(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{
			{Name: "Junta", Aliases: []string{"Eastland military", "Eastlandic army"}},
			{Name: "Front", Aliases: []string{"Liberation Army"}},
			{Name: "Rebels", Aliases: []string{"rebel army"}},
		},
		Issues: []report.Issue{{ID: "talks", Terms: []string{"talks"}}},
	}
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"'the armed forces' after the one military named",
			"The Liberation Army handed the town back to the Eastland military on Tuesday. A spokesman said the armed forces would hold talks with the Liberation Army.",
			[]string{"Junta/talks/support"}},
		{"two actors named by a military noun leave 'the army' to nobody",
			"The rebel army and the Eastlandic army clashed near the border. Officials said the army would hold talks next week.",
			[]string{}},
	} {
		got := stanceKeys(d, tt.text)
		if got == nil {
			got = []string{}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.name, got, tt.want)
		}
	}
}
