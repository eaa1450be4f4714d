package timex

import (
	"slices"
	"testing"
)

// TestFindNumericSpans checks two days written in figures with their
// month once ("11-12/02", "24-26/06"), as short local reports and coders'
// drafts write a night or a range: the span is dated by its first day,
// after a preposition of time or "the night of", or with its year. Other
// numbers with a dash and a slash are no date. The sentences are invented.
func TestFindNumericSpans(t *testing.T) {
	tests := []struct {
		anchor string
		text   string
		want   []string
	}{
		{"2025-02-13", "Night of 11-12/02: gunmen raided the village.", []string{"11-12/02=2025-02-11/day"}},
		{"2025-02-13", "Rebels shelled the camp on the night of 9-10/02.", []string{"9-10/02=2025-02-09/day"}},
		{"2024-06-28", "Traders closed their shops on 24-26/06 in Bunia.", []string{"24-26/06=2024-06-24/day"}},
		{"2024-06-28", "Clashes from 3-5/06, then calm.", []string{"3-5/06=2024-06-03/day"}},
		{"2025-01-04", "Militants attacked the post on 30-31/12.", []string{"30-31/12=2024-12-30/day"}},
		{"2024-07-10", "Troops held the town from 24-26/06/2023 onward.", []string{"24-26/06/2023=2023-06-24/day"}},
		// No date: no preposition of time, days in the wrong order, no month.
		{"2024-06-28", "The score was 11-12/02 in the final.", []string{}},
		{"2024-06-28", "Votes ran 26-24/06 in the count.", []string{}},
		{"2024-06-28", "They met on 24-26/13 in Goma.", []string{}},
	}
	for _, tt := range tests {
		got := render(Find(tt.text, mustDate(t, tt.anchor)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q, %s)\n got %q\nwant %q", tt.text, tt.anchor, got, tt.want)
		}
	}
}
