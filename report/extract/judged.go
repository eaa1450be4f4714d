package extract

import (
	"strings"

	"brief/report"
)

// A judgement of another actor's deed: "commended Kenya for leading the
// force", "thanked Qatar for its role in the talks", "condemned Hamas for
// rejecting the truce". The deed after "for" is the judged actor's own:
// its cue takes that actor as subject, and a deed with no cue ("leading",
// "hosting", "its role in") is taking part. The judge's position on the
// issue follows the deed's: praising a refusal opposes the issue,
// condemning one supports it.

// judgedFor finds, for a deed that starts at token i, the "for" before it
// and the actor judged: a judgement cue, the actor ("thanked Qatar", "is
// grateful to Qatar"), "for", then at most judgedDeedReach words of the
// deed. It returns the index of "for" and the actor's mention.
func (v *sentenceView) judgedFor(i int) (int, actorMention, bool) {
	for f := i - 1; f >= v.from && f >= i-judgedDeedReach; f-- {
		t := v.toks[f]
		if t.Lower == "for" {
			return v.judgedBefore(f)
		}
		if !t.Word || t.Lower == "and" {
			return 0, actorMention{}, false
		}
	}
	return 0, actorMention{}, false
}

// judgedBefore returns the actor a judgement cue names right before the
// "for" at f.
func (v *sentenceView) judgedBefore(f int) (int, actorMention, bool) {
	m, ok := mentionAt(v.ms, f-1)
	if !ok || m.To != f || m.Poss {
		return 0, actorMention{}, false
	}
	end := m.From
	if end > v.from && v.toks[end-1].Lower == "to" {
		end-- // "grateful to Qatar for"
	}
	for _, c := range v.cues {
		if c.To == end && judgeCues.has(v.table.list[c.Value].phrase) {
			return f, m, true
		}
	}
	return 0, actorMention{}, false
}

// judgedDeed returns the index of the "for" that opens a judged actor's
// deed between a judgement cue ending at i and the issue at k, or -1.
func (v *sentenceView) judgedDeed(c cue, i, k int) int {
	if !judgeCues.has(c.phrase) {
		return -1
	}
	if f, _, ok := v.judgedFor(k); ok && f >= i {
		return f
	}
	for _, m := range v.cues {
		if m.From > i && m.To <= k {
			if f, _, ok := v.judgedFor(m.From); ok && f >= i {
				return f
			}
		}
	}
	return -1
}

// deedPosition returns the position a judge holds on the issue of a deed
// it judges: the deed's own cue, if one stands between the "for" at f and
// the issue at k, turns it (praising a refusal opposes the issue,
// condemning one supports it).
func (v *sentenceView) deedPosition(pos report.Position, f, k int) report.Position {
	if !v.opposedBetween(f, k) {
		return pos
	}
	switch pos {
	case report.Support:
		return report.Oppose
	case report.Oppose:
		return report.Support
	}
	return pos
}

// judgedSubject returns the judged actor as the subject of a deed cue at
// token i ("condemned Hamas for rejecting the truce": Hamas rejects it),
// with the actors coordinated with it.
func (v *sentenceView) judgedSubject(i int) []string {
	if _, m, ok := v.judgedFor(i); ok {
		return v.withConjuncts(m, v.from)
	}
	return nil
}

// judgedPart returns the judged actors that take part in an issue whose
// deed has no cue: "thanked Qatar for hosting the talks", "commended
// Kenya for its leadership of the force".
func (v *sentenceView) judgedPart(im issueMention) []string {
	f, m, ok := v.judgedFor(im.From)
	if !ok {
		return nil
	}
	for k := f + 1; k < im.From; k++ {
		if w := v.toks[k].Lower; negators.has(w) || strings.HasSuffix(w, "n't") {
			return nil // "thanked Qatar for not hosting the talks"
		}
	}
	return v.withConjuncts(m, v.from)
}

// judgeCues judge another actor's deed named after "for".
var judgeCues = wordSetOf("judgeCues")

// judgedDeedReach is how many words a deed may take after "for" before
// its issue: "for its steadfast leadership of".
const judgedDeedReach = 5

// judgeOf returns the subjects of a judgement cue earlier in the clause
// of a claim: to commend or condemn a deed is to take its facts as true
// ("commended the navy for its seizure of Iranian weapons" asserts that
// the weapons were Iranian).
func (v *sentenceView) judgeOf(im issueMention) []string {
	cs, _ := v.clause(im.From)
	for _, c := range v.cues {
		if c.From < cs || c.To > im.From || !judgeCues.has(v.table.list[c.Value].phrase) {
			continue
		}
		if v.negatedBefore(c.From, 3) || v.hedged(c.From) {
			return nil
		}
		return v.subjectOf(c.From, cueVerb)
	}
	return nil
}
