package extract

import (
	"fmt"
	"strconv"

	"brief/report/extract/lexicon"
)

// Pair phrases ("both sides", "the two countries") name the two actors
// most recently named together: "Pakistan and the Afghan Taliban met in
// Doha. The two sides agreed …" makes both of them the subject.

// pairNouns are the nouns that, after "both" or "the two", name a pair of
// actors.
var pairNouns = wordSetOf("pairNouns")

// pairPreps before "A and B" make the pair an object, not the sides.
var pairPreps = wordSetOf("pairPreps")

// pairLookback is how many sentence ends a pair phrase looks back over for
// the pair it names.
const pairLookback = 8

// pairMentions adds a mention for each pair phrase whose pair is
// unambiguous: the nearest "A and B" of two distinct actors before it,
// within pairLookback sentences, not part of a longer list ("A, B and C").
// The mention's Actor is A and its Pair B. ms must be sorted; the result is.
func pairMentions(toks []token, ms []actorMention) []actorMention {
	var out []actorMention // ms[:j] and the pair mentions, made when the first is added
	j := 0
	before := func() []actorMention { // the mentions before token from
		if out == nil {
			return ms[:j]
		}
		return out
	}
	start := func() {
		if out == nil {
			out = append(make([]actorMention, 0, len(ms)+4), ms[:j]...)
		}
	}
	for i := 1; i < len(toks); i++ {
		if !pairNouns.in(toks[i].wid) {
			continue
		}
		from := i - 1
		size := 2
		switch {
		case toks[i-1].Lower == "both":
		case toks[i-1].Lower == "two" && i >= 2 && toks[i-2].Lower == "the":
			from = i - 2
		case groupSizes[toks[i-1].Lower] > 2 && i >= 2 && toks[i-2].Lower == "the":
			from, size = i-2, groupSizes[toks[i-1].Lower] // "the four governments"
		default:
			continue
		}
		for j < len(ms) && ms[j].From < from {
			if out != nil {
				out = append(out, ms[j])
			}
			j++
		}
		if j < len(ms) && ms[j].From < i+1 {
			continue // already a mention here
		}
		if !pairSlot(toks, from, i+1) {
			continue // "officials from both sides", "both sides said": no party's act
		}
		if size > 2 {
			if list, ok := lastList(toks, before(), from, size); ok {
				start()
				out = append(out, actorMention{Actor: list[0], Group: list[1:], From: from, To: i + 1,
					Start: toks[from].Start, End: toks[i].End, Poss: toks[i].Poss,
					PrepObject: isPrepObject(toks, from)})
			}
			continue
		}
		if a, b, ok := lastPair(toks, before(), from); ok {
			start()
			out = append(out, actorMention{Actor: a, Pair: b, From: from, To: i + 1,
				Start: toks[from].Start, End: toks[i].End, Poss: toks[i].Poss,
				PrepObject: isPrepObject(toks, from)})
		}
	}
	if out == nil {
		return ms // no pair phrase: ms as they were, not a copy
	}
	return append(out, ms[j:]...)
}

// lastPair finds the nearest "A and B" (or "A and the B") of two distinct
// actors among the mentions before token at. Two different pairs within
// the look-back make the phrase ambiguous.
func lastPair(toks []token, ms []actorMention, at int) (string, string, bool) {
	var a, b string
	ends := 0
	k := len(ms) - 1
	for i := at - 1; i >= 0 && ends <= pairLookback; i-- {
		if toks[i].Lower == "." {
			ends++
		}
		for k >= 0 && ms[k].From > i {
			k--
		}
		if k < 1 || ms[k].From != i {
			continue
		}
		x, y, ok := pairAt(toks, ms[k-1], ms[k])
		if !ok {
			continue
		}
		if a != "" && !(a == x && b == y || a == y && b == x) {
			return "", "", false // two different pairs: ambiguous
		}
		a, b = x, y
	}
	return a, b, a != ""
}

// pairAt reports whether mentions m and n are coordinated, "A and B", as a
// pair of two distinct actors that is not part of a longer list ("A, B
// and C") nor the object of a preposition other than "between"; or met,
// "A met B", "A spoke with B".
func pairAt(toks []token, m, n actorMention) (string, string, bool) {
	if m.To > n.From {
		return "", "", false
	}
	gap := toks[m.To:n.From]
	for len(gap) > 0 && (honorifics.in(gap[len(gap)-1].wid) && gap[len(gap)-1].Title || gap[len(gap)-1].Lower == "the" ||
		gap[len(gap)-1].Poss && gap[len(gap)-1].Title) {
		gap = gap[:len(gap)-1] // "met President Tshisekedi", "met the Foreign Minister", "and Afghanistan's Taliban government"
	}
	if end, ok := meetings.endAt(gap, 0); ok && end == len(gap) && !m.PrepObject && m.Actor != n.Actor && m.Actor != "" && n.Actor != "" {
		return m.Actor, n.Actor, true // "Blinken met Tshisekedi … the two leaders"
	}
	if len(gap) != 1 || gap[0].Lower != "and" {
		return "", "", false
	}
	if m.Actor == "" || n.Actor == "" || m.Actor == n.Actor || m.Pair != "" || n.Pair != "" {
		return "", "", false
	}
	if m.PrepObject && !after(toks, m.From, "between") {
		return "", "", false // "mediated by Qatar and Turkey": not the sides
	}
	p := m.From - 1
	if p >= 0 && toks[p].Lower == "the" {
		p--
	}
	if p >= 0 && pairPreps.in(toks[p].wid) {
		return "", "", false // "without Oman and Kenya as guarantors"
	}
	if p >= 0 && (toks[p].Lower == "," || toks[p].Lower == "and") {
		return "", "", false // "A, B and C": no pair
	}
	return m.Actor, n.Actor, true
}

// meetings are the verbs by which two actors meet, one the subject and
// the other the object: "A met B", "A spoke with the B".
var meetings = newWordSeqs(words("pairMeetings"))

// pairSlot reports whether tokens [from, to) stand where a pair of actors
// acts or is asked to act: not after a preposition ("officials from both
// sides"), nor before one ("both sides of the border"), a possessive or a
// verb of saying (a joint statement takes no side).
func pairSlot(toks []token, from, to int) bool {
	if to < len(toks) && (prepositions.in(toks[to].wid) || speechVerbs.in(toks[to].wid) || toks[to].Poss ||
		toks[to].Lower == "of") {
		return false
	}
	return from == 0 || !(prepositions.in(toks[from-1].wid) || pairPreps.in(toks[from-1].wid) || toks[from-1].Lower == "(")
}

// after reports whether token i follows word, with an optional "the"
// between.
func after(toks []token, i int, word string) bool {
	i--
	if i >= 0 && toks[i].Lower == "the" {
		i--
	}
	return i >= 0 && toks[i].Lower == word
}

// groupSizes are the number words of "the three countries", "the four
// governments", with their values.
var groupSizes = func() map[string]int {
	out := map[string]int{}
	for w, v := range lexicon.Default().Map("groupSizes") {
		n, err := strconv.Atoi(v)
		if err != nil {
			panic(fmt.Sprintf("lexicon: groupSizes[%q] = %q is not a number", w, v))
		}
		out[w] = n
	}
	return out
}()

// lastList finds the nearest list of exactly n distinct actors
// ("Norway, Chile, the UAE and Kenya") among the mentions
// before token at, within pairLookback sentences.
func lastList(toks []token, ms []actorMention, at, n int) ([]string, bool) {
	ends := 0
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		for i := m.To; i < at && i < len(toks); i++ {
			if toks[i].Lower == "." {
				ends++
			}
		}
		at = m.From
		if ends > pairLookback {
			return nil, false
		}
		start := listStart(toks, ms[:k+1], m)
		var list []string
		for j := k; j >= 0 && ms[j].From >= start; j-- {
			if !containsString(list, ms[j].Actor) {
				list = append([]string{ms[j].Actor}, list...)
			}
		}
		if len(list)+unknownTail(toks, m.To) == n {
			return list, true // "A, B, the C and Egypt": Egypt counts, though no actor
		}
	}
	return nil, false
}

// unknownTail counts the names that no configured actor has at the end
// of a list after token k: ", Southia", "and Southia", "and the Contact Group".
func unknownTail(toks []token, k int) int {
	n := 0
	for k+1 < len(toks) && (toks[k].Lower == "," || toks[k].Lower == "and") {
		j := k + 1
		if toks[j].Lower == "the" && j+1 < len(toks) {
			j++
		}
		if !toks[j].Title {
			break
		}
		for j < len(toks) && toks[j].Title {
			j++
		}
		n++
		k = j
	}
	return n
}
