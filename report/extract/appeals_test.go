package extract

import (
	"slices"
	"testing"
)

func TestAppeals(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{`"We hope the Afghan Taliban will take action against these groups," Mumtaz Zahra Baloch said.`,
			[]string{"Pakistan/crackdown/demand"}},
		{`Pakistan said it hoped the Afghan Taliban would take more concrete action against the TTP.`,
			[]string{"Pakistan/crackdown/demand"}},
		{`"It is time for the Taliban to take action," Khawaja Asif said.`,
			[]string{"Pakistan/crackdown/demand"}},
		{`Pakistan appealed to the Taliban to take action against the militants.`,
			[]string{"Pakistan/crackdown/demand"}},
		{`"Both countries must return to dialogue," China said.`,
			[]string{"China/talks/demand"}},
		// Not appeals: a negation, a verb of stopping, the speaker itself,
		// a plain future without a hope.
		{`Pakistan said the Taliban would never take action against the TTP.`,
			[]string{"Afghan Taliban/crackdown/oppose"}},
		// An appeal to avoid an act opposes it (issue 15, fourth session).
		{`China said Pakistan should avoid talks with the TTP.`, []string{"China/talks/oppose"}},
		{`"We will take action," Khawaja Asif said.`, nil},
		{`China said the Taliban will take action.`, nil},
	}
	for _, tt := range tests {
		if got := stanceKeys(demoDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

// A quotation mark may open an adjective cue's predicate.
func TestQuotedAdjective(t *testing.T) {
	text := `RSF commander Mohamed Hamdan Dagalo said the RSF was "committed to the ceasefire agreed in Jeddah".`
	want := []string{"RSF/ceasefire/support"}
	if got := stanceKeys(sudanDomain, text); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// "The paramilitary group" is the speaking person's group, and "and to"
// carries an adjective cue's support to a second issue.
func TestGroupAndTo(t *testing.T) {
	text := "RSF commander Mohamed Hamdan Dagalo said the paramilitary group was committed to a nationwide ceasefire and to opening aid corridors."
	want := []string{"RSF/aid/support", "RSF/ceasefire/support"}
	if got := stanceKeys(sudanDomain, text); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
