package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// wrongDomain is condDomain with a kind of attack of its own.
var wrongDomain = Domain{
	Actors: condDomain.Actors,
	Issues: append(slices.Clip(condDomain.Issues), report.Issue{ID: "convoys", Terms: []string{"aid convoys"}}),
}

// Stances made but wrong (issue 15): the wrong position, actor or issue
// read from a sentence's shape. Each sentence is invented, of a shape
// seen in real reporting.
func TestWrongStances(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// A step held back "until" another acts: the holder asks for the act.
		{"held until an act", "Nordia said the border crossings would remain closed until Southland withdrew its troops from the valley.",
			[]string{"Northland/withdrawal/demand"}},
		{"held until another's act stops", "Lina Sorel said the crossings would stay shut until Nordia stopped its arms deliveries.",
			[]string{"Southland/arms/oppose"}},
		{"until an act with no party tells a time", "Lina Sorel said Southland would keep its police in the valley until the truce was in place.",
			nil},
		{"held by the speaker, not by a place's officers", "Anton Berg said his country would keep its troops in Sudria until the Front joined the peace talks.",
			[]string{"Northland/talks/demand"}},
		{"until after a speaker is no act", "Anton Berg said the cabinet would not meet until the negotiations confirmed that the deal was final.",
			nil},
		{"until after a past deed tells a time", "Northland kept shelling the city until the truce took effect.",
			nil},
		// An idiom of open time sets no condition.
		{"as long as it takes", "The allies said they would keep up military aid to Sudria for as long as it takes.",
			[]string{"Allies/arms/support"}},
		{"as long as needed", "Omar Dell said the Front would keep up its attacks on shipping as long as needed.",
			[]string{"Front/shipping/support"}},
		// A condition that an act not happen opposes the act; a threat
		// "if … not" asks for it.
		{"only if not", "Anton Berg said good relations were possible only if Southland did not allow attacks on shipping from its soil.",
			[]string{"Northland/shipping/oppose"}},
		{"as long as not", "Lina Sorel said Southland would respect the truce as long as the Front did not resume attacks on shipping.",
			[]string{"Southland/ceasefire/conditional", "Southland/shipping/oppose"}},
		{"a threat if not", "Omar Dell said the Front would resume fighting if the withdrawal was not completed.",
			[]string{"Front/withdrawal/demand"}},
		// A demand to keep a party from an act opposes the act.
		{"prevent from", "The allies urged Nordia to prevent the militias from carrying out attacks on shipping.",
			[]string{"Allies/shipping/oppose"}},
		{"stop from, in a list", "The allies called for a truce and for Nordia to stop the Front from staging cross-border attacks on shipping.",
			[]string{"Allies/ceasefire/demand", "Allies/shipping/oppose"}},
		// Attacks asked to stop on a target that is an issue of its own
		// oppose that issue too.
		{"cease attacks on a target", "The allies called on the Front to cease its attacks on aid convoys.",
			[]string{"Allies/ceasefire/demand", "Allies/convoys/oppose"}},
		{"cease attacks on a target, quoted", "The allies called on the Front to free the hostages and \"cease immediately and permanently\" attacks against aid convoys.",
			[]string{"Allies/ceasefire/demand", "Allies/convoys/oppose", "Allies/hostages/demand"}},
		// The subject of a passive is acted on and takes no side.
		{"not consulted", "Lina Sorel said Southland had not been consulted on the truce.",
			nil},
		{"asked to accept", "The Front had been asked to accept the truce.",
			nil},
		{"an emotion's passive keeps its experiencer", "The allies said they were alarmed by the attacks on aid convoys.",
			[]string{"Allies/convoys/oppose"}},
		// A cue whose object is the noun its relative clause tells of
		// takes nothing past the main verb.
		{"relative object gap", "The monitoring committee that the allies announced last week held discussions on the withdrawal.",
			nil},
		{"relative object gap, issue within", "Lina Sorel said the plan that Nordia proposed for peace talks was a fair one.",
			[]string{"Northland/talks/propose"}},
		// Information about an issue takes no side on it.
		{"updates regarding", "Omar Dell will discuss the latest updates regarding the UN-mediated truce.",
			nil},
		{"details of", "Lina Sorel provided details of the peace talks.",
			nil},
		{"news is no topic noun", "The allies welcomed news of the truce.",
			[]string{"Allies/ceasefire/support"}},
	}
	truceOnly := Domain{Actors: condDomain.Actors, Issues: condDomain.Issues[:1]}
	for _, tt := range []struct{ text, want string }{
		// An issue an act keeps to is supported, whatever the act.
		{"The Front said it had agreed to withdraw from the city in line with the truce.", "Front/ceasefire/support"},
		{"The Front said it had agreed to withdraw from the city \"in accordance with the truce reached in the capital\".", "Front/ceasefire/support"},
		{"The Front said it would withdraw from the truce.", "Front/ceasefire/oppose"},
	} {
		if got := stanceKeys(truceOnly, tt.text); !slices.Equal(got, []string{tt.want}) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
	for _, tt := range tests {
		if got := stanceKeys(wrongDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tt.name, tt.text, got, tt.want)
		}
	}
}
