package pdf

import (
	"testing"

	"brief/report"
)

// TestGivenBySeveral: a group's row names the values several named
// sources give, so that one number from two sources reads as agreement;
// a figure with no credit names no source.
func TestGivenBySeveral(t *testing.T) {
	fig := func(v float64, by string) *report.Figure {
		return &report.Figure{Low: v, High: v, What: report.Killed, AttributedTo: by}
	}
	cases := []struct {
		name string
		figs []*report.Figure
		want string
	}{
		{"two sources of one number", []*report.Figure{fig(20, "Hamas"), fig(20, "Israel")}, "20 given by 2 sources"},
		{"one source twice", []*report.Figure{fig(20, "the ministry"), fig(20, "The Ministry")}, ""},
		{"a source and none", []*report.Figure{fig(20, "Hamas"), fig(20, "")}, ""},
		{"different numbers", []*report.Figure{fig(20, "Hamas"), fig(35, "Israel")}, ""},
		{"two numbers, each twice", []*report.Figure{fig(20, "Hamas"), fig(35, "UN"), fig(20, "Israel"), fig(35, "WHO"), fig(35, "army")},
			"20 given by 2 sources; 35 given by 3 sources"},
	}
	for _, c := range cases {
		if got := givenBySeveral(c.figs); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
