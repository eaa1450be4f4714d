package extract

import "brief/report"

import "strings"

// Who holds a position: the subject of a cue, its conjuncts, pronouns and
// speakers.

// adjectivePredicate reports whether the adjective cue at i is said of
// the clause's subject ("the Taliban is still keen to"), not of a noun
// before it ("individuals willing to surrender").
func (v *sentenceView) adjectivePredicate(i, start int) bool {
	for k := i - 1; k >= start; k-- {
		t := v.toks[k]
		switch {
		case cueAdverbs.in(t.wid) || t.Lower == "\"" || t.Lower == "“" || t.Word && strings.HasSuffix(t.Lower, "ly"):
			continue // was "committed to …", "remain deeply concerned by"
		case copulas.in(t.wid):
			return true
		case thirdPronouns.in(t.wid) || firstPronouns.in(t.wid):
			return true
		}
		_, ok := mentionAt(v.ms, k)
		return ok
	}
	return false
}

// targetIs reports whether the first actor named in [from, to) — the one
// a demand is made of — is the subject itself.
func (v *sentenceView) targetIs(from, to int, subject string) bool {
	m, ok := mentionWithin(v.ms, from, to)
	return ok && m.Actor == subject && !m.PrepObject
}

// subjectOf finds who holds the position of the cue at i: a possessive
// before a noun cue ("Pakistan's refusal", "its willingness"), else the
// nearest actor before the cue in its clause that is no preposition's
// object, a pronoun resolved to the speaker or its antecedent, the
// antecedent of a relative pronoun, or, for a cue inside what a speaker
// says, the speaker.
func (v *sentenceView) subjectOf(i int, kind cueKind) []string {
	cs, _ := v.clause(i)
	if kind == cueNoun {
		for k := i - 1; k >= cs && k >= i-3; k-- {
			if m, ok := mentionAt(v.ms, k); ok && m.Poss {
				return v.withConjuncts(m, cs)
			}
			if t := v.toks[k]; t.Lower == "its" || t.Lower == "their" || t.Lower == "his" || t.Lower == "her" || t.Lower == "our" {
				return v.pronouns(k)
			}
		}
		if i-1 >= cs && v.toks[i-1].Poss && v.toks[i-1].Title {
			return v.titledPossessor(i-1, cs) // "US President Joe Biden's call for talks": the possessor's, not the subject's
		}
		if v.unknownPossessor(i, cs) {
			return nil // "Sudan's February 21 decision to close the crossings": the owner is no actor
		}
	}
	if v.nounParticiple(i) {
		return nil // "vetoed a resolution calling for a truce": the resolution calls
	}
	if who := v.afterRelative(i, cs); who != nil {
		return who // "China, which brokered …, has urged both sides"
	}
	if v.participleAfterComma(i) {
		if m, ok := v.participleSubject(i + 1); ok {
			return v.withConjuncts(m, v.from) // "A ruled out a truce, rejecting the talks": A rejects
		}
	}
	sawNoun := false // a word that may be the subject, though no actor: "the group"
	sawName := false // a capitalised one: "the West", "the Council"
	for k := i - 1; k >= cs; k-- {
		if m, ok := mentionAt(v.ms, k); ok {
			if m.PrepObject && (!m.Role || forceRole(v.toks, m) || v.officeOfAnother(m) || v.companion(m)) || v.agent(m.From) || v.compoundModifier(m) {
				k = m.From
				continue // "The resolution, backed by the United States, demands …": an agent, not the subject
			}
			if former(v.toks, v.from, m.From) {
				return nil // "a former Pakistani general urged …"
			}
			if m.Poss && v.relationAfter(m.To) {
				if v.appositive(m.From) {
					k = m.From
					continue // "China, the junta's main ally, backed …": China
				}
				return nil // "Israel's allies urged it to …": the allies speak, not Israel
			}
			if v.accused(m.From) {
				return nil // "accused Morocco of violating the ceasefire": the accuser's claim
			}
			if v.addressee(listStart(v.toks, v.ms, m)) {
				return nil // "urged the EU to resume funding": the demand is the subject's, not the EU's stance
			}
			if v.listAfterPreposition(m) {
				k = m.From
				continue // "working with our partners, the UN and others to push …": the UN is a partner, not the subject
			}
			return v.withConjuncts(m, cs)
		}
		t := v.toks[k]
		if thirdPronouns.in(t.wid) || firstPronouns.in(t.wid) {
			if t.Lower == "them" || t.Lower == "him" || t.Lower == "us" {
				continue
			}
			if v.addressee(k) {
				return nil // "urged it to accept the truce"
			}
			return v.pronouns(k)
		}
		if d := v.groupDeterminer(k, cs); d >= 0 {
			if who := v.groupSpeaker(k); who != "" {
				return []string{who} // "Its spokesman told a local paper the group was open to dialogue"
			}
			if d == v.from {
				return nonEmpty(v.last) // "The group wants Riyadh to cover …"
			}
		}
		if subordinators.in(t.wid) && sawNoun {
			return nil // "… days after the two leaders signed": a subject we do not know
		}
		if (t.Lower == "that" || k == v.sp.Verb || k == v.sp.AnyVerb || speechVerbs.in(t.wid)) && sawNoun {
			// "officials told a news agency the group stood ready to …": the
			// reported clause's subject is no actor we know.
			if kind == cueCondition {
				return nonEmpty(v.voiceAt(i))
			}
			return nil
		}
		if t.Word && !functionWords.in(t.wid) && !cueAdverbs.in(t.wid) && !negators.in(t.wid) &&
			!copulas.in(t.wid) && !strings.HasSuffix(t.Lower, "ly") {
			sawNoun = true
			sawName = sawName || t.Title && k > cs // a name, not the clause's first word
		}
	}
	if cs > v.from {
		if w := v.toks[cs-1].Lower; w == "which" || w == "who" {
			for k := cs - 2; k >= v.from && k >= cs-3; k-- {
				if m, ok := mentionAt(v.ms, k); ok {
					return v.withConjuncts(m, v.from) // "A and B, which host the talks": both host them
				}
			}
			return nil
		}
	}
	if sawName && v.quotedAt(i) {
		return nil // "“The West wants a ceasefire to rearm Kyiv,” the minister said": the West wants it
	}
	return v.voicesAt(i)
}

// voicesAt is voiceAt, with the actors listed before the speaker when the
// sentence names them together as speaking, inside a quotation too: in
// `A, B and C said that "… to secure a truce"` all three speak.
func (v *sentenceView) voicesAt(i int) []string {
	who := v.voiceAt(i)
	if who == "" || who != v.sp.Speaker || v.sp.speakerToken < v.from || v.sp.speakerToken >= v.to {
		return nonEmpty(who)
	}
	m, ok := mentionAt(v.ms, v.sp.speakerToken)
	if !ok || m.Actor != who {
		return nonEmpty(who)
	}
	p := m.From - 1
	if p > v.from && v.toks[p].Lower == "the" {
		p--
	}
	if p <= v.from || v.toks[p].Lower != "," && v.toks[p].Lower != "and" {
		return nonEmpty(who)
	}
	return v.withConjuncts(m, v.from)
}

// relationAfter reports whether a relation noun ("ally", "backers")
// stands at token i, after at most two words that qualify it: "main
// ally", "closest foreign backers".
func (v *sentenceView) relationAfter(i int) bool {
	for k := i; k < v.to && k <= i+2; k++ {
		if relations.in(v.toks[k].wid) {
			return true
		}
		if t := v.toks[k]; !t.Word || t.Title || functionWords.in(t.wid) {
			return false
		}
	}
	return false
}

// appositive reports whether the phrase at token i opens an apposition
// after a comma: ", the junta's main ally,".
func (v *sentenceView) appositive(i int) bool {
	k := i - 1
	if k > v.from && v.toks[k].Lower == "the" {
		k--
	}
	return k > v.from && v.toks[k].Lower == ","
}

// unknownPossessor reports whether a possessive that names no actor owns
// the noun cue at i, a few words before it: "Sudan's February 21
// decision" when Sudan is no actor of the configuration.
func (v *sentenceView) unknownPossessor(i, cs int) bool {
	for k := i - 1; k >= cs && k >= i-3; k-- {
		if !v.toks[k].Poss {
			continue
		}
		_, named := mentionAt(v.ms, k)
		return !named
	}
	return false
}

// quotedAt reports whether token i stands inside a quotation.
func (v *sentenceView) quotedAt(i int) bool {
	_, ok := v.quote(i)
	return ok
}

// withConjuncts returns the actor of m and of the actors coordinated
// before it: "Qatar and Egypt urged", "Saudi Arabia, the US and the UN".
func (v *sentenceView) withConjuncts(m actorMention, start int) []string {
	out := []string{m.Actor}
	if m.Pair != "" {
		return append(out, m.Pair) // "both sides agreed"
	}
	if len(m.Group) > 0 {
		return append(out, m.Group...) // "the four governments called on"
	}
	skipped := 0
	for k := m.From - 1; k > start; {
		if t := v.toks[k]; t.Lower == "the" || t.Lower == "a" || honorifics.in(t.wid) && skipped < 2 || (t.Word && (!t.Title || t.Poss) && skipped < 2 &&
			t.Lower != "and" && !prepositions.in(t.wid) && !copulas.in(t.wid)) {
			skipped++ // "Sudan's army and the paramilitary RSF", "Blinken and President Tshisekedi"
			k--
			continue
		}
		w := v.toks[k].Lower
		if w != "and" && w != "," {
			break
		}
		prev, ok := mentionAt(v.ms, k-1)
		if !ok || prev.PrepObject {
			break
		}
		if prev.Actor != out[len(out)-1] {
			out = append(out, prev.Actor)
		}
		k = prev.From - 1
	}
	return out
}

// coordinatedFrom returns the actor of m and of those coordinated after
// it: "Secretary Smith and President Jones", "Qatar, Egypt and the US".
func (v *sentenceView) coordinatedFrom(m actorMention) []string {
	out := []string{m.Actor}
list:
	for _, n := range v.ms {
		if n.From < m.To {
			continue
		}
		gap := v.toks[m.To:n.From]
		if len(gap) == 0 || len(gap) > 3 || n.PrepObject {
			break
		}
		for _, t := range gap {
			if w := t.Lower; w != "," && w != "and" && w != "the" && !honorifics.has(w) {
				break list // "Smith spoke with Jones": no list, perhaps a meeting
			}
		}
		if !containsString(out, n.Actor) {
			out = append(out, n.Actor)
		}
		m = n
	}
	for k := m.To; k+1 < v.to; k++ {
		if !meetingVerbs.in(v.toks[k].wid) || v.toks[k+1].Lower != "with" {
			continue
		}
		if n, ok := mentionWithin(v.ms, k+2, min(k+6, v.to)); ok && !containsString(out, n.Actor) {
			out = append(out, n.Actor) // "Smith spoke with President Jones. They …"
		}
		break
	}
	return out
}

// meetingVerbs join their subject and the one after "with" into a group
// that "they" may then name.
var meetingVerbs = wordSetOf("meetingVerbs")

// pronouns returns whom the pronoun at token k names: the group the
// sentence before made for a plural one ("Smith and Jones spoke on
// Monday. They underscored …"), else pronoun's one actor.
func (v *sentenceView) pronouns(k int) []string {
	w := v.toks[k].Lower
	if firstPronouns.has(w) && len(v.group) > 1 && v.groupSpeaks() {
		return v.group // "“We call for …,” the countries said": the countries just named
	}
	if firstPronouns.has(w) {
		if vs := v.voicesAt(k); len(vs) > 1 {
			return vs // `A, B and C said that "we will …"`: the three of them
		}
	}
	they := w == "they" || w == "their" || strings.HasPrefix(w, "they'")
	if they && len(v.group) > 1 && (v.speakerAt(k) == "" || v.groupSpeaks()) &&
		!v.anyMentionBetween(v.from, k) {
		return v.group
	}
	if they && v.pluralNounBefore(k) {
		return nil // "blamed the envoys for delays in their efforts": the envoys'
	}
	if _, quoted := v.quote(k); they && !quoted {
		if m, ok := v.subjectBefore(k); ok && (v.speakerAt(k) == "" || v.speakerAt(k) == m.Actor) {
			if both := v.withConjuncts(m, v.from); len(both) > 1 {
				return both // "A and B each said they would keep the pause"
			}
		}
	}
	return nonEmpty(v.pronoun(k))
}

// groupSpeaks reports whether the sentence's speaker is named by a plural
// noun that points back to the actors just named ("the countries said",
// "the two sides said").
func (v *sentenceView) groupSpeaks() bool {
	k := v.sp.speakerToken
	return k >= v.from && k < v.to && pairNouns.in(v.toks[k].wid)
}

// pluralNounBefore reports whether a plural common noun that names no
// actor stands within a few words before token k, nearer than any actor.
func (v *sentenceView) pluralNounBefore(k int) bool {
	for j, words := k-1, 0; j >= v.from && words < 5; j-- {
		if _, ok := mentionAt(v.ms, j); ok {
			return false
		}
		t := v.toks[j]
		if auxiliaries.in(t.wid) {
			return false // "the factions have conveyed their approval": the subject's own
		}
		if t.Lower == "," || t.Lower == `"` {
			return false // `… to free the detainees", they "call on …`: the noun closes another phrase
		}
		if t.Word {
			words++
		}
		if t.Word && !t.Title && !t.Caps && len(t.Lower) > 3 && strings.HasSuffix(t.Lower, "s") &&
			!strings.HasSuffix(t.Lower, "ss") && !functionWords.in(t.wid) {
			_, named := mentionAt(v.ms, j-1)
			return !named // "the M23 rebels said they …": the rebels are the M23
		}
	}
	return false
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// pronoun resolves a pronoun at token k: "we", "our" to whoever speaks;
// "it", "they", "its" to the speaker of reported speech it stands in,
// else the nearest actor before it, else, opening the sentence, the last
// sentence's subject.
// anyMentionBetween reports whether an actor is named in tokens [from, to).
func (v *sentenceView) anyMentionBetween(from, to int) bool {
	for _, m := range v.ms {
		if m.From >= from && m.From < to {
			return true
		}
	}
	return false
}

func (v *sentenceView) pronoun(k int) string {
	w := v.toks[k].Lower
	if firstPronouns.has(w) {
		if who := v.speakerAt(k); who != "" {
			return who
		}
		if _, quoted := v.quote(k); !quoted && !v.sp.Credit {
			return v.author // a statement's own "we": the author it opened with
		}
		return ""
	}
	if who := v.contrastSubject(k); who != "" {
		return who // "X said …, while the army rejected …, which it accuses of …"
	}
	if who := v.informer(k); who != "" {
		return who // "X said the rebels informed Eastmark they would withdraw": the rebels, not X nor Eastmark
	}
	personal := personalPronouns.in(v.toks[k].wid)
	if _, quoted := v.quote(k); !quoted {
		if who := v.speakerAt(k); who != "" && (!personal || v.personSpeaks(k)) {
			return who // "he" is no speaker but a person: "Moscow accused Zelensky of … after he dismissed …"
		}
	}
	if m, ok := v.participleSubject(k); ok {
		return m.Actor // "Rwanda denies supporting M23, insisting it acts against a threat": Rwanda
	}
	plural := w == "they" || w == "their" || w == "them" || w == "theirs" || strings.HasPrefix(w, "they'")
	neuter := w == "it" || w == "its" || strings.HasPrefix(w, "it'")
	for j := k - 1; j >= v.from; j-- {
		if m, ok := mentionAt(v.ms, j); ok {
			human := m.Person || m.Role
			if !m.PrepObject && !(plural && m.Person) && !(personal && !human) && !(neuter && m.Person) &&
				!v.objectPossessor(m) && !v.compoundModifier(m) && !v.informedOf(m, k) {
				return m.Actor // "their" is never one person's: "Burhan … accusing the mediators of bias in their efforts"
			}
			j = m.From
		}
	}
	if _, quoted := v.quote(k); quoted {
		return "" // "'They should accept the offer,' an official said": whoever the official means
	}
	if k-v.from <= 2 || v.toks[k-1].Lower == "," && !v.anyMentionBetween(v.from, k) {
		return v.last // "It said …", "They also …", "In a statement, he …": the last sentence's subject
	}
	if j := v.openingPronoun(k); j >= 0 {
		return v.pronoun(j) // "She later renewed her appeal for …": whom the "she" stands for
	}
	return "" // "The army said it …": an antecedent we do not know
}

// informedOf reports whether m is told of something that the pronoun at
// k, right after "of" or "about", owns: "Hamas informed Qatar and Egypt
// of its approval" is Hamas's approval, not Egypt's (lexicon
// informVerbs).
func (v *sentenceView) informedOf(m actorMention, k int) bool {
	if k-1 <= v.from || (v.toks[k-1].Lower != "of" && v.toks[k-1].Lower != "about") {
		return false
	}
	start := listStart(v.toks, v.ms, m)
	for j := start - 1; j >= v.from && j >= start-2; j-- {
		if informVerbs.in(v.toks[j].wid) {
			return true
		}
		if !articles.in(v.toks[j].wid) {
			return false
		}
	}
	return false
}

// informer returns who tells an actor what the pronoun at k opens, as
// the teller's own word: in "the rebels informed Eastmark they would
// withdraw" and "A assured B that it would keep the truce" the pronoun is
// the teller, whoever reports it; but "told Kabul it must act" asks the
// one told (a modal of advice after the pronoun). The teller is the
// nearest actor before the verb that is no preposition's object, of the
// pronoun's kind (a person for "he", "she"; no person for "it", "they");
// "" when the pronoun follows no told actor.
func (v *sentenceView) informer(k int) string {
	j := k - 1
	if j > v.from && v.toks[j].Lower == "that" {
		j--
	}
	m, ok := mentionAt(v.ms, j)
	if !ok || m.To != j+1 || m.Person && !personalPronouns.in(v.toks[k].wid) {
		return ""
	}
	p := listStart(v.toks, v.ms, m) - 1
	if p > v.from && articles.in(v.toks[p].wid) {
		p--
	}
	if p <= v.from || !informVerbs.in(v.toks[p].wid) || k+1 < v.to && advice.in(v.toks[k+1].wid) {
		return ""
	}
	teller, ok := v.subjectBefore(p)
	if !ok || teller.Actor == m.Actor || teller.Person != personalPronouns.in(v.toks[k].wid) && !teller.Role {
		return ""
	}
	return teller.Actor
}

// informVerbs tell their object of something (see informedOf).
var informVerbs = wordSetOf("informVerbs")

// openingPronoun returns the pronoun that opens the sentence before the
// pronoun at k, of the same kind ("He … his", "In a statement, it …
// its"), with no actor named between them, or -1.
func (v *sentenceView) openingPronoun(k int) int {
	kind := pronounKind(v.toks[k])
	if kind == "" {
		return -1
	}
	for j := v.from; j < k; j++ {
		if _, ok := mentionAt(v.ms, j); ok {
			return -1
		}
		if thirdPronouns.in(v.toks[j].wid) {
			if pronounKind(v.toks[j]) == kind && (j-v.from <= 2 || v.toks[j-1].Lower == ",") {
				return j
			}
			return -1
		}
	}
	return -1
}

// pronounKind tells a person's pronoun ("he", "his"), a thing's ("it",
// "its") and a plural one ("they", "their") apart, or "" for any other
// word.
func pronounKind(t token) string {
	switch w := t.Lower; {
	case personalPronouns.in(t.wid):
		return "person"
	case w == "it" || w == "its" || strings.HasPrefix(w, "it'"):
		return "thing"
	case w == "they" || w == "their" || w == "them" || strings.HasPrefix(w, "they'"):
		return "plural"
	}
	return ""
}

// personalPronouns ("he", "she") stand for a person, never for a country
// or an organisation; "it" never for a person.
var personalPronouns = wordSetOf("personalPronouns")

// personSpeaks reports whether the speaker of the words at token k is
// named by a person or an official ("Putin said", "the spokesman said"),
// so that "he" may be the speaker.
func (v *sentenceView) personSpeaks(k int) bool {
	m, ok := mentionAt(v.ms, v.sp.speakerToken)
	return !ok || v.sp.speakerToken < v.from || m.Person || m.Role
}

// contrastSubject returns the subject of a contrasting clause ("while",
// "whereas", "but", or after a semicolon) that opens after the sentence's speech verb and before
// the pronoun at k: the reported speech has ended there. It returns "" when
// there is none.
func (v *sentenceView) contrastSubject(k int) string {
	if v.sp.Verb < 0 || v.sp.Verb >= k {
		return ""
	}
	for j := k - 1; j > v.sp.Verb; j-- {
		switch v.toks[j].Lower {
		case "while", "whereas", "but", ";":
			for i := j + 1; i < k; i++ {
				if m, ok := mentionAt(v.ms, i); ok && !m.PrepObject {
					return m.Actor
				}
			}
			return ""
		}
	}
	return ""
}

// speakerAt returns who speaks the words at token k: the speaker of the
// quotation around it, or of the reported speech it belongs to.
func (v *sentenceView) speakerAt(k int) string {
	if who, ok := v.quote(k); ok {
		if who == "" && v.sp.Speaker != "" && v.sp.speakerToken >= v.from && k >= v.sp.From && k < v.sp.To {
			return v.sp.Speaker // a question in a transcript: "Pakistan says the Taliban …"
		}
		return who
	}
	return v.sp.speakerOf(k)
}

// voiceAt is speakerAt, except that words nobody is reported to speak in
// an actor's own statement are the actor's: in the White House's "The
// army must lift the siege" the United States demands that the siege end.
func (v *sentenceView) voiceAt(k int) string {
	if who := v.speakerAt(k); who != "" {
		return who
	}
	if _, quoted := v.quote(k); quoted || v.sp.AnyVerb >= 0 && k >= v.sp.From && k < v.sp.To {
		return "" // a quotation or a report of someone who is no actor
	}
	return v.voice
}

// groupSpeaker returns the speaker of the reported speech around token k
// when a person speaks for it ("AA spokesman Khaing Thukha told …"), so
// that "the group" is the speaker's own; officials of a state are not.
func (v *sentenceView) groupSpeaker(k int) string {
	sp := v.sp
	if sp.Speaker == "" || sp.speakerToken < v.from || k < sp.From || k >= sp.To {
		return ""
	}
	if m, ok := mentionAt(v.ms, sp.speakerToken); ok && m.Person {
		return sp.Speaker
	}
	for j := max(v.from, sp.speakerToken-2); j < v.to && j < sp.speakerToken+4; j++ {
		if strings.HasPrefix(v.toks[j].Lower, "spokes") {
			return sp.Speaker
		}
	}
	return ""
}

// groupDeterminer returns the "the" of a group noun at k — "the group",
// "the paramilitary group" — or -1.
func (v *sentenceView) groupDeterminer(k, cs int) int {
	if !groupNouns.in(v.toks[k].wid) || k-1 < cs {
		return -1
	}
	if v.toks[k-1].Lower == "the" {
		return k - 1
	}
	if a := v.toks[k-1]; k-2 >= cs && v.toks[k-2].Lower == "the" && a.Word && !a.Title &&
		!functionWords.in(a.wid) && !a.Poss {
		return k - 2
	}
	return -1
}

// groupNouns stand for the armed group or movement just named or
// speaking: "the group", "the movement".
var groupNouns = wordSetOf("groupNouns")

// functionWords may stand between a subject and its verb.
var functionWords = wordSetOf("functionWords")

// clauseSubject returns the first actor of the clause before token i that
// is no preposition's object: the subject of a verb phrase that follows
// "and" after another verb's object.
func (v *sentenceView) clauseSubject(i int) []string {
	cs, _ := v.clause(i)
	agent, agents := false, false // "hosted by Norway, Chile and Brazil": agents, not the subject
	for k, m := range v.ms {
		agent = v.agent(m.From) || agent && k > 0 && listed(v.toks, v.ms, k)
		if m.From < cs || m.To > i {
			continue
		}
		agents = agents || agent
		if v.addressee(listStart(v.toks, v.ms, m)) {
			return nil // "called on the army and the RSF to pull back and allow …": those addressed act for no one
		}
		if (!m.PrepObject || m.Role) && !agent {
			return v.withConjuncts(m, cs)
		}
	}
	if agents {
		return nil
	}
	return v.subjectOf(i, cueVerb)
}

// afterRelative returns the antecedent of a relative clause that closes
// before the cue at i: in "China, which brokered a truce between the
// regime and the rebels, has urged …" the subject of "urged" is China,
// not the regime. cs is where the cue's clause starts (after "which").
func (v *sentenceView) afterRelative(i, cs int) []string {
	if cs-2 <= v.from || v.toks[cs-2].Lower != "," {
		return nil
	}
	if w := v.toks[cs-1].Lower; w != "which" && w != "who" {
		return nil
	}
	comma := -1
	for k := i - 1; k >= cs; k-- {
		if v.toks[k].Lower == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return nil
	}
	for k := comma + 1; k < i; k++ {
		if _, ok := mentionAt(v.ms, k); ok || (v.toks[k].Word && !functionWords.in(v.toks[k].wid) &&
			!cueAdverbs.in(v.toks[k].wid) && !negators.in(v.toks[k].wid)) {
			return nil // the comma closes something else: "…, the army said it would …"
		}
	}
	if m, ok := mentionAt(v.ms, cs-3); ok && !m.PrepObject {
		return v.withConjuncts(m, v.from) // "Saudi Arabia and Iran, which …, welcomed"
	}
	return nil
}

// agent reports whether the actor named from token k follows "by": a
// passive's agent ("backed by the United States").
func (v *sentenceView) agent(k int) bool {
	if k > v.from && v.toks[k-1].Lower == "the" {
		k--
	}
	return k > v.from && v.toks[k-1].Lower == "by"
}

// nounParticiple reports whether the cue at i is a participle said of
// the common noun just before it: "a resolution calling for", "a
// statement urging".
func (v *sentenceView) nounParticiple(i int) bool {
	if i <= v.from || !strings.HasSuffix(v.toks[i].Lower, "ing") {
		return false
	}
	p := v.toks[i-1]
	if _, ok := mentionAt(v.ms, i-1); ok || !p.Word || p.Title || functionWords.in(p.wid) || prepositions.in(p.wid) ||
		copulas.in(p.wid) || cueAdverbs.in(p.wid) || auxiliaries.in(p.wid) || aspectVerbs.in(p.wid) || strings.HasSuffix(p.Lower, "ly") ||
		strings.Contains(p.Lower, "'") {
		return false // "they're preparing": a pronoun and its verb
	}
	return true
}

// aspectVerbs go on with the act of an -ing form after them: "kept
// pressing Kabul to act" is the subject's act, not a noun's participle.
var aspectVerbs = wordSetOf("aspectVerbs")

// relations are nouns for others an actor stands beside or against.
var relations = wordSetOf("relations")

// accusers are verbs whose object is charged with what follows ("accused
// Rabat of …", "blamed the Radaa force for …").
var accusers = wordSetOf("accusers")

// accused reports whether the actor named from token k is the object of
// an accusation.
func (v *sentenceView) accused(k int) bool {
	for j := k - 1; j >= v.from && j >= k-2; j-- {
		if w := v.toks[j].Lower; accusers.has(w) {
			return true
		} else if w != "the" {
			return false
		}
	}
	return false
}

// addresseeReach is how many tokens after a demand cue its "to" may stand
// for the actors between to be those addressed.
const addresseeReach = 25

// addressee reports whether the actor named from token k is the one a
// demand is made of: right after the cue ("called on the government to
// …") or anywhere before the "to" of its act ("called on those
// responsible—the army and the RSF—to …").
func (v *sentenceView) addressee(k int) bool {
	for _, c := range v.cues {
		if c.To > k {
			break
		}
		if cu := v.table.list[c.Value]; cu.position != report.Demand || !cu.needTo {
			continue
		}
		if c.To == k || c.To == k-1 && v.toks[k-1].Lower == "the" {
			return true
		}
		if to := v.infinitiveAfter(c.To, min(v.to, c.To+addresseeReach)); to > c.To && k < to && !v.hasToken(c.To, k, ";", ".") {
			return true // "urge those who started it — A and B — to …"
		}
	}
	return false
}

// relativeObject returns the issue term that a cue at token i takes as
// the object of a relative clause: the term stands right before the
// clause's subject, with or without "that"/"which" ("the peace agreement
// Congo and Rwanda signed", "an offer the council has always rejected",
// "the truce that both sides accepted", "a truce, to which Kyiv agreed"),
// or -1.
func (v *sentenceView) relativeObject(i int) int {
	j := i - 1
	for j > v.from && (perfectAux.in(v.toks[j].wid) || modals.in(v.toks[j].wid) || cueAdverbs.in(v.toks[j].wid)) {
		j-- // "has always", "would"
	}
	if _, ok := mentionAt(v.ms, j); !ok && j-2 > v.from && v.toks[j].Title && v.toks[j-1].Lower == "and" {
		j -= 2 // "A, B and Egypt", Egypt being no configured actor
	}
	m, ok := mentionAt(v.ms, j)
	if !ok || m.PrepObject {
		return -1
	}
	start := listStart(v.toks, v.ms, m) // "A, B, the C and D"
	if start-1 > v.from && (v.toks[start-1].Lower == "the" || v.toks[start-1].Lower == "a") {
		start--
	}
	if start-1 > v.from && (v.toks[start-1].Lower == "that" || v.toks[start-1].Lower == "which") {
		start--
		if start-1 > v.from && v.toks[start].Lower == "which" && prepositions.in(v.toks[start-1].wid) {
			start-- // "the truce, to which both sides agreed"
		}
		if start-1 > v.from && v.toks[start-1].Lower == "," {
			start-- // "the truce, which Hamas rejected"
		}
	}
	for k, im := range v.issues {
		if im.To == start {
			return k // taken or not: "accepted the truce that A and B proposed" gives it to both verbs
		}
	}
	return -1
}

// listStart returns the first token of the list of actors that mention m
// ends: "Norway, Chile, the UAE and Kenya" starts at
// "Norway" when m is Kenya.
func listStart(toks []token, ms []actorMention, m actorMention) int {
	start := m.From
	for k := len(ms) - 1; k >= 0; k-- {
		p := ms[k]
		if p.To > start {
			continue
		}
		gap := toks[p.To:start]
		if len(gap) == 0 || len(gap) > 3 {
			break
		}
		for _, t := range gap {
			if w := t.Lower; w != "," && w != "and" && w != "the" {
				return start
			}
		}
		start = p.From
	}
	return start
}

// listAfterPreposition reports whether mention m is a later item of a
// list that a preposition governs and an infinitive follows: "together
// with its allies, the League, and others to press …". Such an
// item is someone the subject acts with, not the subject; but "In a
// statement, Egypt and Qatar urged …" names the subject, since no "to"
// follows the list.
func (v *sentenceView) listAfterPreposition(m actorMention) bool {
	start := listStart(v.toks, v.ms, m)
	if start-1 <= v.from || v.toks[start-1].Lower != "," && !(v.toks[start-1].Lower == "the" && start-2 > v.from && v.toks[start-2].Lower == ",") {
		return false
	}
	comma := start - 1
	if v.toks[comma].Lower != "," {
		comma--
	}
	governed := false
	for k := comma - 1; k >= v.from && k >= comma-5; k-- {
		t := v.toks[k]
		if !t.Word || v.anyMentionBetween(k, k+1) {
			break
		}
		if prepositions.in(t.wid) {
			governed = true
			break
		}
	}
	if !governed {
		return false
	}
	end := m.To
	for end < v.to && listTails.in(v.toks[end].wid) {
		end++
	}
	if n, ok := mentionAt(v.ms, end); ok {
		end = n.To // "…, the UN and Qatar to"
	}
	return end < v.to && v.toks[end].Lower == "to"
}

// listTails may close a list of actors: "…, and others", "among others".
var listTails = wordSetOf("listTails")

// subjectBefore returns the nearest actor mention before token k in the
// sentence that is no preposition's object.
func (v *sentenceView) subjectBefore(k int) (actorMention, bool) {
	for j := k - 1; j >= v.from; j-- {
		if m, ok := mentionAt(v.ms, j); ok {
			if !m.PrepObject {
				return m, true
			}
			j = m.From
		}
	}
	return actorMention{}, false
}

// infinitiveAfter returns the token after the first "to" in [i, end), or
// i when there is none.
func (v *sentenceView) infinitiveAfter(i, end int) int {
	for k := i; k < end; k++ {
		if v.toks[k].Lower == "to" {
			return k + 1
		}
	}
	return i
}

// objectPossessor reports whether m owns something a preposition governs
// ("responded to Russian President Vladimir Putin's proposal by
// reiterating his demand"): the possessor is no antecedent of a later
// pronoun; the subject is.
func (v *sentenceView) objectPossessor(m actorMention) bool {
	if !m.Poss {
		return false
	}
	for k := m.From - 1; k >= v.from && k >= m.From-5; k-- {
		t := v.toks[k]
		if t.Title || t.Caps {
			continue // "to Russian President Vladimir Putin's"
		}
		return prepositions.in(t.wid)
	}
	return false
}

// participleSubject returns the subject of the sentence when the pronoun
// at k opens what a participle after a comma says ("…, insisting it",
// "…, saying that they", "…, declaring instead its intention"): the
// participle's subject is the sentence's.
func (v *sentenceView) participleSubject(k int) (actorMention, bool) {
	p := k - 1
	if p > v.from && v.toks[p].Lower == "that" {
		p--
	}
	for n := 0; n < 2 && p > v.from && (cueAdverbs.in(v.toks[p].wid) || strings.HasSuffix(v.toks[p].Lower, "ly")); n++ {
		p--
	}
	if p <= v.from+1 || !strings.HasSuffix(v.toks[p].Lower, "ing") || v.toks[p-1].Lower != "," {
		return actorMention{}, false
	}
	for _, m := range v.ms {
		if m.From >= p {
			break
		}
		if !m.PrepObject {
			return m, true
		}
	}
	return actorMention{}, false
}

// speakersAt returns whoever speaks at token k: the speaker and, when the
// sentence names the speaker, the actors coordinated with it ("the DRC,
// the United Nations and many governments say …").
func (v *sentenceView) speakersAt(k int) []string {
	who := v.speakerAt(k)
	if who == "" {
		return nil
	}
	if _, quoted := v.quote(k); quoted || v.sp.speakerToken < v.from {
		return []string{who}
	}
	m, ok := mentionAt(v.ms, v.sp.speakerToken)
	if !ok || m.Actor != who {
		return []string{who}
	}
	p := m.From - 1
	if p > v.from && v.toks[p].Lower == "the" {
		p--
	}
	if p <= v.from || v.toks[p].Lower != "," && v.toks[p].Lower != "and" {
		return []string{who} // "The TTP, which Pakistan says …": no list before the speaker
	}
	return v.withConjuncts(m, v.from)
}

// titledPossessor returns the actor that opens the name ending in the
// possessive at token p ("US President Joe Biden's": the United States),
// or nil when the run of capitalised words names none: the possessor is
// someone the configuration does not know, not the clause's subject.
func (v *sentenceView) titledPossessor(p, cs int) []string {
	for k := p; k >= cs && k >= p-5; k-- {
		if m, ok := mentionAt(v.ms, k); ok {
			return []string{m.Actor} // even as a preposition's object: "in response to US President …'s call"
		}
		if t := v.toks[k]; !t.Title && !t.Caps {
			break
		}
	}
	return nil
}

// participleAfterComma reports whether the cue at token i is a present
// participle opening a clause after a comma: "…, rejecting the talks".
func (v *sentenceView) participleAfterComma(i int) bool {
	return i-1 > v.from && v.toks[i-1].Lower == "," && strings.HasSuffix(v.toks[i].Lower, "ing")
}

// officeOfAnother reports whether the prepositional object m ends the
// title of another actor's office: "Norway's envoy to the African Union
// Ambassador Ann Roe", "the U.S. Representative to the UN Ambassador Ann
// Roe" name officials of the first actor, whom the second does not make
// its own.
func (v *sentenceView) officeOfAnother(m actorMention) bool {
	p := m.From - 1
	if p > v.from && v.toks[p].Lower == "the" {
		p--
	}
	if p <= v.from || v.toks[p].Lower != "to" && v.toks[p].Lower != "at" {
		return false
	}
	o, ok := mentionAt(v.ms, p-1)
	return ok && o.Role && o.To == p && o.Actor != m.Actor
}

// companion reports whether a mention follows "with": "in a call with
// the DRC President" names whom the subject spoke with, never the subject.
func (v *sentenceView) companion(m actorMention) bool {
	p := m.From - 1
	for p > v.from && articles.in(v.toks[p].wid) {
		p--
	}
	return p >= v.from && v.toks[p].Lower == "with"
}

// forceRole reports whether a role mention names an armed force ("the
// Rapid Support Forces", "the army"), which, as a preposition's object,
// is no subject: "talks with the Rapid Support Forces unless …".
func forceRole(toks []token, m actorMention) bool {
	end := m.To - 1
	if toks[end].Lower == ")" {
		for end > m.From && toks[end].Lower != "(" {
			end--
		}
		end-- // "Rapid Support Forces (RSF)": the name before its acronym
	}
	return end >= m.From && armedForces.in(toks[end].wid)
}

// armedForces are the nouns that end the name of an armed force.
var armedForces = wordSetOf("armedForces")

// compoundModifier reports whether m opens a hyphenated modifier ("the
// US-designated group", "an Iran-backed militia"): the actor qualifies a
// noun and is not the subject.
func (v *sentenceView) compoundModifier(m actorMention) bool {
	return compoundModifier(v.toks, m, v.to)
}

// compoundModifier is sentenceView.compoundModifier for tokens before end.
func compoundModifier(toks []token, m actorMention, end int) bool {
	return m.To+1 < end && toks[m.To].Lower == "-" && toks[m.To].Start == toks[m.To-1].End &&
		toks[m.To+1].Word && !toks[m.To+1].Title
}
