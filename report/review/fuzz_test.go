package review

import (
	"encoding/json"
	"testing"

	"brief/report"
)

// FuzzCorrection applies a decision and a correction, as a reviewed
// workbook gives them, to every fact of a small brief: ApplyReview never
// panics, and the brief it leaves is a valid model.
func FuzzCorrection(f *testing.F) {
	seeds := [][2]string{
		{"correct", "about 8000; what=killed"}, {"correct", "deny"}, {"correct", "2022-11-28; precision=week"},
		{"", "8,00,000"}, {"correct", "more than 1.5 million; who=civilians"}, {"correct", "actor=TTP; issue=talks"},
		{"reject", ""}, {"accept", "9000"}, {"correct", "2023-06; precision=season"}, {"correct", "45082"},
		{"correct", "summary=A new summary; actors=TTP, Pakistan"}, {"correct", "12000 - 8000"}, {"correct", ";;=;"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, decision, correction string) {
		b, ids := reviewBrief(t)
		for _, id := range ids {
			c := *b
			c.Figures = append([]report.Figure(nil), b.Figures...)
			c.Events = append([]report.Event(nil), b.Events...)
			c.Stances = append([]report.Stance(nil), b.Stances...)
			c.Matrix = append([]report.Cell(nil), b.Matrix...)
			ApplyReview(&c, map[string]report.Review{id: {Decision: report.Decision(decision), Correction: correction, Where: "Figures!Q2"}})
			data, err := json.Marshal(&c)
			if err != nil {
				t.Fatalf("after %q %q on %s: %v", decision, correction, id, err)
			}
			if _, err := report.Validate(data); err != nil {
				t.Errorf("after %q %q on %s the brief is not valid: %v", decision, correction, id, err)
			}
		}
	})
}
