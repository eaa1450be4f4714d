package extract

import (
	"strings"

	"brief/report"
)

// Appeals: a speaker who says another party should, must or — in a hope —
// will do something demands it of that party: "We hope both parties will
// … resolve their differences through dialogue", "it is time for the
// Taliban to take action", "Kabul should take more concrete action".

// appealReach is how many tokens an appeal's modal may stand before the
// issue it governs.
const appealReach = 15

// hopeVerbs before "X will/would" make the future an appeal.
var hopeVerbs = wordSetOf("hopeVerbs")

// appealEnds end the clause an appeal governs: a new clause, a contrast,
// a condition.
var appealEnds = wordSetOf("appealEnds")

// stopVerbs turn an appeal against its issue: "should avoid airstrikes".
var stopVerbs = wordSetOf("stopVerbs")

// appealed reports whether the speaker appeals to another party to do the
// issue of im.
func (v *sentenceView) appealed(im issueMention, speaker string) bool {
	if v.timeFor(im.From, speaker) || v.faultedFor(im, speaker) {
		return true
	}
	for k := im.From - 1; k >= v.from && k >= im.From-appealReach; k-- {
		t := v.toks[k]
		switch {
		case appealEnds.in(t.wid) || negators.in(t.wid) || stopVerbs.in(t.wid) || v.toks[k].Lower == "\"":
			return false
		case t.Lower == "should" || t.Lower == "must":
			return v.appealTarget(k, speaker, false)
		case v.obligation(k):
			return v.appealTarget(k, speaker, false) // "both parties need to allow access"
		case t.Lower == "will" || t.Lower == "would":
			return v.appealTarget(k, speaker, true)
		}
	}
	return false
}

// appealTarget reports whether the modal at k has another party for its
// subject: an actor other than the speaker, or "both sides", "the
// parties". With hope set, the subject must follow a verb of hoping.
func (v *sentenceView) appealTarget(k int, speaker string, hope bool) bool {
	start := k - 1
	other := false
	for j := k - 1; j >= v.from && j >= k-4; j-- {
		if m, ok := mentionAt(v.ms, j); ok {
			if m.PrepObject || m.Actor == speaker || m.Pair == speaker {
				return false
			}
			other, start, j = true, m.From-1, m.From
			if p := m.From - 1; p < v.from || v.toks[p].Lower != "and" && v.toks[p].Lower != "," {
				break // the subject ends here: "Lavrov said Ukraine must …" binds Ukraine alone
			}
			continue
		}
		if pairNouns.in(v.toks[j].wid) && j-1 >= v.from && partyWords.in(v.toks[j-1].wid) {
			other, start = true, j-2 // "both sides", "the parties", "all countries"
			break
		}
	}
	if !other {
		return false
	}
	for start >= v.from && (v.toks[start].Lower == "the" || v.toks[start].Lower == "that") {
		start--
	}
	if hope {
		return start >= v.from && hopeVerbs.in(v.toks[start].wid)
	}
	return true
}

// faultedFor reports whether the speaker faults another party for not
// doing the issue's act: "the ministry says the rebels have been slow to
// free the detainees", "the envoy said the army had failed to open the
// corridor".
// Whoever finds the act late or undone wants it done.
func (v *sentenceView) faultedFor(im issueMention, speaker string) bool {
	k := im.From - 1
	if k-1 <= v.from || v.toks[k].Lower != "to" || !faultWords.in(v.toks[k-1].wid) {
		return false
	}
	j := k - 2
	for j > v.from && (perfectAux.in(v.toks[j].wid) || beForms.in(v.toks[j].wid) || faultAdverbs.in(v.toks[j].wid)) {
		j-- // "has been", "had so far"
	}
	m, ok := mentionAt(v.ms, j)
	return ok && m.To == j+1 && !m.PrepObject && !m.Poss && m.Actor != speaker && m.Pair != speaker
}

// faultWords before "to" say an act is late or undone; faultAdverbs may
// stand between the party and them.
var faultWords, faultAdverbs = wordSetOf("faultWords"), wordSetOf("faultAdverbs")

// partyWords before a pair noun name the parties a speaker appeals to.
var partyWords = wordSetOf("partyWords")

// timeFor reports whether the issue at i follows "time for X to": "it is
// time for the Taliban to take action".
func (v *sentenceView) timeFor(i int, speaker string) bool {
	k := i - 1
	if k <= v.from || v.toks[k].Lower != "to" {
		return false
	}
	m, ok := mentionAt(v.ms, k-1)
	if !ok || m.Actor == speaker {
		return false
	}
	f := m.From - 1
	if f > v.from && v.toks[f].Lower == "the" {
		f--
	}
	return f > v.from && v.toks[f].Lower == "for" && v.toks[f-1].Lower == "time"
}

// obligation reports whether token k is a verb of obligation before "to"
// ("need to", "needs to", "have to"): the subject is bound to act, as by
// "must", and holds no position of its own by it.
func (v *sentenceView) obligation(k int) bool {
	return obligationVerbs.in(v.toks[k].wid) && k+1 < v.to && v.toks[k+1].Lower == "to"
}

// obligationVerbs before "to" bind their subject as "must" does.
var obligationVerbs = wordSetOf("obligationVerbs")

// boundBy returns the speaker who binds another party to the act of the
// cue at token i: "both parties must allow access, Washington said",
// "the army needs to open the roads". The cue follows "must", "should"
// or a verb of obligation and "to", with at most two adverbs between,
// and the bound subject is not the speaker. It returns "" otherwise.
func (v *sentenceView) boundBy(i int) string {
	k, ok := v.bound(i)
	if !ok {
		return ""
	}
	who := v.voiceAt(i)
	if who == "" {
		return ""
	}
	if k+1 < i && copulas.in(v.toks[k+1].wid) {
		return who // "aid workers must be allowed to operate": the speaker's demand, whoever acts
	}
	if !v.appealTarget(k, who, false) {
		return ""
	}
	return who
}

// bound returns the modal or verb of obligation that binds the subject of
// the cue at token i ("must allow", "need to immediately allow", "need to
// continue to demand"), with at most two adverbs and a "continue to"
// between.
func (v *sentenceView) bound(i int) (int, bool) {
	k := i - 1
	for n := 0; k > v.from && n < 4; n++ {
		w := v.toks[k].Lower
		switch {
		case cueAdverbs.has(w) || strings.HasSuffix(w, "ly"): // "need to immediately allow"
		case w == "be" && n == 0: // "must be allowed"
		case w == "to" && continuers.in(v.toks[k-1].wid):
			k-- // "need to continue to demand"
		default:
			n = 4
			continue
		}
		k--
	}
	if k <= v.from {
		return 0, false
	}
	switch {
	case v.toks[k].Lower == "must" || v.toks[k].Lower == "should":
		return k, true
	case v.toks[k].Lower == "to" && v.obligation(k-1):
		return k - 1, true
	case v.toks[k].Lower == "and":
		return v.boundBefore(k) // "must stop the fighting and allow access"
	}
	return 0, false
}

// boundBefore returns the "must" or "should" of a verb coordinated before
// the "and" at token k, within obligationReach words of its clause with
// no actor between: "must stop the fighting and allow access".
func (v *sentenceView) boundBefore(k int) (int, bool) {
	for j := k - 1; j > v.from && j >= k-obligationReach; j-- {
		w := v.toks[j].Lower
		if _, ok := mentionAt(v.ms, j); ok || !v.toks[j].Word || clauseBreaks.has(w) {
			return 0, false
		}
		if w == "must" || w == "should" {
			return j, true
		}
	}
	return 0, false
}

// obligationReach is how many words back a coordinated verb looks for
// the obligation it shares.
const obligationReach = 8

// continuers may stand between an obligation and its act: "need to
// continue to demand".
var continuers = wordSetOf("continuers")

// selfBound reports whether the subject of the modal at k speaks for
// itself: "we must", "I need to".
func (v *sentenceView) selfBound(k int) bool {
	for j := k - 1; j >= v.from && j >= k-3; j-- {
		if firstPronouns.in(v.toks[j].wid) {
			return true
		}
	}
	return false
}

// appealedAgainst reports whether the speaker appeals to another party to
// stop or give up the issue of im: "Ukraine must abandon its plans to join
// NATO", "the army should end its offensive". The speaker opposes it.
func (v *sentenceView) appealedAgainst(im issueMention, speaker string) bool {
	stop := false
	for k := im.From - 1; k >= v.from && k >= im.From-appealReach; k-- {
		t := v.toks[k]
		if t.Lower == "and" && k+1 == im.From && termVerbs.in(v.toks[im.From].wid) {
			return false // "must stop the fighting and release the detainees": a second act
		}
		switch {
		case stopVerbs.in(t.wid) || enders.in(t.wid):
			stop = true
		case appealEnds.in(t.wid) || negators.in(t.wid) || t.Lower == "\"":
			return false
		case t.Lower == "should" || t.Lower == "must":
			return stop && v.appealTarget(k, speaker, false)
		}
	}
	return false
}

// mustEnd reports whether the issue is the subject of an obligation to
// end: "the siege of El Fasher must end now", "these attacks have to stop".
// Whoever says so opposes it.
func (v *sentenceView) mustEnd(im issueMention) bool {
	k := im.To
	if k < v.to && (v.toks[k].Lower == "must" || v.toks[k].Lower == "should") {
		k++
	} else if k+1 < v.to && obligationVerbs.in(v.toks[k].wid) && v.toks[k+1].Lower == "to" {
		k += 2 // "has to stop", "need to end"
	} else {
		return false
	}
	for k < v.to && strings.HasSuffix(v.toks[k].Lower, "ly") {
		k++ // "must immediately end"
	}
	if k < v.to && v.toks[k].Lower == "be" && k+1 < v.to && enders.in(v.toks[k+1].wid) {
		return true // "must be ended", "must be lifted"
	}
	return k < v.to && (enders.in(v.toks[k].wid) || stopVerbs.in(v.toks[k].wid))
}

// necessity returns the position of a speaker who says an issue is needed
// without naming who is to act: "action was needed to halt the supply of
// weapons", "more must be done to protect civilians", "it is critical that
// the parties agree to a truce", "there must be a truce now". An act of
// stopping ("to halt", "to cut off") opposes its issue; any other is
// demanded. It returns "" when the sentence has no such frame.
func (v *sentenceView) necessity(im issueMention) report.Position {
	if v.thereMustBe(im.From) || v.saidNeeded(im) {
		return report.Demand // "there must be a truce", "a complete ceasefire was required"
	}
	cs, _ := v.clause(im.From)
	for k := im.From - 1; k > cs && k >= im.From-appealReach; k-- {
		switch w := v.toks[k].Lower; {
		case appealEnds.has(w) || negators.has(w):
			return ""
		case w == "to" && v.neededBefore(k):
			if stopVerbs.in(v.toks[k+1].wid) || enders.in(v.toks[k+1].wid) || v.opposingCueAt(k+1) {
				return report.Oppose // "action is needed to halt the shelling"
			}
			return report.Demand
		case w == "that":
			if v.neededBefore(k) {
				return report.Demand // "it is critical that both sides agree to a truce"
			}
			return "" // "it is important to note that talks resumed": a fact noted
		}
	}
	return ""
}

// neededAct reports whether the verb at k is, or is coordinated with, the
// act of a necessity: "action was needed to halt the shelling and restore
// access".
func (v *sentenceView) neededAct(k int) bool {
	cs, _ := v.clause(k)
	for j := k - 1; j > cs && j >= k-8; j-- {
		if _, ok := mentionAt(v.ms, j); ok {
			return false // "it is important to note that Hamas agreed": its own act
		}
		switch w := v.toks[j].Lower; {
		case appealEnds.has(w) || negators.has(w) || w == "that":
			return false
		case w == "to":
			return v.neededBefore(j)
		}
	}
	return false
}

// neededBefore reports whether the words before token k say that what
// follows is needed, with no one named to do it: "is needed", "it is
// essential", "must be done", "should be taken". A negation before voids
// it: "no action is needed".
func (v *sentenceView) neededBefore(k int) bool {
	p := k - 1
	if p-1 <= v.from {
		return false
	}
	switch w := v.toks[p].Lower; {
	case necessityWords.has(w) && beForms.in(v.toks[p-1].wid):
		p -= 2 // "is needed", "it was essential"
	case necessityActs.has(w) && v.toks[p-1].Lower == "be" && p-2 > v.from && modals.in(v.toks[p-2].wid):
		p -= 3 // "must be done"
	default:
		return false
	}
	if _, ok := mentionAt(v.ms, p); ok {
		return false // "the RSF was required to withdraw": someone is named
	}
	for j := p; j >= v.from && j >= p-2; j-- {
		if negators.in(v.toks[j].wid) {
			return false
		}
	}
	return true
}

// saidNeeded reports whether the issue is the subject of "is needed",
// "was required", "is essential" and the like: "a complete ceasefire was
// required before talks".
func (v *sentenceView) saidNeeded(im issueMention) bool {
	k := im.To
	if k+1 >= v.to || !beForms.in(v.toks[k].wid) {
		return false
	}
	return neededWords.in(v.toks[k+1].wid) && !(k+2 < v.to && v.toks[k+2].Lower == "to")
}

// neededWords after a form of "be" say that its subject is needed: "a
// complete ceasefire was required".
var neededWords = wordSetOf("neededWords")

// thereMustBe reports whether an issue at i follows "there must be",
// "there should be" or "there needs to be", with up to three modifiers
// between: "there must be an immediate truce".
func (v *sentenceView) thereMustBe(i int) bool {
	k := i - 1
	for k > v.from && k >= i-5 && (articles.in(v.toks[k].wid) || modifier(v.toks[k]) || v.toks[k].Lower == ",") {
		k-- // "there should be effective, meaningful action"
	}
	if k-2 < v.from || v.toks[k].Lower != "be" {
		return false
	}
	switch {
	case advice.in(v.toks[k-1].wid):
		return v.toks[k-2].Lower == "there"
	case v.toks[k-1].Lower == "to" && k-3 >= v.from && obligationVerbs.in(v.toks[k-2].wid):
		return v.toks[k-3].Lower == "there" // "there needs to be"
	}
	return false
}

// opposingCueAt reports whether an opposing cue opens at token k: "to cut
// off the supply".
func (v *sentenceView) opposingCueAt(k int) bool {
	for _, c := range v.cues {
		if c.From == k && v.table.list[c.Value].position == report.Oppose {
			return true
		}
	}
	return false
}

// necessityWords after a form of "be" say that what follows is needed;
// necessityActs do so after a modal and "be" ("must be done").
var necessityWords, necessityActs = wordSetOf("necessityWords"), wordSetOf("necessityActs")

// passiveObliged reports whether an issue read in its passive order holds
// the modal of an obligation: "the hostages must be freed", "all troops
// should be withdrawn". Whoever says so demands it; a negation inside
// ("must not be released") voids it.
func (v *sentenceView) passiveObliged(im issueMention) bool {
	if !im.Object {
		return v.participleObliged(im)
	}
	if v.onlyAfter(im) {
		return false // "relief must be sent only by sea" sets a condition (onlyWhen)
	}
	obliged := false
	for k := im.From; k < im.To; k++ {
		switch w := v.toks[k].Lower; {
		case negators.has(w):
			return false
		case advice.has(w) || obligationVerbs.has(w) && k+1 < im.To && v.toks[k+1].Lower == "to":
			obliged = true
		}
	}
	return obliged
}

// participleObliged reports whether an issue term that opens with a past
// participle follows an obligation and "be": "those responsible must be
// held accountable".
func (v *sentenceView) participleObliged(im issueMention) bool {
	k := im.From
	if k-2 < v.from || v.toks[k-1].Lower != "be" || !advice.in(v.toks[k-2].wid) {
		return false
	}
	w := v.toks[k].Lower
	return pastForm(w) || irregularPast.has(w)
}

// patientPassive reports whether token i holds a verb whose passive
// subject is acted on (lexicon patientPassives) after a form of "be",
// adverbs and a negation at most between: "was asked", "had not been
// consulted", "were reportedly invited". A cue there takes no side
// (cueStance): a party "not consulted on" an issue takes none on it; one
// "asked to accept" it neither asks for it nor accepts it. (A passive cue with its agent, "a truce proposed by
// Norway", has a rule of its own.)
func (v *sentenceView) patientPassive(i int) bool {
	if i >= v.to || !patientPassives.in(v.toks[i].wid) {
		return false
	}
	for k := i - 1; k >= v.from && k >= i-3; k-- {
		t := v.toks[k]
		if beForms.in(t.wid) || t.Lower == "being" {
			return true
		}
		if !cueAdverbs.in(t.wid) && !strings.HasSuffix(t.Lower, "ly") {
			return false
		}
	}
	return false
}

// patientPassives are past participles whose passive subject is acted on:
// "was asked", "had been consulted".
var patientPassives = wordSetOf("patientPassives")
