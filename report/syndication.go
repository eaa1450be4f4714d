package report

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Syndication: an article whose text is mostly a copy of an earlier one (a
// wire story reprinted by several outlets) is marked as such, so that the
// copy is not counted as independent confirmation.
//
// Each article's text is reduced once, when it is extracted, to a
// fingerprint that the extraction cache keeps: the winnowed hashes of its
// runs of shingleWords words (Schleimer, Wilkerson and Aiken, "Winnowing:
// local algorithms for document fingerprinting", 2003, the method of the
// MOSS plagiarism detector). Winnowing keeps the smallest hash of every
// window of winnowWindow consecutive runs, so any passage of at least
// shingleWords+winnowWindow-1 words two articles share gives them a
// common hash, and a copied passage selects the same hashes in both.
// Comparing is then one pass over all fingerprints with a map from hash to
// the first article holding it: linear in the corpus, no pair of articles
// is ever compared.
//
// Winnowing rather than MinHash or SimHash because the question is
// containment, not resemblance: "is most of this article found in an
// earlier one?". MinHash with LSH banding estimates Jaccard similarity, so
// a short copy of a long wire story (containment near 1, Jaccard small)
// falls below any band threshold; SimHash finds near-identical whole
// documents only. Winnowed hashes answer containment directly, with the
// same rule as comparing every run of words: an article copies the earlier
// article that first held at least half of its hashes.

// shingleWords is how many consecutive words make one shingle when
// comparing articles' texts.
const shingleWords = 8

// winnowWindow is how many consecutive shingles a winnowing window spans:
// about 2/(winnowWindow+1) of the shingles are kept, and any shared
// passage of 15 words or more is seen.
const winnowWindow = 8

// Fingerprint returns the hashes that stand for text when looking for
// copies: the winnowed hashes of its runs of words, case and punctuation
// folded, distinct and sorted. A text of fewer than winnowWindow runs
// keeps them all.
func Fingerprint(text string) []uint64 {
	shingles := shingleHashes(wordHashes(text))
	if len(shingles) <= winnowWindow {
		return distinctSorted(shingles)
	}
	var out []uint64
	last := -1 // position of the last hash kept
	for end := winnowWindow; end <= len(shingles); end++ {
		start := end - winnowWindow
		m := start
		if last >= start {
			// Only the newest shingle can displace the kept minimum.
			m = last
			if shingles[end-1] <= shingles[m] {
				m = end - 1
			}
		} else {
			for i := start; i < end; i++ {
				if shingles[i] <= shingles[m] { // rightmost minimum
					m = i
				}
			}
		}
		if m != last {
			out = append(out, shingles[m])
			last = m
		}
	}
	return distinctSorted(out)
}

// wordHashes returns a hash of each word of text, a word being a run of
// letters and digits, lower-cased.
func wordHashes(text string) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211 // FNV-1a
	var out []uint64
	h, inWord := uint64(offset), false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if inWord {
				out = append(out, h)
				h, inWord = offset, false
			}
			continue
		}
		r = unicode.ToLower(r)
		for r > 0 {
			h = (h ^ uint64(r&0xff)) * prime
			r >>= 8
		}
		inWord = true
	}
	if inWord {
		out = append(out, h)
	}
	return out
}

// shingleHashes returns a hash of each run of shingleWords words.
func shingleHashes(words []uint64) []uint64 {
	if len(words) < shingleWords {
		return nil
	}
	out := make([]uint64, 0, len(words)-shingleWords+1)
	for i := 0; i+shingleWords <= len(words); i++ {
		h := uint64(0x9e3779b97f4a7c15)
		for _, w := range words[i : i+shingleWords] {
			h = mix(h ^ w)
		}
		out = append(out, h)
	}
	return out
}

// mix is the finaliser of SplitMix64: every bit of x moves every bit of
// the result.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

func distinctSorted(hs []uint64) []uint64 {
	out := slices.Clone(hs)
	slices.Sort(out)
	return slices.Compact(out)
}

// markSyndicated sets SyndicatedFrom on each article most of whose
// fingerprint an earlier article holds: the earlier article that first
// held the most of its hashes, at least half of them. arts must be in
// publication order. An article without a fingerprint has it computed from
// its text.
func markSyndicated(arts []Article) {
	total := 0
	for i := range arts {
		if arts[i].Fingerprint == nil {
			arts[i].Fingerprint = Fingerprint(arts[i].Source.Text)
		}
		total += len(arts[i].Fingerprint)
	}
	first := make(map[uint64]int32, total) // hash → first article holding it
	hits := map[int32]int{}
	for i := range arts {
		fp := arts[i].Fingerprint
		clear(hits)
		for _, h := range fp {
			if j, ok := first[h]; ok {
				hits[j]++
			} else {
				first[h] = int32(i)
			}
		}
		best, bestHits := int32(-1), 0
		for j, n := range hits {
			if n > bestHits || (n == bestHits && j < best) {
				best, bestHits = j, n
			}
		}
		if best >= 0 && len(fp) > 0 && bestHits*2 >= len(fp) {
			arts[i].Source.SyndicatedFrom = arts[best].Source.ID
		}
	}
}
