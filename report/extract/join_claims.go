package extract

import "brief/report"

// stopDemanded returns who demands that the act a claim issue names
// stop, so asserting that it goes on: "called on Rwanda to cease its
// support for the M23", "urged Kabul to end the use of its soil by the
// TTP". The demand is a verb cue of demand before the stop verb in the
// same clause, with no other cue between them and no negation before
// it; "rejected calls to end its support" asks nothing of the rejecter,
// and a noun cue ("calls to end") is someone else's. Nil when no demand
// governs the claim's stopping.
func (v *sentenceView) stopDemanded(k int) []string {
	im := v.issues[k]
	if !v.claim[im.Issue] || !v.stopped(im) {
		return nil
	}
	cs, _ := v.clause(im.From)
	last := -1
	for i, m := range v.cues {
		if m.To <= im.From && m.From >= cs && !stopVerbs.in(v.toks[m.From].wid) && !enders.in(v.toks[m.From].wid) {
			last = i // not the stop verb's own cue: "urged Southia to end its support"
		}
	}
	if last < 0 {
		return nil
	}
	m := v.cues[last]
	c := v.table.list[m.Value]
	if c.kind != cueVerb || c.position != report.Demand || v.negatedBefore(m.From, 3) || v.hedged(m.From) ||
		v.hypothetical(m.From) || !v.hasToken(m.To, im.From, "to") {
		return nil
	}
	if directed := v.directedBy(m.From); directed != nil {
		return directed
	}
	return v.subjectOf(m.From, c.kind)
}
