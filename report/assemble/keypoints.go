package assemble

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"brief/report"
)

// maxListed is how many items a key point names before "and N more".
const maxListed = 4

// keyPoints writes the brief's opening lines from its facts: what it
// rests on, then judgements rather than counts — the positions that are
// new or reversed in the period (before → after), where actors disagree,
// the period's new and conflicting figures, and its main events. news
// are the sources published in the period; the others are background and
// are not counted as the period's.
func KeyPoints(b *report.Brief, news []report.Source) []string {
	if len(news) == 0 {
		return []string{fmt.Sprintf("No new reporting in this period (%s).", periodText(b.Meta.Period))}
	}
	points := []string{coverage(news, len(b.Sources)-len(news))}
	inPeriod := map[string]bool{}
	for _, s := range news {
		inPeriod[s.ID] = true
	}
	for _, p := range []string{reversalsPoint(b), newPositionsPoint(b), disagreementPoint(b),
		figuresPoint(b, inPeriod), conflictsPoint(b), eventsPoint(b, inPeriod)} {
		if p != "" {
			points = append(points, p)
		}
	}
	return points
}

func periodText(p report.Period) string {
	var span string
	switch {
	case p.Start == "" && p.End == "":
		return "whole corpus"
	case p.Start == "":
		span = "up to " + report.FormatDate(p.End, report.Day)
	case p.End == "":
		span = "from " + report.FormatDate(p.Start, report.Day)
	default:
		span = report.FormatDate(p.Start, report.Day) + " to " + report.FormatDate(p.End, report.Day)
	}
	if p.Label == "" || strings.Contains(p.Label, " to ") || strings.HasPrefix(p.Label, "until") || strings.HasPrefix(p.Label, "since") {
		return span
	}
	return p.Label + ", " + span
}

// coverage says how many articles and outlets the brief rests on, over
// which dates, and how many earlier articles are context.
func coverage(news []report.Source, context int) string {
	outlets := map[string]bool{}
	var dates []string
	copies := 0
	for _, s := range news {
		if s.Outlet != "" {
			outlets[s.Outlet] = true
		}
		if s.Published != "" {
			dates = append(dates, s.Published)
		}
		if s.SyndicatedFrom != "" {
			copies++
		}
	}
	slices.SortFunc(dates, report.DateOrder{}.Compare)
	s := fmt.Sprintf("This brief rests on %s from %s", plural(len(news), "article"), plural(len(outlets), "named outlet"))
	if len(dates) > 0 {
		first, last := dates[0], dates[len(dates)-1]
		if first == last {
			s += ", published " + report.FormatDate(first, "")
		} else {
			s += fmt.Sprintf(", published %s to %s", report.FormatDate(first, ""), report.FormatDate(last, ""))
		}
	}
	if n := len(news) - len(dates); n > 0 {
		s += fmt.Sprintf(" (%d undated)", n)
	}
	switch {
	case copies == 1:
		s += "; 1 article is a syndicated copy of another's story and is not counted as independent"
	case copies > 1:
		s += fmt.Sprintf("; %d articles are syndicated copies of others' stories and are not counted as independent", copies)
	}
	if context > 0 {
		verb := "give"
		if context == 1 {
			verb = "gives"
		}
		s += fmt.Sprintf("; %s %s the positions held before the period", plural(context, "earlier article"), verb)
	}
	return s + "."
}

// reversalsPoint names the positions that changed within the period,
// before → after.
func reversalsPoint(b *report.Brief) string {
	var items []string
	for _, c := range b.Matrix {
		if c.Changed && c.Previous != "" {
			is := report.IssueByID(b.Issues, c.Issue)
			items = append(items, fmt.Sprintf("%s on %s: %s → %s", c.Actor, report.IssueLabel(b.Issues, c.Issue),
				report.PositionWord(is, c.Previous), report.PositionWord(is, c.Position)))
		}
	}
	if len(items) == 0 {
		return ""
	}
	return "Reversed in the period: " + listed(items) + "."
}

// newPositionsPoint names the positions first stated in the period.
func newPositionsPoint(b *report.Brief) string {
	var items []string
	for _, c := range b.Matrix {
		if c.Changed && c.Previous == "" {
			items = append(items, fmt.Sprintf("%s (%s) on %s", c.Actor, report.PositionWord(report.IssueByID(b.Issues, c.Issue), c.Position),
				report.IssueLabel(b.Issues, c.Issue)))
		}
	}
	if len(items) == 0 {
		return ""
	}
	return "New positions: " + listed(items) + "."
}

// leaning sorts positions into for (+1) and against (−1) an issue; a
// conditional acceptance leans neither way.
var leaning = map[report.Position]int{report.Support: 1, report.Propose: 1, report.Demand: 1, report.Oppose: -1, report.Deny: -1,
	report.Conditional: 0}

// disagreementPoint names the issues on which actors' latest positions
// point opposite ways, the issues where a brief's reader most needs to
// see who stands where.
func disagreementPoint(b *report.Brief) string {
	type sides struct{ pro, con []sideWord }
	byIssue := map[string]*sides{}
	var order []string
	for _, c := range b.Matrix {
		l := leaning[c.Position]
		if l == 0 {
			continue
		}
		sd := byIssue[c.Issue]
		if sd == nil {
			sd = &sides{}
			byIssue[c.Issue] = sd
			order = append(order, c.Issue)
		}
		w := sideWord{c.Actor, report.PositionWord(report.IssueByID(b.Issues, c.Issue), c.Position)}
		if l > 0 {
			sd.pro = append(sd.pro, w)
		} else {
			sd.con = append(sd.con, w)
		}
	}
	var items []string
	for _, id := range order {
		if sd := byIssue[id]; len(sd.pro) > 0 && len(sd.con) > 0 {
			items = append(items, fmt.Sprintf("%s: %s vs %s", report.IssueLabel(b.Issues, id), side(sd.pro), side(sd.con)))
		}
	}
	if len(items) == 0 {
		return ""
	}
	return "At odds — " + listed(items) + "."
}

// sideWord is one actor's position on one side of a disagreement.
type sideWord struct{ actor, word string }

// side writes one side of a disagreement, actors of the same position
// together: "Pakistan, United Nations (says so)".
func side(ws []sideWord) string {
	var order []string
	byWord := map[string][]string{}
	for _, w := range ws {
		if _, ok := byWord[w.word]; !ok {
			order = append(order, w.word)
		}
		byWord[w.word] = append(byWord[w.word], w.actor)
	}
	var parts []string
	for _, w := range order {
		parts = append(parts, strings.Join(byWord[w], ", ")+" ("+w+")")
	}
	return strings.Join(parts, ", ")
}

// figuresPoint names the largest figures the period's own articles
// report, each with who reported it; figures only earlier articles give
// are background and are left out.
func figuresPoint(b *report.Brief, inPeriod map[string]bool) string {
	rank := map[report.FigureKind]int{report.Killed: 0, report.Injured: 1, report.Displaced: 2, report.Abducted: 3, report.Arrested: 4, report.Released: 5}
	order := func(x, y **report.Figure) int {
		rx, okx := rank[(*x).What]
		ry, oky := rank[(*y).What]
		switch {
		case okx && !oky:
			return -1
		case !okx && oky:
			return 1
		case rx != ry:
			return rx - ry
		}
		return cmp.Compare((*y).High, (*x).High)
	}
	// The first six of the period's figures in that order, as a stable
	// sort of them all would give, picked in one pass: three to name, and
	// room for a number several sources give, named once with each credit
	// ("20 killed (Hamas; Israel)").
	var top []*report.Figure
	n := 0
	for i := range b.Figures {
		f := &b.Figures[i]
		if slices.ContainsFunc(f.Citations, func(c report.Citation) bool { return inPeriod[c.Source] }) {
			n++
			top = insertTop(top, f, 6, order)
		}
	}
	if n == 0 {
		return ""
	}
	// A count (report.FigureKey) some source gives is one item, naming
	// each source once however worded ("the army", "army"); the count on
	// an article's own authority beside it is left out of the point (the
	// figures section lists it), for "20 killed; 20 killed (Hamas)" reads
	// as one toll twice.
	countOf := func(f *report.Figure) string {
		g := *f
		g.AttributedTo = ""
		return report.FigureKey(g)
	}
	credited := map[string]bool{}
	for _, f := range top {
		if f.AttributedTo != "" {
			credited[countOf(f)] = true
		}
	}
	// An item's count, its line without its credit, and its credits.
	var (
		items, counts, bare []string
		credits             [][]string
		names               creditNames
	)
	for _, f := range top {
		count := countOf(f)
		if f.AttributedTo == "" && credited[count] {
			continue
		}
		if k := slices.Index(counts, count); k >= 0 && f.AttributedTo != "" {
			if !slices.ContainsFunc(credits[k], func(c string) bool { return names.same(c, f.AttributedTo) }) {
				credits[k] = append(credits[k], f.AttributedTo)
				items[k] = bare[k] + " (" + strings.Join(credits[k], "; ") + ")"
			}
			continue
		}
		if len(items) == 3 {
			continue
		}
		g := *f
		g.AttributedTo = ""
		items, counts = append(items, report.FigureLine(*f)), append(counts, count)
		bare, credits = append(bare, report.FigureLine(g)), append(credits, []string{f.AttributedTo})
	}
	s := "Figures reported in the period: " + strings.Join(items, "; ")
	if n > 3 {
		s += fmt.Sprintf("; %s in all", plural(n, "figure"))
	}
	return s + "."
}

// conflictsPoint names the groups of figures whose numbers disagree.
func conflictsPoint(b *report.Brief) string {
	byID := make(map[string]*report.Figure, len(b.Figures))
	for i := range b.Figures {
		byID[b.Figures[i].ID] = &b.Figures[i]
	}
	var items []string
	for _, g := range b.FigureGroups {
		if !g.Conflict {
			continue
		}
		var values []string
		for _, id := range g.Figures {
			// A value two sources give is one side of the conflict.
			if v := report.FormatValue(figureOf(byID, id)); !slices.Contains(values, v) {
				values = append(values, v)
			}
		}
		if len(values) > maxListed {
			values = append(values[:maxListed], fmt.Sprintf("%d more", len(values)-maxListed))
		}
		items = append(items, fmt.Sprintf("%s %s: %s", g.What, g.Who, strings.Join(values, " vs ")))
	}
	if len(items) == 0 {
		return ""
	}
	return "Figures in conflict: " + listed(items) + "."
}

// eventsPoint names the period's main events, latest first: those its
// own articles report, preferring the ones with figures.
func eventsPoint(b *report.Brief, inPeriod map[string]bool) string {
	dates := report.DateOrder{}
	// The main events are the first three of the period's events in this
	// order, those with figures first, then the newest, then the first
	// listed: picked in one pass rather than by sorting them all.
	order := func(x, y *report.Event) int {
		if (len(x.Figures) > 0) != (len(y.Figures) > 0) {
			if len(x.Figures) > 0 {
				return -1
			}
			return 1
		}
		return dates.Compare(y.Date, x.Date)
	}
	within := map[string]bool{} // report.WithinPeriod of each date, worked out once
	withinPeriod := func(date string) bool {
		w, ok := within[date]
		if !ok {
			w = report.WithinPeriod(date, b.Meta.Period)
			within[date] = w
		}
		return w
	}
	var main []report.Event
	n := 0 // the period's events
	for k := range b.Events {
		e := &b.Events[k]
		if !slices.ContainsFunc(e.Citations, func(c report.Citation) bool { return inPeriod[c.Source] }) || !withinPeriod(e.Date) {
			continue
		}
		n++
		main = insertTop(main, *e, 3, order)
	}
	if n == 0 {
		return ""
	}
	slices.SortStableFunc(main, func(x, y report.Event) int { return dates.Compare(y.Date, x.Date) })
	var items []string
	for _, e := range main {
		item := report.FormatDate(e.Date, e.Precision) + ": " + strings.TrimSuffix(e.Summary, ".")
		var figs []string
		for _, id := range e.Figures {
			for _, f := range b.Figures {
				if f.ID == id {
					figs = append(figs, report.FigureLine(f))
				}
			}
		}
		if len(figs) > 0 {
			item += " — " + strings.Join(figs, "; ")
		}
		items = append(items, item)
	}
	s := "Main events: " + strings.Join(items, "; ")
	if n > len(main) {
		s += fmt.Sprintf("; %s in the timeline", plural(n, "event"))
	}
	return s + "."
}

// insertTop adds e to top, which holds at most k items in order, when e
// is among the first k: after every item that order does not put after
// it, as a stable sort of the items in the order they come would.
func insertTop[T any](top []T, e T, k int, order func(x, y *T) int) []T {
	at := len(top)
	for at > 0 && order(&top[at-1], &e) > 0 {
		at--
	}
	if at >= k {
		return top
	}
	if len(top) < k {
		top = append(top, e)
	}
	copy(top[at+1:], top[at:len(top)-1])
	top[at] = e
	return top
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// listed joins up to maxListed items and says how many more there are.
func listed(items []string) string {
	if len(items) <= maxListed {
		return strings.Join(items, "; ")
	}
	return strings.Join(items[:maxListed], "; ") + fmt.Sprintf("; and %d more", len(items)-maxListed)
}
