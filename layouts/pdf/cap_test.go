package pdf

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"brief/report"
)

// TestSignificantEvents checks the order in which a capped timeline
// chooses events — linked casualty figures, then the most sources, then
// the newest — and that it prints them in the order it was given.
func TestSignificantEvents(t *testing.T) {
	cites := func(ids ...string) []report.Citation {
		var out []report.Citation
		for _, id := range ids {
			out = append(out, report.Citation{Source: id, Quote: "q"})
		}
		return out
	}
	events := []report.Event{
		{ID: "old-one-source", Date: "2023-01-01", Citations: cites("a")},
		{ID: "casualties", Date: "2023-02-01", Citations: cites("a"), Figures: []string{"killed"}},
		{ID: "displaced-only", Date: "2023-03-01", Citations: cites("a"), Figures: []string{"displaced"}},
		{ID: "three-sources", Date: "2023-04-01", Citations: cites("a", "b", "c")},
		{ID: "same-source-thrice", Date: "2023-05-01", Citations: cites("a", "a", "a")},
		{ID: "two-sources", Date: "2023-06-01", Citations: cites("a", "b")},
		{ID: "newest", Date: "2023-07-01", Citations: cites("b")},
	}
	b := &report.Brief{Figures: []report.Figure{
		{ID: "killed", What: report.Killed},
		{ID: "displaced", What: report.Displaced},
	}}
	for _, tc := range []struct {
		limit int
		want  []string
	}{
		{1, []string{"casualties"}},
		{2, []string{"casualties", "three-sources"}},
		{3, []string{"casualties", "three-sources", "two-sources"}},
		// Then the newest of the events with one source.
		{4, []string{"casualties", "three-sources", "two-sources", "newest"}},
		{5, []string{"casualties", "three-sources", "same-source-thrice", "two-sources", "newest"}},
		{7, []string{"old-one-source", "casualties", "displaced-only", "three-sources", "same-source-thrice", "two-sources", "newest"}},
	} {
		t.Run(strconv.Itoa(tc.limit), func(t *testing.T) {
			p := &printer{b: b}
			p.figureByID = map[string]*report.Figure{"killed": &b.Figures[0], "displaced": &b.Figures[1]}
			var in []*report.Event
			for i := range events {
				in = append(in, &events[i])
			}
			var got []string
			for _, e := range p.significantEvents(in, tc.limit) {
				got = append(got, e.ID)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("limit %d: got %v, want %v", tc.limit, got, tc.want)
			}
		})
	}
}

// TestSignificantFigures checks that a capped figures table keeps the
// conflicting group's figures first, its extremes before the others,
// then casualties, and drops a group
// none of whose figures is chosen.
func TestSignificantFigures(t *testing.T) {
	fig := func(id string, what report.FigureKind, n ...float64) *report.Figure {
		f := &report.Figure{ID: id, What: what, Citations: []report.Citation{{Source: "a", Quote: "q"}}}
		if len(n) > 0 {
			f.Low, f.High = n[0], n[0]
		}
		return f
	}
	groups := []figureGroup{
		{g: &report.FigureGroup{What: report.Displaced}, figures: []*report.Figure{fig("d1", report.Displaced), fig("d2", report.Displaced), fig("d3", report.Displaced)}},
		{g: &report.FigureGroup{What: report.Arrested, Conflict: true}, figures: []*report.Figure{
			fig("a1", report.Arrested, 50), fig("a2", report.Arrested, 10), fig("a3", report.Arrested, 90)}},
		{figures: []*report.Figure{fig("k1", report.Killed), fig("o1", report.OtherFigure)}},
	}
	for _, tc := range []struct {
		limit int
		want  string
	}{
		// The conflicting group's lowest and highest come first.
		{1, "arrested(a2 of 3)"},
		{2, "arrested(a2 a3 of 3)"},
		{4, "arrested(a1 a2 a3) none(k1 of 2)"},
		{5, "displaced(d1 of 3) arrested(a1 a2 a3) none(k1 of 2)"},
		{8, "displaced(d1 d2 d3) arrested(a1 a2 a3) none(k1 o1)"},
	} {
		t.Run(strconv.Itoa(tc.limit), func(t *testing.T) {
			p := &printer{b: &report.Brief{}}
			var got []string
			for _, g := range p.significantFigures(groups, tc.limit) {
				name := "none"
				if g.g != nil {
					name = string(g.g.What)
				}
				var ids []string
				for _, f := range g.figures {
					ids = append(ids, f.ID)
				}
				s := name + "(" + strings.Join(ids, " ")
				if g.total > len(g.figures) {
					s += " of " + strconv.Itoa(g.total)
				}
				got = append(got, s+")")
			}
			if s := strings.Join(got, " "); s != tc.want {
				t.Errorf("limit %d: got %s, want %s", tc.limit, s, tc.want)
			}
		})
	}
}

// TestCappedSections renders a model larger than the caps and checks
// what each section says it left out and where it is.
func TestCappedSections(t *testing.T) {
	if testing.Short() {
		t.Skip("renders a large model")
	}
	for _, tc := range []struct {
		name    string
		maxRows *int
		want    []string
		notWant []string
	}{
		{"default", nil, []string{
			"The 60 most significant of 400 events, in date order: first those with casualty figures",
			"The strip above marks every one.",
			"… and 340 more events in the workbook (sheet Timeline) and the JSON.",
			"The 60 most significant of 300 figures",
			"… and 240 more figures in the workbook (sheet Figures) and the JSON.",
			"of the 200 sources read: those this brief cites and any story they copy",
			"more sources in the workbook (sheet Sources) and the JSON.",
		}, nil},
		{"ten", new(10), []string{
			"The 10 most significant of 400 events",
			"… and 390 more events in the workbook (sheet Timeline) and the JSON.",
			"… and 290 more figures in the workbook (sheet Figures) and the JSON.",
			"of the 200 sources read: those this brief cites and any story they copy",
			"more sources in the workbook (sheet Sources) and the JSON.",
		}, nil},
		{"none", new(0), nil, []string{"most significant", "more events", "more figures", "more sources"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := largeModel(t, 200, 400, 300, 20)
			for i := range b.Sections {
				b.Sections[i].MaxRows = tc.maxRows
			}
			got := fold(text(t, render(t, b, "capped-"+tc.name)))
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("the brief lacks %q", w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(got, w) {
					t.Errorf("the brief says %q", w)
				}
			}
			checkEveryReferenceListed(t, got)
		})
	}
}

// checkEveryReferenceListed checks, in a brief's text, that every endnote
// number cited before the Sources section has its entry in it, and that
// a capped list of references says how many it left out.
func checkEveryReferenceListed(t *testing.T, text string) {
	t.Helper()
	at := strings.LastIndex(text, " Sources ")
	if at < 0 {
		t.Fatal("no Sources section")
	}
	body, notes := text[:at], text[at:]
	listed := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?:^| )(\d+)\. `).FindAllStringSubmatch(notes, -1) {
		listed[m[1]] = true
	}
	refs := regexp.MustCompile(`\[(\d+(?:, \d+)*)( and [\d,]+ more)?\]`).FindAllStringSubmatch(body, -1)
	if len(refs) == 0 {
		t.Fatal("no references in the text")
	}
	for _, m := range refs {
		nums := strings.Split(m[1], ", ")
		if m[2] != "" && len(nums) != maxRefs && len(nums) != maxCellRefs {
			t.Errorf("%q: a list cut short should show %d (or %d in the matrix) numbers", m[0], maxRefs, maxCellRefs)
		}
		for _, n := range nums {
			if !listed[n] {
				t.Errorf("reference %s (in %q) has no entry under Sources", n, m[0])
			}
		}
	}
	if t.Failed() {
		t.Logf("%d entries listed", len(listed))
	}
}
