package extract

import (
	"maps"
	"slices"
	"strings"

	"brief/report"
)

// actorMention is a place in a text that names a configured actor: by its
// name or an alias, by a person who speaks for it, or by a role held for
// it ("an official Pakistani source", "two officials within the Taliban").
type actorMention struct {
	Actor      string   // the actor's configured name
	Start, End int      // byte offsets in the searched text
	From, To   int      // token offsets
	Poss       bool     // possessive: "Pakistan's", "Taliban’s"
	Role       bool     // an office or official speaking for the actor
	Person     bool     // a configured person, by full name or surname
	PrepObject bool     // the object of a preposition ("talks with the TTP"): not a subject
	Pair       string   // the second actor a pair phrase names ("both sides"), else ""
	Group      []string // the other actors a group phrase names ("the four governments")
	Place      bool     // a country's name standing for the actor
	Anaphor    bool     // "the group": the actor named before
	officeOf   bool     // named after an office and "of": "the presidents of Rwanda and the DRC"
}

// personBefore returns, for a bare "government" after "his" or "her" (the
// mention out[i]), the actor of the person named last before it within
// forty tokens, or "".
func personBefore(toks []token, out []actorMention, i int) string {
	g := out[i].From
	if g == 0 || toks[g-1].Lower != "his" && toks[g-1].Lower != "her" {
		return ""
	}
	for j := i - 1; j >= 0 && out[j].From >= g-40; j-- {
		if out[j].Person && out[j].Actor != "" {
			return out[j].Actor
		}
	}
	return ""
}

// dropPlaces removes the mentions of a country's name that are only a
// place: a preposition's object with no office before it ("in
// Afghanistan", but not "the government of Afghanistan").
func dropPlaces(ms []actorMention) []actorMention {
	out := ms[:0]
	for _, m := range ms {
		if m.Place && m.PrepObject && !m.Role {
			continue
		}
		out = append(out, m)
	}
	return out
}

// actorMatcher finds configured actors' names, aliases and people in text,
// longest alias first ("Pakistani Taliban" is the TTP, not Pakistan), on
// word boundaries, short all-capital aliases in capitals only ("US", not
// "us"). A person's surname alone counts once the full name has appeared.
// Demonyms ("Pakistani", "Afghan") count before a role noun ("Pakistani
// officials", "an official Pakistani source"), and a bare "the government"
// is the article's home government: the most named actor that has one.
type actorMatcher struct {
	actors     []string
	names      *phraseSet             // names and aliases; value: actor index
	people     *phraseSet             // full names; value: person index
	surnames   *phraseSet             // value: person index
	demonyms   *phraseSet             // value: actor index
	places     *phraseSet             // countries that stand for an actor; value: actor index
	heads      *phraseSet             // the last word of a multi-word name or alias (see addHeads)
	headOwners map[string][]headOwner // per head word, the actors whose names end with it
	tails      map[string]int         // the last two words of a name of three or more, lower case → actor, -1 when shared
	fuzzy      *fuzzyNames            // names and surnames read with one letter's difference
	personOf   []int                  // person index → actor index
	givens     []string               // person index → given name, the first of several words ("" for one)
	firsts     map[string]bool        // first words of all the above, to skip other words fast
	firstsMay  wordFilter             // firsts' filter: most words are turned away before the map
	firstWids  []uint64               // bit wid set when the set word numbered wid is one of firsts
	forces     map[string]int         // "army", "military": the one actor an alias of which ends so
	govWords   map[string]int         // words before "government" in one actor's names only ("unity" of "National Unity Government")
}

func newActorMatcher(actors []report.Actor) *actorMatcher {
	m := &actorMatcher{
		names: newPhraseSet(false), people: newPhraseSet(false),
		surnames: newPhraseSet(false), demonyms: newPhraseSet(false), places: newPhraseSet(false),
		heads: newPhraseSet(false),
	}
	taken := map[string]bool{}
	for ai, a := range actors {
		m.actors = append(m.actors, a.Name)
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			m.names.add(n, ai)
			taken[strings.ToLower(n)] = true
		}
	}
	byInitials := map[string]int{} // initials → actor, or -1 when two actors' names spell them
	for ai, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if ac := acronymOf(n); ac != "" && !taken[strings.ToLower(ac)] {
				if prev, ok := byInitials[ac]; ok && prev != ai {
					byInitials[ac] = -1
				} else {
					byInitials[ac] = ai
				}
			}
		}
	}
	for _, ac := range slices.Sorted(maps.Keys(byInitials)) {
		if ai := byInitials[ac]; ai >= 0 {
			m.names.add(ac, ai) // in capitals only, as any short all-capital alias
		}
	}
	surnameOf := map[string]int{} // surname → actor, or -1 when two actors share it
	for ai, a := range actors {
		for _, pl := range a.Places {
			if !taken[strings.ToLower(pl)] {
				m.places.add(pl, ai)
			}
		}
	}
	for ai, a := range actors {
		for _, p := range a.People {
			for _, v := range append([]string{p}, abbreviatedNames(p)...) {
				m.people.add(v, len(m.personOf))
			}
			m.personOf = append(m.personOf, ai)
			m.givens = append(m.givens, givenName(p))
			for _, s := range surnames(p) {
				s = strings.ToLower(s)
				if prev, ok := surnameOf[s]; ok && prev != ai {
					surnameOf[s] = -1
				} else {
					surnameOf[s] = ai
				}
			}
		}
	}
	for pi, p := range peopleOf(actors) {
		for _, s := range surnames(p) {
			if l := strings.ToLower(s); surnameOf[l] >= 0 && !taken[l] {
				m.surnames.add(s, pi)
			}
		}
	}
	for ai, a := range actors {
		for _, d := range append(append([]string(nil), a.Demonyms...), derivedDemonyms(a.Name)...) {
			if !taken[strings.ToLower(d)] {
				m.demonyms.add(d, ai)
			}
		}
	}
	m.forces = forcesOf(actors)
	m.govWords = governmentWords(actors)
	m.firsts = map[string]bool{"government": true}
	for w := range m.forces {
		m.firsts[w] = true
	}
	m.addHeads(actors, taken)
	for _, p := range []*phraseSet{m.names, m.people, m.surnames, m.demonyms, m.places, m.heads} {
		for k := range p.byFirst {
			m.firsts[k] = true
		}
	}
	m.firstsMay = newWordFilter(m.firsts)
	m.firstWids = make([]uint64, len(setWords)/64+1)
	for w := range m.firsts {
		if id, ok := wordIDs[w]; ok {
			m.firstWids[id>>6] |= 1 << (id & 63)
		}
	}
	m.fuzzy = newFuzzyNames(m.firsts, actors)
	return m
}

// acronymOf returns the initials of a name of two to five capitalised
// words, less the small words inside it ("MFA" for "Ministry of Foreign
// Affairs"; two letters only for an office: "FO" for "Foreign Office"),
// or "" for a name of other words (a hyphen, a figure, an apostrophe, a
// lower-case word) or whose initials spell a word (notAcronyms).
func acronymOf(name string) string {
	var b []byte
	for w := range strings.FieldsSeq(name) {
		switch {
		case smallNameWords.has(w):
			continue
		case w[0] < 'A' || w[0] > 'Z' || strings.ContainsAny(w, "-'’.&0123456789"):
			return ""
		case strings.ToUpper(w) == w && len(w) > 1:
			return "" // an acronym inside ("UN Security Council")
		}
		b = append(b, w[0])
	}
	if len(b) < 2 || len(b) > 5 || notAcronyms.has(strings.ToLower(string(b))) {
		return ""
	}
	if f := strings.Fields(name); len(b) == 2 && !roleNouns.has(strings.ToLower(f[len(f)-1])) {
		return "" // "SS" of "South Sudan": two letters spell too much; "FO" of "Foreign Office" is an office
	}
	return string(b)
}

// smallNameWords are left out of a name's initials: "of", "the", "and".
var smallNameWords = wordSetOf("smallNameWords")

// notAcronyms are words an actor's initials may spell.
var notAcronyms = wordSetOf("notAcronyms")

// addTail registers the last two words of a name of three words or more
// ("Brotherhood Alliance" of "Three Brotherhood Alliance"), which "the"
// and those words name too, when both are capitalised and no name or
// alias of any actor is them.
func (m *actorMatcher) addTail(f []string, ai int, taken map[string]bool) {
	a, b := f[len(f)-2], f[len(f)-1]
	if len(a) < 4 || a[0] < 'A' || a[0] > 'Z' || b[0] < 'A' || b[0] > 'Z' || roleNouns.has(strings.ToLower(a)) {
		return
	}
	k := strings.ToLower(a + " " + b)
	if taken[k] {
		return
	}
	if prev, ok := m.tails[k]; ok && prev != ai {
		m.tails[k] = -1
		return
	}
	m.tails[k] = ai
}

// addHeads registers the last word of each multi-word name or alias
// ("Taliban" of "Afghan Taliban", "Council" of "Security Council") that
// is capitalised and names no office in general (a role noun such as
// "Ministry" or "Army") and no other name, so that "the Taliban's
// ministry" or "the Council said" is an actor. When several actors end a
// name with the word, the one the text named last in full is meant
// (headActor); before any is named, an actor whose own name (not an
// alias) ends so, if only one does. A head counts without "the" only when
// it ends an actor's name. taken holds every name and alias, lower case.
func (m *actorMatcher) addHeads(actors []report.Actor, taken map[string]bool) {
	m.headOwners = map[string][]headOwner{}
	m.tails = map[string]int{}
	for ai, a := range actors {
		for j, n := range append([]string{a.Name}, a.Aliases...) {
			f := strings.Fields(n)
			if len(f) < 2 {
				continue
			}
			if len(f) >= 3 {
				m.addTail(f, ai, taken)
			}
			h := f[len(f)-1]
			l := strings.ToLower(h)
			if len(h) < 4 || h[0] < 'A' || h[0] > 'Z' || strings.ToUpper(h) == h || taken[l] || roleNouns.has(l) || roleNouns.has(l+"s") || genericHeads.has(l) {
				continue
			}
			owners := m.headOwners[l]
			if k := slices.IndexFunc(owners, func(o headOwner) bool { return o.actor == ai }); k >= 0 {
				owners[k].ofName = owners[k].ofName || j == 0
				continue
			}
			if len(owners) == 0 {
				m.heads.add(h, 0)
			}
			m.headOwners[l] = append(owners, headOwner{actor: ai, ofName: j == 0})
		}
	}
}

// headOwner is an actor one of whose names ends with a head word; ofName
// when its own name does.
type headOwner struct {
	actor  int
	ofName bool
}

// headActor returns the actor a head word means at this point of the
// text (seen: the token where each actor was last named in full, -1 when
// not yet), and whether the word counts without "the".
func (m *actorMatcher) headActor(head string, seen []int) (int, bool, bool) {
	best, bestAt := -1, -1
	for _, o := range m.headOwners[head] {
		if seen[o.actor] > bestAt {
			best, bestAt = o.actor, seen[o.actor]
		}
	}
	named := -1
	for _, o := range m.headOwners[head] {
		if o.ofName {
			if named >= 0 {
				named = -2
			} else {
				named = o.actor
			}
		}
	}
	if best >= 0 {
		return best, named == best, true
	}
	if named >= 0 {
		return named, true, true
	}
	return 0, false, false
}

// seenAt returns, per actor, the token where mentions last named it, -1
// when none did.
func (m *actorMatcher) seenAt(ms []actorMention) []int {
	out := make([]int, len(m.actors))
	for i := range out {
		out[i] = -1
	}
	index := map[string]int{}
	for i, a := range m.actors {
		index[a] = i
	}
	for _, men := range ms {
		if i, ok := index[men.Actor]; ok {
			out[i] = men.From
		}
	}
	return out
}

// peopleOf lists every actor's people in configuration order.
func peopleOf(actors []report.Actor) []string {
	var out []string
	for _, a := range actors {
		out = append(out, a.People...)
	}
	return out
}

// surnames returns the last word of a person's name of two words or
// more, and that word without a particle joined by a hyphen: "al-Burhan"
// and "Burhan".
func surnames(person string) []string {
	f := strings.Fields(person)
	if len(f) < 2 || len(f[len(f)-1]) < 4 {
		return nil
	}
	last := f[len(f)-1]
	out := []string{last}
	if p, rest, ok := strings.Cut(last, "-"); ok && nameParticles.has(strings.ToLower(p)) && len(rest) >= 4 {
		out = append(out, rest)
	}
	return out
}

// derivedDemonyms guesses the adjectives of a one-word place name:
// Pakistan → Pakistani, China → Chinese, Sudan → Sudanese, Russia →
// Russian, Ukraine → Ukrainian, Israel → Israeli, Afghanistan → Afghan.
// Wrong guesses do no harm: they do not occur in text.
func derivedDemonyms(name string) []string {
	if strings.ContainsAny(name, " -") || len(name) < 4 || strings.ToUpper(name) == name {
		return nil
	}
	out := []string{name + "i", name + "ese", name + "n", name + "ian", name + "an"}
	last := name[len(name)-1]
	if last == 'a' || last == 'e' || last == 'y' {
		stemmed := name[:len(name)-1]
		out = append(out, stemmed+"ese", stemmed+"ian", stemmed+"an")
	}
	if strings.HasSuffix(name, "ey") {
		out = append(out, strings.TrimSuffix(name, "ey")+"ish") // Turkey → Turkish
	}
	if strings.HasSuffix(name, "istan") {
		out = append(out, strings.TrimSuffix(name, "istan"))
	}
	return out
}

// genericHeads end the names of many states ("United Kingdom", "Islamic
// Republic"): "the Kingdom" alone may be any of them, so it names none.
var genericHeads = wordSetOf("genericHeads")

// roleNouns are offices and people who speak or act for an actor.
var roleNouns = wordSetOf("roleNouns")

// prepositions that make the following actor an object, not a subject.
var prepositions = wordSetOf("prepositions")

// notHome are words before "government" that make it not the home one.
var notHome = wordSetOf("notHome")

// find returns the actor mentions in s, in order, without overlaps.
func (m *actorMatcher) find(s string) []actorMention {
	return m.findTokens(tokenize(s))
}

// findTokens returns the actor mentions in toks, in order, without overlaps.
func (m *actorMatcher) findTokens(toks []token) []actorMention {
	defer m.fuzzy.correct(toks)()
	out := make([]actorMention, 0, len(toks)/10+4) // news text names an actor about every 11 tokens
	seen := map[int]bool{}                         // people named in full so far
	var nicks map[string]int                       // nicknames the text gave people so far, lower case → person index
	var govAt []int                                // tokens of bare "government", resolved at the end
	for i := 0; i < len(toks); {
		if !m.isFirst(&toks[i]) {
			if nicks == nil {
				i++
				continue
			}
			if pi, ok := nicks[toks[i].Lower]; ok && toks[i].Title && (i+1 == len(toks) || !nameWord(toks[i+1])) {
				men := m.mention(toks, i, i+1, m.personOf[pi]) // "Hemedti said"
				men.Person = true
				out = append(out, men)
			}
			i++
			continue
		}
		if mm, ok := m.names.matchAt(toks, i); ok && !negatedPrefix(toks, i) {
			men := m.mention(toks, mm.From, mm.To, mm.Value)
			out = append(out, men)
			i = men.To
			continue
		}
		mm, ok := m.people.matchAt(toks, i)
		nick := -1
		if !ok {
			mm, nick, ok = m.nicknamed(toks, i)
		}
		if ok {
			seen[mm.Value] = true
			men := m.mention(toks, mm.From, mm.To, m.personOf[mm.Value])
			men.Person = true
			out = append(out, men)
			if nick < 0 {
				nick = knownAs(toks, men.To)
			}
			if nick >= 0 && !m.firsts[toks[nick].Lower] {
				if nicks == nil {
					nicks = map[string]int{}
				}
				nicks[toks[nick].Lower] = mm.Value
			}
			i = men.To
			continue
		}
		if mm, ok := m.surnames.matchAt(toks, i); ok && (toks[i].Title || toks[i].Caps) &&
			(seen[mm.Value] || honorificBefore(toks, i) || m.givenNameBefore(toks, out, i, mm.Value)) {
			from := mm.From
			if !seen[mm.Value] && !honorificBefore(toks, i) {
				from-- // "Vladimir Zelensky" for Volodymyr Zelensky: another spelling of the given name
			}
			seen[mm.Value] = true
			men := m.mention(toks, from, mm.To, m.personOf[mm.Value])
			men.Person = true
			out = append(out, men)
			i = men.To
			continue
		}
		if mm, ok := m.demonyms.matchAt(toks, i); ok && toks[i].Title && (i == 0 || !notHome.in(toks[i-1].wid) || toks[i-1].Lower == "interim") {
			if to := roleAfter(toks, mm.To); to > 0 {
				if pair, ok := m.demonymPair(toks, mm, to); ok {
					out = append(out, pair[0], pair[1]) // "Russian and Ukrainian delegations"
					i = to
					continue
				}
				men := m.mention(toks, mm.From, to, mm.Value)
				men.Role = true
				out = append(out, men)
				i = to
				continue
			}
		}
		if mm, ok := m.heads.matchAt(toks, i); ok && toks[i].Title && (i+1 == len(toks) || !toks[i+1].Title) {
			the := i > 0 && toks[i-1].Lower == "the"
			if ai, ok := m.tails[toks[max(i-1, 0)].Lower+" "+toks[i].Lower]; ok && !the && ai >= 0 && i > 1 && toks[i-2].Lower == "the" && toks[i-1].Title {
				men := m.mention(toks, i-2, mm.To, ai) // "the Brotherhood Alliance" for the Three Brotherhood Alliance
				out = append(out, men)
				i = men.To
				continue
			}
			if ai, bare, ok := m.headActor(toks[i].Lower, m.seenAt(out)); ok && (the || bare) {
				from := mm.From
				if the {
					from-- // "the Council" for the Security Council
				}
				men := m.mention(toks, from, mm.To, ai)
				out = append(out, men)
				i = men.To
				continue
			}
		}
		if mm, ok := m.places.matchAt(toks, i); ok && toks[i].Title {
			men := m.mention(toks, mm.From, mm.To, mm.Value)
			men.Place = true
			out = append(out, men)
			i = men.To
			continue
		}
		if ai, ok := m.forces[toks[i].Lower]; ok && i > 0 && toks[i-1].Lower == "the" && toks[i].Word && !toks[i].Title {
			to := i + 1
			if to < len(toks) && toks[to].Word && roleNouns.in(toks[to].wid) {
				to++ // "the army chief said": an office of the army
			}
			men := m.mention(toks, i, to, ai) // "The army has dismissed that accusation"
			men.Role = true
			out = append(out, men)
			i = to
			continue
		}
		if toks[i].Lower == "government" && (i == 0 || !notHome.in(toks[i-1].wid)) && !indefinite(toks, i) {
			govAt = append(govAt, len(out))
			out = append(out, actorMention{Actor: "", Start: toks[i].Start, End: toks[i].End,
				From: i, To: i + 1, Role: true, Poss: toks[i].Poss})
		}
		i++
	}
	if len(out) == 0 {
		out = nil // as before any was found
	}
	out = mergeParenthesized(toks, out)
	for k := range out {
		out[k].PrepObject = isPrepObject(toks, out[k].From) ||
			k > 0 && out[k-1].PrepObject && (listed(toks, out, k) || titledName(out[k-1], out[k]))
		if officeOf(toks, out[k].From) || k > 0 && out[k-1].Role && out[k-1].officeOf && listed(toks, out, k) {
			// "the presidents of Rwanda and the DRC": offices that speak for them
			out[k].PrepObject, out[k].Role, out[k].officeOf = false, true, true
		}
	}
	out = dropPlaces(out)
	return pairMentions(toks, m.resolveGovernment(toks, out, govAt, datelineActor(toks, out)))
}

// isFirst reports whether t's word is one of firsts.
func (m *actorMatcher) isFirst(t *token) bool {
	if t.wid != 0 {
		return m.firstWids[t.wid>>6]&(1<<(t.wid&63)) != 0
	}
	return m.firstsMay.mayHave(t.Lower) && m.firsts[t.Lower]
}

// nicknamed matches at token i a configured person's name with a
// nickname in quotation marks inside it (Jane "Hammer" Roe for Jane Roe),
// and returns the match, over the whole name, and the nickname's token.
func (m *actorMatcher) nicknamed(toks []token, i int) (phraseMatch, int, bool) {
	for q := i + 1; q <= i+3 && q+3 < len(toks); q++ {
		if toks[q].Lower != `"` {
			if !nameWord(toks[q]) {
				break
			}
			continue
		}
		if !nameWord(toks[q+1]) || toks[q+2].Lower != `"` {
			break
		}
		joined := append(slices.Clone(toks[i:q]), toks[q+3:min(len(toks), q+8)]...)
		mm, ok := m.people.matchAt(joined, 0)
		if !ok || mm.To <= q-i {
			break // the name must go on after the nickname
		}
		return phraseMatch{From: i, To: q + 3 + mm.To - (q - i), Value: mm.Value}, q + 1, true
	}
	return phraseMatch{}, -1, false
}

// knownAs returns the token of the nickname an apposition gives the
// person named before token i (", known as Hemedti", ", also known as
// \"Barbecue\""), or -1.
func knownAs(toks []token, i int) int {
	k := i
	if k < len(toks) && toks[k].Lower == "," {
		k++
	}
	if k < len(toks) && (toks[k].Lower == "also" || toks[k].Lower == "better" || toks[k].Lower == "widely") {
		k++
	}
	if k+2 >= len(toks) || toks[k].Lower != "known" || toks[k+1].Lower != "as" {
		return -1
	}
	k += 2
	quoted := toks[k].Lower == `"` || toks[k].Lower == "'"
	if quoted {
		k++
	}
	if k >= len(toks) || !nameWord(toks[k]) || k+1 < len(toks) && nameWord(toks[k+1]) {
		return -1
	}
	if quoted && (k+1 >= len(toks) || toks[k+1].Lower != toks[k-1].Lower) {
		return -1
	}
	return k
}

// indefinite reports whether the noun at token i opens with "a" or "an"
// past at most three modifiers ("a civilian-led government", "an
// inclusive government"): some government, not one that acts.
func indefinite(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		switch t := toks[j]; {
		case t.Lower == "a" || t.Lower == "an":
			return true
		case t.Lower == "-" || t.Word && !t.Title && !articles.in(t.wid) && !prepositions.in(t.wid):
		default:
			return false
		}
	}
	return false
}

// dropDateline removes the mention a story's dateline makes of the place
// that files it ("Khartoum — The army said …", "KYIV, Ukraine (AP) —",
// "ISLAMABAD:"): a place, not an actor who acts. A dateline opens one of
// the article's first two paragraphs. (The government it names was
// resolved before, by datelineActor.)
func dropDateline(text string, toks []token, ms []actorMention) []actorMention {
	for k, m := range ms {
		start := toks[m.From].Start
		if strings.Count(strings.TrimSpace(text[:start]), "\n\n") > 1 {
			break // past the head of the article
		}
		if !paragraphStart(text, start) {
			continue
		}
		if end, ok := mentionDatelineEnd(toks, m); ok {
			j := k
			for j < len(ms) && ms[j].From < end {
				j++ // "DOHA, Qatar (AP) —": every name of the dateline
			}
			return slices.Delete(ms, k, j)
		}
	}
	return ms
}

// mentionDatelineEnd returns the token that ends a dateline a mention opening a
// paragraph begins: a dash after it, past at most a comma, a few
// capitalised words and an agency in brackets ("KYIV, Ukraine (AP) —"),
// with a capitalised word opening the story after it ("Riyadh — facing
// pressure — …" is no dateline); or a colon right after it in capitals.
func mentionDatelineEnd(toks []token, m actorMention) (int, bool) {
	for k := m.To; k < len(toks) && k < m.To+7; k++ {
		switch w := toks[k].Lower; {
		case w == "—" || w == "–" || w == "-" && k+1 < len(toks) && toks[k+1].Start > toks[k].End:
			return k, k+1 < len(toks) && (toks[k+1].Title || toks[k+1].Caps)
		case w == ":":
			return k, k == m.To && toks[m.From].Caps
		case w == "," || w == "(" || w == ")" || toks[k].Title || toks[k].Caps:
			// "KYIV, Ukraine (AP) —"
		default:
			return 0, false
		}
	}
	return 0, false
}

// mergeParenthesized folds an acronym in brackets into the name before
// it: "Rapid Support Forces (RSF)" is one mention. Bare "government"
// mentions (actor not yet known) are left alone.
func mergeParenthesized(toks []token, ms []actorMention) []actorMention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) && m.Actor != "" && ms[i+1].Actor == m.Actor && ms[i+1].From == m.To+1 &&
			toks[m.To].Lower == "(" && ms[i+1].To < len(toks) && toks[ms[i+1].To].Lower == ")" {
			m.To = ms[i+1].To + 1
			m.End = toks[m.To-1].End
			m.Poss = toks[m.To-1].Poss
			i++
		}
		out = append(out, m)
	}
	return out
}

// negatedPrefix reports whether the name at i is part of "anti-X" or
// "pro-X", which names the actor's opponents or friends, not the actor.
func negatedPrefix(toks []token, i int) bool {
	return i >= 2 && toks[i-1].Lower == "-" && (toks[i-2].Lower == "anti" || toks[i-2].Lower == "pro")
}

// mention builds a mention of actor ai at tokens [from, to), extended over
// a following role noun ("the Kabul government") and back over a role
// noun before it ("Authorities in Pakistan", "officials within the
// Taliban").
func (m *actorMatcher) mention(toks []token, from, to, ai int) actorMention {
	men := actorMention{Actor: m.actors[ai], From: from, To: to, Role: roleNouns.in(toks[to-1].wid)}
	if end := roleRunEnd(toks, to); !toks[to-1].Poss && end > 0 {
		men.To, men.Role = end, true
	}
	if f := roleOfStart(toks, from); f >= 0 {
		men.From, men.Role = f, true
	}
	men.Start, men.End = toks[men.From].Start, toks[men.To-1].End
	men.Poss = toks[men.To-1].Poss
	return men
}

// roleRunEnd returns the end of the role phrase that starts at token i,
// right after an actor's name ("Taliban spokesman", "Hamas deputy
// leader", "Taliban foreign ministry spokesman"), or 0: role nouns, with
// modifiers (roleModifiers) before them, within four words.
func roleRunEnd(toks []token, i int) int {
	end := 0
	for k := i; k < len(toks) && k < i+4; k++ {
		t := toks[k]
		switch {
		case !t.Word:
			return end
		case roleNouns.in(t.wid):
			end = k + 1
			if t.Poss {
				return end // "the Taliban government's spokesman": the office ends at its possessive
			}
		case roleModifiers.in(t.wid) && !t.Poss && (end == 0 || k+1 < len(toks) && roleNouns.in(toks[k+1].wid)):
			// "foreign ministry communications director": a modifier may stand between two role nouns
		default:
			return end
		}
	}
	return end
}

// roleModifiers may stand between an actor's name and its role noun.
var roleModifiers = wordSetOf("roleModifiers")

// roleAfter returns the token after a role noun that follows a demonym
// within three words ("Pakistani Special Representative", "Afghan foreign
// minister"), or 0.
func roleAfter(toks []token, i int) int {
	for k := i; k < len(toks) && k < i+3; k++ {
		t := toks[k]
		if !t.Word {
			return 0
		}
		if roleNouns.in(t.wid) {
			return k + 1
		}
		if t.Poss {
			return 0
		}
	}
	return 0
}

// roleOfStart returns where a role phrase starts when the actor at i is
// introduced by one ("authorities in Kabul", "officials within the
// Taliban", "the office of Mullah Baradar", "a spokesman for the
// Taliban"), or -1.
func roleOfStart(toks []token, i int) int {
	k := i - 1
	if k >= 0 && (toks[k].Lower == "the" || toks[k].Lower == "a") {
		k--
	}
	if k < 1 {
		return -1
	}
	switch toks[k].Lower {
	case "in", "of", "from", "within", "inside":
	case "for":
		if spokesNouns.in(toks[k-1].wid) {
			return k - 1 // "a spokesman for the Taliban", not "the envoy for Afghanistan"
		}
		return -1
	default:
		return -1
	}
	if roleNouns.in(toks[k-1].wid) {
		return k - 1
	}
	return -1
}

// spokesNouns speak for the actor after "for": "a spokesperson for the
// group", "the chief negotiator for Hamas".
var spokesNouns = wordSetOf("spokesNouns")

// conjunct reports whether tokens [from, to) join two names as one
// phrase: "with Algeria and the Polisario" governs both.
func conjunct(toks []token, from, to int) bool {
	and := false
	for k := from; k < to; k++ {
		switch toks[k].Lower {
		case "and", "or":
			and = true
		case "the":
		default:
			return false // ", and Pakistan had no intention": a new clause may open
		}
	}
	return and
}

// listed reports whether mention k continues a list with the mention
// before it: "with Algeria and the Polisario", "by Venezuela, Cuba and
// Mexico" (a comma alone joins only when "and" closes the list next).
func listed(toks []token, ms []actorMention, k int) bool {
	if conjunct(toks, ms[k-1].To, ms[k].From) {
		return true
	}
	return ms[k].From == ms[k-1].To+1 && toks[ms[k-1].To].Lower == "," &&
		k+1 < len(ms) && conjunct(toks, ms[k].To, ms[k+1].From)
}

// officeOf reports whether the mention starting at token i follows an
// office and "of" that open a noun phrase: "the presidents of Rwanda",
// "The foreign ministers of Egypt", not "the return of the TTP leaders".
func officeOf(toks []token, i int) bool {
	p := i - 1
	if p >= 0 && toks[p].Lower == "the" {
		p--
	}
	if sentByDocument(toks, p) {
		return true
	}
	if p < 1 || toks[p].Lower != "of" {
		return false
	}
	w := toks[p-1].Lower
	if memberNouns.has(w) {
		return wholeBody(toks, p-2) // "the members of the Security Council", not "were members of"
	}
	if !roleNouns.has(w) && !roleNouns.has(strings.TrimSuffix(w, "s")) {
		return false
	}
	q := p - 2
	for q >= 0 && toks[q].Word && !articles.in(toks[q].wid) && q >= p-4 && !toks[q].Title {
		q-- // "the foreign ministers of"
	}
	return q < 0 || articles.in(toks[q].wid) || !toks[q].Word
}

// titledName reports whether mention b is the name right after the office
// a: "with the DRC President Felix Tshisekedi" — one person, an object as
// the office is.
func titledName(a, b actorMention) bool {
	return a.To == b.From && a.Actor == b.Actor
}

// sentByDocument reports whether the preposition at p joins an actor to a
// document of its own that opens the sentence: "A statement from the
// State Department called on …", "The joint communique by A and B
// urged …" — the document speaks for the actor.
func sentByDocument(toks []token, p int) bool {
	if p < 1 || !documentSenders.in(toks[p].wid) || !statementNouns.in(toks[p-1].wid) {
		return false
	}
	q := p - 2
	for q >= 0 && q >= p-4 && toks[q].Word && !articles.in(toks[q].wid) && !toks[q].Title {
		q-- // "a joint statement", "a new letter"
	}
	return q >= 0 && articles.in(toks[q].wid) && (q == 0 || !toks[q-1].Word && toks[q-1].Lower != ",")
}

// statementNouns are an actor's own documents, which speak for it when
// they open a sentence; documentSenders join them to the actor.
var statementNouns, documentSenders = wordSetOf("statementNouns"), wordSetOf("documentSenders")

// wholeBody reports whether the words ending at token k name a body's
// members as a whole: "the", "all", "all 32", "the 15".
func wholeBody(toks []token, k int) bool {
	if k >= 0 && isNumberToken(toks[k]) {
		k--
	}
	return k >= 0 && memberWholes.in(toks[k].wid)
}

// memberWholes before memberNouns take in every member: "all 32 members
// of the OAS signed".
var memberWholes = wordSetOf("memberWholes")

// memberNouns after "the" and before "of" speak for the body they belong
// to: "the members of the Security Council underscored …".
var memberNouns = wordSetOf("memberNouns")

// isPrepObject reports whether the mention starting at token i is governed
// by a preposition within three words before it.
func isPrepObject(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := toks[k]
		if !t.Word {
			return false
		}
		if prepositions.in(t.wid) {
			return true
		}
		if t.Title || t.Poss || t.Lower == "that" || t.Lower == "which" || t.Lower == "whom" || subordinators.in(t.wid) {
			return false // "to say that Ukraine is ready", "a truce, to which Kyiv agreed": a new clause's subject
		}
	}
	return false
}

// resolveGovernment gives each bare "government" to the article's home
// government — the actor of the story's dateline, else the most named
// actor that governs — or drops it when there is none.
func (m *actorMatcher) resolveGovernment(toks []token, out []actorMention, govAt []int, dateline string) []actorMention {
	if len(govAt) == 0 {
		return out
	}
	count := map[string]int{}
	governs := map[string]bool{}
	for _, men := range out {
		if men.Actor == "" {
			continue
		}
		count[men.Actor]++
	}
	home := ""
	for _, name := range m.actors {
		for _, men := range out {
			if men.Actor == name && men.Role {
				governs[name] = true
			}
		}
		if governs[name] && count[name] > count[home] {
			home = name
		}
	}
	if dateline != "" {
		home = dateline // "ISLAMABAD: …": the government of the place that files the story
	}
	kept := out[:0]
	for i, men := range out {
		if men.Actor == "" {
			if ai, ok := m.govWords[toks[max(men.From-1, 0)].Lower]; ok && men.From > 0 {
				men.Actor = m.actors[ai] // "the pro-democracy unity government": the National Unity Government
			} else if owner := personBefore(toks, out, i); owner != "" {
				men.Actor = owner // "Min Aung Hlaing said his government …": his
			} else if near := countryBefore(toks, out, i); near != "" {
				men.Actor = near // "Yemen's ambassador said the government …": Yemen's
			} else if home == "" {
				continue
			} else {
				men.Actor = home
			}
		}
		kept = append(kept, men)
	}
	return kept
}

// countryBefore returns the actor of a possessive or a country's name
// shortly before the bare "government" out[i] in its sentence
// ("Norland's envoy told the council the government …"), or "".
func countryBefore(toks []token, out []actorMention, i int) string {
	g := out[i]
	for j := i - 1; j >= 0 && out[j].To > g.From-countryReach; j-- {
		m := out[j]
		if slices.ContainsFunc(toks[m.To:g.From], func(t token) bool { return t.Lower == "." || t.Lower == "\n" }) {
			return ""
		}
		if m.Actor != "" && (m.Place || m.Poss && !m.PrepObject) {
			return m.Actor
		}
	}
	return ""
}

// countryReach is how many tokens before a bare "government" a country
// may be named for the government to be its.
const countryReach = 15

// datelineActor returns the actor whose capital files the story: an
// alias in capitals near the start, followed by a colon, comma or dash
// ("ISLAMABAD:", "KABUL, May 2 (Reuters) -"), or "".
func datelineActor(toks []token, ms []actorMention) string {
	for _, m := range ms {
		if m.From > 40 {
			break
		}
		if m.Actor == "" || m.To >= len(toks) {
			continue
		}
		caps, letters := true, 0
		for k := m.From; k < m.To; k++ {
			caps = caps && (toks[k].Caps || !toks[k].Word)
			letters += toks[k].End - toks[k].Start
		}
		switch toks[m.To].Lower {
		case ":", ",", "-", "(":
			if caps && letters >= 5 {
				return m.Actor
			}
		}
	}
	return ""
}

// actorNames returns the distinct actors of mentions, in order of first
// mention.
func actorNames(ms []actorMention) []string {
	var out []string
	for _, m := range ms {
		dup := false
		for _, o := range out {
			dup = dup || o == m.Actor
		}
		if !dup {
			out = append(out, m.Actor)
		}
		if m.Pair != "" && !containsString(out, m.Pair) {
			out = append(out, m.Pair)
		}
	}
	return out
}

// demonymBefore returns the actor whose demonym ends right before token
// i ("Pakistani" before "airstrikes"), or "".
func (m *actorMatcher) demonymBefore(toks []token, i int) string {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if mm, ok := m.demonyms.matchAt(toks, k); ok && mm.To == i && toks[k].Title {
			return m.actors[mm.Value]
		}
	}
	return ""
}

// demonymPair splits "Russian and Ukrainian delegations" — two demonyms
// sharing one role noun that ends at to — into a role mention of each.
func (m *actorMatcher) demonymPair(toks []token, mm phraseMatch, to int) ([2]actorMention, bool) {
	if mm.To+1 >= to || toks[mm.To].Lower != "and" {
		return [2]actorMention{}, false
	}
	mm2, ok := m.demonyms.matchAt(toks, mm.To+1)
	if !ok || mm2.Value == mm.Value || !toks[mm.To+1].Title || roleAfter(toks, mm2.To) != to {
		return [2]actorMention{}, false
	}
	a := m.mention(toks, mm.From, mm.To, mm.Value)
	b := m.mention(toks, mm2.From, to, mm2.Value)
	a.Role, b.Role = true, true
	return [2]actorMention{a, b}, true
}

// forceNouns name an armed force that a bare "the army" refers to.
var forceNouns = wordSetOf("forceNouns")

// forcesOf maps each force noun to the one actor whose name or alias ends
// with it ("Malian army", "Pakistan Army"); a noun two actors share is left
// out, so "the army" stays unresolved where it is ambiguous.
func forcesOf(actors []report.Actor) map[string]int {
	return ownedWords(actors, func(f []string) []string {
		if len(f) < 2 || !forceNouns.has(f[len(f)-1]) {
			return nil
		}
		return f[len(f)-1:]
	})
}

// ownedWords maps each word that words picks from the lower-case words of
// an actor's name or alias to the actor, when only one actor's names give
// it.
func ownedWords(actors []report.Actor, words func(name []string) []string) map[string]int {
	out := map[string]int{}
	for ai, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			for _, w := range words(strings.Fields(strings.ToLower(n))) {
				if prev, ok := out[w]; ok && prev != ai {
					out[w] = -1
				} else {
					out[w] = ai
				}
			}
		}
	}
	for w, ai := range out {
		if ai < 0 {
			delete(out, w)
		}
	}
	return out
}

// governmentWords maps each word that stands before "government" in the
// names of one actor only ("unity" of "National Unity Government",
// "congolese" of "Congolese government"), lower case, to that actor; a
// word shorter than four letters or a role noun counts for none.
func governmentWords(actors []report.Actor) map[string]int {
	return ownedWords(actors, func(f []string) []string {
		if len(f) < 2 || f[len(f)-1] != "government" {
			return nil
		}
		var out []string
		for _, w := range f[:len(f)-1] {
			if len(w) >= 4 && !roleNouns.has(w) {
				out = append(out, w)
			}
		}
		return out
	})
}

// givenNameBefore reports whether the word right before the surname at
// i is the given name of person pi spelt another way ("Vladimir
// Zelensky" for Volodymyr Zelensky, "Mohammed" for Muhammad): a
// capitalised word, no actor's name, with the consonants of the given
// name (see consonants). Another given name
// ("Dera Ismail Khan", "Imran Khan") is another person or a place.
func (m *actorMatcher) givenNameBefore(toks []token, out []actorMention, i, pi int) bool {
	if i < 1 || !toks[i-1].Title || !toks[i-1].Word || len(toks[i-1].Lower) < 3 || toks[i-1].Caps {
		return false
	}
	if m.givens[pi] == "" || consonants(toks[i-1].Lower) != consonants(m.givens[pi]) {
		return false
	}
	n := len(out)
	return n == 0 || out[n-1].To <= i-1
}

// givenName returns the first word of a person's name of several words,
// or "".
func givenName(person string) string {
	if f := strings.Fields(person); len(f) > 1 {
		return f[0]
	}
	return ""
}

// consonants returns a word's letters less vowels, h, w and y, with
// repeats collapsed: the skeleton that transliterations of a name share
// ("vldmr" for Vladimir and Volodymyr).
func consonants(w string) string {
	var b strings.Builder
	var last rune
	for _, r := range strings.ToLower(w) {
		if strings.ContainsRune("aeiouyhw", r) || r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// honorifics stand before a surname and make it a person's name even
// where the full name was never given ("MR SMITH:" opening a turn of a
// briefing, "Secretary Blinken said").
var honorifics = wordSetOf("honorifics")

// honorificBefore reports whether an honorific (its abbreviation's full
// stop allowed) or a middle initial stands just before token i.
func honorificBefore(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].Lower == "." {
		j--
	}
	if j >= 1 && len(toks[j].Lower) == 1 && toks[j].Title && toks[j-1].Title {
		return true // a middle initial: "Antony J. Blinken"
	}
	return j >= 0 && honorifics.in(toks[j].wid)
}
