package assemble

import (
	"strings"
	"testing"

	"brief/report"
)

// article makes an article with one stance, one figure and one event, each
// quoting text.
func article(id, published, text string, stances ...report.Stance) Article {
	for i := range stances {
		stances[i].Citations = []report.Citation{{Source: id, Quote: text}}
	}
	return Article{
		Source: report.Source{ID: id, Path: "sources/" + id + ".md", Title: "Title " + id, Published: published, Text: text},
		Facts:  report.Facts{Stances: stances},
	}
}

func figure(id string, low, high float64, qualifier string) report.Figure {
	return report.Figure{Text: "x", Low: low, High: high, Qualifier: qualifier, What: "killed", Who: "civilians",
		Period: "2023", Citations: []report.Citation{{Source: id, Quote: "q " + id}}}
}

func TestAssembleMergesAcrossArticles(t *testing.T) {
	a := article("s1", "2023-06-01", "Pakistan rejected talks.", report.Stance{Actor: "Pakistan", Issue: "talks", Position: "oppose"})
	b := article("s2", "2023-06-02", "Islamabad again refused talks.", report.Stance{Actor: "Pakistan", Issue: "talks", Position: "oppose"})
	a.Facts.Figures = []report.Figure{figure("s1", 12, 12, "")}
	b.Facts.Figures = []report.Figure{figure("s2", 12, 12, "")}
	br := Assemble(Input{Articles: []Article{b, a}})
	if len(br.Stances) != 1 || len(br.Stances[0].Citations) != 2 {
		t.Fatalf("stances = %+v, want one with two citations", br.Stances)
	}
	if br.Stances[0].Date != "2023-06-02" {
		t.Errorf("merged stance dated %q, want its latest statement 2023-06-02", br.Stances[0].Date)
	}
	if len(br.Figures) != 1 || len(br.Figures[0].Citations) != 2 {
		t.Errorf("figures = %+v, want one with two citations", br.Figures)
	}
	if br.Sources[0].ID != "s1" {
		t.Errorf("sources not in date order: %+v", br.Sources)
	}
}

func TestFactIDsAreStable(t *testing.T) {
	a := article("s1", "2023-06-01", "Pakistan rejected talks.", report.Stance{Actor: "Pakistan", Issue: "talks", Position: "oppose"})
	b := article("s2", "2023-05-01", "The TTP offered talks.", report.Stance{Actor: "TTP", Issue: "talks", Position: "support"})
	one := Assemble(Input{Articles: []Article{a}})
	two := Assemble(Input{Articles: []Article{b, a}})
	id := func(br *report.Brief, actor string) string {
		for _, s := range br.Stances {
			if s.Actor == actor {
				return s.ID
			}
		}
		return ""
	}
	if id(one, "Pakistan") == "" || id(one, "Pakistan") != id(two, "Pakistan") {
		t.Errorf("a fact's id changed when another article arrived: %q vs %q", id(one, "Pakistan"), id(two, "Pakistan"))
	}
}

func TestAssemblePeriodAndMatrix(t *testing.T) {
	old := article("s1", "2023-05-10", "Pakistan backed talks.", report.Stance{Actor: "Pakistan", Issue: "talks", Position: "support"},
		report.Stance{Actor: "TTP", Issue: "talks", Position: "support"})
	now := article("s2", "2023-06-06", "Pakistan rejected talks.", report.Stance{Actor: "Pakistan", Issue: "talks", Position: "oppose"})
	later := article("s3", "2023-07-01", "Pakistan proposed talks.", report.Stance{Actor: "Pakistan", Issue: "talks", Position: "propose"})
	br := Assemble(Input{
		Meta:     report.Meta{Period: report.Period{Label: "2023-W23", Start: "2023-06-05", End: "2023-06-11"}},
		Articles: []Article{old, now, later},
	})
	if len(br.Sources) != 2 {
		t.Fatalf("sources = %+v, want the period's article and the context article a cell cites", br.Sources)
	}
	cells := map[string]report.Cell{}
	for _, c := range br.Matrix {
		cells[c.Actor] = c
	}
	pk := cells["Pakistan"]
	if pk.Position != "oppose" || !pk.Changed || pk.Previous != "support" {
		t.Errorf("Pakistan cell = %+v, want oppose, changed from support (the July article is after the period)", pk)
	}
	ttp := cells["TTP"]
	if ttp.Position != "support" || ttp.Changed {
		t.Errorf("TTP cell = %+v, want support from context, unchanged", ttp)
	}
	for _, c := range br.Matrix {
		for _, id := range c.Stances {
			if !hasStance(br, id) {
				t.Errorf("cell %s/%s names stance %s, which is not in the model", c.Actor, c.Issue, id)
			}
		}
	}
}

func hasStance(b *report.Brief, id string) bool {
	for _, s := range b.Stances {
		if s.ID == id {
			return true
		}
	}
	return false
}

func TestAssembleEmptyPeriod(t *testing.T) {
	a := article("s1", "2023-05-10", "Pakistan backed talks.", report.Stance{Actor: "Pakistan", Issue: "talks", Position: "support"})
	br := Assemble(Input{Meta: report.Meta{Period: report.Period{Label: "2024-W01", Start: "2024-01-01", End: "2024-01-07"}}, Articles: []Article{a}})
	if len(br.KeyPoints) != 1 || !strings.Contains(br.KeyPoints[0], "No new reporting") {
		t.Errorf("key points = %q, want one saying there was no new reporting", br.KeyPoints)
	}
	if br.Figures == nil || br.Events == nil {
		t.Error("empty lists must be [] in JSON, not null")
	}
}

func TestFigureConflicts(t *testing.T) {
	tests := []struct {
		a, b report.Figure
		want bool
	}{
		{figure("s1", 12, 12, ""), figure("s2", 30, 30, ""), true},
		{figure("s1", 12, 12, "more than"), figure("s2", 30, 30, ""), false},
		{figure("s1", 10, 20, ""), figure("s2", 15, 15, ""), false},
		{figure("s1", 100, 100, "about"), figure("s2", 105, 105, ""), false},
		{figure("s1", 50, 50, "up to"), figure("s2", 60, 60, ""), true},
	}
	for _, tt := range tests {
		tt.a.ID, tt.b.ID = "f1", "f2"
		g := GroupFigures([]report.Figure{tt.a, tt.b})
		if len(g) != 1 || g[0].Conflict != tt.want {
			t.Errorf("%s %v vs %v: groups %+v, want conflict=%v", tt.a.Qualifier, tt.a.Low, tt.b.Low, g, tt.want)
		}
	}
}

func TestSyndicatedCopies(t *testing.T) {
	text := "Authorities in Pakistan have declined an offer from the outlawed group to resume talks, citing their previous negative experience with dialogue, a media report said on Tuesday."
	a := article("s1", "2023-06-06", text)
	b := article("s2", "2023-06-07", "Reprinted. "+text)
	c := article("s3", "2023-06-07", "A different story about a different thing entirely, with other words in it and more.")
	br := Assemble(Input{Articles: []Article{a, b, c}})
	got := map[string]string{}
	for _, s := range br.Sources {
		got[s.ID] = s.SyndicatedFrom
	}
	if got["s2"] != "s1" || got["s1"] != "" || got["s3"] != "" {
		t.Errorf("syndicated_from = %v, want s2 copying s1 only", got)
	}
}

func TestFormatValue(t *testing.T) {
	tests := []struct {
		f    report.Figure
		want string
	}{
		{report.Figure{Low: 2000, High: 2000, Qualifier: "nearly", What: "killed"}, "nearly 2,000"},
		{report.Figure{Low: 8000, High: 12000, What: "fighters"}, "8,000–12,000"},
		{report.Figure{Low: 10e6, High: 10e6, What: "money_usd"}, "$10 million"},
		{report.Figure{Low: 1.5e9, High: 1.5e9, What: "money_pkr"}, "Rs 1.5 billion"},
		{report.Figure{Low: 1234567, High: 1234567, What: "people"}, "1,234,567"},
	}
	for _, tt := range tests {
		if got := report.FormatValue(tt.f); got != tt.want {
			t.Errorf("FormatValue(%+v) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

func TestCitationsNewestFirst(t *testing.T) {
	a := article("s1", "2023-02-01", "Pakistan rejected talks in February.", report.Stance{Actor: "Pakistan", Issue: "talks", Position: "oppose"})
	b := article("s2", "2023-07-01", "Pakistan rejected talks in July.", report.Stance{Actor: "Pakistan", Issue: "talks", Position: "oppose"})
	br := Assemble(Input{Articles: []Article{a, b}})
	if got := br.Stances[0].Citations[0].Source; got != "s2" {
		t.Errorf("first citation from %s, want the newest source s2", got)
	}
}

func TestPeriodText(t *testing.T) {
	tests := []struct {
		p    report.Period
		want string
	}{
		{report.Period{}, "whole corpus"},
		{report.Period{Label: "2023-W23", Start: "2023-06-05", End: "2023-06-11"}, "2023-W23, 5 Jun 2023 to 11 Jun 2023"},
		{report.Period{Label: "until 2023-02-28", End: "2023-02-28"}, "up to 28 Feb 2023"},
		{report.Period{Label: "since 2023-02-01", Start: "2023-02-01"}, "from 1 Feb 2023"},
		{report.Period{Label: "2023-02-01 to 2023-02-28", Start: "2023-02-01", End: "2023-02-28"}, "1 Feb 2023 to 28 Feb 2023"},
	}
	for _, tt := range tests {
		if got := periodText(tt.p); got != tt.want {
			t.Errorf("periodText(%+v) = %q, want %q", tt.p, got, tt.want)
		}
	}
}

func TestCoverageCountsOnlyThePeriod(t *testing.T) {
	old := article("s1", "2023-05-10", "Pakistan backed talks.", report.Stance{Actor: "Pakistan", Issue: "talks", Position: "support"},
		report.Stance{Actor: "TTP", Issue: "talks", Position: "support"})
	old.Source.Outlet = "Dawn"
	now := article("s2", "2023-06-06", "Pakistan rejected talks.", report.Stance{Actor: "Pakistan", Issue: "talks", Position: "oppose"})
	now.Source.Outlet = "Mid-day"
	br := Assemble(Input{
		Meta:     report.Meta{Period: report.Period{Label: "2023-W23", Start: "2023-06-05", End: "2023-06-11"}},
		Articles: []Article{old, now},
	})
	want := "This brief rests on 1 article from 1 named outlet, published 6 Jun 2023; 1 earlier article gives the positions held before the period."
	if br.KeyPoints[0] != want {
		t.Errorf("coverage = %q, want it to count the period's article only: %q…", br.KeyPoints[0], want)
	}
}

func TestSyndicatedOriginalBeforeThePeriod(t *testing.T) {
	text := "Authorities in Pakistan have declined an offer from the outlawed group to resume talks, citing their previous negative experience with dialogue, a media report said on Tuesday."
	orig := article("s1", "2023-05-20", text)
	cp := article("s2", "2023-06-06", "Reprinted. "+text)
	br := Assemble(Input{Meta: report.Meta{Period: report.Period{Label: "2023-W23", Start: "2023-06-05", End: "2023-06-11"}}, Articles: []Article{orig, cp}})
	ids := map[string]bool{}
	for _, s := range br.Sources {
		ids[s.ID] = true
	}
	for _, s := range br.Sources {
		if s.SyndicatedFrom != "" && !ids[s.SyndicatedFrom] {
			t.Errorf("source %s is a copy of %s, which is not in the model's sources", s.ID, s.SyndicatedFrom)
		}
	}
	if !ids["s1"] {
		t.Error("the original of a copy in the period is missing from the sources")
	}
}

func TestEventsMerge(t *testing.T) {
	event := func(src, summary string) Article {
		a := article(src, "2023-06-06", summary)
		a.Facts.Events = []report.Event{{Date: "2023-06-05", Precision: "day", Summary: summary,
			Citations: []report.Citation{{Source: src, Quote: summary}}}}
		return a
	}
	tests := []struct {
		a, b string
		same bool
	}{
		{"The TTP killed 9 soldiers in Bajaur on Monday", "The TTP killed 14 soldiers in Khyber on Monday", false},
		{"The TTP killed 9 soldiers in Bajaur on Monday", "The TTP killed 9 soldiers in Khyber on Monday", false},
		{"The Taliban retook control over Afghanistan", "The Taliban retook control of Afghanistan", true},
		{"Militants attacked a checkpost in Bannu", "Militants attacked a checkpost", true},
	}
	for _, tt := range tests {
		br := Assemble(Input{Articles: []Article{event("s1", tt.a), event("s2", tt.b)}})
		if got := len(br.Events) == 1; got != tt.same {
			t.Errorf("%q and %q: %d events, want merged=%v", tt.a, tt.b, len(br.Events), tt.same)
		}
	}
}

// TestPositionTablesCovered: the matrix's weights and the key points'
// leanings have every position.
func TestPositionTablesCovered(t *testing.T) {
	for _, p := range report.Positions {
		if _, ok := positionWeight[p]; !ok {
			t.Errorf("positionWeight has no %q", p)
		}
		if _, ok := leaning[p]; !ok {
			t.Errorf("leaning has no %q", p)
		}
	}
}

// TestAssembleRelinksSplitFigures: through Assemble, an event linked to a
// number one article gives twice, with different credits, names the
// figure quoting its own sentence, and every figure an event names is in
// the brief.
func TestAssembleRelinksSplitFigures(t *testing.T) {
	governor := "The regional governor said 20 people had been killed."
	raid := "A raid on Pelton in March killed 20 people."
	a := article("s1", "2024-03-04", governor+" "+raid)
	a.Facts.Figures = []report.Figure{creditedFigure("s1", "regional governor", governor), creditedFigure("s1", "", raid)}
	a.Facts.Events = []report.Event{{Date: "2024-03-01", Summary: "A raid on Pelton killed 20 people",
		Figures: []string{report.FigureID(a.Facts.Figures[0])}, Citations: []report.Citation{{Source: "s1", Quote: raid}}}}
	br := Assemble(Input{Articles: []Article{a}})
	byID := map[string]report.Figure{}
	for _, f := range br.Figures {
		byID[f.ID] = f
	}
	if len(br.Events) != 1 || len(br.Events[0].Figures) != 1 {
		t.Fatalf("events = %+v, want one naming one figure", br.Events)
	}
	f, ok := byID[br.Events[0].Figures[0]]
	if !ok || f.AttributedTo != "" || f.Citations[0].Quote != raid {
		t.Errorf("the raid names %q (%+v), want the raid sentence's own figure among %+v", br.Events[0].Figures, f, br.Figures)
	}
}
