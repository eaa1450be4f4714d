package extract

import (
	"strings"

	"brief/report"
)

// Passive agents: "a truce put forward by Norway", "talks
// mediated by Oman, Kenya and Chile". The actors after "by" hold the
// position of the participle before it.

// agentsAfter returns the actors coordinated after the "by" at token by
// ("by Oman, Kenya and Chile"), or nil when no actor follows it at once.
func (v *sentenceView) agentsAfter(by int) []string {
	by = v.pastTime(by)
	if by >= v.to || (v.toks[by].Lower != "by" && v.toks[by].Lower != "of") {
		return nil
	}
	return v.groupAgents(by + 1)
}

// nounAgentsAfter is agentsAfter for a noun cue, whose maker "from" names
// as well: "a proposal from the United States for a truce", "calls from
// the UN to …".
func (v *sentenceView) nounAgentsAfter(k int) []string {
	if k = v.pastTime(k); k < v.to && v.toks[k].Lower == "from" {
		out, _ := v.actorList(k + 1)
		return out
	}
	return v.agentsAfter(k)
}

// actorList returns the distinct actors named from token j on, joined by
// commas, "and", "the" or a slash ("Oman, Kenya and the UN", "the army
// and the RSF"), and the token where the list ends.
func (v *sentenceView) actorList(j int) ([]string, int) {
	var out []string
	for ; j < v.to; j++ {
		if m, ok := mentionAt(v.ms, j); ok && m.From == j {
			if !containsString(out, m.Actor) {
				out = append(out, m.Actor)
			}
			j = m.To - 1
			continue
		}
		if !listJoiners.in(v.toks[j].wid) {
			break
		}
	}
	return out, j
}

// listJoiners join the names of a list of actors.
var listJoiners = wordSetOf("listJoiners")

// pastTime returns the first token at or after i that no time phrase
// holds: "listed Friday by the council", "proposed on 3 May by Norway".
func (v *sentenceView) pastTime(i int) int {
	for k := i; k < v.to && k < i+4; k++ {
		w := v.toks[k].Lower
		if !timeWords.has(w) && !agentGapWords.has(w) && strings.Trim(w, "0123456789") != "" {
			return k
		}
	}
	return i
}

// agentGapWords may stand, with the names of days and months, between a
// participle and "by" its agent: "on", "today".
var agentGapWords = wordSetOf("agentGapWords")

// participle reports whether the phrase ending before token to ends in a
// past participle ("mediated", "brokered", "proposed").
func (v *sentenceView) participle(to int) bool {
	return to > v.from && pastForm(v.toks[to-1].Lower)
}

// passiveCue reads a cue used as a passive participle with its agent:
// "a ten-day truce proposed by Norway". The issue is the one
// that ends at most one word before the cue.
func (v *sentenceView) passiveCue(m phraseMatch, c cue, taken map[int]bool) (hit, bool) {
	if c.kind != cueVerb || !v.participle(m.To) && !pastForm(v.toks[m.From].Lower) || v.datedHistory(m.From) {
		return hit{}, false // a participle: "brokered by", "put forward by"
	}
	agents := v.agentsAfter(m.To)
	if len(agents) == 0 {
		return hit{}, false
	}
	for k, im := range v.issues {
		if !v.claim[im.Issue] && im.To <= m.From && im.To >= m.From-1 && !v.verbAndObject(im) {
			// Another cue may have taken the issue: "rejected the truce
			// proposed by Egypt" — the agent holds a position of its own.
			taken[k] = true
			return hit{actors: agents, issue: im.Issue, position: c.position}, true
		}
	}
	return hit{}, false
}

// verbAndObject reports whether an issue is read as a verb and its object
// in active order ("release the hostages"): a participle after it tells of
// the object ("the hostages held by Hamas"), not of the act.
func (v *sentenceView) verbAndObject(im issueMention) bool {
	return !im.Object && im.From+1 < im.To && termVerbs.in(v.toks[im.From].wid) && v.toks[im.From+1].Lower != "of"
}

// announcedPassive reads a cue as a passive participle in the future or
// under "must"/"should", its issue the subject, in what an actor says:
// "the rebels said the prisoner swap would be delayed" — the speaker means
// to do it (here, opposes the swap); "the sanctions must be lifted, the
// minister said" — the speaker demands it (opposes the sanctions; a
// release that must happen is demanded).
func (v *sentenceView) announcedPassive(m phraseMatch, c cue, taken map[int]bool) (hit, bool) {
	if c.kind != cueVerb || !v.participle(m.To) || m.From-2 <= v.from {
		return hit{}, false
	}
	modal := v.toks[m.From-2].Lower
	bound := advice.has(modal) // "must", "should"
	if v.toks[m.From-1].Lower != "be" || !futureModals.has(modal) && !bound {
		return hit{}, false
	}
	var who string
	if bound {
		who = v.voiceAt(m.From) // "the sanctions must be lifted, the minister said": his demand
	} else {
		who = v.speakerAt(m.From)
	}
	if who == "" || len(v.agentsAfter(m.To)) > 0 || v.conditionedClause(m) {
		return hit{}, false
	}
	pos := c.position
	if bound && pos == report.Support {
		pos = report.Demand // "the hostages must be released"
	}
	for k, im := range v.issues {
		if im.To != m.From-2 || taken[k] || v.claim[im.Issue] {
			continue
		}
		if im.From > v.from && negators.in(v.toks[im.From-1].wid) {
			return hit{}, false // "no vote would be held"
		}
		taken[k] = true
		return hit{actors: []string{who}, issue: im.Issue, position: pos}, true
	}
	return hit{}, false
}

// conditionedClause reports whether a condition stands in the clause of
// the cue at m, before it or within a few words after it ("the truce
// would be extended only if …", "… reopened only after …"): the
// condition rules read it.
func (v *sentenceView) conditionedClause(m phraseMatch) bool {
	cs, ce := v.clause(m.From)
	for _, c := range v.conditions() {
		if c.From >= cs && c.From < ce {
			return true
		}
	}
	for k := m.To; k < ce && k < m.To+4; k++ {
		if limitingWords.in(v.toks[k].wid) {
			return true
		}
	}
	return false
}

// limitingWords just after a cue limit it to a time or a condition:
// "would be reopened only after …".
var limitingWords = wordSetOf("limitingWords")

// passiveTerm reads an issue term that is itself a participle with its
// agent: "negotiations mediated by Oman and Kenya" — the agents take part.
func (v *sentenceView) passiveTerm(k int) []string {
	im := v.issues[k]
	if v.claim[im.Issue] || !v.participle(im.To) || v.datedHistory(im.From) || v.background(im.To-1) {
		return nil
	}
	return v.agentsAfter(im.To)
}

// effortNouns follow an issue term as what its agents do: "the mediation
// efforts of Oman and Kenya".
var effortNouns = wordSetOf("effortNouns")

// termOf reads an issue term followed by an effort noun and "of" its
// agents: "supports the mediation efforts of Oman and Kenya" — the
// agents take part.
func (v *sentenceView) termOf(k int) []string {
	im := v.issues[k]
	if v.claim[im.Issue] || im.To+1 >= v.to || !effortNouns.in(v.toks[im.To].wid) {
		return nil
	}
	return v.agentsAfter(im.To + 1)
}

// datedHistory reports whether the clause of token i names a year ("talks
// arranged by the rebels at the end of 2018"): a part played in a dated past is
// history told, not a position held.
func (v *sentenceView) datedHistory(i int) bool {
	cs, ce := v.clause(i)
	for k := cs; k < ce; k++ {
		if w := v.toks[k].Lower; len(w) == 4 && w >= "1900" && w <= "2099" && strings.Trim(w, "0123456789") == "" {
			return true
		}
		if v.toks[k].Lower == "last" && k+1 < ce && pastSpans.in(v.toks[k+1].wid) {
			return true // "last year", like a year
		}
	}
	return false
}

// pastSpans after "last" date a deed to a past span as a year does: "last
// year".
var pastSpans = wordSetOf("pastSpans")

// background reports whether the participle at token p is the verb of a
// relative clause ("negotiations with the TTP, which were arranged by the
// Taliban"): background told about something else, not a position.
func (v *sentenceView) background(p int) bool {
	for k := p - 1; k >= v.from && k >= p-3; k-- {
		switch v.toks[k].Lower {
		case "which", "that", "who":
			return true
		case "was", "were", "had", "been", "have", "has", "being":
			continue
		}
		return false
	}
	return false
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// compoundAgents are the participles of "U.S.-led talks", "Qatar-brokered
// truce": the actor before the hyphen takes part in the issue after.
var compoundAgents = wordSetOf("compoundAgents")

// compoundAgent returns the actor of "U.S.-led talks" for the issue
// mention k, or "".
func (v *sentenceView) compoundAgent(k int) string {
	im := v.issues[k]
	p := im.From - 1
	if p-1 > v.from && !compoundAgents.in(v.toks[p].wid) && compoundAgents.in(v.toks[p-1].wid) && modifierWord(v.toks[p]) {
		p-- // "a UN-backed regional force"
	}
	if v.claim[im.Issue] || p-1 <= v.from || !compoundAgents.in(v.toks[p].wid) || v.toks[p-1].Lower != "-" {
		return ""
	}
	if m, ok := mentionAt(v.ms, p-2); ok && m.To == p-1 {
		return m.Actor
	}
	return ""
}

// modifierWord reports whether t may be an adjective between a compound
// and the noun it qualifies: a lower-case word that is no function word.
// progressiveSubject returns who an issue's verb in the progressive or
// perfect has as its pronoun subject ("it was designating", "they have
// deported"): the actor the pronoun stands for, or "".
func (v *sentenceView) progressiveSubject(im issueMention) string {
	w := v.toks[im.From].Lower
	if !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
		return ""
	}
	j := im.From - 1
	if j <= v.from || !progressiveAux.in(v.toks[j].wid) {
		return ""
	}
	j--
	if !thirdPronouns.in(v.toks[j].wid) || possessivePronouns.in(v.toks[j].wid) {
		return ""
	}
	return v.pronoun(j)
}

// progressiveAux stand between a pronoun and its verb: "it was
// designating", "they have deported".
var progressiveAux = wordSetOf("progressiveAux")

func modifierWord(t token) bool {
	return t.Word && !t.Title && !t.Caps && !functionWords.in(t.wid)
}

// verbTerm returns who does an issue named by a verb in the past tense,
// with its subject just before it: "Norway, which has mediated between the
// parties since 2010", "the truce that Oman and Kenya brokered".
// A part played in a dated past ("which brokered a truce in 2024") is
// history told, unless the year only says since when ("since 2015"); so
// is one "in the past".
func (v *sentenceView) verbTerm(k int) []string {
	im := v.issues[k]
	if w := v.toks[im.From].Lower; v.claim[im.Issue] || !pastForm(w) {
		return nil // "Israel released 1,968 prisoners", "the truce that Oman brokered"
	}
	if v.hypothetical(im.From) {
		return nil // "only if the army resumed the offensive": no deed done
	}
	if v.datedHistory(im.From) {
		cs, ce := v.clause(im.From)
		if !v.hasToken(cs, ce, "since") {
			return nil
		}
	}
	if cs, ce := v.clause(im.From); v.hasToken(cs, ce, "past", "previously", "formerly", "once", "earlier") {
		return nil // "China, which has mediated … in the past": no part it plays now
	}
	j := im.From - 1
	for j >= v.from && perfectAux.in(v.toks[j].wid) {
		j--
	}
	if j < v.from {
		return nil
	}
	if m, ok := mentionAt(v.ms, j); ok && m.To == j+1 && !m.PrepObject {
		if m.From > v.from && causativeVerbs.in(v.toks[m.From-1].wid) {
			return nil // "would see Hamas disarmed": done to Hamas
		}
		return v.withConjuncts(m, v.from)
	}
	if w := v.toks[j].Lower; (w == "which" || w == "who") && j-2 >= v.from && v.toks[j-1].Lower == "," {
		if m, ok := mentionAt(v.ms, j-2); ok && !m.PrepObject {
			return []string{m.Actor}
		}
	}
	return nil
}

// perfectAux may stand between a subject and its verb in the past.
var perfectAux = wordSetOf("perfectAux")

// modifierAgent returns the actor named right before an issue term as its
// modifier, who does it: "Pakistani airstrikes", "Qatari mediation",
// "Houthi attacks on ships", "a UN-brokered truce" (the term "broker"). It returns "" when there is none.
func (v *sentenceView) modifierAgent(k int) string {
	im := v.issues[k]
	if v.claim[im.Issue] || im.From == v.from || im.Object || patientNouns.in(v.toks[im.From].wid) || patientActs.in(v.toks[im.From].wid) {
		return "" // "Israeli hostages would be freed": the hostages are the object, not the agents; "Westria's disarmament"
	}
	if termVerbs.in(v.toks[im.From].wid) {
		return "" // "demanded that Russia withdraw its troops": a verb's subject, asked, not a modifier
	}
	if pastForm(v.toks[im.From].Lower) && (im.From == v.from || v.toks[im.From-1].Lower != "-") {
		return "" // "would see Hamas disarmed": done to the actor, not by it ("UN-brokered" is a compound)
	}
	if m, ok := mentionAt(v.ms, im.From); ok && m.To >= im.To {
		return "" // "the Transitional Council's president": the term is part of a name
	}
	at := im.From
	if at-2 >= v.from && v.toks[at-1].Lower == "-" {
		at-- // "UN-brokered": the term is the participle of a compound
	}
	if v.againstPrefix(at - 1) {
		return "" // "anti-Russian sanctions": aimed at Russia, not Russia's
	}
	if who := v.progressiveSubject(im); who != "" {
		return who // "it was designating the group a terrorist organisation"
	}
	if m, ok := mentionAt(v.ms, at-1); ok {
		if m.To != at || m.PrepObject || m.Person || m.Place || v.anyBefore(at) >= 0 {
			return "" // "the Haiti sanctions committee": sanctions on the place, not its government's act
		}
		if v.ownsTarget(m.From) {
			return "" // "drones hit Southia's power grid": the owner of the target (fix_owner.go)
		}
		return m.Actor
	}
	if v.demonym == nil {
		return ""
	}
	if v.ownsTarget(im.From-1) || v.ownsTarget(im.From-2) {
		return "" // "missiles struck Southian energy infrastructure"
	}
	return v.demonym(im.From)
}

// againstPrefix reports whether the actor or demonym that ends at token k
// follows "anti-" ("anti-Russian", "anti-Houthi"): its target, not its
// agent.
func (v *sentenceView) againstPrefix(k int) bool {
	from := k
	if m, ok := mentionAt(v.ms, k); ok {
		from = m.From
	}
	return from-2 >= v.from && v.toks[from-1].Lower == "-" && againstPrefixes.in(v.toks[from-2].wid)
}

// againstPrefixes before a hyphen make the name after them a target.
var againstPrefixes = wordSetOf("againstPrefixes")

// patientNouns name the people an act is done to, whom a demonym before
// them qualifies without making its country the agent: "Israeli hostages",
// "Afghan refugees".
var patientNouns = wordSetOf("patientNouns")

// agentsOfParticiple reads an issue term followed by a participle and its
// agents — "talks facilitated by Oman", "the truce, brokered by Qatar and
// Egypt," (support: they take part), "a plan drafted by Norway" (propose)
// — and returns the agents and their position, or nil. With no participle
// right after the term, the mediators its clause names later take part
// (agentsOfMediatorNoun).
func (v *sentenceView) agentsOfParticiple(k int) ([]string, report.Position) {
	im := v.issues[k]
	p := im.To
	if p < v.to && v.toks[p].Lower == "," {
		p++
	}
	if p+1 >= v.to || v.claim[im.Issue] || v.datedHistory(im.From) {
		return nil, ""
	}
	var pos report.Position
	switch w := v.toks[p].Lower; {
	case takingPartParticiples.has(w):
		pos = report.Support
	case proposingParticiples.has(w):
		pos = report.Propose
	default:
		return v.agentsOfMediatorNoun(k), report.Support
	}
	if agents := v.agentsAfter(p + 1); len(agents) > 0 {
		return agents, pos
	}
	return nil, ""
}

// mediatorReach is how many tokens after an issue term its clause may name
// those who mediated it.
const mediatorReach = 8

// agentsOfMediatorNoun reads the agents a mediating noun or participle
// names later in the issue term's clause: "the truce was agreed on Friday after
// mediation by Oman and Kenya", "talks held under the auspices of Oman",
// "the truce was finally brokered by Egypt". They take part in the issue.
func (v *sentenceView) agentsOfMediatorNoun(k int) []string {
	im := v.issues[k]
	for p := im.To; p < v.to && p < im.To+mediatorReach; p++ {
		w := v.toks[p].Lower
		if m, ok := mentionAt(v.ms, p); ok && m.PrepObject && p > v.from && venuePrepositions.in(v.toks[p-1].wid) {
			p = m.To - 1
			continue // "negotiations in Nordby mediated by Norland": the place they are held
		}
		if _, ok := mentionAt(v.ms, p); ok || clauseBreaks.has(w) || w == "," || w == ";" || v.issueCovers(p) {
			return nil
		}
		if takingPartParticiples.has(w) || takingPartNouns.has(w) {
			return v.agentsAfter(p + 1)
		}
	}
	return nil
}

// venuePrepositions before a place name the talks' venue, not a party:
// "negotiations in Nordby mediated by Norland".
var venuePrepositions = wordSetOf("venuePrepositions")

// issueCovers reports whether an issue term covers token p.
func (v *sentenceView) issueCovers(p int) bool {
	for _, im := range v.issues {
		if im.From <= p && p < im.To {
			return true
		}
	}
	return false
}

// takingPartNouns, before "by" or "of" and their agents, tell that the
// agents took part in the issue their clause names.
var takingPartNouns = wordSetOf("takingPartNouns")

// takingPartParticiples and proposingParticiples, before "by" and their
// agents, tell the agents' part in an issue.
var (
	takingPartParticiples = wordSetOf("takingPartParticiples")
	proposingParticiples  = wordSetOf("proposingParticiples")
)

// willTerm returns who says it will do an issue named as a verb, and the
// position: an actor, a modal, the verb ("the M23 rebels will withdraw",
// "Israel would never withdraw"; a verb coordinated with such a one, "will
// stop fighting and withdraw"). Support, or oppose when negated; nil when
// the term is no such verb.
func (v *sentenceView) willTerm(k int) ([]string, report.Position) {
	im := v.issues[k]
	if v.claim[im.Issue] || v.hypothetical(im.From) {
		return nil, ""
	}
	if im.Object {
		return v.objectWillTerm(im), v.willPosition(im, report.Support) // "its troops will withdraw" for "withdraw troops"
	}
	j := im.From - 1
	if j > v.from && v.toks[j].Lower == "and" && k > 0 && v.issues[k-1].To == j && v.issues[k-1].From > v.from {
		return v.willTerm(k - 1) // "will stop fighting and withdraw"
	}
	pos := report.Support
	for j >= v.from && (strings.HasSuffix(v.toks[j].Lower, "ly") || negators.in(v.toks[j].wid)) {
		if negators.in(v.toks[j].wid) {
			pos = report.Oppose
		}
		j--
	}
	if j < v.from || !futureModals.in(v.toks[j].wid) {
		return nil, ""
	}
	j--
	if j > v.from && (v.toks[j].Lower == "and" || v.toks[j].Lower == "but") {
		if doers := v.coordinatedDoers(j, im); doers != nil {
			return doers, v.willPosition(im, pos) // "said it stood by the truce and would withdraw its troops"
		}
		return nil, ""
	}
	if m, named := mentionAt(v.ms, j); j > v.from && !v.toks[j].Title && strings.HasSuffix(v.toks[j].Lower, "s") && !(named && m.To == j+1) {
		j-- // "the M23 rebels will …", where "the rebels will" is a mention itself
	}
	if doers := v.termSubject(j, im); doers != nil {
		return doers, v.willPosition(im, pos)
	}
	return nil, ""
}

// coordinatedDoers returns the subject of the predicate that "and" or
// "but" at token j joins a will-term to — "the rebels said they remained
// committed to the talks and would pull back from the town" — when the
// speaker, if any, is among them; else nil.
func (v *sentenceView) coordinatedDoers(j int, im issueMention) []string {
	who := v.subjectOf(j, cueVerb)
	if len(who) == 0 {
		return nil
	}
	if s := v.speakerAt(im.From); s != "" && !containsString(who, s) {
		return nil
	}
	return who
}

// willPosition is the position of one who says it will (or will not) do
// the issue im: conditional when a condition follows in its clause —
// "would withdraw its troops once the threat was eliminated", "would not
// withdraw until …" — else pos. "In exchange for" after a plain "would"
// tells a deal's terms, no condition (provisos.go reads offers).
func (v *sentenceView) willPosition(im issueMention, pos report.Position) report.Position {
	for k := im.To; k < v.to && k < im.To+maxWillCondition; k++ {
		w := v.toks[k].Lower
		switch {
		case w == ";" || w == "." || speechVerbs.in(v.toks[k].wid):
			return pos
		case willConditions.in(v.toks[k].wid):
			if w == "once" && k+1 < v.to && (v.toks[k+1].Lower == "again" || v.toks[k+1].Lower == "more") {
				continue // "once again"
			}
			return report.Conditional
		case w == "as" && k+2 < v.to && v.toks[k+1].Lower == "long" && v.toks[k+2].Lower == "as":
			return report.Conditional
		}
	}
	return pos
}

// maxWillCondition is how many tokens after a term a condition may bind
// what one says it will do.
const maxWillCondition = 16

// willConditions open the condition on what one says it will do.
var willConditions = wordSetOf("willConditions")

// objectWillTerm returns who says its own forces will do an issue read in
// its object-first order, with a future modal inside the term: "Norland
// said its troops will withdraw" (for "withdraw troops"), "the Kenyan
// police will deploy" — the actor the forces belong to, named by the
// mention that holds the noun, a possessive or a demonym right before
// it. A passive ("troops will be withdrawn"), the people an act is done
// to ("hostages will be freed"), another speaker's account and a cue
// that governs the clause give none.
func (v *sentenceView) objectWillTerm(im issueMention) []string {
	q := -1
	for j := im.From + 1; j < im.To; j++ {
		if futureModals.in(v.toks[j].wid) {
			q = j
			break
		}
	}
	if q < 0 || patientNouns.in(v.toks[im.From].wid) {
		return nil
	}
	for j := q + 1; j < im.To; j++ {
		if beForms.in(v.toks[j].wid) {
			return nil // "troops will be withdrawn": by whom, it does not say
		}
	}
	var who []string
	p := im.From - 1
	for p > v.from && (isNumber(v.toks[p].Lower) || v.toks[p].Lower == "more") {
		p-- // "600 more Norlandic police"
	}
	if m, ok := mentionAt(v.ms, im.From); ok && !m.PrepObject {
		who, p = []string{m.Actor}, m.From-1 // "Norlandic police" as the actor's own force
	} else if m, ok := mentionAt(v.ms, p); ok && m.To == p+1 && m.Poss {
		who, p = []string{m.Actor}, m.From-1 // "Norland's troops"
	} else if p >= v.from && possessivePronouns.in(v.toks[p].wid) && v.toks[p].Lower != "our" && v.toks[p].Lower != "my" {
		who = v.pronouns(p) // "its troops"
	} else if v.demonym != nil && v.demonym(p+1) != "" {
		who = []string{v.demonym(p + 1)} // "Norlandic troops"
	}
	if len(who) != 1 {
		return nil
	}
	if s := v.speakerAt(im.From); s != "" && s != who[0] {
		return nil // "Southian troops will withdraw, Norland said": Norland's account
	}
	for _, c := range v.cues {
		if c.To <= im.From && c.From > v.openerEnd(p+1) {
			return nil // "urged that its troops will withdraw": the cue's own
		}
	}
	return who
}

// termSubject returns the actors of the mention that ends at token j as
// the subject of the issue term im after it ("the rebels will withdraw",
// "the council is withdrawing its observers"), or nil: when no mention
// ends there as a subject, when another speaker tells of it ("Pakistan
// hoped the Taliban would take action": another's hope), or when a cue
// before it governs it ("urged that Israel will withdraw": the cue's own).
func (v *sentenceView) termSubject(j int, im issueMention) []string {
	if j >= v.from && doerPronouns.in(v.toks[j].wid) {
		return v.pronounSubject(j, im) // "Rwanda said it would withdraw its troops"
	}
	m, ok := mentionAt(v.ms, j)
	if !ok || m.To != j+1 || m.PrepObject || m.Poss {
		return nil
	}
	if who := v.speakerAt(im.From); who != "" && who != m.Actor {
		return nil
	}
	opener := v.openerEnd(m.From)
	for _, c := range v.cues {
		if c.To <= m.From && c.From > opener {
			return nil
		}
	}
	return v.withConjuncts(m, v.from)
}

// doerPronouns stand as a verb's subject: "it would withdraw".
var doerPronouns = wordSetOf("doerPronouns")

// pronounSubject returns whom the subject pronoun at token j stands for
// when it does the issue term im after it ("Norland said it would
// withdraw its troops", "they will free the hostages"): one actor, the
// one who speaks of it when anyone does, and no cue before it that
// governs the clause.
func (v *sentenceView) pronounSubject(j int, im issueMention) []string {
	who := v.pronouns(j)
	if len(who) == 0 {
		return nil
	}
	if s := v.speakerAt(im.From); s != "" && !containsString(who, s) {
		return nil // "Pakistan said they would act": whoever they are, Pakistan's account
	}
	opener := v.openerEnd(j)
	for _, c := range v.cues {
		if c.To <= j && c.From > opener && (v.sp.Verb < 0 || c.From > v.sp.Verb) {
			return nil // "urged that it would withdraw": the cue's own
		}
	}
	return who
}

// openerEnd returns the comma that closes an opening phrase right before
// the subject at k — "Once again targeting the regime's revenue, the U.S.
// has designated …" — or v.from-1 when none does. A cue inside such a
// phrase governs nothing of the subject's clause.
func (v *sentenceView) openerEnd(k int) int {
	j := k - 1
	for j > v.from && articles.in(v.toks[j].wid) {
		j--
	}
	if j <= v.from || v.toks[j].Lower != "," {
		return v.from - 1
	}
	if first, ok := mentionAt(v.ms, v.from); ok && !first.PrepObject {
		return v.from - 1 // "Hamas, the group said, …": a subject opens the sentence
	}
	return j
}

// futureModals announce what their subject will do.
var futureModals = wordSetOf("futureModals")

// deedTerm returns the actors that do the issue as the sentence tells it:
// an issue term that opens with a verb, right after its subject and the
// auxiliaries and adverbs of its tense ("the council is withdrawing its
// observers", "the army has begun operations against the militia").
// To do it is to take part in it (support). A claim, a negated or
// hypothetical deed, or one told by another speaker is no part taken.
func (v *sentenceView) deedTerm(k int) []string {
	im := v.issues[k]
	if v.claim[im.Issue] || v.hypothetical(im.From) || !v.verbOpens(im) {
		return nil
	}
	j := im.From - 1
	for j > v.from && (deedAuxiliaries.in(v.toks[j].wid) || strings.HasSuffix(v.toks[j].Lower, "ly") && v.toks[j].Word) {
		if beForms.in(v.toks[j].wid) && pastForm(v.toks[im.From].Lower) {
			return nil // "M23 leaders were sanctioned": done to them
		}
		j--
	}
	if j < v.from {
		return nil
	}
	if m, ok := mentionAt(v.ms, j); ok && m.From > v.from && causativeVerbs.in(v.toks[m.From-1].wid) && pastForm(v.toks[im.From].Lower) {
		return nil // "would see Hamas disarmed": done to Hamas
	}
	return v.termSubject(j, im)
}

// causativeVerbs before an actor and a participle make the actor the one
// the act is done to: "see Hamas disarmed", "wants the militias disbanded".
var causativeVerbs = wordSetOf("causativeVerbs")

// verbOpens reports whether an issue term opens with a finite or
// progressive verb: "imposed", "imposes", "imposing", "withdrew".
func (v *sentenceView) verbOpens(im issueMention) bool {
	w := v.toks[im.From].Lower
	switch {
	case pastForm(w), strings.HasSuffix(w, "ing"):
		return true
	case strings.HasSuffix(w, "s") && im.To-im.From > 1:
		return !v.toks[im.From].Title // "imposes sanctions", not "Peace talks"
	}
	return false
}

// deedAuxiliaries may stand between a subject and the verb of its deed.
var deedAuxiliaries = wordSetOf("deedAuxiliaries")

// possessedPart returns the actor whose part in the issue a possessive
// names: "Kenya's leadership of the force", "Qatar's role in the talks".
// A claim's part ("Iran's role in the attacks") is an accusation, left to
// the claim rules.
func (v *sentenceView) possessedPart(im issueMention) []string {
	k := im.From - 1
	for k > v.from && determiners.in(v.toks[k].wid) {
		k--
	}
	if v.claim[im.Issue] || k-1 <= v.from || !partLinks.in(v.toks[k].wid) || !partNouns.in(v.toks[k-1].wid) {
		return nil
	}
	j := k - 2
	for j > v.from && modifier(v.toks[j]) && !v.toks[j].Poss {
		j-- // "Kenya's steadfast leadership of"
	}
	m, ok := mentionAt(v.ms, j)
	if !ok || !m.Poss || m.To != j+1 {
		return nil
	}
	return []string{m.Actor}
}

// partNouns name an actor's part in an issue after its possessive, and
// partLinks join them to it: "Kenya's leadership of the force".
var partNouns, partLinks = wordSetOf("partNouns"), wordSetOf("partLinks")

// committedTo returns the actor that a verb of commitment binds to the
// issue after its "to": "the accord commits the army to disband its
// militias", "a declaration committing Egypt and Qatar to uphold the truce".
// Who is bound takes the act on (support).
func (v *sentenceView) committedTo(im issueMention) []string {
	k := im.From - 1
	if k <= v.from || v.toks[k].Lower != "to" {
		return nil
	}
	m, ok := mentionAt(v.ms, k-1)
	if !ok || m.To != k {
		return nil
	}
	j := m.From - 1
	for j > v.from && articles.in(v.toks[j].wid) {
		j--
	}
	if j < v.from || !commitVerbs.in(v.toks[j].wid) {
		return nil
	}
	return v.withConjuncts(m, j+1)
}

// commitVerbs bind the actor after them to the act after its "to".
var commitVerbs = wordSetOf("commitVerbs")

// helpVerbs before an act of mediation (helpedActs) make their subject a
// party to what the act brings about: "helped broker the truce", "the
// transition Eastmark and Westria helped facilitate".
var helpVerbs, helpedActs = wordSetOf("helpVerbs"), wordSetOf("helpedActs")

// helpObjects are those helped ("helped them negotiate"); helperRelatives
// open a clause of the helpers after the issue ("the truce that …").
var helpObjects, helperRelatives = wordSetOf("helpObjects"), wordSetOf("helperRelatives")

// helpedTerm returns who helped bring the issue mention k about by an act
// of mediation — "Norland helped broker the truce", "a framework that we
// helped them negotiate" (the term is the act), "the transition Eastmark
// and Westria helped facilitate" — or nil. To help is to take part
// (support). A negated help, a hypothesis, a claim or a part played in a
// dated past is none.
func (v *sentenceView) helpedTerm(k int) []string {
	im := v.issues[k]
	if v.claim[im.Issue] || v.hypothetical(im.From) || v.datedHistory(im.From) {
		return nil
	}
	if h := v.helpBefore(im); h >= 0 {
		if v.negatedBefore(h, 3) {
			return nil
		}
		return v.subjectOf(h, cueVerb)
	}
	return v.helpersAfter(im)
}

// helpBefore returns the help verb of "helped (them) (to) broker (the)
// truce", or of "helped them negotiate" when the term is the act itself,
// or -1.
func (v *sentenceView) helpBefore(im issueMention) int {
	j := im.From
	if !helpedActs.in(v.toks[j].wid) {
		j--
		for j > v.from && j >= im.From-3 && !helpedActs.in(v.toks[j].wid) &&
			(articles.in(v.toks[j].wid) || modifierWord(v.toks[j])) {
			j-- // "helped broker a durable truce"
		}
		if j <= v.from || !helpedActs.in(v.toks[j].wid) {
			return -1
		}
	}
	j--
	if j > v.from && v.toks[j].Lower == "to" {
		j-- // "helped to mediate"
	}
	if j > v.from && helpObjects.in(v.toks[j].wid) {
		j-- // "helped them negotiate"
	}
	if j >= v.from && helpVerbs.in(v.toks[j].wid) {
		return j
	}
	return -1
}

// helpersAfter returns the actors named between an issue term and a help
// verb and its act right after it — "the transition (that) Eastmark and
// Westria helped facilitate in March" — or nil.
func (v *sentenceView) helpersAfter(im issueMention) []string {
	var who []string
	j := im.To
	if j < v.to && helperRelatives.in(v.toks[j].wid) {
		j++ // "the truce that Norland helped broker"
	}
	for ; j < v.to && j < im.To+12; j++ {
		if m, ok := mentionAt(v.ms, j); ok && !m.PrepObject {
			who = append(who, m.Actor)
			j = m.To - 1
			continue
		}
		if w := v.toks[j].Lower; w == "and" || w == "the" || w == "," && len(who) > 0 || perfectAux.in(v.toks[j].wid) {
			continue
		}
		break
	}
	if len(who) == 0 || j >= v.to || !helpVerbs.in(v.toks[j].wid) {
		return nil
	}
	j++
	if j < v.to && v.toks[j].Lower == "to" {
		j++
	}
	if j >= v.to || !helpedActs.in(v.toks[j].wid) {
		return nil
	}
	if j+1 < v.to && (articles.in(v.toks[j+1].wid) || v.issueCovers(j+1)) {
		return nil // "the talks Norland helped broker the deal at": the act has an object of its own
	}
	return who
}
