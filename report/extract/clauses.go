package extract

import "brief/report"

import "strings"

// Clauses and the words around a cue: where a clause ends, which issue
// term a cue reaches, negation, hedges and coordinated verb phrases.

// clauseBreaks are words and marks that end a clause for finding a cue's
// subject and its issue.
var clauseBreaks = wordSetOf("clauseBreaks")

// resolvedThrough reports whether an issue is the means of resolving
// something: "resolve their differences through dialogue".
func (v *sentenceView) resolvedThrough(im issueMention) bool {
	if im.From-1 < v.from || (v.toks[im.From-1].Lower != "through" && v.toks[im.From-1].Lower != "via") {
		return false
	}
	for k := im.From - 2; k >= v.from && k >= im.From-6; k-- {
		switch v.toks[k].Stem() {
		case "resolv", "settl", "address", "solv", "resolve", "settle", "solve":
			return true
		}
	}
	return false
}

// adjuncts open a phrase of time or circumstance, which is no cue's object.
var adjuncts = wordSetOf("adjuncts")

// fronted reports whether the marker at i opens its clause.
func (v *sentenceView) fronted(i, start int) bool {
	for k := start; k < i; k++ {
		if v.toks[k].Word {
			return false
		}
	}
	return true
}

// coordinated reports whether a cue opens a verb phrase coordinated with
// the one before it (", rules out talks", "and called on"), so that it
// shares that one's subject.
func (v *sentenceView) coordinated(m phraseMatch) bool {
	for k := m.From - 1; k >= v.from; k-- {
		w := v.toks[k].Lower
		switch {
		case w == "," || w == "and" || w == "then" || w == "but":
			return true // "had not asked Kabul to hand them over, but wanted it to …"
		case cueAdverbs.has(w) || strings.HasSuffix(w, "ly") && v.toks[k].Word:
			continue
		}
		return false
	}
	return false
}

// nextCoordinated returns where the first coordinated cue after cue i
// starts, or the sentence's end.
func (v *sentenceView) nextCoordinated(i int) int {
	for _, m := range v.cues[i+1:] {
		if v.table.list[m.Value].kind != cueCondition && v.coordinated(m) {
			return m.From
		}
	}
	return v.to
}

// hedged reports whether a belief or a guess governs the cue at i.
func (v *sentenceView) hedged(i int) bool {
	for k := max(v.from, i-8); k < i; k++ {
		if hedges.in(v.toks[k].wid) {
			return true
		}
		if k > v.from && copulas.in(v.toks[k-1].wid) && v.toks[k].Lower == "expected" {
			return true // "Israel is expected to reject the truce": a forecast
		}
		if capacityNouns.in(v.toks[k].wid) && k+1 < i && v.toks[k+1].Lower == "to" && !v.effort(k) {
			return true // "Hamas has the ability to agree to the deal": able, not agreed
		}
	}
	return false
}

// capacityNouns before "to" make what follows a capacity, not a deed.
var capacityNouns = wordSetOf("capacityNouns")

// effortPrepositions before a possessive and a capacity noun make an
// effort of it: "doing everything in its power to".
var effortPrepositions = wordSetOf("effortPrepositions")

// effort reports whether the capacity noun at k is the object of "in" and
// a possessive ("in its power", "within their means"): what is done with
// all one has, not what one merely could do.
func (v *sentenceView) effort(k int) bool {
	return k-2 >= v.from && possessivePronouns.in(v.toks[k-1].wid) && effortPrepositions.in(v.toks[k-2].wid)
}

// clause returns the tokens of the clause around token i.
func (v *sentenceView) clause(i int) (int, int) {
	s, e := v.from, v.to
	for k := i - 1; k >= v.from; k-- {
		if v.clauseBreakAt(k) {
			s = k + 1
			break
		}
	}
	for k := i + 1; k < v.to; k++ {
		if v.clauseBreakAt(k) {
			e = k
			break
		}
	}
	return s, e
}

// clauseBreakAt reports whether a clause break (lexicon clauseBreaks)
// stands at token k. "instead" between two words is an adverb inside its
// clause ("Kyiv instead renewed its call"), not a break as in "; instead,
// it called" or "instead of a truce".
func (v *sentenceView) clauseBreakAt(k int) bool {
	t := &v.toks[k]
	if !clauseBreaks.in(t.wid) {
		return false
	}
	if t.Lower == "instead" {
		return k == v.from || !v.toks[k-1].Word || k+1 >= v.to || v.toks[k+1].Lower == "of" || !v.toks[k+1].Word
	}
	return true
}

// issueAfter returns the first untaken issue mention (not a claim) starting in [i, end)
// within maxWords words (an actor's name counting as one), or -1.
func (v *sentenceView) issueAfter(i, end, maxWords int, taken map[int]bool) int {
	words := 0
	for k, im := range v.issues {
		if im.From < i || im.From >= end || v.claim[im.Issue] {
			continue // a claim is asserted or denied, not urged or refused
		}
		for t := i; t < im.From; t++ {
			if m, ok := mentionAt(v.ms, t); ok {
				words++
				t = m.To - 1
				continue
			}
			if speechVerbs.in(v.toks[t].wid) {
				return -1 // "vowed to keep fighting and said the militia would never disarm"
			}
			if adjuncts.in(v.toks[t].wid) {
				return -1 // "agreed to a ceasefire after talks in Doha": the talks are not what was agreed
			}
			if disputedNouns.in(v.toks[t].wid) && t+1 < im.From && v.toks[t+1].Lower == "that" {
				return -1 // "rejected claims that Hamas agreed to a truce": the claims are rejected
			}
			if v.toks[t].Lower == "between" && t >= im.From-2 {
				return -1 // "rejected any link between the accord and a vote": the link is rejected
			}
			if w := v.toks[t].Lower; w == "if" || w == "unless" || w == "case" && t > v.from && v.toks[t-1].Lower == "in" {
				return -1 // "assured that in case the talks fail, …": a condition, not the object
			}
			if v.newPredicate(t) || v.newSubjectAt(t) {
				return -1 // "would not accept a camp and would continue deportations", "…, and the RSF agreed to a truce"
			}
			if v.toks[t].Word {
				words++
			}
		}
		if words > maxWords || taken[k] {
			return -1
		}
		return v.headIssue(k)
	}
	return -1
}

// newPredicate reports whether a coordinated predicate of its own opens
// at token t: "and would", "but has".
func (v *sentenceView) newPredicate(t int) bool {
	switch v.toks[t].Lower {
	case "and", "but", "or":
		return t+1 < v.to && auxiliaries.in(v.toks[t+1].wid)
	}
	return false
}

// issueBefore returns the nearest untaken issue mention ending at or before
// i and starting at or after start, or -1.
func (v *sentenceView) issueBefore(i, start int, taken map[int]bool) int {
	best := -1
	for k, im := range v.issues {
		if im.From >= start && im.To <= i && !taken[k] {
			best = k
		}
	}
	return best
}

// claimAfter and claimBefore find a claim issue's term for deny and assert
// cues.
func (v *sentenceView) claimAfter(i, end int, taken map[int]bool) int {
	for k, im := range v.issues {
		if im.From >= i && im.From < end && v.claim[im.Issue] && !taken[k] {
			return k
		}
	}
	return -1
}

func (v *sentenceView) claimBefore(i, start int, taken map[int]bool) int {
	best := -1
	for k, im := range v.issues {
		if im.From >= start && im.To <= i && v.claim[im.Issue] && !taken[k] {
			best = k
		}
	}
	return best
}

// hasToken reports whether one of words occurs in tokens [from, to).
func (v *sentenceView) hasToken(from, to int, words ...string) bool {
	for k := from; k < to; k++ {
		for _, w := range words {
			if v.toks[k].Lower == w {
				return true
			}
		}
	}
	return false
}

// claimNegated reports whether a negator stands before a claim's term
// in what is claimed: back to the clause's start, a "that" or the speech
// verb ("insisted that no rebels were present on its territory").
func (v *sentenceView) claimNegated(i int) bool {
	if v.predicateNegated(i) {
		return true // "Norland's soil will not be used against its neighbours"
	}
	cs, _ := v.clause(i)
	for k := i - 1; k >= cs; k-- {
		t := v.toks[k]
		if t.Lower == "that" || k == v.sp.Verb || k == v.sp.AnyVerb || t.Lower == "," || subordinators.in(t.wid) {
			return false // "would not resume talks until the militia stopped raiding villages"
		}
		if negators.in(t.wid) || strings.HasSuffix(t.Lower, "n't") {
			return true
		}
	}
	return false
}

// predicateNegated reports whether the claim term at token i is the
// subject of a negated verb right after it: "Afghan territory will not be
// used", "the group is not based in Afghanistan" (a modal or a form of
// "be", then a negator).
func (v *sentenceView) predicateNegated(i int) bool {
	k := i
	for k < v.to && k < i+6 && v.toks[k].Word && !modals.in(v.toks[k].wid) && !beForms.in(v.toks[k].wid) {
		k++ // past the term's own words
	}
	if k >= v.to || k >= i+6 || !(modals.in(v.toks[k].wid) || beForms.in(v.toks[k].wid)) {
		return false
	}
	return k+1 < v.to && (negators.in(v.toks[k+1].wid) || strings.HasSuffix(v.toks[k+1].Lower, "n't")) ||
		strings.HasSuffix(v.toks[k].Lower, "n't")
}

// subordinators open a clause a negation before them does not reach.
var subordinators = wordSetOf("subordinators")

// negatedAcross reports whether the actor right before token i stands
// under a negated verb of its own: "we have not seen Hamas accept it" says
// nothing of what Hamas did.
func (v *sentenceView) negatedAcross(i int) bool {
	m, ok := mentionAt(v.ms, i-1)
	return ok && m.To == i && !m.Poss && m.From > v.from && v.negatedBefore(m.From, 3)
}

// negatedBefore reports whether a negator stands within n words before
// token i ("did not agree to", "no longer seeking"), and no actor between.
func (v *sentenceView) negatedBefore(i, n int) bool {
	for k := i - 1; k >= v.from && k >= i-n; k-- {
		t := v.toks[k]
		if !t.Word {
			return false
		}
		if _, ok := mentionAt(v.ms, k); ok {
			return false // "we have not seen Hamas accept it": the negation is another verb's
		}
		if negators.in(t.wid) || strings.HasSuffix(t.Lower, "n't") {
			return true
		}
	}
	return false
}

// otherParties reports whether an issue whose label names its parties
// ("Pakistan–TTP talks") is raised here between others: "talks with the
// Taliban", "talks between Islamabad and Kabul", or, for a position one
// takes part in (support, oppose, conditional), subjects who would hold
// the talks together ("Pakistan and the Taliban agreed to talks"). Those
// who demand or propose need not be parties.
func (v *sentenceView) otherParties(im issueMention, subjects []string, pos report.Position) bool {
	return v.otherPartiesOf(im, subjects, pos, false)
}

// headIssue returns the issue whose mention the one at k modifies as a
// noun before its head, no word between ("ceasefire talks": the talks),
// or k itself. A verb after "to" or an auxiliary takes the next as its
// object instead ("to facilitate talks").
func (v *sentenceView) headIssue(k int) int {
	for k+1 < len(v.issues) && v.issues[k+1].From == v.issues[k].To && !v.claim[v.issues[k+1].Issue] &&
		v.issues[k].To-v.issues[k].From == 1 && !v.infinitive(v.issues[k].From) && !auxiliaries.in(v.toks[max(v.issues[k].From-1, 0)].wid) {
		k++
	}
	return k
}

// endorsements are cues by which anyone, party or not, takes a side on
// what others do ("Saudi Arabia and Iran welcomed the truce").
var endorsements = wordSetOf("endorsements")

// otherPartiesOf is otherParties for a cue that endorses (endorse set):
// several subjects who endorse need not hold the issue together.
func (v *sentenceView) otherPartiesOf(im issueMention, subjects []string, pos report.Position, endorse bool) bool {
	parties := v.parties[im.Issue]
	if len(parties) < 2 {
		return false
	}
	outside := func(actor string) bool {
		for _, p := range parties {
			if p == actor {
				return false
			}
		}
		return true
	}
	if v.resolvedThrough(im) {
		// "ready to settle disputes through dialogue", "urged both
		// countries to settle their differences through talks": the talks
		// are between those who resolve, so they must be the parties.
		if pos == report.Demand || pos == report.Propose {
			return !v.resolversAreParties(im, outside) // those asked to resolve
		}
		for _, s := range subjects {
			if outside(s) {
				return true
			}
		}
	}
	if len(subjects) >= 2 && !endorse && !v.claim[im.Issue] && (pos == report.Support || pos == report.Oppose || pos == report.Conditional) {
		// "A and B agreed to a truce": a truce of others is another issue
		// (a claim about others is anyone's to assert).
		for _, s := range subjects {
			if outside(s) {
				return true
			}
		}
	}
	_, end := v.clause(im.From)
	for k := im.To; k < end && k < im.To+3; k++ {
		if w := v.toks[k].Lower; w != "with" && w != "between" {
			continue
		}
		// The noun phrase after "with"/"between": up to a comma, a
		// preposition or the clause's end.
		for j := k + 1; j < end && j < k+8; j++ {
			if m, ok := mentionAt(v.ms, j); ok {
				if outside(m.Actor) {
					return true
				}
				j = m.To - 1
				continue
			}
			if w := v.toks[j].Lower; !v.toks[j].Word || (prepositions.has(w) && w != "of") {
				break
			}
			if v.toks[j].Title && v.toks[j].Lower != "the" {
				return true // "talks between Pakistan and Afghanistan": a party we do not know
			}
		}
		return false
	}
	return false
}

// resolversAreParties reports whether the actors named last before an
// issue resolved "through" it — those a demand asks to resolve, "hope the
// parties will settle their disputes through dialogue" — are all
// parties of the issue.
func (v *sentenceView) resolversAreParties(im issueMention, outside func(string) bool) bool {
	for k := len(v.ms) - 1; k >= 0; k-- {
		m := v.ms[k]
		if m.To > im.From || m.PrepObject {
			continue
		}
		if m.Pair == "" {
			return false // one actor does not resolve differences alone
		}
		return !outside(m.Actor) && !outside(m.Pair)
	}
	return false
}
