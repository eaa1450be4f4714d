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
// the M23" claim, whatever the words of the act, nor do the words of an
// apposition after it ("of backing the Front, a group founded in Nordia").
func (v *sentenceView) accusedOther(im issueMention) bool {
	parties := v.parties[im.Issue]
	if len(parties) < 2 {
		return false // "TTP sanctuaries in Afghanistan" names no one who gives them: anyone may be accused
	}
	for j := im.From - 1; j > v.from; j-- {
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

// askingNouns ask another to act, offeringNouns put an act forward as
// one's own; their agent follows "by" or "from": "a request by X to", "an
// offer from X to". (lexicon askingNouns, offeringNouns)
var (
	askingNouns   = wordSetOf("askingNouns")
	offeringNouns = wordSetOf("offeringNouns")
)

// requestAgents returns who made the request or the offer whose "to"
// comes right before the cue at token i, and what they hold of the act:
// "agreed to a request by Sudria to announce a truce" is Sudria's demand
// for the truce, not its announcement; "welcomed an offer by Sudria to
// host talks" is Sudria's proposal. It returns nil when no such noun
// governs the cue.
func (v *sentenceView) requestAgents(i int) ([]string, report.Position) {
	if !v.infinitive(i) {
		return nil, ""
	}
	by, pos := v.requestBy(i - 1)
	if by < 0 {
		return nil, ""
	}
	var out []string
	for _, m := range v.ms {
		if m.From > by && m.To <= i-1 && !containsString(out, m.Actor) {
			out = append(out, m.Actor)
		}
	}
	return out, pos
}

// requestBy returns the token of the "by" or "from" that follows a request
// or an offer noun and opens the agent phrase ending at token to, and the
// position its agent holds of the act; -1 when there is none.
func (v *sentenceView) requestBy(to int) (int, report.Position) {
	for k := to - 1; k > v.from && k >= to-10; k-- {
		w := v.toks[k].Lower
		if w == "," || w == ";" || w == "to" || v.cueAt(k) {
			return -1, ""
		}
		if w != "by" && w != "from" {
			continue
		}
		for j := k - 1; j > v.from && j >= k-3; j-- {
			if askingNouns.in(v.toks[j].wid) {
				return k, report.Demand
			}
			if offeringNouns.in(v.toks[j].wid) {
				return k, report.Propose
			}
		}
		return -1, ""
	}
	return -1, ""
}

// requested returns who asked for or offered the act of cue n, the next
// cue after a cue that ends at token from, when n is the act a request or
// an offer names ("agreed to a request by Sudria to announce a truce"),
// and the position they hold: a demand (or opposition, when the act asked
// for is an opposing one: "an appeal by Sudria to halt the raids"), or a
// proposal.
func (v *sentenceView) requested(n phraseMatch, from int) ([]string, report.Position) {
	if n.From <= from {
		return nil, ""
	}
	req, pos := v.requestAgents(n.From)
	if req == nil {
		return nil, ""
	}
	if pos == report.Demand && v.table.list[n.Value].position == report.Oppose {
		return req, report.Oppose
	}
	return req, pos
}

// sharedPartNouns name a party's share in something: "the participation of X
// in the force". troopNouns name the people a party sends: "X's soldiers
// in the force". (lexicon sharedPartNouns, troopNouns)
var (
	sharedPartNouns = wordSetOf("sharedPartNouns")
	troopNouns      = wordSetOf("troopNouns")
)

// sharedPart reports whether what an opposing cue at [from, …) takes
// before the issue at token to is another's part in the issue, not the
// issue itself: "opposes the participation of Sudria's troops in the
// force", "rejected any role for the Front in the talks", "would not
// accept Sudrian soldiers in the force". The subject then sets a term
// for the issue, it does not reject it.
func (v *sentenceView) sharedPart(from, to int) bool {
	if to-from < 3 || to-from > 12 {
		return false
	}
	in := to - 1
	for in > from && (articles.in(v.toks[in].wid) || v.toks[in].Title) {
		in--
	}
	if w := v.toks[in].Lower; w != "in" && w != "within" && w != "into" {
		return false
	}
	for p := from; p < in; p++ {
		t := v.toks[p]
		if t.Lower == "," || t.Lower == ";" || p > from && v.cueAt(p) {
			return false
		}
		if sharedPartNouns.in(t.wid) && p+1 < in && (v.toks[p+1].Lower == "of" || v.toks[p+1].Lower == "for") {
			return true // "the participation of Sudria's troops in"
		}
		if troopNouns.in(t.wid) && p+1 == in {
			_, named := mentionWithin(v.ms, from, p)
			return named || v.demonym(p) != "" // "Sudrian soldiers in"
		}
	}
	return false
}

// negatedCueBetween reports whether a negated cue stands in tokens
// [from, to): "declared that it is not bound by the truce", where the
// nearer cue, negated, governs the truce and the outer verb only
// reports it.
func (v *sentenceView) negatedCueBetween(from, to int) bool {
	for _, c := range v.cues {
		if c.From > from && c.To <= to && v.negatedBefore(c.From, 3) {
			return true
		}
	}
	return false
}

// ensuringVerbs make another's act sure: "ensuring that the army keeps to
// the truce", "make sure that". (lexicon ensuringVerbs)
var ensuringVerbs = wordSetOf("ensuringVerbs")

// ensuredAct reports whether the cue at token i is the verb of a "that"
// clause an ensuring verb governs: "the front backs the accord and will
// work on ensuring that the army keeps to it". The clause tells what the
// ensurer wants of its subject, not the subject's own position.
func (v *sentenceView) ensuredAct(i int) bool {
	for k := i - 1; k > v.from && k >= i-8; k-- {
		w := v.toks[k].Lower
		if w == "," || w == ";" || v.cueAt(k) {
			return false
		}
		if w == "that" {
			return ensuringVerbs.in(v.toks[k-1].wid)
		}
	}
	return false
}
