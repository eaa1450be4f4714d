package report

import (
	"hash/fnv"
	"strings"
)

// shingleWords is how many consecutive words make one shingle when
// comparing articles' texts.
const shingleWords = 8

// markSyndicated sets SyndicatedFrom on each article whose text is mostly a
// copy of an earlier one (a wire story reprinted by several outlets), so
// that the copy is not counted as independent confirmation. arts must be in
// publication order.
func markSyndicated(arts []Article) {
	first := map[uint64]int{} // shingle → first article holding it
	for i := range arts {
		shingles := shinglesOf(arts[i].Source.Text)
		hits := map[int]int{}
		for _, s := range shingles {
			if j, ok := first[s]; ok {
				hits[j]++
			} else {
				first[s] = i
			}
		}
		best, bestHits := -1, 0
		for j, n := range hits {
			if n > bestHits || (n == bestHits && j < best) {
				best, bestHits = j, n
			}
		}
		if best >= 0 && len(shingles) > 0 && bestHits*2 >= len(shingles) {
			arts[i].Source.SyndicatedFrom = arts[best].Source.ID
		}
	}
}

// shinglesOf returns the distinct hashes of the text's runs of words.
func shinglesOf(text string) []uint64 {
	words := strings.Fields(normalise(text))
	seen := map[uint64]bool{}
	var out []uint64
	for i := 0; i+shingleWords <= len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words[i:i+shingleWords], " ")))
		s := h.Sum64()
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
