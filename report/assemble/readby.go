package assemble

import (
	"slices"

	"brief/report"
)

// readByRules clears the ReadBy of each merged stance whose actor, issue
// and position the rules read in any of arts: a stance is the stance
// model's only when the model read every statement merged into it.
func readByRules(stances []report.Stance, arts []Article) []report.Stance {
	byModel := func(s report.Stance) bool { return s.ReadBy != "" }
	if !slices.ContainsFunc(stances, byModel) {
		return stances // the stance model off: nothing to do
	}
	key := func(s report.Stance) string { return s.Actor + "|" + s.Issue + "|" + string(s.Position) }
	ruled := map[string]bool{}
	for _, a := range arts {
		for _, s := range a.Facts.Stances {
			if !byModel(s) {
				ruled[key(s)] = true
			}
		}
	}
	for i := range stances {
		if byModel(stances[i]) && ruled[key(stances[i])] {
			stances[i].ReadBy = ""
		}
	}
	return stances
}
