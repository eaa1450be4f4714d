package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// condDomain is a world of offers with strings attached: two warring
// sides, their backers and the issues a condition ties together.
var condDomain = Domain{
	Actors: []report.Actor{
		{Name: "Northland", Aliases: []string{"Nordia"}, People: []string{"Anton Berg"}},
		{Name: "Southland", Aliases: []string{"Sudria"}, People: []string{"Lina Sorel"}},
		{Name: "Allies", Aliases: []string{"the allies"}},
		{Name: "Front", Aliases: []string{"the Front"}, People: []string{"Omar Dell"}},
	},
	Issues: []report.Issue{
		{ID: "ceasefire", Terms: []string{"ceasefire", "truce"}},
		{ID: "talks", Terms: []string{"peace talks", "negotiations"}},
		{ID: "arms", Terms: []string{"military aid", "arms deliveries"}},
		{ID: "withdrawal", Terms: []string{"withdrawal", "withdraw"}},
		{ID: "hostages", Terms: []string{"hostage deal", "release of hostages", "release the hostages"}},
		{ID: "disarm", Terms: []string{"disarm", "disarmament"}},
		{ID: "shipping", Terms: []string{"attacks on shipping"}},
	},
}

// Conditions read as plain positions (issue 15, category 6): a position
// with a string attached is conditional, and the string is demanded.
func TestConditions(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// A proviso after "but" that binds another party first.
		{"Northland said it was ready for peace talks, but Southland must first withdraw from the valley.",
			[]string{"Northland/talks/conditional", "Northland/withdrawal/demand"}},
		{"The Front said it remained committed to the truce, but Northland had to disarm first.",
			[]string{"Front/ceasefire/conditional", "Front/disarm/demand"}},
		// A precondition named as such.
		{"Northland demanded a full withdrawal as a precondition for any ceasefire.",
			[]string{"Northland/ceasefire/conditional", "Northland/withdrawal/demand"}},
		{"Anton Berg said a withdrawal from the valley was a precondition for peace talks.",
			[]string{"Northland/talks/conditional", "Northland/withdrawal/demand"}},
		{"Northland conditioned any ceasefire on a halt to arms deliveries.",
			[]string{"Northland/arms/oppose", "Northland/ceasefire/conditional"}},
		// A quid pro quo offered.
		{"The Front said it was ready to release the hostages in exchange for a full withdrawal.",
			[]string{"Front/hostages/conditional", "Front/withdrawal/demand"}},
		// A condition farther after the issue.
		{"Anton Berg said Northland would accept a truce on the southern front if Southland did the same.",
			[]string{"Northland/ceasefire/conditional"}},
		{"The Front said it had agreed to sign a truce with Northland if it met its terms.",
			[]string{"Front/ceasefire/conditional"}},
		// What is asked in exchange is demanded.
		{"Omar Dell said the Front was ready to negotiate a swap in exchange for a ceasefire.",
			[]string{"Front/ceasefire/demand", "Front/talks/conditional"}},
		// A condition that the aid stop opposes the aid.
		{"Anton Berg said a ceasefire was possible, but only if arms deliveries stopped.",
			[]string{"Northland/arms/oppose", "Northland/ceasefire/conditional"}},
		// A step limited to a condition: "only" after a modal, "any" one
		// who meets it, "provided" without "that".
		{"Anton Berg said Northland would only accept a ceasefire that kept its troops in place.",
			[]string{"Northland/ceasefire/conditional"}},
		{"Lina Sorel said Southland was ready for peace talks with any leader who ends the war.",
			[]string{"Southland/talks/conditional"}},
		{"Anton Berg said Northland was ready to extend the truce, provided Southland pulled back its artillery.",
			[]string{"Northland/ceasefire/conditional", "Northland/withdrawal/demand"}},
		// A refusal coordinated after another verb, bound by "unless".
		{"Anton Berg agreed to pause the shelling but refused a full truce unless the allies halted all military aid.",
			[]string{"Northland/arms/oppose", "Northland/ceasefire/conditional"}},
		// A condition on going on with an act.
		{"Omar Dell said the attacks on shipping would continue as long as the blockade remained.",
			[]string{"Front/shipping/conditional"}},
		{"The Front said it would continue its attacks on shipping until Northland lifted the blockade.",
			[]string{"Front/shipping/conditional"}},
		// A cue inside the condition is no deed of its subject's.
		{"The Front said no hostages would be released until Northland agreed to a full ceasefire.",
			[]string{"Front/ceasefire/demand", "Front/hostages/conditional"}},
		// Not conditions: a plain contrast, a deed done in exchange.
		{"Northland said it was ready for peace talks, but the fighting went on.",
			[]string{"Northland/talks/support"}},
		{"The Front released three hostages on Sunday in exchange for 90 prisoners.",
			nil},
		{"Anton Berg said Northland wanted to keep the truce at almost any cost, and that talks could wait.",
			[]string{"Northland/ceasefire/support"}},
		{"Northland only agreed to a partial truce on Sunday.",
			[]string{"Northland/ceasefire/support"}},
	}
	for _, tt := range tests {
		if got := stanceKeys(condDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

// The terms of a deal told with "would" are no offer of the party's.
func TestDealTermsNoOffer(t *testing.T) {
	text := "Under the plan, the Front would release the hostages in exchange for 90 prisoners."
	want := []string{"Front/hostages/support"}
	if got := stanceKeys(condDomain, text); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// A duty after "but" that names no other party and no "first", or one
// owed "also", binds nothing.
func TestDutyNoProviso(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The allies welcomed the truce, but warned that it must be respected.",
			[]string{"Allies/ceasefire/support"}},
		{"The allies said they welcomed the truce, but the Front must also release the hostages.",
			[]string{"Allies/ceasefire/support", "Allies/hostages/demand"}},
		// A new predicate before the "if" has the condition to itself.
		{"The allies said they supported the truce and would respond if Northland broke it.",
			[]string{"Allies/ceasefire/support"}},
	}
	for _, tt := range tests {
		if got := stanceKeys(condDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}
