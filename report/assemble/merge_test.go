package assemble

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"brief/report"
)

// creditedFigure is a count of 20 killed, credited to by, that article
// source states in the sentence quote.
func creditedFigure(source, by, quote string) report.Figure {
	return report.Figure{Text: "20", Low: 20, High: 20, What: report.Killed, Who: "people", AttributedTo: by,
		Citations: []report.Citation{{Source: source, Quote: quote}}}
}

// TestMergeFiguresCredits: one article's figures of one count stay apart
// when their credits differ (another source, or a credit and none); the
// same source however named, or no credit twice, is one figure; across
// articles a figure joins the one that names its source, else the first.
// Each figure is written "credit|value" and cites "source:quote".
func TestMergeFiguresCredits(t *testing.T) {
	type fig struct{ source, by, quote string }
	cases := []struct {
		name     string
		articles [][]fig // one list per article, s1, s2 …
		want     []string
	}{
		{"two sources of one toll in one article",
			[][]fig{{{"s1", "Hamas", "Hamas said 20 people were killed in the strike on Norvale."},
				{"s1", "Israel", "Israel also put the toll at 20 in a statement on Tuesday."}}},
			[]string{"Hamas|s1:Hamas said 20", "Israel|s1:Israel also put"}},
		{"one source named twice",
			[][]fig{{{"s1", "the Health Ministry", "The Health Ministry said 20 people were killed overnight."},
				{"s1", "ministry", "The ministry repeated that 20 had died."}}},
			[]string{"the Health Ministry|s1:The Health Ministry said"}},
		{"a person by full name and by surname",
			[][]fig{{{"s1", "Lena Ostrova", "Lena Ostrova said 20 people were killed."},
				{"s1", "Ostrova", "Ostrova told reporters the toll of 20 would rise."}}},
			[]string{"Lena Ostrova|s1:Lena Ostrova said"}},
		{"the story's own count and a credited one",
			[][]fig{{{"s1", "", "At least 20 people were killed in shelling on Harnford on Monday."},
				{"s1", "regional governor", "The regional governor said 20 people had been killed."}}},
			[]string{"|s1:At least 20", "regional governor|s1:The regional governor"}},
		{"a credited count, then the same number of another raid",
			[][]fig{{{"s1", "aid groups", "Aid groups say 20 people were killed in the raid."},
				{"s1", "", "A similar raid in March killed 20 people."}}},
			[]string{"aid groups|s1:Aid groups say", "|s1:A similar raid"}},
		{"the story's own count twice",
			[][]fig{{{"s1", "", "Shelling killed 20 people on Monday."},
				{"s1", "", "The 20 people killed were all farmers."}}},
			[]string{"|s1:Shelling killed"}},
		{"two articles, each with one source, of one strike: side by side",
			[][]fig{{{"s1", "Hamas", "Hamas said 20 people were killed in Norvale."}},
				{{"s2", "Israel", "Israel said 20 people were killed in Norvale."}}},
			[]string{"Hamas|s1:Hamas said", "Israel|s2:Israel said"}},
		{"a second article joins the figure that names its source",
			[][]fig{{{"s1", "Hamas", "Hamas said 20 people were killed."},
				{"s1", "Israeli military", "The Israeli military put the toll in Norvale at 20."}},
				{{"s2", "military", "The military said 20 people were killed in Norvale."}}},
			[]string{"Hamas|s1:Hamas said", "Israeli military|s1:The Israeli|s2:The military"}},
		{"another article's credit does not fill an uncredited count",
			[][]fig{{{"s1", "", "Shelling killed 20 people in Norvale on Monday."}},
				{{"s2", "police", "Police said 20 people were killed in Norvale."}}},
			[]string{"|s1:Shelling killed", "police|s2:Police said"}},
		{"an earlier article's source, then an article with three figures of the count",
			[][]fig{{{"s1", "army", "The army said 20 people were killed near Telmar."}},
				{{"s2", "Health Ministry", "An airstrike on Telmar killed 20 people, the Health Ministry said."},
					{"s2", "army", "The army said 20 people were killed near Telmar in the strike."},
					{"s2", "", "In January, an ambush near Dovra killed 20 people."}}},
			[]string{"army|s1:The army|s2:The army", "Health Ministry|s2:An airstrike", "|s2:In January,"}},
		{"a later article's credit does not fill a count kept apart on the story's own authority",
			[][]fig{{{"s1", "", "A raid last year killed 20 people in Dovra."},
				{"s1", "Hamas", "Hamas said 20 people were killed."},
				{"s1", "Israel", "Israel also put the toll at 20."}},
				{{"s2", "UN", "The UN said 20 people were killed."}}},
			[]string{"|s1:A raid", "Hamas|s1:Hamas said", "Israel|s1:Israel also", "UN|s2:The UN"}},
		{"three sources in one article, each kept",
			[][]fig{{{"s1", "residents", "Residents said 20 people were killed."},
				{"s1", "army", "The army said 20 people were killed."},
				{"s1", "rebels", "The rebels also gave 20."},
				{"s1", "army", "The army later repeated the toll of 20."}}},
			[]string{"residents|s1:Residents said", "army|s1:The army said", "rebels|s1:The rebels also"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var arts []Article
			for k, figs := range c.articles {
				a := Article{Source: report.Source{ID: fmt.Sprintf("s%d", k+1), Published: "2024-03-0" + fmt.Sprint(k+1)}}
				for _, f := range figs {
					a.Facts.Figures = append(a.Facts.Figures, creditedFigure(f.source, f.by, f.quote))
				}
				arts = append(arts, a)
			}
			got, _ := mergeFigures(arts)
			var lines []string
			ids := map[string]bool{}
			for _, f := range got {
				line := f.AttributedTo
				for _, ct := range f.Citations {
					line += "|" + ct.Source + ":" + ct.Quote
				}
				lines = append(lines, line)
				if ids[f.ID] {
					t.Errorf("two figures share the id %s", f.ID)
				}
				ids[f.ID] = true
			}
			if !slices.Equal(trimQuotes(lines), trimQuotes(c.want)) {
				t.Errorf("figures:\n got %q\nwant %q", lines, c.want)
			}
			// A count's one figure keeps the id events link to; a count's
			// several figures have ids of their own.
			if len(got) == 1 && got[0].ID != report.FigureID(got[0]) {
				t.Errorf("the figure's id %s is not report.FigureID's %s", got[0].ID, report.FigureID(got[0]))
			}
			if len(got) > 1 && got[0].ID == report.FigureID(got[0]) {
				t.Errorf("a figure of a count that has several keeps the count's id %s", got[0].ID)
			}
		})
	}
}

// trimQuotes cuts each citation of "credit|source:quote|…" to the quote's
// first two words, so that a case names its quotes by their opening.
func trimQuotes(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		parts := strings.Split(l, "|")
		for k := 1; k < len(parts); k++ {
			src, quote, _ := strings.Cut(parts[k], ":")
			words := strings.Fields(quote)
			parts[k] = src + ":" + strings.Join(words[:min(2, len(words))], " ")
		}
		out[i] = strings.Join(parts, "|")
	}
	return out
}

// TestRelinkFigures: an event linked to a number that one article gives
// twice, with different credits, names the figure that quotes its own
// sentence; a link no figure of the number quotes stays.
func TestRelinkFigures(t *testing.T) {
	lead := "At least 20 people were killed in shelling on Harnford on Monday."
	raid := "A raid on Pelton in March killed 20 people."
	governor := "The regional governor said 20 people had been killed."
	arts := []Article{{Source: report.Source{ID: "s1", Published: "2024-03-04"}, Facts: report.Facts{Figures: []report.Figure{
		creditedFigure("s1", "regional governor", governor),
		creditedFigure("s1", "", raid),
	}}}}
	figs, others := mergeFigures(arts)
	if len(figs) != 2 {
		t.Fatalf("figures = %+v, want two", figs)
	}
	countID := report.FigureID(figs[0]) // what the extractor links
	cases := []struct {
		name, quote string
		want        []string
	}{
		{"the governor's sentence", governor, []string{figs[0].ID}},
		{"the raid's sentence", raid, []string{figs[1].ID}},
		{"a sentence no figure quotes", lead, []string{figs[0].ID}},
	}
	for _, c := range cases {
		events := []report.Event{{Summary: c.quote, Figures: []string{countID, "fother"},
			Citations: []report.Citation{{Source: "s1", Quote: c.quote}}}}
		relinkFigures(events, figs, others)
		if want := append(c.want, "fother"); !slices.Equal(events[0].Figures, want) {
			t.Errorf("%s: figures %q, want %q", c.name, events[0].Figures, want)
		}
	}
}

// TestSplitFigureIDsStable: a figure of a number other sources give
// too keeps its id when an article dated earlier joins the corpus, so
// that a review written against the id stays on the same source's
// figure; events still link to the figure quoting their sentence.
func TestSplitFigureIDsStable(t *testing.T) {
	army := "The army said 20 people were killed near Telmar."
	strike := "An airstrike on Telmar killed 20 people, the Health Ministry said."
	armyAgain := "The army said 20 people were killed in the strike."
	earlier := Article{Source: report.Source{ID: "s1", Published: "2024-03-04"}, Facts: report.Facts{Figures: []report.Figure{
		creditedFigure("s1", "army", army)}}}
	later := Article{Source: report.Source{ID: "s2", Published: "2024-03-05"}, Facts: report.Facts{Figures: []report.Figure{
		creditedFigure("s2", "Health Ministry", strike), creditedFigure("s2", "army", armyAgain)}}}
	credits := func(arts ...Article) (map[string]string, []report.Figure) {
		figs, others := mergeFigures(arts)
		byID := map[string]string{}
		for _, f := range figs {
			byID[f.ID] = f.AttributedTo
		}
		events := []report.Event{{Summary: strike, Figures: []string{report.FigureID(figs[0])},
			Citations: []report.Citation{{Source: "s2", Quote: strike}}}}
		relinkFigures(events, figs, others)
		if len(events[0].Figures) != 1 || byID[events[0].Figures[0]] != "Health Ministry" {
			t.Errorf("the airstrike links %q, want the Health Ministry's figure (%v)", events[0].Figures, byID)
		}
		return byID, figs
	}
	first, _ := credits(later)
	second, figs := credits(earlier, later)
	for id, by := range first {
		if got, ok := second[id]; ok && got != by {
			t.Errorf("id %s: credited %q, then %q once an earlier article joined", id, by, got)
		} else if !ok {
			t.Errorf("id %s (%q) is gone once an earlier article joined: %+v", id, by, figs)
		}
	}
}

// TestConflictsPointValueOnce: a value two sources give is one side of a
// conflict, not two.
func TestConflictsPointValueOnce(t *testing.T) {
	b := &report.Brief{Figures: []report.Figure{
		{ID: "f1", Low: 20, High: 20, What: report.Killed, Who: "people", AttributedTo: "Hamas"},
		{ID: "f2", Low: 20, High: 20, What: report.Killed, Who: "people", AttributedTo: "Israel"},
		{ID: "f3", Low: 35, High: 35, What: report.Killed, Who: "people", AttributedTo: "UN"},
	}}
	b.FigureGroups = GroupFigures(b.Figures)
	if got, want := conflictsPoint(b), "Figures in conflict: killed people: 20 vs 35."; got != want {
		t.Errorf("conflictsPoint = %q, want %q", got, want)
	}
}

// TestFiguresPointNamesSourcesOnce: the key point names a count several
// sources give once, with each credit; a count of the same number on the
// story's own authority, or of other people, stays its own item.
func TestFiguresPointNamesSourcesOnce(t *testing.T) {
	fig := func(id string, v float64, who, by string) report.Figure {
		return report.Figure{ID: id, Low: v, High: v, What: report.Killed, Who: who, AttributedTo: by,
			Citations: []report.Citation{{Source: "s1", Quote: "q"}}}
	}
	cases := []struct {
		name string
		figs []report.Figure
		want string
	}{
		{"two sources of one count",
			[]report.Figure{fig("f1", 20, "people", "Hamas"), fig("f2", 20, "people", "Israel"), fig("f3", 5, "people", "UN")},
			"Figures reported in the period: 20 killed (Hamas; Israel); 5 killed (UN)."},
		{"the story's own count beside a source's",
			[]report.Figure{fig("f1", 20, "people", "Hamas"), fig("f2", 20, "people", "")},
			"Figures reported in the period: 20 killed (Hamas)."},
		{"the story's own count first, then two sources",
			[]report.Figure{fig("f1", 20, "people", ""), fig("f2", 20, "people", "Hamas"), fig("f3", 20, "people", "Israel"),
				fig("f4", 5, "people", "UN")},
			"Figures reported in the period: 20 killed (Hamas; Israel); 5 killed (UN); 4 figures in all."},
		{"one source however named",
			[]report.Figure{fig("f1", 20, "people", "the army"), fig("f2", 20, "people", "army"), fig("f3", 20, "people", "Hamas")},
			"Figures reported in the period: 20 killed (the army; Hamas)."},
		{"the story's own count alone",
			[]report.Figure{fig("f1", 20, "people", ""), fig("f2", 5, "people", "")},
			"Figures reported in the period: 20 killed; 5 killed."},
		{"one number, other people",
			[]report.Figure{fig("f1", 20, "soldiers", "army"), fig("f2", 20, "civilians", "UN")},
			"Figures reported in the period: 20 killed (army); 20 killed (UN)."},
		{"a shared count leaves room for a third",
			[]report.Figure{fig("f1", 30, "people", "Hamas"), fig("f2", 30, "people", "Israel"), fig("f3", 20, "people", "UN"),
				fig("f4", 10, "people", "police"), fig("f5", 5, "people", "army")},
			"Figures reported in the period: 30 killed (Hamas; Israel); 20 killed (UN); 10 killed (police); 5 figures in all."},
	}
	for _, c := range cases {
		if got := figuresPoint(&report.Brief{Figures: c.figs}, map[string]bool{"s1": true}); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestMergeFiguresAcrossArticles: another article's report of a count
// (same kind, value, who and period) joins a figure only on evidence
// that both count one happening: linked events of the same days, a name
// both sentences give (but one most articles give), a period, a large
// count; two attacks a week apart, each "5 killed", stay two figures,
// each with its article's credit. Each article is "credit|quote", with
// an event of its date linked to the count when date is set; a figure
// is written "credit|source:quote opening|…".
func TestMergeFiguresAcrossArticles(t *testing.T) {
	type art struct {
		by, quote    string
		date, precis string // the linked event's, or none
	}
	cases := []struct {
		name  string
		value float64
		arts  []art
		want  []string
	}{
		{"two attacks a week apart, each with its day", 5,
			[]art{{"police", "Police said gunmen killed 5 people on Saturday.", "2024-03-02", "day"},
				{"police", "Police said gunmen killed 5 people on Saturday.", "2024-03-09", "day"}},
			[]string{"police|s1:Police said", "police|s2:Police said"}},
		{"one strike, two stories, one day", 20,
			[]art{{"Health Ministry", "The Health Ministry said 20 were killed in Tuesday's strike.", "2024-03-05", "day"},
				{"the ministry", "Tuesday's strike killed 20, the ministry said.", "2024-03-05", "day"}},
			[]string{"Health Ministry|s1:The Health|s2:Tuesday's strike"}},
		{"a day within the other story's week", 20,
			[]art{{"army", "The army said 20 were killed in fighting last week.", "2024-03-04", "week"},
				{"army", "The army said 20 soldiers died on Wednesday.", "2024-03-06", "day"}},
			[]string{"army|s1:The army|s2:The army"}},
		{"two villages, no day", 5,
			[]art{{"police", "Gunmen killed 5 farmers in Yanteba, police said.", "", ""},
				{"police", "Bandits killed 5 people in Dogon Daji, police said.", "", ""}},
			[]string{"police|s1:Gunmen killed", "police|s2:Bandits killed"}},
		{"one village, no day", 5,
			[]art{{"police", "Gunmen killed 5 farmers in Yanteba, police said.", "", ""},
				{"police", "Police said 5 farmers died in the attack on Yanteba.", "", ""}},
			[]string{"police|s1:Gunmen killed|s2:Police said"}},
		{"a large toll needs no other evidence", 1243,
			[]art{{"the ministry", "The ministry said 1,243 people had been killed.", "", ""},
				{"Health Ministry", "The toll stands at 1,243, the Health Ministry said.", "", ""}},
			[]string{"the ministry|s1:The ministry|s2:The toll"}},
		{"a small toll and nothing else is two", 3,
			[]art{{"officials", "Officials said 3 people were killed.", "", ""},
				{"officials", "Three people were killed, officials said.", "", ""}},
			[]string{"officials|s1:Officials said", "officials|s2:Three people"}},
		{"the same day but different credits: side by side", 20,
			[]art{{"Hamas", "Hamas said 20 were killed in the strike.", "2024-03-05", "day"},
				{"Israel", "Israel put the toll of the strike at 20.", "2024-03-05", "day"}},
			[]string{"Hamas|s1:Hamas said", "Israel|s2:Israel put"}},
		{"a story's own toll does not take another's credit", 5,
			[]art{{"", "Gunmen killed 5 farmers in Yanteba on Friday.", "", ""},
				{"police", "Police said 5 farmers were killed in Yanteba.", "", ""}},
			[]string{"|s1:Gunmen killed", "police|s2:Police said"}},
		{"a name every story gives tells nothing", 5,
			[]art{{"police", "Gunmen killed 5 people in Norvale state, police said.", "", ""},
				{"police", "Police said 5 people were killed in Norvale state.", "", ""},
				{"police", "Police said a bomb killed 5 people in Norvale state.", "", ""}},
			[]string{"police|s1:Gunmen killed", "police|s2:Police said", "police|s3:Police said"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var arts []Article
			for k, x := range c.arts {
				src := fmt.Sprintf("s%d", k+1)
				f := creditedFigure(src, x.by, x.quote)
				f.Low, f.High = c.value, c.value
				a := Article{Source: report.Source{ID: src, Published: "2024-03-1" + fmt.Sprint(k)}}
				a.Facts.Figures = []report.Figure{f}
				if x.date != "" {
					a.Facts.Events = []report.Event{{Date: x.date, Precision: report.Precision(x.precis), Summary: x.quote,
						Figures: []string{report.FigureID(f)}, Citations: f.Citations}}
				}
				arts = append(arts, a)
			}
			got, others := mergeFigures(arts)
			var lines []string
			ids := map[string]string{}
			for _, f := range got {
				line := f.AttributedTo
				for _, ct := range f.Citations {
					line += "|" + ct.Source + ":" + ct.Quote
				}
				lines = append(lines, line)
				if _, ok := ids[f.ID]; ok {
					t.Errorf("two figures share the id %s", f.ID)
				}
				ids[f.ID] = f.Citations[0].Source
			}
			if !slices.Equal(trimQuotes(lines), trimQuotes(c.want)) {
				t.Errorf("figures:\n got %q\nwant %q", lines, c.want)
			}
			// Each article's event links a figure that cites its article.
			var events []report.Event
			for _, a := range arts {
				events = append(events, a.Facts.Events...)
			}
			relinkFigures(events, got, others)
			for _, e := range events {
				for _, id := range e.Figures {
					if src, ok := ids[id]; !ok || !slices.ContainsFunc(got, func(f report.Figure) bool {
						return f.ID == id && citesSource(f.Citations, e.Citations[0].Source)
					}) {
						t.Errorf("the event of %s links %s (of %q), no figure of its article", e.Citations[0].Source, id, src)
					}
				}
			}
		})
	}
}

// TestGroupFiguresApart: two figures of one value from two articles sit
// in one group (and read as sources agreeing) only when their sentences
// show one happening; one article's two credits of a value stay one group.
func TestGroupFiguresApart(t *testing.T) {
	fig := func(id, source, by, quote string) report.Figure {
		f := creditedFigure(source, by, quote)
		f.ID, f.Low, f.High = id, 12, 12
		return f
	}
	other := report.Figure{ID: "f9", Low: 30, High: 30, What: report.Killed, Who: "people",
		Citations: []report.Citation{{Source: "s3", Quote: "Raiders killed 30 people in Kafur."}}}
	cases := []struct {
		name    string
		figures []report.Figure
		want    [][]string
	}{
		{"two villages, two stories", []report.Figure{
			fig("f1", "s1", "police", "Twelve people died when gunmen attacked Takum, police said."),
			fig("f2", "s2", "Isa", "Bandits killed 12 villagers in Danmusa, Isa said."), other},
			[][]string{{"f1", "f9"}, {"f2"}}},
		{"two villages, then another value and the second village again", []report.Figure{
			fig("f1", "s1", "police", "Twelve people died when gunmen attacked Takum, police said."),
			fig("f2", "s2", "Isa", "Bandits killed 12 villagers in Danmusa, Isa said."), other,
			fig("f3", "s4", "residents", "Residents said 12 people were buried in Danmusa.")},
			[][]string{{"f1", "f9"}, {"f2", "f3"}}},
		{"one village, two stories", []report.Figure{
			fig("f1", "s1", "police", "Twelve people died when gunmen attacked Takum, police said."),
			fig("f2", "s2", "Isa", "Gunmen killed 12 people in Takum, Isa said."), other},
			[][]string{{"f1", "f2", "f9"}}},
		{"one story, two sources", []report.Figure{
			fig("f1", "s1", "police", "Twelve people died in the attack, police said."),
			fig("f2", "s1", "residents", "Residents counted 12 bodies in Danmusa."), other},
			[][]string{{"f1", "f2", "f9"}}},
	}
	for _, c := range cases {
		var got [][]string
		for _, g := range GroupFigures(c.figures) {
			got = append(got, g.Figures)
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: groups %q, want %q", c.name, got, c.want)
		}
	}
}
