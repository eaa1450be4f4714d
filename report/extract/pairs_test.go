package extract

import (
	"slices"
	"testing"
)

func TestPairMentions(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The SAF and the RSF met in Jeddah. Both sides agreed to a ceasefire.",
			[]string{"RSF/ceasefire/support", "SAF/ceasefire/support"}},
		{"The SAF and the RSF met in Jeddah. The two sides agreed to resume talks.",
			[]string{"RSF/talks/support", "SAF/talks/support"}},
		// An object pair adds nothing: the demand is the speaker's.
		{"The SAF and the RSF met in Jeddah. The United States urged both sides to agree to a ceasefire.",
			[]string{"United States/ceasefire/demand"}},
		// A list of three is no pair.
		{"Saudi Arabia, the SAF and the RSF met in Jeddah. Both sides agreed to a ceasefire.", nil},
		// Two different pairs: ambiguous.
		{"The SAF and the RSF fought. Saudi Arabia and the United States met. Both sides agreed to a ceasefire.", nil},
		// Mediators after a preposition are not the sides (they take part
		// in the talks they mediate).
		{"The talks were mediated by Saudi Arabia and the United States. The two sides agreed to a ceasefire.",
			[]string{"Saudi Arabia/talks/support", "United States/talks/support"}},
	}
	for _, tt := range tests {
		if got := stanceKeys(sudanDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

func TestPairResolvers(t *testing.T) {
	d := Domain{Actors: demoDomain.Actors, Issues: demoDomain.Issues}
	tests := []struct {
		text string
		want []string
	}{
		// The two sides are the talks' parties: China demands the talks.
		{`Pakistan and the TTP clashed again. "We hope the two sides will resolve their differences through dialogue," China said.`,
			[]string{"China/talks/demand"}},
		// They are not: the dialogue is another one.
		{`Pakistan and the Taliban clashed again. "We hope the two sides will resolve their differences through dialogue," China said.`,
			nil},
	}
	for _, tt := range tests {
		if got := stanceKeys(d, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}
