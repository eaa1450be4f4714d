package xlsx

import (
	"slices"
	"testing"

	"brief/report"
)

// TestVocabularyCovered: the tables keyed by one of report's vocabularies
// have a row for each of its values and none for anything else, so that no
// position falls to the grey fill and no precision to a cell without a
// date format.
func TestVocabularyCovered(t *testing.T) {
	for _, p := range report.Positions {
		if positionColours[p] == "" {
			t.Errorf("positionColours has no colour for %q", p)
		}
	}
	for p := range positionColours {
		if !slices.Contains(report.Positions, p) {
			t.Errorf("positionColours has a colour for %q, which is no position", p)
		}
	}
	for _, p := range report.Precisions {
		if dateFormats[p] == "" {
			t.Errorf("dateFormats has no format for %q", p)
		}
	}
	for p := range dateFormats {
		if !slices.Contains(report.Precisions, p) {
			t.Errorf("dateFormats has a format for %q, which is no precision", p)
		}
	}
}
