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
		{"Norland is designating five individuals and three firms that fund the junta.", []string{"5||other", "3||other"}},
		{"The banker, his wife and three grown children were placed under sanctions too.", nil},
		{"The list also names the general, his wife and three grown children.", nil},
		{"The firm’s owner and his wife and three grown children were sanctioned on Monday.", []string{"3||other"}},
		{"The general's wife and three children were killed in the strike.", []string{"3||killed"}},
		// Only some of a whole are released: the whole is still held.
		{"The deal would free some of the 120 or so hostages held by the group.", []string{"120|about|abducted"}},
		{"The plan would release most of the 80 hostages still in Norvik.", []string{"80||abducted"}},
		{"Officials believe about a third of the 90 hostages still held are dead.", []string{"90||abducted"}},
		{"Two of the 10 soldiers were killed.", nil}, // the part is not read yet; the whole is no count of troops
		{"Of the 120 hostages seized in March, 45 remain in the camps.", []string{"120||abducted", "45||abducted"}},
		{"Of the 120 hostages seized in March, 45 are believed dead.", []string{"120||abducted", "45||killed"}},
		// Left without a home.
		{"More than 30,000 people have been left homeless by the floods and the fighting.", []string{"30000|more than|displaced"}},
		{"Some 9,000 families across the province were made homeless by the shelling.", []string{"9000|about|displaced"}},
		{"The shelling made 4,000 families homeless.", []string{"4000||displaced"}},
		// The loss of crew or passengers is their death.
		{"The sinking meant the loss of at least six sailors.", []string{"6|at least|killed"}},
		{"The attack led to the loss of 4,000 jobs in the port.", nil}, // jobs are no one
		// Detained after an abduction: still held hostage.
		{"Pirates abducted and still detain at least 14 seamen from the tanker.", []string{"14|at least|abducted"}},
		{"The police detain 40 protesters every week.", []string{"40||arrested"}},
		// Police sent abroad are troops.
		{"Another 500 Norlandic police are due to arrive in the capital.", []string{"500||troops"}},
		{"The gangs seized more than three dozen police stations in the south.", nil},
		{"Three Norlandic police officers were wounded in the ambush.", []string{"3||injured"}},
		// In need of aid.
		{"The agency said 40,000 were killed and over 9 million are in need of food.", []string{"40000||killed", "9000000|more than|people"}},
		{"Some 2 million Norlanders have fled their homes, and 7 million people need food aid.", []string{"2000000|about|displaced", "7000000||people"}},
		{"Over 3 million remain uprooted and 11 million require humanitarian assistance.", []string{"3000000|more than|displaced", "11000000||people"}},
		// "Among those freed were …": every count listed is of the freed.
		{"Among those freed by Norland were 300 prisoners serving life terms and 1,200 people held in the south.", []string{"300||released", "1200||released"}},
		{"Among those released on Monday were 40 women detained during the protests.", []string{"40||released"}},
		{"Among those killed were 12 children and two nurses.", []string{"12||killed", "2||killed"}},
		{"Norland also brought home 20 civilians held in Ostland, officials said.", []string{"20||released"}},
		// An initialism in the counted phrase: "U.S. soldiers".
		{"Two U.S. soldiers were wounded in the attack on the base.", []string{"2||injured"}},
		{"The drone strike killed three U.N. peacekeepers.", []string{"3||killed"}},
		{"Gunmen killed 12 people near a school in the U.S.", []string{"12||killed"}},
		// Three fates in one count: no one kind.
		{"At least 900 people have been killed, injured or kidnapped this year.", []string{"900|at least|other"}},
		// "and their …" joins others to those counted before the verb.
		{"More than 300 patients and their relatives were killed at the clinic.", []string{"300|more than|killed"}},
		{"Nine pupils and their teacher were abducted on the road.", []string{"9||abducted"}},
		// Injuries told by a verb of suffering or "with": "sustained
		// various injuries", "left nine others with serious injuries".
		{"Another 2,400 people have sustained various injuries.", []string{"2400||injured"}},
		{"Seven villagers suffered gunshot wounds.", []string{"7||injured"}},
		{"The mortar killed two guards and left six others with serious injuries.", []string{"2||killed", "6||injured"}},
		{"Some 300 families with young children arrived at the camp.", []string{"300|about|people"}},
		{"Two hostages were freed on Monday in exchange for 90 prisoners.", []string{"2||released", "90||released"}},
		// A release demanded has not happened: those counted are still held.
		{"We call for the release of all 90 hostages held by the group.", []string{"90||abducted"}},
		{"Norland urged the junta to release the more than 3,000 people detained since the coup.", []string{"3000|more than|arrested"}},
		{"Under the deal, the rebels are to free about 400 prisoners.", []string{"400|about|released"}},
		// "Taken" after an abduction told in the sentence, and "taken away".
		{"The group was accused of abducting boys to fight and said at least 60 boys had been taken since May.", []string{"60|at least|abducted"}},
		{"Twelve people were taken to hospital after the blast.", []string{"12||injured"}},
		{"Seven pupils were taken away by gunmen on Monday.", []string{"7||abducted"}},
		// Ages stand aside: "aged 12 and 14", "a 15-year-old boy".
		{"Two girls aged 9 and 11 were wounded by the shell.", []string{"2||injured"}},
		{"A 15-year-old boy was shot dead at the crossing.", []string{"1||killed"}},
		{"The 20-year-old war has displaced millions.", nil},
		// A count elided after a list's first item: "and two in Y".
		{"Local radio counted seven raids on the eastern districts and three on the capital.", []string{"7||attacks", "3||attacks"}},
		{"Nine people were killed in Gao and four in Mopti.", []string{"9||killed", "4||killed"}},
	})
}
