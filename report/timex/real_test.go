package timex

import (
	"slices"
	"testing"
)

// TestFindRealShapes checks the date shapes of real reporting and event
// coders' notes: a day and month without a year near publication, numeric
// day/month dates, a bare ordinal day, two days joined by "and".
func TestFindRealShapes(t *testing.T) {
	tests := []struct {
		anchor string
		text   string
		want   []string
	}{
		// A day without a year is the nearest such day: just after
		// publication it is this year's, not last year's.
		{"2024-04-30", "His body was found on 8 May in the river.", []string{"8 May=2024-05-08/day"}},
		{"2024-04-30", "Clashes broke out on 12 April.", []string{"12 April=2024-04-12/day"}},
		{"2024-01-03", "Gunmen attacked the post on 29 December.", []string{"29 December=2023-12-29/day"}},
		{"2023-05-10", "formally ending the ceasefire on November 28.", []string{"November 28=2022-11-28/day"}},
		{"2024-04-30", "The strike on 20 July killed five.", []string{"20 July=2023-07-20/day"}},
		// Numeric day/month dates.
		{"2024-07-02", "The attack took place on 28/06 in Kunduz.", []string{"28/06=2024-06-28/day"}},
		{"2024-07-02", "Protesters gathered on 3/7 and 28/06.", []string{"3/7=2024-07-03/day", "28/06=2024-06-28/day"}},
		{"2024-07-02", "He was arrested on 28/06/2023.", []string{"28/06/2023=2023-06-28/day"}},
		{"2024-07-02", "He was arrested on 28.06.2023.", []string{"28.06.2023=2023-06-28/day"}},
		{"2024-07-02", "after the 9/11 attacks and 24/7 coverage", []string{}},
		{"2024-07-02", "On the night of 27/06, gunmen attacked.", []string{"27/06=2024-06-27/day"}},
		{"2024-07-02", "On 28-06-2024 militants attacked.", []string{"28-06-2024=2024-06-28/day"}},
		{"2024-07-02", "a ratio of 3/4 and scores of 24-26", []string{}},
		{"2024-07-02", "Turnout was 3/4 of voters.", []string{}},
		// A month or a week that opens a sentence moves the story away from
		// the last day told: "the next day" has nothing to count from; a
		// year told inside a sentence is background and moves nothing.
		{"2024-05-15", "On Tuesday, talks resumed. In mid-April, rockets were fired. The next day, jets struck back.", []string{"Tuesday=2024-05-14/day", "mid-April=2024-04/month"}},
		{"2024-05-15", "On Tuesday, talks resumed under a 2009 deal. The next day, jets struck back.", []string{"Tuesday=2024-05-14/day", "2009=2009/year", "The next day=2024-05-15/day"}},
		// Whole weeks from the day last told.
		{"2024-05-15", "Troops entered Rafah on Monday. A week earlier, they seized the crossing.", []string{"Monday=2024-05-13/day", "A week earlier=2024-05-06/day"}},
		{"2024-05-15", "A week earlier, they seized the crossing.", []string{}},
		// A bare ordinal day is of the article's month, or the next one
		// when a coming day has passed.
		{"2024-06-10", "Talks are scheduled in Istanbul on 25th.", []string{"25th=2024-06-25/day"}},
		{"2024-06-28", "Talks are scheduled in Istanbul on 5th.", []string{"5th=2024-07-05/day"}},
		{"2024-06-28", "Fighting resumed on 25th.", []string{"25th=2024-06-25/day"}},
		{"2024-06-28", "He finished 25th in the race.", []string{}},
		{"2024-06-10", "They will meet on 25th in Istanbul.", []string{"25th=2024-06-25/day"}},
		{"2024-06-10", "He lives on 5th floor.", []string{}},
		// Two days joined by "and" are two dates; a range ("between 11 and
		// 13 April", "24-26 June", "from 24 to 26 June") gives its first
		// and its last day.
		{"2024-06-30", "Clashes broke out on 17 and 21 June in Bajaur.", []string{"17=2024-06-17/day", "21 June=2024-06-21/day"}},
		{"2024-06-30", "Clashes broke out on June 17 and 21 in Bajaur.", []string{"June 17=2024-06-17/day", "21=2024-06-21/day"}},
		{"2024-06-30", "between 11 and 13 April", []string{"11=2024-04-11/day", "13 April=2024-04-13/day"}},
		{"2024-06-30", "Clashes raged on 24-26 June in Bajaur.", []string{"24=2024-06-24/day", "26 June=2024-06-26/day"}},
		// Two days in a row after "the night of" are one night, dated by
		// its first day, as "the night of 14/15 March" is.
		{"2024-06-30", "Troops raided the hideout on the night of June 11 and 12.", []string{"June 11 and 12=2024-06-11/day"}},
		{"2024-06-30", "Troops raided the hideout on the night of 11 and 12 June.", []string{"11 and 12 June=2024-06-11/day"}},
		{"2024-06-30", "Troops raided the hideout on the night of June 11-12.", []string{"June 11-12=2024-06-11/day"}},
		{"2024-06-30", "Troops raided hideouts on June 11 and 12.", []string{"June 11=2024-06-11/day", "12=2024-06-12/day"}},
		{"2024-06-30", "Troops raided hideouts on the night of June 11 and 14.", []string{"June 11=2024-06-11/day", "14=2024-06-14/day"}},
		// "The day before yesterday" is two days back.
		{"2024-06-30", "The rebels attacked the day before yesterday.", []string{"yesterday=2024-06-28/day"}},
		{"2024-06-30", "Talks open the day after tomorrow.", []string{"tomorrow=2024-07-02/day"}},
		{"2024-06-30", "Talks opened yesterday.", []string{"yesterday=2024-06-29/day"}},
		{"2024-06-30", "Talks ran from June 24 to 26.", []string{"June 24=2024-06-24/day", "26=2024-06-26/day"}},
		// What is arranged or set for a later date is in the future.
		{"2025-07-09", "The two sides are to hold their first meeting in early August.", []string{"early August=2025-08/month"}},
		{"2026-01-08", "The council has set the first round of the vote for August 30.", []string{"August 30=2026-08-30/day"}},
		{"2026-01-08", "The council held the first round of the vote in August.", []string{"August=2025-08/month"}},
		{"2026-01-08", "They set fire to the market in August.", []string{"August=2025-08/month"}},
		// "A day later", "two days later" count from the day last told;
		// with no day told before, or a vague count, nothing.
		{"2025-10-23", "Norland imposed sanctions on Wednesday. A day later, its allies followed.", []string{"Wednesday=2025-10-22/day", "A day later=2025-10-23/day"}},
		{"2025-10-23", "On 3 October the talks opened; three days later they collapsed.", []string{"3 October=2025-10-03/day", "three days later=2025-10-06/day"}},
		{"2025-10-23", "A day later, the rebels withdrew.", []string{}},
		{"2025-10-23", "The talks opened on 3 October. The next day they collapsed.", []string{"3 October=2025-10-03/day", "The next day=2025-10-04/day"}},
		{"2025-10-23", "The army will attack the next day.", []string{}},
		{"2025-10-23", "The talks opened on 3 October. A few days later they collapsed.", []string{"3 October=2025-10-03/day"}},
		// "A day earlier" counts back; "the attack came a day after …"
		// dates what follows "after" the day before the day last told, and
		// "came two days before …" two days after it. Without "came", a
		// span after "the" that opens the sentence dates the sentence's own
		// act from the day last told: "A day after the attack, the army
		// withdrew" is the day after the attack's.
		{"2025-10-23", "Rebels shelled the port on Wednesday. They had taken the hills a day earlier.", []string{"Wednesday=2025-10-22/day", "a day earlier=2025-10-21/day"}},
		{"2025-10-23", "Rebels shelled the port on Wednesday. The attack came a day after the army reported gains.", []string{"Wednesday=2025-10-22/day", "a day after=2025-10-21/day"}},
		{"2025-10-23", "Rebels shelled the port on Wednesday. The attack came two days before talks were due.", []string{"Wednesday=2025-10-22/day", "two days before=2025-10-24/day"}},
		{"2025-10-23", "Rebels shelled the port on Wednesday. A day after the attack, the army withdrew.", []string{"Wednesday=2025-10-22/day", "A day after=2025-10-23/day"}},
		{"2025-10-23", "Rebels shelled the port on Monday. Two days after the shelling, the governor fled the city.", []string{"Monday=2025-10-20/day", "Two days after=2025-10-22/day"}},
		{"2025-10-23", "Rebels shelled the port on Monday. A week after the raid, the army returned.", []string{"Monday=2025-10-20/day", "A week after=2025-10-27/day"}},
		{"2025-10-23", "Rebels shelled the port on Monday. Two hours after the strike, jets bombed the hills.", []string{"Monday=2025-10-20/day", "Two hours after=2025-10-20/day"}},
		{"2025-10-23", "Rebels shelled the port on Monday. Half an hour later, jets bombed the hills.", []string{"Monday=2025-10-20/day", "an hour later=2025-10-20/day"}},
		{"2025-10-23", "Three days after the October 7 attack, the cabinet met.", []string{"Three days after the October 7=2025-10-10/day"}},
		// From the last day that happened, not from one set for later.
		{"2025-10-23", "Rebels shelled the port on Monday and called talks for October 30. An hour after the call, jets bombed the hills.", []string{"Monday=2025-10-20/day", "October 30=2025-10-30/day", "An hour after=2025-10-20/day"}},
		// Inside a sentence, or with no day told, the span dates nothing.
		{"2025-10-23", "The army left two days after the attack on the port.", nil},
		{"2025-10-23", "Two days after the attack, the army left the port.", nil},
		{"2025-10-23", "Rebels shelled the port on Monday. Thirty hours after the strike, jets bombed the hills.", []string{"Monday=2025-10-20/day", "Thirty hours after=2025-10-21/day"}},
		{"2025-10-23", "They talked for two hours after the meeting ended.", nil},
		// A day and month told again without a year keep the year they were told with.
		{"2025-03-14", "Gunmen killed 1,200 people in the October 7, 2023, raid. Since October 7, the border has been shut.", []string{"October 7, 2023=2023-10-07/day", "October 7=2023-10-07/day"}},
		{"2025-03-14", "The truce of January 19, 2024 collapsed. Three days after the January 19 truce, shelling resumed.", []string{"January 19, 2024=2024-01-19/day", "Three days after the January 19=2024-01-22/day"}},
		{"2025-03-14", "The truce of January 19, 2024 collapsed. Last January 19, talks opened again.", []string{"January 19, 2024=2024-01-19/day", "Last January 19=2025-01-19/day"}},
		// A part of the day before or after the day last told, and the day itself.
		{"2025-10-23", "Rebels shelled the port on Monday. The talks had collapsed the previous evening.", []string{"Monday=2025-10-20/day", "the previous evening=2025-10-19/day"}},
		{"2025-10-23", "Rebels shelled the port on Monday. The next morning, jets struck the hills.", []string{"Monday=2025-10-20/day", "The next morning=2025-10-21/day"}},
		{"2025-10-23", "Rebels shelled the port on Monday. Later in the day, jets struck the hills.", []string{"Monday=2025-10-20/day", "the day=2025-10-20/day"}},
		{"2025-10-23", "Rebels shelled the port. Later in the day, jets struck the hills.", nil},
		// A day that opens a sentence in the future, or one looked forward to, is to come.
		{"2025-10-23", "On Friday, the Council will vote on the draft.", []string{"Friday=2025-10-24/day"}},
		{"2025-10-23", "We look forward to the vote on Monday.", []string{"Monday=2025-10-27/day"}},
		{"2025-10-23", "They had looked forward to the vote on Monday, but it was postponed.", []string{"Monday=2025-10-20/day"}},
		{"2025-10-23", "On Monday, rebels shelled the port, and the army will respond.", []string{"Monday=2025-10-20/day"}},
		{"2025-10-23", "Protests spread on Wednesday, three days after the army seized power.", []string{"Wednesday=2025-10-22/day", "three days after=2025-10-19/day"}},
		{"2025-10-23", "The rebels withdrew on Monday, a day before the talks opened.", []string{"Monday=2025-10-20/day", "a day before=2025-10-21/day"}},
		// Vague spans keep their grain.
		{"2024-04-30", "Since the start of this month, attacks rose.", []string{"the start of this month=2024-04/month"}},
		{"2024-04-30", "Earlier this year the group split.", []string{"Earlier this year=2024/year"}},
		{"2024-04-30", "the attack last week", []string{"last week=2024-W17/week"}},
		// A day a name is taken from is no day "a day earlier" counts from.
		{"2012-11-22", "The Front, named after the June 4, 1990 uprising, grew. The rebels had taken the town a day earlier.", []string{"June 4, 1990=1990-06-04/day"}},
		{"2012-11-22", "The rebels entered the town on November 20. They had taken the hills a day earlier.", []string{"November 20=2012-11-20/day", "a day earlier=2012-11-19/day"}},
		// "is set to" puts the weekday after it in the future.
		{"2024-03-13", "The Council is set to vote Thursday on the draft.", []string{"Thursday=2024-03-14/day"}},
		{"2024-03-13", "The envoy is poised to arrive Monday.", []string{"Monday=2024-03-18/day"}},
		// "due to" and a verb puts the weekday after it in the future,
		// also when the verb is a word of another class ("start", "end");
		// "due to" and a noun gives a cause.
		{"2023-06-07", "The talks are due to begin on Sunday.", []string{"Sunday=2023-06-11/day"}},
		{"2023-06-07", "The talks are due to start on Sunday.", []string{"Sunday=2023-06-11/day"}},
		{"2023-06-07", "The truce is due to end on Sunday.", []string{"Sunday=2023-06-11/day"}},
		{"2023-06-07", "The court is due to rule on Sunday.", []string{"Sunday=2023-06-11/day"}},
		{"2023-06-07", "The talks stopped due to fog on Sunday.", []string{"Sunday=2023-06-04/day"}},
		{"2023-06-07", "Flights stopped due to end of fuel on Sunday.", []string{"Sunday=2023-06-04/day"}},
		{"2023-06-07", "The market shut due to start of the holiday on Sunday.", []string{"Sunday=2023-06-04/day"}},
		{"2023-06-07", "Peace Talks Due to Resume Sunday", []string{"Sunday=2023-06-11/day"}},
		// A month's name after "the" or a possessive and before a noun is
		// the month of what the noun names; not before a name or "of".
		{"2025-08-20", "The navy was praised for their July seizure of 300 rockets.", []string{"July=2025-07/month"}},
		{"2025-10-02", "the August earthquake in the east", []string{"August=2025-08/month"}},
		{"2025-10-02", "They joined the March for Peace.", []string{}},
		{"2025-10-02", "They joined the March of the Mothers.", []string{}},
	}
	for _, tt := range tests {
		got := render(Find(tt.text, mustDate(t, tt.anchor)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q, %s)\n got %q\nwant %q", tt.text, tt.anchor, got, tt.want)
		}
	}
}
