package extract

import (
	"strings"

	"brief/report"
)

// A demand reaches every act of the list it governs: "urged the two armies
// to spare the villages, let aid convoys through and resume talks"
// demands the convoys and the talks as well as the first act; "urged the
// rebels to stop their push on the valley – held for a year by the army –
// and come back to the talks" demands the talks though the first act
// names no issue.

// listedDemands gives the demanders of the cue at m each further act of
// its list: a demand, or opposition to an act asked to stop.
func (v *sentenceView) listedDemands(m phraseMatch, demanders []string, taken map[int]bool, add func(string, string, int, report.Position)) {
	for _, k := range v.demandedActs(m, taken) {
		pos := report.Demand
		if v.stopped(v.issues[k]) {
			pos = report.Oppose
		}
		if v.otherPartiesOf(v.issues[k], demanders, pos, false) {
			continue
		}
		taken[k] = true
		for _, who := range demanders {
			add("demand-list", who, v.issues[k].Issue, pos)
		}
	}
}

// demandedActs returns the untaken issues (not claims) that a demand cue
// at m governs beyond the one its own reading took: every issue term
// from where its acts open (actsStart) to where their list ends.
func (v *sentenceView) demandedActs(m phraseMatch, taken map[int]bool) []int {
	start := v.actsStart(m)
	if start < 0 {
		return nil // "urged restraint": no list of acts follows
	}
	end := v.demandEnd(start)
	var out []int
	for k, im := range v.issues {
		if im.From < start || im.To > end || taken[k] || v.claim[im.Issue] {
			continue
		}
		if !v.hasToken(start, im.From, "and", ",", "or") {
			continue // the first act is the cue's own reading, which may have refused it
		}
		out = append(out, k)
	}
	return out
}

// actsStart returns the token where the acts a demand cue at m asks for
// open: right after a cue that ends with its "for" or "to" ("called for a
// truce, access and talks"), after "that" ("we ask that both sides sit
// together and hold talks"), after the first "to" or "for" that follows
// ("urged the rebels to …"); -1 when none does.
func (v *sentenceView) actsStart(m phraseMatch) int {
	switch {
	case v.toks[m.To-1].Lower == "for" || v.toks[m.To-1].Lower == "to":
		return m.To
	case m.To < v.to && v.toks[m.To].Lower == "that":
		return m.To + 1
	}
	if s := v.toAfter(m.To, v.to); s > m.To {
		return s
	}
	return -1
}

// demandEnd returns where the list of acts a demand governs, opening at
// token start, ends: at a new clause or sentence (a relative, a reported
// clause, a contrast, a condition, a time or circumstance), at a
// coordinated predicate of its own ("and would …") and at a new subject
// after a conjunction ("…, and Qatar offered …").
func (v *sentenceView) demandEnd(start int) int {
	for t := start; t < v.to; t++ {
		w := v.toks[t].Lower
		switch {
		case appealEnds.has(w) || speechVerbs.has(w) || adjuncts.has(w) || demandEnds.has(w):
			return t
		case v.newPredicate(t):
			return t
		case v.newSubjectAt(t):
			return t
		case (w == "and" || w == ",") && t+1 < v.to:
			if v.finiteCueAt(t + 1) {
				return t // "asks Kabul to act against the group, rules out talks"
			}
		}
	}
	return v.to
}

// demandEnds are further words that close the list of demanded acts: a
// relative or reported clause ("that"), a circumstance ("as", "amid").
var demandEnds = wordSetOf("demandEnds")

// demandable reports whether a demand cue that found no issue of its own
// may still govern a list: not negated ("did not urge"), not hedged.
func (v *sentenceView) demandable(m phraseMatch) bool {
	passive := m.From > v.from && copulas.in(v.toks[m.From-1].wid) // "is expected to reject"
	return !passive && !v.negatedBefore(m.From, 3) && !v.hedged(m.From) && !v.nounParticiple(m.From)
}

// finiteCueAt reports whether a cue opens at token t in a finite form of
// its own ("rules out", "urged"): a new predicate, not a further act of
// the list ("allow", "return").
func (v *sentenceView) finiteCueAt(t int) bool {
	for _, c := range v.cues {
		if c.From == t {
			w := v.toks[t].Lower
			return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
		}
	}
	return false
}

// newSubjectAt reports whether a clause with a subject of its own opens
// at the conjunction at token t: "…, and the RSF agreed to a truce",
// "and Qatar said". An actor after a conjunction that no predicate follows
// is one more of a list ("urged Egypt, Qatar, and the US to …").
func (v *sentenceView) newSubjectAt(t int) bool {
	if w := v.toks[t].Lower; w != "and" && w != "," {
		return false
	}
	n := t + 1
	for n+1 < v.to && (v.toks[n].Lower == "and" || v.toks[n].Lower == "the") {
		n++
	}
	m, ok := mentionAt(v.ms, n)
	if !ok || m.From != n || m.PrepObject || m.To >= v.to {
		return false
	}
	w := v.toks[m.To].Lower
	if speechVerbs.has(w) || auxiliaries.has(w) {
		return true
	}
	for _, c := range v.cues {
		if c.From == m.To {
			return true
		}
	}
	return false
}

// stopped reports whether the issue is the object of a verb that ends or
// stops it: "to halt the deportations", "to lift the blockade", "to avoid
// airstrikes" (function words only between), or names the place of the
// act stopped: "to stop the shelling of the city" (one noun and the
// preposition between). A demand to stop an act opposes the act.
func (v *sentenceView) stopped(im issueMention) bool {
	if v.preventedFrom(im) {
		return true
	}
	// An issue named as the place of an act ("halt raids on the port",
	// "end the siege of the city") stops with the act: one noun may stand
	// between, when a preposition opens the place.
	from := im.From
	for n := 0; n < 2 && from-1 > v.from; n++ {
		if m, ok := mentionAt(v.ms, from-1); ok && m.To == from && !m.Poss {
			from = m.From // "an end to Pakistani airstrikes": whose they are
			continue
		}
		if !modifierOrParticiple(v.toks[from-1]) {
			break
		}
		from-- // "halt forced deportations", "an end to these illegal attacks"
	}
	nouns := 0
	if p := from - 1; p > v.from && prepositions.in(v.toks[p].wid) {
		nouns = 1
	}
	for k := from - 1; k >= v.from && k >= from-4; k-- {
		w := v.toks[k].Lower
		if stopVerbs.has(w) || enders.has(w) {
			return true
		}
		if k == from-1 && nouns > 0 {
			continue // the preposition that opens the place
		}
		if harmLinks.has(w) && k > v.from && enders.in(v.toks[k-1].wid) {
			return true // "an end of the attacks", as "an end to" them
		}
		if v.toks[k].Word && !functionWords.has(w) && nouns > 0 {
			nouns--
			continue
		}
		if !v.toks[k].Word || !functionWords.has(w) {
			return false
		}
	}
	return false
}

// preventedFrom reports whether the issue mention im is the act someone
// is kept from doing: "to prevent militants from carrying out attacks",
// "stop the group from staging raids". A gerund after "from" (a particle
// and modifiers may follow it) opens the act, and a verb of prevention
// stands within six words before "from", no comma between.
func (v *sentenceView) preventedFrom(im issueMention) bool {
	k := im.From - 1
	for k > v.from && im.From-k <= 4 && !strings.HasSuffix(v.toks[k].Lower, "ing") {
		hyphened := k+1 < im.From && v.toks[k+1].Lower == "-" // "from orchestrating cross-border terrorism"
		if t := v.toks[k]; t.Lower != "-" && !hyphened && (!t.Word || !functionWords.in(t.wid) && !modifierOrParticiple(t) && !actParticles.in(t.wid)) {
			return false
		}
		k--
	}
	if k <= v.from || !strings.HasSuffix(v.toks[k].Lower, "ing") || v.toks[k-1].Lower != "from" {
		return false
	}
	for j := k - 2; j >= v.from && j >= k-8; j-- {
		if preventVerbs.in(v.toks[j].wid) {
			return true
		}
		if w := v.toks[j].Lower; w == "," || v.clauseBreakAt(j) {
			return false
		}
	}
	return false
}

// preventVerbs keep someone from an act after "from": "prevent militants
// from staging attacks"; actParticles may follow the act's gerund
// ("carrying out attacks").
var preventVerbs, actParticles = wordSetOf("preventVerbs"), wordSetOf("actParticles")

// modifierOrParticiple reports whether t may stand as an adjective before
// an issue's noun: "illegal attacks", "forced deportations", "Pakistani
// airstrikes".
// regionAdjectives name a region's peoples as demonyms do: "Western".
var regionAdjectives = wordSetOf("regionAdjectives")

func modifierOrParticiple(t token) bool {
	if t.Title {
		return t.Word && (demonymLike(t.Lower) || regionAdjectives.in(t.wid)) // "an end to Pakistani airstrikes", "to Western aid"
	}
	return t.Word && !functionWords.in(t.wid) && (modifier(t) || strings.HasSuffix(t.Lower, "ed"))
}
