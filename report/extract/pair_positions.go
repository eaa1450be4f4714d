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

// accusingVerbs accuse the actor named after them of the act after "of"
// or "for". (lexicon accusingVerbs)
var accusingVerbs = wordSetOf("accusingVerbs")

// accusedOther reports whether the claim term im tells of an act that an
// accusation lays on an actor its issue's label does not name, when the
// label names two parties (the doer and the one done for): "Kigali
// accuses Kinshasa of supporting a rebel group" raises no "Rwanda backs
// the M23" claim, whatever the words of the act.
func (v *sentenceView) accusedOther(im issueMention) bool {
	parties := v.parties[im.Issue]
	if len(parties) < 2 {
		return false // "TTP sanctuaries in Afghanistan" names no one who gives them: anyone may be accused
	}
	for j := im.From - 1; j > v.from && j >= im.From-30; j-- {
		if w := v.toks[j].Lower; w == ";" || w == "." {
			return false
		}
		if !accusingVerbs.in(v.toks[j].wid) {
			continue
		}
		for _, m := range v.ms {
			if m.From > j && m.To < im.From && (v.toks[m.To].Lower == "of" || v.toks[m.To].Lower == "for") {
				return !containsString(parties, m.Actor)
			}
		}
		return false
	}
	return false
}
