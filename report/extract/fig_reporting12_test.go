package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// TestCreditReportingShapes12 checks credits in shapes of wire and
// military copy met in fresh reporting (session 11); the sentences are
// invented.
func TestCreditReportingShapes12(t *testing.T) {
	checkCredits(t, []struct{ text, want string }{
		// A name with its acronym, then a description whose closing comma
		// is left out: the name speaks, not "a rights group".
		{"The Norland Prisoners Monitor (NPM), a rights group said on Friday that 90 people were detained.", "The Norland Prisoners Monitor (NPM)"},
		{"A drone hit two markets in the west, killing 33 people, a medical source told reporters on Sunday.", "a medical source"},
		// A message's issuer described, then named in apposition with its acronym.
		{"Three soldiers died, according to a statement issued by the army's media wing, Joint Forces Relations (JFR).", "the army's media wing, Joint Forces Relations (JFR)"},
		// A weekday between the speaker and the verb, without "on".
		{"Defence minister Ivo Marsh Monday said more than 300 prisoners would be freed.", "Defence minister Ivo Marsh"},
		{"Security forces Thursday claim to have killed 12 more militants.", "Security forces"},
		// Two sources joined by "and", the second with its article.
		{"Four sailors were killed, the Norland embassy in Ostby and the Ostland government said Friday.", "The Norland embassy in Ostby and the Ostland government"},
		{"Gunmen attacked Ostby and the army said 5 people were killed.", "the army"},
		// A name with its short name in parentheses, then a relative clause.
		{"The Northern Command (Norcom), which oversees the coast, said two crew members had been killed.", "The Northern Command (Norcom)"},
		// A count after an inverted verb opens what was said, not who said it.
		{"The command, which oversees the coast, said three crew members had been killed.", ""},
		{"Four people died in the blast, said two security officials.", "two security officials"},
		// "concluded" reports, as "added" does.
		{"A third strike hit a house, killing six people, the agency concluded.", "the agency"},
		// A speaker reports a body's survey whose verb of reporting goes
		// on after "and": the nearest frame is the body's.
		{"Spokesman Ivo Marsh said the Norland Health Agency and its partners ran a survey in the city “and report that 700 people have been killed”.", "The Norland Health Agency and its partners"},
		{"The monitor accused the militia of abuses and said at least 90 people had been taken.", "The monitor"},
		// Plural committees speak.
		{"The Resistance Committees in Ostby warned in a statement that 40 people were killed.", "The Resistance Committees in Ostby"},
	})
}

// TestFigureKindShapes12 checks kinds in shapes of fresh reporting
// (session 11); the sentences are invented.
func TestFigureKindShapes12(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		// Nouns of killing before "of" and the count.
		{"Police condemned the killings of three officers.", []string{"3||killed"}},
		{"Police are investigating the recent slaying of four officers.", []string{"4||killed"}},
		{"The mayor condemned the murders of two teachers.", []string{"2||killed"}},
		// Hostages "captured" in a raid are taken, not arrested.
		{"Thirteen hostages captured during the raid were back home, the army said.", []string{"13||abducted"}},
		{"Police said 12 suspects captured during the raid were charged.", []string{"12||arrested"}},
		// A predicate in quotation marks after its auxiliary.
		{"Two militants were “sent to hell” in the raid.", []string{"2||killed"}},
		{"Three militants were \"killed\" in the raid.", []string{"3||killed"}},
	})
}

// TestCreditSurnameAfterFullName checks that a speaker named again by an
// honorific and surname ("Mr Marsh") gets the credit the article gave his
// full name. The sentences are invented.
func TestCreditSurnameAfterFullName(t *testing.T) {
	text := "“We recovered 11 bodies,” rescue agency spokesman Ivo Marsh said.\n\n" +
		"Mr Marsh said other strikes killed at least 10 people.\n\n" +
		"Five people were killed near a school, Mr. Marsh added.\n\n" +
		"Ms Okafor said 3 people were wounded."
	f := New(Domain{}).Extract("s1", text, report.Date{Year: 2025, Month: 4, Day: 12})
	want := map[float64]string{11: "rescue agency spokesman Ivo Marsh", 10: "rescue agency spokesman Ivo Marsh",
		5: "rescue agency spokesman Ivo Marsh", 3: "Ms Okafor"}
	checkCreditsByValue(t, f.Figures, want)
}

// checkCreditsByValue checks that each figure of a value in want is
// credited to want's source for it, and that every value is found.
func checkCreditsByValue(t *testing.T, figs []report.Figure, want map[float64]string) {
	t.Helper()
	for _, g := range figs {
		if w, ok := want[g.Low]; ok && g.AttributedTo != w {
			t.Errorf("%q credited to %q, want %q", g.Text, g.AttributedTo, w)
		}
		delete(want, g.Low)
	}
	if len(want) > 0 {
		t.Errorf("figures not found: %v", want)
	}
}

// TestEventTallySpans12 checks that the span a tally covers is no event:
// "from April to June" and "the first three months of 2023" with a count;
// a range with no count still dates the act. The sentences are invented.
func TestEventTallySpans12(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 7, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date precision"
	}{
		{"Some 1,520 people were reported killed and another 600 injured across Norland from April to the end of June, a report said.", nil},
		{"More than 1,630 people were killed, wounded or kidnapped in Norland in the first three months of 2023, the office said.", nil},
		{"Attacks killed 90 people in the first half of 2024.", nil},
		{"The army fought the rebels from April to June.", []string{"2025-04 month", "2025-06 month"}},
		{"Gunmen killed 12 people in the first week of June.", []string{"2025-06-02 week"}},
	}
	for _, tt := range tests {
		got := datePrecisions(demoDomain, "s1", tt.text, sat)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestCreditOrganisationNamedAgain checks that "the association" said
// after an organisation whose name holds that noun gets the name's
// credit. The sentences are invented.
func TestCreditOrganisationNamedAgain(t *testing.T) {
	text := "The Norland Prisoners Association (NPA), a rights group said on Thursday that 133 people were detained.\n\n" +
		"\"We know of 90 lawmakers who have been detained,\" the association said in a statement.\n\n" +
		"The rebels were accused of massacring 40 people."
	f := New(Domain{}).Extract("s1", text, report.Date{Year: 2025, Month: 4, Day: 12})
	want := map[float64]string{133: "The Norland Prisoners Association (NPA)", 90: "The Norland Prisoners Association (NPA)", 40: ""}
	for _, g := range f.Figures {
		if g.Low == 40 && g.What != report.Killed {
			t.Errorf("%q counts %q, want killed", g.Text, g.What)
		}
	}
	checkCreditsByValue(t, f.Figures, want)
}

// TestEventSummariesWire12 checks two wire shapes of fresh reporting: a
// dateline whose agency's bracket is followed by ".-" or by the story
// itself, not an event; and a closing "…, X said late on Sunday", whose
// summary is what X said. The sentences are invented.
func TestEventSummariesWire12(t *testing.T) {
	mon := report.Date{Year: 2025, Month: 6, Day: 2} // a Monday
	tests := []struct {
		text string
		want []string // "date|summary"
	}{
		{"Ostby, Jun 2 (NNA).- The junta has arrested at least 110 activists in the capital, says a monitoring group.",
			nil},
		{"Norport, May 30 (NNA) At least four soldiers were killed during an operation in the north on Friday, the army said.",
			[]string{"2025-05-30|At least four soldiers were killed during an operation in the north on Friday"}},
		{"Two soldiers were killed while two militants were wounded during an exchange of fire in the north, the army's media wing said late on Sunday.",
			[]string{"2025-06-01|Two soldiers were killed while two militants were wounded during an exchange of fire in the north"}},
		{"Three people were killed when missiles hit a depot near the city, officials said Tuesday.",
			[]string{"2025-05-27|Three people were killed when missiles hit a depot near the city"}},
	}
	for _, tt := range tests {
		got := dateSummaries(demoDomain, "s1", tt.text, mon)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestEventNightToMorning12 checks that "between Saturday night and
// Sunday morning" is one night, dated by its first day, while two days
// "between Monday and Tuesday" stay two. The sentences are invented.
func TestEventNightToMorning12(t *testing.T) {
	sun := report.Date{Year: 2023, Month: 7, Day: 16} // a Sunday
	tests := []struct {
		text string
		want []string // "date precision"
	}{
		{"A local official said the killings took place between Saturday night and Sunday morning.", []string{"2023-07-15 day"}},
		{"The shelling went on from Friday evening to Saturday.", []string{"2023-07-14 day"}},
		{"The talks were held between Monday and Tuesday.", []string{"2023-07-10 day", "2023-07-11 day"}},
	}
	for _, tt := range tests {
		got := datePrecisions(demoDomain, "s1", tt.text, sun)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestEventSummaryDateInNounPhrase12 checks that a full date modifying a
// noun after "the" ("the July 7, 2021, assassination of …") keeps its
// commas inside the summary's clause. The sentences are invented.
func TestEventSummaryDateInNounPhrase12(t *testing.T) {
	mon := report.Date{Year: 2025, Month: 6, Day: 2}
	tests := []struct {
		text string
		want []string // "date|summary"
	}{
		{"Gangs have grown stronger since the March 3, 2021, assassination of the mayor of Ostby and have overpowered police.",
			[]string{"2021-03-03|Gangs have grown stronger since the March 3, 2021, assassination of the mayor of Ostby and have overpowered police"}},
	}
	for _, tt := range tests {
		got := dateSummaries(demoDomain, "s1", tt.text, mon)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}
