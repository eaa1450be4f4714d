package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// A denial cue that holds its claim noun ("rejected the accusation")
// denies the claim the sentences before raised.
func TestAnaphoricDenialCue(t *testing.T) {
	text := "The RSF has been supplying weapons from the UAE, US officials said. Abu Dhabi rejected the accusation."
	want := []string{"UAE/arms/deny", "United States/arms/support"}
	if got := stanceKeys(sudanDomain, text); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// A bare "the army" is the one actor an alias of which ends in "army".
func TestBareForce(t *testing.T) {
	text := "The RSF has been supplying weapons from the UAE, US officials said. The army rejected the accusation."
	d := sudanDomain
	want := []string{"SAF/arms/deny", "United States/arms/support"}
	if got := stanceKeys(d, text); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	two := Domain{Actors: append(slices.Clone(d.Actors), report.Actor{Name: "Chad", Aliases: []string{"Chadian army"}}), Issues: d.Issues}
	want = []string{"United States/arms/support"}
	if got := stanceKeys(two, text); !slices.Equal(got, want) {
		t.Errorf("two armies: got %v, want %v", got, want)
	}
}
