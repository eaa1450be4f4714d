package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// TestEventsConditional checks that a date between the modal of an unreal
// or conditional act and the "if" of its condition dates no event, and
// that the day of the reporting around such an act still does.
func TestEventsConditional(t *testing.T) {
	tue := report.Date{Year: 2024, Month: 3, Day: 12} // a Tuesday
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"an unreal present",
			"The siege of the port would end today if the militia pulled back its fighters.", nil},
		{"a condition on a day to come",
			"The envoy said the council would step down on 30 April only if a successor had been agreed.", nil},
		{"an unreal past",
			"The convoy could have reached the camp on Monday unless the bridge had been blown.", nil},
		{"the reporting day stays",
			"The minister said on Monday that the army would leave the town if the rebels disarmed.", []string{"2024-03-11"}},
		{"a condition in another sentence",
			"The rebels seized the bridge on Monday. They would hand it back if talks resumed.", []string{"2024-03-11"}},
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
