package extract

import (
	"slices"
	"testing"
)

// Taking part in talks now is support; a part played before now is
// history, not a position (the seeds' convention).
func TestParticipation(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The SAF and the RSF held a third round of talks in Jeddah on Monday.",
			[]string{"RSF/talks/support", "SAF/talks/support"}},
		{"The RSF took part in the talks in Jeddah.", []string{"RSF/talks/support"}},
		{"The SAF and the RSF have been holding quiet talks in Jeddah.",
			[]string{"RSF/talks/support", "SAF/talks/support"}},
		{"The SAF participated in talks in 2021.", nil},
		{"The SAF and the RSF held their first direct talks in Jeddah on Monday.",
			[]string{"RSF/talks/support", "SAF/talks/support"}},
		{"The SAF did not hold the role of guarantor in the talks.", nil},
		// An act that followed talks: its actors took part in them.
		{"The SAF and the RSF agreed to a ceasefire after talks in Jeddah on Sunday.",
			[]string{"RSF/ceasefire/support", "RSF/talks/support", "SAF/ceasefire/support", "SAF/talks/support"}},
		{"The SAF agreed to a ceasefire after talks in Jeddah in 2021.", []string{"SAF/ceasefire/support"}},
		{"The United States called for a ceasefire after talks in Jeddah.", []string{"United States/ceasefire/demand"}},
		{"The SAF has already held several rounds of talks with the RSF.", nil},
		{"The SAF had taken part in talks with the RSF.", nil},
	}
	for _, tt := range tests {
		if got := stanceKeys(sudanDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

func TestDemonymPair(t *testing.T) {
	text := "Russian and Ukrainian delegations held their first direct peace talks in more than three years on Friday."
	want := []string{"Russia/talks/support", "Ukraine/talks/support"}
	if got := stanceKeys(ukraineDomain, text); !slices.Equal(got, want) {
		t.Errorf("%q\n got %v\nwant %v", text, got, want)
	}
}
