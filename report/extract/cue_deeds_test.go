package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// ownerDomain is a world for positions that real reporting carries by a
// deed or a noun rather than a reporting verb.
var ownerDomain = Domain{
	Actors: []report.Actor{
		{Name: "Norland", Aliases: []string{"Nordvik"}},
		{Name: "Southia", Aliases: []string{"Sudstad"}},
		{Name: "Eastmark"},
		{Name: "Westria"},
		{Name: "Rebels", Aliases: []string{"Free Legion"}},
	},
	Issues: []report.Issue{
		{ID: "ceasefire", Terms: []string{"ceasefire", "truce"}},
		{ID: "talks", Terms: []string{"peace talks", "negotiations"}},
		{ID: "invasion", Terms: []string{"invasion", "offensive"}},
		{ID: "guarantees", Terms: []string{"security guarantees"}},
		{ID: "shipping", Terms: []string{"attacks on shipping"}},
		{ID: "withdrawal", Terms: []string{"withdrawal"}},
		{ID: "grid", Terms: []string{"power grid"}},
		{ID: "transition", Terms: []string{"transition"}},
		{ID: "prisoners", Terms: []string{"release the prisoners"}},
		{ID: "crackdown", Terms: []string{"uproot the militias"}},
		{ID: "sanctions", Terms: []string{"sanctions"}},
	},
}

// Each sentence is invented, in the shape real reporting used; each
// failed before the rule or lexicon entry it tests.
func TestDeedStances(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// irregular simple pasts of verb cues
		{"sought is seek", "Southia sought security guarantees from its allies.", []string{"Southia/guarantees/support"}},
		{"sought after an adverb", "Southia has consistently sought security guarantees.", []string{"Southia/guarantees/support"}},
		{"froze is freeze", "Norland froze the peace talks in March.", []string{"Norland/talks/oppose"}},
		{"had taken part is history", "Norland had taken part in peace talks with Southia.", nil},
		{"led to is a result", "The raid by Norland led to the collapse of the truce.", nil},
		// a support verb whose aim is a harm act
		{"vowed to derail", "The Free Legion vowed to derail the transition.", []string{"Rebels/transition/oppose"}},
		{"pledged to sabotage", "Eastmark pledged to sabotage the peace talks.", []string{"Eastmark/talks/oppose"}},
		// the owner of a deed
		{"a possessive across adjectives", "Westria said Norland's full-scale invasion had to end.", []string{"Norland/invasion/support"}},
		{"a possessive after of", "Troops advanced on the third day of Norland's invasion of Southia.", []string{"Norland/invasion/support"}},
		{"a possessive after a preposition, across an adjective", "Shippers rerouted after the Free Legion's repeated attacks on shipping.", []string{"Rebels/shipping/support"}},
		{"a possessive target is no deed", "Norland's drones hit targets on Southia's power grid.", nil},
		{"a goal is no deed", "The force would create the conditions for Norland's withdrawal.", nil},
		// the owner of a proposal proposes it
		{"a possessive proposal in the term", "The Free Legion rejected Norland's latest truce proposal.",
			[]string{"Norland/ceasefire/propose", "Rebels/ceasefire/oppose"}},
		{"a name before the proposal", "Southia is studying the Westria ceasefire proposal.", []string{"Westria/ceasefire/propose"}},
		{"a proposal for the issue", "Southia turned down an Eastmark proposal for a temporary truce.",
			[]string{"Eastmark/ceasefire/propose", "Southia/ceasefire/oppose"}},
		{"a proposal that is no actor's", "Southia turned down the truce proposal.", []string{"Southia/ceasefire/oppose"}},
		// hopes: for the issue itself, or of another party
		{"a hope that the issue holds", "Eastmark hopes the truce will hold.", []string{"Eastmark/ceasefire/support"}},
		{"a hope of the speaker's own", "\"We hope the ceasefire is going to open the door to peace talks,\" Westria said.",
			[]string{"Westria/ceasefire/support"}},
		{"a hope that the issue fails", "Eastmark hopes the truce will collapse.", nil},
		{"a hope of another party is a demand", "Norland hopes Southia will release the prisoners.", []string{"Norland/prisoners/demand"}},
		// a party faulted for an act late or undone
		{"slow to", "Norland says Southia has been slow to release the prisoners.", []string{"Norland/prisoners/demand"}},
		{"failed to", "Westria said Southia had failed to release the prisoners.", []string{"Westria/prisoners/demand"}},
		// a verb cue after a preposition is a noun
		{"in advance of", "Westria moved troops in advance of Norland's offensive.", []string{"Norland/invasion/support"}},
		{"with respect to", "Norland, with respect to the truce, said nothing new.", nil},
		{"a gerund after a preposition stays a verb", "Norland won praise for backing the truce.", []string{"Norland/ceasefire/support"}},
		// verdict words
		{"calling it contrary to law", "Southia called the sanctions \"contrary to international law.\"", []string{"Southia/sanctions/oppose"}},
		{"called a landmark", "Eastmark called the truce a landmark for the region.", []string{"Eastmark/ceasefire/support"}},
		// adjectives of resolve and interest
		{"interested in", "Southia said it was only interested in a lasting truce.", []string{"Southia/ceasefire/support"}},
		{"stands resolute in", "Norland stands resolute in uprooting the militias.", []string{"Norland/crackdown/support"}},
	}
	for _, tt := range tests {
		if got := stanceKeys(ownerDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tt.name, tt.text, got, tt.want)
		}
	}
}
