package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// TestEventRankedLastPeriod checks that "last week" or "last month" after
// a superlative dates the act ranked ("launched one of its deadliest
// strikes last week"), while "this year" stays the span a superlative
// ranks in. The sentences are invented.
func TestEventRankedLastPeriod(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 4, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date precision"
	}{
		{"The army also launched one of its deadliest air raids last week, hitting a market in the north.", []string{"2025-03-31 week"}},
		{"The militia carried out its largest drone attack last month.", []string{"2025-03 month"}},
		{"The raid killed 12 traders, the bloodiest raid on a market anywhere in Norland this year.", nil},
	}
	for _, tt := range tests {
		f := New(demoDomain).Extract("s1", tt.text, sat)
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Date+" "+string(e.Precision))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}
