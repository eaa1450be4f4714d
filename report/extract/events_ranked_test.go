package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// TestEventRankedLastPeriod checks that "last week" or "last month" after
// a superlative dates the act ranked ("launched one of its deadliest
// strikes last week"), while "this year" stays the span a superlative
// ranks in. The sentences are invented.
func TestEventRankedLastPeriod(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 4, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date precision"
	}{
		{"The army also launched one of its deadliest air raids last week, hitting a market in the north.", []string{"2025-03-31 week"}},
		{"The militia carried out its largest drone attack last month.", []string{"2025-03 month"}},
		{"The raid killed 12 traders, the bloodiest raid on a market anywhere in Norland this year.", nil},
	}
	for _, tt := range tests {
		got := datePrecisions(demoDomain, "s1", tt.text, sat)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestEventEarlierTallyAndEllipsis checks two dates that date no act of
// their own: the day of an earlier count a new one is compared with ("up
// from 90 it reported on Friday") and an act named again only by a
// pronoun and an auxiliary ("as it did last year"). The sentences are
// invented.
func TestEventEarlierTallyAndEllipsis(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 4, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date precision"
	}{
		{"In an update on Saturday, the ministry said 120 people were killed — up from 90 it reported on Friday — and 300 were injured.", []string{"2025-04-12 day"}},
		{"The toll rose to 50 on Saturday, up from 30 on Friday.", []string{"2025-04-12 day"}},
		{"Norland accuses the militia of preparing a campaign of raids on the dams in the dry season, as it did last year.", nil},
		{"The militia attacked the town on Friday, as it had on Monday.", []string{"2025-04-11 day", "2025-04-07 day"}},
	}
	for _, tt := range tests {
		got := datePrecisions(demoDomain, "s1", tt.text, sat)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestEventPercentChange checks that a month or year whose statistic
// changed by a share ("attacks in March surged by 40%") dates no event,
// while a day keeps its act. The sentences are invented.
func TestEventPercentChange(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 4, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date precision"
	}{
		{"Militant attacks in March 2025 surged by 40% compared to the previous month, according to a think tank.", nil},
		{"Food prices rose by 12 percent last year.", nil},
		{"The militia shelled the port on Friday, and prices rose by 30% at once.", []string{"2025-04-11 day"}},
		{"The militia seized 12 villages in March.", []string{"2025-03 month"}},
		{"Raids had grown by 30 percent since the militia came back to the hills in May 2022.", []string{"2022-05 month"}},
	}
	for _, tt := range tests {
		got := datePrecisions(demoDomain, "s1", tt.text, sat)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestEventRankedYearClause checks a year ranked among others in a clause
// after a fronted phrase ("…, 2024 turned out to be the deadliest year"):
// no event. The sentences are invented.
func TestEventRankedYearClause(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 4, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date precision"
	}{
		{"With at least 600 police killed in 400 attacks, 2024 turned out to be the deadliest year for the police in a decade.", nil},
		{"2023 proved the worst year on record for the farmers.", nil},
		{"In 2024 the militia turned out to be stronger than expected.", []string{"2024 year"}},
	}
	for _, tt := range tests {
		got := datePrecisions(demoDomain, "s1", tt.text, sat)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// datePrecisions returns the events extracted from text as "date
// precision".
func datePrecisions(d Domain, id, text string, published report.Date) []string {
	var out []string
	for _, e := range New(d).Extract(id, text, published).Events {
		out = append(out, e.Date+" "+string(e.Precision))
	}
	return out
}
