package assemble

import (
	"math"
	"strings"

	"brief/report"
)

// groupFigures gathers figures that count the same thing — same kind,
// same who, same period — so that different sources' numbers sit side by
// side. A group is in conflict when two of its figures' ranges, read with
// their qualifiers, cannot both be true.
func GroupFigures(figures []report.Figure) []report.FigureGroup {
	var groups []report.FigureGroup
	index := map[string]int{}
	byID := make(map[string]*report.Figure, len(figures)) // pointers: a Figure is large to copy into a map
	for k := range figures {
		f := &figures[k]
		byID[f.ID] = f
		key := string(f.What) + "|" + report.Normalise(f.Who) + "|" + report.Normalise(f.Period)
		i, ok := index[key]
		if !ok {
			i = len(groups)
			index[key] = i
			groups = append(groups, report.FigureGroup{What: f.What, Who: f.Who, Period: f.Period})
		}
		groups[i].Figures = append(groups[i].Figures, f.ID)
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
