package extract

import (
	"slices"
	"strings"
	"testing"

	"brief/report"
)

// TestEventsDatedReal checks the dates of events in shapes of real
// reporting and of statements that the other event tests do not hold.
// Each sentence is invented; want lists "date precision" of each event.
func TestEventsDatedReal(t *testing.T) {
	tue := report.Date{Year: 2024, Month: 9, Day: 10} // a Tuesday
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a date after 'by' that names an attack is the agent's, no span's end",
			"At least 20 people were killed by Sunday's airstrike on the market in Norvik.",
			[]string{"2024-09-08 day"}},
		{"… and so is one before the noun of an attack",
			"More than 300 homes were destroyed by the August 12 shelling of Norvik.",
			[]string{"2024-08-12 day"}},
		{"a flight between two days a few days apart is dated by both",
			"Some 300,000 people fled the camp between 3 and 5 September, the agency said.",
			[]string{"2024-09-03 day", "2024-09-05 day"}},
		{"a month's tally between its first and last day stays no event",
			"The mission said 900 people were killed between 1 and 30 August.",
			nil},
		{"a quotation that tells an act keeps its date when a relative clause after it holds a modal",
			"\"On Sunday, the rebels attacked the convoy and seized its drivers, who must be released at once,\" the envoy said.",
			[]string{"2024-09-08 day"}},
		{"… and when the reporter's words after it hold one",
			"\"On Sunday, the rebels attacked the convoy,\" the envoy said, adding that the drivers must be released.",
			[]string{"2024-09-08 day"}},
		{"a quotation that only wishes stays no event",
			"\"We hope the rebels release the drivers on Sunday,\" the envoy said.",
			nil},
		{"the end of the span a count covers stays no event",
			"The appeal had received $40 million by August, the agency said.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := New(demoDomain).Extract("s1", tt.text, tue)
			var got []string
			for _, e := range f.Events {
				got = append(got, e.Date+" "+string(e.Precision))
			}
			if !slices.Equal(got, tt.want) {
				var sums []string
				for _, e := range f.Events {
					sums = append(sums, e.Summary)
				}
				t.Errorf("%q:\n got %q\nwant %q\n(%s)", tt.text, got, tt.want, strings.Join(sums, " | "))
			}
		})
	}
}
