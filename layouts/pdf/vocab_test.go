package pdf

import (
	"slices"
	"testing"

	"brief/report"
)

// TestVocabularyCovered: the tables keyed by one of report's vocabularies
// have a row for each of its values and none for anything else, so that no
// value falls to the neutral style or to its bare name in print.
func TestVocabularyCovered(t *testing.T) {
	for _, p := range report.Positions {
		if _, ok := positionStyles[p]; !ok {
			t.Errorf("positionStyles has no style for %q", p)
		}
	}
	for p := range positionStyles {
		if !slices.Contains(report.Positions, p) {
			t.Errorf("positionStyles has a style for %q, which is no position", p)
		}
	}
	for _, k := range report.FigureKinds {
		if _, ok := kindLabels[k]; !ok {
			t.Errorf("kindLabels has no label for %q", k)
		}
	}
	for k := range kindLabels {
		if !slices.Contains(report.FigureKinds, k) {
			t.Errorf("kindLabels has a label for %q, which is no figure kind", k)
		}
	}
}
