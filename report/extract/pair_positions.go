package extract

import "brief/report"

// demandedAct reports whether the act after the "to" that follows token
// from (a few words of time or manner may come first: "decided on Monday
// to") is a demanding verb that reaches the issue at end: "agreed to
// demand the withdrawal", "decided to call for a truce". The agreers then
// demand the issue; its own cue has no subject of its own.
func (v *sentenceView) demandedAct(from, end int) bool {
	k := from
	for ; k < end && k < from+5 && v.toks[k].Lower != "to"; k++ {
		if w := v.toks[k].Lower; w == "," || w == "that" || v.issueStarts(k) {
			return false
		}
	}
	if k >= end || v.toks[k].Lower != "to" {
		return false
	}
	for _, c := range v.cues {
		cc := v.table.list[c.Value]
		if c.From == k+1 && c.To <= end && cc.position == report.Demand && (cc.kind == cueVerb || cc.kind == cueNoun) {
			return true
		}
	}
	return false
}

// issueStarts reports whether an issue term starts at token k.
func (v *sentenceView) issueStarts(k int) bool {
	for _, im := range v.issues {
		if im.From == k {
			return true
		}
	}
	return false
}
