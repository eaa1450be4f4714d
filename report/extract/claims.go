package extract

import "brief/report"

// Claims rejected: "dismissed the allegations", "rejected the reports
// that …".

// anaphoricDenial reads "the spokesman dismissed the charges as baseless"
// after a sentence that made them: a denial of "the" or "these" claims
// denies the claim issue the last two sentences raised.
func (v *sentenceView) anaphoricDenial(m phraseMatch, subjects []string) (hit, bool) {
	if v.recent < 0 || len(subjects) == 0 || v.negatedBefore(m.From, 3) || v.hedged(m.From) {
		return hit{}, false
	}
	if claimNouns.in(v.toks[m.To-1].wid) && m.To-m.From >= 2 {
		return hit{actors: subjects, issue: v.recent, position: report.Deny}, true // "rejected the accusation"
	}
	for k := m.To; k+1 < v.to && k < m.To+3; k++ {
		switch v.toks[k].Lower {
		case "the", "these", "those", "such", "this", "that":
			if claimNouns.in(v.toks[k+1].wid) {
				return hit{actors: subjects, issue: v.recent, position: report.Deny}, true
			}
		}
	}
	if m.To < v.to && pointingPronouns.in(v.toks[m.To].wid) && (m.To+1 == v.to || !v.toks[m.To+1].Word) {
		return hit{actors: subjects, issue: v.recent, position: report.Deny}, true // "Both countries deny this."
	}
	return hit{}, false
}

// pointingPronouns stand for what was just said: "deny this", "denied it".
var pointingPronouns = wordSetOf("pointingPronouns")

// relativeDenial reads a denial whose object is a claim noun before it,
// naming a claim the sentence made earlier: "accused the UAE of supplying
// arms to the militia, a charge the capital denies". The claim may have
// been taken by the accusation: the denier holds its own position.
func (v *sentenceView) relativeDenial(m phraseMatch, subjects []string) (hit, bool) {
	if len(subjects) == 0 || v.negatedBefore(m.From, 3) || v.hedged(m.From) {
		return hit{}, false
	}
	for k := m.From - 1; k >= v.from && k >= m.From-5; k-- {
		if !claimNouns.in(v.toks[k].wid) {
			continue
		}
		if c := v.claimBefore(k, v.from, nil); c >= 0 {
			return hit{actors: subjects, issue: v.issues[c].Issue, position: report.Deny}, true
		}
		return hit{}, false
	}
	return hit{}, false
}

// claimNouns name what a denial rejects.
var claimNouns = wordSetOf("claimNouns")

// denialOfClaim reports whether an opposing cue rejects a claim ("rejected
// Pakistan's allegations that …", "dismissed the reports"): then it
// denies the claim issue the sentence names.
func (v *sentenceView) denialOfClaim(m phraseMatch) bool {
	if v.table.list[m.Value].position != report.Oppose {
		return false
	}
	for k := m.To; k < v.to && k < m.To+4; k++ {
		if claimNouns.in(v.toks[k].wid) {
			return k+1 >= v.to || v.toks[k+1].Lower != "to" // "rejected suggestions to extend the truce": a request, no claim
		}
	}
	return false
}

// predicateDenial reports whether a denying adjective is said of a claim
// ("the claims of the other side that … are groundless"): the one who
// says so denies it, not an actor named inside the claim.
func (v *sentenceView) predicateDenial(m phraseMatch) bool {
	if m.From-1 <= v.from || !copulas.in(v.toks[m.From-1].wid) {
		return false
	}
	cs, _ := v.clause(m.From)
	for k := max(cs, v.from); k < m.From && k < cs+4; k++ {
		if claimNouns.in(v.toks[k].wid) {
			return true
		}
	}
	return false
}

// claimant returns who makes the claim named at the start of a clause
// before token i: "the claims of the other side that …",
// "Pakistan's allegations that …". It returns "" when there is none.
func (v *sentenceView) claimant(i int) string {
	cs, _ := v.clause(i)
	for k := cs; k < i && k < cs+4; k++ {
		if !claimNouns.in(v.toks[k].wid) {
			continue
		}
		if k+2 < v.to && v.toks[k+1].Lower == "of" {
			if m, ok := mentionWithin(v.ms, k+2, min(k+5, i)); ok {
				return m.Actor
			}
		}
		if m, ok := mentionAt(v.ms, k-1); ok && m.Poss {
			return m.Actor
		}
		return ""
	}
	return ""
}

// brandedAs returns the claim issue an opposing cue brands its object as,
// within the clause ending at ce, or -1: "condemned the strikes as a
// violation of Iraqi sovereignty" asserts the violation.
func (v *sentenceView) brandedAs(m phraseMatch, ce int, taken map[int]bool) int {
	if v.table.list[m.Value].position != report.Oppose {
		return -1
	}
	for k := m.To; k < ce && k < m.To+6; k++ {
		if v.toks[k].Lower == "as" {
			return v.claimAfter(k+1, min(ce, k+6), taken)
		}
	}
	return -1
}

// condemnedClaim returns the claim a cue of condemnation takes as its
// object, within a few words ("condemned the constant use of Afghan soil
// by terrorists"): to condemn an act is to say it happens. Other cues of
// opposition ("rejected the use of its soil") take no claim; -1.
func (v *sentenceView) condemnedClaim(m phraseMatch, ce int, taken map[int]bool) int {
	if !condemnations.has(v.table.list[m.Value].phrase) {
		return -1
	}
	return v.claimAfter(m.To, min(ce, m.To+6), taken)
}

// condemnations are cues whose object happened, by the speaker's word.
var condemnations = wordSetOf("condemnations")
