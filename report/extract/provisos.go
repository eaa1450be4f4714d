package extract

import (
	"slices"
	"strings"

	"brief/report"
)

// provisoVerbs open a proviso after "but": "but insists the group must
// disarm first", "but would not give up weapons under fire".
var provisoVerbs = wordSetOf("provisoVerbs")

// provisoNouns in the words after "but" name a condition: "but that
// Russia's conditions were well known".
var provisoNouns = wordSetOf("provisoNouns")

// provisoModals, followed by "not", refuse a step after "but".
var provisoModals = wordSetOf("provisoModals")

// provisos turns an actor's support for an issue into a condition when the
// same clause goes on "but" to bind it: "supports the disarmament process,
// but insists the militia must surrender its arms first", "remained
// committed to disarming but would not give up weapons". The actor's
// opposition to the same issue read from the proviso goes with it: it is
// the condition, not a second position.
func (v *sentenceView) provisos(out []stanceHit) []stanceHit {
	out = v.attached(v.stoppedTargets(out))
	bound := map[[2]string]bool{}
	for i, n := 0, len(out); i < n; i++ {
		h := out[i]
		if h.Position != report.Support {
			continue
		}
		if k := v.dutyAfter(h.At, h.Actor); k >= 0 {
			out[i].Position = report.Conditional
			bound[[2]string{h.Actor, h.Issue}] = true
			out = v.demandAfter(out, h.Actor, k+1, v.issueIndex(h.Issue), "proviso") // "but the rebels had to disarm first"
		} else if k := v.provisoAfter(h.At); k >= 0 && !v.otherIssueAfter(k, h.Issue) && !v.onlyBindsAnother(h, k) {
			out[i].Position = report.Conditional
			bound[[2]string{h.Actor, h.Issue}] = true
		}
	}
	if len(bound) == 0 {
		return out
	}
	kept := out[:0]
	for _, h := range out {
		if bound[[2]string{h.Actor, h.Issue}] && h.Position == report.Oppose {
			continue
		}
		kept = append(kept, h)
	}
	return dedupHits(kept)
}

// keptTo reports whether the issue at token i is the object of "in line
// with" or "pursuant to" (lexicon accordanceNouns), determiners,
// modifiers and quotation marks between, after the cue at token at: the
// rule an act keeps to. "pulled its fighters out of the town in line with
// the truce" keeps the truce, though pulling out of a deal would oppose
// it: an opposing cue that reaches the issue so supports it (cueStance).
func (v *sentenceView) keptTo(at, i int) bool {
	k := i - 1
	for k > at && (articles.in(v.toks[k].wid) || modifierOrParticiple(v.toks[k]) || openingMarks.in(v.toks[k].wid)) {
		k--
	}
	if k-2 <= at {
		return false
	}
	switch v.toks[k].Lower {
	case "with":
		return accordanceNouns.in(v.toks[k-1].wid) && v.toks[k-2].Lower == "in"
	case "to":
		return accordanceNouns.in(v.toks[k-1].wid)
	}
	return false
}

// accordanceNouns, in "in … with" or before "to", name the rule an act
// keeps to: "in line with", "in accordance with", "pursuant to".
var accordanceNouns = wordSetOf("accordanceNouns")

// topicOf reports whether an information noun (lexicon topicNouns) and a
// preposition stand between the cue at token at and the issue at token i,
// only determiners and modifiers beside them: "the latest updates
// regarding the UN-mediated truce". The issue is then only the topic of
// what the cue handles and the cue takes no side on it ("shared the latest
// updates on the truce", "will discuss details of the talks"); news and
// reports are no topic nouns: "welcomed news of the truce" backs it.
func (v *sentenceView) topicOf(at, i int) bool {
	k := i - 1
	for k > at && (articles.in(v.toks[k].wid) || modifierOrParticiple(v.toks[k]) || v.toks[k].Lower == "-" || k+1 < i && v.toks[k+1].Lower == "-") {
		k-- // "the UN-mediated truce"
	}
	if k-1 <= at || !topicLinks.in(v.toks[k].wid) {
		return false
	}
	return topicNouns.in(v.toks[k-1].wid)
}

// topicNouns name information about an issue, which takes no side on it;
// topicLinks join them to the issue. (lexicon)
var topicNouns, topicLinks = wordSetOf("topicNouns"), wordSetOf("topicLinks")

// objectGap reports whether the cue at token i ends a relative clause
// with a subject of its own, opened by "that" or "which" after a noun
// phrase: "the committee that we announced", "a force which the council
// approved". "said that we announced" is a reported clause. Such a cue
// holds no position on an issue past the main clause's verb (cueStance):
// in "the committee that we announced last week held talks on the
// withdrawal" the committee was announced, not the withdrawal; an issue
// before any other verb is still the cue's ("the plan that Nordia
// proposed for peace talks").
func (v *sentenceView) objectGap(i int) bool {
	k := i - 1
	for k > v.from && (cueAdverbs.in(v.toks[k].wid) || auxiliaries.in(v.toks[k].wid)) {
		k-- // "that we had announced", "that we also announced"
	}
	m, ok := mentionAt(v.ms, k)
	switch {
	case ok && m.To == k+1:
		k = m.From - 1
	case k > v.from && (firstPronouns.in(v.toks[k].wid) || thirdPronouns.in(v.toks[k].wid)):
		k--
	default:
		return false
	}
	if k <= v.from || !narrowingRelatives.in(v.toks[k].wid) || v.toks[k].Lower == "who" {
		return false
	}
	for j := k - 1; j >= v.from && j >= k-5; j-- {
		t := v.toks[j]
		if articles.in(t.wid) {
			return j < k-1 // "the committee that …", not "that that"
		}
		if !t.Word || v.cueAt(j) || speechVerbs.in(t.wid) || functionWords.in(t.wid) {
			return false
		}
		if _, ok := mentionAt(v.ms, j); ok {
			return false // "told Hamas that we …": a reported clause
		}
	}
	return false
}

// cueBetween reports whether a cue opens in tokens [from, to).
func (v *sentenceView) cueBetween(from, to int) bool {
	for _, c := range v.cues {
		if c.From >= from && c.From < to {
			return true
		}
	}
	return false
}

// stoppedTargets reads the target of attacks asked to stop: in "called
// on the group to cease its attacks on aid convoys" the term that stops
// the attacks raises a truce, and the convoys, an issue of their own, are
// what the attacks hit, so the demanders oppose those attacks too.
func (v *sentenceView) stoppedTargets(out []stanceHit) []stanceHit {
	var opposed []stanceHit
	for _, h := range out {
		if h.Position != report.Demand {
			continue
		}
		k := v.mentionOf(h)
		if k < 0 || k+1 >= len(v.issues) || !stopVerbs.in(v.toks[v.issues[k].From].wid) && !enders.in(v.toks[v.issues[k].From].wid) {
			continue
		}
		im, next := v.issues[k], v.issues[k+1]
		if next.Issue == im.Issue || v.claim[next.Issue] || !v.targetLink(im.To, next.From) {
			continue
		}
		opposed = append(opposed, stanceHit{Actor: h.Actor, Issue: v.issueIDs[next.Issue], At: next.From})
	}
	for _, h := range opposed {
		out = hold(out, h.Actor, h.Issue, report.Oppose, h.At, "stopped-target")
	}
	return out
}

// targetLink reports whether tokens [from, to) link an act to its target
// or place: a preposition, with a determiner or modifier after it ("on
// aid convoys", "against the vessels", "in the city").
func (v *sentenceView) targetLink(from, to int) bool {
	if to-from < 1 || to-from > 3 || !prepositions.in(v.toks[from].wid) {
		return false
	}
	for j := from + 1; j < to; j++ {
		if t := v.toks[j]; !functionWords.in(t.wid) && !modifierOrParticiple(t) {
			return false
		}
	}
	return true
}

// refusedCondition reports whether the condition opening at token at
// (condition) asks that the act of issue not happen: "trade can resume
// only if the rebels do not renew their attacks on convoys" opposes the
// attacks. A bare "if … not" threatens ("fighting would resume if the
// captives were not freed") and asks for the act itself.
func (v *sentenceView) refusedCondition(at int, issue string) bool {
	if v.toks[at].Lower == "if" && !v.onlyBefore(at) {
		return false
	}
	k := v.mentionOf(stanceHit{Issue: issue, At: at})
	if k < 0 || v.issues[k].From <= at {
		return false
	}
	for j := at + 1; j < v.issues[k].From; j++ {
		if w := v.toks[j].Lower; verbNegators.has(w) || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// onlyBefore reports whether "only" stands within six tokens before token
// i, no comma or clause break between: "possible only if …".
func (v *sentenceView) onlyBefore(i int) bool {
	for k := i - 1; k >= v.from && k >= i-6; k-- {
		switch w := v.toks[k].Lower; {
		case w == "only":
			return true
		case w == "," || v.clauseBreakAt(k):
			return false
		}
	}
	return false
}

// provisoAfter returns the token of a "but" after token at that opens a
// proviso, or -1.
func (v *sentenceView) provisoAfter(at int) int {
	for k := at + 1; k+2 < v.to; k++ {
		if v.toks[k].Lower != "but" {
			continue
		}
		j := k + 1
		if w := v.toks[j].Lower; w == "it" || w == "he" || w == "she" || w == "they" || w == "also" {
			j++ // "but it insists …"
		}
		if j >= v.to {
			return -1
		}
		w := v.toks[j].Lower
		if provisoVerbs.has(w) || restrictingWords.has(w) {
			return k // "but insisted …", "but only on its own terms"
		}
		for n := j; n < v.to && n < j+8; n++ {
			if provisoNouns.in(v.toks[n].wid) {
				return k // "open to negotiations, but that its conditions were well known"
			}
		}
		if provisoModals.has(w) && j+1 < v.to && v.toks[j+1].Lower == "not" {
			return k
		}
		return -1
	}
	return -1
}

// onlyBindsAnother reports whether the "but only …" at token k limits
// another issue named between hit h and it: in "committed to the peace
// agreement and ready for dialogue, but only if …" the dialogue is
// conditional, not the agreement.
func (v *sentenceView) onlyBindsAnother(h stanceHit, k int) bool {
	if k+1 >= v.to || !restrictingWords.in(v.toks[k+1].wid) {
		return false
	}
	for _, im := range v.issues {
		if im.From > h.At && im.To <= k && v.issueIDs[im.Issue] != h.Issue {
			return true
		}
	}
	return false
}

// restrictingWords right after "but" limit what came before it: "open to
// talks, but only on its own terms".
var restrictingWords = wordSetOf("restrictingWords")

// dedupHits drops repeated hits, keeping the first of each.
func dedupHits(hs []stanceHit) []stanceHit {
	seen := map[stanceHit]bool{}
	out := hs[:0]
	for _, h := range hs {
		key := stanceHit{Actor: h.Actor, Issue: h.Issue, Position: h.Position}
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, h)
	}
	return out
}

// otherIssueAfter reports whether the proviso opening at token k names
// another issue and not the one supported: "ready for negotiations, but
// will not consider a ceasefire" refuses the ceasefire and binds nothing.
func (v *sentenceView) otherIssueAfter(k int, issue string) bool {
	other := false
	for _, im := range v.issues {
		if im.From <= k {
			continue
		}
		if v.issueIDs[im.Issue] == issue {
			return false
		}
		other = true
	}
	return other
}

// provisoReach is how many tokens after "but" a proviso's obligation may
// stand: "but the rebels in the north must …".
const provisoReach = 8

// provisoDuty returns the token of the modal or verb of obligation that a
// proviso opening with the "but" at token k puts on a subject of its own
// ("but the rebels must first withdraw", "but that Kinshasa had to …"),
// or -1.
func (v *sentenceView) provisoDuty(k int) int {
	subject := false
	for j := k + 1; j < v.to && j <= k+provisoReach; j++ {
		w := v.toks[j].Lower
		switch {
		case advice.has(w) || provisoObligations.has(w) && j+1 < v.to && v.toks[j+1].Lower == "to":
			if subject {
				return j
			}
			return -1
		case clauseBreaks.has(w) || w == "," || v.cueAt(j):
			return -1
		}
		if _, ok := mentionAt(v.ms, j); ok || v.toks[j].Word && !functionWords.has(w) {
			subject = true
		}
	}
	return -1
}

// provisoObligations before "to" bind a proviso's subject as "must" does:
// "but the rebels had to withdraw first".
var provisoObligations = wordSetOf("provisoObligations")

// dutyAfter returns the token of the first "but" after token at that
// opens a proviso obliging a party other than holder, or obliging anyone
// "first" ("ready for talks, but the rebels must withdraw first"), or -1.
// The act it asks for is the condition, though it names another issue. A
// duty "also" owed is one more demand, no condition: "welcomed the truce,
// but the rebels must also free the hostages".
func (v *sentenceView) dutyAfter(at int, holder string) int {
	k := at + 1
	for k < v.to && v.toks[k].Lower != "but" {
		k++
	}
	o := -1
	if k < v.to {
		o = v.provisoDuty(k)
	}
	if o < 0 {
		return -1
	}
	_, ce := v.clause(o)
	first := false
	for j := k + 1; j < ce; j++ {
		switch {
		case v.toks[j].Lower == "also":
			return -1
		case firstWords.in(v.toks[j].wid):
			first = true
		}
	}
	if m, ok := mentionWithin(v.ms, k+1, o); first || ok && m.Actor != holder && !m.PrepObject {
		return k
	}
	return -1
}

// firstWords in a proviso say that its act must come before the step
// offered: "but the militia must disarm first".
var firstWords = wordSetOf("firstWords")

// attachedPosition gives the position of a supporting cue or "will" term
// read at token at on issue, with the strings attached to it that the cue
// rules leave plain: a quid pro quo offered ("ready to free the hostages
// in exchange for a withdrawal": conditional, and the acts after "for",
// whose opening it returns, are asked for; what is offered for, asked), a
// condition far after the issue ("would accept a truce on the southern
// front if the rebels did the same"), any one party narrowed ("talks with
// any group that renounces violence") or an "only" after a modal. It
// returns 0 where no exchange is offered.
func (v *sentenceView) attachedPosition(at, issue int, pos report.Position) (report.Position, int) {
	if pos != report.Support {
		return pos, 0
	}
	k := v.mentionOf(stanceHit{Issue: v.issueIDs[issue], At: at})
	if k < 0 {
		return pos, 0
	}
	im := v.issues[k]
	if v.askedInExchange(im) {
		return report.Demand, 0 // "ready to free the hostages in exchange for an end to the war"
	}
	if x := v.exchangeFor(at, k); x >= 0 {
		return report.Conditional, x
	}
	if v.ifAfter(im.To) || v.restricted(im) || v.anyOneAfter(im.To) || v.onlyWould(at) {
		return report.Conditional, 0
	}
	return pos, 0
}

// attached reads the strings attached to a position that the cue rules
// leave plain and attachedPosition does not decide: a precondition named
// as such ("demanded a withdrawal as a precondition for any truce",
// "conditioned the truce on a halt to arms deliveries"), the acts asked
// for in exchange for an offer, and a condition that an act stop ("only
// if arms deliveries stopped"), which opposes the act.
func (v *sentenceView) attached(out []stanceHit) []stanceHit {
	out = v.preconditions(out)
	out = v.conditionedOn(out)
	for i := range out {
		h := out[i]
		if h.exchange > 0 && h.Position == report.Conditional && (strings.HasPrefix(h.Rule, "cue:") || h.Rule == "will-term") {
			out = v.demandAfter(out, h.Actor, h.exchange, v.issueIndex(h.Issue), "exchange")
		}
	}
	out = v.stopConditions(out)
	out = v.goOnConditions(out)
	return v.heldOut(v.hypotheses(out))
}

// heldOut reads an act named in an "until" clause after a step held back
// or kept in place from now on: "the border would stay shut until the
// rebels pull back", "sanctions will stay until the troops withdraw". Whoever holds the step asks for the act (opposes it,
// when the act is to stop). The act must be another party's: "until the
// mission is deployed" tells a time. A past step ("kept shelling until the truce
// took effect") tells a time, and an act some position of the sentence
// already names is left to it. The holder is whoever says so, else the
// subject of the step.
func (v *sentenceView) heldOut(out []stanceHit) []stanceHit {
	for _, im := range v.issues {
		id := v.issueIDs[im.Issue]
		if v.claim[im.Issue] || anyHolds(out, id) {
			continue
		}
		u := v.untilOpening(im.From)
		if u < 0 || !v.heldFromNow(u) {
			continue
		}
		if im.To < v.to && speechVerbs.in(v.toks[im.To].wid) {
			continue // "until the mediators confirmed that …": who speaks, not an act
		}
		holders := v.holdersAt(u)
		doer, ok := mentionWithin(v.ms, u+1, im.From)
		if !ok {
			continue // "until the mission is deployed": a time, no party bound
		}
		for _, who := range holders {
			if who != doer.Actor && !holds(out, who, id) {
				out = append(out, stanceHit{Actor: who, Issue: id, Position: v.asked(im), At: im.From, Rule: "held-out"})
			}
		}
	}
	return out
}

// holdersAt returns who holds out in the clause that the "until" at
// token u ends: whoever says so ("Berg said his government will leave
// soldiers in Sudria until …": not the soldiers in Sudria), else the
// clause's subject.
func (v *sentenceView) holdersAt(u int) []string {
	if who := v.speakerAt(u); who != "" {
		return []string{who}
	}
	return v.clauseSubject(u)
}

// anyHolds reports whether anyone holds a position on issue in out.
func anyHolds(out []stanceHit, issue string) bool {
	for _, h := range out {
		if h.Issue == issue {
			return true
		}
	}
	return false
}

// untilReach is how many tokens after "until" the act it names may open:
// "until the authorities across the border take firm steps against …".
const untilReach = 10

// untilOpening returns the "until" or "till" that opens, within
// untilReach tokens and no comma, clause break or reported clause, the
// clause holding token i, or -1.
func (v *sentenceView) untilOpening(i int) int {
	for k := i - 1; k >= v.from && k >= i-untilReach; k-- {
		switch w := v.toks[k].Lower; {
		case w == "until" || w == "till":
			return k
		case w == "," || w == "that" || v.clauseBreakAt(k) || speechVerbs.in(v.toks[k].wid):
			return -1 // "until the mediators confirmed that …": a clause of its own
		}
	}
	return -1
}

// heldFromNow reports whether the clause that the "until" at token u ends
// holds a step from now on: a modal of the future ("would remain
// closed", "will stay in place") in the words before it, no comma between.
func (v *sentenceView) heldFromNow(u int) bool {
	for k := u - 1; k >= v.from && k >= u-untilReach; k-- {
		switch w := v.toks[k].Lower; {
		case futureModals.in(v.toks[k].wid):
			return true
		case w == "," || w == ";" || v.clauseBreakAt(k):
			return false
		}
	}
	return false
}

// goOnConditions reads a condition on going on with an act: "will
// continue the attacks until the siege is lifted", "the attacks would
// continue as long as the siege remained". Whoever sets the condition is
// conditional on the act. (A condition on ending one, "would end the truce
// only if …", the condition rule leaves without a position.)
func (v *sentenceView) goOnConditions(out []stanceHit) []stanceHit {
	for k, im := range v.issues {
		i := v.goOnCondition(k)
		if i < 0 {
			continue
		}
		holders := v.subjectOf(i, cueCondition)
		if holders == nil {
			holders = nonEmpty(v.voiceAt(i))
		}
		id := v.issueIDs[im.Issue]
		for _, who := range holders {
			if !holds(out, who, id) {
				out = append(out, stanceHit{Actor: who, Issue: id, Position: report.Conditional, At: i, Rule: "go-on-condition"})
			}
		}
	}
	return out
}

// goOnCondition returns where the condition on going on with the act of
// issue mention k opens ("continue the attacks until …"), or -1.
func (v *sentenceView) goOnCondition(k int) int {
	im := v.issues[k]
	if v.claim[im.Issue] || !v.actGoesOn(im) {
		return -1
	}
	i := -1
	for _, c := range v.conditionMarkers() {
		if c >= im.To && c <= im.From+goOnReach && (k+1 == len(v.issues) || v.issues[k+1].From >= c) {
			i = c // the first marker after it, no other issue between
			break
		}
	}
	if cs, _ := v.clause(max(i, v.from)); i < 0 || im.From < cs || v.goalAfter(i) {
		return -1
	}
	return i
}

// goalAfter reports whether the clause opening at token i names the end
// an act is aimed at rather than a condition others must meet: "continue
// the offensive until the group is defeated", "until victory".
func (v *sentenceView) goalAfter(i int) bool {
	for k := i + 1; k < v.to && k <= i+6; k++ {
		if goalWords.in(v.toks[k].wid) {
			return true
		}
		if w := v.toks[k].Lower; w == "," || w == ";" {
			return false
		}
	}
	return false
}

// goalWords name the end an act aims at (see goalAfter).
var goalWords = wordSetOf("goalWords")

// goOnReach is how many tokens before a condition's marker the act it
// binds may open.
const goOnReach = 10

// conditionMarkers returns the tokens where a condition opens, in order:
// a condition cue (with "as long as", which may tell a time elsewhere),
// "if" after "only", "until".
func (v *sentenceView) conditionMarkers() []int {
	var out []int
	for i := v.from; i < v.to; i++ {
		if w := v.toks[i].Lower; w == "until" || w == "till" {
			out = append(out, i)
		}
	}
	for _, c := range v.conditions() {
		out = append(out, c.From)
	}
	for _, c := range v.cues {
		if v.table.list[c.Value].kind == cueCondition && !v.openEnded(c) {
			out = append(out, c.From)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// openEnded reports whether the condition cue at m ends an idiom of time
// or manner that sets no condition: "as soon as possible", "as long as
// needed", "as long as it takes".
func (v *sentenceView) openEnded(m phraseMatch) bool {
	if m.To >= v.to {
		return false
	}
	if possibilityWords.in(v.toks[m.To].wid) || openEndedWords.in(v.toks[m.To].wid) {
		return true
	}
	return v.toks[m.To].Lower == "it" && m.To+1 < v.to && openEndedVerbs.in(v.toks[m.To+1].wid)
}

// openEndedWords and openEndedVerbs leave a condition cue's time open:
// "as long as needed", "as long as it takes".
var openEndedWords, openEndedVerbs = wordSetOf("openEndedWords"), wordSetOf("openEndedVerbs")

// actGoesOn reports whether the act of the issue mention im is said to go
// on: "continue the attacks", "keep up their attacks", "the attacks would
// continue".
func (v *sentenceView) actGoesOn(im issueMention) bool {
	for j := im.From - 1; j >= v.from && j >= im.From-3; j-- {
		if goOnVerbs.in(v.toks[j].wid) {
			return true
		}
		if !v.toks[j].Word || !functionWords.in(v.toks[j].wid) && v.toks[j].Lower != "up" {
			break
		}
	}
	k := im.To
	if k < v.to && futureModals.in(v.toks[k].wid) {
		k++
	}
	return k < v.to && goOnVerbs.in(v.toks[k].wid)
}

// goOnVerbs say that an act goes on: "continue the attacks".
var goOnVerbs = wordSetOf("goOnVerbs")

// sentenceSubject returns the actor of the first mention before token i
// that is no preposition's object, if it opens the sentence.
func (v *sentenceView) sentenceSubject(i int) []string {
	for _, m := range v.ms {
		if m.From >= i || m.From > v.from+1 {
			return nil
		}
		if m.From >= v.from && !m.PrepObject {
			return []string{m.Actor}
		}
	}
	return nil
}

// untilBefore returns the "until" or "unless" that opens, within six
// tokens and no comma, the clause holding token i, or -1.
func (v *sentenceView) untilBefore(i int) int {
	for k := i - 1; k >= v.from && k >= i-6; k-- {
		switch w := v.toks[k].Lower; {
		case w == "until" || w == "unless":
			return k
		case w == "," || clauseBreaks.has(w):
			return -1
		}
	}
	return -1
}

// hypotheses gives the issue of a cue inside a condition's clause to the
// one whose position the condition binds: in "no hostages will be freed
// until the army agrees to a truce", said by the group, the army has
// agreed to nothing and the group asks for the truce. When no position of
// the sentence is conditional, an act supported inside an "until" or
// "unless" clause goes to whoever holds out for it: "the rebels will keep
// advancing until Kinshasa agrees to talks" is the rebels' demand for
// talks, and with no one to hold out the act is dropped.
func (v *sentenceView) hypotheses(out []stanceHit) []stanceHit {
	var binders []string
	for _, h := range out {
		if h.Position == report.Conditional && !containsString(binders, h.Actor) {
			binders = append(binders, h.Actor)
		}
	}
	kept := out[:0]
	var asked []stanceHit
	for _, h := range out {
		who, moved := v.askedBy(h, binders)
		if !moved {
			kept = append(kept, h)
			continue
		}
		for _, w := range who {
			asked = append(asked, stanceHit{Actor: w, Issue: h.Issue, Position: report.Demand, At: h.At, Rule: "hypothesis"})
		}
	}
	for _, h := range asked {
		if !holds(kept, h.Actor, h.Issue) {
			kept = append(kept, h)
		}
	}
	return kept
}

// askedBy reports whether the supported act of cue hit h lies inside a
// condition, so that it is no deed, and returns who asks for it instead:
// the binders of the sentence's conditional positions, else whoever holds
// out in an "until"/"unless" clause (the clause's subject, else the
// sentence's; never h's own actor).
func (v *sentenceView) askedBy(h stanceHit, binders []string) ([]string, bool) {
	if h.Position != report.Support || !strings.HasPrefix(h.Rule, "cue:") {
		return nil, false
	}
	if binders != nil {
		opener := v.conditionOpener(h.At) // "provided the rebels pull back": no provision made
		return binders, opener || !containsString(binders, h.Actor) && v.hypothetical(h.At)
	}
	at := v.untilBefore(h.At)
	if at < 0 {
		return nil, false
	}
	holders := v.holdersAt(at)
	if holders == nil {
		holders = v.sentenceSubject(at) // "… but will advance until …": the sentence's subject holds out
	}
	var who []string
	for _, w := range holders {
		if w != h.Actor {
			who = append(who, w)
		}
	}
	return who, true
}

// mentionOf returns the issue mention hit h was read from: the first of
// its issue at or after the token it was read at, else the last before;
// -1 when none.
func (v *sentenceView) mentionOf(h stanceHit) int {
	last := -1
	for k, im := range v.issues {
		if v.issueIDs[im.Issue] != h.Issue {
			continue
		}
		if im.From >= h.At {
			return k
		}
		last = k
	}
	return last
}

// hold gives actor the position on issue, in place of any other it holds
// on the issue in out.
func hold(out []stanceHit, actor, issue string, pos report.Position, at int, rule string) []stanceHit {
	kept, done := out[:0], false
	for _, h := range out {
		if h.Actor == actor && h.Issue == issue {
			if done {
				continue
			}
			h.Position, h.Rule, done = pos, rule, true
		}
		kept = append(kept, h)
	}
	if !done {
		kept = append(kept, stanceHit{Actor: actor, Issue: issue, Position: pos, At: at, Rule: rule})
	}
	return kept
}

// holds reports whether actor holds a position on issue in out.
func holds(out []stanceHit, actor, issue string) bool {
	for _, h := range out {
		if h.Actor == actor && h.Issue == issue {
			return true
		}
	}
	return false
}

// asked returns the position of one who asks for the act of the issue
// mention im as a condition: opposition when the act is to stop ("a halt
// to arms deliveries", "arms deliveries stopped"), a demand otherwise.
func (v *sentenceView) asked(im issueMention) report.Position {
	if v.ended(im) || v.stopped(im) || v.stoppedAfter(im) {
		return report.Oppose
	}
	return report.Demand
}

// stoppedAfter reports whether the issue mention im is the subject of a
// verb that ends it, an adverb at most between: "until arms deliveries
// stop", "if the attacks cease".
func (v *sentenceView) stoppedAfter(im issueMention) bool {
	k := im.To
	if k < v.to && strings.HasSuffix(v.toks[k].Lower, "ly") {
		k++
	}
	return k < v.to && (enders.in(v.toks[k].wid) || stopVerbs.in(v.toks[k].wid))
}

// demandAfter gives actor the position of one who asks for each issue
// (not a claim, not skip) named in the clause from token from on, where
// the actor holds none yet.
func (v *sentenceView) demandAfter(out []stanceHit, actor string, from int, skip int, rule string) []stanceHit {
	_, ce := v.clause(from)
	for _, im := range v.issues {
		if im.From < from || im.From >= ce || im.Issue == skip || v.claim[im.Issue] {
			continue
		}
		if id := v.issueIDs[im.Issue]; !holds(out, actor, id) {
			out = append(out, stanceHit{Actor: actor, Issue: id, Position: v.asked(im), At: im.From, Rule: rule})
		}
	}
	return out
}

// preconditions reads a precondition named as such: "demanded a
// withdrawal as a precondition for any truce", "a withdrawal was a
// precondition for talks, the minister said", "the group's condition for a
// truce is the release of its fighters". Whoever sets it is conditional on
// the issue it is set for and asks for each other issue of the sentence.
func (v *sentenceView) preconditions(out []stanceHit) []stanceHit {
	for k := v.from; k+1 < v.to; k++ {
		if !preconditionNouns.in(v.toks[k].wid) || !preconditionLinks.in(v.toks[k+1].wid) {
			continue
		}
		y := v.issueOpening(k+2, k+6)
		if y < 0 {
			continue
		}
		holders := v.conditionSetters(k, out)
		if holders == nil {
			continue
		}
		im := v.issues[y]
		for _, who := range holders {
			out = hold(out, who, v.issueIDs[im.Issue], report.Conditional, k, "precondition")
			for _, x := range v.issues {
				if x.Issue == im.Issue || v.claim[x.Issue] || holds(out, who, v.issueIDs[x.Issue]) {
					continue
				}
				out = append(out, stanceHit{Actor: who, Issue: v.issueIDs[x.Issue], Position: v.asked(x), At: x.From, Rule: "precondition"})
			}
		}
	}
	return out
}

// preconditionNouns name a condition set for an issue ("a precondition
// for talks"); preconditionLinks join them to it.
var preconditionNouns, preconditionLinks = wordSetOf("preconditionNouns"), wordSetOf("preconditionLinks")

// issueOpening returns the first issue mention (not a claim) that opens in
// tokens [from, to) with only articles and modifiers before it, or -1.
func (v *sentenceView) issueOpening(from, to int) int {
	for k, im := range v.issues {
		if im.From < from || im.From >= to || v.claim[im.Issue] {
			continue
		}
		for j := from; j < im.From; j++ {
			if t := v.toks[j]; !articles.in(t.wid) && !modifier(t) && !anyWords.in(t.wid) {
				return -1
			}
		}
		return k
	}
	return -1
}

// anyWords may stand before the issue a condition is set for: "a
// precondition for any talks".
var anyWords = wordSetOf("anyWords")

// conditionSetters returns who sets the condition named at token k: the
// possessor of the noun ("the group's condition for …"), the actors of the
// positions read before it in the sentence ("demanded a withdrawal as a
// precondition for …"), else the sentence's voice; nil when none. A plural
// "conditions" must have a possessor: "create the conditions for talks"
// sets none.
func (v *sentenceView) conditionSetters(k int, out []stanceHit) []string {
	for j := k - 1; j >= v.from && j >= k-3; j-- {
		if m, ok := mentionAt(v.ms, j); ok {
			if m.Poss {
				return []string{m.Actor}
			}
			break
		}
		if possessives.in(v.toks[j].wid) {
			return v.clauseSubject(j)
		}
		if !v.toks[j].Word || !modifier(v.toks[j]) && !articles.in(v.toks[j].wid) {
			break
		}
	}
	if strings.HasSuffix(v.toks[k].Lower, "s") {
		return nil
	}
	var who []string
	for _, h := range out {
		if h.At < k && (h.Position == report.Demand || h.Position == report.Support) && !containsString(who, h.Actor) {
			who = append(who, h.Actor)
		}
	}
	if who != nil {
		return who
	}
	if s := v.voiceAt(k); s != "" {
		return []string{s}
	}
	return nil
}

// conditionedOn reads "conditioned the truce on a halt to arms
// deliveries": the subject is conditional on the first issue and asks for
// those after "on".
func (v *sentenceView) conditionedOn(out []stanceHit) []stanceHit {
	for k := v.from + 1; k+2 < v.to; k++ {
		if !conditioningVerbs.in(v.toks[k].wid) {
			continue
		}
		y := v.issueOpening(k+1, k+5)
		if y < 0 {
			continue
		}
		on := v.issues[y].To
		if on >= v.to || v.toks[on].Lower != "on" && v.toks[on].Lower != "upon" {
			continue
		}
		for _, who := range v.subjectOf(k, cueVerb) {
			out = hold(out, who, v.issueIDs[v.issues[y].Issue], report.Conditional, k, "conditioned-on")
			out = v.demandAfter(out, who, on+1, v.issues[y].Issue, "conditioned-on")
		}
	}
	return out
}

// conditioningVerbs make one issue depend on another: "conditioned the
// truce on …".
var conditioningVerbs = wordSetOf("conditioningVerbs")

// exchangeFor returns the token after the "for" of "in exchange for" or
// "in return for" that follows the issue mention k of an offer (read at
// token at from a word of offering: "ready to", "offered to") in its
// clause, or -1. A deed done in exchange is no offer.
func (v *sentenceView) exchangeFor(at, k int) int {
	if !v.offered(at) {
		return -1
	}
	im := v.issues[k]
	_, ce := v.clause(im.From)
	for j := im.To; j+2 < ce && j < im.To+exchangeReach; j++ {
		if v.toks[j].Lower == "in" && exchangeNouns.in(v.toks[j+1].wid) && v.toks[j+2].Lower == "for" {
			return j + 3
		}
		if v.toks[j].Lower == "," {
			return -1
		}
	}
	return -1
}

// exchangeReach is how many tokens after an issue "in exchange for" may
// open.
const exchangeReach = 10

// exchangeNouns stand between "in" and "for" in a quid pro quo: "in
// exchange for", "in return for".
var exchangeNouns = wordSetOf("exchangeNouns")

// offered reports whether a word of offering stands at or just before the
// cue at token i: "ready to", "willing to accept", "offered to".
func (v *sentenceView) offered(i int) bool {
	for j := max(v.from, i-3); j < v.to && j <= i+1; j++ {
		if offerWords.in(v.toks[j].wid) {
			return true
		}
	}
	return false
}

// offerWords make a position an offer, which a quid pro quo binds.
var offerWords = wordSetOf("offerWords")

// ifAfter reports whether an "if" (or "provided") that names a party
// opens within ifReach tokens after token i in its clause, no comma, modal
// or cue between: "would accept a truce on the southern front if the
// rebels did the same", "ready to extend the truce, provided the rebels
// respect it". "Even if" and "as if" set no condition.
func (v *sentenceView) ifAfter(i int) bool {
	_, ce := v.clause(i)
	for j := i; j < ce && j < i+ifReach; j++ {
		w := v.toks[j].Lower
		if w == "," && j+1 < ce && ifWords.in(v.toks[j+1].wid) && v.toks[j+1].Lower != "if" {
			continue // "ready to extend the truce, provided the rebels respect it"
		}
		if w == "," || w == ";" || futureModals.has(w) || provisoModals.has(w) || v.cueAt(j) && !ifWords.in(v.toks[j].wid) {
			return false // "supports the truce and will respond if …": a new predicate
		}
		if !ifWords.in(v.toks[j].wid) || j+1 >= v.to || j > v.from && (v.toks[j-1].Lower == "even" || v.toks[j-1].Lower == "as") {
			continue
		}
		if _, ok := mentionWithin(v.ms, j+1, min(v.to, j+4)); ok || conditionPronouns.in(v.toks[j+1].wid) {
			return true // "if the rebels did the same", "if it accepted its terms"
		}
		return false
	}
	return false
}

// ifReach is how many tokens after an issue a condition's "if" may open.
const ifReach = 12

// stopConditions turns a condition's demand that an act happen into
// opposition when the condition is that it stop ("only if arms
// deliveries stopped"), and gives the holder of a conditional position
// its opposition to an act whose end the condition asks for, later in the
// clause ("refused a truce unless the allies halted arms deliveries"),
// which the condition rules leave out.
func (v *sentenceView) stopConditions(out []stanceHit) []stanceHit {
	n := len(out)
	for i := 0; i < n; i++ {
		h := out[i]
		switch {
		case h.Position == report.Demand && h.Rule == "condition":
			if k := v.mentionOf(h); k >= 0 && v.stoppedAfter(v.issues[k]) {
				out[i].Position = report.Oppose
			}
		case h.Position == report.Conditional:
			start := h.At // a condition marker, or the cue whose issue it binds
			if k := v.mentionOf(h); k >= 0 && v.issues[k].To > start {
				start = v.issues[k].To - 1
			}
			_, ce := v.clause(h.At)
			for _, im := range v.issues {
				id := v.issueIDs[im.Issue]
				if im.From <= start || im.From >= ce || id == h.Issue || v.claim[im.Issue] || holds(out, h.Actor, id) {
					continue
				}
				if v.ended(im) || v.stoppedAfter(im) {
					out = append(out, stanceHit{Actor: h.Actor, Issue: id, Position: report.Oppose, At: im.From, Rule: "condition"})
				}
			}
		}
	}
	return out
}

// issueIndex returns the domain index of the issue with id, or -1.
func (v *sentenceView) issueIndex(id string) int {
	for k, s := range v.issueIDs {
		if s == id {
			return k
		}
	}
	return -1
}

// conditionPronouns, right after "if", name a party the condition binds:
// "ready to sign a truce if it accepted its terms".
var conditionPronouns = wordSetOf("conditionPronouns")

// ifWords open a condition that names a party after them: "if the rebels
// withdraw", "provided the rebels withdraw".
var ifWords = wordSetOf("ifWords")

// anyOneAfter reports whether the words after token i narrow the other
// party of a step to "any" one who meets a condition: "ready for talks
// with any group that renounces violence".
func (v *sentenceView) anyOneAfter(i int) bool {
	_, ce := v.clause(i)
	for j := i; j < ce && j < i+3; j++ {
		if v.toks[j].Lower != "any" {
			continue
		}
		for n := j + 1; n < v.to && n < j+5; n++ {
			if narrowingRelatives.in(v.toks[n].wid) {
				return true
			}
			if !v.toks[n].Word {
				return false // "at any price, and that …": no one narrowed
			}
		}
		return false
	}
	return false
}

// narrowingRelatives open the clause that narrows "any" one: "any group that
// renounces violence", "any leader who withdraws".
var narrowingRelatives = wordSetOf("narrowingRelatives")

// onlyWould reports whether "only" between a modal and the cue or term at
// token i limits the step to a condition: "would only accept a truce
// that …", "will only negotiate with …". "Only agreed to a partial truce"
// tells how little was done.
func (v *sentenceView) onlyWould(i int) bool {
	return i-2 >= v.from && v.toks[i-1].Lower == "only" && (futureModals.in(v.toks[i-2].wid) || provisoModals.in(v.toks[i-2].wid))
}

// conditionOpener reports whether the word at token i is a verb form that
// opens a condition ("provided", "providing") with a party named right
// after it and no subject right before: "provided the rebels pull back".
func (v *sentenceView) conditionOpener(i int) bool {
	if i+1 >= v.to || i == v.from || v.toks[i].Lower == "if" || !ifWords.in(v.toks[i].wid) {
		return false
	}
	if _, ok := mentionAt(v.ms, i-1); ok {
		return false // "Washington provided Kyiv with …": its subject's deed
	}
	_, ok := mentionWithin(v.ms, i+1, min(v.to, i+4))
	return ok
}

// askedInExchange reports whether the issue mention im follows "in
// exchange for" or "in return for", articles and modifiers between: what
// a party offers a step for, it asks for.
func (v *sentenceView) askedInExchange(im issueMention) bool {
	j := im.From - 1
	for j > v.from && (articles.in(v.toks[j].wid) || modifier(v.toks[j])) {
		j--
	}
	return j-2 >= v.from && v.toks[j].Lower == "for" && exchangeNouns.in(v.toks[j-1].wid) && v.toks[j-2].Lower == "in"
}
