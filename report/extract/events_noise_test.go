package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// TestEventsNotListed checks the dates of briefings, statements and
// Council remarks that an analyst would not list as events: the meeting
// the speaker speaks at, the speaker's own speaking, the present, a time
// limit, the base of a comparison, a document's year; and the events of
// the same shapes that stay.
func TestEventsNotListed(t *testing.T) {
	tue := report.Date{Year: 2024, Month: 3, Day: 12} // a Tuesday
	tests := []struct {
		name string
		text string
		want []string // the events' dates
	}{
		{"thanks for a briefing today",
			"Thank you, Madam President, and thank you, Special Envoy Lindqvist, for your briefing today.", nil},
		{"today's meeting",
			"We also thank the Foreign Minister of Norland for joining today's meeting.", nil},
		{"with us this afternoon",
			"It is good to have the Minister with us this afternoon.", nil},
		{"here yesterday",
			"There are fewer of you than were here for the Minister yesterday.", nil},
		{"an apology",
			"Apologies for starting a bit late today.", nil},
		{"the speaker's own speaking",
			"Today, I want to repeat our call for an immediate halt to the shelling.", nil},
		{"what the Council heard",
			"As we heard today, the humanitarian situation in the north keeps getting worse.", nil},
		{"today as the present",
			"Norland is the most underfunded crisis in the region today.", nil},
		{"the present with 'is'",
			"The grim truth today is that the convoys still cannot reach the north.", nil},
		{"a time limit",
			"The Minister said the militias must leave the capital by April 30.", nil},
		{"a time limit with 'to'",
			"The junta pledged to hand power to an elected government by March 2026.", nil},
		{"a hope for a day to come",
			"My hope is that we have a ceasefire by next Monday, the president said.", nil},
		{"a tally's cut-off",
			"Officials said that, as of Sunday, almost 30,000 people had crossed the border.", nil},
		{"the base of a comparison",
			"Displacement has reached a level not seen in the region since 2015.", nil},
		{"the heaviest fighting since",
			"The clashes were the heaviest fighting in the capital since 2019.", nil},
		{"a resolution's year",
			"The Council must see resolution 2401 (2018) implemented in full.", nil},
		{"since a year in which nothing happened",
			"Since 2016, no armed group has held the port for more than a week.", nil},
		{"not since a month",
			"The two delegations have not met since January.", nil},
		{"the day of an anniversary",
			"Sunday marks ten years since the fall of the city to the rebels.", nil},
		{"the day of an anniversary, restated",
			"This weekend, on March 16th, marks five years since the two aid workers were taken captive.", nil},
		{"a struggle still going on",
			"We think of the families who still mourn today the loss of their children.", nil},
		{"prisoners held are no meeting under way",
			"The RSF are holding more than 300 soldiers and civilians in the north.", nil},
		{"a past briefing of the Council",
			"We share the Special Envoy's assessment in last November's briefing that the truce is fragile.", nil},
		{"briefed on a day",
			"The port is still closed, as it was when we were briefed last December.", nil},
		{"the speaker's own welcome",
			"We welcome that commitment again today.", nil},
		{"the speaker's own words of yesterday",
			"I said it yesterday and I will say it again: these attacks must stop.", nil},
		{"only how things were",
			"Just two years ago, the town was a quiet market hub on the river.", nil},
		{"a year in a title after 'and'",
			"The chairman and 1998 Nobel Peace Prize laureate spent his birthday in prison.", nil},
		{"a newspaper's edition",
			"The report comes from the Daily Star newspaper in its Monday edition.", nil},
		{"a ranked year",
			"Last year was the deadliest in a decade for the police, with more than 400 officers killed.", nil},
		{"a year ranked by its number",
			"2019 was the worst year for the army since the war began.", nil},
		{"a tally of attacks in a year",
			"The monitors say the group carried out more than 300 attacks in 2023.", nil},
		{"a tally of times in a week",
			"Drones entered the country's airspace at least 12 times last week.", nil},
		{"the body's own last meeting",
			"Little has changed since the Council last discussed the crisis in December.", nil},
		{"a date a vote was originally set for",
			"The junta postponed the presidential election originally scheduled for February 25.", nil},
		{"a date of polls since postponed",
			"Legislative elections set for December 2023 have been postponed several times.", nil},
		{"an editor's note on a transcript",
			"The following is a transcript of remarks made March 5 by Ambassador Okafor at the Council.", nil},
		{"an editor's note on an edited text",
			"Below is an edited text of the briefing given in Norvik on Monday by the ministry's spokesperson.", nil},
		{"a caption in the present",
			"Ambassador Okafor speaks at a Security Council meeting in New York, March 5, 2024.", nil},
		{"a caption in the present with its credit",
			"The Norland president meets the envoy in the capital, November 13, 2024. (Photo: R. Ade)", nil},
		{"a caption that ends in a place and a full date",
			"Displaced families flee renewed shelling near Port Sallis, November 22, 2023.", nil},
		{"a caption with its abbreviated month",
			"A volunteer guard holds a rifle while patrolling an empty street in Norvik, Norland, Feb. 27, 2024.", nil},
		{"a caption that ends in a bracketed credit",
			"The army chief speaks at a rally in his first address since the fighting began a week ago. [NTV]", nil},
		{"a running total over the year so far",
			"Rebel attacks in the north have cost hundreds of lives this year alone, according to official data.", nil},
		{"a running total so far this year",
			"The violence has killed more than 1,100 soldiers and civilians so far this year.", nil},
		{"an editor's note on the article's first publication",
			"Editor's note: This article was first published on March 3, 2024.", nil},
		{"an update of the story",
			"This story was updated on Monday with comments from the ministry.", nil},
		{"a correction of the story",
			"An earlier version of this story misstated the day of the attack on Monday.", nil},
		{"a caption followed by its photo credit",
			"Soldiers patrol a street in Norvik on March 5, 2024. (AP Photo/Jane Doe)", nil},
		{"a caption followed by an agency's credit",
			"A man walks past a destroyed building in Norvik on Monday. REUTERS/Jane Doe", nil},
		{"the year a superlative ranks in",
			"The raid killed 12 traders, the bloodiest raid on a market anywhere in Norland this year.", nil},
		{"the others a comparison names",
			"Shelling went on into the night, raising fears that the new truce would fail, as have two others this week.", nil},
		{"a caption with an image credit",
			"Three soldiers killed in the north on Monday, says the army. [Image via the army]", nil},
		{"a caption with a credit after a slash",
			"Ruins of a village in Norvik district on Wednesday after an airstrike. / Norvik PDF", nil},
		{"a remark dated as it was made",
			"The delegation's claims made this afternoon will not survive scrutiny.", nil},
		{"a statement dated as it was released",
			"As the Secretary said in a statement that we released earlier this week, our sanctions stay in place.", nil},
		{"an interview dated as it was given",
			"He repeated the charge in an interview given on Monday to a local radio station.", nil},
		{"what did not happen on a day",
			"We did not hear a single word about the convoys yesterday.", nil},
		{"what had not happened before a day",
			"Monitors confirmed that the photographs had not been published before Monday.", nil},
		{"the speaker's own body at its work",
			"Only yesterday, this Council discussed the siege of the city.", nil},
		{"the speaker's own body in a relative clause",
			"It repeats a story which we discussed and refuted last Friday.", nil},
		{"the day's act restated in a comment",
			"Today's action underscores our resolve to cut off the group's funding.", nil},
		{"the span an ordinal counts in",
			"Shelling forced the port to close for the second time this year.", nil},
		// The same shapes that report events stay.
		{"a page's date stamp run into the sentence before it",
			"The port of Norvik reopened to shipping on Monday\non Tuesday 12 March, 2024\n", []string{"2024-03-11"}},
		{"the date of a dateline that gives the date first, once",
			"March 12, 2024 (NORVIK) The ministry on Tuesday imposed a curfew on the port.", []string{"2024-03-12"}},
		{"a decision of the speaker's own body",
			"Yesterday, this Council adopted a resolution on the port.", []string{"2024-03-11"}},
		{"the day's act told in its own sentence",
			"Today's designation targets three financiers of the group.", []string{"2024-03-12"}},
		{"hostages released on a day",
			"The rebels released 20 hostages on Monday.", []string{"2024-03-11"}},
		{"a statement that dates the count it gives",
			"A statement issued on Monday by the army said 40 rebels were killed.", []string{"2024-03-11"}},
		{"a negation in another clause",
			"The talks did not collapse, and on Monday both sides signed the accord.", []string{"2024-03-11"}},
		{"a place and a full date in running text",
			"The rebels took Sake. They entered Goma, November 22, 2023, after a night of shelling.", []string{"2023-11-22"}},
		{"a place and a full date in a reported line",
			"The rebels said they entered Goma, November 22, 2023.", []string{"2023-11-22"}},
		{"a reported act with a bracketed source",
			"The army retook the bridge on Monday. [NTV]", []string{"2024-03-11"}},
		{"an act of this week in the past",
			"The army retook the town this week.", []string{"2024-03-11"}},
		{"an act of this week reported in the present perfect",
			"The army has said that it retook the town this week.", []string{"2024-03-11"}},
		{"a span in a relative clause after a count of the main clause",
			"The rebels collect $800,000 a month in taxes from the mine, which they have held since April 2023.", []string{"2023-04"}},
		{"a span in a relative clause before a count of the main clause",
			"The mission, which Norland has led since June 2023, has about 990 officers.", []string{"2023-06"}},
		{"a count in the span's own clause",
			"More than 300 residents have been killed in the district since May, officials said.", nil},
		{"a document the news is about, published on a day",
			"The monitors published this report on Monday, citing 40 deaths in the camp.", []string{"2024-03-11"}},
		{"a year after a possessive dates the act",
			"The group includes some fighters who were involved in Norland's 1994 genocide.", []string{"1994"}},
		{"a year that ends a name is none",
			"Delegates met on the sidelines of the Norvik Forum 2023 in the capital.", nil},
		{"one act of this month told in the past perfect",
			"A rights group said the militia had abducted 40 farmers near Norvik this month.", []string{"2024-03"}},
		{"a total of this month in the present perfect",
			"The militia has abducted 40 farmers near Norvik this month.", nil},
		{"a need of this year",
			"About 19 million people need food aid this year, the agency said.", nil},
		{"the latest act of a week",
			"The rebels shelled the port again this week, the latest attack on the town.", []string{"2024-03-11"}},
		{"an act told as another is",
			"The rebels withdrew from the town on Monday, as the army had demanded.", []string{"2024-03-11"}},
		{"a span's start beside another date with its day",
			"Fighting has raged in the city since May 10, 2023, worsening the war that has ravaged the country since April 2023.", []string{"2023-05-10", "2023-04"}},
		{"an arrival on a full date",
			"The envoy arrived in Norvik on March 5, 2024.", []string{"2024-03-05"}},
		{"a fact of the present told today",
			"It is true that today drones struck the port of Norvik.", []string{"2024-03-12"}},
		{"a vote set for a day",
			"The council has set the vote for May 20 in the capital.", []string{"2024-05-20"}},
		{"an attack's day ranked",
			"The bombing on Sunday was the deadliest in the city since 2019.", []string{"2024-03-10"}},
		{"one attack in a year",
			"Gunmen killed 12 people in an attack on the market in 2019.", []string{"2019"}},
		{"a year before a name after a preposition",
			"In 2019 Norland signed the accord with its neighbours.", []string{"2019"}},
		{"a state with an act in it",
			"Two years ago, the town was shelled for a week.", []string{"2022"}},
		{"a visit for talks",
			"The envoy was in Khartoum on Monday for talks with the army.", []string{"2024-03-11"}},
		{"what the speaker welcomes of today",
			"We welcome today's signing of the ceasefire by the two sides.", []string{"2024-03-12"}},
		{"a future election in a clause of preparations",
			"We welcome the preparations to hold local elections on June 20.", []string{"2024-06-20"}},
		{"talks under way",
			"The RSF and the army are holding talks in Jeddah.", []string{"2024-03-12"}},
		{"since a year in which something happened",
			"Since 2016, the rebels have controlled the port and its roads.", []string{"2016"}},
		{"thanks to a third party for a release today",
			"We thank Qatar for its role in the release of the four hostages today.", []string{"2024-03-12"}},
		{"a call today",
			"The Secretary spoke today with President Adjei of Norland about the ceasefire.", []string{"2024-03-12"}},
		{"a visit under way today",
			"The Special Envoy is in Port Sallis today for talks with the council.", []string{"2024-03-12"}},
		{"a meeting under way",
			"The cabinet is meeting to discuss the truce right now, and we announced new aid today.", []string{"2024-03-12"}},
		{"a count since a day, at least",
			"The fighting has killed at least 60 people since February 20.", []string{"2024-02-20"}},
		{"detained since a month",
			"The opposition leader has been under house arrest in the capital since January.", []string{"2024-01"}},
		{"a year in parentheses after no name",
			"The second round of talks (2019) ended without an agreement.", []string{"2019"}},
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

// TestEventTypeNotFromNames checks that a month or a name that spells an
// event verb ("March", "the United States") does not type an event.
func TestEventTypeNotFromNames(t *testing.T) {
	tue := report.Date{Year: 2024, Month: 3, Day: 12}
	tests := []struct {
		text string
		want report.EventType
	}{
		{"For its part, Norway announced in March a $40 million contribution to the fund.", report.Statement},
		{"Thousands of students marched through the capital on Monday.", report.Protest},
		{"Students Protest Against Fuel Prices In Capital On Monday", report.Protest},
	}
	for _, tt := range tests {
		f := New(sudanDomain).Extract("s1", tt.text, tue)
		if len(f.Events) != 1 || f.Events[0].Type != tt.want {
			t.Errorf("%s\n got %+v\n want one event of type %s", tt.text, f.Events, tt.want)
		}
	}
}

// TestEventToldBefore checks that "Tuesday's attack" after the attack was
// told on its Tuesday is no second event.
func TestEventToldBefore(t *testing.T) {
	wed := report.Date{Year: 2024, Month: 3, Day: 13}
	text := "Jets struck a village in the north on Tuesday, killing at least 50 people. " +
		"Local groups say as many as 80 people may have died in Tuesday's attack. " +
		"Monday's strikes on the port hit two ships."
	f := New(sudanDomain).Extract("s1", text, wed)
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Date+"|"+e.Citations[0].Quote[:10])
	}
	want := []string{"2024-03-12|Jets struc", "2024-03-11|Monday's s"}
	if !slices.Equal(got, want) {
		t.Errorf("events %q, want %q", got, want)
	}
}
