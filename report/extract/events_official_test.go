package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// TestEventsOfficialShapes checks shapes of official texts (readouts,
// statements, sanctions notices) whose dates were lost: a "Today" opening
// the line after a heading's last capitalised word, and the "today" of a
// passive turned round ("Also designated today is …"), which is that day's
// act, not the present; and that the present, a briefing's ground rules
// ("today's call is on background") and its opening items ("at the top
// today") stay no event.
func TestEventsOfficialShapes(t *testing.T) {
	tue := report.Date{Year: 2024, Month: 3, Day: 12} // a Tuesday
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"Today after a heading line",
			"Office of the Spokesperson\n\nToday, the Secretary hosted the signing of a ceasefire accord between the two governments.", []string{"2024-03-12"}},
		{"a name's Today stays no date",
			"The minister told Norland Today that the talks would go on.", nil},
		{"a passive turned round",
			"Today, the Treasury sanctioned the militia's commander. Also designated today is his brother, who runs the group's finances.", []string{"2024-03-12", "2024-03-12"}},
		{"a passive turned round without an opener",
			"Sanctioned today are three firms that supplied the militia with fuel.", []string{"2024-03-12"}},
		{"the present stays no event",
			"The situation in the camps today is the worst the region has seen.", nil},
		{"a subject before today stays the present",
			"Norland today is the world's largest humanitarian crisis.", nil},
		{"a background call's ground rules",
			"Please note that tonight's call is on background, which means you may attribute the comments to a senior official.", nil},
		{"an on-the-record briefing's ground rules",
			"Today's call is on the record and embargoed until its conclusion.", nil},
		{"the opening items of a briefing",
			"We have a lot to cover at the top today, so bear with me.", nil},
		{"the legal basis of the day's act",
			"Today, the Treasury sanctioned two arms brokers. The Treasury is taking today's action pursuant to an executive order on the conflict.", []string{"2024-03-12"}},
		{"the day's act told with its basis stays an event",
			"Today's designations of two arms brokers were made pursuant to an executive order.", []string{"2024-03-12"}},
		{"another's statement published on a day",
			"The ministry condemned the shelling of the camp in a statement published on Monday.", []string{"2024-03-11"}},
		{"a statement issued on a day",
			"The militia denied the killings in a statement issued yesterday by its spokesman.", []string{"2024-03-11"}},
		{"the speaker's own statement stays no event",
			"As we said in the statement that we issued on Monday, the sanctions stay in place.", nil},
		{"a remark made in the meeting stays no event",
			"The claims made this afternoon by the delegation will not survive scrutiny.", nil},
		{"thanks for joining the call",
			"Thanks so much for joining today's call on the aid corridor.", nil},
		{"the listeners thanked without you",
			"Thanks to the moderator, and appreciate everyone joining today.", nil},
		{"the briefers named for the listeners only",
			"For your awareness, not for your reporting, on the call today we have two senior officials.", nil},
		{"an embargo's day",
			"This call is on background and embargoed until tomorrow at 5:00 a.m.", nil},
		{"a country thanked for joining a coalition stays an event",
			"Norland thanked Sudland today for joining the naval coalition in the gulf.", []string{"2024-03-12"}},
		{"a record broken stays an event",
			"The militia broke the record today by firing 80 drones at the capital.", []string{"2024-03-12"}},
		{"the top of a list stays an event",
			"The envoy put the prisoner exchange at the top of the agenda in talks with the militia today.", []string{"2024-03-12"}},
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
