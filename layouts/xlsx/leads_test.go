package xlsx

import (
	"slices"
	"strings"
	"testing"

	"brief/report"
	"brief/report/review"
)

// withLeads returns the small model with two leads of source s1.
func withLeads(t *testing.T) *report.Brief {
	b := loadModel(t, "testdata/small.json")
	quote := b.Stances[0].Citations[0].Quote
	b.Leads = []report.Lead{
		{ID: "l0000000001", Actor: "Pakistan", Issue: "talks", Reason: report.LeadNoCue, Speaker: "Ishaq Dar", SpeakerActor: "Pakistan",
			Suggested: report.Support, Confidence: 0.62,
			Citation: report.Citation{Source: b.Sources[0].ID, Quote: "Pakistan invented this sentence about talks."}},
		{ID: "l0000000002", Actor: "China", Issue: "mediation", Reason: report.LeadCueRefused, Detail: `"held": history told (a dated past)`,
			Citation: report.Citation{Source: b.Stances[0].Citations[0].Source, Quote: quote}},
	}
	b.LeadsOmitted = 3
	return b
}

// TestLeadsSheet checks the Leads sheet: after Stances, its line that
// says what to do, its header and one row a lead.
func TestLeadsSheet(t *testing.T) {
	b := withLeads(t)
	f := open(t, write(t, b))
	sheets := f.GetSheetList()
	if i := slices.Index(sheets, SheetStances); i < 0 || i+1 >= len(sheets) || sheets[i+1] != SheetLeads {
		t.Fatalf("sheets %v: want Leads right after Stances", sheets)
	}
	if intro := value(t, f, SheetLeads, "A1") + value(t, f, SheetLeads, "A2"); !strings.Contains(intro, "Position column") || !strings.Contains(intro, "3 more were left out") {
		t.Errorf("A1, A2 = %q: want what to do and the count left out", intro)
	}
	want := []string{"ID", "Actor", "Issue", "Why not read", "Note", "Source", "Outlet", "Quote", "Suggested", "Position", "Review"}
	for i, h := range want {
		cell := string(rune('A'+i)) + "4"
		if got := value(t, f, SheetLeads, cell); got != h {
			t.Errorf("%s = %q, want %q", cell, got, h)
		}
	}
	if got := value(t, f, SheetLeads, "D6"); !strings.Contains(got, "set it aside") || !strings.Contains(got, "history told") {
		t.Errorf("D6 = %q: want the reason and its detail", got)
	}
	if got := value(t, f, SheetLeads, "A5"); got != "l0000000001" {
		t.Errorf("A5 = %q, want the first lead's id", got)
	}
	// The suggestion beside Position, which stays empty for the analyst.
	for cell, want := range map[string]string{"I5": "support · 0.62", "J5": "", "I6": "", "J6": ""} {
		if got := value(t, f, SheetLeads, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	if decisions, err := readReview(save(t, f)); err != nil || len(decisions) != 0 {
		t.Errorf("a workbook nobody reviewed gives decisions %v (%v): a suggestion is no position", decisions, err)
	}
	if b.Leads = nil; slices.Contains(open(t, write(t, b)).GetSheetList(), SheetLeads) {
		t.Errorf("a brief with no leads has a Leads sheet")
	}
}

// TestLeadsOmittedLine checks the count of leads left out: one was, and
// thousands are separated.
func TestLeadsOmittedLine(t *testing.T) {
	for omitted, want := range map[int]string{1: "; 1 more was left out.", 4771: "; 4,771 more were left out."} {
		b := withLeads(t)
		b.LeadsOmitted = omitted
		if got := value(t, open(t, write(t, b)), SheetLeads, "A2"); !strings.HasSuffix(got, want) {
			t.Errorf("%d left out: A2 = %q, want it to end %q", omitted, got, want)
		}
	}
	if got := thousands(1234567); got != "1,234,567" {
		t.Errorf("thousands(1234567) = %q", got)
	}
}

// TestLeadsReviewRoundTrip writes a workbook, sets a lead's Position as
// an analyst would, reads it back and applies it: the lead becomes a
// stance marked as set in review, which the next workbook's review keeps;
// a Position that is not one is a warning naming the cell, and the lead
// stays with what was written.
func TestLeadsReviewRoundTrip(t *testing.T) {
	f := open(t, write(t, withLeads(t)))
	setCell(t, f, SheetLeads, "J5", "oppose")
	setCell(t, f, SheetLeads, "J6", "opose")
	decisions, err := readReview(save(t, f))
	if err != nil {
		t.Fatal(err)
	}
	b := withLeads(t)
	warnings := review.ApplyReview(b, decisions)
	if len(warnings) != 1 || !strings.Contains(warnings[0], "Leads!J6") || !strings.Contains(warnings[0], `"opose"`) ||
		!strings.Contains(warnings[0], "Position column") {
		t.Errorf("warnings %q: want one naming Leads!J6, what was written and what to do", warnings)
	}
	i := slices.IndexFunc(b.Stances, func(s report.Stance) bool { return s.ID == "l0000000001" })
	if i < 0 {
		t.Fatalf("no stance from the lead: %v", b.Stances)
	}
	s := b.Stances[i]
	if s.Actor != "Pakistan" || s.Issue != "talks" || s.Position != report.Oppose || s.Speaker != "Ishaq Dar" ||
		s.Review == nil || s.Review.Decision != report.DecisionCorrect || s.Review.Correction != "oppose" ||
		len(s.Citations) != 1 || s.Citations[0].Quote != "Pakistan invented this sentence about talks." {
		t.Errorf("stance from the lead %+v (review %+v)", s, s.Review)
	}
	if !slices.ContainsFunc(b.Matrix, func(c report.Cell) bool { return c.Actor == "Pakistan" && c.Issue == "talks" }) {
		t.Errorf("the matrix has no Pakistan · talks cell")
	}
	if len(b.Leads) != 1 || b.Leads[0].ID != "l0000000002" || b.Leads[0].Review == nil || b.Leads[0].Review.Correction != "opose" {
		t.Fatalf("leads after review %+v: want the second, keeping what was written", b.Leads)
	}

	// The next workbook: the stance on Stances with its review, the bad
	// position still on Leads; its review gives the stance again.
	next := open(t, write(t, b))
	if got := value(t, next, SheetLeads, "J5"); got != "opose" {
		t.Errorf("next workbook's Leads!J5 = %q, want what the analyst wrote", got)
	}
	decisions, err = readReview(save(t, next))
	if err != nil {
		t.Fatal(err)
	}
	again := withLeads(t)
	review.ApplyReview(again, decisions)
	if !slices.ContainsFunc(again.Stances, func(s report.Stance) bool { return s.ID == "l0000000001" && s.Position == report.Oppose }) {
		t.Errorf("the second review lost the stance read from the lead: decisions %v", decisions)
	}
}

// TestLeadsReject checks that a rejected lead leaves the brief for the
// Rejected sheet, whose review keeps it out.
func TestLeadsReject(t *testing.T) {
	f := open(t, write(t, withLeads(t)))
	setCell(t, f, SheetLeads, "K5", "reject")
	decisions, err := readReview(save(t, f))
	if err != nil {
		t.Fatal(err)
	}
	b := withLeads(t)
	if w := review.ApplyReview(b, decisions); len(w) > 0 {
		t.Errorf("warnings %q", w)
	}
	if len(b.Leads) != 1 || len(b.Rejected) != 1 || b.Rejected[0].Kind != report.LeadFact || b.Rejected[0].ID != "l0000000001" {
		t.Fatalf("leads %v, rejected %v: want the lead rejected", b.Leads, b.Rejected)
	}
	decisions, err = readReview(save(t, open(t, write(t, b))))
	if err != nil {
		t.Fatal(err)
	}
	again := withLeads(t)
	review.ApplyReview(again, decisions)
	if len(again.Leads) != 1 {
		t.Errorf("the next review brought the rejected lead back: %v", again.Leads)
	}
}
