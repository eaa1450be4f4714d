package extract

import (
	"testing"

	"brief/report"
)

// TestFiguresSentencedToDeath checks that a count sentenced to death is
// no count of the killed, and that a condemnation of deaths still is.
// The sentences are invented.
func TestFiguresSentencedToDeath(t *testing.T) {
	tests := []struct {
		text string
		want report.FigureKind
	}{
		{"A military court condemned 11 men to death for treason.", report.OtherFigure},
		{"The rebels announced the sentencing of 44 people to death.", report.OtherFigure},
		{"Militants beat 3 men to death on Monday.", report.Killed},
		{"The mission condemned 12 deaths in the camp.", report.Killed},
	}
	for _, tt := range tests {
		f := New(demoDomain).Extract("s1", tt.text, report.Date{Year: 2024, Month: 9, Day: 10})
		if len(f.Figures) != 1 || f.Figures[0].What != tt.want {
			t.Errorf("%q: got %+v, want one figure of kind %s", tt.text, f.Figures, tt.want)
		}
	}
}
