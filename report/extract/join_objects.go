package extract

import "strings"

// elidedObject returns the issue mention that a verb cue ending its
// clause takes from the clause before it, its object left unsaid: in
// "Ukraine called for a ceasefire, but Russia has refused" and "Eastmark
// proposed talks and Westria agreed" the second verb is about the first
// clause's issue. The cue must be followed by nothing but adverbs before
// the sentence's end or a mark that ends a clause (lexicon elisionEnds),
// with its subject, an actor or a pronoun, right before it (see
// subjectRightBefore), and a coordinating word (lexicon elisionJoins)
// right before the subject. -1 when none.
func (v *sentenceView) elidedObject(m phraseMatch) int {
	k := m.To
	for k < v.to && v.toks[k].Word && v.adverbAt(k) {
		k++ // "refused outright", "agreed immediately"
	}
	if k < v.to && !elisionEnds.in(v.toks[k].wid) {
		return -1 // the verb goes on to its own object, or a quotation
	}
	if speechVerbs.in(v.toks[m.From].wid) {
		return -1 // "…, the president announced": a report
	}
	join := v.subjectRightBefore(m.From) - 1
	if join <= v.from || !elisionJoins.in(v.toks[join].wid) {
		return -1 // "many items still blocked": no actor acts; "a plan Kyiv opposed": the plan is its object
	}
	for i := len(v.issues) - 1; i >= 0; i-- {
		if im := v.issues[i]; im.To <= join && !v.claim[im.Issue] {
			return i
		}
	}
	return -1
}

// elisionJoins coordinate a clause whose verb leaves its object, the
// issue of the clause before, unsaid (see elidedObject).
var elisionJoins = wordSetOf("elisionJoins")

// subjectRightBefore returns where the subject of the verb at i starts
// when it stands right before it, past auxiliaries, adverbs and negators:
// an actor that is no preposition's object, or a subject pronoun ("Russia
// has since refused", "they agreed"); else -1. A form of "be" makes a
// passive, whose subject is the object.
func (v *sentenceView) subjectRightBefore(i int) int {
	j := i - 1
	for j > v.from && (auxiliaries.in(v.toks[j].wid) || cueAdverbs.in(v.toks[j].wid) || negators.in(v.toks[j].wid) ||
		strings.HasSuffix(v.toks[j].Lower, "ly")) {
		if beForms.in(v.toks[j].wid) {
			return -1 // "the list to be lifted": a passive
		}
		j--
	}
	if m, ok := mentionAt(v.ms, j); ok {
		if m.To != j+1 || m.PrepObject {
			return -1
		}
		return m.From
	}
	w := v.toks[j]
	if (thirdPronouns.in(w.wid) || firstPronouns.in(w.wid)) && !possessivePronouns.in(w.wid) &&
		w.Lower != "them" && w.Lower != "him" && w.Lower != "us" {
		return j
	}
	return -1
}

// elisionEnds end the clause of a verb whose object is left unsaid.
var elisionEnds = wordSetOf("elisionEnds")
