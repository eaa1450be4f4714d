package assemble

import (
	"cmp"
	"slices"

	"brief/report"
)

// positionWeight breaks ties between positions stated on the same latest
// date: the more specific position wins the cell ("talks only if they
// surrender" says more than "no talks").
var positionWeight = map[report.Position]int{report.Conditional: 6, report.Demand: 5, report.Propose: 4, report.Deny: 3, report.Oppose: 2, report.Support: 1}

// buildMatrix computes each actor's latest known position on each issue as
// of the period's end, from stances before the period (context) and within
// it. With markChanges, a cell whose position is new in the period, or
// differs from the one before it, is marked Changed.
func buildMatrix(context, inPeriod []report.Stance, markChanges bool) []report.Cell {
	type cellKey struct{ actor, issue string }
	var order []cellKey
	byCell := map[cellKey][]report.Stance{}
	before := map[cellKey][]report.Stance{}
	for _, s := range inPeriod {
		k := cellKey{s.Actor, s.Issue}
		if _, ok := byCell[k]; !ok {
			order = append(order, k)
		}
		byCell[k] = append(byCell[k], s)
	}
	for _, s := range context {
		k := cellKey{s.Actor, s.Issue}
		if _, ok := byCell[k]; !ok {
			order = append(order, k)
			byCell[k] = nil
		}
		before[k] = append(before[k], s)
	}
	var cells []report.Cell
	for _, k := range order {
		now, prev := LatestCell(byCell[k]), LatestCell(before[k])
		cell := now
		if len(now.Stances) == 0 {
			cell = prev
		} else if markChanges && (len(prev.Stances) == 0 || prev.Position != now.Position) {
			cell.Changed = true
			cell.Previous = prev.Position
		}
		cells = append(cells, cell)
	}
	slices.SortStableFunc(cells, func(a, b report.Cell) int {
		return cmp.Or(cmp.Compare(a.Actor, b.Actor), cmp.Compare(a.Issue, b.Issue))
	})
	return cells
}

// latest returns the cell that the latest of the stances makes; other
// positions stated on that same date are listed as conflicts.
func LatestCell(stances []report.Stance) report.Cell {
	if len(stances) == 0 {
		return report.Cell{}
	}
	best := stances[0]
	for _, s := range stances[1:] {
		c := report.CompareDates(s.Date, best.Date)
		if c > 0 || (c == 0 && positionWeight[s.Position] > positionWeight[best.Position]) {
			best = s
		}
	}
	cell := report.Cell{Actor: best.Actor, Issue: best.Issue, Position: best.Position, Date: best.Date,
		Stances: []string{best.ID}}
	for _, s := range stances {
		if s.ID != best.ID && report.CompareDates(s.Date, best.Date) == 0 && s.Position != best.Position {
			cell.Conflicts = append(cell.Conflicts, s.Position)
		}
	}
	slices.Sort(cell.Conflicts)
	return cell
}

// withCellStances adds to stances the context stances that matrix cells
// rest on, so that every id a cell names is in the model.
func withCellStances(stances, context []report.Stance, cells []report.Cell) []report.Stance {
	have := map[string]bool{}
	for _, s := range stances {
		have[s.ID] = true
	}
	need := map[string]bool{}
	for _, c := range cells {
		for _, id := range c.Stances {
			need[id] = true
		}
	}
	for _, s := range context {
		if need[s.ID] && !have[s.ID] {
			stances = append(stances, s)
			have[s.ID] = true
		}
	}
	return stances
}
