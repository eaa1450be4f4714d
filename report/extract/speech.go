package extract

import "strings"

// speech is what a sentence reports someone as saying: the configured actor
// who speaks (resolved through people, roles, "he said" and quotations) and
// the tokens of what is said.
type speech struct {
	Speaker      string  // configured actor, or "" when none (or not an actor)
	From, To     int     // tokens of the reported content
	Verb         int     // token of the speech verb, or -1
	AnyVerb      int     // token of the first attributed speech verb, by an actor or not, or -1
	Opinion      bool    // analysts, experts or observers speak: a view, not a position
	Credit       bool    // the speaker is only credited ("according to X"): a source of facts
	speakerToken int     // token where the speaker is named, -1 when inherited
	next         *speech // a second reported speech after To, with its own speaker ("…, while Y said …")
}

// speakerOf returns the speaker of the reported speech that holds token
// k, this one or one after it, or "".
func (sp *speech) speakerOf(k int) string {
	for s := sp; s != nil; s = s.next {
		if s.Speaker != "" && k >= s.From && k < s.To {
			return s.Speaker
		}
	}
	return ""
}

// speechVerbs introduce reported speech or an assertion by their subject.
var speechVerbs = wordSetOf("speechVerbs")

// possessivePronouns are no subject of a speech verb; they also give a
// noun cue its owner (stances.go).
var possessivePronouns = wordSetOf("possessivePronouns")

// commentators speak for no party: what they say is a view.
var commentators = wordSetOf("commentators")

// opinionVerbs, after a commentator, mark a view.
var opinionVerbs = wordSetOf("opinionVerbs")

// anaphors are nouns that point back to the last named speaker ("the
// official told the newspaper").
var anaphors = wordSetOf("anaphors")

// pronouns that can stand for an actor.
var thirdPronouns = wordSetOf("thirdPronouns")
var firstPronouns = wordSetOf("firstPronouns")

// speechOf finds who speaks in the sentence of tokens [from, to), given
// the actor mentions in it and the speaker last named in the article (for
// "he said"). Quotations are attributed separately (attributeQuotes).
func speechOf(toks []token, from, to int, ms []actorMention, last string) speech {
	sp := speech{From: from, To: to, Verb: -1, AnyVerb: -1, speakerToken: -1}
	// "According to X, …"
	for i := from; i+1 < to; i++ {
		if toks[i].Lower == "according" && toks[i+1].Lower == "to" {
			if m, ok := mentionWithin(ms, i+2, i+6); ok && creditOpens(toks, i+2, m.From) {
				sp.Speaker, sp.speakerToken, sp.Credit = m.Actor, m.From, true
				sp.From = commaAfter(toks, m.To, to)
				return sp
			}
			break // "According to him, Russia has stated that …": the verb's speaker
		}
	}
	for v := from; v < to; v++ {
		if !speechVerbs.in(toks[v].wid) && !opinionVerbs.in(toks[v].wid) {
			continue
		}
		if m, in := mentionAt(ms, v); in && m.From < v {
			continue // "the United States": a name, not "states"
		}
		for k := max(from, v-3); k < v; k++ {
			if commentators.in(toks[k].wid) && !actorsOwn(ms, from, k) {
				sp.Opinion = true
			}
		}
		if !speechVerbs.in(toks[v].wid) {
			continue
		}
		who, at, ok := speakerBefore(toks, from, v, ms, last)
		if !ok {
			who, at, ok = speakerAfter(toks, v, to, ms)
		}
		if !ok {
			continue
		}
		if sp.AnyVerb < 0 {
			sp.AnyVerb = v
		}
		if who == "" && !(at >= from && at < to && pairNouns.in(toks[at].wid)) {
			continue // "The Express Tribune reported …": look on ("the countries said" is kept: see groupSpeaks)
		}
		sp.Speaker, sp.Verb, sp.speakerToken = who, v, at
		if trailing(toks, at, v, to) {
			sp.From, sp.To = from, at
		} else {
			sp.From = v + 1
			if sp.To = secondSpeech(toks, sp.From, to, ms); sp.To < to {
				if next := speechOf(toks, sp.To, to, ms, who); next.Speaker != "" {
					sp.next = &next // "Hamas said …, while Israel said the truce was off the table"
				}
			}
		}
		return sp
	}
	return sp
}

// creditOpens reports whether the mention at m opens what "according to"
// credits, from token k: right there or after words of its own name
// ("according to the Sudanese army", "according to senior UN officials"),
// not after a pronoun or a comma ("according to him, Russia …").
func creditOpens(toks []token, k, m int) bool {
	for ; k < m; k++ {
		if !toks[k].Word || thirdPronouns.in(toks[k].wid) || firstPronouns.in(toks[k].wid) {
			return false
		}
	}
	return true
}

// secondSpeech returns where a second reported speech with a subject of its
// own opens in tokens [from, to) — "X said A, and Y said B", "X said A,
// while Y told reporters B" — so that B is not X's; to when none does.
func secondSpeech(toks []token, from, to int, ms []actorMention) int {
	for v := from + 2; v < to; v++ {
		if !speechVerbs.in(toks[v].wid) {
			continue
		}
		m, ok := mentionWithin(ms, max(from, v-4), v)
		if !ok || m.PrepObject || m.To != v && !(m.To+1 == v && toks[m.To].Word) {
			continue
		}
		k := m.From - 1
		if k > from && (toks[k].Lower == "and" || toks[k].Lower == "but" || toks[k].Lower == "while" || toks[k].Lower == "whereas") {
			k--
		}
		if k > from && (toks[k].Lower == "," || toks[k].Lower == ";") {
			return m.From
		}
	}
	return to
}

// actorsOwn reports whether the commentator noun at k belongs to an actor:
// inside its mention or right after one ("a UN group of experts", "UN
// experts"), a panel that speaks for it, not a pundit.
func actorsOwn(ms []actorMention, from, k int) bool {
	_, inside := mentionAt(ms, k)
	_, before := mentionWithin(ms, max(from, k-3), k+1)
	return inside || before
}

// speakerBefore looks for the subject of the speech verb at v: an actor
// mention (not a preposition's object), a pronoun (the last speaker) or a
// role noun such as "the official" (the last speaker), within eight tokens,
// across an appositive's commas.
func speakerBefore(toks []token, from, v int, ms []actorMention, last string) (string, int, bool) {
	if v-1 >= from && (toks[v-1].Lower == "but" || toks[v-1].Lower == "and") {
		// "Hamas welcomed Egypt's call for a truce but said …": a coordinated
		// speech verb shares the subject that opens the sentence.
		for _, m := range ms {
			if m.From >= from && m.To < v && m.From <= from+1 && !m.PrepObject {
				return m.Actor, m.From, true
			}
		}
	}
	if v-1 >= from && toks[v-1].Lower == "," && strings.HasSuffix(toks[v].Lower, "ing") {
		// "The commander criticised the minister, accusing him of …": a
		// participle's speaker is the sentence's subject, not the mention before.
		for _, m := range ms {
			if m.From >= from && m.To < v && !m.PrepObject {
				if listStart(toks, ms, m) > from+2 {
					return "", v, true // "General Smith urged the army …, stressing": a subject we do not know
				}
				return m.Actor, m.From, true
			}
		}
		return "", v, true
	}
	if m, ok := beforeAside(toks, from, v, ms); ok {
		return m.Actor, m.From, true // "X, during his weekly briefing on Friday, said"
	}
	if k, ok := beforeRelative(toks, from, v); ok {
		if m, ok := mentionAt(ms, k); ok && !m.PrepObject {
			return m.Actor, m.From, true // "X, who presides over the council, said"
		}
	}
	for k := v - 1; k >= from && k >= v-8; k-- {
		if m, ok := mentionAt(ms, k); ok {
			if m.PrepObject && !m.Role && !roleOf(toks, from, m.From) {
				k = m.From
				continue
			}
			if compoundModifier(toks, m, v) {
				return "", m.From, true // "the US-designated militia said": the militia speaks
			}
			if former(toks, from, m.From) {
				return "", m.From, true // "a former Pakistani general said": no longer speaks for it
			}
			return m.Actor, m.From, true
		}
		t := toks[k]
		switch {
		case !t.Word && t.Lower != ",":
			return "", 0, false
		case pairNouns.in(t.wid) && k-1 >= from && (toks[k-1].Lower == "the" || numberWords[toks[k-1].Lower]):
			return last, k, true // "the countries said": those just named (see groupSpeaks)
		case possessivePronouns.in(t.wid):
			// "The RSF, for its part, said": a possessive is no subject
		case thirdPronouns.in(t.wid) || firstPronouns.in(t.wid):
			for _, m := range ms {
				if m.From >= from && m.From <= from+1 && m.To <= k && !m.PrepObject && !m.Poss {
					return m.Actor, k, true // "Washington sanctioned firms it says armed the militia": the sentence's subject
				}
			}
			return last, k, last != ""
		case anaphors.in(t.wid):
			// "a Taliban official said", "a senior government official
			// said": an actor may stand right before it.
			if m, ok := mentionAt(ms, k-1); ok && !m.PrepObject {
				return m.Actor, m.From, true
			}
			if m, ok := mentionAt(ms, k-2); ok && !m.PrepObject && toks[k-1].Word {
				return m.Actor, m.From, true
			}
			if k-1 >= from && possessivePronouns.in(toks[k-1].wid) && pronounKind(toks[k-1]) != "person" {
				return last, k, last != "" // "Its spokesman said": the one the sentence before named
			}
			// "the (senior) official told …" points back; "sources said" does not.
			if (k-1 >= from && toks[k-1].Lower == "the") || (k-2 >= from && toks[k-2].Lower == "the") {
				return last, k, true
			}
			return "", k, true
		case t.Title && (weekdays.in(t.wid) || eventMonths.in(t.wid)):
			// "The US and its allies on Wednesday warned": a day, no name
		case t.Title && k-1 > from && placePrepositions.in(toks[k-1].wid):
			// "a spokesman for the rebels in Yemen said": a place, no name
		case t.Title && !isSentenceStart(toks, from, k):
			if m, ok := officeBeforeName(toks, from, k, ms); ok {
				return m.Actor, m.From, true // "U.S. envoy Jane Doe said": the office names whom she speaks for
			}
			// A named non-actor ("The Express Tribune reported"): not ours.
			return "", k, true
		}
	}
	return "", 0, false
}

// officeBeforeName returns the office mention that stands right before
// the capitalised name ending at token k ("U.S. envoy Jane Doe",
// "Hamas spokesman Abdel-Latif al-Qanoua"), the name being at most four
// words.
func officeBeforeName(toks []token, from, k int, ms []actorMention) (actorMention, bool) {
	j, words := k, 1
name:
	for j > from && words < 4 {
		p := toks[j-1]
		if _, ok := mentionAt(ms, j-1); ok {
			break
		}
		switch {
		case p.Title:
			words++
		case (inWordHyphen(toks, j-1) || nameParticles.in(p.wid)) && j-2 >= from && toks[j-2].Title:
			// "Khalil al-Hayya", "Abdel-Latif Al-Qanoua": one name
		default:
			break name
		}
		j--
	}
	m, ok := mentionAt(ms, j-1)
	if !ok || !m.Role || m.PrepObject || m.To != j {
		return actorMention{}, false
	}
	return m, true
}

// nameParticles join the parts of a person's name ("Tamim bin Hamad").
var nameParticles = wordSetOf("nameParticles")

// speakerAfter reads an inverted attribution: "…,” said Pakistan's
// foreign minister".
func speakerAfter(toks []token, v, to int, ms []actorMention) (string, int, bool) {
	if v == 0 || (toks[v-1].Lower != "," && toks[v-1].Lower != `"`) {
		return "", 0, false
	}
	m, ok := mentionWithin(ms, v+1, min(to, v+9))
	if !ok {
		return "", 0, false
	}
	commas := 0
	for k := v + 1; k < m.From; k++ {
		t := toks[k]
		if t.Lower == "," && k > v+1 && toks[k-1].Title && commas == 0 {
			commas++ // "said Jane Doe, the U.S. envoy": the name, then its office
			continue
		}
		if !t.Title && t.Lower != "the" && t.Lower != "a" && !roleNouns.in(t.wid) && !anaphors.in(t.wid) {
			return "", 0, false // "…, said the board had urged Norway": no inverted subject
		}
	}
	if commas > 0 && !m.Role {
		return "", 0, false // "said Jane Doe, Kenya …": an office names whom she speaks for, a country does not
	}
	return m.Actor, m.From, true
}

// beforeAside returns the mention that closes right before an aside
// between commas that ends at the speech verb v: "the spokesperson,
// during his weekly briefing on Friday, said". An aside that names an
// actor, or holds punctuation, is left to the nearer reading; a person's
// name no actor lists may follow the mention before the comma.
func beforeAside(toks []token, from, v int, ms []actorMention) (actorMention, bool) {
	if v-1 <= from || toks[v-1].Lower != "," {
		return actorMention{}, false
	}
	for c := v - 2; c > from && c >= v-14; c-- {
		if _, ok := mentionAt(ms, c); ok || !toks[c].Word && toks[c].Lower != "," {
			return actorMention{}, false
		}
		if toks[c].Lower != "," {
			continue
		}
		j := c - 1
		for j > from && j >= c-4 && toks[j].Title && !inMention(ms, j) {
			j-- // "the Foreign Office spokesperson Jane Doe, …": a name after the office
		}
		if m, ok := mentionAt(ms, j); ok && m.To == j+1 && !m.PrepObject {
			return m, true
		}
		return actorMention{}, false
	}
	return actorMention{}, false
}

// inMention reports whether a mention covers token k.
func inMention(ms []actorMention, k int) bool {
	_, ok := mentionAt(ms, k)
	return ok
}

// trailing reports whether the attribution at [at, v] closes the sentence
// ("…, two officials told Harici on Saturday."): what is said comes before.
func trailing(toks []token, at, v, to int) bool {
	if at > 1 && articles.in(toks[at-1].wid) {
		if v+1 < to && toks[v+1].Word && !speechTrailers.in(toks[v+1].wid) && !weekdays.in(toks[v+1].wid) {
			return false // "With no talks planned, the RSF said the truce …": what it said follows
		}
		at-- // "…, the State Department said on Monday"
	}
	if at <= 0 {
		return false
	}
	prev := toks[at-1].Lower
	if prev != "," && prev != `"` && prev != "'" {
		return false
	}
	for k := v + 1; k < to; k++ {
		if toks[k].Lower == "that" {
			return false
		}
	}
	return to-v <= 10
}

// speechTrailers may follow the verb of a speaker named after what was
// said: "…, the ministry said in a statement", "…, the council said late
// on Monday".
var speechTrailers = wordSetOf("speechTrailers")

// former reports whether "former" or "ex" stands just before token k.
func former(toks []token, from, k int) bool {
	return k > from && (toks[k-1].Lower == "former" || toks[k-1].Lower == "ex")
}

func isSentenceStart(toks []token, from, k int) bool {
	return k == from || (k > from && !toks[k-1].Word && toks[k-1].Lower != "," && !inWordHyphen(toks, k-1))
}

// inWordHyphen reports whether token k is a hyphen with a word touching
// it on each side ("Al-Qanoua"), not a dash between clauses.
func inWordHyphen(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].Lower == "-" && toks[k-1].Word && toks[k+1].Word &&
		toks[k-1].End == toks[k].Start && toks[k].End == toks[k+1].Start
}

// commaAfter returns the token after the first comma at or after i, or i.
func commaAfter(toks []token, i, to int) int {
	for k := i; k < to && k < i+6; k++ {
		if toks[k].Lower == "," {
			return k + 1
		}
	}
	return i
}

// mentionAt returns the mention that covers token k.
func mentionAt(ms []actorMention, k int) (actorMention, bool) {
	for _, m := range ms {
		if m.From <= k && k < m.To {
			return m, true
		}
	}
	return actorMention{}, false
}

// mentionWithin returns the first mention starting in tokens [from, to).
func mentionWithin(ms []actorMention, from, to int) (actorMention, bool) {
	for _, m := range ms {
		if m.From >= from && m.From < to {
			return m, true
		}
	}
	return actorMention{}, false
}

// quoteSpans returns the token ranges [open, close] of quotations: from “
// to ”, or between straight double quotes paired in order, never across a
// paragraph break. An unclosed quotation ends with its paragraph. Scare
// quotes of a few words (“unwanted”, “irrefutable evidence”) are left out:
// nobody speaks them.
func quoteSpans(text string, toks []token) [][2]int {
	var spans [][2]int
	push := func(open, close int) {
		words := 0
		for k := open; k <= close; k++ {
			if toks[k].Word {
				words++
			}
		}
		if words > 4 {
			spans = append(spans, [2]int{open, close})
		}
	}
	open := -1
	for i, t := range toks {
		if open >= 0 && i > 0 && strings.Contains(text[toks[i-1].End:t.Start], "\n") {
			push(open, i-1)
			open = -1
		}
		if t.Word || t.Lower != `"` {
			continue
		}
		mark := text[t.Start:t.End]
		switch {
		case open < 0 && mark != "”":
			open = i
		case open >= 0 && mark != "“":
			push(open, i)
			open = -1
		case mark == "“":
			open = i // a new quotation opens before the last one closed
		}
	}
	if open >= 0 {
		push(open, len(toks)-1)
	}
	return spans
}

// beforeRelative returns the token just before a relative clause that
// ends with the comma before the verb at v: in "Jean, who presides over
// the council, said" the token of "Jean".
func beforeRelative(toks []token, from, v int) (int, bool) {
	if v-1 <= from || toks[v-1].Lower != "," {
		return 0, false
	}
	for k := v - 2; k > from && k >= v-16; k-- {
		switch toks[k].Lower {
		case ",":
			if w := toks[k+1].Lower; w == "who" || w == "which" {
				return k - 1, true
			}
			return 0, false
		case ".", ";", "\"", "\u201c", "\u201d":
			return 0, false
		}
	}
	return 0, false
}

// roleOf reports whether the mention opening at token at is the object of
// "for" or "of" after a speaker's noun: "a spokesperson for the rebels", "the leader of the M23".
func roleOf(toks []token, from, at int) bool {
	p := at - 1
	if p > from && toks[p].Lower == "the" {
		p--
	}
	if p <= from || (toks[p].Lower != "for" && toks[p].Lower != "of") {
		return false
	}
	return anaphors.in(toks[p-1].wid)
}

// placePrepositions open a place between a speaker and its speech verb.
var placePrepositions = wordSetOf("placePrepositions")
