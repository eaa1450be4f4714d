package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"brief/report"
)

func TestEvents(t *testing.T) {
	day := report.Date{Year: 2023, Month: 12, Day: 20} // a Wednesday
	month := report.Date{Year: 2023, Month: 2}
	tests := []struct {
		name      string
		domain    Domain
		text      string
		published report.Date
		want      []string // "date precision actors|summary"
	}{
		{"a day without a year", sudanDomain,
			"The RSF seized Wad Madani on December 18 after the Sudanese army withdrew.", day,
			[]string{"2023-12-18 day RSF,SAF|The RSF seized Wad Madani on December 18 after the Sudanese army withdrew"}},
		{"a count since a date is no event on it", sudanDomain,
			"At least 150 civilians have been killed by the RSF in El Fasher since May.", day,
			nil},
		{"a count since a day dates its start on that day", sudanDomain,
			"More than 2,000 people have fled Wad Madani since Monday, when the RSF attacked the town.", day,
			[]string{"2023-12-18 day RSF|More than 2,000 people have fled Wad Madani since Monday"}},
		{"a year naming a plan is no event", sudanDomain,
			"The RSF blocked the 2024 Sudan Humanitarian Response Plan in Darfur.", day,
			nil},
		{"a year", demoDomain,
			"The TTP was formed in 2007, and it initially focused on the Pakistani government.", day,
			[]string{"2007 year TTP,Pakistan|The TTP was formed in 2007"}},
		{"a month, the clause without its conjunction", demoDomain,
			"When the Taliban retook control over Afghanistan in August 2021, Pakistan asked the authorities in Kabul to facilitate peace talks.", day,
			[]string{"2021-08 month Afghan Taliban,Pakistan|The Taliban retook control over Afghanistan in August 2021"}},
		{"a weekday said of a statement is its day", gazaDomain,
			"Hamas said on Monday it was ready for a ceasefire.", day,
			[]string{"2023-12-18 day Hamas|Hamas said on Monday it was ready for a ceasefire"}},
		{"a year that bounds a span is no event", demoDomain,
			"The TTP fought alongside the Taliban against the former republic until 2021.", day,
			nil},
		{"the year a count covers is no event", demoDomain,
			"The TTP carried out 1,000 attacks in Khyber-Pakhtunkhwa this year.", day,
			nil},
		{"a year in a name is no date", demoDomain,
			"Bilawal Bhutto spoke on the sidelines of the Munich Security Conference 2023 in Germany.", month,
			nil},
		{"a clause without its subject gets it back", sudanDomain,
			"The truce, brokered in Jeddah by Saudi Arabia and the United States, is due to take effect on Monday evening.", day,
			[]string{"2023-12-25 day Saudi Arabia,United States|The truce is due to take effect on Monday evening"}},
		{"a wire dateline's date is the story's, not an event's", sudanDomain,
			"KHARTOUM, May 21 (Reuters) - The RSF agreed on Saturday to a ceasefire.", day,
			[]string{"2023-12-16 day RSF|The RSF agreed on Saturday to a ceasefire"}},
		{"a visit under way is dated by the article", demoDomain,
			"This call for talks comes as Amir Khan Muttaqi is on a four-day visit to Pakistan.", month,
			[]string{"2023-02 month Afghan Taliban,Pakistan|This call for talks comes as Amir Khan Muttaqi is on a four-day visit to Pakistan"}},
		{"an ongoing fight is no visit", demoDomain,
			"The TTP is on the rise in Pakistan's northwest.", month,
			nil},
		{"a dateline is no event", demoDomain,
			"Updated on: 06 June,2023 06:23 PM IST", day,
			nil},
		{"vague expressions give no date", demoDomain,
			"The TTP expressed its willingness to re-engage in talks in recent days.", day,
			nil},
		{"relative month against a month", demoDomain,
			"Amir Khan Muttaqi visited Islamabad last month.", month,
			[]string{"2023-01 month Afghan Taliban,Pakistan|Amir Khan Muttaqi visited Islamabad last month"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := New(tt.domain).Extract("s1", tt.text, tt.published)
			var got []string
			for _, e := range f.Events {
				got = append(got, fmt.Sprintf("%s %s %s|%s", e.Date, e.Precision, strings.Join(e.Actors, ","), e.Summary))
				if len(e.Citations) != 1 || e.Citations[0].Source != "s1" || !strings.Contains(tt.text, e.Citations[0].Quote) {
					t.Errorf("citation %+v is not one verbatim quote of s1", e.Citations)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestStanceDates(t *testing.T) {
	wed := report.Date{Year: 2023, Month: 6, Day: 7}
	tests := []struct {
		text, date, precision string
	}{
		{"Hamas said on Monday it was ready for a ceasefire.", "2023-06-05", "day"},
		{"Hamas is ready for a ceasefire, two officials told Reuters on Tuesday.", "2023-06-06", "day"},
		{"Hamas is ready for a ceasefire.", "2023-06-07", "day"},
		{"Hamas agreed to a ceasefire when its leaders met in Cairo last month.", "2023-05", "month"},
		{"In August 2021, Hamas agreed to a ceasefire.", "2021-08", "month"},
		{"Hamas, which has fought Israel since 2007, is ready for a ceasefire.", "2023-06-07", "day"},
		{"Hamas denied that it struck the hospital in August 2022.", "2023-06-07", "day"},
	}
	for _, tt := range tests {
		f := New(gazaDomain).Extract("s1", tt.text, wed)
		if len(f.Stances) != 1 {
			t.Errorf("%s: got %d stances, want 1", tt.text, len(f.Stances))
			continue
		}
		if s := f.Stances[0]; s.Date != tt.date || string(s.Precision) != tt.precision {
			t.Errorf("%s: dated %s (%s), want %s (%s)", tt.text, s.Date, s.Precision, tt.date, tt.precision)
		}
	}
	// Known only to the month, the article dates its undated statements to the month.
	f := New(gazaDomain).Extract("s1", "Hamas is ready for a ceasefire.", report.Date{Year: 2023, Month: 6})
	if len(f.Stances) != 1 || f.Stances[0].Date != "2023-06" || f.Stances[0].Precision != "month" {
		t.Errorf("month-dated article: got %+v, want one stance dated 2023-06 (month)", f.Stances)
	}
}

func TestTimexes(t *testing.T) {
	f := New(demoDomain).Extract("s9", "The TTP ended the ceasefire on November 28. It was formed in 2007.", report.Date{Year: 2023, Month: 5})
	want := []report.Timex{
		{Source: "s9", Text: "November 28", Value: "2022-11-28", Precision: "day"},
		{Source: "s9", Text: "2007", Value: "2007", Precision: "year"},
	}
	if !slices.Equal(f.Timexes, want) {
		t.Errorf("timexes = %+v, want %+v", f.Timexes, want)
	}
}
