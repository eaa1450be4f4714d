package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// join11Domain is a world for the subjects real reporting leaves to the
// reader: a list of speakers taken up by "they", a group named again by
// the noun it was named with, and who "they" are after "informed X".
var join11Domain = Domain{
	Actors: []report.Actor{
		{Name: "Norland", Aliases: []string{"Nordvik"}},
		{Name: "Southia", Aliases: []string{"Sudstad"}, People: []string{"Omar Vale"}},
		{Name: "Eastmark"},
		{Name: "Westria", Aliases: []string{"Westrian rebels"}},
		{Name: "Concord", Aliases: []string{"Concord leaders"}},
	},
	Issues: []report.Issue{
		{ID: "ceasefire", Terms: []string{"ceasefire", "truce"}},
		{ID: "talks", Terms: []string{"peace talks", "negotiations"}},
		{ID: "hostages", Terms: []string{"release of the hostages"}},
		{ID: "raids", Terms: []string{"attacks on shipping"}},
		{ID: "withdrawal", Terms: []string{"withdraw"}},
		{ID: "accord", Label: "Accord between Norland and Southia", Terms: []string{"peace accord"}},
		{ID: "backing", Claim: true, Terms: []string{"support for the rebels", "arming the rebels"}},
	},
}

// Sentences in the shapes real reporting uses, each invented.
func TestJoinSubjects(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// a plural noun that closes a quotation before "they" is not who "they" are
		{`In a joint statement, Norland and Eastmark said that "as partners in the effort to free the detainees", they "call on both sides to accept the truce".`,
			[]string{"Eastmark/ceasefire/demand", "Norland/ceasefire/demand"}},
		{"Norland blamed the envoys for delays in their peace talks.", nil},
		// a quotation that a list of actors speaks is each one's
		{`In a statement, Norland, Eastmark and Southia said that "as mediators we will work to secure a truce".`,
			[]string{"Eastmark/ceasefire/support", "Norland/ceasefire/support", "Southia/ceasefire/support"}},
		{`"We will work to secure a truce," Omar Vale said, after talks with Norland.`, []string{"Southia/ceasefire/support", "Southia/talks/support"}},
		// a group named again by the noun it was first named with is the same group
		{"Westrian rebels seized the town on Friday. Eastmark said on Sunday that it would host peace talks. The rebels agreed to a truce.",
			[]string{"Eastmark/talks/support", "Westria/ceasefire/support"}},
		{"Concord leaders met on Friday. Norland sent an envoy to the meeting. In a statement, the leaders said they welcome the release of the hostages.",
			[]string{"Concord/hostages/support"}},
		{"Eastmark said on Sunday that it would host peace talks. The rebels agreed to a truce.",
			[]string{"Eastmark/ceasefire/support", "Eastmark/talks/support"}},
		// the pronoun after "informed X" is the teller's, not the one told nor the reporter
		{"Omar Vale said that Westrian rebels had informed Eastmark they will not carry out attacks on shipping.",
			[]string{"Westria/raids/oppose"}},
		{"Norland assured Eastmark that it would respect the truce, Omar Vale said.", []string{"Norland/ceasefire/support"}},
		{"Norland told Eastmark it must respect the truce.", []string{"Norland/ceasefire/demand"}},
		// a demand that a claimed act stop asserts that it goes on
		{"Norland called on Southia to immediately cease its support for the rebels.", []string{"Norland/backing/support"}},
		{"We urge Southia to stop arming the rebels, Omar Vale said.", []string{"Southia/backing/support"}},
		{"Eastmark urged Southia to end support for the rebels.", []string{"Eastmark/backing/support"}},
		{"Southia rejected calls to end its support for the rebels.", nil},
		{"Norland did not urge Southia to end its support for the rebels.", nil},
		// "the two sides" that the text pairs with no one are the two the issue's label names
		{"Eastmark said the two sides had agreed to a peace accord.", []string{"Norland/accord/support", "Southia/accord/support"}},
		{"On Friday the warring parties agreed on a peace accord.", []string{"Norland/accord/support", "Southia/accord/support"}},
		{"Officials from both sides agreed to a peace accord.", nil},
		{"Eastmark said parties had agreed to a peace accord.", nil},
		// a verb that ends its clause takes the issue of the clause before
		{"Norland called for a truce on Monday, but Southia has refused.", []string{"Norland/ceasefire/demand", "Southia/ceasefire/oppose"}},
		{"Eastmark proposed peace talks and Westria agreed.", []string{"Eastmark/talks/propose", "Westria/talks/support"}},
		{"Norland called for a truce, but Southia refused the offer of a corridor.", []string{"Norland/ceasefire/demand"}},
		{"Southia refused, and Norland called for a truce.", []string{"Norland/ceasefire/demand"}},
		{"Aid reached the port after the truce, but many trucks were still blocked.", nil},
		{"The plan required Southia to join the peace talks, a plan Westria has repeatedly opposed.", nil}, // a plan's terms are no party's position (pair_documents.go)
		{"Peace talks between Norland and Westria will resume next week, Omar Vale announced.", nil},
		{"Norland called for a truce and an end to \"all outside support\".", []string{"Norland/ceasefire/demand"}},
		{"Eastmark said the two sides had agreed to hold negotiations on a peace accord.",
			[]string{"Norland/talks/support", "Southia/talks/support"}},
	}
	for _, tt := range tests {
		if got := stanceKeys(join11Domain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}
