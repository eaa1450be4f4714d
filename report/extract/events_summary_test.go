package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// TestEventSummariesQuoted checks that a summary does not stop at a short
// quotation its clause goes on into ("said he was “appalled” by the
// raid", "had been “looted and burned”"): the quoted words and the rest
// of the clause belong to it. The sentences are invented.
func TestEventSummariesQuoted(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 4, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date|summary"
	}{
		{`The envoy said Friday he was "appalled" by the shelling of the market, whose victims included four children.`,
			[]string{`2025-04-11|The envoy said Friday he was "appalled" by the shelling of the market`}},
		{`Also on Friday, the water board announced that two pumping stations in the north had been "looted and burned," leaving the town without water.`,
			[]string{`2025-04-11|Also on Friday, the water board announced that two pumping stations in the north had been "looted and burned"`}},
		{`On Friday the militia “seized the bridge” near the town.`,
			[]string{`2025-04-11|On Friday the militia “seized the bridge” near the town`}},
	}
	for _, tt := range tests {
		f := New(demoDomain).Extract("s1", tt.text, sat)
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Date+"|"+e.Summary)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}
