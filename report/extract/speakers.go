package extract

// speakerOf returns who stated a stance found in sentence i at token at,
// as the article writes it, and the configured actor that speaker belongs
// to: the speaker of a quotation around the token, else the sentence's
// speaker when the token lies in what is reported, else the voice of an
// actor's own statement (its account of another's position), else the
// actor whose position it is, speaking for itself. The speaker's words
// are those of its latest mention as a person or an office ("Foreign
// Office spokesperson Mumtaz Zahra Baloch", "a Pakistani official") in the
// sentence or the three before it, else its configured name.
func (a *article) speakerOf(i, at int, actor, voice string) (speaker, speakerActor string) {
	sp := a.speeches[i]
	who := ""
	if q, quoted := a.quoteSpeaker(at); quoted && q != "" {
		who = q
	} else if w, ok := a.laterSpeaker(i, at); ok {
		who = w // "X says …, but Y says only if …": Y's words
	} else if sp.Speaker != "" && at >= sp.From && at < max(sp.To, sp.From+1) {
		who = sp.Speaker
	}
	switch {
	case who == "" && voice != "":
		who = voice // in a State Department statement, "Kenya has deployed police" is the Department's account
	case who == "" || who != actor && a.groupSpoke(i):
		who = actor // "…," the countries said": each country speaks for itself
	}
	named := -1
	if who == sp.Speaker {
		named = sp.speakerToken
	}
	return a.speakerWords(i, named, at, who), who
}

// groupSpoke reports whether sentence i's speech names its speaker by a
// plural noun that points back to the actors named before ("the
// countries said").
func (a *article) groupSpoke(i int) bool {
	k := a.speeches[i].speakerToken
	return k >= 0 && k < len(a.toks) && pairNouns.in(a.toks[k].wid)
}

// speakerWords returns the words that name actor as a speaker in
// sentence i, whose speech names its speaker at token named (or -1):
// that mention when it is the actor's; else the actor's last mention as a
// person or an office in the sentence, else any mention of it before
// token at; else, for a speaker carried from earlier ("he added"), its
// last mention as a person or an office in the three sentences before;
// else its name.
func (a *article) speakerWords(i, named, at int, actor string) string {
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	ms := mentionsIn(a.mentions, from, to)
	m, ok := mentionAt(ms, named)
	if ok && m.Actor == actor && !m.Anaphor {
		return a.text[m.Start:m.End]
	}
	carried := named >= 0 && !ok // "he said", "the spokesperson said"
	if carried {
		if w, ok := a.earlierOfficial(i, actor); ok {
			return w
		}
	}
	if m, ok := lastOfficial(a.speakingMentions(ms), actor); ok {
		return a.text[m.Start:m.End]
	}
	for _, m := range ms {
		if m.Actor == actor && !m.PrepObject && !m.Anaphor && m.From <= at {
			return a.text[m.Start:m.End]
		}
	}
	if w, ok := a.earlierOfficial(i, actor); ok {
		return w
	}
	return actor
}

// earlierOfficial returns the words of actor's last mention as a person
// or an office in the three sentences before sentence i.
func (a *article) earlierOfficial(i int, actor string) (string, bool) {
	for s := i - 1; s >= 0 && s >= i-3; s-- {
		if m, ok := lastOfficial(mentionsIn(a.mentions, a.sentToks[s][0], a.sentToks[s][1]), actor); ok {
			return a.text[m.Start:m.End], true
		}
	}
	return "", false
}

// lastOfficial returns the last mention of actor in ms as a person or an
// office, by its words: not a description pointing back ("the armed
// forces"), though a title a person bore ("the Secretary") is one.
func lastOfficial(ms []actorMention, actor string) (actorMention, bool) {
	for k := len(ms) - 1; k >= 0; k-- {
		if m := ms[k]; m.Actor == actor && (m.Person || m.Role) && !(m.Anaphor && !m.Person) {
			return m, true
		}
	}
	return actorMention{}, false
}

// laterSpeaker returns the actor of a speech verb of sentence i that
// stands between the sentence's own speech verb and token at, with its
// subject named right before it: in "The Taliban says …, but Pakistan
// says only if …" what follows the second "says" is Pakistan's.
func (a *article) laterSpeaker(i, at int) (string, bool) {
	sp := a.speeches[i]
	if sp.Verb < 0 || at <= sp.Verb {
		return "", false
	}
	ms := mentionsIn(a.mentions, a.sentToks[i][0], a.sentToks[i][1])
	for k := at - 1; k > sp.Verb+1; k-- {
		if !speechVerbs.in(a.toks[k].wid) {
			continue
		}
		if m, ok := mentionAt(ms, k-1); ok && !m.PrepObject && m.To == k {
			return m.Actor, true
		}
	}
	return "", false
}
