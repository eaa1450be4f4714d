package xlsx

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"brief/report"
)

// notesByMaps is notes as it was written with a map of note numbers and
// a map of sources seen, kept to check the stamped version against.
func notesByMaps(note map[string]int, cs []report.Citation) string {
	if len(cs) < 2 {
		return ""
	}
	var nums []string
	seen := map[string]bool{cs[0].Source: true}
	for _, c := range cs[1:] {
		if n, ok := note[c.Source]; ok && !seen[c.Source] {
			nums = append(nums, strconv.Itoa(n))
		}
		seen[c.Source] = true
	}
	return strings.Join(nums, ", ")
}

// TestNotesMatchMaps compares notes with notesByMaps on random citation
// lists: repeated sources, the first citation's source again, sources
// not in the model, and a model that lists one id twice.
func TestNotesMatchMaps(t *testing.T) {
	ids := []string{"s1", "s2", "s3", "s2", "s4", "s5"} // s2 twice: its first place counts
	sources := make([]report.Source, len(ids))
	note := map[string]int{}
	for i, id := range ids {
		sources[i] = report.Source{ID: id}
		if _, dup := note[id]; !dup {
			note[id] = i + 1
		}
	}
	wb := &workbook{sources: map[string]*sourceInfo{}}
	for i, s := range sources {
		if wb.sources[s.ID] == nil {
			wb.sources[s.ID] = &sourceInfo{index: i}
		}
	}
	pool := append(ids, "unknown", "other")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		cs := make([]report.Citation, rng.IntN(8))
		for i := range cs {
			cs[i] = report.Citation{Source: pool[rng.IntN(len(pool))]}
		}
		if got, want := wb.notes(cs), notesByMaps(note, cs); got != want {
			t.Fatalf("notes(%v) = %q, want %q", cs, got, want)
		}
	}
}
