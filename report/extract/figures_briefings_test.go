package extract

import "testing"

// TestFigureBriefingShapes checks counts in the shapes of briefings,
// statements and wire copy on returns and deportations: a list of who
// the people are, going back home, a word in quotation marks, a body's
// members, and a count of people that is no whole number.
func TestFigureBriefingShapes(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"By Friday, almost 40,000 men, women and children had returned to Norland.", []string{"40000|nearly|people"}},
		{"Some 2,000 women and girls were abducted in the raids.", []string{"2000|about|abducted"}},
		{"On Monday alone, more than 2,500 Norlanders went back to their country.", []string{"2500|more than|people"}},
		{"The ministry is weighing the case of about 18,000 “high-risk” individuals awaiting resettlement.", []string{"18000|about|people"}},
		{"The monitoring committee is made up of 9 individuals from the three governments.", nil},
		{"The council, composed of seven members, met on Sunday.", nil},
		{"Nearly 1.9 million registered Afghans, including 1.2 recognised refugees, may stay.", []string{"1900000|nearly|people"}},
		{"About 1.5 million refugees have crossed the border.", []string{"1500000|about|displaced"}},
		{"The insurgency has forced an estimated two million people to flee their homes.", []string{"2000000|about|displaced"}},
		{"The fighting drove more than 12,000 people from their villages in a week.", []string{"12000|more than|displaced"}},
		{"The army forced 300 fighters to surrender.", []string{"300||fighters"}},
		{"Over 700 of these were fatalities.", []string{"700|more than|killed"}},
		{"Some 40 of those were wounded in the market.", []string{"40|about|injured"}},
		{"The last 1,800 returnees were driven home from the camp on Sunday.", []string{"1800||people"}},
		{"The aid package is worth $2.5 to feed them.", []string{"2.5||money|USD"}},
	})
}

// TestCreditBriefingShapes checks the credit of figures after verbs of
// briefings ("clarified", "stressed") and after "what I'd say is".
func TestCreditBriefingShapes(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The envoy clarified that nearly 1.2 million registered refugees are not being asked to leave.", "The envoy"},
		{"The minister stressed that 3,000 people had been evacuated from the port.", "The minister"},
		{"So what I'd say is that 40 people were killed in the strike.", ""},
		{"The ministry spokesman issued a statement saying a raid on May 2 that killed at least 14 people was unlawful.", "The ministry spokesman"},
		{"The army released a short video saying 30 fighters had surrendered.", "The army"},
	}
	am := newActorMatcher(testActors)
	for _, tt := range tests {
		fs := figuresIn(sentence(tt.text), am)
		if len(fs) != 1 || fs[0].AttributedTo != tt.want {
			t.Errorf("figuresIn(%q) = %+v, want one figure credited to %q", tt.text, fs, tt.want)
		}
	}
}

// TestFigureFractionsOfScale checks "half a million" and its kin.
func TestFigureFractionsOfScale(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"Some half a million people fled the city.", []string{"500000|about|displaced"}},
		{"Nearly half a million of those displaced by the war live in camps.", []string{"500000|nearly|displaced"}},
		{"A quarter of a million people have fled the region.", []string{"250000||displaced"}},
		{"Half a dozen soldiers were killed at the checkpoint.", []string{"6||killed"}},
		{"A million people fled the city.", []string{"1000000||displaced"}},
	})
}
