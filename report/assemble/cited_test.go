package assemble

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"brief/report"
)

// TestCitedSetAdd checks citedSet.add against a plain rule — a citation
// joins a fact unless the fact cites its source already — on random
// reports of a few facts, some with repeated sources and some passing
// smallCited, so that both the scan and the map are used.
func TestCitedSetAdd(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, sources := range []int{3, 20, 200} {
		var cs citedSet
		facts := make([][]report.Citation, 4)
		want := make([][]report.Citation, 4)
		for range 400 {
			fact := rng.IntN(len(facts))
			var more []report.Citation
			for range 1 + rng.IntN(3) {
				more = append(more, report.Citation{Source: fmt.Sprint("s", rng.IntN(sources)), Quote: fmt.Sprint(rng.IntN(9))})
			}
			if facts[fact] == nil { // a fact's first report, as merging keeps it: repeats and all
				facts[fact], want[fact] = slices.Clone(more), slices.Clone(more)
				continue
			}
			facts[fact] = cs.add(fact, facts[fact], more)
			for _, c := range more {
				if !slices.ContainsFunc(want[fact], func(h report.Citation) bool { return h.Source == c.Source }) {
					want[fact] = append(want[fact], c)
				}
			}
		}
		for i := range facts {
			if !slices.Equal(facts[i], want[i]) {
				t.Errorf("%d sources, fact %d: %d citations, want %d", sources, i, len(facts[i]), len(want[i]))
			}
		}
		if sources == 200 && len(cs.sources) == 0 {
			t.Error("no fact passed smallCited: the map is not tested")
		}
	}
}
