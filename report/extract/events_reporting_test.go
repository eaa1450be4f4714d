package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// TestEventsReporting checks dates in the shapes of government statements
// and wire reports: an approximate span back from today ("nearly five
// months ago") names no day to list; "for today," frames what the speaker
// says; today's act restated by what it does ("Today's sanctions freeze
// …") is told already; a month that modifies an act ("their July
// seizure") dates it; "next year" hoped for dates nothing, "next year"
// planned does.
func TestEventsReporting(t *testing.T) {
	tue := report.Date{Year: 2024, Month: 3, Day: 12} // a Tuesday
	tests := []struct {
		name string
		text string
		want []string // the events' dates
	}{
		{"an approximate span ago",
			"The war began almost 14 months ago when the militia attacked the capital.", nil},
		{"nearly N months ago",
			"He said his family had left the town nearly four months ago.", nil},
		{"an exact span ago still dates",
			"The militia attacked the capital two months ago.", []string{"2024-01"}},
		{"for today, as a frame",
			"But for today, what matters most is the work still ahead of the council.", nil},
		{"a frame needs the sentence's start",
			"The envoy met the rebels for today, and the talks go on.", []string{"2024-03-12"}},
		{"today's sanctions restated by what they do",
			"Today’s sanctions freeze any assets of those targeted, and bar dealings with them.", nil},
		{"the span an ordinal counts in after since",
			"The envoy flew to Norland on Monday, her fourth trip to the country since January.", []string{"2024-03-11"}},
		{"since with no ordinal still dates",
			"The envoy flew to Norland on Monday, and the talks have stalled since January.", []string{"2024-03-11", "2024-01"}},
		{"a hope for next year schedules nothing",
			"Peace is the ground for all else, including a road to elections next year and better services.", nil},
		{"a plan for next year is an event",
			"The junta said elections will be held next year.", []string{"2025"}},
		{"a meeting set in the present for next week",
			"The council meets next week in Geneva to review the truce.", []string{"2024-03-18"}},
		{"a month that modifies an act",
			"The government commends the coast guard for their February seizure of 200 tons of weapons.", []string{"2024-02"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := New(sudanDomain).Extract("s1", tt.text, tue)
			var got []string
			for _, e := range f.Events {
				got = append(got, e.Date)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}
