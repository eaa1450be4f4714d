package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// modalDomain is a world of two states and a rebel group, for what a
// negated future or volitional modal does to the verb after it.
var modalDomain = Domain{
	Actors: []report.Actor{
		{Name: "Norland", People: []string{"Ivo Brand"}},
		{Name: "Southia"},
		{Name: "Westria", Aliases: []string{"Westrian rebels"}},
	},
	Issues: []report.Issue{
		{ID: "aid", Terms: []string{"humanitarian aid", "aid"}},
		{ID: "talks", Terms: []string{"peace talks", "talks"}},
		{ID: "ceasefire", Terms: []string{"ceasefire", "truce"}},
		{ID: "offensive", Terms: []string{"offensive"}},
		{ID: "withdrawal", Terms: []string{"withdraw troops", "withdrawal"}},
	},
}

// A negated oppose verb of obstruction or refusal after a future or
// volitional modal lets the act happen, and one of ending lets it go on:
// both support it. The bare "will not" yields to that verb.
func TestModalNegation(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// obstruction and refusal: the act may happen
		{"Norland will not block humanitarian aid, Ivo Brand said.", []string{"Norland/aid/support"}},
		{"Southia won't oppose the peace talks, its envoy said.", []string{"Southia/talks/support"}},
		{"Westrian rebels would not reject the talks, a spokesman said.", []string{"Westria/talks/support"}},
		{"Norland will not veto the truce.", []string{"Norland/ceasefire/support"}},
		{"Southia will not actively oppose the truce.", []string{"Southia/ceasefire/support"}},
		{"Norland wouldn’t obstruct aid deliveries.", []string{"Norland/aid/support"}},
		{"Westrian rebels will not violate the truce.", []string{"Westria/ceasefire/support"}},
		// a harm verb that is no cue of its own: the bare cue reads it
		{"Southia will not hinder aid convoys.", []string{"Southia/aid/support"}},
		{"Norland would never impede the talks.", []string{"Norland/talks/support"}},
		// ending: the act goes on
		{"Norland will not abandon the talks, Ivo Brand said.", []string{"Norland/talks/support"}},
		{"Southia would not suspend the talks.", []string{"Southia/talks/support"}},
		{"Norland will not call off the talks.", []string{"Norland/talks/support"}},
		{"Southia will not halt the offensive.", []string{"Southia/offensive/support"}},
		{"Southia won't stop its offensive.", []string{"Southia/offensive/support"}},
		// … until a condition is met: it ends then
		{"Norland will not halt the offensive until the rebels disarm.", []string{"Norland/offensive/conditional"}},
		// not flipped: no modal, a support verb, leaving a place, the issue's own verb
		{"Norland did not block aid.", nil},
		{"Southia will not accept the truce.", []string{"Southia/ceasefire/oppose"}},
		{"Norland will not withdraw troops from the border.", []string{"Norland/withdrawal/oppose"}},
		{"Westrian rebels will not cease fire until Norland leaves.", []string{"Westria/ceasefire/conditional"}},
	}
	for _, tt := range tests {
		if got := stanceKeys(modalDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

// A verb of endorsing or repeating before the subject's own noun cue
// leaves the issue to that noun, modifiers between ("its long-standing
// demand for"), and a verb's form after a possessive is a noun ("its
// demand that").
func TestOwnNounCueModified(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Norland reaffirmed its long-standing demand for a withdrawal.", []string{"Norland/withdrawal/demand"}},
		{"Southia reaffirmed its primary demand that any truce must include a withdrawal.", []string{"Southia/ceasefire/conditional"}},
		{"Norland reaffirmed its demand that any truce must include a withdrawal.", []string{"Norland/ceasefire/conditional"}},
		// not the subject's own: another's call is welcomed
		{"Norland welcomed Southia's renewed call for peace talks.", []string{"Norland/talks/support"}},
	}
	for _, tt := range tests {
		if got := stanceKeys(modalDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

// An issue that a future go-on verb has for its subject, opening a
// reported clause, is held by who says so: "warned that the attacks will
// continue".
func TestGoingOnSubject(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Norland warned that the offensive will continue.", []string{"Norland/offensive/support"}},
		{"Southia said talks would resume next week.", []string{"Southia/talks/support"}},
		{"Ivo Brand said the offensive would not continue.", []string{"Norland/offensive/oppose"}},
		{"Norland said the offensive would continue until the rebels disarm.", []string{"Norland/offensive/conditional"}},
		// another's act is its owner's; a fear or a forecast holds nothing
		{"Norland said Southia's offensive would continue.", []string{"Southia/offensive/support"}},
		{"Norland fears the offensive will continue.", nil},
		{"The offensive will continue, analysts said.", nil},
	}
	for _, tt := range tests {
		if got := stanceKeys(modalDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

// The agent of a passive cue that is a group no actor stands for is the
// list of members its apposition names.
func TestGroupAgents(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Westria accepted a truce proposed by the Contact Group — Norland, Southia and Eastmark.",
			[]string{"Eastmark/ceasefire/propose", "Norland/ceasefire/propose", "Southia/ceasefire/propose", "Westria/ceasefire/support"}},
		{`Westria rejected a truce proposed by the "Trio" countries, comprising Norland, Southia and Eastmark.`,
			[]string{"Eastmark/ceasefire/propose", "Norland/ceasefire/propose", "Southia/ceasefire/propose", "Westria/ceasefire/oppose"}},
		// no list of two: the group is no actor
		{"Westria accepted a truce proposed by the mediators, a diplomat said.", []string{"Westria/ceasefire/support"}},
	}
	for _, tt := range tests {
		if got := stanceKeys(fix11Domain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}
