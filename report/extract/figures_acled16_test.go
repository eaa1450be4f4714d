package extract

import "testing"

// TestFigureACLED16Shapes checks the shapes in which the acled16 and
// acleddev16 notes stated a death the extractor missed, each in several
// invented wordings: a killing verb of slaughter, bodies moved or buried,
// "found shot dead", a relative clause that tells the fate of those
// taken, an aside that is a list, a group named in capitals that spell a
// function word ("IS"), "a family of N" after the verb and a count before
// a colon that lists who they were. The last sentences must keep their
// kinds or give no figure. The sentences are invented.
func TestFigureACLED16Shapes(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		// Slaughtered.
		{"Insurgents slaughtered 5 herders near their camp.", []string{"5||killed"}},
		{"Gunmen surrounded 6 loggers and slaughtered 4 of them.", []string{"6||other", "4||killed"}},
		{"At least 9 fishermen were slaughtered by militants overnight.", []string{"9|at least|killed"}},
		// Bodies moved, the dead buried.
		{"12 bodies were evacuated to the district hospital.", []string{"12||killed"}},
		{"A chief said 21 were buried on Saturday.", []string{"21||killed"}},
		{"More than 40 persons were buried in the village after the raid.", []string{"40|more than|killed"}},
		// Found shot dead; the fate of those taken, in a relative clause.
		{"4 traders were found shot dead near the market.", []string{"4||killed"}},
		{"Gunmen seized 7 passengers from the bus, who were later found dead.", []string{"7||killed"}},
		{"Bandits kidnapped 3 teachers in Tsafe, who were executed two days later.", []string{"3||killed"}},
		{"Armed men took away 5 workers from Kalat, who were found shot dead on a hill.", []string{"5||killed"}},
		// An aside that is a list.
		{"At least 8 herders, reportedly Fulani, Tuareg and Arabs, were killed in the strike.", []string{"8|at least|killed"}},
		{"Eleven workers, mostly Nepalis, Indians and Kenyans, were wounded by the blast.", []string{"11||injured"}},
		// A group's name in capitals spelt as a function word.
		{"At least 12 IS fighters were killed in the assault.", []string{"12|at least|killed"}},
		{"Officials said 3 US soldiers were wounded.", []string{"3||injured"}},
		// A family or a group of N after the verb; a count before a colon.
		{"The airstrike killed a family of six in Rafah.", []string{"6||killed"}},
		{"A shell hit a house, killing a family of seven: two parents and five children.", []string{"7||killed", "2||other", "5||people"}},
		{"Police arrested a gang of four in the market.", []string{"4||arrested"}},
		{"The drone strike killed eleven: women, children and old men.", []string{"11||killed"}},
		// A day between the auxiliary and the verb.
		{"Four herders were on Sunday killed by gunmen near Jos.", []string{"4||killed"}},
		{"More than 20 persons were on Friday buried in the village.", []string{"20|more than|killed"}},
		{"Three traders were on Monday abducted on the highway.", []string{"3||abducted"}},
		{"Two guards were on Friday night shot dead at the gate.", []string{"2||killed"}},
		// A name's short form in brackets inside the noun phrase.
		{"At least 9 Islamic State (IS) fighters were killed near Qandala.", []string{"9|at least|killed"}},
		{"Officials said 14 Allied Democratic Forces (ADF) rebels were arrested.", []string{"14||arrested"}},
		// No death: kinds kept, no figure where none.
		{"Rescuers said 6 people were buried under the rubble.", []string{"6||other"}},
		{"The 40 pupils were feared buried in the debris of the school.", nil},
		{"Bandits slaughtered 30 cows in the camp.", nil},
		{"Gunmen abducted 9 men, who were later released.", []string{"9||abducted"}},
		{"The army freed 12 hostages, who were taken to hospital.", []string{"12||released"}},
		{"Officials said 15 IS the final count.", nil},
		{"The meeting began at 10:30 in the hall.", nil},
	})
}

// TestFigureGrievanceOne checks that "a" counts no one in a death or an
// arrest told as what a protest, a charge or an inquiry is about: the
// cause of the event, no death of it. A number there counts no one
// either (fix16c), and "a" still counts one where the death is the
// event's own. The
// sentences are invented.
func TestFigureGrievanceOne(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"Traders marched in Kano over the killing of a money changer.", nil},
		{"Youths burned tyres while protesting the murder of a farmer.", nil},
		{"Police arrested 3 men over the killing of a shopkeeper.", []string{"3||arrested"}},
		{"Hundreds rallied to demand justice for the killing of a nurse.", nil},
		{"Two men were charged in connection with the death of a guard.", []string{"2||arrested"}},
		{"Villagers protested against the arrest of a chief.", nil},
		// A number there counts no one either (fix16c: one convention).
		{"Hundreds marched against the killing of two activists.", nil},
		// Still counted: a death that is the event's own.
		{"The raid resulted in the death of a soldier.", []string{"1||killed"}},
		{"Gunmen opened fire, killing a trader.", []string{"1||killed"}},
	})
}

// TestFigureNamedVictims checks a count set after a comma beside two or
// more people a trigger names before it: the count is of them. Without
// a trigger, or with a time after the comma, no such count. The
// sentences are invented.
func TestFigureNamedVictims(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"Gunmen shot dead Ann Roe and Bo Li, two aides of the mayor.", []string{"2||killed"}},
		{"Masked men killed judge Tom Ade and clerk Ali Musa, 2 officials of the court, in Jos.", []string{"2||killed"}},
		{"Police arrested John Smith and Paul Brown, two members of the gang.", []string{"2||arrested"}},
		{"The minister met John Smith and Paul Brown, two members of the council.", []string{"2||other"}},
		{"Gunmen killed Ann Roe, two days after her release.", nil},
	})
}
