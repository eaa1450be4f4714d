package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// Stances made but wrong, session 11 (issue 15): a stance read for the
// wrong actor, issue or position. Each sentence is invented, of a shape
// seen in fresh real reporting.
func TestPairStances(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// What an unadopted plan or draft lays down is no party's position.
		{"a plan stipulates", "Talks went on as the Nordia plan stipulates that the Front would disarm after the hostages are freed.",
			nil},
		{"a draft required a party to pledge", "Sudria's proposal contrasts with the first Nordia draft, which required the Front to hand over its weapons, pledge to respect the truce and reduce its forces.",
			nil},
		{"a resolution that would demand", "The allies scheduled a vote on a resolution that would demand a truce in the valley.",
			nil},
		{"a draft submitted elsewhere, which calls for", "The Front warned of the dangers of the draft resolution submitted to the allies, which calls for a truce in the valley.",
			nil},
		// A demand agreed on is the agreers' demand.
		{"agreed to demand", "The allies agreed to demand the withdrawal of the Front from the valley.",
			[]string{"Allies/withdrawal/demand"}},
		{"decided to call for", "The allies decided on Monday to call for a truce.",
			[]string{"Allies/ceasefire/demand"}},
		{"agreed to an act of one's own", "Nordia agreed to withdraw from the valley.",
			[]string{"Northland/withdrawal/support"}},
		// A request or an offer by another: the asker demands the act,
		// the offerer proposes it, whoever agreed to it backs it.
		{"agreed to a request by another", "Nordia agreed to a request by Sudria to announce a truce.",
			[]string{"Northland/ceasefire/support", "Southland/ceasefire/demand"}},
		{"a request by another, agreers not named", "Earlier, both sides had agreed to a request by Anton Berg to announce a truce.",
			[]string{"Northland/ceasefire/demand"}},
		{"welcomed an offer by another", "Nordia welcomed an offer by Sudria to host peace talks.",
			[]string{"Northland/talks/support", "Southland/talks/propose"}},
		// Another's part in the issue, opposed, sets a term for the issue.
		{"participation of another in", "Nordia opposes the participation of Sudria's troops in the peace talks.",
			[]string{"Northland/talks/conditional"}},
		{"any role for another in", "Nordia rejected any role for the Front in the peace talks.",
			[]string{"Northland/talks/conditional"}},
		{"another's soldiers in", "Nordia would not accept Sudria's soldiers in the peace talks.",
			[]string{"Northland/talks/conditional"}},
		{"the issue itself opposed", "Nordia opposes the peace talks.",
			[]string{"Northland/talks/oppose"}},
		// A nearer negated cue governs the issue, not the verb that
		// reports it.
		{"declared not bound by", "The Front has declared that it is not bound by the truce.",
			[]string{"Front/ceasefire/oppose"}},
		{"declared not bound to", "The Front declared on Monday that it was not bound to the truce.",
			[]string{"Front/ceasefire/oppose"}},
		// What one ensures another does is no position of the other's;
		// "it" stands for the issue, not for the harm said of it before.
		{"ensuring that another keeps to it", "\"We do not want the collapse of the truce, and we are keen on ensuring that Nordia adheres to it,\" Omar Dell said.",
			[]string{"Front/ceasefire/support"}},
		// An act agreed or announced to stop, named with its doer, is
		// opposed (found on the second fresh batch).
		{"agreed to halt a party's act", "The allies and Nordia agreed to halt Nordia arms deliveries to the valley.",
			[]string{"Allies/arms/oppose", "Northland/arms/oppose"}},
		{"announced a halt to a party's act", "Omar Dell announced an immediate halt to Front attacks on shipping.",
			[]string{"Front/shipping/oppose"}},
		// Controls: an accord binds its signatories; a document that is
		// a preposition's object is no subject.
		{"talks on a plan would follow", "Anton Berg said negotiations on the plan would follow only if Sudria halted its arms deliveries.",
			[]string{"Northland/arms/oppose", "Northland/talks/conditional"}},
		{"a party's own demand stays", "Nordia demanded a truce on Monday.",
			[]string{"Northland/ceasefire/demand"}},
	}
	// A claim whose label names its parties is not raised by an accusation
	// of another actor.
	backing := Domain{Actors: wrongDomain.Actors, Issues: []report.Issue{{ID: "backing", Label: "Northland backs the Front", Claim: true,
		Terms: []string{"supporting the Front", "backing the Front"}}}}
	for _, tt := range []struct{ text, want string }{
		{"Anton Berg accuses Sudria of supporting the Front.", ""},
		{"Lina Sorel accuses Nordia of supporting the Front.", "Southland/backing/support"},
		{"Anton Berg accuses Sudria of backing the Militia, a rebel group whose fighters, most of them from the hills of the north and from the lakes of the far south, once fought in the long war of the nineties alongside those now supporting the Front.", ""},
	} {
		var want []string
		if tt.want != "" {
			want = []string{tt.want}
		}
		if got := stanceKeys(backing, tt.text); !slices.Equal(got, want) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, want)
		}
	}
	for _, tt := range tests {
		if got := stanceKeys(wrongDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tt.name, tt.text, got, tt.want)
		}
	}
}
