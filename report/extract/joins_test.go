package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// joinDomain is a world for sentences that name an actor, a cue and an
// issue that no rule joined: effort phrases, adverbs inside a cue, and
// those who help another do an act.
var joinDomain = Domain{
	Actors: []report.Actor{
		{Name: "Norland", Aliases: []string{"Nordvik", "Nordby"}},
		{Name: "Southia", Aliases: []string{"Sudstad"}, People: []string{"Omar Vale"}},
		{Name: "Eastmark", Aliases: []string{"Eastern Council"}},
		{Name: "Westria", Aliases: []string{"the rebels"}, Demonyms: []string{"Westrian"}},
	},
	Issues: []report.Issue{
		{ID: "ceasefire", Terms: []string{"ceasefire", "truce"}},
		{ID: "talks", Terms: []string{"peace talks", "negotiations", "negotiate"}},
		{ID: "hostages", Terms: []string{"release of the hostages"}},
		{ID: "transition", Terms: []string{"political transition"}},
		{ID: "withdrawal", Terms: []string{"withdraw troops"}},
	},
}

// Sentences in the shapes real reporting uses, each invented.
func TestJoins(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// "in its power to": an effort, not a capacity
		{"Norland is doing everything in its power to secure the release of the hostages.", []string{"Norland/hostages/support"}},
		{"Southia said it would do all in its power to secure a truce.", []string{"Southia/ceasefire/support"}},
		{"Norland has the power to secure a truce.", nil},
		// an adverb inside a cue: "calling again on", "called repeatedly for"
		{"Norland welcomed the exchange, calling again on Southia to accept a truce.", []string{"Norland/ceasefire/demand"}},
		{"Southia called repeatedly for peace talks.", []string{"Southia/talks/demand"}},
		{"Eastmark called publicly on Westria to accept a truce.", []string{"Eastmark/ceasefire/demand"}},
		// who helps do an act of mediation takes part in the issue
		{"Norland helped broker the truce.", []string{"Norland/ceasefire/support"}},
		{"Eastmark has helped to mediate a durable truce.", []string{"Eastmark/ceasefire/support"}},
		{"It is a framework that Westria helped them negotiate.", []string{"Westria/talks/support"}},
		{"Thanks to the political transition Eastmark and Westria helped facilitate in March, the council sits.",
			[]string{"Eastmark/transition/support", "Westria/transition/support"}},
		{"The truce that Norland helped broker has held.", []string{"Norland/ceasefire/support"}},
		{"Norland, which has been helping facilitate the peace talks, sent an envoy.", []string{"Norland/talks/support"}},
		{"Norland did not help broker the truce.", nil},
		{"Norland helped broker the truce in 2019.", nil},
		// a possessive pronoun after the pronoun that opens the sentence stands for the same one
		{"Omar Vale spoke in a video on Monday. He also repeated his call for a ceasefire.", []string{"Southia/ceasefire/demand"}},
		{"Southia held a summit on Friday. It also reaffirmed its commitment to the truce.", []string{"Southia/ceasefire/support"}},
		{"Southia held a summit on Friday. In a statement, it renewed its call for peace talks.", []string{"Southia/talks/demand"}},
		{"Southia held a summit on Friday. It also hosted an envoy who renewed his call for a ceasefire.", nil},
		// a pair named with a place's possessive before the second ("A and Ostland's B") is the two sides
		{"Norland and Ostland's Eastern Council met on Sunday. The two sides agreed to hold peace talks.",
			[]string{"Eastmark/talks/support", "Norland/talks/support"}},
		// a venue between an issue and its mediators is no party
		{"Peace talks in Nordby mediated by Norland and Eastmark opened on Monday.", []string{"Eastmark/talks/support", "Norland/talks/support"}},
		// an actor's own forces that will do the act, in the term's object-first order
		{"Norland said its troops will withdraw from the border.", []string{"Norland/withdrawal/support"}},
		{"Westria said 600 Westrian troops will withdraw from the border next week.", []string{"Westria/withdrawal/support"}},
		{"Westrian troops will withdraw from the border, Norland said.", nil},
		{"Norland said the troops will be withdrawn.", nil},
		// "Its spokesman said": the speaker is the one the sentence before opened with
		{"Southia rejected the findings on Monday. Its spokesman said Norland must accept the truce.", []string{"Southia/ceasefire/demand"}},
		{"The Eastern Council held a summit. Their commander said Norland must join the peace talks.", []string{"Eastmark/talks/demand"}},
		// "said it would …": the pronoun is the one who will do the act
		{"Norland said it would withdraw its troops from the border.", []string{"Norland/withdrawal/support"}},
		{"Southia said on Monday that it would negotiate with Norland.", []string{"Southia/talks/support"}},
		{"The rebels would withdraw their troops from the border, the envoy said.", []string{"Westria/withdrawal/support"}},
		// a condition after what one says it will do makes it conditional
		{"Norland said it would withdraw its troops once the threat was gone.", []string{"Norland/withdrawal/conditional"}},
		{"The rebels said they would withdraw their troops from the border if a neutral force took over.", []string{"Westria/withdrawal/conditional"}},
		{"Norland said it would negotiate with Southia once again.", []string{"Norland/talks/support"}},
		// a will-term coordinated with the subject's earlier predicate
		{"Southia said it remained committed to the peace talks and would withdraw its troops if the council agreed.",
			[]string{"Southia/talks/support", "Southia/withdrawal/conditional"}},
		{"Norland welcomed the truce, and Southia said it would withdraw its troops.", []string{"Norland/ceasefire/support", "Southia/withdrawal/support"}},
	}
	for _, tt := range tests {
		if got := stanceKeys(joinDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}
