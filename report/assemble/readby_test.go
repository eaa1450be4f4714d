package assemble

import (
	"testing"

	"brief/report"
)

// TestReadByMerged checks that a merged stance is the stance model's only
// when the model read every statement merged into it.
func TestReadByMerged(t *testing.T) {
	st := func(by report.Reader) report.Stance {
		return report.Stance{Actor: "Nordland", Issue: "talks", Position: "support", ReadBy: by}
	}
	for _, tc := range []struct {
		first, second report.Reader
		want          report.Reader
	}{
		{report.ReadByModel, "", ""},
		{"", report.ReadByModel, ""},
		{report.ReadByModel, report.ReadByModel, report.ReadByModel},
	} {
		a := article("s1", "2023-06-01", "Nordland mentioned the talks.", st(tc.first))
		b := article("s2", "2023-06-02", "Nordland backs the talks.", st(tc.second))
		br := Assemble(Input{Articles: []Article{a, b}})
		if len(br.Stances) != 1 || br.Stances[0].ReadBy != tc.want {
			t.Errorf("read by %q then %q: stances %+v, want one read by %q", tc.first, tc.second, br.Stances, tc.want)
		}
	}
}
