package extract

import (
	"strings"
	"testing"

	"brief/report"
)

// TestFigureWireShapes checks figures in shapes of wire copy on the
// wars of 2023-2025; the sentences are invented.
func TestFigureWireShapes(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		// A part of a toll whose whole has no number.
		{"Many thousands of people have been killed, including up to 9,000 in a single town.", []string{"9000|up to|killed"}},
		{"Scores of people were wounded, including 40 children.", []string{"40||injured"}},
		{"Many have fled, including 2,000 families from the camp.", []string{"2000||displaced"}},
		{"Talks continued, including 3 rounds in Doha.", nil},
	})
}

// TestFigureMilitaryStatements checks the shapes of military press
// statements: deaths as nouns of neutralising, a count of operations, and
// the dead named in an aside.
func TestFigureMilitaryStatements(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"A raid in Tank led to the neutralisation of two more militants.", []string{"2||killed"}},
		{"A second raid led to the elimination of six more.", []string{"6||killed"}},
		{"The operation resulted in the elimination of a commander.", []string{"1||killed"}},
		{"Troops killed 13 militants in two separate operations.", []string{"13||killed"}},
		{"Soldiers killed 9 fighters during three separate engagements in the north.", []string{"9||killed"}},
		{"Two soldiers — Sepoy Ali Khan and Naik Omar Shah — having fought bravely, embraced martyrdom.", []string{"2||killed"}},
		{"The army said three soldiers and an officer from the Frontier Corps near Turbat in the south were killed by militants.", []string{"3||killed"}},
		{"Three soldiers and an officer from the Frontier Corps met the envoy.", []string{"3||troops"}},
		// Who a count is, told by an "of" phrase with a number of its own.
		{"On Friday, at least 12 members of three families were killed in the village.", []string{"12|at least|killed"}},
	})
}

// TestFigureTalliesAndThings checks a tally's kind given before the
// number, a time after a count, and counts of munitions and targets.
func TestFigureTalliesAndThings(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"The number of wounded in the city's hospitals reached 2,300, including 213 children and 140 women.",
			[]string{"2300||injured", "213||injured", "140||injured"}},
		{"The total of dead in the province rose to 90.", []string{"90||killed"}},
		{"The number of schools in the district reached 90.", nil},
		{"Several drivers have been abducted; the unions put the number at 40.", []string{"40||abducted"}},
		{"Many homes were destroyed; officials put the number at 300.", nil},
		{"The number of people newly displaced by the fighting has doubled to more than one million, the agency said.",
			[]string{"1000000|more than|displaced"}},
		{"The toll from the shelling of two office towers rose to fifty.", []string{"50||killed"}},
		{"He said a jet made three attack runs over the village, dropping six bombs in all.", nil},
		{"Air strikes killed three people and wounded five early Saturday, medics said.", []string{"3||killed", "5||injured"}},
		{"The militants fired 469 rockets, while the air force hit 133 targets.", nil},
		{"About 300 missiles and 40 drones were launched overnight.", nil},
	})
}

// TestFigureReturnedFromCaptivity checks that people who came back from
// captivity or in an exchange are released, and that people who went
// home from displacement are not.
func TestFigureReturnedFromCaptivity(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"Another 120 soldiers returned home from Norlandian captivity.", []string{"120||released"}},
		{"Norland has returned 39 captured soldiers as part of an exchange.", []string{"39||released"}},
		{"Another 14 defenders are coming home through measures outside of exchanges.", []string{"14||released"}},
		{"A total of 2,100 people have been returned home from captivity since the war began.", []string{"2100||released"}},
		{"Another 175 Norlanders held by Ostland returned home, the president announced.", []string{"175||released"}},
		{"Some 900,000 Norlanders were returned or forced out of Ostland last year.", []string{"900000|about|displaced"}},
		{"About 40,000 people went back to their villages after the fighting.", []string{"40000|about|people"}},
		{"Some 300 families came home to the town last week.", []string{"300|about|people"}},
	})
}

// TestFigureSpacedThousands checks a count written with spaces between
// its thousands.
func TestFigureSpacedThousands(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"The agency says nearly 150 000 people have been forced to flee their villages since March 2.", []string{"150000|nearly|displaced"}},
		{"In 2023 150 people were killed in the province.", []string{"150||killed"}},
	})
}

// TestFigureKindsStatements checks kinds in the shapes of government
// statements: prisoners in detention, people deported, sanctions'
// targets. Prisoners counted with no word of what befell them stay other.
func TestFigureKindsStatements(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"More than 9,000 political prisoners remain in detention.", []string{"9000|more than|arrested"}},
		{"The regime is holding more than 9,000 political prisoners.", []string{"9000|more than|other"}},
		{"Norland has forcibly deported at least 1,900 children.", []string{"1900|at least|displaced"}},
		{"The deportation of 500 Ostlanders began on Monday.", []string{"500||displaced"}},
		{"Washington imposed sanctions on 5 individuals and 3 entities.", []string{"5||other"}},
		{"The two sides exchanged 90 prisoners each.", []string{"90||released"}},
		{"Twelve prisoners were released by the junta.", []string{"12||released"}},
	})
}

// TestFigureHeadingsInBody checks that a heading inside an article (a
// short paragraph of its own with no closing stop, as a live blog's) gives
// way to the body that states its figure again, and stays when the body
// does not.
func TestFigureHeadingsInBody(t *testing.T) {
	text := "The border clashes went on overnight, officials said.\n\n" +
		"**11:10** – Rebels claim 58 soldiers killed\n\n" +
		"Rebel spokesman Ivo Marsh told a press conference that 58 soldiers had been killed.\n\n" +
		"**10:30** – 12 villagers wounded in Ostby\n\n" +
		"The clashes went on into the morning."
	f := New(sudanDomain).Extract("s1", text, report.Date{Year: 2024, Month: 3, Day: 12})
	var got []string
	for _, fig := range f.Figures {
		got = append(got, fig.Text+" | "+fig.AttributedTo)
	}
	want := []string{"58 soldiers had been killed | Rebel spokesman Ivo Marsh", "12 villagers wounded | "}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("figures\n got %q\nwant %q", got, want)
	}
}
