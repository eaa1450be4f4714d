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
		{"an unreal present with a contracted modal",
			"We'd end the siege today if the militia pulled back.", nil},
		{"an unreal present with a curly apostrophe",
			"They’d leave the port today if the truce held.", nil},
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

// TestEventsCourtesiesAndRecalls checks that a congratulation's "this
// month", an opening "As I said last week," and "Today we mark …" date no
// event, and that acts of the same shapes stay.
func TestEventsCourtesiesAndRecalls(t *testing.T) {
	tue := report.Date{Year: 2024, Month: 3, Day: 12} // a Tuesday
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a presidency congratulated",
			"Let me begin by congratulating Norland on assuming the presidency of the Council this month.", nil},
		{"congratulations with a dash",
			"Let me warmly congratulate Westria on its presidency – a busy one, with all the Council has faced this month.", nil},
		{"a recalled remark",
			"As I said last week, the mission will not abandon the displaced.", nil},
		{"a recalled remark of another speaker",
			"As the Minister noted on Monday, the crossings remain closed to trucks.", nil},
		{"an anniversary with its subject",
			"Today we mark two years since the start of the siege of the port.", nil},
		{"a recalled count keeps its day",
			"As the army said on Monday, 40 people were killed in the raid.", []string{"2024-03-11"}},
		{"a congratulation on a past act keeps its month",
			"We congratulate Norland on the release of the detainees last June.", []string{"2023-06"}},
		{"a congratulation after an act of the day before leaves its day",
			"Rebels shelled the port yesterday, and the army congratulated its troops.", []string{"2024-03-11"}},
		{"a congratulation after an act of today leaves its day",
			"Rebels shelled the port today, and the army congratulated its troops.", []string{"2024-03-12"}},
		{"an act of the day before stays",
			"Yesterday, the Council adopted a resolution demanding a truce in the port.", []string{"2024-03-11"}},
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

// TestEventsNegatedAndDuties checks that a contracted negation ("didn't",
// "hasn’t") and a duty of the present ("must act today") date no event,
// and that an act beside them keeps its day.
func TestEventsNegatedAndDuties(t *testing.T) {
	tue := report.Date{Year: 2024, Month: 3, Day: 12} // a Tuesday
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a contracted negation",
			"We didn't hear a single word about the convoys yesterday.", nil},
		{"a contracted negation with a curly apostrophe",
			"The militia hasn’t allowed a single convoy through the checkpoint this week.", nil},
		{"an irregular contracted negation",
			"The militia won't let a single convoy through the checkpoint this week.", nil},
		{"a negation in a relative clause leaves the act",
			"The rebels, who didn't respond, shelled the town on Monday.", []string{"2024-03-11"}},
		{"a duty of today",
			"The Council must act today to stop the siege of the port.", nil},
		{"a duty opened by today",
			"Today, the Council has a responsibility to act on the famine.", nil},
		{"an act today with a duty in its relative clause",
			"Today, the Council adopted a resolution that must be implemented.", []string{"2024-03-12"}},
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

// TestEventMarkingAct checks that "marking" an act's turn ("…on Monday,
// marking the first release") keeps the day's event, while marking a
// span or an anniversary does not.
func TestEventMarkingAct(t *testing.T) {
	tue := report.Date{Year: 2024, Month: 3, Day: 12} // a Tuesday
	tests := []struct {
		text string
		want []string
	}{
		{"The militia freed 20 hostages on Monday, marking the first release under the truce.", []string{"2024-03-11"}},
		{"The rebels seized the port on Monday, marking a major escalation in the war.", []string{"2024-03-11"}},
		{"The militia freed 20 hostages on Monday, marking the first release since the truce began.", []string{"2024-03-11"}},
		{"The militia opened the road on Monday, marking the first day of the truce.", []string{"2024-03-11"}},
		{"Monday marked a year since the fall of the port.", nil},
		{"Monday marked 100 days of the siege of the port.", nil},
		{"Monday marked ten years since the fall of the port to the rebels.", nil},
		{"This week marks the anniversary of the siege of the port.", nil},
	}
	for _, tt := range tests {
		f := New(sudanDomain).Extract("s1", tt.text, tue)
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Date)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}
