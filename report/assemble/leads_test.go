package assemble

import (
	"bytes"
	"fmt"
	"testing"

	"brief/report"
)

func lead(source, actor, issue, quote string, reason report.LeadReason) report.Lead {
	return report.Lead{Actor: actor, Issue: issue, Reason: reason, Citation: report.Citation{Source: source, Quote: quote}}
}

// TestMergeLeads checks that assembly keeps one lead per actor, issue and
// sentence, drops those whose sentence the brief read for that actor and
// issue, and gives each a stable id.
func TestMergeLeads(t *testing.T) {
	read := "Pakistan rejected talks, the TTP said."
	a := article("s1", "2023-06-01", read, report.Stance{Actor: "Pakistan", Issue: "talks", Position: "oppose"})
	a.Facts.Leads = []report.Lead{
		lead("s1", "Pakistan", "talks", read, report.LeadNotJoined), // read: dropped
		lead("s1", "TTP", "talks", read, report.LeadNotJoined),
		lead("s1", "TTP", "truce", "The TTP and the truce were in the news.", report.LeadNoCue),
	}
	b := article("s2", "2023-06-02", "x")
	b.Facts.Leads = []report.Lead{
		lead("s2", "TTP", "truce", "The TTP and the truce were in the news.", report.LeadNoCue), // the same sentence
	}
	br := Assemble(Input{Articles: []Article{a, b}, Actors: []report.Actor{{Name: "TTP"}, {Name: "Pakistan"}},
		Issues: []report.Issue{{ID: "truce"}, {ID: "talks"}}})
	var got []string
	for _, l := range br.Leads {
		got = append(got, l.Actor+" "+l.Issue+" "+l.Citation.Source)
		if l.ID != report.FactID("l", l.Actor+"|"+l.Issue+"|"+report.Normalise(l.Citation.Quote)) {
			t.Errorf("lead %s: id %q is not from its actor, issue and sentence", l.Actor, l.ID)
		}
	}
	if fmt.Sprint(got) != "[TTP truce s1 TTP talks s1]" || br.LeadsOmitted != 0 {
		t.Errorf("leads %v (%d omitted), want TTP truce of s1, then TTP talks, in the configured order", got, br.LeadsOmitted)
	}
	if _, err := report.Validate(mustJSON(t, br)); err != nil {
		t.Errorf("the assembled model does not validate: %v", err)
	}
}

// TestLeadsCapped checks the caps: at most MaxLeadsPerCell of one actor
// on one issue and MaxLeads in all, empty matrix cells first, the rest
// counted.
func TestLeadsCapped(t *testing.T) {
	a := article("s1", "2023-06-01", "Pakistan rejected talks.", report.Stance{Actor: "Pakistan", Issue: "talks", Position: "oppose"})
	for i := range report.MaxLeads + 50 {
		a.Facts.Leads = append(a.Facts.Leads, lead("s1", "Pakistan", "talks", fmt.Sprintf("Pakistan and talks, sentence %d.", i), report.LeadNoCue))
	}
	for i := range report.MaxLeads {
		a.Facts.Leads = append(a.Facts.Leads, lead("s1", "TTP", fmt.Sprintf("issue%d", i), fmt.Sprintf("The TTP and issue %d.", i), report.LeadNoCue))
	}
	br := Assemble(Input{Articles: []Article{a}})
	if len(br.Leads) != report.MaxLeads || br.LeadsOmitted != 2*report.MaxLeads+50-report.MaxLeads {
		t.Fatalf("%d leads, %d omitted; want %d and the rest", len(br.Leads), br.LeadsOmitted, report.MaxLeads)
	}
	for _, l := range br.Leads {
		if l.Actor == "Pakistan" {
			t.Errorf("a lead of Pakistan · talks, a cell the matrix has, kept before the TTP's empty cells")
			break
		}
	}
}

// mustJSON returns b's JSON form.
func mustJSON(t *testing.T, b *report.Brief) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := report.WriteJSON(&buf, b); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
