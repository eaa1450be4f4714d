package extract

import "strings"

// sidesOf returns the two parties that an issue's label names ("Accord
// between Norland and Southia") when the subject of the cue at i is "the
// two sides", "both parties", "the warring parties" … and the text names
// no pair it could stand for: "the envoy said the two sides had agreed to
// negotiate a ceasefire" is the two belligerents' agreement. The phrase
// must open the clause's subject, with only auxiliaries, adverbs or
// negators between it and the cue, and be no preposition's object
// ("officials from both sides"). Nil when no label names two actors
// (see sentenceSides).
func (v *sentenceView) sidesOf(i int, im issueMention) []string {
	parties := v.sentenceSides(im)
	if parties == nil {
		return nil
	}
	cs, _ := v.clause(i)
	k := i - 1
	for k >= cs && (auxiliaries.in(v.toks[k].wid) || cueAdverbs.in(v.toks[k].wid) || negators.in(v.toks[k].wid) ||
		v.toks[k].Word && strings.HasSuffix(v.toks[k].Lower, "ly")) {
		k-- // "the two sides have now", "both parties swiftly"
	}
	if k < cs || !pairNouns.in(v.toks[k].wid) || v.toks[k].Title {
		return nil
	}
	if _, ok := mentionAt(v.ms, k); ok {
		return nil // a pair the text named: the mention says who
	}
	j := k - 1
	for j >= cs && j >= k-3 && partyWords.in(v.toks[j].wid) {
		j-- // "the two warring parties", "both sides"
	}
	if j == k-1 || j >= v.from && (prepositions.in(v.toks[j].wid) || v.toks[j].Poss) {
		return nil // "parties agreed" is no definite pair; "officials from both sides" are no sides
	}
	return parties
}

// sentenceSides returns the two actors that im's issue label names, else
// the one pair that the labels of the sentence's other issues name ("the
// two sides agreed to negotiate a ceasefire", where the talks name no
// sides and the ceasefire names the army and the militia); nil when none
// or several.
func (v *sentenceView) sentenceSides(im issueMention) []string {
	if p := v.parties[im.Issue]; len(p) == 2 {
		return p
	}
	var pair []string
	for _, o := range v.issues {
		p := v.parties[o.Issue]
		if len(p) != 2 {
			continue
		}
		if pair != nil && !(containsString(pair, p[0]) && containsString(pair, p[1])) {
			return nil // two pairs: which sides are meant is unclear
		}
		pair = p
	}
	return pair
}

// groupAgents returns the actors named from token j on (actorList), or,
// when a group no actor stands for opens there, the members an apposition
// after it lists, two at least: "proposed by the Contact Group countries
// — Norland, Southia, Eastmark and Westria", "by the Quartet, comprising
// Norland, …".
func (v *sentenceView) groupAgents(j int) []string {
	if out, _ := v.actorList(j); out != nil {
		return out
	}
	k := j
	for k < v.to && k < j+6 && (v.toks[k].Word || strings.ContainsAny(v.toks[k].Lower, "\"“”")) && !appositionOpeners.in(v.toks[k].wid) {
		if _, ok := mentionAt(v.ms, k); ok {
			return nil
		}
		k++ // "the Contact Group countries", 'the "Contact Group" countries'
	}
	if k == j || k >= v.to || !appositionMarks.in(v.toks[k].wid) && !appositionOpeners.in(v.toks[k].wid) {
		return nil
	}
	for k < v.to && (appositionMarks.in(v.toks[k].wid) || appositionOpeners.in(v.toks[k].wid)) {
		k++ // "—", ", comprising"
	}
	if out, _ := v.actorList(k); len(out) >= 2 {
		return out
	}
	return nil
}

// appositionMarks open an apposition after a group's name, and
// appositionOpeners its list of members.
var appositionMarks, appositionOpeners = wordSetOf("appositionMarks"), wordSetOf("appositionOpeners")
