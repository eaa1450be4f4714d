package assemble

import "brief/report"

// Derive completes a model that carries facts but not what is computed
// from them — a model read from JSON that another tool wrote, or one an
// analyst edited. It fills, where empty: the sections (all kinds, default
// titles), the actors and issues (from the facts), a title for each
// section and a label for each issue that lacks one, the stance matrix, the
// figure groups and the key points. With no context before the period,
// no matrix cell is marked changed.
func Derive(b *report.Brief) {
	if len(b.Sections) == 0 {
		b.Sections = report.DefaultSections()
	}
	if len(b.Actors) == 0 {
		b.Actors = actorsOf(b)
	}
	if len(b.Issues) == 0 {
		b.Issues = issuesOf(b)
	}
	report.FillDefaults(b.Sections, b.Issues)
	if b.Meta.Title == "" {
		b.Meta.Title = report.DefaultTitle
	}
	if len(b.Matrix) == 0 {
		b.Matrix = buildMatrix(nil, b.Stances, false)
	}
	if len(b.FigureGroups) == 0 {
		b.FigureGroups = GroupFigures(b.Figures)
	}
	if len(b.KeyPoints) == 0 {
		news := report.PeriodNews(b)
		if len(news) == 0 && len(b.Figures)+len(b.Events)+len(b.Stances) > 0 {
			// The model's period does not match its sources' dates:
			// describe the sources it has.
			news = b.Sources
		}
		b.KeyPoints = KeyPoints(b, news)
	}
	fillEmpty(b)
}

// actorsOf lists the actors the facts name, in order of first mention.
func actorsOf(b *report.Brief) []report.Actor {
	var names []string
	for _, s := range b.Stances {
		names = union(names, []string{s.Actor})
	}
	for _, e := range b.Events {
		names = union(names, e.Actors)
	}
	out := make([]report.Actor, len(names))
	for i, n := range names {
		out[i] = report.Actor{Name: n}
	}
	return out
}

// issuesOf lists the issues the stances name, in order of first mention.
func issuesOf(b *report.Brief) []report.Issue {
	var ids []string
	for _, s := range b.Stances {
		ids = union(ids, []string{s.Issue})
	}
	out := make([]report.Issue, len(ids))
	for i, id := range ids {
		out[i] = report.Issue{ID: id, Label: id}
	}
	return out
}
