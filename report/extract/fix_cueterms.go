package extract

// cueObjectGap reports whether the tokens [from, to) between a cue and an
// issue term may stand inside the cue's object ("withdrew from the peace
// talks"): no punctuation, preposition, adjunct or subordinator opens
// another phrase between them ("withdraw from the town after talks").
func cueObjectGap(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		t := toks[k]
		if !t.Word || prepositions.in(t.wid) || adjuncts.in(t.wid) || subordinators.in(t.wid) || clauseBreaks.in(t.wid) {
			return false
		}
	}
	return true
}
