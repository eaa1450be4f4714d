package assemble

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync"

	"brief/report"
)

// Article is a loaded source with the facts extracted from it.
type Article struct {
	Source report.Source
	Facts  report.Facts
	// Fingerprint is Fingerprint(Source.Text), computed once with the
	// facts and cached with them; when nil, Assemble computes it.
	Fingerprint []uint64
}

// Input is everything Assemble needs: the document's description, the
// configured domain, every article known up to the period's end, and the
// period itself.
type Input struct {
	Meta     report.Meta
	Sections []report.Section
	Actors   []report.Actor
	Issues   []report.Issue
	Articles []Article
	// Timexes keeps the date expressions in the model (extract --timexes).
	Timexes bool
	// Review, when set, is applied to the assembled brief before its
	// leads are capped (an analyst's decisions, review.ApplyReview): it
	// finds every lead it decides on, whatever the caps would leave out,
	// and the leads it reads as stances or rejects take no place under
	// them.
	Review func(*report.Brief)
}

// Assemble builds the brief for Meta.Period from the articles. Articles
// published in the period are reported on; earlier ones are context for
// the stance matrix (each actor's latest known position as of the period's
// end, and what changed within it). Facts found in several articles become
// one fact with one citation per article. In.Review, when set, is applied
// next, and then the leads are capped (report.MaxLeads).
func Assemble(in Input) *report.Brief {
	b, _ := AssembleContext(context.Background(), in)
	return b
}

// AssembleContext is Assemble that stops between its steps, returning
// ctx's error, once ctx ends.
func AssembleContext(ctx context.Context, in Input) (*report.Brief, error) {
	arts := sortedArticles(in.Articles)
	markSyndicated(arts)

	period := in.Meta.Period
	var inPeriod, before []Article
	for _, a := range arts {
		switch report.Place(a.Source, period) {
		case report.InPeriod:
			inPeriod = append(inPeriod, a)
		case report.BeforePeriod:
			before = append(before, a)
		case report.OutsidePeriod:
		}
	}

	b := &report.Brief{
		Meta:     in.Meta,
		Sections: in.Sections,
		Actors:   in.Actors,
		Issues:   in.Issues,
	}
	whole := period.Start == "" && period.End == ""
	var contextStances []report.Stance
	var otherFigures map[string][]int
	steps := []func(){
		// The merges read the articles and write one list each: they run
		// at once, events (the longest) beside the rest.
		func() {
			together(
				func() { b.Events = mergeEvents(inPeriod) },
				func() {
					b.Figures, otherFigures = mergeFigures(inPeriod)
					b.Stances = readByRules(mergeStances(inPeriod), inPeriod)
					contextStances = readByRules(mergeStances(before), before)
				},
			)
		},
		func() { relinkFigures(b.Events, b.Figures, otherFigures) },
		func() {
			if in.Timexes {
				for _, a := range inPeriod {
					b.Timexes = append(b.Timexes, a.Facts.Timexes...)
				}
			}
		},
		func() { b.Matrix = buildMatrix(contextStances, b.Stances, !whole) },
		// Context stances behind matrix cells join the model so every
		// cell's stance ids resolve.
		func() { b.Stances = withCellStances(b.Stances, contextStances, b.Matrix) },
		func() { b.Leads = mergeLeads(inPeriod, b) },
		func() { b.Sources = citedSources(inPeriod, before, b) },
		func() { b.FigureGroups = GroupFigures(b.Figures) },
		func() { b.KeyPoints = KeyPoints(b, sourcesOf(inPeriod)) },
		func() { SortFacts(b) },
		func() { newestFirst(b, append(inPeriod, before...)) },
	}
	for _, step := range steps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		step()
	}
	fillEmpty(b)
	if in.Review != nil {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		in.Review(b)
	}
	capLeads(b, inPeriod)
	return b, nil
}

// together runs the functions at once, each on its own goroutine, and
// waits for them all. They must share nothing they write.
func together(fs ...func()) {
	var wg sync.WaitGroup
	for _, f := range fs {
		wg.Go(f)
	}
	wg.Wait()
}

// fillEmpty makes absent lists empty, so that the JSON form has [] rather
// than null where MODEL.md promises a list.
func fillEmpty(b *report.Brief) {
	if b.Sources == nil {
		b.Sources = []report.Source{}
	}
	if b.Figures == nil {
		b.Figures = []report.Figure{}
	}
	if b.Events == nil {
		b.Events = []report.Event{}
	}
	if b.Stances == nil {
		b.Stances = []report.Stance{}
	}
	for i := range b.Events {
		if b.Events[i].Actors == nil {
			b.Events[i].Actors = []string{}
		}
	}
}

// sourcesOf returns the articles' sources.
func sourcesOf(arts []Article) []report.Source {
	out := make([]report.Source, len(arts))
	for i, a := range arts {
		out[i] = a.Source
	}
	return out
}

// compareSourcesBy orders sources by publication date, undated last, then
// path, with dates parsed once in dates.
func compareSourcesBy(dates report.DateOrder, a, b *report.Source) int {
	if (a.Published == "") != (b.Published == "") {
		if a.Published == "" {
			return 1
		}
		return -1
	}
	if c := dates.Compare(a.Published, b.Published); c != 0 {
		return c
	}
	return strings.Compare(a.Path, b.Path)
}

// sortedArticles returns a copy of the articles in compareSourcesBy
// order, as a stable sort leaves them. It sorts their indexes, with each
// publication date parsed once: an Article is large, and a stable sort
// moves each many times.
func sortedArticles(in []Article) []Article {
	dates := report.DateOrder{}
	out := slices.Clone(in)
	sortStable(out, func(a, b *Article) int { return compareSourcesBy(dates, &a.Source, &b.Source) })
	return out
}

// sortStable sorts s as slices.SortStableFunc does (a stable order is
// the only one), but moves each element once: it sorts the elements'
// indexes, for a stable sort of large elements spends its time moving
// them.
func sortStable[T any](s []T, cmp func(a, b *T) int) {
	idx := make([]int, len(s))
	for i := range idx {
		idx[i] = i
	}
	// Equal elements keep their order by their index, the last key: an
	// unstable sort of distinct keys is the stable sort, in O(n log n)
	// (slices.SortStableFunc's merging is O(n log² n)).
	slices.SortFunc(idx, func(i, j int) int {
		if c := cmp(&s[i], &s[j]); c != 0 {
			return c
		}
		return i - j
	})
	sorted := make([]T, len(s))
	for k, i := range idx {
		sorted[k] = s[i]
	}
	copy(s, sorted)
}

// citedSources lists the period's sources and the context sources any
// fact of b cites, ordered by date then path: the endnote order.
func citedSources(inPeriod, context []Article, b *report.Brief) []report.Source {
	cited := map[string]bool{} // asked only of context sources: none for the whole corpus
	if len(context) > 0 {
		for _, cs := range allCitations(b) {
			for _, c := range cs {
				cited[c.Source] = true
			}
		}
	}
	var out []report.Source
	listed := map[string]bool{}
	for _, a := range inPeriod {
		out = append(out, a.Source)
		listed[a.Source.ID] = true
	}
	contextSources := map[string]report.Source{}
	for _, a := range context {
		contextSources[a.Source.ID] = a.Source
		if cited[a.Source.ID] && !listed[a.Source.ID] {
			out = append(out, a.Source)
			listed[a.Source.ID] = true
		}
	}
	// A copy's original stays in the list even when none of its facts is
	// cited, so that syndicated_from names a source of the model: the
	// original of a context source listed too, and an original's own.
	for i := 0; i < len(out); i++ {
		from := out[i].SyndicatedFrom
		if s, ok := contextSources[from]; ok && !listed[from] {
			out = append(out, s)
			listed[from] = true
		}
	}
	dates := report.DateOrder{}
	sortStable(out, func(a, b *report.Source) int { return compareSourcesBy(dates, a, b) })
	return out
}

// newestFirst orders each fact's citations by their source's publication
// date, newest first, so that a fact's first quote is its latest word.
func newestFirst(b *report.Brief, arts []Article) {
	published := map[string]report.DateKey{}
	dates := report.DateOrder{}
	for _, a := range arts {
		published[a.Source.ID] = dates.Key(a.Source.Published)
	}
	type dated struct {
		key report.DateKey
		c   report.Citation
	}
	var scratch []dated
	order := func(cs []report.Citation) {
		if len(cs) < 2 {
			return
		}
		scratch = scratch[:0]
		for _, c := range cs {
			scratch = append(scratch, dated{published[c.Source], c}) // a source not listed: a date that does not parse
		}
		slices.SortStableFunc(scratch, func(x, y dated) int { return -x.key.Compare(y.key) })
		for i := range scratch {
			cs[i] = scratch[i].c
		}
	}
	for i := range b.Figures {
		order(b.Figures[i].Citations)
	}
	for i := range b.Events {
		order(b.Events[i].Citations)
	}
	for i := range b.Stances {
		order(b.Stances[i].Citations)
	}
}

// allCitations returns the citations of every fact of b.
func allCitations(b *report.Brief) [][]report.Citation {
	var out [][]report.Citation
	for _, f := range b.Figures {
		out = append(out, f.Citations)
	}
	for _, e := range b.Events {
		out = append(out, e.Citations)
	}
	for _, s := range b.Stances {
		out = append(out, s.Citations)
	}
	return out
}

// sortFacts puts facts in reading order: figures by kind, who and value;
// events by date; stances by actor and issue in configured order.
func SortFacts(b *report.Brief) {
	// Three lists, each sorted by its own fields: at once.
	together(
		func() {
			kind := func(w report.FigureKind) int { return indexOr(report.FigureKinds, w) }
			sortStable(b.Figures, func(x, y *report.Figure) int {
				return cmp.Or(cmp.Compare(kind(x.What), kind(y.What)), strings.Compare(x.Who, y.Who),
					cmp.Compare(x.Low, y.Low), cmp.Compare(x.High, y.High), strings.Compare(x.ID, y.ID))
			})
		},
		func() { sortEvents(b.Events) },
		func() {
			actor := func(a string) int { return indexOr(actorNames(b.Actors), a) }
			issue := func(i string) int { return indexOr(issueIDs(b.Issues), i) }
			dates := report.DateOrder{}
			slices.SortStableFunc(b.Stances, func(x, y report.Stance) int {
				return cmp.Or(cmp.Compare(actor(x.Actor), actor(y.Actor)), cmp.Compare(issue(x.Issue), issue(y.Issue)),
					dates.Compare(x.Date, y.Date), strings.Compare(x.ID, y.ID))
			})
		},
	)
}

// indexOr returns the index of s in list, or len(list) when absent.
func indexOr[T comparable](list []T, s T) int {
	if i := slices.Index(list, s); i >= 0 {
		return i
	}
	return len(list)
}

func actorNames(as []report.Actor) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Name
	}
	return out
}

func issueIDs(is []report.Issue) []string {
	out := make([]string, len(is))
	for i, x := range is {
		out[i] = x.ID
	}
	return out
}

// sortEvents sorts events by date (as report.CompareDates orders them),
// then id, keeping the order of equals: each date is parsed once, and
// each event's place in the order is worked out once, not at every
// comparison.
func sortEvents(events []report.Event) {
	keys := make([]report.DateKey, len(events))
	dates := report.DateOrder{}
	for i, e := range events {
		keys[i] = dates.Key(e.Date)
	}
	idx := make([]int32, len(events))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(i, j int32) int {
		return cmp.Or(keys[i].Compare(keys[j]), strings.Compare(events[i].ID, events[j].ID), cmp.Compare(i, j))
	})
	sorted := make([]report.Event, len(events))
	for k, i := range idx {
		sorted[k] = events[i]
	}
	copy(events, sorted)
}
