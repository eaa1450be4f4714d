package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// dealDomain is an invented conflict with a process (talks) and the deals
// it makes (a ceasefire, a peace agreement), a mission and a mediator.
var dealDomain = Domain{
	Actors: []report.Actor{
		{Name: "Eastland", Aliases: []string{"Eastlandic government"}},
		{Name: "Westria"},
		{Name: "Front", Aliases: []string{"Liberation Front"}},
		{Name: "United Nations", Aliases: []string{"UN", "Security Council"}},
		{Name: "United States", Aliases: []string{"We"}},
		{Name: "Norland"},
	},
	Issues: []report.Issue{
		{ID: "talks", Label: "Talks", Terms: []string{"talks"}},
		{ID: "ceasefire", Label: "Ceasefire", Terms: []string{"ceasefire"}},
		{ID: "peace_deal", Label: "The peace agreement", Terms: []string{"peace agreement"}},
		{ID: "mission", Label: "The security mission", Terms: []string{"security mission"}},
		{ID: "mediation", Label: "Mediation", Terms: []string{"mediation"}},
		{ID: "disarmament", Label: "Disarming the Front", Terms: []string{"disarmament"}},
	},
}

// A pointing noun takes the issue its antecedent names, and none when
// nothing before names one.
func TestIssueAnaphora(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"'the agreement' is the deal agreed to, not the talks that made it",
			"Eastland and the Front agreed to an immediate ceasefire after talks in Norland. The two sides will meet again next month. The UN welcomed the agreement.",
			[]string{"Eastland/ceasefire/support", "Eastland/talks/support", "Front/ceasefire/support", "Front/talks/support", "United Nations/ceasefire/support"}},
		{"'the deal' is the truce a deal noun named, not the mediators named since",
			"The Front said it was committed to the ceasefire deal announced by the mediators. Westria later approved the deal.",
			[]string{"Front/ceasefire/support", "Front/mediation/support", "Westria/ceasefire/support"}},
		{"'the agreement' far back is the same noun's issue, not the talks named since",
			"Eastland and Westria signed a peace agreement on Friday. The ceremony was held in the capital. Reporters were shown the signing room. Separately, talks between Eastland and the Front resumed in Norland. Norland welcomed the agreement.",
			[]string{"Eastland/peace_deal/support", "Eastland/talks/support", "Front/talks/support", "Norland/peace_deal/support", "Westria/peace_deal/support"}},
		{"a noun first met outside a mention takes the issue named beside it",
			"The Security Council adopted a resolution authorizing a security mission on Monday. The Council also urged talks between Eastland and the Front. Westria welcomed the resolution.",
			[]string{"United Nations/mission/support", "United Nations/talks/demand", "Westria/mission/support"}},
		{"'it' after a verb done to a deal is the deal named just before",
			"Eastland and Westria signed the peace agreement in Washington on Friday. We expect both governments to implement it in full.",
			[]string{"Eastland/peace_deal/support", "United States/peace_deal/support", "Westria/peace_deal/support"}},
		{"a mission, unlike a deal, is not pointed back to from far",
			"The Security Council approved a security mission in March. Its first officers arrived in June. Fighting continued in the north. Aid groups counted the dead. Norland criticised the earlier mission.",
			[]string{"United Nations/mission/support"}},
		{"a noun with its own complement points nowhere: 'the framework of the constitution'",
			"Talks between Eastland and the Front resumed in Norland on Monday. Westria rejected any step taken outside the framework of the constitution.",
			[]string{"Eastland/talks/support", "Front/talks/support"}},
		{"a quantified noun is no antecedent: 'any force' then 'the force'",
			"The Front said it would reject any force whose mandate includes disarmament. Westria welcomed the force.",
			[]string{"Front/disarmament/oppose"}},
	} {
		if got := stanceKeys(dealDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.name, got, tt.want)
		}
	}
}

// A term that names an act by its noun ("release of aid workers") is met
// as its verb and object too, in either order.
func TestVerbalTerms(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "United Nations", Aliases: []string{"UN"}}, {Name: "Front"}, {Name: "Norland"}},
		Issues: []report.Issue{
			{ID: "workers", Terms: []string{"release of aid workers"}},
			{ID: "withdrawal", Terms: []string{"withdrawal of foreign forces"}},
		},
	}
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"the verb and its object", "The UN called on the Front to release the aid workers immediately.",
			[]string{"United Nations/workers/demand"}},
		{"the object and its passive verb", "Norland demanded that all foreign forces be withdrawn.",
			[]string{"Norland/withdrawal/demand"}},
	} {
		if got := stanceKeys(d, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.name, got, tt.want)
		}
	}
}

// An act noun after a possessive pronoun ("their release") is a mention
// of the issue just named whose term the noun's verb opens.
func TestPossessedAct(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "Front"}, {Name: "Norland"}},
		Issues: []report.Issue{
			{ID: "workers", Terms: []string{"aid workers", "release of aid workers"}},
			{ID: "talks", Terms: []string{"talks"}},
		},
	}
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"'their release' after the people held",
			"The Front is holding 40 aid workers, some since 2021. Norland demanded their immediate and unconditional release.",
			[]string{"Norland/workers/demand"}},
		{"no issue of the noun's verb was named just before",
			"The Front is holding 40 aid workers, some since 2021. Talks resumed on Monday. Fighting continued in the north. Norland demanded their release.",
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
