package pdf

import (
	"strings"
	"testing"

	"brief/report"
)

// TestLeadsNote checks the sentence under the stance matrix: it counts
// passages (two leads of one sentence are one), says what was left out,
// and is absent when there is no lead.
func TestLeadsNote(t *testing.T) {
	one := report.Citation{Source: "s1", Quote: "An invented sentence that names Pakistan, the TTP and talks."}
	for _, tc := range []struct {
		name    string
		leads   []report.Lead
		omitted int
		want    string // "" for no sentence
	}{
		{"none", nil, 0, ""},
		{"two leads, one passage", []report.Lead{
			{ID: "l1", Actor: "Pakistan", Issue: "talks", Reason: report.LeadNoCue, Citation: one},
			{ID: "l2", Actor: "TTP", Issue: "talks", Reason: report.LeadNoCue, Citation: one},
		}, 0, "1 further passage names an actor and an issue but no position the extractor could read; the workbook's Leads sheet lists it for review."},
		{"some left out", []report.Lead{
			{ID: "l1", Actor: "Pakistan", Issue: "talks", Reason: report.LeadNoCue, Citation: one},
			{ID: "l3", Actor: "TTP", Issue: "talks", Reason: report.LeadNoCue, Citation: report.Citation{Source: "s2", Quote: "Another."}},
		}, 1200, "2 further passages name an actor and an issue but no position the extractor could read; the workbook's Leads sheet lists them for review (1,200 more were left out)."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := demoModel(t)
			b.Leads, b.LeadsOmitted = tc.leads, tc.omitted
			got := fold(text(t, render(t, b, "leads")))
			switch {
			case tc.want == "" && strings.Contains(got, "further passage"):
				t.Errorf("a sentence about leads with none")
			case tc.want != "" && !strings.Contains(got, tc.want):
				t.Errorf("text lacks %q", tc.want)
			}
		})
	}
}
