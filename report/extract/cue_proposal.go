package extract

// offerNouns name an offer put forward: whoever owns one proposes what
// it is for ("Israel's latest ceasefire proposal", "an Egyptian proposal
// for a truce").
var offerNouns = wordSetOf("offerNouns")

// proposalOwner returns the actor whose proposal the issue mention is: the
// owner — a possessive, a name or a demonym, across adjectives — of a
// proposal noun that ends the term or follows it ("Israel's latest
// ceasefire proposal", "the US ceasefire proposal"), or of a proposal
// noun whose "for" or "of" the term follows ("an Israeli proposal for a
// temporary ceasefire"). Whoever rejects or welcomes the proposal takes
// their own side on it by their cue; the owner proposes it. It returns ""
// when there is none.
func (v *sentenceView) proposalOwner(im issueMention) string {
	if v.claim[im.Issue] || im.Object {
		return ""
	}
	switch {
	case offerNouns.in(v.toks[im.To-1].wid) && im.To-im.From > 1:
		return v.ownerBefore(im.From) // "Israel's ceasefire proposal"
	case im.To < v.to && offerNouns.in(v.toks[im.To].wid):
		return v.ownerBefore(im.From) // "the US ceasefire proposal"
	}
	k := im.From - 1
	for n := 0; k > v.from && n < 3 && (articles.in(v.toks[k].wid) || modifierWord(v.toks[k]) && !prepositions.in(v.toks[k].wid)); n++ {
		k-- // "for a temporary ceasefire"
	}
	if k-1 <= v.from || !offerLinks.in(v.toks[k].wid) || !offerNouns.in(v.toks[k-1].wid) {
		return ""
	}
	return v.ownerBefore(k - 1) // "an Israeli proposal for a truce"
}

// offerLinks join a proposal noun to what it proposes.
var offerLinks = wordSetOf("offerLinks")

// ownerBefore returns the actor that owns the noun phrase whose head
// stands at or after token i: a possessive, a name or a demonym before it,
// across up to three adjectives ("Israel's latest", "an Egyptian", "the
// US"), or "".
func (v *sentenceView) ownerBefore(i int) string {
	j := i - 1
	for n := 0; j > v.from && n < 3; n++ {
		if _, ok := mentionAt(v.ms, j); ok {
			break
		}
		if t := v.toks[j]; t.Lower == "-" || modifierWord(t) && !t.Poss && !articles.in(t.wid) && !prepositions.in(t.wid) {
			j--
			continue
		}
		break
	}
	if j < v.from {
		return ""
	}
	if m, ok := mentionAt(v.ms, j); ok && m.To == j+1 && !m.Place && !v.againstPrefix(j) {
		return m.Actor
	}
	if v.demonym != nil {
		return v.demonym(j + 1)
	}
	return ""
}
