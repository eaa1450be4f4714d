package report

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"
)

// Facts are what extraction found in one article. Every fact has exactly
// one citation, of that article.
type Facts struct {
	Figures []Figure
	Events  []Event
	Stances []Stance
	Timexes []Timex
}

// Article is a loaded source with the facts extracted from it.
type Article struct {
	Source Source
	Facts  Facts
	// Fingerprint is Fingerprint(Source.Text), computed once with the
	// facts and cached with them; when nil, Assemble computes it.
	Fingerprint []uint64
}

// Input is everything Assemble needs: the document's description, the
// configured domain, every article known up to the period's end, and the
// period itself.
type Input struct {
	Meta     Meta
	Sections []Section
	Actors   []Actor
	Issues   []Issue
	Articles []Article
	// Timexes keeps the date expressions in the model (extract --timexes).
	Timexes bool
}

// Assemble builds the brief for Meta.Period from the articles. Articles
// published in the period are reported on; earlier ones are context for
// the stance matrix (each actor's latest known position as of the period's
// end, and what changed within it). Facts found in several articles become
// one fact with one citation per article.
func Assemble(in Input) *Brief {
	arts := slices.Clone(in.Articles)
	slices.SortStableFunc(arts, func(a, b Article) int { return compareSources(a.Source, b.Source) })
	markSyndicated(arts)

	period := in.Meta.Period
	var inPeriod, context []Article
	for _, a := range arts {
		switch periodOf(a.Source, period) {
		case during:
			inPeriod = append(inPeriod, a)
		case before:
			context = append(context, a)
		}
	}

	b := &Brief{
		Meta:     in.Meta,
		Sections: in.Sections,
		Actors:   in.Actors,
		Issues:   in.Issues,
	}
	b.Figures = mergeFigures(inPeriod)
	b.Events = mergeEvents(inPeriod)
	b.Stances = mergeStances(inPeriod)
	if in.Timexes {
		for _, a := range inPeriod {
			b.Timexes = append(b.Timexes, a.Facts.Timexes...)
		}
	}

	whole := period.Start == "" && period.End == ""
	before := mergeStances(context)
	b.Matrix = buildMatrix(before, b.Stances, !whole)
	// Context stances behind matrix cells join the model so every cell's
	// stance ids resolve.
	b.Stances = withCellStances(b.Stances, before, b.Matrix)
	b.Sources = citedSources(inPeriod, context, b)
	b.FigureGroups = groupFigures(b.Figures)
	b.KeyPoints = keyPoints(b, sourcesOf(inPeriod))
	sortFacts(b)
	newestFirst(b, append(inPeriod, context...))
	b.fillEmpty()
	return b
}

// fillEmpty makes absent lists empty, so that the JSON form has [] rather
// than null where MODEL.md promises a list.
func (b *Brief) fillEmpty() {
	if b.Sources == nil {
		b.Sources = []Source{}
	}
	if b.Figures == nil {
		b.Figures = []Figure{}
	}
	if b.Events == nil {
		b.Events = []Event{}
	}
	if b.Stances == nil {
		b.Stances = []Stance{}
	}
	for i := range b.Events {
		if b.Events[i].Actors == nil {
			b.Events[i].Actors = []string{}
		}
	}
}

type when int

const (
	outside when = iota
	before
	during
)

// periodOf places a source relative to a period. Undated sources belong
// only to the whole corpus; a source dated to a month belongs to a period
// its month overlaps.
func periodOf(s Source, p Period) when {
	if p.Start == "" && p.End == "" {
		return during
	}
	d, err := ParseDate(s.Published)
	if err != nil || d.IsZero() {
		return outside
	}
	start, _ := ParseDate(p.Start)
	end, _ := ParseDate(p.End)
	switch {
	case !start.IsZero() && d.Last().Before(start.First()):
		return before
	case !end.IsZero() && d.First().After(end.Last()):
		return outside
	case !start.IsZero() && d.First().Before(start.First()) && d.Precision() != "day":
		// A month-dated article that straddles the period's start is
		// context, not news: it may predate the period.
		return before
	}
	return during
}

// sourcesOf returns the articles' sources.
func sourcesOf(arts []Article) []Source {
	out := make([]Source, len(arts))
	for i, a := range arts {
		out[i] = a.Source
	}
	return out
}

// compareSources orders sources by publication date, undated last, then path.
func compareSources(a, b Source) int {
	if (a.Published == "") != (b.Published == "") {
		if a.Published == "" {
			return 1
		}
		return -1
	}
	if c := CompareDates(a.Published, b.Published); c != 0 {
		return c
	}
	return strings.Compare(a.Path, b.Path)
}

// FactID derives a stable id for a fact from its kind letter and the parts
// that make it that fact, never from run order.
func FactID(kind string, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return kind + hex.EncodeToString(h.Sum(nil))[:10]
}

// SourceID derives a source's id from the hex SHA-256 of its content: 64
// bits of it, so that two articles of a corpus of millions do not share one.
func SourceID(hash string) string {
	if len(hash) > 16 {
		hash = hash[:16]
	}
	return "s" + hash
}

// citedSources lists the period's sources and the context sources any
// fact of b cites, ordered by date then path: the endnote order.
func citedSources(inPeriod, context []Article, b *Brief) []Source {
	cited := map[string]bool{}
	for _, cs := range allCitations(b) {
		for _, c := range cs {
			cited[c.Source] = true
		}
	}
	var out []Source
	for _, a := range inPeriod {
		out = append(out, a.Source)
	}
	// A copy's original stays in the list even when none of its facts is
	// cited, so that syndicated_from names a source of the model.
	for _, a := range inPeriod {
		if a.Source.SyndicatedFrom != "" {
			cited[a.Source.SyndicatedFrom] = true
		}
	}
	for _, a := range context {
		if cited[a.Source.ID] {
			out = append(out, a.Source)
		}
	}
	slices.SortStableFunc(out, compareSources)
	return out
}

// newestFirst orders each fact's citations by their source's publication
// date, newest first, so that a fact's first quote is its latest word.
func newestFirst(b *Brief, arts []Article) {
	published := map[string]string{}
	for _, a := range arts {
		published[a.Source.ID] = a.Source.Published
	}
	dates := dateOrder{}
	order := func(cs []Citation) {
		if len(cs) < 2 {
			return
		}
		slices.SortStableFunc(cs, func(x, y Citation) int {
			return -dates.compare(published[x.Source], published[y.Source])
		})
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
func allCitations(b *Brief) [][]Citation {
	var out [][]Citation
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
func sortFacts(b *Brief) {
	dates := dateOrder{}
	kind := func(w string) int { return indexOr(FigureKinds, w) }
	slices.SortStableFunc(b.Figures, func(x, y Figure) int {
		return cmp.Or(cmp.Compare(kind(x.What), kind(y.What)), strings.Compare(x.Who, y.Who),
			cmp.Compare(x.Low, y.Low), cmp.Compare(x.High, y.High), strings.Compare(x.ID, y.ID))
	})
	slices.SortStableFunc(b.Events, func(x, y Event) int {
		return cmp.Or(dates.compare(x.Date, y.Date), strings.Compare(x.ID, y.ID))
	})
	actor := func(a string) int { return indexOr(actorNames(b.Actors), a) }
	issue := func(i string) int { return indexOr(issueIDs(b.Issues), i) }
	slices.SortStableFunc(b.Stances, func(x, y Stance) int {
		return cmp.Or(cmp.Compare(actor(x.Actor), actor(y.Actor)), cmp.Compare(issue(x.Issue), issue(y.Issue)),
			dates.compare(x.Date, y.Date), strings.Compare(x.ID, y.ID))
	})
}

// dateOrder is CompareDates with each distinct date parsed once: sorting
// tens of thousands of facts compares the same few hundred dates over and
// over.
type dateOrder map[string]parsedDate

type parsedDate struct {
	zero  bool
	first time.Time
}

func (o dateOrder) parse(s string) parsedDate {
	p, ok := o[s]
	if !ok {
		d, _ := ParseDate(s)
		p = parsedDate{zero: d.IsZero(), first: d.First()}
		o[s] = p
	}
	return p
}

// compare orders two model dates as CompareDates does.
func (o dateOrder) compare(a, b string) int {
	da, db := o.parse(a), o.parse(b)
	if da.zero || db.zero {
		return boolCmp(!da.zero, !db.zero)
	}
	if c := da.first.Compare(db.first); c != 0 {
		return c
	}
	return cmp.Compare(len(a), len(b))
}

// indexOr returns the index of s in list, or len(list) when absent.
func indexOr(list []string, s string) int {
	if i := slices.Index(list, s); i >= 0 {
		return i
	}
	return len(list)
}

func actorNames(as []Actor) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Name
	}
	return out
}

func issueIDs(is []Issue) []string {
	out := make([]string, len(is))
	for i, x := range is {
		out[i] = x.ID
	}
	return out
}
