package extract

import "brief/report"

// SentenceParts is one sentence as the extractor read it, word by word,
// with what it matched: for tools that look for what a configuration
// lacks (brief suggest) rather than for people (see Explain).
type SentenceParts struct {
	Start, End int        // the sentence's bytes in the article's text
	Words      []PartWord // its tokens, punctuation included
	Mentions   []PartSpan // actor mentions; Label is the actor's name
	Cues       []PartSpan // cue phrases; Label is the position they show
	Issues     []PartSpan // issue terms; Label is the issue's id
	Speaker    string     // the actor the sentence's reported speech is attributed to, or ""
	Stances    int        // how many stances the sentence gave
	// Opinion marks a commentator's view or a question: no party's
	// position, whatever it lacks.
	Opinion bool
}

// PartWord is one token of a SentenceParts.
type PartWord struct {
	Text  string // as written
	Lower string // lower case
	// Lemma is the word's lemma as issue terms are matched ("withdrawal"
	// and "withdrawn" both "withdraw"), "" for punctuation.
	Lemma  string
	Word   bool // a word or number, not punctuation
	Title  bool // first letter upper case
	Poss   bool // followed by 's or ’s, which Text leaves out
	Speech bool // a speech or reporting verb ("said", "told", "urged")
}

// PartSpan is the words [From, To) of a SentenceParts, by index into its
// Words.
type PartSpan struct {
	From, To int
	Label    string
}

// Parts reads one article as Explain does and returns each sentence's
// words and matches.
func (x *Extractor) Parts(text, outlet string, published report.Date) []SentenceParts {
	var out []SentenceParts
	x.walkSentences(text, outlet, published, func(a *article, i int, v *sentenceView) {
		s := a.sents[i]
		from := v.from
		p := SentenceParts{Start: s.Start, End: s.End, Speaker: a.speeches[i].Speaker,
			Opinion: v.sp.Opinion || v.question()}
		for _, t := range a.toks[v.from:v.to] {
			w := PartWord{Text: a.text[t.Start:t.End], Lower: t.Lower, Word: t.Word, Title: t.Title, Poss: t.Poss,
				Speech: t.Word && (speechVerbs.in(t.wid) || reportingVerbs.in(t.wid))}
			if t.Word {
				w.Lemma = x.issues.lem.lemma(t.Lower)
			}
			p.Words = append(p.Words, w)
		}
		clip := func(f, t int) (int, int) { return max(f, v.from) - from, min(t, v.to) - from }
		for _, m := range v.ms {
			f, t := clip(m.From, m.To)
			p.Mentions = append(p.Mentions, PartSpan{f, t, m.Actor})
		}
		for _, m := range v.cues {
			f, t := clip(m.From, m.To)
			p.Cues = append(p.Cues, PartSpan{f, t, string(x.cues.list[m.Value].position)})
		}
		for _, im := range v.issues {
			f, t := clip(im.From, im.To)
			p.Issues = append(p.Issues, PartSpan{f, t, x.issueIDs[im.Issue]})
		}
		p.Stances = len(v.stancesOf())
		out = append(out, p)
	})
	return out
}
