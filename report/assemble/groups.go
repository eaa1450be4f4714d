package assemble

import (
	"math"
	"slices"
	"strings"

	"brief/report"
)

// groupFigures gathers figures that count the same thing — same kind,
// same who, same period — so that different sources' numbers sit side by
// side. A group is in conflict when two of its figures' ranges, read with
// their qualifiers, cannot both be true. Two figures of one value that
// different articles give, which their sentences do not show to be one
// happening (apartness), are in two groups of the same kind: side by side
// they would read as two sources agreeing ("12 given by 2 sources") about
// what are two attacks that each killed 12. The second group holds that
// value's figures alone (other sources' reports of its happening), not
// the kind's other values: those sit with the first.
func GroupFigures(figures []report.Figure) []report.FigureGroup {
	var groups []report.FigureGroup
	index := map[string][]int{}                           // kind, who and period → their groups
	counts := []map[string][]int{}                        // by group: a count (report.FigureKey) → its figures (indexes)
	byID := make(map[string]*report.Figure, len(figures)) // pointers: a Figure is large to copy into a map
	var ap *apartness                                     // made when a group first holds a value twice
	for k := range figures {
		f := &figures[k]
		byID[f.ID] = f
		key := string(f.What) + "|" + report.Normalise(f.Who) + "|" + report.Normalise(f.Period)
		count := report.FigureKey(*f)
		i := -1
		for n, g := range index[key] {
			same := counts[g][count]
			if n > 0 && len(same) == 0 {
				continue // a group of one happening's value: only its own count joins it
			}
			if len(same) > 0 && ap == nil {
				ap = newApartness(figures)
			}
			if !slices.ContainsFunc(same, func(h int) bool { return ap.apart(figures, h, k) }) {
				i = g
				break
			}
		}
		if i < 0 {
			i = len(groups)
			index[key] = append(index[key], i)
			groups = append(groups, report.FigureGroup{What: f.What, Who: f.Who, Period: f.Period})
			counts = append(counts, map[string][]int{})
		}
		groups[i].Figures = append(groups[i].Figures, f.ID)
		counts[i][count] = append(counts[i][count], k)
	}
	for i, g := range groups {
		groups[i].Conflict = conflicting(g.Figures, byID)
	}
	return groups
}

// conflicting reports whether any two figures' ranges are disjoint: when
// one figure's upper end lies below another's lower end. The lowest upper
// end and the highest lower end decide it, unless they are one figure's,
// when the runners-up do; so it takes one pass, however many figures.
func conflicting(ids []string, byID map[string]*report.Figure) bool {
	var hi, lo extremes
	hi.init(math.Inf(1), func(a, b float64) bool { return a < b })
	lo.init(math.Inf(-1), func(a, b float64) bool { return a > b })
	for i, id := range ids {
		l, h := FigureRange(figureOf(byID, id))
		hi.add(i, h)
		lo.add(i, l)
	}
	if hi.at != lo.at {
		return hi.best < lo.best
	}
	return hi.best < lo.second || hi.second < lo.best
}

// figureOf returns the figure of an id, the zero one for an id of none.
func figureOf(byID map[string]*report.Figure, id string) report.Figure {
	if f, ok := byID[id]; ok {
		return *f
	}
	return report.Figure{}
}

// extremes keeps the best and second-best values of a series by a
// comparison, and where the best was.
type extremes struct {
	best, second float64
	at           int
	better       func(a, b float64) bool
}

func (e *extremes) init(worst float64, better func(a, b float64) bool) {
	e.best, e.second, e.at, e.better = worst, worst, -1, better
}

func (e *extremes) add(i int, v float64) {
	switch {
	case e.at < 0 || e.better(v, e.best):
		e.second, e.best, e.at = e.best, v, i
	case e.better(v, e.second):
		e.second = v
	}
}

// FigureRange returns the values a figure admits once its qualifier is
// read: "more than 100" admits 100 and above, "nearly 2,000" a little
// under 2,000, "about 50" a tenth either side.
func FigureRange(f report.Figure) (lo, hi float64) {
	lo, hi = f.Low, f.High
	switch strings.ToLower(f.Qualifier) {
	case "more than", "at least":
		hi = math.Inf(1)
	case "up to":
		lo = 0
	case "nearly":
		lo = lo * 0.9
	case "about":
		lo, hi = lo*0.9, hi*1.1
	}
	return lo, hi
}

// apartness tells whether two figures of one count (report.FigureKey)
// report two happenings, as far as their sentences tell: assembly joined
// the reports of one happening that give one credit, and kept apart
// those with another credit (corroboration) or no evidence of one
// happening (two attacks, each "5 killed"); a figure does not keep which.
type apartness struct {
	names  creditNames
	common map[string]bool
	ev     map[int]countEvidence
}

func newApartness(figures []report.Figure) *apartness {
	return &apartness{common: commonFigureNames(figures), ev: map[int]countEvidence{}}
}

// apart reports whether figures i and j of one count are two happenings:
// they cite no source in common, and their sentences give no evidence of
// one (sameCount, without the linked events, which a figure does not
// keep).
func (a *apartness) apart(figures []report.Figure, i, j int) bool {
	for _, c := range figures[i].Citations {
		if citesSource(figures[j].Citations, c.Source) {
			return false
		}
	}
	return !sameCount(a.of(figures, i), a.of(figures, j), figures[j])
}

func (a *apartness) of(figures []report.Figure, i int) countEvidence {
	ev, ok := a.ev[i]
	if !ok {
		ev = evidenceOf(figures[i], "", nil, &a.names, a.common)
		a.ev[i] = ev
	}
	return ev
}

// commonFigureNames is commonNames for the sources the figures cite.
func commonFigureNames(figures []report.Figure) map[string]bool {
	bySource := map[string][]string{}
	for _, f := range figures {
		for _, c := range f.Citations {
			for _, n := range quoteNames(c.Quote) {
				if !slices.Contains(bySource[c.Source], n) {
					bySource[c.Source] = append(bySource[c.Source], n)
				}
			}
		}
	}
	df := map[string]int{}
	for _, ns := range bySource {
		for _, n := range ns {
			df[n]++
		}
	}
	return frequent(df, len(bySource))
}
