package report

import (
	"math"
	"strings"
)

// groupFigures gathers figures that count the same thing — same kind,
// same who, same period — so that different sources' numbers sit side by
// side. A group is in conflict when two of its figures' ranges, read with
// their qualifiers, cannot both be true.
func groupFigures(figures []Figure) []FigureGroup {
	var groups []FigureGroup
	index := map[string]int{}
	byID := map[string]Figure{}
	for _, f := range figures {
		byID[f.ID] = f
		key := f.What + "|" + normalise(f.Who) + "|" + normalise(f.Period)
		i, ok := index[key]
		if !ok {
			i = len(groups)
			index[key] = i
			groups = append(groups, FigureGroup{What: f.What, Who: f.Who, Period: f.Period})
		}
		groups[i].Figures = append(groups[i].Figures, f.ID)
	}
	for i, g := range groups {
		groups[i].Conflict = conflicting(g.Figures, byID)
	}
	return groups
}

// conflicting reports whether any two figures' ranges are disjoint.
func conflicting(ids []string, byID map[string]Figure) bool {
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			alo, ahi := FigureRange(byID[ids[i]])
			blo, bhi := FigureRange(byID[ids[j]])
			if ahi < blo || bhi < alo {
				return true
			}
		}
	}
	return false
}

// FigureRange returns the values a figure admits once its qualifier is
// read: "more than 100" admits 100 and above, "nearly 2,000" a little
// under 2,000, "about 50" a tenth either side.
func FigureRange(f Figure) (lo, hi float64) {
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
