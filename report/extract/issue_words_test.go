package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// wordsDomain is an invented conflict whose issues are written as a user
// writes them before reading any article: a word or two each.
var wordsDomain = Domain{
	Actors: []report.Actor{
		{Name: "Eastland", Aliases: []string{"Eastlandic government"}},
		{Name: "Westria", Aliases: []string{"Port Anselm"}},
		{Name: "Front", Aliases: []string{"Liberation Front"}},
		{Name: "Norland"},
	},
	Issues: []report.Issue{
		{ID: "invasion", Label: "The north", Terms: []string{"invade"}},
		{ID: "flights", Label: "Flights", Terms: []string{"resume flights"}},
		{ID: "port", Label: "The port", Terms: []string{"seize the port"}},
		{ID: "talks", Label: "Peace talks", Terms: []string{"negotiations"}},
		{ID: "havens", Label: "Front safe havens in Westria", Terms: []string{"safe havens"}},
		{ID: "weapons", Label: "Military aid to Eastland", Terms: []string{"military aid"}},
		{ID: "territory", Label: "Territorial concessions", Terms: []string{"territorial concessions"}},
		{ID: "aid", Label: "Humanitarian aid", Terms: []string{"humanitarian aid"}},
		{ID: "mission", Label: "Security mission", Terms: []string{"security mission"}},
		{ID: "sanctions", Label: "Sanctions on Westria", Terms: []string{"sanctions"}},
		{ID: "disarm", Label: "Disarming the Front", Terms: []string{"disarmament"}},
		{ID: "nato", Label: "Eastland in NATO", Terms: []string{"join NATO"}},
		{ID: "staff", Label: "Detained aid staff", Terms: []string{"release of aid staff"}},
		{ID: "guarantees", Label: "Security guarantees", Terms: []string{"security guarantees"}},
		{ID: "shipping", Label: "Front attacks on shipping", Terms: []string{"attacks on shipping"}},
		{ID: "arming", Label: "Westria arms the Front", Claim: true, Terms: []string{"arming the Liberation Front Fighters"}},
	},
}

// An issue is met in the words reporters use for it, not only the user's:
// the noun of its verb (lexicon derivations.toml, from WordNet) and the
// thesaurus's paraphrases.
func TestIssueParaphrases(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"a verb's act noun that Snowball stems apart: cession / cede",
			"Eastland rejected the cession of the islands to Westria.",
			[]string{"Eastland/territory/oppose"}},
		{"a user's term of a verb, an article and its object in the passive order",
			"Westria said the port was seized by the Front overnight.",
			[]string{"Front/port/support"}}, // the agent of the passive does it
		{"invasion / invade",
			"Eastland condemned the invasion of its northern provinces.",
			[]string{"Eastland/invasion/oppose"}},
		{"resumption / resume",
			"Norland called for the resumption of flights to Port Anselm.",
			[]string{"Norland/flights/demand"}},
		{"seizure / seize",
			"Westria condemned the seizure of the port by the Front.",
			[]string{"Westria/port/oppose"}},
		{"a haven named as attacks launched from a country's soil",
			"Eastland urged Westria to ensure that attacks are not launched from its soil.",
			[]string{"Eastland/havens/demand"}},
		{"military aid named by the weapons given",
			"Norland pledged more air defense systems to Eastland.",
			[]string{"Norland/weapons/support"}},
		{"a territorial concession named as a swap of land",
			"Eastland rejected any land swap with the Front.",
			[]string{"Eastland/territory/oppose"}},
		{"aid named by the blockade that stops it",
			"Norland demanded that Westria lift the blockade on the port.",
			[]string{"Norland/aid/demand"}},
		{"talks named by their means",
			"The Front reaffirmed its commitment to resolving the dispute through diplomatic channels.",
			[]string{"Front/talks/support"}},
		{"a security mission named by the police it deploys",
			"Eastland welcomed the deployment of police from Norland.",
			[]string{"Eastland/mission/support"}},
		{"sanctions named by the costs imposed",
			"Norland vowed to impose costs on Westria for the raids.",
			[]string{"Norland/sanctions/support"}},
		{"disarmament named as arms handed over",
			"Eastland said the Front must hand over its arms to the army.",
			[]string{"Eastland/disarm/demand"}},
		{"a haven named as a group driven from a country's territory",
			"Eastland called on Westria to expel the Front from Westrian territory.",
			[]string{"Eastland/havens/demand"}},
		{"a name joined by 'and' to the term's own name",
			"Eastland said it wants to join the European Union and NATO.",
			[]string{"Eastland/nato/support"}},
		{"the term's first word inside a name is no term",
			"Westria said Armed Forces and Liberation Front Fighters met in Port Anselm.",
			nil},
		{"a term's word replaced by another of its group: staff / personnel",
			"Norland demanded that the Front release immediately all aid personnel.",
			[]string{"Norland/staff/demand"}},
		{"guarantees named by the force that would give them",
			"Westria rejected any reassurance force in Eastland.",
			[]string{"Westria/guarantees/oppose"}},
		{"attacks on shipping named as a blockade at sea",
			"The Front vowed to tighten its naval blockade off Port Anselm.",
			[]string{"Front/shipping/support"}},
		{"a shipping issue takes no 'attacks' of any other kind",
			"The Front vowed to continue its attacks on the capital.",
			nil},
		{"an unrelated use of the same words raises nothing",
			"Eastland said the soil in the valley was too dry for crops.",
			nil},
	} {
		if got := stanceKeys(wordsDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.name, got, tt.want)
		}
	}
}

// An issue term in its passive order that holds a modal and is narrowed
// by "only" sets a condition, not a demand.
func TestPassiveOnly(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "Eastland"}, {Name: "Front"}},
		Issues: []report.Issue{{ID: "aid", Label: "Aid", Terms: []string{"aid delivery"}}},
	}
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"narrowed by 'only': a condition",
			"Eastland says aid must be delivered only through its own ports.",
			[]string{"Eastland/aid/conditional"}},
		{"without 'only': a demand",
			"Eastland says aid must be delivered to the north at once.",
			[]string{"Eastland/aid/demand"}},
	} {
		if got := stanceKeys(d, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.name, got, tt.want)
		}
	}
}

// A claim that one actor arms or backs a group is also named by what the
// group is given: "weapons to the Legion", "support for the Legion".
func TestNominalSponsorship(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"weapons given to the group",
			"Eastland said Norland had sent weapons to the Legion.",
			[]string{"Eastland/arms/support"}},
		{"support for the group, denied",
			"Norland denied providing any support for the Legion.",
			[]string{"Norland/arms/deny"}},
	} {
		if got := stanceKeys(sponsorDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.name, got, tt.want)
		}
	}
}
