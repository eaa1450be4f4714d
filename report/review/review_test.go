package review

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"brief/report"
	"brief/report/assemble"
)

// reviewInput is a month's brief with a month of context before it: the
// TTP's fighters in two conflicting figures, Pakistan's unchanged
// opposition to talks, the TTP's new denial, and two events.
func reviewInput() assemble.Input {
	cite := func(src, quote string) []report.Citation { return []report.Citation{{Source: src, Quote: quote}} }
	st := func(src, actor, issue string, position report.Position) report.Stance {
		return report.Stance{Actor: actor, Issue: issue, Position: position, Citations: cite(src, actor+" on "+issue)}
	}
	fig := func(src, text string, what report.FigureKind, who string, low, high float64) report.Figure {
		return report.Figure{Text: text, What: what, Who: who, Low: low, High: high, Citations: cite(src, text)}
	}
	art := func(id, published string, f report.Facts) assemble.Article {
		return assemble.Article{Source: report.Source{ID: id, Path: "sources/" + id + ".md", Title: id, Outlet: "Outlet " + id,
			Published: published, Text: "article " + id}, Facts: f}
	}
	return assemble.Input{
		Meta:   report.Meta{Title: "Review test", Period: report.Period{Label: "2023-06", Start: "2023-06-01", End: "2023-06-30"}},
		Actors: []report.Actor{{Name: "Pakistan"}, {Name: "Afghan Taliban"}, {Name: "TTP"}},
		Issues: []report.Issue{{ID: "talks", Label: "Pakistan–TTP talks"}, {ID: "surrender", Label: "TTP surrender"},
			{ID: "mediation", Label: "Afghan Taliban mediation"}},
		Articles: []assemble.Article{
			art("s1", "2023-05-10", report.Facts{Stances: []report.Stance{st("s1", "Pakistan", "talks", "oppose")}}),
			art("s2", "2023-06-05", report.Facts{
				Stances: []report.Stance{st("s2", "Pakistan", "talks", "oppose"), st("s2", "TTP", "surrender", "deny")},
				Figures: []report.Figure{fig("s2", "12 soldiers were killed", "killed", "soldiers", 12, 12)},
				Events: []report.Event{{Date: "2023-06-04", Precision: "day", Summary: "Attack on a police station in Bannu",
					Actors: []string{"TTP"}, Citations: cite("s2", "stormed a police station in Bannu")}},
			}),
			art("s3", "2023-06-20", report.Facts{
				Stances: []report.Stance{st("s3", "Afghan Taliban", "mediation", "support")},
				Figures: []report.Figure{
					fig("s3", "between 8,000 and 12,000 TTP fighters", "fighters", "TTP", 8000, 12000),
					fig("s3", "2,000 TTP fighters", "fighters", "TTP", 2000, 2000),
				},
				Events: []report.Event{{Date: "2023-06", Precision: "month", Summary: "Talks held in Kabul",
					Actors: []string{"TTP", "Pakistan"}, Citations: cite("s3", "talks were held in Kabul in June")}},
			}),
		},
	}
}

// reviewBrief assembles the brief and returns the ids of its facts by a
// short name.
func reviewBrief(t *testing.T) (*report.Brief, map[string]string) {
	t.Helper()
	b := assemble.Assemble(reviewInput())
	ids := map[string]string{}
	for _, f := range b.Figures {
		ids[map[float64]string{12: "killed", 8000: "range", 2000: "fighters"}[f.Low]] = f.ID
	}
	for _, e := range b.Events {
		ids[map[report.Precision]string{"day": "attack", "month": "kabul"}[e.Precision]] = e.ID
	}
	for _, s := range b.Stances {
		ids[s.Actor+"/"+s.Issue] = s.ID
	}
	if len(ids) != 8 {
		t.Fatalf("test brief has facts %v, want 8", ids)
	}
	return b, ids
}

func cellOf(b *report.Brief, actor, issue string) (report.Cell, bool) {
	for _, c := range b.Matrix {
		if c.Actor == actor && c.Issue == issue {
			return c, true
		}
	}
	return report.Cell{}, false
}

func TestApplyReviewReject(t *testing.T) {
	b, ids := reviewBrief(t)
	if c, _ := cellOf(b, "Pakistan", "talks"); c.Changed {
		t.Fatalf("test brief: Pakistan/talks is marked changed: %+v", c)
	}
	if !strings.Contains(strings.Join(b.KeyPoints, " "), "conflict") {
		t.Fatalf("test brief: no key point about the conflicting figures: %q", b.KeyPoints)
	}
	warnings := ApplyReview(b, map[string]report.Review{
		ids["fighters"]:      {Decision: "reject"},
		ids["TTP/surrender"]: {Decision: " Reject "},
		ids["attack"]:        {Decision: "reject", Correction: "ignored"},
	})
	if len(warnings) != 0 {
		t.Errorf("warnings %q", warnings)
	}
	for _, f := range b.Figures {
		if f.ID == ids["fighters"] {
			t.Error("rejected figure is still in the brief")
		}
	}
	for _, e := range b.Events {
		if e.ID == ids["attack"] {
			t.Error("rejected event is still in the brief")
		}
	}
	for _, s := range b.Stances {
		if s.ID == ids["TTP/surrender"] {
			t.Error("rejected stance is still in the brief")
		}
	}
	if c, ok := cellOf(b, "TTP", "surrender"); ok {
		t.Errorf("the matrix keeps a cell resting on a rejected stance: %+v", c)
	}
	if c, ok := cellOf(b, "Pakistan", "talks"); !ok || c.Changed {
		t.Errorf("an unrelated cell changed: %+v", c)
	}
	for _, g := range b.FigureGroups {
		if g.Conflict || strings.Contains(strings.Join(g.Figures, " "), ids["fighters"]) {
			t.Errorf("figure group still holds the rejected figure or its conflict: %+v", g)
		}
	}
	if strings.Contains(strings.Join(b.KeyPoints, " "), "conflict") {
		t.Errorf("key points still name the conflict: %q", b.KeyPoints)
	}
}

func TestApplyReviewCorrect(t *testing.T) {
	tests := []struct {
		fact, correction, original string
		check                      func(*report.Brief, string) string // "" when right, else what is wrong
	}{
		{"range", "about 9000", "8000-12000", func(b *report.Brief, id string) string {
			f := findFigure(b, id)
			return want(f.Low == 9000 && f.High == 9000 && f.Qualifier == "about", f)
		}},
		{"range", "8,000–11,000; what=troops; who=TTP fighters; credited_to=UN monitoring team; period=in 2023",
			"8000-12000; what=fighters; who=TTP; credited_to=; period=", func(b *report.Brief, id string) string {
				f := findFigure(b, id)
				return want(f.Low == 8000 && f.High == 11000 && f.What == "troops" && f.Who == "TTP fighters" &&
					f.AttributedTo == "UN monitoring team" && f.Period == "in 2023", f)
			}},
		{"killed", "more than 1.5 million", "12", func(b *report.Brief, id string) string {
			f := findFigure(b, id)
			return want(f.Low == 1.5e6 && f.High == 1.5e6 && f.Qualifier == "more than", f)
		}},
		{"killed", "12 to 15; qualifier=at least", "12; qualifier=", func(b *report.Brief, id string) string {
			f := findFigure(b, id)
			return want(f.Low == 12 && f.High == 15 && f.Qualifier == "at least", f)
		}},
		{"fighters", "12000", "2000", func(b *report.Brief, id string) string {
			for _, g := range b.FigureGroups {
				if g.What == "fighters" && g.Conflict {
					return "figure groups still conflict after the correction"
				}
			}
			return ""
		}},
		{"Pakistan/talks", "Support", "oppose", func(b *report.Brief, id string) string {
			c, _ := cellOf(b, "Pakistan", "talks")
			return want(findStance(b, id).Position == "support" && c.Position == "support" && c.Changed && c.Previous == "oppose", c)
		}},
		{"TTP/surrender", "issue=Pakistan–TTP talks; actor=pakistan; position=propose", "issue=surrender; actor=TTP; deny",
			func(b *report.Brief, id string) string {
				s := findStance(b, id)
				_, stale := cellOf(b, "TTP", "surrender")
				c, _ := cellOf(b, "Pakistan", "talks")
				return want(s.Actor == "Pakistan" && s.Issue == "talks" && s.Position == "propose" && !stale &&
					c.Position == "propose" && c.Changed && c.Previous == "oppose", b.Matrix)
			}},
		{"attack", "2023-06-02", "2023-06-04", func(b *report.Brief, id string) string {
			e := findEvent(b, id)
			return want(e.Date == "2023-06-02" && e.Precision == "day", e)
		}},
		{"attack", "2023-05; precision=season; summary=Attack in Bannu; actors=ttp, Pakistan",
			"2023-06-04; precision=day; summary=Attack on a police station in Bannu; actors=TTP", func(b *report.Brief, id string) string {
				e := findEvent(b, id)
				return want(e.Date == "2023-05" && e.Precision == "season" && e.Summary == "Attack in Bannu" &&
					strings.Join(e.Actors, ",") == "TTP,Pakistan" && b.Events[0].ID == id, b.Events)
			}},
		{"kabul", "2023", "2023-06", func(b *report.Brief, id string) string {
			e := findEvent(b, id)
			return want(e.Date == "2023" && e.Precision == "year" && b.Events[0].ID == id, b.Events)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.fact+" "+tt.correction, func(t *testing.T) {
			b, ids := reviewBrief(t)
			id := ids[tt.fact]
			if w := ApplyReview(b, map[string]report.Review{id: {Decision: "correct", Correction: tt.correction, Where: "X!A1"}}); len(w) != 0 {
				t.Fatalf("warnings %q", w)
			}
			if msg := tt.check(b, id); msg != "" {
				t.Error(msg)
			}
			r := reviewOf(b, id)
			wantReview := &report.Review{Decision: "correct", Correction: tt.correction, Original: tt.original, Where: "X!A1"}
			if !reflect.DeepEqual(r, wantReview) {
				t.Errorf("review %+v, want %+v", r, wantReview)
			}
		})
	}
}

func TestApplyReviewWarnings(t *testing.T) {
	tests := []struct {
		fact     string // a short name, or an id not in the brief
		decision report.Review
		warning  string
	}{
		{"f0123456789", report.Review{Decision: "reject", Where: "Figures!Q9"}, "Figures!Q9: fact f0123456789 is not in this brief"},
		{"range", report.Review{Decision: "correct", Correction: "lots", Where: "Figures!Q3"}, `Figures!Q3: fact f`},
		{"range", report.Review{Decision: "correct", Correction: "lots"}, `"lots" is not a number`},
		{"range", report.Review{Decision: "correct", Correction: "12000-8000"}, "the low value 12000 is above the high value 8000"},
		{"range", report.Review{Decision: "correct", Correction: "about 9000; what=bananas"}, "what=bananas is not one of"},
		{"range", report.Review{Decision: "correct", Correction: "9000; colour=red"}, `a figure has no field "colour"`},
		{"range", report.Review{Decision: "correct", Correction: "9000; 10000"}, "two values"},
		{"range", report.Review{Decision: "correct", Correction: "support"}, `"support" is not a number`},
		{"range", report.Review{Decision: "correct", Correction: "=9000"}, "no key before ="},
		{"Pakistan/talks", report.Review{Decision: "correct", Correction: "maybe"}, `position "maybe" is not one of support, oppose`},
		{"Pakistan/talks", report.Review{Decision: "correct", Correction: "actor=Narnia"}, `actor "Narnia" is not configured`},
		{"Pakistan/talks", report.Review{Decision: "correct", Correction: "issue=weather"}, `issue "weather" is not configured`},
		{"attack", report.Review{Decision: "correct", Correction: "2023-02-30"}, "no such day"},
		{"attack", report.Review{Decision: "correct", Correction: "June 2023"}, "want YYYY, YYYY-MM or YYYY-MM-DD"},
		{"attack", report.Review{Decision: "correct", Correction: "2023-06; precision=day"}, "precision day does not fit the date 2023-06"},
		{"attack", report.Review{Decision: "correct", Correction: "precision=fortnight"}, `precision "fortnight" is not one of`},
		{"attack", report.Review{Decision: "correct", Correction: "summary="}, "summary= is empty"},
		{"attack", report.Review{Decision: "perhaps", Where: "Timeline!J2"}, `Timeline!J2: fact e`},
		{"attack", report.Review{Decision: "perhaps"}, `decision "perhaps" is not accept, reject or correct`},
		{"attack", report.Review{Decision: "correct"}, "Correction column is empty"},
		{"attack", report.Review{Decision: "correct", Correction: strings.Repeat("9", 1001)}, "longer than 1000 characters"},
		{"attack", report.Review{Decision: report.DecisionConflict, Where: "Timeline!J2, Timeline!J5"}, "Timeline!J2, Timeline!J5: fact e"},
		{"attack", report.Review{Decision: "correct", Correction: "45082"}, "45082 is how Excel stores the date 2023-06-05: Excel changed what was typed; format the Correction column as Text"},
		{"attack", report.Review{Decision: "correct", Correction: "date=45078.5"}, "Excel stores the date 2023-06-01"},
		{"attack", report.Review{Decision: "correct", Correction: "NaN"}, "want YYYY, YYYY-MM or YYYY-MM-DD"},
	}
	for _, tt := range tests {
		t.Run(tt.warning, func(t *testing.T) {
			b, ids := reviewBrief(t)
			before, _ := json.Marshal(b)
			id := cmpOr(ids[tt.fact], tt.fact)
			warnings := ApplyReview(b, map[string]report.Review{id: tt.decision})
			if len(warnings) != 1 || !strings.Contains(warnings[0], tt.warning) || !strings.Contains(warnings[0], id) {
				t.Errorf("warnings %q, want one naming %s and containing %q", warnings, id, tt.warning)
			}
			if after, _ := json.Marshal(b); string(after) != string(before) {
				t.Errorf("the brief changed:\n%s\n%s", before, after)
			}
		})
	}
}

func TestApplyReviewAccept(t *testing.T) {
	b, ids := reviewBrief(t)
	matrix := append([]report.Cell(nil), b.Matrix...)
	warnings := ApplyReview(b, map[string]report.Review{
		ids["range"]:  {Decision: "accept"},
		ids["attack"]: {Decision: "ACCEPT", Correction: "2023-06-01", Where: "Timeline!K2"},
	})
	if len(warnings) != 1 || !strings.Contains(warnings[0], "Timeline!K2") || !strings.Contains(warnings[0], "is accepted") {
		t.Errorf("warnings %q, want one about the correction of an accepted fact", warnings)
	}
	if r := reviewOf(b, ids["range"]); r == nil || r.Decision != "accept" {
		t.Errorf("accepted figure records %+v", r)
	}
	if e := findEvent(b, ids["attack"]); e.Date != "2023-06-04" || e.Review.Decision != "accept" {
		t.Errorf("accepted event: %+v", e)
	}
	if !reflect.DeepEqual(matrix, b.Matrix) {
		t.Errorf("accepting changed the matrix: %+v", b.Matrix)
	}
}

func TestApplyReviewCorrectionWithoutDecision(t *testing.T) {
	b, ids := reviewBrief(t)
	if w := ApplyReview(b, map[string]report.Review{ids["killed"]: {Correction: "14"}}); len(w) != 0 {
		t.Fatalf("warnings %q", w)
	}
	if f := findFigure(b, ids["killed"]); f.Low != 14 || f.Review.Decision != "correct" {
		t.Errorf("figure %+v", f)
	}
}

// TestReviewSurvivesReextraction applies decisions taken on one run to
// the brief of a second run over the same articles, loaded in another
// order: fact ids do not depend on run order.
func TestReviewSurvivesReextraction(t *testing.T) {
	first, ids := reviewBrief(t)
	decisions := map[string]report.Review{ids["fighters"]: {Decision: "reject"}, ids["range"]: {Decision: "correct", Correction: "9000"}}
	ApplyReview(first, decisions)

	in := reviewInput()
	in.Articles[0], in.Articles[2] = in.Articles[2], in.Articles[0]
	second := assemble.Assemble(in)
	if w := ApplyReview(second, decisions); len(w) != 0 {
		t.Fatalf("warnings %q", w)
	}
	a, _ := json.Marshal(first)
	b, _ := json.Marshal(second)
	if string(a) != string(b) {
		t.Errorf("the reviewed briefs of two runs differ:\n%s\n%s", a, b)
	}
}

func TestReviewJSON(t *testing.T) {
	b, ids := reviewBrief(t)
	ApplyReview(b, map[string]report.Review{ids["range"]: {Decision: "correct", Correction: "about 9000", Where: "Figures!Q2"}})
	data, err := json.Marshal(findFigure(b, ids["range"]))
	if err != nil {
		t.Fatal(err)
	}
	const wantJSON = `"review":{"decision":"correct","correction":"about 9000","original":"8000-12000"}`
	if !strings.Contains(string(data), wantJSON) {
		t.Errorf("JSON %s, want it to hold %s", data, wantJSON)
	}
}

func TestParseFigureValue(t *testing.T) {
	tests := []struct {
		in        string
		qualifier string
		low, high float64
	}{
		{"12000", "", 12000, 12000},
		{"12,000", "", 12000, 12000},
		{"8000-12000", "", 8000, 12000},
		{"8,000 – 12,000", "", 8000, 12000},
		{"8000 to 12000", "", 8000, 12000},
		{"About  8000", "about", 8000, 8000},
		{"nearly 2.5k", "nearly", 2500, 2500},
		{"up to 13 billion", "up to", 13e9, 13e9},
		{"at least 1.5 million-2 million", "at least", 1.5e6, 2e6},
		{"0", "", 0, 0},
		{"8,00,000", "", 800000, 800000},
		{"about 12,34,567", "about", 1234567, 1234567},
		{"2 lakh", "", 200000, 200000},
	}
	if _, _, _, err := parseFigureValue("-5"); err == nil || !strings.Contains(err.Error(), "negative") {
		t.Errorf("parseFigureValue(-5) error = %v, want one saying a figure cannot be negative", err)
	}
	for _, tt := range tests {
		q, lo, hi, err := parseFigureValue(tt.in)
		if err != nil || q != tt.qualifier || lo != tt.low || hi != tt.high {
			t.Errorf("parseFigureValue(%q) = %q %v %v %v, want %q %v %v", tt.in, q, lo, hi, err, tt.qualifier, tt.low, tt.high)
		}
	}
	for _, bad := range []string{"", "many", "-5", "12,00", "1.2.3", "about", "5 6", "1e9", "12000-", "NaN"} {
		if _, _, _, err := parseFigureValue(bad); err == nil {
			t.Errorf("parseFigureValue(%q) gave no error", bad)
		}
	}
}

func want(ok bool, got any) string {
	if ok {
		return ""
	}
	b, _ := json.Marshal(got)
	return "got " + string(b)
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func findFigure(b *report.Brief, id string) report.Figure {
	for _, f := range b.Figures {
		if f.ID == id {
			return f
		}
	}
	return report.Figure{}
}

func findEvent(b *report.Brief, id string) report.Event {
	for _, e := range b.Events {
		if e.ID == id {
			return e
		}
	}
	return report.Event{}
}

func findStance(b *report.Brief, id string) report.Stance {
	for _, s := range b.Stances {
		if s.ID == id {
			return s
		}
	}
	return report.Stance{}
}

func reviewOf(b *report.Brief, id string) *report.Review {
	switch {
	case findFigure(b, id).ID != "":
		return findFigure(b, id).Review
	case findEvent(b, id).ID != "":
		return findEvent(b, id).Review
	}
	return findStance(b, id).Review
}

// TestApplyReviewManyWarnings reads a review of 100,000 rows about facts
// not in the brief: the first few are warnings of their own, the rest one
// line with their count.
func TestApplyReviewManyWarnings(t *testing.T) {
	b, ids := reviewBrief(t)
	decisions := map[string]report.Review{}
	for i := range 100_000 {
		decisions[fmt.Sprintf("f%010d", i)] = report.Review{Decision: "accept", Where: fmt.Sprintf("Figures!Q%d", i+2)}
	}
	decisions[ids["attack"]] = report.Review{Decision: "perhaps"}
	warnings := ApplyReview(b, decisions)
	if len(warnings) != maxWarningsOfKind+2 {
		t.Fatalf("%d warnings, want %d: %q…", len(warnings), maxWarningsOfKind+2, warnings[:min(len(warnings), 3)])
	}
	want := fmt.Sprintf("review: %d more decisions about facts not in this brief are ignored", 100_000-maxWarningsOfKind)
	if !slices.Contains(warnings, want) {
		t.Errorf("no line %q in %q", want, warnings)
	}
	if !strings.Contains(strings.Join(warnings, "\n"), `decision "perhaps"`) {
		t.Errorf("the one warning of another kind was lost: %q", warnings)
	}
}

// leadBrief is reviewInput's brief with two leads of s2: Pakistan on
// surrender in a sentence nobody speaks, and the TTP on talks in its
// spokesman's words.
func leadBrief(t *testing.T) (*report.Brief, report.Lead, report.Lead) {
	t.Helper()
	in := reviewInput()
	narrated := report.Lead{Actor: "Pakistan", Issue: "surrender", Reason: report.LeadNoCue,
		Citation: report.Citation{Source: "s2", Quote: "Pakistan and the surrender were in the news."}}
	spoken := report.Lead{Actor: "TTP", Issue: "talks", Reason: report.LeadCueRefused, Speaker: "a TTP spokesman", SpeakerActor: "TTP",
		Citation: report.Citation{Source: "s2", Quote: "The TTP had held talks in 2019, a TTP spokesman said."}}
	in.Articles[1].Facts.Leads = []report.Lead{narrated, spoken}
	b := assemble.Assemble(in)
	if len(b.Leads) != 2 {
		t.Fatalf("%d leads, want 2", len(b.Leads))
	}
	return b, b.Leads[0], b.Leads[1]
}

// TestLeadStance checks the stance an analyst's position makes of a lead:
// in a sentence nobody speaks it is the actor's own, as an extracted
// stance there is; a speaker's words keep the speaker; the values it
// replaced hold no empty position.
func TestLeadStance(t *testing.T) {
	for _, tc := range []struct {
		name, correction          string
		spoken                    bool
		actor, speaker, speakerOf string
		original                  string
	}{
		{"nobody speaks: the actor's own", "oppose", false, "Pakistan", "Pakistan", "Pakistan", ""},
		{"nobody speaks, another actor", "oppose; actor=TTP", false, "TTP", "TTP", "TTP", "actor=Pakistan"},
		{"a spokesman's words", "deny", true, "TTP", "a TTP spokesman", "TTP", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, narrated, spoken := leadBrief(t)
			l := narrated
			if tc.spoken {
				l = spoken
			}
			if w := ApplyReview(b, map[string]report.Review{l.ID: {Correction: tc.correction, Where: "Leads!I6"}}); len(w) != 0 {
				t.Fatalf("warnings: %q", w)
			}
			i := slices.IndexFunc(b.Stances, func(s report.Stance) bool { return s.ID == l.ID })
			if i < 0 {
				t.Fatalf("no stance from lead %s", l.ID)
			}
			s := b.Stances[i]
			if s.Actor != tc.actor || s.Speaker != tc.speaker || s.SpeakerActor != tc.speakerOf || s.Review == nil || s.Review.Original != tc.original {
				t.Errorf("stance %s said by %q (%s), review %+v; want %s said by %q (%s), original %q",
					s.Actor, s.Speaker, s.SpeakerActor, s.Review, tc.actor, tc.speaker, tc.speakerOf, tc.original)
			}
		})
	}
}

// TestLeadReviewWords checks what a lead's review says: a position that
// does not parse names the column it was read from, and a rejected lead
// gives its reason in words.
func TestLeadReviewWords(t *testing.T) {
	for where, column := range map[string]string{"Leads!I6": "in its Position column", "Stances!K9": "in its Correction column", "Rejected!H3": "in its Correction column"} {
		b, l, _ := leadBrief(t)
		w := ApplyReview(b, map[string]report.Review{l.ID: {Correction: "backs", Where: where}})
		if len(w) != 1 || !strings.Contains(w[0], where) || !strings.Contains(w[0], column) {
			t.Errorf("%s: warnings %q, want one naming the cell and saying %q", where, w, column)
		}
	}
	b, l, _ := leadBrief(t)
	ApplyReview(b, map[string]report.Review{l.ID: {Decision: report.DecisionReject, Where: "Leads!J6"}})
	if len(b.Rejected) != 1 || !strings.Contains(b.Rejected[0].Fact, report.LeadNoCue.Text()) {
		t.Errorf("rejected %+v, want the lead with its reason in words (%q)", b.Rejected, report.LeadNoCue.Text())
	}
}
