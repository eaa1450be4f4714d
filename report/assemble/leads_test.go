package assemble

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
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

// cellLeads are 15 leads of one actor and issue, in three articles, each
// named by its sentence: reason (c cue_refused, n not_joined, x no_cue),
// the article (1 oldest, 3 newest), "own" when the actor's own speaker
// says it, and a letter when a name would be given twice.
func cellLeads() []Article {
	leads := map[string][]string{
		"s1": {"c1own", "n1", "x1own", "x1", "x1b"},
		"s2": {"c2", "n2own", "n2", "x2"},
		"s3": {"c3", "n3", "x3", "x3own", "x3b", "n3b"},
	}
	reasons := map[byte]report.LeadReason{'c': report.LeadCueRefused, 'n': report.LeadNotJoined, 'x': report.LeadNoCue}
	var arts []Article
	for i, id := range []string{"s1", "s2", "s3"} {
		a := article(id, fmt.Sprintf("2023-06-0%d", i+1), "x")
		for _, name := range leads[id] {
			l := lead(id, "TTP", "talks", name, reasons[name[0]])
			if strings.Contains(name, "own") {
				l.Speaker, l.SpeakerActor = "a TTP spokesman", "TTP"
			}
			a.Facts.Leads = append(a.Facts.Leads, l)
		}
		arts = append(arts, a)
	}
	return arts
}

func leadNames(leads []report.Lead) string {
	var names []string
	for _, l := range leads {
		names = append(names, l.Citation.Quote)
	}
	return strings.Join(names, " ")
}

// TestLeadsRankedInCell checks the per-cell cap and the ranking: of 15
// leads of one actor and issue, MaxLeadsPerCell are kept, by reason, then
// the actor's own speaker's, then the newest, and 5 are counted.
func TestLeadsRankedInCell(t *testing.T) {
	br := Assemble(Input{Articles: cellLeads()})
	const want = "c1own c3 c2 n2own n3 n3b n2 n1 x3own x1own"
	if got := leadNames(br.Leads); got != want || br.LeadsOmitted != 5 {
		t.Errorf("leads kept:\n %s (%d omitted)\nwant\n %s (5 omitted)", got, br.LeadsOmitted, want)
	}
}

// TestLeadsRankedByConfidence checks that the leads a cell keeps are
// those whose suggestion is the likeliest, after the rule that a cell the
// matrix lacks comes first: reason, speaker and age only break ties.
func TestLeadsRankedByConfidence(t *testing.T) {
	tests := []struct {
		name       string
		confidence map[string]float64 // by lead name; 0 for the rest
		want       string
		omitted    int
	}{
		{"no suggestions: by reason", nil, "c1own c3 c2 n2own n3 n3b n2 n1 x3own x1own", 5},
		{"the likeliest first, whatever their reason",
			map[string]float64{"x1b": 0.91, "x2": 0.62, "n1": 0.62, "c2": 0.05},
			"x1b n1 x2 c2 c1own c3 n2own n3 n3b n2", 5},
		{"every lead suggested",
			map[string]float64{"c1own": .1, "n1": .2, "x1own": .3, "x1": .4, "x1b": .5, "c2": .6, "n2own": .7, "n2": .8, "x2": .9,
				"c3": .11, "n3": .12, "x3": .13, "x3own": .14, "x3b": .15, "n3b": .16},
			"x2 n2 n2own c2 x1b x1 x1own n1 n3b x3b", 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := cellLeads()
			for i := range arts {
				for k := range arts[i].Facts.Leads {
					arts[i].Facts.Leads[k].Confidence = tt.confidence[arts[i].Facts.Leads[k].Citation.Quote]
				}
			}
			br := Assemble(Input{Articles: arts})
			if got := leadNames(br.Leads); got != tt.want || br.LeadsOmitted != tt.omitted {
				t.Errorf("leads kept:\n %s (%d omitted)\nwant\n %s (%d omitted)", got, br.LeadsOmitted, tt.want, tt.omitted)
			}
		})
	}
	// A cell the matrix lacks still comes first under the brief's cap,
	// however likely the leads of a cell it has.
	a := article("s1", "2023-06-01", "Pakistan rejected talks.", report.Stance{Actor: "Pakistan", Issue: "talks", Position: "oppose"})
	for i := range report.MaxLeads {
		l := lead("s1", "TTP", fmt.Sprintf("issue%d", i), fmt.Sprintf("The TTP and issue %d.", i), report.LeadNoCue)
		l.Confidence = 0.01
		a.Facts.Leads = append(a.Facts.Leads, l)
	}
	sure := lead("s1", "Pakistan", "talks", "Pakistan and talks.", report.LeadCueRefused)
	sure.Suggested, sure.Confidence = report.Oppose, 0.99
	a.Facts.Leads = append(a.Facts.Leads, sure)
	br := Assemble(Input{Articles: []Article{a}})
	if len(br.Leads) != report.MaxLeads || br.LeadsOmitted != 1 || slices.ContainsFunc(br.Leads, func(l report.Lead) bool { return l.Actor == "Pakistan" }) {
		t.Errorf("%d leads, %d omitted: want the %d leads of empty cells, and Pakistan · talks left out", len(br.Leads), br.LeadsOmitted, report.MaxLeads)
	}
}

// TestLeadsCappedAfterReview checks that a review sees every lead, and
// that the caps count only the leads it leaves undecided: those it takes
// out free their places, and one holding an analyst's unread Position is
// kept without taking a place.
func TestLeadsCappedAfterReview(t *testing.T) {
	seen := 0
	br := Assemble(Input{Articles: cellLeads(), Review: func(b *report.Brief) {
		seen = len(b.Leads)
		b.Leads = slices.DeleteFunc(b.Leads, func(l report.Lead) bool { return l.Citation.Quote[0] == 'c' }) // read or rejected
		for i := range b.Leads {
			if b.Leads[i].Citation.Quote == "x1b" { // the least telling
				b.Leads[i].Review = &report.Review{Decision: report.DecisionCorrect, Correction: "backs"}
			}
		}
	}})
	if seen != 15 {
		t.Errorf("the review saw %d leads, want all 15", seen)
	}
	const want = "n2own n3 n3b n2 n1 x3own x1own x3 x3b x2 x1b"
	if got := leadNames(br.Leads); got != want || br.LeadsOmitted != 1 {
		t.Errorf("leads kept after the review:\n %s (%d omitted)\nwant\n %s (1 omitted)", got, br.LeadsOmitted, want)
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
