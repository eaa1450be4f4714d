package extract

import (
	"slices"
	"testing"
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
