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
// happening (oneHappening), are in two groups of the same kind: side by side
// they would read as two sources agreeing ("12 given by 2 sources") about
// what are two attacks that each killed 12. The second group holds that
// value's figures alone (other sources' reports of its happening), not
// the kind's other values: those sit with the first.
func GroupFigures(figures []report.Figure) []report.FigureGroup {
	var groups []report.FigureGroup
	index := map[string]int{}                             // kind, who and period → their first group
	byID := make(map[string]*report.Figure, len(figures)) // pointers: a Figure is large to copy into a map
	happening, counts := oneHappening(figures)
	mainOf := map[string]int{}  // a count (report.FigureKey) → the happening of its first figure
	apartGroup := map[int]int{} // a happening split off → its group
	for k := range figures {
		f := &figures[k]
		byID[f.ID] = f
		key := string(f.What) + "|" + report.Normalise(f.Who) + "|" + report.Normalise(f.Period)
		h := happening.find(k)
		count := counts[k]
		m, seen := mainOf[count]
		if !seen {
			mainOf[count], m = h, h
		}
		i, ok := index[key]
		switch {
		case h != m:
			if i, ok = apartGroup[h]; !ok {
				i = len(groups)
				apartGroup[h] = i
				groups = append(groups, report.FigureGroup{What: f.What, Who: f.Who, Period: f.Period})
			}
		case !ok:
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

// oneHappening joins the figures of each count (report.FigureKey) that
// report one happening, as far as they tell: assembly joined the reports
// of one happening that give one credit, and kept apart those with
// another credit (corroboration) or no evidence of one happening (two
// attacks, each "5 killed"); a figure does not keep which. Figures of a
// count are one happening when they cite a source in common, or their
// sentences share a clue (sameCount without the linked events, which a
// figure does not keep), or the count is large or has a period; and so
// on, through each other. It returns the figures' counts too.
func oneHappening(figures []report.Figure) (*unionFind, []string) {
	u := newUnionFind(len(figures))
	var (
		names  creditNames
		common map[string]bool
		recent quoteMemo
		first  = map[string]int{} // a clue of a count → its first figure
		buf    []byte
	)
	join := func(k int, count string, kind byte, s string) {
		buf = append(append(append(buf[:0], count...), 0, kind), s...)
		if j, ok := first[string(buf)]; ok {
			u.union(j, k)
		} else {
			first[string(buf)] = k
		}
	}
	counts := make([]string, len(figures))
	many := map[string]bool{} // a count → whether several figures give it
	for k, f := range figures {
		counts[k] = report.FigureKey(f)
		_, seen := many[counts[k]]
		many[counts[k]] = seen
	}
	for k, f := range figures {
		count := counts[k]
		if !many[count] {
			continue // its count's only figure: no clue of it joins another
		}
		if f.Period != "" || f.What != report.Money && f.High >= largeCount {
			join(k, count, 'a', "")
			continue
		}
		for _, c := range f.Citations {
			join(k, count, 's', c.Source)
		}
		if common == nil {
			common = commonFigureNames(figures)
		}
		ev := evidenceOf(f, "", nil, &names, common, &recent)
		for _, n := range ev.names {
			join(k, count, 'n', n)
		}
		for _, q := range ev.quotes {
			join(k, count, 'q', q)
		}
	}
	return u, counts
}

// unionFind is a disjoint-set forest over 0..n-1.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *unionFind) union(a, b int) {
	if ra, rb := u.find(a), u.find(b); ra != rb {
		u.parent[rb] = ra
	}
}

// commonFigureNames is commonNames for the sources the figures cite.
func commonFigureNames(figures []report.Figure) map[string]bool {
	type read struct{ names, quotes []string }
	bySource := map[string]*read{}
	for _, f := range figures {
		for _, c := range f.Citations {
			r := bySource[c.Source]
			if r == nil {
				r = &read{}
				bySource[c.Source] = r
			}
			if slices.Contains(r.quotes[max(0, len(r.quotes)-recentQuotes):], c.Quote) {
				continue // a sentence of the source read just before
			}
			r.quotes = append(r.quotes, c.Quote)
			eachQuoteName(c.Quote, func(n string) {
				if !slices.Contains(r.names, n) {
					r.names = append(r.names, n)
				}
			})
		}
	}
	df := map[string]int{}
	for _, r := range bySource {
		for _, n := range r.names {
			df[n]++
		}
	}
	return frequent(df, len(bySource))
}
