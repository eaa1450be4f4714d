package suggest

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"brief/report"
	"brief/report/extract"
)

// issueIndex is what placing a phrase looks at: each issue's own lemmas
// (of its label and terms) and, per lemma, the sentences of the corpus
// that raise an issue and use it.
type issueIndex struct {
	ids    []string
	own    []map[string]bool // per issue: its label's and terms' content lemmas
	terms  map[string]bool   // configured terms, as content-lemma keys
	sents  [][]string        // per indexed sentence: the issues it raises
	lemmas map[string][]int  // lemma → indexed sentences using it, ascending
}

// newIssueIndex indexes the issues of cfg, read with x, and the corpus's
// sentences that raise an issue.
func newIssueIndex(x *extract.Extractor, issues []report.Issue, arts []article) *issueIndex {
	ix := &issueIndex{terms: map[string]bool{}, lemmas: map[string][]int{}}
	for _, is := range issues {
		ix.ids = append(ix.ids, is.ID)
		own := map[string]bool{}
		for _, l := range contentLemmas(x, is.Label) {
			own[l] = true
		}
		for _, t := range is.Terms {
			ls := contentLemmas(x, t)
			for _, l := range ls {
				own[l] = true
			}
			ix.terms[strings.Join(ls, " ")] = true
		}
		ix.own = append(ix.own, own)
	}
	for ai := range arts {
		for _, p := range arts[ai].parts {
			if len(p.Issues) == 0 {
				continue
			}
			n := len(ix.sents)
			ix.sents = append(ix.sents, distinctLabels(p.Issues))
			seen := map[string]bool{}
			for _, w := range p.Words {
				if w.Lemma != "" && !seen[w.Lemma] && !functionWords[w.Lower] {
					seen[w.Lemma] = true
					ix.lemmas[w.Lemma] = append(ix.lemmas[w.Lemma], n)
				}
			}
		}
	}
	return ix
}

// contentLemmas returns the sorted, distinct lemmas of a phrase's content
// words, as the extractor lemmatises them.
func contentLemmas(x *extract.Extractor, phrase string) []string {
	var out []string
	for _, p := range x.Parts(phrase, "", report.Date{}) {
		for _, w := range p.Words {
			if w.Word && !functionWords[w.Lower] && !slices.Contains(out, w.Lemma) {
				out = append(out, w.Lemma)
			}
		}
	}
	sort.Strings(out)
	return out
}

// cooccurring counts, per issue, the indexed sentences that use every
// lemma of a phrase and raise the issue.
func (ix *issueIndex) cooccurring(lemmas []string) map[string]int {
	var lists [][]int
	for _, l := range lemmas {
		lists = append(lists, ix.lemmas[l])
	}
	sort.Slice(lists, func(i, j int) bool { return len(lists[i]) < len(lists[j]) })
	out := map[string]int{}
	if len(lists) == 0 {
		return out
	}
	for _, s := range lists[0] {
		all := true
		for _, l := range lists[1:] {
			if _, ok := slices.BinarySearch(l, s); !ok {
				all = false
				break
			}
		}
		if all {
			for _, is := range ix.sents[s] {
				out[is]++
			}
		}
	}
	return out
}

// Weights of the evidence that places a phrase under an issue.
const (
	sharedLemmaWeight = 4 // each lemma the phrase shares with the issue's label and terms
	maxCooccurring    = 5 // sentences raising the issue with all the phrase's words count up to this
	// sureArticles is how many articles must show a phrase for its
	// placement to be sure, however lopsided the evidence: what one
	// sentence of one article shows, and its neighbours, is one piece of
	// evidence, not three.
	sureArticles = 2
)

// placement is the issue a phrase most likely belongs to, with how sure
// that is and why.
type placement struct {
	issue      string
	runnerUp   string
	confidence Confidence
	shared     int // lemmas the phrase shares with the issue's label and terms
	why        string
}

// place chooses the issue of a candidate phrase.
func (ix *issueIndex) place(c *termCandidate) placement {
	cooc := ix.cooccurring(c.lemmas)
	type score struct {
		id                      string
		shared, neighbour, with int
		total                   int
	}
	var scores []score
	sum := 0
	for i, id := range ix.ids {
		s := score{id: id, neighbour: c.neighbour[id], with: min(cooc[id], maxCooccurring)}
		for _, l := range c.common {
			if ix.own[i][l] {
				s.shared++
			}
		}
		s.total = sharedLemmaWeight*s.shared + s.neighbour + s.with
		sum += s.total
		scores = append(scores, s)
	}
	sort.SliceStable(scores, func(i, j int) bool { return scores[i].total > scores[j].total })
	if len(scores) == 0 || scores[0].total == 0 {
		return placement{}
	}
	top := scores[0]
	pl := placement{issue: top.id, shared: top.shared}
	if len(scores) > 1 && scores[1].total > 0 {
		pl.runnerUp = scores[1].id
	}
	share := float64(top.total) / float64(sum)
	lopsided := share >= 0.75 && top.total >= 3
	switch {
	case lopsided && len(c.articles) >= sureArticles:
		pl.confidence = Sure
	case share >= 0.5 && top.total >= 2:
		pl.confidence = Likely
	}
	var why []string
	if top.shared > 0 {
		why = append(why, fmt.Sprintf("shares %s with its label or terms", plural(top.shared, "word")))
	}
	if top.neighbour > 0 {
		why = append(why, fmt.Sprintf("%s beside its uses raise it", plural(top.neighbour, "sentence")))
	}
	if top.with > 0 {
		why = append(why, fmt.Sprintf("%s raising it use these words", plural(top.with, "sentence")))
	}
	if lopsided && len(c.articles) < sureArticles {
		why = append(why, fmt.Sprintf("not sure: %s shows it", plural(len(c.articles), "article")))
	}
	pl.why = fmt.Sprintf("%.0f%% of the evidence: ", 100*share) + strings.Join(why, "; ")
	return pl
}

// plural writes a count and a noun: "1 word", "3 words".
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
