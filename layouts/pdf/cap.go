package pdf

import (
	"cmp"
	"slices"
	"strconv"

	"brief/report"
)

// A brief read by a minister stays a brief: the sections that grow with
// the corpus (the timeline, the figures, the sources, a statement's list
// of sources) print at most a set number of rows, the most significant,
// and say how many they left out and where those are. The workbook and
// the JSON keep every row; the key points and the charts count every one.

// defaultMaxRows is how many rows a timeline, figures or sources section
// prints when its configuration does not say (Section.MaxRows).
const defaultMaxRows = 60

// maxRefs is how many endnote numbers one list of references prints
// before it ends with the count of the others ("and 2,516 more").
const maxRefs = 6

// maxCellRefs is how many a cell of the stance matrix prints.
const maxCellRefs = 3

// The workbook's sheets that hold what the PDF leaves out (layouts/xlsx
// names them; this package depends on the model only).
const (
	sheetTimeline = "Timeline"
	sheetFigures  = "Figures"
	sheetSources  = "Sources"
	sheetEvidence = "Evidence"
)

// rowLimit is the most rows section s prints, or -1 for no limit.
func rowLimit(s report.Section) int {
	switch {
	case s.MaxRows == nil:
		return defaultMaxRows
	case *s.MaxRows <= 0:
		return -1
	}
	return *s.MaxRows
}

// capped reports whether n rows exceed limit.
func capped(n, limit int) bool { return limit >= 0 && n > limit }

// count writes n with thousands separators and the noun, singular or
// plural: "1 event", "85,867 events".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return formatNumber(float64(n)) + " " + many
}

// distinctSources is how many different sources cite a fact.
func distinctSources(cites []report.Citation) int {
	if len(cites) > 16 {
		seen := make(map[string]bool, len(cites))
		for _, c := range cites {
			seen[c.Source] = true
		}
		return len(seen)
	}
	n := 0
	for i, c := range cites {
		if !slices.ContainsFunc(cites[:i], func(d report.Citation) bool { return d.Source == c.Source }) {
			n++
		}
	}
	return n
}

// first orders true before false.
func first(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}

// casualty reports whether a figure counts the dead or the wounded.
func casualty(f *report.Figure) bool {
	return f != nil && (f.What == report.Killed || f.What == report.Injured)
}

// dateRanks numbers the distinct dates given in the order
// report.CompareDates puts them, equal dates alike, so that sorting tens
// of thousands of facts compares integers, not dates.
func dateRanks(dates []string) map[string]int {
	ranks := make(map[string]int)
	var distinct []string
	for _, d := range dates {
		if _, ok := ranks[d]; !ok {
			ranks[d] = 0
			distinct = append(distinct, d)
		}
	}
	order := report.DateOrder{}
	slices.SortFunc(distinct, order.Compare)
	r := 0
	for i, d := range distinct {
		if i > 0 && order.Compare(distinct[i-1], d) != 0 {
			r++
		}
		ranks[d] = r
	}
	return ranks
}

// significantEvents returns the limit most significant of events, in
// the order events has them: first events with linked casualty figures,
// then those cited by the most sources, then the newest; the model's
// order breaks ties.
func (p *printer) significantEvents(events []*report.Event, limit int) []*report.Event {
	type ranked struct {
		at       int
		casualty bool
		sources  int
		date     int
	}
	dates := make([]string, len(events))
	for i, e := range events {
		dates[i] = e.Date
	}
	ranks := dateRanks(dates)
	rs := make([]ranked, len(events))
	for i, e := range events {
		r := ranked{at: i, sources: distinctSources(e.Citations), date: ranks[e.Date]}
		for _, id := range e.Figures {
			if casualty(p.figureByID[id]) {
				r.casualty = true
				break
			}
		}
		rs[i] = r
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		return cmp.Or(first(a.casualty, b.casualty), cmp.Compare(b.sources, a.sources),
			cmp.Compare(b.date, a.date), cmp.Compare(a.at, b.at))
	})
	keep := make([]bool, len(events))
	for _, r := range rs[:limit] {
		keep[r.at] = true
	}
	out := make([]*report.Event, 0, limit)
	for i, e := range events {
		if keep[i] {
			out = append(out, e)
		}
	}
	return out
}

// significantFigures marks the limit most significant figures of groups:
// first those in a group whose sources conflict (the group's lowest and
// highest before its others), then casualty figures,
// then those in the groups most sources counted, then those cited by the
// most sources, then the most recently reported; the model's order
// breaks ties. It returns the groups with only the marked figures, in
// their order, leaving out a group none of whose figures is marked.
func (p *printer) significantFigures(groups []figureGroup, limit int) []figureGroup {
	type ranked struct {
		g, i     int
		conflict bool
		extreme  bool // the lowest or highest of a conflicting group
		casualty bool
		group    int
		sources  int
		date     int
	}
	var dates []string
	for _, g := range groups {
		for _, f := range g.figures {
			dates = append(dates, p.reportedOn(f))
		}
	}
	ranks := dateRanks(dates)
	var rs []ranked
	for gi, g := range groups {
		lo, hi := extremes(g)
		for fi, f := range g.figures {
			r := ranked{g: gi, i: fi, casualty: casualty(f), sources: distinctSources(f.Citations), date: ranks[dates[len(rs)]]}
			if g.g != nil {
				r.conflict, r.group = g.g.Conflict, len(g.figures)
				r.extreme = r.conflict && (fi == lo || fi == hi)
			}
			rs = append(rs, r)
		}
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		return cmp.Or(first(a.conflict, b.conflict), first(a.extreme, b.extreme), first(a.casualty, b.casualty),
			cmp.Compare(b.group, a.group), cmp.Compare(b.sources, a.sources),
			cmp.Compare(b.date, a.date), cmp.Compare(a.g, b.g), cmp.Compare(a.i, b.i))
	})
	keep := make(map[[2]int]bool, limit)
	for _, r := range rs[:min(limit, len(rs))] {
		keep[[2]int{r.g, r.i}] = true
	}
	var out []figureGroup
	for gi, g := range groups {
		sub := figureGroup{g: g.g, total: len(g.figures)}
		for fi, f := range g.figures {
			if keep[[2]int{gi, fi}] {
				sub.figures = append(sub.figures, f)
			}
		}
		if len(sub.figures) > 0 {
			out = append(out, sub)
		}
	}
	return out
}

// extremes returns the indexes of a group's lowest and highest figures
// (the first of equals), so that a capped table still shows what the
// sources disagree on.
func extremes(g figureGroup) (lo, hi int) {
	for i, f := range g.figures {
		if f.Low < g.figures[lo].Low {
			lo = i
		}
		if f.High > g.figures[hi].High {
			hi = i
		}
	}
	return lo, hi
}

// reportedOn is when a figure was reported: its own date, else the
// latest publication date of the sources that cite it.
func (p *printer) reportedOn(f *report.Figure) string {
	if f.Date != "" {
		return f.Date
	}
	latest := ""
	for _, c := range f.Citations {
		if d := p.published(c.Source); report.CompareDates(d, latest) > 0 {
			latest = d
		}
	}
	return latest
}

// capNote draws, above a capped table, which rows it shows and why.
func (p *printer) capNote(text string) {
	p.paragraph(p.left, p.width(), lineHeight(fSmallI), plain(text, fSmallI, colMuted))
	p.y += 1.5
}

// moreLine draws, under a capped table, how many rows it left out and
// where they are: "… and 85,867 more events in the workbook (sheet
// Timeline)".
func (p *printer) moreLine(n int, one, many, sheet string) {
	text := "… and " + count(n, "more "+one, "more "+many) + " in the workbook (sheet " + sheet + ") and the JSON."
	lh := lineHeight(fSmallB)
	p.need(lh)
	p.paragraph(p.left, p.width(), lh, plain(text, fSmallB, colInk))
	p.y += 2
}

// citedOnly reports whether the sources section drawn as section i lists
// only the sources the document cites: when there are more sources than
// it may print, and no section after it cites any (so that every number
// in the text has its entry).
func (p *printer) citedOnly(i int) bool {
	if !capped(len(p.b.Sources), rowLimit(p.sections[i])) {
		return false
	}
	for _, s := range p.sections[i+1:] {
		switch s.Kind {
		case report.SectionStances, report.SectionTimeline, report.SectionFigures:
			return false
		}
	}
	return true
}

// listedSources is the indexes in b.Sources of the sources a capped
// sources section lists: those the document cites, and the sources they
// copy.
func (p *printer) listedSources() []int {
	listed := make(map[string]bool, len(p.cited))
	var add func(id string)
	add = func(id string) {
		if listed[id] {
			return
		}
		listed[id] = true
		if s := p.sourceByID[id]; s != nil && s.SyndicatedFrom != "" {
			add(s.SyndicatedFrom)
		}
	}
	for id := range p.cited {
		add(id)
	}
	var out []int
	for i, s := range p.b.Sources {
		if listed[s.ID] && p.notes[s.ID] == i+1 {
			out = append(out, i)
		}
	}
	return out
}

// refsNote is the sentence that says where a list of references cut
// short continues.
func refsNote() string {
	return "A list of sources that ends \u201cand N more\u201d names the first " + strconv.Itoa(maxRefs) +
		" (" + strconv.Itoa(maxCellRefs) + " in a cell of the matrix); every citation is in the workbook (sheet " + sheetEvidence + ")."
}
