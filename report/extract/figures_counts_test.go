package extract

import "testing"

// TestFigureCountsOfThings checks counts in UN remarks, briefings and
// wire copy that count things, not people hurt, forces or money: the
// countries troops come from, the facilities aid reaches, a vote's
// abstentions, a country's administrative divisions. The sentences are
// invented, in the shapes of real reporting; the last ones are figures
// of the same sentences' kind that must stay.
func TestFigureCountsOfThings(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"The mission has 19,000 troops from five countries.", []string{"19000||troops"}},
		{"The council adopted the text by 13 votes in favour, with two abstentions.", nil},
		{"The assembly approved the resolution by 140 votes to 6, with 33 abstentions.", nil},
		{"Aid groups run 48 health facilities in four provinces.", nil},
		{"Enough medicine arrived to supply 12 major health facilities.", nil},
		{"Cholera has been confirmed in at least seven locations in the north.", nil},
		{"Unrest was recorded across all of Norland's 12 departments.", nil},
		{"The ministry reopened 25 schools and 3 clinics in the district.", nil},
		{"The yacht is 150 metres long and carries two helipads.", nil},
		{"The 27 nations of the bloc pledged support.", nil},
		{"The agency runs 9 warehouses and 2 ports in the east.", nil},
		{"The ministry said it had 1,200 beds in the capital's field hospital.", nil},
		{"Aid will support 50 surgical interventions this month.", nil},
		{"The border has 300 crossing points, officials said.", nil},
		{"The party won 150 seats and fielded 3 candidates in the region.", nil},
		{"The talks have two co-chairs.", nil},
		{"Food was handed out at 400 sites before the war.", nil},
		{"It was the second of three phases of the plan.", nil},
		{"Police recovered 12 grenades and 2 rocket launchers.", nil},
		{"The report documented 1,200 killings in the region.", []string{"1200||killed"}},
		{"QUESTION: I have two questions on the north.", nil},
		{"The envoy has made 12 trips to the region and held six calls and two dozen meetings this week.", nil},
		{"The Treasury designated 16 individuals and 8 entities tied to the militia.", []string{"16||other"}}, // sanctions targets, no casualties (voa4 gold)
		{"The text got 12 of 15 ballots.", nil},
		{"The commander has four wives.", nil},
		{"Shelling killed 14 people in the camp, the agency said.", []string{"14||killed"}},
		{"More than 3,000 people fled to neighbouring countries last week.", []string{"3000|more than|displaced"}},
	})
}

// TestFigureBodiesAndHouseholds checks counts of a body's members and
// votes, a household, and a place's residents, none of them a figure;
// the last ones are figures of the same words that must stay.
func TestFigureBodiesAndHouseholds(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"Four of the council's 15 members abstained.", nil},
		{"The committee's 12 members will meet in Geneva.", nil},
		{"Karim and 14 family members now sleep under a tarpaulin.", nil},
		{"His family was packed into three small rooms.", nil},
		{"The village, which has more than 200 houses and 1,400 residents, lies near the border.", nil},
		{"The town, which had 30,000 inhabitants before the war, is now empty.", nil},
		{"Before the siege the town had about 90,000 residents.", nil},
		{"The diaspora of 2 million people sent $1.5 billion home last year.", []string{"1500000000||money|USD"}},
		{"It is a farming community of 4,000 people.", nil},
		{"A community of 4,000 displaced people was shelled.", []string{"4000||displaced"}},
		{"The commander, who has led the group for years, has two wives and 17 children.", nil},
		{"She had three sons and a daughter.", nil},
		{"The raid killed 14 family members of the commander.", []string{"14||killed"}},
		{"The strike on the school killed 12 children, the ministry said.", []string{"12||killed"}},
		{"More than 1,400 residents fled the town, which has been shelled daily.", []string{"1400|more than|displaced"}},
		{"The council said 40 people were killed in the attack.", []string{"40||killed"}},
	})
}

// TestFigureFewNationals checks that a handful of nationals to whom
// nothing is reported to have happened (signatories, officials, guests)
// is no figure, while a count of nationals hurt, held or moved, a large
// one, and one that lists who were among a toll stay.
func TestFigureFewNationals(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"At least three American citizens, three Americans, head the agencies that signed the letter.", nil},
		{"There are two Americans among the judges of the tribunal.", nil},
		{"Four British nationals sit on the board of the fund.", nil},
		{"Three Americans were killed in the drone attack.", []string{"3||killed"}},
		{"More than 1,300 American citizens have left the country with our help.", []string{"1300|more than|people"}},
		{"Some 12 Pakistanis and four Canadians were among them.", []string{"12|about|people", "4||people"}},
	})
}

// TestCreditNotACount checks that a number word is never the credit of
// a figure, whatever the words around it.
func TestCreditNotACount(t *testing.T) {
	for _, x := range []string{"five", "Five", "twelve", " three "} {
		if got := tidyCredit(x); got != "" {
			t.Errorf("tidyCredit(%q) = %q, want no credit", x, got)
		}
	}
	if got := tidyCredit("the Health Ministry"); got != "The Health Ministry" {
		t.Errorf("tidyCredit(%q) = %q, want %q", "the Health Ministry", got, "The Health Ministry")
	}
}

// TestFigureFileCaption checks that an archive photo's caption gives no
// figure, and that a sentence merely starting with the word does.
func TestFigureFileCaption(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"FILE - Some of the 5,000 peacekeepers stand guard in the capital, Aug. 2, 2023.", nil},
		{"FILE — People gather where a blast killed 20 people in Nortown, May 5, 2022.", nil},
		{"FILE – Displaced families, among 300,000 who fled the fighting, wait for food, Jan. 3, 2024.", nil},
		{"Files seized in the raid showed 40 fighters had been paid.", []string{"40||fighters"}},
		{"A blast killed 20 people in Nortown, police said.", []string{"20||killed"}},
	})
}
