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
		setup   func(b *report.Brief)
	}{
		{"none", nil, 0, "", nil},
		{"two leads, one passage", []report.Lead{
			{ID: "l1", Actor: "Pakistan", Issue: "talks", Reason: report.LeadNoCue, Citation: one},
			{ID: "l2", Actor: "TTP", Issue: "talks", Reason: report.LeadNoCue, Citation: one},
		}, 0, "1 further passage names an actor and an issue but no position the extractor could read; the workbook's Leads sheet lists it for review.", nil},
		{"some left out", []report.Lead{
			{ID: "l1", Actor: "Pakistan", Issue: "talks", Reason: report.LeadNoCue, Citation: one},
			{ID: "l3", Actor: "TTP", Issue: "talks", Reason: report.LeadNoCue, Citation: report.Citation{Source: "s2", Quote: "Another."}},
		}, 1200, "2 further passages name an actor and an issue but no position the extractor could read; the workbook's Leads sheet lists them for review (1,200 more were left out).", nil},
		{"a section of one actor counts its leads", []report.Lead{
			{ID: "l1", Actor: "Pakistan", Issue: "talks", Reason: report.LeadNoCue, Citation: one},
			{ID: "l3", Actor: "TTP", Issue: "talks", Reason: report.LeadNoCue, Citation: report.Citation{Source: "s2", Quote: "Another."}},
		}, 3, "1 further passage names an actor and an issue but no position the extractor could read; the workbook's Leads sheet lists it for review (3 more of all actors and issues were left out).",
			func(b *report.Brief) { b.Sections[1].Actors = []string{"Pakistan"} }},
		{"no positions recorded: no further passages", []report.Lead{
			{ID: "l1", Actor: "Pakistan", Issue: "talks", Reason: report.LeadNoCue, Citation: one},
		}, 0, "No positions were recorded for this period. 1 passage names an actor and an issue but no position the extractor could read; the workbook's Leads sheet lists it for review.",
			func(b *report.Brief) { b.Matrix, b.Actors, b.Sections[1].Actors = nil, nil, nil }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := demoModel(t)
			b.Leads, b.LeadsOmitted = tc.leads, tc.omitted
			if tc.setup != nil {
				tc.setup(b)
			}
			got := fold(text(t, render(t, b, "leads")))
			switch {
			case tc.want == "" && strings.Contains(got, "passage"):
				t.Errorf("a sentence about leads with none")
			case tc.want != "" && !strings.Contains(got, tc.want):
				t.Errorf("text lacks %q", tc.want)
			}
		})
	}
}
