package extract

import (
	"strings"

	"brief/report"
)

// issueMention is a configured issue's term found in text, at tokens
// [From, To).
type issueMention struct {
	From, To int
	Issue    int // index into the domain's issues
}

// stanceHit is one stance found in a sentence, before it becomes a
// report.Stance.
type stanceHit struct {
	Actor, Issue, Position string
	At                     int // the token of the cue or term it was read from
}

// clauseBreaks are words and marks that end a clause for finding a cue's
// subject and its issue.
var clauseBreaks = setOf(";", "but", "while", "whereas", "although", "though", "however", "yet",
	"meanwhile", "which", "who", "whom", "despite", "instead", ":")

// sentenceView is everything stance finding needs about one sentence.
type sentenceView struct {
	toks     []token
	from, to int // the sentence's tokens
	ms       []actorMention
	issues   []issueMention
	cues     []phraseMatch
	sp       speech
	quote    func(k int) (string, bool) // the speaker of a quotation around token k
	last     string                     // the last subject before this sentence
	recent   int                        // the claim issue the last two sentences raised, or -1
	claim    []bool                     // per issue: a claim, asserted or denied
	issueIDs []string
}

// stancesOf finds the stances of one sentence. Each cue takes the first
// issue term after it that no earlier cue of the clause has taken, so in
// "urged Pakistan to pursue talks" the talks are demanded by the subject,
// not supported by Pakistan.
func (v *sentenceView) stancesOf() []stanceHit {
	if v.sp.Opinion {
		return nil // "Analysts say the Taliban are reluctant …": a view, not a position
	}
	var out []stanceHit
	taken := map[int]bool{} // issue mentions already given a position
	at := v.from
	add := func(actor string, issue int, pos string) {
		if actor == "" {
			return
		}
		h := stanceHit{Actor: actor, Issue: v.issueIDs[issue], Position: pos, At: at}
		for _, o := range out {
			if o.Actor == h.Actor && o.Issue == h.Issue && o.Position == h.Position {
				return
			}
		}
		out = append(out, h)
	}
	// Conditions first: "only … if", "unless" bind the terms on both sides.
	for _, c := range v.conditions() {
		at = c.From
		v.condition(c, taken, add)
	}
	var prev []string // the subjects of the previous cue, for coordinated ones
	for i, m := range v.cues {
		c := cues[m.Value]
		if c.kind == cueCondition {
			continue
		}
		var subjects []string
		if v.coordinated(m) && prev != nil {
			subjects = prev // "Pakistan asks Kabul to act, rules out talks"
		} else {
			subjects = v.subjectOf(m.From, c.kind)
		}
		prev = subjects
		at = m.From
		if h, ok := v.cueStance(m, c, taken, v.nextCoordinated(i), subjects); ok {
			for _, who := range h.actors {
				add(who, h.issue, h.position)
			}
		}
	}
	// A claim stated by a speaker, without a cue: the speaker asserts it;
	// with a negation just before it, the speaker denies it. An issue
	// a speaker says there will be "no" of, the speaker opposes.
	for k, im := range v.issues {
		if taken[k] {
			continue
		}
		at = im.From
		who := v.speakerAt(im.From)
		if who == "" {
			continue
		}
		if !v.claim[im.Issue] {
			if im.From > v.from && v.toks[im.From-1].Lower == "no" {
				add(who, im.Issue, "oppose") // "there would be no talks with the TTP"
			}
			continue
		}
		if v.negatedBefore(im.From, 3) {
			add(who, im.Issue, "deny")
		} else {
			add(who, im.Issue, "support")
		}
	}
	return out
}

type hit struct {
	actors   []string
	issue    int
	position string
}

// cueStance reads one cue: its issue (before end, where a coordinated
// cue takes over), its subjects (given), negation and hedges.
func (v *sentenceView) cueStance(m phraseMatch, c cue, taken map[int]bool, end int, subjects []string) (hit, bool) {
	cs, ce := v.clause(m.From)
	ce = min(ce, end)
	var k int
	switch c.kind {
	case cueDeny:
		if m.From > v.from && v.toks[m.From-1].Lower == "to" {
			return hit{}, false // "asked Kabul to deny sanctuary": not a denial of a claim
		}
		k = v.claimAfter(m.To, v.to, taken)
		if k < 0 {
			k = v.claimBefore(m.From, v.from, taken)
		}
		if k < 0 {
			return v.anaphoricDenial(m, subjects)
		}
	case cueAssert:
		k = v.claimAfter(m.To, ce, taken)
	default:
		if v.denialOfClaim(m) {
			c.position = "deny"
			if k = v.claimAfter(m.To, v.to, taken); k < 0 {
				k = v.claimBefore(m.From, v.from, taken)
			}
			if k < 0 {
				return v.anaphoricDenial(m, subjects)
			}
			break
		}
		k = v.issueAfter(m.To, ce, 12, taken)
	}
	if k < 0 {
		return hit{}, false
	}
	im := v.issues[k]
	if c.needTo && !v.hasToken(m.To, im.From, "to", "for") {
		return hit{}, false
	}
	if c.kind == cueAdjective && !v.adjectivePredicate(m.From, cs) {
		return hit{}, false
	}
	pos := c.position
	if v.negatedBefore(m.From, 3) {
		if pos != "support" {
			return hit{}, false
		}
		pos = "oppose"
	}
	if len(subjects) == 0 || v.hedged(m.From) {
		return hit{}, false
	}
	if pos == "demand" && v.targetIs(m.To, im.From, subjects[0]) {
		return hit{}, false // "X urged its own forces …" is not a demand on another actor
	}
	taken[k] = true
	return hit{actors: subjects, issue: im.Issue, position: pos}, true
}

// condition reads a condition marker: the issue it is attached to becomes
// conditional for the subject and the issue of the condition a demand. A
// fronted condition ("As soon as …, the Russian side will return to the
// grain deal") has its main clause after the comma.
func (v *sentenceView) condition(c phraseMatch, taken map[int]bool, add func(string, int, string)) {
	cs, ce := v.clause(c.From)
	subjects := v.subjectOf(c.From, cueCondition)
	main, cond := -1, -1
	if v.fronted(c.From, cs) {
		comma := c.To
		for comma < ce && v.toks[comma].Lower != "," {
			comma++
		}
		if comma >= ce {
			return
		}
		cond = v.issueAfter(c.To, comma, 12, taken)
		main = v.issueAfter(comma+1, ce, 12, taken)
		if m, ok := mentionWithin(v.ms, comma+1, ce); ok && !m.PrepObject {
			subjects = []string{m.Actor}
		}
	} else {
		main = v.issueBefore(c.From, cs, taken)
		cond = v.issueAfter(c.To, ce, 12, taken)
	}
	if main >= 0 {
		taken[main] = true
		for _, who := range subjects {
			add(who, v.issues[main].Issue, "conditional")
		}
	}
	if cond >= 0 && (main < 0 || v.issues[cond].Issue != v.issues[main].Issue) {
		taken[cond] = true
		for _, who := range subjects {
			add(who, v.issues[cond].Issue, "demand")
		}
	}
}

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
		case w == "," || w == "and" || w == "then":
			return true
		case cueAdverbs[w] || w == "instead" || w == "also" || strings.HasSuffix(w, "ly") && v.toks[k].Word:
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
		if cues[m.Value].kind != cueCondition && v.coordinated(m) {
			return m.From
		}
	}
	return v.to
}

// hedged reports whether a belief or a guess governs the cue at i.
func (v *sentenceView) hedged(i int) bool {
	for k := max(v.from, i-8); k < i; k++ {
		if hedges[v.toks[k].Lower] {
			return true
		}
	}
	return false
}

// anaphoricDenial reads "Mujahid dismissed the allegations as baseless"
// after a sentence that made them: a denial of "the" or "these" claims
// denies the claim issue the last two sentences raised.
func (v *sentenceView) anaphoricDenial(m phraseMatch, subjects []string) (hit, bool) {
	if v.recent < 0 || len(subjects) == 0 || v.negatedBefore(m.From, 3) || v.hedged(m.From) {
		return hit{}, false
	}
	for k := m.To; k+1 < v.to && k < m.To+3; k++ {
		switch v.toks[k].Lower {
		case "the", "these", "those", "such", "this", "that":
			if claimNouns[v.toks[k+1].Lower] {
				return hit{actors: subjects, issue: v.recent, position: "deny"}, true
			}
		}
	}
	return hit{}, false
}

// claimNouns name what a denial rejects.
var claimNouns = setOf("claim", "claims", "allegation", "allegations", "accusation", "accusations",
	"charge", "charges", "report", "reports", "assertion", "assertions", "suggestion", "suggestions",
	"notion", "idea", "impression", "propaganda")

// denialOfClaim reports whether an opposing cue rejects a claim ("rejected
// Pakistan's allegations that …", "dismissed the reports"): then it
// denies the claim issue the sentence names.
func (v *sentenceView) denialOfClaim(m phraseMatch) bool {
	if cues[m.Value].position != "oppose" {
		return false
	}
	for k := m.To; k < v.to && k < m.To+4; k++ {
		if claimNouns[v.toks[k].Lower] {
			return true
		}
	}
	return false
}

// conditions returns the condition markers of the sentence: the cue
// phrases, and "if" after "only" within five words ("can only be explored
// if", "could only consider talking … if").
func (v *sentenceView) conditions() []phraseMatch {
	var out []phraseMatch
	for _, m := range v.cues {
		if cues[m.Value].kind == cueCondition {
			out = append(out, m)
		}
	}
	for i := v.from; i < v.to; i++ {
		if v.toks[i].Lower != "if" {
			continue
		}
		for k := i - 1; k >= v.from && k >= i-6; k-- {
			if clauseBreaks[v.toks[k].Lower] || v.toks[k].Lower == "," {
				break
			}
			if v.toks[k].Lower == "only" && k != i-1 {
				out = append(out, phraseMatch{From: i, To: i + 1})
				break
			}
		}
	}
	return out
}

// clause returns the tokens of the clause around token i.
func (v *sentenceView) clause(i int) (int, int) {
	s, e := v.from, v.to
	for k := i - 1; k >= v.from; k-- {
		if clauseBreaks[v.toks[k].Lower] {
			s = k + 1
			break
		}
	}
	for k := i + 1; k < v.to; k++ {
		if clauseBreaks[v.toks[k].Lower] {
			e = k
			break
		}
	}
	return s, e
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
			if v.toks[t].Word {
				words++
			}
		}
		if words > maxWords || taken[k] {
			return -1
		}
		return k
	}
	return -1
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

// negatedBefore reports whether a negator stands within n words before
// token i ("did not agree to", "no longer seeking").
func (v *sentenceView) negatedBefore(i, n int) bool {
	for k := i - 1; k >= v.from && k >= i-n; k-- {
		t := v.toks[k]
		if !t.Word {
			return false
		}
		if negators[t.Lower] || strings.HasSuffix(t.Lower, "n't") {
			return true
		}
	}
	return false
}

// adjectivePredicate reports whether the adjective cue at i is said of
// the clause's subject ("the Taliban is still keen to"), not of a noun
// before it ("individuals willing to surrender").
func (v *sentenceView) adjectivePredicate(i, start int) bool {
	for k := i - 1; k >= start; k-- {
		t := v.toks[k]
		switch {
		case cueAdverbs[t.Lower]:
			continue
		case copulas[t.Lower]:
			return true
		case thirdPronouns[t.Lower] || firstPronouns[t.Lower]:
			return true
		}
		_, ok := mentionAt(v.ms, k)
		return ok
	}
	return false
}

// targetIs reports whether the first actor named in [from, to) — the one
// a demand is made of — is the subject itself.
func (v *sentenceView) targetIs(from, to int, subject string) bool {
	m, ok := mentionWithin(v.ms, from, to)
	return ok && m.Actor == subject && !m.PrepObject
}

// subjectOf finds who holds the position of the cue at i: a possessive
// before a noun cue ("Pakistan's refusal", "its willingness"), else the
// nearest actor before the cue in its clause that is no preposition's
// object, a pronoun resolved to the speaker or its antecedent, the
// antecedent of a relative pronoun, or, for a cue inside what a speaker
// says, the speaker.
func (v *sentenceView) subjectOf(i int, kind cueKind) []string {
	cs, _ := v.clause(i)
	if kind == cueNoun {
		for k := i - 1; k >= cs && k >= i-3; k-- {
			if m, ok := mentionAt(v.ms, k); ok && m.Poss {
				return v.withConjuncts(m, cs)
			}
			if t := v.toks[k]; t.Lower == "its" || t.Lower == "their" || t.Lower == "his" || t.Lower == "her" || t.Lower == "our" {
				return nonEmpty(v.pronoun(k))
			}
		}
	}
	for k := i - 1; k >= cs; k-- {
		if m, ok := mentionAt(v.ms, k); ok {
			if m.PrepObject && !m.Role {
				k = m.From
				continue
			}
			return v.withConjuncts(m, cs)
		}
		t := v.toks[k]
		if thirdPronouns[t.Lower] || firstPronouns[t.Lower] {
			if t.Lower == "them" || t.Lower == "him" || t.Lower == "us" {
				continue
			}
			return nonEmpty(v.pronoun(k))
		}
	}
	if cs > v.from {
		if w := v.toks[cs-1].Lower; w == "which" || w == "who" {
			for k := cs - 2; k >= v.from && k >= cs-3; k-- {
				if m, ok := mentionAt(v.ms, k); ok {
					return []string{m.Actor}
				}
			}
			return nil
		}
	}
	return nonEmpty(v.speakerAt(i))
}

// withConjuncts returns the actor of m and of the actors coordinated
// before it: "Qatar and Egypt urged", "Saudi Arabia, the US and the UN".
func (v *sentenceView) withConjuncts(m actorMention, start int) []string {
	out := []string{m.Actor}
	skipped := 0
	for k := m.From - 1; k > start; {
		if t := v.toks[k]; t.Lower == "the" || t.Lower == "a" || (t.Word && !t.Title && skipped < 2 &&
			t.Lower != "and" && !prepositions[t.Lower] && !copulas[t.Lower]) {
			skipped++ // "Sudan's army and the paramilitary RSF"
			k--
			continue
		}
		w := v.toks[k].Lower
		if w != "and" && w != "," {
			break
		}
		prev, ok := mentionAt(v.ms, k-1)
		if !ok || prev.PrepObject {
			break
		}
		if prev.Actor != out[len(out)-1] {
			out = append(out, prev.Actor)
		}
		k = prev.From - 1
	}
	return out
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// pronoun resolves a pronoun at token k: "we", "our" to whoever speaks;
// "it", "they", "its" to the speaker of reported speech it stands in,
// else the nearest actor before it, else, opening the sentence, the last
// sentence's subject.
func (v *sentenceView) pronoun(k int) string {
	w := v.toks[k].Lower
	if firstPronouns[w] {
		return v.speakerAt(k)
	}
	if who := v.speakerAt(k); who != "" {
		return who
	}
	for j := k - 1; j >= v.from; j-- {
		if m, ok := mentionAt(v.ms, j); ok {
			if !m.PrepObject {
				return m.Actor
			}
			j = m.From
		}
	}
	if k-v.from <= 2 {
		return v.last // "It said …", "They also …": the last sentence's subject
	}
	return "" // "The army said it …": an antecedent we do not know
}

// speakerAt returns who speaks the words at token k: the speaker of the
// quotation around it, or of the reported speech it belongs to.
func (v *sentenceView) speakerAt(k int) string {
	if who, ok := v.quote(k); ok {
		return who
	}
	if v.sp.Speaker != "" && k >= v.sp.From && k < v.sp.To {
		return v.sp.Speaker
	}
	return ""
}

// stanceOf turns a hit into the model's stance with its one citation,
// dated by its statement or its article.
func stanceOf(h stanceHit, sourceID string, s Sentence, date, precision string) report.Stance {
	return report.Stance{
		Actor: h.Actor, Issue: h.Issue, Position: h.Position,
		Date: date, Precision: precision,
		Citations: []report.Citation{{Source: sourceID, Quote: s.Text}},
	}
}
