package extract

import "strings"

// introducedPeople adds a mention for each later use of a name that the
// article introduced as speaking for an actor: after an office ("Taliban
// spokesman Jane Roe", "Kenya's Foreign Minister Jane Roe") or in an
// apposition that gives the office ("Jane Roe, the deputy interior
// minister of the Taliban government,"). A configuration cannot list every
// official a conflict's reporting quotes; the article names them. "Roe
// urged …" then speaks for the Taliban, as a configured person would. A
// surname that two actors' people bear names nobody. ms are sorted; the
// result is.
func (a *article) introducedPeople(ms []actorMention) []actorMention {
	toks := a.toks
	var known map[string]string // a name's last word, lower case → its actor ("" when two); made when one is met
	var add []actorMention
	j := 0 // the first mention ending after token k
	for k := 0; k < len(toks); k++ {
		for j < len(ms) && ms[j].To <= k {
			j++
		}
		if j < len(ms) && ms[j].From <= k {
			continue // inside a mention
		}
		t := toks[k]
		if !nameWord(t) {
			continue
		}
		if actor, ok := known[t.Lower]; ok && actor != "" && (k+1 >= len(toks) || !nameWord(toks[k+1])) {
			from := k
			for from > 0 && nameWord(toks[from-1]) && (j == 0 || ms[j-1].To < from) {
				from--
			}
			add = append(add, actorMention{Actor: actor, From: from, To: k + 1, Start: toks[from].Start,
				End: t.End, Poss: t.Poss, Person: true, PrepObject: isPrepObject(toks, from)})
			continue
		}
		end := nameEnd(toks, k)
		if end == 0 || end-k > 4 || (j < len(ms) && ms[j].From < end) {
			continue
		}
		actor := ""
		if j > 0 {
			actor = officeBefore(toks, ms[j-1], k)
		}
		if actor == "" && j < len(ms) {
			if actor = officeInApposition(toks, ms[j], end); actor != "" {
				add = append(add, actorMention{Actor: actor, From: k, To: end, Start: t.Start,
					End: toks[end-1].End, Poss: toks[end-1].Poss, Person: true, PrepObject: isPrepObject(toks, k)})
			}
		}
		if actor == "" {
			continue
		}
		last := toks[end-1].Lower
		if known == nil {
			known = map[string]string{}
		}
		if prev, ok := known[last]; ok && prev != actor {
			known[last] = ""
		} else {
			known[last] = actor
		}
		k = end - 1
	}
	return withMentions(ms, add)
}

// nameWord reports whether t may be a word of a person's name: a
// capitalised word, not an acronym, a month or a weekday.
func nameWord(t token) bool {
	return t.Word && t.Title && !t.Caps && len(t.Lower) > 1 && !notNames[t.Lower]
}

// notNames are the lower-case forms of capitalised words that are no
// part of a name: months, weekdays, titles, role nouns, sentence openers.
var notNames = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{eventMonths.m, weekdays.m, honorifics.m, roleNouns.m, sentenceStarters.m} {
		for w := range set {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}()

// nameEnd returns the end of the name of two to four words that starts at
// token k ("Jane Roe", "Khalil al-Hayya"), or 0.
func nameEnd(toks []token, k int) int {
	end, words := k+1, 1
	for end < len(toks) && words < 4 {
		switch {
		case nameWord(toks[end]) && !toks[end-1].Poss:
			words++
		case (inWordHyphen(toks, end) || nameParticles.in(toks[end].wid)) && end+1 < len(toks) && nameWord(toks[end+1]):
		default:
			if words < 2 {
				return 0
			}
			return end
		}
		end++
	}
	if words < 2 || end < len(toks) && nameWord(toks[end]) {
		return 0
	}
	return end
}

// officeBefore returns the actor whose office stands right before the name
// at token k: a role mention ("Taliban spokesman"), or an actor's
// possessive and a capitalised title ("Kenya's Foreign Minister").
func officeBefore(toks []token, m actorMention, k int) string {
	if m.PrepObject || former(toks, 0, m.From) {
		return "" // "Envoy to the Norland Council Ambassador Jane Roe", "former Taliban minister Jane Roe"
	}
	if m.To == k && m.Role {
		return m.Actor
	}
	if !m.Poss || k-m.To > 3 || k == m.To {
		return ""
	}
	for i := m.To; i < k; i++ {
		if !toks[i].Title || (!honorifics.in(toks[i].wid) && !roleNouns.in(toks[i].wid) && !roleModifiers.in(toks[i].wid)) {
			return ""
		}
	}
	return m.Actor
}

// officeInApposition returns the actor of the office an apposition gives
// the name ending at token end: ", the deputy interior minister of the
// Taliban government," or ", a Taliban spokesman,".
func officeInApposition(toks []token, m actorMention, end int) string {
	if end+1 >= len(toks) || toks[end].Lower != "," || m.From > end+8 || m.PrepObject && !m.Role {
		return ""
	}
	if f := toks[end+1]; end+1 < m.From && !f.Title && !articles.in(f.wid) && !roleNouns.in(f.wid) && !honorifics.in(f.wid) {
		return "" // "Jane Roe, held since May by the Taliban government,": a clause, not a title
	}
	office := m.Role
	for i := end + 1; i < m.From; i++ {
		w := toks[i].Lower
		if !toks[i].Word || w == "former" || w == "ex" {
			return "" // "Jane Roe, a former minister of the Taliban government,": no longer speaks for it
		}
		office = office || roleNouns.has(w) || honorifics.has(w)
	}
	if !office {
		return ""
	}
	if m.To < len(toks) && toks[m.To].Word && !toks[m.To].Poss && toks[m.To].Lower != "in" {
		return "" // "…, a critic of the Taliban government who …": not a title
	}
	return m.Actor
}

// weekdays are the days' names, capitalised like a name.
var weekdays = wordSetOf("weekdays")
