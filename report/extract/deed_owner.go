package extract

// deedNouns name acts whose owner, a possessive before them, is the one
// who does them: "Russia's invasion".
var deedNouns = wordSetOf("deedNouns")

// deedOwner returns the actor that owns the act an issue term names, where
// modifierAgent does not reach: a possessive before the term, across the
// adjectives between ("Russia's full-scale invasion"), or governed by a
// preposition, which governs the whole phrase, not the possessive ("on the
// third day of Russia's invasion"). Only a term whose head is a deed noun
// has an owner who does it: "Ukraine's power grid" is Ukraine's, not an
// act of Ukraine's. It returns "" when there is none.
func (v *sentenceView) deedOwner(k int) string {
	im := v.issues[k]
	if v.claim[im.Issue] || im.Object || im.From <= v.from || !v.deedHead(im) {
		return ""
	}
	if patientNouns.in(v.toks[im.From].wid) || pastForm(v.toks[im.From].Lower) {
		return ""
	}
	if m, ok := mentionAt(v.ms, im.From); ok && m.To >= im.To {
		return "" // the term is part of a name
	}
	if cs, ce := v.clause(im.From); v.datedHistory(im.From) && !v.hasToken(cs, ce, "since") {
		return "" // "Russia's invasion in 2014": history told, as verbTerm reads it
	}
	j := im.From - 1
	for n := 0; j > v.from && n < 4; n++ {
		t := v.toks[j]
		if _, ok := mentionAt(v.ms, j); ok {
			break
		}
		if t.Lower == "-" || modifierWord(t) && !t.Poss && !prepositions.in(t.wid) {
			j-- // "Russia's full-scale invasion", "Israel's renewed offensive"
			continue
		}
		break
	}
	m, ok := mentionAt(v.ms, j)
	if !ok || m.To != j+1 || v.againstPrefix(j) || v.soughtDeed(m.From) {
		return ""
	}
	if !m.Poss {
		return "" // a name before the term is modifierAgent's; after a preposition, it may be the target ("strikes on Houthi positions")
	}
	return m.Actor
}

// deedHead reports whether the first or the last word of an issue term is a
// deed noun: "invasion", "attacks on shipping", "the Rafah offensive".
func (v *sentenceView) deedHead(im issueMention) bool {
	return deedNouns.in(v.toks[im.From].wid) || deedNouns.in(v.toks[im.To-1].wid)
}

// goalPrepositions before an owner make its act a goal, not a deed done:
// "the conditions for Israel's withdrawal", "a push towards Russia's
// withdrawal".
var goalPrepositions = wordSetOf("goalPrepositions")

// soughtDeed reports whether the owner's phrase at token i follows a goal
// preposition, within three words.
func (v *sentenceView) soughtDeed(i int) bool {
	for k := i - 1; k >= v.from && k >= i-3; k-- {
		if t := v.toks[k]; !t.Word || goalPrepositions.in(t.wid) || prepositions.in(t.wid) {
			return t.Word && goalPrepositions.in(t.wid)
		}
	}
	return false
}
