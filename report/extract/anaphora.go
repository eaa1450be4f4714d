package extract

import "slices"

// issueAnaphora adds the issue mentions that a definite noun makes by
// pointing back: "the agreement", "this deal", "the proposal" after a
// sentence that named the ceasefire agreement or the talks offer. The
// noun takes the latest issue mentioned in its sentence or the three
// before whose words share its lemma ("the agreement" after "ceasefire
// agreement"), else, for a noun that names any deal (lexicon
// anyDealNouns), the latest deal mentioned there, else the deal the
// article has named most. A deal is an issue one of whose own terms is
// such a noun ("ceasefire", "peace talks"; see Extractor.deals). ms are
// the issue mentions found so far, in order; the result stays in order.
func (a *article) issueAnaphora(ms []issueMention, lemmaOf func(string) string, deal []bool) []issueMention {
	var add []issueMention
	next := 0 // the first mention at or after the token being read
	for k := 0; k+1 < len(a.toks); k++ {
		for next < len(ms) && ms[next].To <= k {
			next++
		}
		if !pointingDeterminers[a.toks[k].Lower] {
			continue
		}
		n := k + 1
		if n+1 < len(a.toks) && !issueAnaphors[a.toks[n].Lower] && modifier(a.toks[n]) && !a.toks[n].Title {
			n++ // "the new agreement"
		}
		noun := a.toks[n]
		if !noun.Word || !issueAnaphors[noun.Lower] || next < len(ms) && ms[next].From <= n {
			continue
		}
		before := ms[:next]
		if len(add) > 0 {
			// "the agreement … the agreement": a noun that pointed back is
			// itself a mention of its issue, for the next one.
			before = append(slices.Clone(before), add...)
			slices.SortStableFunc(before, func(x, y issueMention) int { return x.From - y.From })
		}
		if i, ok := a.antecedent(before, k, lemmaOf(noun.Lower), anyDealNouns[noun.Lower], lemmaOf, deal); ok {
			add = append(add, issueMention{From: n, To: n + 1, Issue: i})
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
// to, among the mentions before k (before, in order).
func (a *article) antecedent(before []issueMention, k int, lemma string, anyDeal bool, lemmaOf func(string) string, deal []bool) (int, bool) {
	s := a.sentenceOfToken(k)
	if s < 0 {
		return 0, false
	}
	first := a.sentToks[max(0, s-3)][0]
	latest := -1
	for j := len(before) - 1; j >= 0 && before[j].From >= first; j-- {
		m := before[j]
		if latest < 0 && deal[m.Issue] {
			latest = m.Issue
		}
		for t := m.From; t < m.To; t++ {
			if a.toks[t].Word && lemmaOf(a.toks[t].Lower) == lemma {
				return m.Issue, true
			}
		}
	}
	if anyDeal && latest >= 0 {
		return latest, true
	}
	if anyDeal {
		if i, ok := mainIssue(before); ok && deal[i] {
			return i, true // the deal the article is about
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
var pointingDeterminers = words("pointingDeterminers")

// issueAnaphors are nouns that may point back to an issue named before.
var issueAnaphors = words("issueAnaphors")

// anyDealNouns point back to whatever issue was named last.
var anyDealNouns = words("anyDealNouns")

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
		w := toks[k].Lower
		group := groupNouns[w]
		if !group && !headAnaphor(toks[k]) || toks[k-1].Lower != "the" || toks[k].Title {
			continue
		}
		if j < len(ms) && ms[j].From <= k {
			continue
		}
		start, _ := a.sentenceBounds(k)
		for p := j - 1; p >= 0 && ms[p].To > k-groupReach; p-- {
			m := ms[p]
			sameSentence := m.To > start
			opens := m.From <= start+1 && k+1 < len(toks) && speechVerbs[toks[k+1].Lower]
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
	return withMentions(ms, add)
}

// headAnaphor reports whether a lower-case noun may point back, after
// "the", to an actor whose name ends with it ("the council" after
// "Transitional Presidential Council"); nouns that other rules read
// ("the government", "the army") are left to them.
func headAnaphor(t token) bool {
	return t.Word && len(t.Lower) >= 4 && !roleNouns[t.Lower] && !functionWords[t.Lower]
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
		if end == k+1 || end < len(toks) && (toks[end].Title || toks[end].Lower == "of") {
			continue // "the Secretary of State", "the Secretary General": a longer title, not ours
		}
		title := toks[end-1].Lower
		actor, ok := bearers[title]
		if !ok && voice != "" {
			actor, ok = voice, true // "The Secretary said" in the Department's own statement
		}
		if !ok || actor == "" || !honorifics[title] {
			continue
		}
		add = append(add, actorMention{Actor: actor, From: k, To: end, Start: toks[k].Start,
			End: toks[end-1].End, Poss: toks[end-1].Poss, Person: true, Anaphor: true,
			PrepObject: isPrepObject(toks, k)})
	}
	return withMentions(ms, add)
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
		if !honorifics[t.Lower] || !t.Title {
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
