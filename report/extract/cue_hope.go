package extract

import (
	"strings"

	"brief/report"
)

// hoped returns who hopes for the issue and their position: the issue term
// as the subject of a future after a verb of hoping — "Egypt hopes the
// ceasefire will hold", "we hope the talks are going to open the door to
// peace": support; or the act another party is hoped to do — "Israel hopes
// Hamas will release the hostages": a demand of that party, not the
// party's own commitment. A hope that the issue fails ("hopes the truce
// will collapse") and one in a condition are left alone. It returns nil
// when there is none.
func (v *sentenceView) hoped(im issueMention) ([]string, report.Position) {
	if v.claim[im.Issue] || im.Object || v.hypothetical(im.From) {
		return nil, ""
	}
	if who := v.hopedAct(im); who != nil {
		return who, report.Demand
	}
	return v.hopedIssue(im), report.Support
}

// hopedAct returns the hoper of "X hopes (that) Y will <issue>": the act
// is demanded of Y.
func (v *sentenceView) hopedAct(im issueMention) []string {
	k := im.From - 1
	if k > v.from && strings.HasSuffix(v.toks[k].Lower, "ly") {
		k-- // "will soon release"
	}
	if k <= v.from || !hopedModals.in(v.toks[k].wid) {
		return nil
	}
	m, ok := mentionAt(v.ms, k-1)
	if !ok || m.To != k || m.PrepObject || m.Poss {
		return nil
	}
	h := m.From - 1
	if h > v.from && articles.in(v.toks[h].wid) {
		h--
	}
	if h > v.from && v.toks[h].Lower == "that" {
		h--
	}
	if h <= v.from || !hopeVerbs.in(v.toks[h].wid) {
		return nil
	}
	var out []string
	for _, who := range v.subjectOf(h, cueVerb) {
		if who != m.Actor {
			out = append(out, who)
		}
	}
	return out
}

// hopedIssue returns who hopes the issue term itself will come about or
// hold, or nil.
func (v *sentenceView) hopedIssue(im issueMention) []string {
	h := im.From - 1
	for n := 0; h > v.from && n < 3 && (articles.in(v.toks[h].wid) || modifierWord(v.toks[h]) && !hopeVerbs.in(v.toks[h].wid)); n++ {
		h-- // "the", "a lasting", "that the"
	}
	if h > v.from && v.toks[h].Lower == "that" {
		h--
	}
	if h <= v.from || !hopeVerbs.in(v.toks[h].wid) || !v.futureAfter(im.To) {
		return nil
	}
	return v.subjectOf(h, cueVerb)
}

// futureAfter reports whether a future whose subject ends at token i
// follows it, affirmed and not undone: "will hold", "would last", "is
// going to open", "can succeed".
func (v *sentenceView) futureAfter(i int) bool {
	k := i
	if k < v.to && (beForms.in(v.toks[k].wid)) && k+2 < v.to && v.toks[k+1].Lower == "going" && v.toks[k+2].Lower == "to" {
		k += 3
	} else if k < v.to && hopedModals.in(v.toks[k].wid) {
		k++
	} else {
		return false
	}
	for ; k < v.to && k < i+6; k++ {
		t := v.toks[k]
		if negators.in(t.wid) || harmActs.in(t.wid) || failedActs.in(t.wid) || hopedFailures.in(t.wid) {
			return false // "will not hold", "would collapse"
		}
		if !t.Word {
			break
		}
	}
	return true
}

// hopedModals open the future a verb of hoping looks to; hopedFailures
// after them undo what was hoped for ("hopes the truce will collapse").
var hopedModals, hopedFailures = wordSetOf("hopedModals"), wordSetOf("hopedFailures")
