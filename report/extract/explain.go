package extract

import (
	"fmt"
	"io"
	"strings"

	"brief/report"
)

// SentenceTrace is what the extractor saw in one sentence and what it
// decided, for a user asking why a position was or was not found.
type SentenceTrace struct {
	Text    string
	Actors  []string // mentions: "Pakistan (as 'Islamabad')", with person, office or place marks
	Speaker string   // "Zabihullah Mujahid (Afghan Taliban)", or empty
	Cues    []string // "urged: demand (verb)"
	Issues  []string // "truce: ceasefire"
	Stances []string // "Pakistan talks oppose (speaker …)"
	Reason  string   // why no stance was found, when none was
	// Leads are the actors and issues the sentence names together without
	// a stance, as the brief lists them: "TTP talks: no_cue".
	Leads []string
}

// Explain reads one article, published by outlet (see ExtractBy), and
// tells, sentence by sentence, what was found and why a stance was or was
// not decided.
func (x *Extractor) Explain(text, outlet string, published report.Date) []SentenceTrace {
	var out []SentenceTrace
	x.walkSentences(text, outlet, published, func(a *article, i int, v *sentenceView) {
		tr := SentenceTrace{Text: a.sents[i].Text}
		for _, m := range v.ms {
			tr.Actors = append(tr.Actors, x.describeMention(a, m))
		}
		if sp := a.speeches[i]; sp.Speaker != "" {
			words, _ := a.speakerOf(i, sp.From, sp.Speaker, "")
			tr.Speaker = fmt.Sprintf("%s (%s)", words, sp.Speaker)
		}
		for _, m := range v.cues {
			c := x.cues.list[m.Value]
			tr.Cues = append(tr.Cues, fmt.Sprintf("%s: %s", a.span(m.From, m.To), c.position))
		}
		for _, im := range v.issues {
			tr.Issues = append(tr.Issues, fmt.Sprintf("%s: %s", a.span(im.From, im.To), x.issueIDs[im.Issue]))
		}
		hits := v.stancesOf()
		if x.model != nil {
			hits = x.classify(v, hits, a.sents[i].Text) // as extraction does: the model's stances say [model]
		}
		for _, h := range hits {
			words, who := a.speakerOf(i, h.At, h.Actor, v.voice)
			tr.Stances = append(tr.Stances, fmt.Sprintf("%s %s %s (said by %s, %s) [%s]", h.Actor, h.Issue, h.Position, words, who, h.Rule))
		}
		if len(tr.Stances) == 0 {
			tr.Reason = noStanceReason(v)
		}
		for _, l := range x.appendLeads(nil, a, i, v, hits, "") {
			tr.Leads = append(tr.Leads, fmt.Sprintf("%s %s: %s", l.Actor, l.Issue, l.Reason))
		}
		out = append(out, tr)
	})
	return out
}

// walkSentences reads one article as extraction does and calls f with
// each sentence's view, in order, carrying what each sentence leaves for
// the next (its subject, its claim issue) as extraction does.
func (x *Extractor) walkSentences(text, outlet string, published report.Date, f func(a *article, i int, v *sentenceView)) {
	ctx := x.newCarry(outlet)
	a := x.read(text, published, ctx.voice)
	for i := range a.sents {
		v := x.view(a, i, &ctx)
		f(a, i, v)
		ctx.after(i, v, x.claim)
	}
}

// noStanceReason says, as plainly as the rules allow, why a sentence gave
// no stance.
func noStanceReason(v *sentenceView) string {
	switch {
	case len(v.issues) == 0:
		return "no issue term: add the words this sentence uses to an issue's terms, or to the thesaurus"
	case v.sp.Opinion:
		return "a commentator's view (analysts, experts, observers), not a party's position"
	case v.question():
		return "a question takes no position"
	case len(v.ms) == 0 && v.last == "":
		return "no actor named, and none before it to refer to: add the name to an actor's aliases or people"
	case len(v.cues) == 0:
		return "an issue but no cue: add the verb or phrase that shows the position to [lexicon] cues"
	}
	if len(v.refusals) > 0 {
		var why []string
		for _, r := range v.refusals {
			why = append(why, fmt.Sprintf("%q: %s", spanOf(v.toks, r.from, r.to), r.why))
		}
		return "no rule joins its actors, cues and issues: " + strings.Join(why, "; ")
	}
	return "actors, a cue and an issue, but no rule joins them here (a hedge, a condition or another actor's clause stands between)"
}

// spanOf returns the words of tokens [from, to), lower-cased.
func spanOf(toks []token, from, to int) string {
	ws := make([]string, 0, to-from)
	for _, t := range toks[from:to] {
		ws = append(ws, t.Lower)
	}
	return strings.Join(ws, " ")
}

// describeMention names an actor mention with the words that raised it.
func (x *Extractor) describeMention(a *article, m actorMention) string {
	words := a.text[m.Start:m.End]
	var marks []string
	for _, f := range []struct {
		on   bool
		mark string
	}{{m.Person, "person"}, {m.Role, "office"}, {m.Place, "place"}, {m.PrepObject, "object"}} {
		if f.on {
			marks = append(marks, f.mark)
		}
	}
	who := m.Actor
	if who == "" {
		who = "?"
	}
	s := fmt.Sprintf("%s as %q", who, words)
	if len(marks) > 0 {
		s += " [" + strings.Join(marks, ", ") + "]"
	}
	return s
}

// span returns the text of tokens [from, to).
func (a *article) span(from, to int) string {
	if from >= to {
		return ""
	}
	return a.text[a.toks[from].Start:a.toks[to-1].End]
}

// WriteExplanation prints traces for people, one block per sentence.
func WriteExplanation(w io.Writer, traces []SentenceTrace) error {
	for i, tr := range traces {
		fmt.Fprintf(w, "%d. %s\n", i+1, oneLine(tr.Text))
		for _, l := range []struct {
			label string
			items []string
		}{{"actors", tr.Actors}, {"cues", tr.Cues}, {"issues", tr.Issues}, {"stances", tr.Stances}, {"leads", tr.Leads}} {
			if len(l.items) > 0 {
				fmt.Fprintf(w, "   %-8s %s\n", l.label+":", strings.Join(l.items, "; "))
			}
		}
		if tr.Speaker != "" {
			fmt.Fprintf(w, "   %-8s %s\n", "speaker:", tr.Speaker)
		}
		if tr.Reason != "" {
			fmt.Fprintf(w, "   %-8s %s\n", "none:", tr.Reason)
		}
		if _, err := fmt.Fprintln(w); err != nil {
			return err
		}
	}
	return nil
}

// oneLine folds a sentence's line breaks into spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// IssueTerms returns, per issue id, the phrases that raise the issue: its
// own terms and the thesaurus synonyms it took (their inflected, passive
// and nominal forms match too).
func (x *Extractor) IssueTerms() map[string][]string {
	out := map[string][]string{}
	for _, t := range x.issues.terms {
		if t.variant {
			continue
		}
		for _, i := range t.issues {
			id := x.issueIDs[i]
			out[id] = append(out[id], t.phrase)
		}
	}
	return out
}
