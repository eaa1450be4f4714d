package extract

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"brief/report/extract/lexicon"
)

// issueAnaphora adds the issue mentions that a definite noun makes by
// pointing back: "the agreement", "this deal", "the proposal" after a
// sentence that named the ceasefire agreement or the talks offer; that
// "it" makes as the object of a verb done to a deal ("both sides signed
// it"); and that an act noun after a possessive pronoun makes ("their
// release" after "the UN staff the group holds"; see possessedAct). See antecedent for which issue a noun takes, and
// pronounAntecedent for "it". A deal is an issue one of whose own terms
// is such a noun ("ceasefire", "peace talks"; see Extractor.deals). ms
// are the issue mentions found so far, in order; the result stays in
// order.
func (a *article) issueAnaphora(ms []issueMention, im *issueMatcher, deal []bool) []issueMention {
	lemmaOf := im.lem.lemma
	var add []issueMention
	next := 0 // the first mention at or after the token being read
	var merged []issueMention
	mergedNext, mergedAdd := -1, -1 // what merged was made of
	var kinds [][]bool              // per anaphor class, per issue: of the class's kind (issueKinds), made when first needed
	var deeds []map[string]bool     // per anaphor class: the lemmas of its deeds, or nil (deedLemmas)
	known := func() []issueMention {
		if len(add) == 0 {
			return ms[:next]
		}
		if next != mergedNext || len(add) != mergedAdd {
			// "the agreement … the agreement": a noun that pointed back is
			// itself a mention of its issue, for the next one.
			merged = append(append(merged[:0], ms[:next]...), add...)
			slices.SortStableFunc(merged, func(x, y issueMention) int { return x.From - y.From })
			mergedNext, mergedAdd = next, len(add)
		}
		return merged
	}
	for k := 0; k+1 < len(a.toks); k++ {
		for next < len(ms) && ms[next].To <= k {
			next++
		}
		if a.toks[k].Lower == "it" && k > 0 && dealObjectVerbs.in(a.toks[k-1].wid) && (next >= len(ms) || ms[next].From > k) {
			if i, ok := a.pronounAntecedent(known(), k); ok {
				add = append(add, issueMention{From: k, To: k + 1, Issue: i})
			}
			continue
		}
		if possessivePronouns.in(a.toks[k].wid) {
			if n, i, ok := a.possessedAct(known(), k, im); ok && (next >= len(ms) || ms[next].From > n) {
				add = append(add, issueMention{From: n, To: n + 1, Issue: i})
			}
			continue
		}
		if !pointingDeterminers.in(a.toks[k].wid) {
			continue
		}
		n := k + 1
		if _, isClass := classOf(a.toks[n]); n+1 < len(a.toks) && !issueAnaphors.in(a.toks[n].wid) && !isClass && modifier(a.toks[n]) && !a.toks[n].Title {
			n++ // "the new agreement"
		}
		noun := a.toks[n]
		if !noun.Word || next < len(ms) && ms[next].From <= n {
			continue
		}
		if issueAnaphors.in(noun.wid) {
			if n+1 < len(a.toks) && a.toks[n+1].Lower == "of" {
				continue // "the framework of the country's institutions": named there, not before
			}
			if i, ok := a.antecedent(known(), n, noun.Lower, anyDealNouns.in(noun.wid), lemmaOf, deal); ok {
				add = append(add, issueMention{From: n, To: n + 1, Issue: i})
				continue
			}
		}
		if k > 0 && takingVerbs.in(a.toks[k-1].wid) {
			continue // "ready to take this step": the subject's own act, not one named before
		}
		if c, ok := classOf(noun); ok && !(n+1 < len(a.toks) && anaphorStops.in(a.toks[n+1].wid)) {
			if kinds == nil {
				kinds, deeds = issueKinds(im), deedLemmas(im)
			}
			if i, ok := a.classAntecedent(known(), n, c, kinds[c], deeds[c], lemmaOf); ok {
				add = append(add, issueMention{From: n, To: n + 1, Issue: i})
			}
		}
	}
	if len(add) == 0 {
		return ms
	}
	out := append(slices.Clone(ms), add...)
	slices.SortStableFunc(out, func(x, y issueMention) int { return x.From - y.From })
	return out
}

// antecedent returns the issue an anaphoric noun at token k points back
// to, among the mentions before k (before, in order). Within its sentence
// and the three before, the nearest earlier use of the noun decides (see
// sameNoun: "the agreement" after "the ceasefire agreement", "the
// resolution" after "adopted a resolution authorizing a stabilization
// force"); failing that, a noun that names any deal (lexicon anyDealNouns)
// takes the latest issue made a deal there (dealMade: "agreed to a
// ceasefire", "a truce deal"), not merely named ("after talks in Doha").
// For a noun of a deal, the same two steps follow over the article
// before: a deal is named again far from where it was made, a mission or
// a force is not ("the earlier mission"). Then
// such a noun takes the latest deal mentioned in the four sentences, else
// the deal the article has named most.
func (a *article) antecedent(before []issueMention, k int, noun string, anyDeal bool, lemmaOf func(string) string, deal []bool) (int, bool) {
	s := a.sentenceOfToken(k)
	if s < 0 {
		return 0, false
	}
	near := a.sentToks[max(0, s-3)][0]
	lemma := lemmaOf(noun)
	for far, span := range [][2]int{{near, k}, {0, near}} {
		from, to := span[0], span[1]
		if far == 1 && !anyDeal {
			break // a mission or a force is not named again far back
		}
		if i, ok := a.sameNoun(before, from, to, noun, lemma, lemmaOf); ok {
			return i, true
		}
		if !anyDeal {
			continue
		}
		for j := len(before) - 1; j >= 0; j-- {
			if m := before[j]; m.From >= from && m.To <= to && a.dealMade(m) {
				return m.Issue, true
			}
		}
	}
	if !anyDeal {
		return 0, false
	}
	for j := len(before) - 1; j >= 0 && before[j].From >= near; j-- {
		if deal[before[j].Issue] {
			return before[j].Issue, true
		}
	}
	if i, ok := mainIssue(before); ok && deal[i] {
		return i, true // the deal the article is about
	}
	return 0, false
}

// sameNoun looks back over the tokens [from, to) for the nearest use of
// an anaphoric noun (by lemma) and returns its issue: a use inside a
// mention of before gives that mention's issue; the same noun outside any
// gives the issue of the mention nearest it in its sentence (see
// nearestIn), and none when its sentence has none. A word of the same
// lemma that is no noun ("proposed", "agreed", "plans to") counts only
// inside a mention; a count ("13 votes"), an amount ("a great deal"), a
// quantified noun ("any force") or one that pointed back in vain does not
// count.
func (a *article) sameNoun(before []issueMention, from, to int, noun, lemma string, lemmaOf func(string) string) (int, bool) {
	j := len(before) - 1
	for t := to - 1; t >= from; t-- {
		w := a.toks[t]
		if !w.Word || lemmaOf(w.Lower) != lemma {
			continue
		}
		for j >= 0 && before[j].From > t {
			j--
		}
		if j >= 0 && before[j].To > t {
			return before[j].Issue, true
		}
		if w.Lower == noun || strings.TrimSuffix(w.Lower, "s") == strings.TrimSuffix(noun, "s") {
			if t > 0 && (sizeWords.in(a.toks[t-1].wid) || isDigit(a.toks[t-1].Lower[0])) {
				continue // "a great deal of", "carried by 12 votes to 3": no deal
			}
			if t > 0 && (pointingDeterminers.in(a.toks[t-1].wid) || quantifiers.in(a.toks[t-1].wid)) {
				continue // "the force" that found nothing points further back itself; "any force" is none
			}
			if t+1 < to && (a.toks[t+1].Lower == "to" || a.toks[t+1].Lower == "that") && !a.nounBefore(t) {
				continue // "the election the junta plans to hold": a verb
			}
			return a.nearestIn(before, t)
		}
	}
	return 0, false
}

// nounBefore reports whether the word before token t makes it a noun: a
// determiner, a possessive or a modifier ("a deal to end the war", "its
// offer to talk"), not a subject ("the junta plans to hold").
func (a *article) nounBefore(t int) bool {
	if t == 0 {
		return false
	}
	p := a.toks[t-1]
	return articles.in(p.wid) || p.Poss || modifier(p) || gapModifiers.in(p.wid)
}

// nearestIn returns the issue of the mention of before nearest token t in
// t's sentence: a noun that names what the sentence names an issue of
// ("adopted a resolution authorizing a stabilization force", "imposed
// sanctions, the toughest measure yet") is a mention of that issue.
func (a *article) nearestIn(before []issueMention, t int) (int, bool) {
	from, to := a.sentenceBounds(t)
	best, dist := 0, -1
	for _, m := range before {
		if m.From < from || m.To > to {
			continue
		}
		d := m.From - t
		if d < 0 {
			d = t - m.To + 1
		}
		if dist < 0 || d < dist {
			best, dist = m.Issue, d
		}
	}
	return best, dist >= 0
}

// dealMade reports whether a mention names its issue as a deal: with a
// noun of a deal inside or just after it ("the peace agreement", "a
// ceasefire deal"), or as the object of a verb that makes or offers one
// ("agreed to an immediate ceasefire", "signed a truce"), or of a deal
// noun ("an agreement on a ceasefire", "a deal for the release of
// hostages"); a few modifiers may stand between.
func (a *article) dealMade(m issueMention) bool {
	for t := m.From; t <= m.To && t < len(a.toks); t++ {
		if anyDealNouns.in(a.toks[t].wid) {
			return true
		}
	}
	p := m.From - 1
	for n := 0; p >= 0 && n < 3 && a.dealGap(a.toks[p]); n++ {
		p--
	}
	if p >= 0 && dealLinks.in(a.toks[p].wid) {
		p--
		if p >= 0 && anyDealNouns.in(a.toks[p].wid) {
			return true
		}
	}
	return p >= 0 && dealVerbs.in(a.toks[p].wid)
}

// possessedAct returns the act noun that a possessive pronoun at token k
// opens, a few modifiers on ("their immediate and unconditional
// release"), and the issue it points back to: the latest one in its
// sentence or the one before whose term the noun's verb opens ("UN
// staff" beside "release of UN staff"; see issueMatcher.acts).
func (a *article) possessedAct(before []issueMention, k int, im *issueMatcher) (int, int, bool) {
	n := k + 1
	for n < len(a.toks) && n < k+5 && (a.toks[n].Lower == "and" || a.toks[n].Lower == "," ||
		gapModifiers.in(a.toks[n].wid) || termGapWords.in(a.toks[n].wid) && !articles.in(a.toks[n].wid)) {
		n++
	}
	if n >= len(a.toks) || !a.toks[n].Word || a.toks[n].Title {
		return 0, 0, false
	}
	issues := im.acts[im.lem.lemma(a.toks[n].Lower)]
	if len(issues) == 0 {
		return 0, 0, false
	}
	s := a.sentenceOfToken(k)
	if s < 0 {
		return 0, 0, false
	}
	from := a.sentToks[max(0, s-1)][0]
	for j := len(before) - 1; j >= 0 && before[j].From >= from; j-- {
		if slices.Contains(issues, before[j].Issue) {
			return n, before[j].Issue, true
		}
	}
	return 0, 0, false
}

// dealGap reports whether a word may stand between a verb or noun of a
// deal and what it is about: a determiner or a modifier ("agreed to an
// immediate ceasefire"), no verb, preposition or name ("mediated by").
func (a *article) dealGap(t token) bool {
	if !t.Word || t.Title || dealVerbs.in(t.wid) || dealLinks.in(t.wid) {
		return false
	}
	return articles.in(t.wid) || !gapStop.in(t.wid) && !prepositions.in(t.wid) && !termVerbs.in(t.wid) && !pastForm(t.Lower)
}

// pronounAntecedent returns the issue "it" at token k points back to as
// the object of a verb done to a deal ("Hamas accepted the truce offer,
// but Israel rejected it"): the latest issue made a deal (dealMade) in its
// sentence or the one before.
func (a *article) pronounAntecedent(before []issueMention, k int) (int, bool) {
	s := a.sentenceOfToken(k)
	if s < 0 {
		return 0, false
	}
	from := a.sentToks[max(0, s-1)][0]
	for j := len(before) - 1; j >= 0 && before[j].From >= from; j-- {
		if a.dealMade(before[j]) {
			return before[j].Issue, true
		}
	}
	return 0, false
}

// mainIssue returns the issue named most often among mentions, when one
// is named at least twice and more often than any other.
func mainIssue(ms []issueMention) (int, bool) {
	count := map[int]int{}
	for _, m := range ms {
		count[m.Issue]++
	}
	best, n, tie := 0, 0, false
	for i, c := range count {
		switch {
		case c > n:
			best, n, tie = i, c, false
		case c == n:
			tie = true
		}
	}
	return best, n >= 2 && !tie
}

// pointingDeterminers open a noun phrase that points back.
var pointingDeterminers = wordSetOf("pointingDeterminers")

// issueAnaphors are nouns that may point back to an issue named before.
var issueAnaphors = wordSetOf("issueAnaphors")

// anyDealNouns point back to whatever issue was named last.
var anyDealNouns = wordSetOf("anyDealNouns")

// dealVerbs make or offer a deal of their object: "agreed to a ceasefire".
var dealVerbs = wordSetOf("dealVerbs")

// dealLinks join a deal, or a verb of one, to what it is about: "a deal
// on a ceasefire", "agreed to a truce".
var dealLinks = wordSetOf("dealLinks")

// dealObjectVerbs are done to a deal: "it" after one may point back to it.
var dealObjectVerbs = wordSetOf("dealObjectVerbs")

// quantifiers before a noun make it no referent: "any force".
var quantifiers = wordSetOf("quantifiers")

// sizeWords before "deal" make it an amount: "a great deal of".
var sizeWords = wordSetOf("sizeWords")

// groupAnaphora adds a mention for each "the group", "the movement", "the
// coalition" … (lexicon groupNouns) that no name covers: the actor named
// last as a subject (no preposition's object, no country) within groupReach tokens,
// so that "the group said" has a speaker. An actor named earlier in the
// same sentence counts only as a person or a possessive ("the Houthis'
// negotiator wrote that the group was ready"): "officials said the group
// was ready" speaks of someone else. ms are sorted; the result is.
func (a *article) groupAnaphora(ms []actorMention, countries map[string]bool) []actorMention {
	toks := a.toks
	var add []actorMention
	j := 0 // the first mention at or after token k
	for k := 1; k < len(toks); k++ {
		for j < len(ms) && ms[j].To <= k {
			j++
		}
		if toks[k-1].Lower != "the" {
			continue // every anaphor below follows "the"
		}
		w := toks[k].Lower
		if m, ok := a.statementAuthor(ms, j, k); ok {
			add = append(add, m) // "… urged a truce. The statement also called on …": its author's
			continue
		}
		group := groupNouns.in(toks[k].wid)
		again := againNouns.in(toks[k].wid)
		if !group && !again && !headAnaphor(toks[k]) || toks[k].Title {
			continue
		}
		if j < len(ms) && ms[j].From <= k {
			continue
		}
		if again {
			if who := a.namedAgain(ms[:j], add, k); who != "" {
				add = append(add, actorMention{Actor: who, From: k - 1, To: k + 1,
					Start: toks[k-1].Start, End: toks[k].End, Poss: toks[k].Poss, Anaphor: true,
					PrepObject: isPrepObject(toks, k-1)})
				continue // "Westrian rebels seized the town … the rebels agreed": the ones named by that noun
			}
		}
		if !group && !headAnaphor(toks[k]) {
			continue
		}
		start, _ := a.sentenceBounds(k)
		for p := j - 1; p >= 0 && ms[p].To > k-groupReach; p-- {
			m := ms[p]
			sameSentence := m.To > start
			opens := m.From <= start+1 && k+1 < len(toks) && speechVerbs.in(toks[k+1].wid)
			if !group {
				if toks[m.To-1].Lower != w || m.Actor == "" || m.Pair != "" {
					continue // "the council" names only an actor named "… Council" before
				}
				if toks[k].Poss {
					break // "the mission's trust fund": what it owns, not the actor, acts
				}
				add = append(add, actorMention{Actor: m.Actor, From: k - 1, To: k + 1,
					Start: toks[k-1].Start, End: toks[k].End, Poss: toks[k].Poss, Anaphor: true,
					PrepObject: isPrepObject(toks, k-1)})
				break
			}
			if sameSentence && !m.Poss && !m.Person && !opens {
				continue // "officials said the group was ready": someone else's group;
				// but "The M23 took the decision …, the group said" is the M23's
			}
			if countries[m.Actor] {
				continue // "… demanding that Israel withdraw. The group reaffirmed …": no country is a group
			}
			if !m.PrepObject && m.Actor != "" && m.Pair == "" {
				add = append(add, actorMention{Actor: m.Actor, From: k - 1, To: k + 1,
					Start: toks[k-1].Start, End: toks[k].End, Poss: toks[k].Poss, Anaphor: true,
					PrepObject: isPrepObject(toks, k-1)})
				break
			}
		}
	}
	return a.descriptionAnaphora(withMentions(ms, add), countries)
}

// namedAgain returns the actor of the latest mention before token k,
// named or pointed back to, whose last word is the noun at k ("Westrian
// rebels", "Concord leaders" … "the rebels", "the leaders"): a group named
// again by the noun it was named with, whoever was named between. before
// are the mentions before k, add the anaphors found so far; "" when none
// within againReach tokens.
func (a *article) namedAgain(before, add []actorMention, k int) string {
	w := a.toks[k].Lower
	best := actorMention{From: -1}
	for _, ms := range [][]actorMention{before, add} {
		for p := len(ms) - 1; p >= 0; p-- {
			m := ms[p]
			if m.From >= k || m.From <= best.From || m.To <= k-againReach {
				continue
			}
			if a.toks[m.To-1].Lower == w && m.Actor != "" && m.Pair == "" && len(m.Group) == 0 {
				best = m
			}
		}
	}
	return best.Actor
}

// againReach is how many tokens back "the rebels" looks for the group
// named "… rebels" (see namedAgain).
const againReach = 4 * groupReach

// againNouns, after "the", name again the actor last named with them
// ("Concord leaders" … "the leaders", "Westrian rebels" … "the rebels"),
// before any nearer actor (see namedAgain).
var againNouns = wordSetOf("againNouns")

// stateReach is how many sentences before its own "the kingdom" looks
// back over.
const stateReach = 4

// descriptionAnaphora adds a mention for each definite description of a
// state (lexicon stateNouns: "the kingdom", "the republic") that no name
// covers and that is no preposition's object: the country actor named
// last before it in its sentence, else the last one named as no
// preposition's object within stateReach sentences before ("Eastland's
// envoy said the kingdom would not accept …"). ms are sorted; the
// result is.
func (a *article) descriptionAnaphora(ms []actorMention, countries map[string]bool) []actorMention {
	toks := a.toks
	var add []actorMention
	j := 0 // the first mention at or after token k
	for k := 1; k < len(toks); k++ {
		for j < len(ms) && ms[j].To <= k {
			j++
		}
		t := toks[k]
		end := a.militaryEnd(k)
		if !stateNouns.in(t.wid) && end < 0 || toks[k-1].Lower != "the" || t.Title || j < len(ms) && ms[j].From <= k || isPrepObject(toks, k-1) {
			continue
		}
		if end >= 0 {
			if who := a.onlyMilitary(ms[:j]); who != "" {
				add = append(add, actorMention{Actor: who, From: k - 1, To: end, Start: toks[k-1].Start,
					End: toks[end-1].End, Poss: toks[end-1].Poss, Role: true, Anaphor: true})
			}
			continue
		}
		s := a.sentenceOfToken(k)
		if s < 0 {
			continue
		}
		if who := a.lastCountry(ms[:j], a.sentToks[max(0, s-stateReach)][0], k, countries); who != "" {
			add = append(add, actorMention{Actor: who, From: k - 1, To: k + 1, Start: toks[k-1].Start,
				End: t.End, Poss: t.Poss, Anaphor: true})
		}
	}
	return withMentions(ms, add)
}

// militaryEnd returns the end of a military noun at token k ("army",
// "military", "armed forces"; lexicon militaryNouns), or -1.
func (a *article) militaryEnd(k int) int {
	if militaryNouns.in(a.toks[k].wid) {
		return k + 1
	}
	if k+1 < len(a.toks) && a.toks[k].Lower == "armed" && a.toks[k+1].Lower == "forces" {
		return k + 2
	}
	return -1
}

// onlyMilitary returns the one actor that mentions before have named by a
// military noun in lower case ("the Myanmar military", "Sudanese army"),
// so that a later "the armed forces" is its; "" when none or several
// have been.
func (a *article) onlyMilitary(before []actorMention) string {
	who := ""
	for _, m := range before {
		if m.Anaphor || m.Pair != "" || a.toks[m.To-1].Title ||
			a.militaryEnd(m.To-1) != m.To && (m.To < 2 || a.militaryEnd(m.To-2) != m.To) {
			continue // "the Arakan Army" is a name, no description
		}
		if who != "" && who != m.Actor {
			return ""
		}
		who = m.Actor
	}
	return who
}

// lastCountry returns the country actor named last before token k: in
// k's sentence any mention of one, before it in tokens [from, k) one that
// is no preposition's object; "" when none.
func (a *article) lastCountry(before []actorMention, from, k int, countries map[string]bool) string {
	start, _ := a.sentenceBounds(k)
	for p := len(before) - 1; p >= 0 && before[p].From >= from; p-- {
		m := before[p]
		if !countries[m.Actor] || m.Pair != "" || m.Anaphor {
			continue
		}
		if m.From >= start || !m.PrepObject {
			return m.Actor
		}
	}
	return ""
}

// statementAuthor returns a mention for "the statement" (any of the
// lexicon's statementNouns) opening a sentence at token k, as the actor that
// opens the sentence before: "ASEAN leaders urged a truce. The statement
// also called on all parties to …". j is the first mention at or after k.
func (a *article) statementAuthor(ms []actorMention, j, k int) (actorMention, bool) {
	toks := a.toks
	if !statementNouns.in(toks[k].wid) || toks[k-1].Lower != "the" || j < len(ms) && ms[j].From <= k {
		return actorMention{}, false
	}
	start, _ := a.sentenceBounds(k)
	if start != k-1 || start == 0 {
		return actorMention{}, false
	}
	prev, _ := a.sentenceBounds(start - 1)
	for p := 0; p < j; p++ {
		if m := ms[p]; m.From >= prev && m.From <= prev+1 && !m.PrepObject && m.Actor != "" && m.Pair == "" {
			return actorMention{Actor: m.Actor, From: k - 1, To: k + 1, Start: toks[k-1].Start, End: toks[k].End,
				Poss: toks[k].Poss, Anaphor: true}, true
		}
	}
	return actorMention{}, false
}

// headAnaphor reports whether a lower-case noun may point back, after
// "the", to an actor whose name ends with it ("the council" after
// "Transitional Presidential Council"); nouns that other rules read
// ("the government", "the army") are left to them.
func headAnaphor(t token) bool {
	return t.Word && len(t.Lower) >= 4 && !roleNouns.in(t.wid) && !functionWords.in(t.wid)
}

// groupReach is how many tokens back "the group" looks for its actor.
const groupReach = 80

// titleAnaphora adds a mention for each "the Secretary", "the Special
// Envoy", "the Foreign Minister" … that no name covers and that repeats
// the title a configured person was named with before ("Secretary of
// State Jane Doe … The Secretary added"): the person's actor, as a person,
// so that "the Secretary said" has a speaker. A title that no person
// named before bore names the voice of an actor's own statement ("The
// Spokesperson said" in a State Department statement), else nobody; one
// that two persons of different actors bore names nobody. ms are sorted;
// the result is.
func (a *article) titleAnaphora(voice string, ms []actorMention) []actorMention {
	toks := a.toks
	var add []actorMention
	bearers := map[string]string{} // title word → the actor of the latest person who bore it
	j := 0                         // the first mention at or after token k
	for k := 0; k+1 < len(toks); k++ {
		for j < len(ms) && ms[j].To <= k {
			if m := ms[j]; m.Person && m.Actor != "" {
				a.noteTitles(bearers, m)
			}
			j++
		}
		if toks[k].Lower != "the" || j < len(ms) && ms[j].From <= k+1 {
			continue
		}
		end := k + 1
		for end < len(toks) && end < k+4 && toks[end].Title && toks[end].Word {
			end++
		}
		if end == k+1 || end < len(toks) && (toks[end].Title || toks[end].Lower == "of" || hyphenated(toks, end)) {
			continue // "the Secretary of State", "the Secretary General", "the Secretary-General": a longer title, not ours
		}
		title := toks[end-1].Lower
		actor, ok := bearers[title]
		if !ok && voice != "" {
			actor, ok = voice, true // "The Secretary said" in the Department's own statement
		}
		if !ok || actor == "" || !honorifics.has(title) {
			continue
		}
		add = append(add, actorMention{Actor: actor, From: k, To: end, Start: toks[k].Start,
			End: toks[end-1].End, Poss: toks[end-1].Poss, Person: true, Anaphor: true,
			PrepObject: isPrepObject(toks, k)})
	}
	return withMentions(ms, add)
}

// hyphenated reports whether toks[k] is a hyphen that joins the words on
// either side of it, no space between: "Secretary-General".
func hyphenated(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].Lower == "-" &&
		toks[k].Start == toks[k-1].End && toks[k+1].Start == toks[k].End
}

// noteTitles records the titles before a person's name ("U.S. Special
// Envoy for Sudan Jane Doe": envoy) as borne by the person's actor; a
// title two actors' persons bore is ambiguous ("").
func (a *article) noteTitles(bearers map[string]string, m actorMention) {
	for k := m.From - 1; k >= 0 && k >= m.From-6; k-- {
		t := a.toks[k]
		if !t.Word || t.Lower == "." {
			break
		}
		if !honorifics.in(t.wid) || !t.Title {
			continue
		}
		if prev, ok := bearers[t.Lower]; ok && prev != m.Actor {
			bearers[t.Lower] = ""
			continue
		}
		bearers[t.Lower] = m.Actor
	}
}

// withMentions returns ms with the mentions of add among them, in order
// (ms itself when add is empty).
func withMentions(ms, add []actorMention) []actorMention {
	if add == nil {
		return ms
	}
	slices.SortStableFunc(add, func(x, y actorMention) int { return x.From - y.From })
	out := make([]actorMention, 0, len(ms)+len(add))
	i := 0
	for _, m := range ms {
		for i < len(add) && add[i].From < m.From {
			out = append(out, add[i])
			i++
		}
		out = append(out, m)
	}
	return append(out, add[i:]...)
}

// anaphorClass is a class of nouns that point back to an issue named
// before by a word not their own: a violent act ("the attack", "the
// sinking") to the latest violent issue, a generic act ("the decision",
// "the move") to the latest issue a deed was done to. The lexicon's map
// issueAnaphorClasses names each class's set of nouns and gives, as
// space-separated fields: reach=N, how many sentences before its own it
// looks back over; kind=SET, a set whose words in an issue's terms make
// the issue of the kind it takes (see issueKinds; none: any issue);
// deeds=SET, a set of verbs one of which must be done to what it points
// back to (see deedDone; none: no verb needed).
type anaphorClass struct {
	nouns wordSet
	reach int    // sentences before the noun's own
	kind  string // a lexicon set, or "" for any issue
	deeds string // a lexicon set of verbs (base forms), or "" for none needed
}

// anaphorClasses are read from the lexicon, in the order of their names.
var anaphorClasses = func() []anaphorClass {
	m := lexicon.Default().Map("issueAnaphorClasses")
	names := slices.Sorted(maps.Keys(m))
	out := make([]anaphorClass, 0, len(names))
	for _, name := range names {
		c := anaphorClass{nouns: wordSetOf(name), reach: -1}
		for _, f := range strings.Fields(m[name]) {
			key, val, _ := strings.Cut(f, "=")
			switch key {
			case "reach":
				if n, err := strconv.Atoi(val); err == nil && n >= 0 {
					c.reach = n
				}
			case "kind":
				words(val) // the set must exist
				c.kind = val
			case "deeds":
				words(val)
				c.deeds = val
			default:
				c.reach = -1
			}
		}
		if c.reach < 0 {
			panic(fmt.Sprintf("lexicon: issueAnaphorClasses[%q] = %q is not \"reach=N [kind=SET] [deeds=SET]\"", name, m[name]))
		}
		out = append(out, c)
	}
	return out
}()

// classOf returns the index of the first anaphor class whose nouns hold t.
func classOf(t token) (int, bool) {
	for c := range anaphorClasses {
		if anaphorClasses[c].nouns.in(t.wid) {
			return c, true
		}
	}
	return 0, false
}

// anaphorStops after a class noun give it a complement of its own, so it
// points nowhere: "the attacks by the rebels", "the decision to extend
// the crossing", "the announcement that aid would resume".
var anaphorStops = wordSetOf("anaphorStops")

// kindEnders in an issue's term make it name the end of an act, not the
// act: "halt attacks", "moratorium on strikes" are no violent issue.
var kindEnders = wordSetOf("kindEnders")

// issueKinds returns, per anaphor class, which issues are of the kind it
// takes: those with a term (own, variant or synonym) that holds a word of
// the class's kind set as written and no kindEnders word ("attacks on
// shipping", "airstrikes"; not "stop the attacks", nor "soldiers were
// killed" for "the killings"). A class with no kind set takes every
// issue.
func issueKinds(im *issueMatcher) [][]bool {
	n := len(im.own)
	out := make([][]bool, len(anaphorClasses))
	for c, cl := range anaphorClasses {
		out[c] = make([]bool, n)
		if cl.kind == "" {
			for i := range out[c] {
				out[c][i] = true
			}
			continue
		}
		kind := words(cl.kind)
		for _, t := range im.terms {
			has, ends := false, false
			for _, w := range strings.Fields(strings.ToLower(t.phrase)) {
				w = strings.Trim(w, ".,;:'\"()")
				has = has || kind[w]
				ends = ends || kindEnders.has(w)
			}
			if has && !ends {
				for _, i := range t.issues {
					out[c][i] = true
				}
			}
		}
	}
	return out
}

// classAntecedent returns the issue a noun of anaphor class c at token k
// points back to: the latest issue of the class's kind (kind, per issue)
// named before it in its sentence or in the class's reach of sentences
// before, leaving out one named inside a condition or a question ("if the
// army accepted talks", "asked whether Washington would back talks").
// An indefinite use of the same noun that names no issue comes first
// ("JNIM claimed an attack on a convoy … the army repelled the attack"):
// the noun points to it, so to no issue.
func (a *article) classAntecedent(before []issueMention, k, c int, kind []bool, deeds map[string]bool, lemmaOf func(string) string) (int, bool) {
	s := a.sentenceOfToken(k)
	if s < 0 {
		return 0, false
	}
	from := a.sentToks[max(0, s-anaphorClasses[c].reach)][0]
	noun := strings.TrimSuffix(a.toks[k].Lower, "s")
	j := len(before) - 1
	for t := k - 1; t >= from; t-- {
		for j >= 0 && before[j].From > t {
			j--
		}
		if j >= 0 && before[j].To > t {
			m := before[j]
			if m.Issue < len(kind) && kind[m.Issue] && !a.supposed(m.From) && (deeds == nil || a.deedDone(m, deeds, lemmaOf)) {
				return m.Issue, true
			}
			t = m.From
			continue
		}
		w := a.toks[t]
		if w.Word && strings.TrimSuffix(w.Lower, "s") == noun && t > 0 && !a.definite(t) {
			return 0, false
		}
	}
	return 0, false
}

// deedDone reports whether a deed (a verb of deeds, by lemma) is done to
// the issue of mention m: a verb of it stands before m in m's sentence
// ("imposed sanctions", "decided to extend the crossing, keeping open the
// route for aid"), or m is itself a noun that names an act done ("the
// measures", "the package"). An issue only wished for or spoken of ("wants
// the deal to continue") has no deed a later "the decision" names.
func (a *article) deedDone(m issueMention, deeds map[string]bool, lemmaOf func(string) string) bool {
	if t := a.toks[m.From]; anyDealNouns.in(t.wid) {
		return true
	}
	if _, ok := classOf(a.toks[m.From]); ok {
		return true
	}
	from, _ := a.sentenceBounds(m.From)
	for t := m.From - 1; t >= from; t-- {
		if w := a.toks[t]; w.Word && deeds[lemmaOf(w.Lower)] {
			return true
		}
	}
	return false
}

// deedLemmas returns, per anaphor class, the lemmas of its deeds set, or
// nil for a class that needs none.
func deedLemmas(im *issueMatcher) []map[string]bool {
	out := make([]map[string]bool, len(anaphorClasses))
	for c, cl := range anaphorClasses {
		if cl.deeds == "" {
			continue
		}
		out[c] = map[string]bool{}
		for w := range words(cl.deeds) {
			out[c][im.lem.lemma(w)] = true
		}
	}
	return out
}

// definite reports whether the noun at token t is made definite by the
// word before it: a pointing determiner, a possessive or a possessive
// pronoun ("the attack", "Tuesday's attack", "its offensive").
func (a *article) definite(t int) bool {
	p := t - 1
	for p > 0 && p > t-4 && a.toks[p].Word && !a.toks[p].Poss && !articles.in(a.toks[p].wid) &&
		(modifier(a.toks[p]) || a.toks[p].Title) {
		p-- // "the deadly attack", "Tuesday's Israeli strikes"
	}
	w := a.toks[p]
	return pointingDeterminers.in(w.wid) || possessivePronouns.in(w.wid) || w.Poss
}

// supposed reports whether token k stands after a word of supposition in
// its sentence ("if", "unless", "whether"): what it names is not done.
func (a *article) supposed(k int) bool {
	from, _ := a.sentenceBounds(k)
	for t := k - 1; t >= from; t-- {
		if suppositions.in(a.toks[t].wid) {
			return true
		}
	}
	return false
}

// militaryNouns, after "the", name the one actor named by one before
// ("the military" after "the Myanmar military"); so does "the armed
// forces".
var militaryNouns = wordSetOf("militaryNouns")

// stateNouns, after "the", name a country actor named before: "the
// kingdom rejected …" (see descriptionAnaphora).
var stateNouns = wordSetOf("stateNouns")

// takingVerbs before an act noun make it the subject's own act: "is
// ready to take this step".
var takingVerbs = wordSetOf("takingVerbs")

// suppositions open a clause of what is supposed, not done.
var suppositions = wordSetOf("suppositions")
