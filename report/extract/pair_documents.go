package extract

import "strings"

// A proposal's content is no party's position. What an unadopted plan,
// draft or proposal would have a party do ("the plan stipulates that the
// rebels would disarm", "the draft would require Norland to pledge that
// it will not join the alliance") is the document's term, which the
// party may yet reject; and what it "calls for" or "would demand" is
// not the position of whoever voted on it or warned against it ("the
// council scheduled a vote on a resolution that would demand a truce").
// An agreement, an accord or a deal is not such a document: "the accord
// commits the army to disband its militias" binds a party that signed it.
// (pair_documents.go; lexicon proposalDocuments, draftDocuments,
// contentVerbs)
var (
	proposalDocuments = wordSetOf("proposalDocuments")
	draftDocuments    = wordSetOf("draftDocuments")
	contentVerbs      = wordSetOf("contentVerbs")
	contentSkips      = wordSetOf("contentSkips")
)

// proposedContent reports whether token i lies in what a proposal
// lays down: a content verb at or before i, in the same clause, whose
// subject is a proposed document.
func (v *sentenceView) proposedContent(i int) bool {
	for j := i; j > v.from; j-- {
		t := v.toks[j]
		if j < i && (t.Lower == ";" || t.Lower == "but" || speechVerbs.in(t.wid)) {
			return false // "the plan requires a truce, but Kabul said it rejects it"
		}
		if contentVerbs.in(t.wid) && v.documentSubject(j) {
			return true
		}
	}
	return false
}

// documentSubject reports whether the verb at token j has a proposed
// document for its subject: "the plan requires", "a resolution that
// would demand", "the draft resolution submitted to the council, which
// calls for".
func (v *sentenceView) documentSubject(j int) bool {
	would, relative := false, false
	k := j - 1
	for ; k > v.from; k-- {
		w := v.toks[k].Lower
		switch {
		case w == "that" || w == "which":
			relative = true
		case w == "would":
			would = true
		case w == "," || contentSkips.in(v.toks[k].wid) || strings.HasSuffix(w, "ly"):
		default:
			goto head
		}
	}
head:
	for n := 0; k > v.from && n < 10; n, k = n+1, k-1 {
		if v.proposedDocument(k, would, relative) {
			return true
		}
		if !relative {
			return false // the subject must stand right before its verb
		}
		if w := v.toks[k].Lower; w == ";" || w == "\"" || w == "“" || w == "”" || speechVerbs.in(v.toks[k].wid) {
			return false
		}
	}
	return false
}

// proposedDocument reports whether token k names a document not yet
// adopted, a plan or a proposal, or a resolution that is drafted or would
// act, as the subject of the verb after it: the antecedent of a relative
// pronoun, or a noun phrase that is no preposition's object.
func (v *sentenceView) proposedDocument(k int, would, relative bool) bool {
	t := v.toks[k]
	if !proposalDocuments.in(t.wid) && !draftDocuments.in(t.wid) || !relative && v.prepositionObject(k) {
		return false // "talks on the plan would come later": the talks would, not the plan (a relative's antecedent may be any noun's object)
	}
	if proposalDocuments.in(t.wid) {
		return true
	}
	if would {
		return true
	}
	p := v.toks[k-1].Lower
	return p == "draft" || p == "drafted" || strings.HasSuffix(p, "-drafted") || p == "proposed"
}

// prepositionObject reports whether the noun phrase that ends at token k
// follows a preposition ("on the roadmap", "of the plan").
func (v *sentenceView) prepositionObject(k int) bool {
	for j := k - 1; j > v.from && j >= k-5; j-- {
		t := v.toks[j]
		if prepositions.in(t.wid) || t.Lower == "of" || t.Lower == "for" || t.Lower == "about" || t.Lower == "under" {
			return true
		}
		if articles.in(t.wid) || t.Lower == "," || contentVerbs.in(t.wid) {
			return j > v.from && (prepositions.in(v.toks[j-1].wid) || v.toks[j-1].Lower == "of")
		}
	}
	return false
}
