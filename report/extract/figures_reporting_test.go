package extract

import "testing"

// TestFigureKindsReporting checks kinds in the shapes of government
// statements and wire reports: designations are no casualties, a whole
// that only some of are released is still held, homes lost are
// displacement, the loss of crew is their death, police deployed are
// troops, a need is people's, and a count elided after the first of a
// list shares its kind.
func TestFigureKindsReporting(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		// Sanctions designate people; nothing happened to them that the brief counts.
		{"The Treasury is designating five individuals and three entities tied to the junta.", []string{"5||other"}},
		{"The owner, his wife and three grown children were also designated.", []string{"3||other"}},
		{"The firm’s owner and his wife and three grown children were sanctioned on Monday.", []string{"3||other"}},
		// Only some of a whole are released: the whole is still held.
		{"The deal would free some of the 120 or so hostages held by the group.", []string{"120|about|abducted"}},
		{"The plan would release most of the 80 hostages still in Norvik.", []string{"80||abducted"}},
		// Left without a home.
		{"More than 30,000 people have been left homeless by the floods and the fighting.", []string{"30000|more than|displaced"}},
		{"The shelling made 4,000 families homeless.", []string{"4000||displaced"}},
		// The loss of crew or passengers is their death.
		{"The attack resulted in the loss of at least six sailors.", []string{"6|at least|killed"}},
		{"The attack led to the loss of 4,000 jobs in the port.", nil}, // jobs are no one
		// Detained after an abduction: still held hostage.
		{"The rebels kidnapped and continue to detain at least 14 crew members of the ship.", []string{"14|at least|abducted"}},
		{"The police detain 40 protesters every week.", []string{"40||arrested"}},
		// Police sent abroad are troops.
		{"Norland said 500 more Norlandic police will deploy to the capital next month.", []string{"500||troops"}},
		{"The gangs seized more than three dozen police stations in the south.", nil},
		{"Three Norlandic police officers were wounded in the ambush.", []string{"3||injured"}},
		// In need of aid.
		{"Some 2 million people have fled; and more than 9 million are in need of humanitarian aid.", []string{"2000000|about|displaced", "9000000|more than|people"}},
		// A count elided after a list's first item: "and two in Y".
		{"The channel said there were seven raids in the eastern province and three in the capital.", []string{"7||attacks", "3||attacks"}},
		{"Nine people were killed in Gao and four in Mopti.", []string{"9||killed", "4||killed"}},
	})
}
