package extract

import (
	"testing"

	"brief/report"
)

// TestCreditOfficialRemarks13 checks credits in shapes of official
// remarks and UN briefings met in fresh reporting (session 12); the
// sentences are invented.
func TestCreditOfficialRemarks13(t *testing.T) {
	checkCredits(t, []struct{ text, want string }{
		// Verbs of briefing report as "said" does.
		{"Anna Berg, the relief coordinator, outlined that at least 41 civilians were killed in May.", "Anna Berg"},
		{"On the food front, Anna Berg pointed out that 3.1 million people needed aid.", "Anna Berg"},
		{"Spokesman Tom Lind highlighted that so far 56 citizens have left the country.", "Spokesman Tom Lind"},
		{"The envoy detailed how 300 prisoners had been freed.", "The envoy"},
		// "pointed" reports only with "out"; "detailed" after an article is an adjective.
		{"The officer pointed to a hill where 12 soldiers were killed.", ""},
		{"The detailed list named 70 people who died in the raid.", ""},
		// A title hyphened from a word that alone cannot name a speaker.
		{"Anna Berg, Under-Secretary-General for Relief Affairs, said that 4,200 civilians had been killed.", "Anna Berg, Under-Secretary-General for Relief Affairs"},
		{"Anna B. Berg, Under-Secretary-General for Relief Affairs said that, on 3 May, 28 people were reportedly killed.", "Anna B. Berg, Under-Secretary-General for Relief Affairs"},
		// A name and its title, then an aside before the verb.
		{"Briefing the Council, Anna Berg, Under-Secretary-General for Relief Affairs, reporting that drone attacks doubled in May, said that 9,083 civilians have been killed.", "Anna Berg, Under-Secretary-General for Relief Affairs"},
		// A name with its acronym, then where it works.
		{"The Lakeland Workers Association (LWA) in Norland said that 15 people died on Monday.", "The Lakeland Workers Association (LWA) in Norland"},
	})
}

// TestFigureKindsOfficial13 checks figures and kinds in shapes of official
// briefings met in fresh reporting (session 12); the sentences are
// invented.
func TestFigureKindsOfficial13(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		// "estimated to have been killed" as "believed to have been killed".
		{"More than 2,000 civilians are estimated to have been killed since then.", []string{"2000|more than|killed"}},
		// Staff counted by their organisation's name of several words.
		{"The militia arrested 13 United Nations employees.", []string{"13||arrested"}},
		{"The militia detained 22 aid staff.", []string{"22||arrested"}},
		// A noun of detention, lynching or murder says what happened.
		{"The wave of detentions of 22 relief staff is an escalation.", []string{"22||arrested"}},
		{"The office registered the lynching of at least 395 alleged gang members.", []string{"395|at least|killed"}},
		{"Gangs committed more than 3,000 murders last year.", []string{"3000|more than|killed"}},
		// A country's name of several words is still a place counted.
		{"Troops from 12 United Nations member states arrived.", []string{}},
	})
}

// TestCreditMiddleInitial13 checks that a middle initial "A." is part of
// a speaker's name, not the article; the sentence is invented.
func TestCreditMiddleInitial13(t *testing.T) {
	checkCredits(t, []struct{ text, want string }{
		{"Briefing the Council, Anna A. Berg, Under-Secretary-General for Relief Affairs said that, on 3 May, 28 people were reportedly killed.", "Anna A. Berg, Under-Secretary-General for Relief Affairs"},
	})
}

// TestCreditTranscriptLabels13 checks that a transcript's speaker label
// with a hyphened or apostrophed name ("AMBASSADOR BERG-LIND:", "MS.
// ANNE-MARIE LIND:", "MR O'NEILL:") credits the turn's figures; the texts
// are invented.
func TestCreditTranscriptLabels13(t *testing.T) {
	x := New(demoDomain)
	for _, tt := range []struct {
		text string
		want map[float64]string
	}{
		{"AMBASSADOR BERG-LIND: Thank you. More than 8 million people have been displaced by this war.\n\nQUESTION: Thanks.",
			map[float64]string{8000000: "AMBASSADOR BERG-LIND"}},
		{"MS. ANNE-MARIE LIND: Good afternoon. More than 8 million people have been displaced by this war.\n\nQ: Thanks, Anne.",
			map[float64]string{8000000: "MS. ANNE-MARIE LIND"}},
		{"MR O'NEILL: Good afternoon. About 1,200 people were killed in the attack.\n\nQUESTION: Thanks.",
			map[float64]string{1200: "MR O'NEILL"}},
		// A hyphen set apart is no part of a name: a heading, no speaker.
		{"UPDATE - GAZA: Good afternoon. About 1,200 people were killed in the attack.",
			map[float64]string{1200: ""}},
	} {
		checkCreditsByValue(t, x.Extract("s1", tt.text, report.Date{Year: 2025, Month: 3, Day: 15}).Figures, tt.want)
	}
}
