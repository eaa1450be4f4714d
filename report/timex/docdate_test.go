package timex

import (
	"testing"

	"brief/report"
)

func TestDocumentDate(t *testing.T) {
	pub := report.Date{Year: 2023, Month: 5, Day: 25}
	tests := []struct {
		name, text string
		published  report.Date
		want       string
	}{
		{"a transcript's title", "Norland: Department Press Briefing – May 23, 2023\n\nQUESTION: Thanks.\n", pub, "2023-05-23"},
		{"a date line of a republished statement", "Norland: Secretary's Call with the President\n23 May 2023\nUnited States Department of State\n", pub, "2023-05-23"},
		{"the earliest of a page's and the remarks' dates", "An official website\n\nMay 24, 2023\n\nRemarks at a Council Briefing\nNew York City\nMay 22, 2023\n\nThank you.\n", pub, "2023-05-22"},
		{"a date after a weekday", "Monday, May 22, 2023\n\nThe envoy spoke today.\n", pub, "2023-05-22"},
		{"no date line", "The envoy spoke today with the minister on May 20, 2023.\n", pub, "2023-05-25"},
		{"a date in a sentence is no date line", "FILE - Refugees at the border, May 2, 2023.\nThey waited.\n", pub, "2023-05-25"},
		{"too long before publication", "Department Press Briefing – January 3, 2023\n\nQUESTION: Thanks.\n", pub, "2023-05-25"},
		{"after publication", "Department Press Briefing – May 29, 2023\n\nQUESTION: Thanks.\n", pub, "2023-05-25"},
		{"a wire dateline with its year", "NORVIK, 5th June, 2025 (NNA) -- The Council, in a statement today, called for calm.\n", report.Date{Year: 2025, Month: 6, Day: 6}, "2025-06-05"},
		{"a wire dateline without a year", "Port Sallis, Nov 3 (NNA) Security forces killed two militants on Monday.\n", report.Date{Year: 2025, Month: 11, Day: 4}, "2025-11-03"},
		{"a wire dateline with a dash", "GAZA CITY, May 23 – The strikes went on today.\n", pub, "2023-05-23"},
		{"a sentence that opens with a place is no dateline", "In Norvik, May 20 was a quiet day.\n", pub, "2023-05-25"},
		{"unknown publication", "Department Press Briefing – May 23, 2023\n\nQUESTION: Thanks.\n", report.Date{}, "2023-05-23"},
	}
	for _, tt := range tests {
		if got := DocumentDate(tt.text, tt.published).String(); got != tt.want {
			t.Errorf("%s: DocumentDate = %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestFindTodayOfDocument checks that a republished transcript's "today"
// is its own day.
func TestFindTodayOfDocument(t *testing.T) {
	text := "Norland: Department Press Briefing – May 23, 2023\n\nMR SMITH: So today in Geneva the two delegations met.\n"
	var got []string
	for _, m := range Find(text, report.Date{Year: 2023, Month: 5, Day: 25}) {
		got = append(got, m.Text+"="+m.Value)
	}
	if len(got) != 2 || got[1] != "today=2023-05-23" {
		t.Errorf("Find = %q, want the title's date and today=2023-05-23", got)
	}
}
