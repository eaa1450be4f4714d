package extract

// speakingMentions returns the mentions of ms that may name who speaks
// the sentence: not one inside a quotation, whose words are the speaker's
// own, nor the agent of a participle ("the truce outlined by President
// Ivo Brand"), who did something the sentence reports, not the speaking.
func (a *article) speakingMentions(ms []actorMention) []actorMention {
	var out []actorMention
	for _, m := range ms {
		if _, quoted := a.quoteSpeaker(m.From); quoted || a.agentOfBy(m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// agentOfBy reports whether mention m follows "by", across the titles
// before a name ("by US President Ivo Brand").
func (a *article) agentOfBy(m actorMention) bool {
	k := m.From - 1
	for n := 0; k >= 0 && n < 4 && (a.toks[k].Title || a.toks[k].Caps); n++ {
		k--
	}
	return k >= 0 && a.toks[k].Lower == "by"
}
