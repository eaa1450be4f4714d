package timex

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"brief/report"
)

func mustDate(t *testing.T, s string) report.Date {
	t.Helper()
	if s == "" {
		return report.Date{}
	}
	d, err := report.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// render lists mentions as "text=value/precision".
func render(ms []Mention) []string {
	out := []string{}
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%s=%s/%s", m.Text, m.Value, m.Precision))
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		anchor string
		text   string
		want   []string
	}{
		// The seeds' phrasing.
		{"2023-06", "when he visited Islamabad last month.", []string{"last month=2023-05/month"}},
		{"2023-06", "retook control over Afghanistan in August 2021", []string{"August 2021=2021-08/month"}},
		// A month of the year last named.
		{"2025-03-14", "A truce took effect in April 2022 and lapsed that October.", []string{"April 2022=2022-04/month", "that October=2022-10/month"}},
		{"2025-11-10", "It collapsed in November 2022, when the TTP ended a ceasefire it had agreed to in June of that year.", []string{"November 2022=2022-11/month", "June of that year=2022-06/month"}},
		{"2025-11-10", "He said that October was cold.", []string{}},
		{"2023-06", "The peace talks were held in late 2021 in Kabul", []string{"late 2021=2021/year"}},
		{"2023-06", "506 terror attacks were carried out in the country in 2022", []string{"2022=2022/year"}},
		{"2023-07", "a meeting in Kabul from July 19 to 21.", []string{"July 19=2023-07-19/day", "21=2023-07-21/day"}},
		{"2023-06-06", "a media report said on Tuesday.", []string{"Tuesday=2023-06-06/day"}},
		{"2023-06-06", "The Express Tribune reported on Monday that", []string{"Monday=2023-06-05/day"}},
		{"2023-06-06", "terminated the truce in November last year", []string{"November last year=2022-11/month"}},
		{"2023-06-06", "The government last year engaged in talks", []string{"last year=2022/year"}},
		{"2023-02", "a ceasefire that came to an end in late November", []string{"late November=2022-11/month"}},
		{"2023-02", "the Munich Security Conference 2023 last week", []string{"2023=2023/year", "last week=2023-02/month"}},
		{"2023-05", "formally ending the ceasefire on November 28.", []string{"November 28=2022-11-28/day"}},
		{"2023-05", "The TTP was formed in 2007 as an umbrella", []string{"2007=2007/year"}},

		// Absolute dates in other outlets' styles.
		{"2023-05-10", "The attack on 28 November 2022 killed", []string{"28 November 2022=2022-11-28/day"}},
		{"2023-05-10", "On Nov. 28, 2022, militants", []string{"Nov. 28, 2022=2022-11-28/day"}},
		{"2023-05-10", "On November 28, 2022 militants", []string{"November 28, 2022=2022-11-28/day"}},
		{"2023-05-10", "the 28th of November", []string{"the 28th of November=2022-11-28/day"}},
		{"2023-05-10", "since 28th November 2022", []string{"28th November 2022=2022-11-28/day"}},
		{"2023-05-10", "published 2022-11-28 in Dawn", []string{"2022-11-28=2022-11-28/day"}},
		{"2023-05-10", "the anniversary of Sept. 11", []string{"Sept. 11=2022-09-11/day"}},
		{"2023-05-10", "Monday, March 18, 2013, was", []string{"Monday, March 18, 2013=2013-03-18/day"}},
		{"2023-05-10", "between 19-21 July 2022", []string{"19=2022-07-19/day", "21 July 2022=2022-07-21/day"}},
		{"2023-05-10", "from March to May 2022", []string{"March=2022-03/month", "May 2022=2022-05/month"}},
		{"2023-05-10", "in the summer of 2021", []string{"the summer of 2021=2021-SU/season"}},
		{"2023-05-10", "in the first quarter of 2023", []string{"the first quarter of 2023=2023-Q1/quarter"}},
		{"2023-05-10", "profits in Q3 2022 fell", []string{"Q3 2022=2022-Q3/quarter"}},
		{"2023-05-10", "in the first half of 2022", []string{"the first half of 2022=2022-H1/half"}},
		{"2023-05-10", "the first week of March", []string{"the first week of March=2023-W09/week"}},
		{"2023-05-10", "in mid-2020 the group split", []string{"mid-2020=2020/year"}},
		{"2023-05-10", "during the 1990s and the '80s", []string{"the 1990s=199/decade", "the '80s=198/decade"}},
		{"2023-05-10", "in the early 1990s", []string{"early 1990s=199/decade"}},
		{"2023-05-10", "for much of the 20th century", []string{"the 20th century=19/century"}},
		{"2023-05-10", "the war of 1971 and the 2009-2010 offensive", []string{"1971=1971/year", "2009=2009/year", "2010=2010/year"}},
		{"2023-05-10", "the expedition of 1957-58", []string{"1957=1957/year", "58=1958/year"}},
		{"2023-05-10", "between 2014 and 2016", []string{"2014=2014/year", "2016=2016/year"}},
		{"2023-05-10", "By the end of 2021, the group", []string{"the end of 2021=2021/year"}},

		// Relative to publication.
		{"2023-06-06", "Talks resume next week.", []string{"next week=2023-W24/week"}},
		{"2023-06-06", "He met them last week", []string{"last week=2023-W22/week"}},
		{"2023-06-06", "earlier this month", []string{"earlier this month=2023-06/month"}},
		{"2023-06-06", "since the start of this month", []string{"the start of this month=2023-06/month"}},
		{"2023-06-06", "early this year", []string{"early this year=2023/year"}},
		{"2023-06-06", "late last year", []string{"late last year=2022/year"}},
		{"2023-06-06", "two years ago", []string{"two years ago=2021/year"}},
		{"2023-06-06", "3 months ago", []string{"3 months ago=2023-03/month"}},
		{"2023-06-06", "a few years ago", []string{"a few years ago=PAST_REF/"}},
		{"2023-06-06", "yesterday and today", []string{"yesterday=2023-06-05/day", "today=2023-06-06/day"}},
		{"2023-06-06", "last summer", []string{"last summer=2022-SU/season"}},
		{"2023-03-22", "last summer", []string{"last summer=2022-SU/season"}},
		{"2023-07-10", "last summer, this summer", []string{"last summer=2022-SU/season", "this summer=2023-SU/season"}},
		{"2023-01-15", "last winter and next spring", []string{"last winter=2021-WI/season", "next spring=2023-SP/season"}},
		{"2023-06-06", "this fiscal year", []string{"this fiscal year=2023/year"}},
		{"2023-06-06", "last June and last May", []string{"last June=2022-06/month", "last May=2023-05/month"}},
		{"2024-04-07", "the war began last April 15", []string{"last April 15=2023-04-15/day"}},
		{"2024-04-07", "elections due next March 3", []string{"next March 3=2025-03-03/day"}},
		{"2024-04-07", "since last March 30, the group", []string{"last March 30=2024-03-30/day"}},
		{"2023-06-06", "in January this year", []string{"January this year=2023-01/month"}},
		{"2023-06-06", "last Friday", []string{"last Friday=2023-06-02/day"}},
		{"2023-06-06", "The talks will be held on Friday.", []string{"Friday=2023-06-09/day"}},
		{"2023-03-22", "The closure will begin on April 7.", []string{"April 7=2023-04-07/day"}},
		{"2023-03-22", "The book is due to be published in May.", []string{"May=2023-05/month"}},
		{"2023-03-22", "Flights were cancelled due to fog in May.", []string{"May=2022-05/month"}},
		{"2025-06-10", "The group has grown since the fall of Kabul.", nil},
		{"2025-06-10", "The talks resumed in the fall of 2024.", []string{"the fall of 2024=2024-FA/season"}},
		{"2025-01-16", "The first phase, due to begin on Sunday, frees 33.", []string{"Sunday=2025-01-19/day"}},
		{"2025-01-16", "Flights were cancelled due to fog on Sunday.", []string{"Sunday=2025-01-12/day"}},
		{"2025-10-20", "He said the sides would meet again in Istanbul on October 25.", []string{"October 25=2025-10-25/day"}},
		{"2025-10-20", "Pakistan will resume the deportation of Afghan nationals holding Proof of Registration cards from November 1.", []string{"November 1=2025-11-01/day"}},
		{"2023-06-06", "Officials met again in Kabul on July 19.", []string{"July 19=2022-07-19/day"}},
		{"2025-10-20", "He said they would meet on December 25.", []string{"December 25=2024-12-25/day"}},
		{"2023-03-22", "over the weekend", []string{"the weekend=2023-W11-WE/week"}},
		{"2023-03-22", "at the weekend the rebels withdrew", []string{"the weekend=2023-W11-WE/week"}},
		{"2023-03-22", "This past weekend, the rebels withdrew.", []string{"This past weekend=2023-W11-WE/week"}},
		// Days told from the day the text told last.
		{"2025-03-12", "The army attacked on Monday. The previous day, rebels shelled the town.", []string{"Monday=2025-03-10/day", "The previous day=2025-03-09/day"}},
		{"2025-03-12", "On 3 March the army attacked. The following day, rebels shelled the town.", []string{"3 March=2025-03-03/day", "The following day=2025-03-04/day"}},
		{"2025-03-12", "On 3 March the army attacked. On the same day, rebels shelled the town.", []string{"3 March=2025-03-03/day", "the same day=2025-03-03/day"}},
		{"2025-03-12", "On 3 March the army attacked. Later that day, rebels shelled the town.", []string{"3 March=2025-03-03/day", "Later that day=2025-03-03/day"}},
		{"2025-03-12", "On 3 March the army attacked. That night, rebels shelled the town.", []string{"3 March=2025-03-03/day", "That night=2025-03-03/day"}},
		{"2025-03-12", "On 3 March the army attacked. He hoped that day would come.", []string{"3 March=2025-03-03/day"}},
		{"2025-03-12", "The previous day, rebels shelled the town.", []string{}},
		// A night of two days written with a slash is its first day's.
		{"2025-04-28", "on the night of 14/15 March, troops detected the group", []string{"14/15 March=2025-03-14/day"}},
		{"2024-04-06", "The operation was conducted on 7/8 December 2023.", []string{"7/8 December 2023=2023-12-07/day"}},
		{"2024-07-01", "the attack on 28/06 killed", []string{"28/06=2024-06-28/day"}},
		{"2023-03-20", "This past weekend, the rebels withdrew.", []string{"This past weekend=2023-W11-WE/week"}},
		// "in the last year", "over the last week": a span up to now, no date.
		{"2023-06-28", "The army carried out 300 air strikes in the last year.", []string{}},
		{"2023-06-28", "Over the last week 40 people were killed.", []string{}},
		{"2023-06-28", "The last year was hard.", []string{"The last year=2022/year"}},
		// A day without a year soon after publication has passed when it
		// follows "since" or names an event that happened.
		{"2024-09-14", "The war broke out after the October 7 attack on the border towns.", []string{"October 7=2023-10-07/day"}},
		{"2024-09-14", "Hundreds have been killed since 7 October.", []string{"7 October=2023-10-07/day"}},
		{"2024-09-14", "The talks will resume on October 7.", []string{"October 7=2024-10-07/day"}},
		// A modifier before "in the" and a unit: the unit of publication.
		{"2023-03-22", "Earlier in the week, 11 fighters were killed.", []string{"the week=2023-W12/week"}},
		{"2023-03-22", "Later in the month the talks resumed.", []string{"the month=2023-03/month"}},
		{"2023-03-22", "early in the year the town fell", []string{"the year=2023/year"}},
		{"2023-03-22", "in the middle of the month", []string{"the middle of the month=2023-03/month"}},
		{"2023-06-06", "this decade", []string{"this decade=202/decade"}},

		{"2023-06-06", "militants attacked a post last night and this morning", []string{"last night=2023-06-05/day", "this morning=2023-06-06/day"}},
		{"2023-06-06", "in the coming weeks", []string{"the coming weeks=FUTURE_REF/"}},
		{"2023-06-06", "told Pakistan Today on Monday", []string{"Monday=2023-06-05/day"}},
		{"2023-06-06", "Today, the army said", []string{"Today=2023-06-06/day"}},
		{"2023-06-06", "Press Office\n\nToday, the army said", []string{"Today=2023-06-06/day"}},
		{"2023-06-06", "Office of the Spokesperson\nYesterday the envoy met the council", []string{"Yesterday=2023-06-05/day"}},
		{"2023-06-06", "the 2022-23 budget and the 2023/24 plan", []string{"2022=2022/year", "23=2023/year", "2023=2023/year", "24=2024/year"}},

		{"2024-11-20", "launched on Oct. 27 last year", []string{"Oct. 27 last year=2023-10-27/day"}},
		{"2024-03-14", "seized Wad Madani in mid-December", []string{"mid-December=2023-12/month"}},
		{"2024-03-14", "by the end of the month, and the end of the ceasefire", []string{"the end of the month=2024-03/month"}},
		{"2024-03-14", "Putin will visit Beijing in May.", []string{"May=2024-05/month"}},
		{"2024-03-14", "scheduled for April 8-12 in Caracas", []string{"April 8=2024-04-08/day", "12=2024-04-12/day"}},
		{"2024-03-14", "Operation 1027 seized 35 towns", nil},
		{"2024-03-14", "killing 12, officials said Thursday.", []string{"Thursday=2024-03-14/day"}},

		{"2024-03-14", "the long-expected operation began on Monday", []string{"Monday=2024-03-11/day"}},
		{"2024-03-14", "talks are expected on Monday", []string{"Monday=2024-03-18/day"}},
		{"2024-03-14", "the now-defunct group", nil},

		{"2023-08-15", "On the weekend of June 10-11. The third week of July.", []string{"June 10=2023-06-10/day", "11=2023-06-11/day", "The third week of July=2023-W29/week"}},
		{"2023-08-15", "On August 14, 1947. Last August, floods struck.", []string{"August 14, 1947=1947-08-14/day", "Last August=2022-08/month"}},
		{"2023-08-15", "Two weeks ago, a month ago, a decade ago", []string{"Two weeks ago=2023-W31/week", "a month ago=2023-07/month", "a decade ago=201/decade"}},
		{"2023-08-15", "Article 370, Section 144, a Boeing 737, Over 1960 people, In 2,000 cases, an 18-year-old", nil},

		{"2023-08-15", "in the first week of next month", []string{"the first week of next month=2023-W36/week"}},

		// A month-only or unknown publication date.
		{"2023-06", "on Saturday the army said", nil},
		{"2023-06", "yesterday", nil},
		{"2023-06", "this week", []string{"this week=2023-06/month"}},
		{"2023-06", "next month", []string{"next month=2023-07/month"}},
		{"2023", "last month, and last year", []string{"last year=2022/year"}},
		{"", "last year, on 5 May 2021", []string{"5 May 2021=2021-05-05/day"}},

		// Vague references.
		{"2023-06-06", "He is now in Kabul.", []string{"now=PRESENT_REF/"}},
		{"2023-06-06", "now that the talks failed", nil},
		{"2023-06-06", "In the past, he refused", []string{"the past=PAST_REF/"}},
		{"2023-06-06", "in recent days", []string{"recent days=PAST_REF/"}},
		{"2023-06-06", "in the future", []string{"the future=FUTURE_REF/"}},

		// Not dates.
		{"2023-06-06", "506 attacks were carried out", nil},
		{"2023-06-06", "more than 2,000 people", nil},
		{"2023-06-06", "about 2000 people fled and 1500 troops", nil},
		{"2023-06-06", "$10 million and $2014", nil},
		{"2023-06-06", "a 5-month-long ceasefire", nil},
		{"2023-06-06", "a four-day visit", nil},
		{"2023-06-06", "over the past five years", nil},
		{"2023-06-06", "the last two years", nil},
		{"2023-06-06", "UN Resolution 2254 and Flight 1549", nil},
		{"2023-06-06", "at 2030 hours or 1430 GMT", nil},
		{"2023-06-06", "between 1500 and 2000 troops, 1500-2000 fighters", nil},
		{"2023-06-06", "Rs 2000 each", nil},
		{"2023-06-06", "a 2000-strong force", nil},
		{"2023-06-06", "You may march. May I?", nil},
		{"2023-06-06", "They may march in May.", []string{"May=2023-05/month"}},
		{"2023-06-06", "the Sunday Times and Black Friday", nil},
		{"2023-06-06", "prices fall in the fall", []string{"the fall=2022-FA/season"}},
		{"2023-06-06", "Mar and Jan said", nil},
		{"2023-06-06", "the late president", nil},
		{"2023-06-06", "this is the first time", nil},
	}
	for _, tt := range tests {
		got := render(Find(tt.text, mustDate(t, tt.anchor)))
		if want := append([]string{}, tt.want...); strings.Join(got, "; ") != strings.Join(want, "; ") {
			t.Errorf("Find(%q, %s)\n got: %q\nwant: %q", tt.text, tt.anchor, got, want)
		}
	}
}

func TestMentionDate(t *testing.T) {
	tests := []struct {
		value     string
		precision Granularity
		date      string
		prec      report.Precision
		ok        bool
	}{
		{"2022-11-28", "day", "2022-11-28", "day", true},
		{"2022-11", "month", "2022-11", "month", true},
		{"2022", "year", "2022", "year", true},
		{"2013-W11", "week", "2013-03-11", "week", true},
		{"2023-W01", "week", "2023-01-02", "week", true},
		{"2013-W12-WE", "week", "2013-03-18", "week", true},
		{"2012-SU", "season", "2012-06", "season", true},
		{"2012-WI", "season", "2012-12", "season", true},
		{"2023-Q1", "quarter", "2023", "year", true},
		{"2022-H2", "half", "2022", "year", true},
		{"199", "decade", "", "", false},
		{"19", "century", "", "", false},
		{"PRESENT_REF", "", "", "", false},
		{"PAST_REF", "", "", "", false},
	}
	for _, tt := range tests {
		d, p, ok := Mention{Value: tt.value, Precision: tt.precision}.Date()
		if d != tt.date || p != tt.prec || ok != tt.ok {
			t.Errorf("Mention{%s, %s}.Date() = %q, %q, %v; want %q, %q, %v", tt.value, tt.precision, d, p, ok, tt.date, tt.prec, tt.ok)
		}
	}
}

func TestOffsets(t *testing.T) {
	text := "Le 3 mai, “On Monday,” he said — 28 Nov. 2022… and in late 2021."
	for _, m := range Find(text, report.Date{Year: 2023, Month: 6, Day: 6}) {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q at %d:%d reads %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
	}
}

// TestFindDated checks that FindDated returns what Find and DocumentDate
// return, on a text whose head dates it and on one whose does not.
func TestFindDated(t *testing.T) {
	published := report.Date{Year: 2024, Month: 3, Day: 14}
	for _, text := range []string{
		"Remarks to the press\nMarch 11, 2024\n\nToday the minister said talks would resume on Monday.",
		"The minister said on Tuesday that talks would resume next week.",
	} {
		got, spoken := FindDated(text, published)
		if want := Find(text, published); !reflect.DeepEqual(got, want) {
			t.Errorf("FindDated(%q) mentions %v, want %v", text, got, want)
		}
		if want := DocumentDate(text, published); spoken != want {
			t.Errorf("FindDated(%q) date %v, want %v", text, spoken, want)
		}
	}
}
