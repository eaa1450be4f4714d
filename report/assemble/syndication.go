package assemble

import (
	"math/bits"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf8"

	"brief/internal/hugepage"
	"brief/report"
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
// keeps them all. It reads the text once and keeps only the last few
// words and runs, so a long article costs no more memory than its
// fingerprint.
func Fingerprint(text string) []uint64 {
	var (
		words [shingleWords - 1 + wordBlock]uint64 // the last words' hashes: 7 seen before, then new ones
		n     int
		w     winnower
	)
	eachWord(text, func(h uint64) {
		words[n] = h
		if n++; n == len(words) {
			n = shingleHashes(&w, words[:n])
		}
	})
	shingleHashes(&w, words[:n])
	return w.fingerprint()
}

// wordBlock is how many words' hashes Fingerprint gathers before it
// works out the runs they end.
const wordBlock = 64

// shingleHashes adds to w the hash of each run of shingleWords words of
// words that ends after its first shingleWords-1, moves the last
// shingleWords-1 to the front and returns how many it kept. A run's hash
// folds its words one after another, each fold waiting on the last, so
// four runs are folded side by side.
func shingleHashes(w *winnower, words []uint64) int {
	const seed = uint64(0x9e3779b97f4a7c15)
	if len(words) < shingleWords {
		return len(words)
	}
	end := shingleWords - 1
	for ; end+3 < len(words); end += 4 {
		s0, s1, s2, s3 := seed, seed, seed, seed
		for k := end - shingleWords + 1; k <= end; k++ {
			s0 = mix(s0 ^ words[k])
			s1 = mix(s1 ^ words[k+1])
			s2 = mix(s2 ^ words[k+2])
			s3 = mix(s3 ^ words[k+3])
		}
		w.add(s0)
		w.add(s1)
		w.add(s2)
		w.add(s3)
	}
	for ; end < len(words); end++ {
		s := seed
		for _, h := range words[end-shingleWords+1 : end+1] {
			s = mix(s ^ h)
		}
		w.add(s)
	}
	return copy(words, words[len(words)-(shingleWords-1):])
}

// winnower selects, from a stream of shingle hashes, the smallest of each
// window of winnowWindow consecutive ones (the rightmost of equals), each
// time the selection moves.
type winnower struct {
	window [winnowWindow]uint64 // the last hashes, a ring
	n      int                  // hashes seen
	last   int                  // position of the last hash kept; -1 before any
	kept   []uint64
}

func (w *winnower) add(h uint64) {
	if w.n == 0 {
		w.last = -1
	}
	w.window[w.n%winnowWindow] = h
	w.n++
	if w.n < winnowWindow {
		return
	}
	end := w.n
	start := end - winnowWindow
	at := func(i int) uint64 { return w.window[i%winnowWindow] }
	m := start
	if w.last >= start {
		// Only the newest hash can displace the kept minimum.
		m = w.last
		if at(end-1) <= at(m) {
			m = end - 1
		}
	} else {
		for i := start; i < end; i++ {
			if at(i) <= at(m) { // rightmost minimum
				m = i
			}
		}
	}
	if m != w.last {
		w.kept = append(w.kept, at(m))
		w.last = m
	}
}

// fingerprint returns the kept hashes, distinct and sorted; with no full
// window, every hash seen.
func (w *winnower) fingerprint() []uint64 {
	if w.n <= winnowWindow {
		return distinctSorted(w.window[:w.n])
	}
	return distinctSorted(w.kept)
}

// eachWord calls f with a hash of each word of text, a word being a run
// of letters and digits, lower-cased.
func eachWord(text string, f func(uint64)) {
	const offset, prime = 14695981039346656037, 1099511628211 // FNV-1a
	h, inWord := uint64(offset), false
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf { // ASCII, as unicode would take it
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				if inWord {
					f(h)
					h, inWord = offset, false
				}
				continue
			}
			h, inWord = (h^uint64(c))*prime, true
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if inWord {
				f(h)
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
		f(h)
	}
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
//
// The hashes' first holders are kept in a firstHolders table and each
// article's hits are counted in a slice by article, not in Go maps: a
// whole corpus has a million hashes or more, and a map's hashing, growth
// and clearing were most of this function's time on every run.
func markSyndicated(arts []Article) {
	total := 0
	for i := range arts {
		if arts[i].Fingerprint == nil {
			arts[i].Fingerprint = Fingerprint(arts[i].Source.Text)
		}
		total += len(arts[i].Fingerprint)
	}
	first := newFirstHolders(total)
	hits := make([]int32, len(arts)) // by earlier article: this article's hashes it first held
	var held []int32                 // the articles with hits, to reset
	for i := range arts {
		fp := arts[i].Fingerprint
		for _, h := range fp {
			if j, ok := first.holderOr(h, int32(i)); ok {
				if hits[j] == 0 {
					held = append(held, j)
				}
				hits[j]++
			}
		}
		best, bestHits := int32(-1), int32(0)
		for _, j := range held {
			if n := hits[j]; n > bestHits || (n == bestHits && j < best) {
				best, bestHits = j, n
			}
			hits[j] = 0
		}
		held = held[:0]
		if best >= 0 && len(fp) > 0 && int(bestHits)*2 >= len(fp) {
			arts[i].Source.SyndicatedFrom = arts[best].Source.ID
		}
	}
}

// CopiesOf returns, for each text in order, the index of the earlier text
// it is mostly a copy of, by the rule that marks a brief's syndicated
// articles, or -1 for a text that copies none.
func CopiesOf(texts []string) []int {
	arts := make([]Article, len(texts))
	index := make(map[string]int, len(texts))
	for i, t := range texts {
		id := strconv.Itoa(i)
		arts[i] = Article{Source: report.Source{ID: id, Text: t}}
		index[id] = i
	}
	markSyndicated(arts)
	out := make([]int, len(arts))
	for i, a := range arts {
		out[i] = -1
		if a.Source.SyndicatedFrom != "" {
			out[i] = index[a.Source.SyndicatedFrom]
		}
	}
	return out
}

// firstHolders maps a fingerprint hash to the first article that held
// it: an open-addressing table with linear probing, sized once for every
// hash the corpus has. A hash's home slot is the top bits of its product
// with an odd constant (Fibonacci hashing), scaled to the table's length:
// the hashes are uniform already, and the product spreads even ones that
// are not (tests). An empty slot has holder 0; holders are kept plus one.
type firstHolders struct {
	keys    []uint64
	holders []int32
}

// newFirstHolders returns a table for up to n distinct hashes, at most
// two thirds full.
func newFirstHolders(n int) *firstHolders {
	size := max(n+n/2, 8)
	t := &firstHolders{keys: make([]uint64, size), holders: make([]int32, size)}
	hugepage.Advise(t.keys) // touched all over at random: a fault per 2 MB
	hugepage.Advise(t.holders)
	return t
}

// holderOr returns the first holder of h and true, or records i as it
// and returns false when h is new.
func (t *firstHolders) holderOr(h uint64, i int32) (int32, bool) {
	n := uint64(len(t.keys))
	s, _ := bits.Mul64(h*0x9e3779b97f4a7c15, n) // the top bits, scaled to [0, n)
	for {
		switch hd := t.holders[s]; {
		case hd == 0:
			t.keys[s], t.holders[s] = h, i+1
			return i, false
		case t.keys[s] == h:
			return hd - 1, true
		}
		if s++; s == n {
			s = 0
		}
	}
}
