package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// TestEventsOvernightS16: in news reporting "overnight" dates what happened
// in the night before the article's day (session 16, fresh news batch);
// a sentence that also names that night's day is dated by the day alone.
// The sentences are invented.
func TestEventsOvernightS16(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 4, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date|summary"
	}{
		{"The navy said it shot down 14 drones over the gulf overnight.",
			[]string{"2025-04-12|The navy said it shot down 14 drones over the gulf overnight"}},
		{"Also overnight, troops raided a militia camp near the river, the army said.",
			[]string{"2025-04-12|Also overnight, troops raided a militia camp near the river"}},
		// The night is Friday's: one event, Friday's.
		{"Rockets struck two villages overnight, killing a farmer in Umra on Friday.",
			[]string{"2025-04-11|Rockets struck two villages overnight, killing a farmer in Umra on Friday"}},
		// "All at once", no night.
		{"The council said lasting calm would not return overnight.", nil},
		{"Bread prices doubled overnight in the besieged town.", nil},
	}
	for _, tt := range tests {
		got := dateSummaries(demoDomain, "s1", tt.text, sat)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestEventsFurnitureS16: a photo's caption credited "Image: …" and the
// signature line of an embedded post date no event (session 16, fresh
// news pages). The texts are invented.
func TestEventsFurnitureS16(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 4, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date|summary"
	}{
		{"Militia fighters train at a camp near Umra, Ostland, March 3, 2019. Image: Sgt. Jane Roe/Ostland Army\n\nA drone strike on Friday killed two fighters near the border.",
			[]string{"2025-04-11|A drone strike on Friday killed two fighters near the border"}},
		{"The port authority said a tanker was hit on Friday.\n\nPORT/WARNING/ALERT 12\n— Port Authority (@port_auth) April 11, 2025\n\nNo crew were hurt.",
			[]string{"2025-04-11|The port authority said a tanker was hit on Friday"}},
	}
	for _, tt := range tests {
		got := dateSummaries(demoDomain, "s1", tt.text, sat)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}
