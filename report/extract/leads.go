package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"brief/report"
)

// appendLeads appends to out the leads of sentence i, read as v, whose
// stances were hits: each actor the sentence names (not as the object of a
// preposition) or its speaker's actor, with each issue it raises, when no
// stance on that issue was decided there. A commentator's view, a question
// and an interviewer's turn take no position by rule and give no lead;
// nor does an actor a speaker of another actor talks about. The leads'
// ids are left for assembly to set.
func (x *Extractor) appendLeads(out []report.Lead, a *article, i int, v *sentenceView, hits []stanceHit, sourceID string) []report.Lead {
	if len(v.issues) == 0 || v.sp.Opinion || v.question() || v.interviewerTurn() {
		return out
	}
	var actors [8]string
	var places [8]int
	names, at := actors[:0], places[:0] // each actor and where the sentence names it
	name := func(actor string, k int) {
		if actor != "" && !containsString(names, actor) {
			names, at = append(names, actor), append(at, k)
		}
	}
	for _, m := range v.ms {
		if m.PrepObject {
			continue // "talks with the TTP", "pressure on Pakistan": rarely the holder
		}
		name(m.Actor, m.From)
		name(m.Pair, m.From)
		for _, g := range m.Group {
			name(g, m.From)
		}
	}
	for sp := &v.sp; sp != nil; sp = sp.next {
		name(sp.Speaker, sp.From) // a speaker carried from before ("he said"): its words
	}
	if len(names) == 0 {
		return out
	}
	// What every lead of the sentence shares, made for its first lead:
	// most sentences with an actor and an issue have their stance.
	var reason report.LeadReason
	var detail string
	// Each actor's speaker and speaker's actor, by its place in names,
	// looked up where the sentence names the actor: "After the talks, X
	// said that the TTP …" is X's account of the TTP, whichever issue.
	var speakers [8][2]string
	var found [8]bool
	// The model's suggestion for each lead, scored with the rules'
	// stances only (a stance the model wrote is none of its features).
	var sc candidateScorer
	ruled := hits
	byModel := func(h stanceHit) bool { return h.Rule == "model" }
	if slices.ContainsFunc(hits, byModel) {
		ruled = slices.DeleteFunc(slices.Clone(hits), byModel)
	}
	for k, im := range v.issues {
		issue := x.issueIDs[im.Issue]
		if firstIssue(v.issues, im.Issue) != k {
			continue // the issue raised twice: one lead an actor
		}
		if decided(hits, "", issue) {
			// Another actor's position on it was read: those the sentence
			// names beside it are mostly whom it is asked of or said about
			// ("Pakistan urged the Taliban to act against the TTP"). On the
			// development sets this dropped a quarter of the leads and
			// 7 of the 87 missed positions they pointed to.
			continue
		}
		for n, actor := range names {
			if reason == "" {
				reason, detail = leadReason(v, hits)
			}
			var sp [2]string
			switch {
			case v.sp.Speaker == "":
			case n < len(speakers) && found[n]:
				sp = speakers[n]
			default:
				sp[0], sp[1] = a.speakerOf(i, at[n], actor, v.voice)
				if n < len(speakers) {
					speakers[n], found[n] = sp, true
				}
			}
			if sp[1] != "" && sp[1] != actor {
				continue // a speaker's words about another actor: mostly an account or an accusation, and the speaker's own lead stays
			}
			l := report.Lead{Actor: actor, Issue: issue, Reason: reason, Detail: detail,
				Speaker: sp[0], SpeakerActor: sp[1],
				Citation: report.Citation{Source: sourceID, Quote: a.sents[i].Text}}
			if x.suggest != nil {
				pos, p := sc.score(x.suggest, v, ruled, candidate{Actor: actor, Issue: im.Issue, At: im.From})
				if c := math.Round(p*100) / 100; c > 0 { // a guess at 0.00 is none
					l.Suggested, l.Confidence = pos, c
				}
			}
			out = append(out, l)
		}
	}
	return out
}

// firstIssue returns the index of the first mention of issue in ms.
func firstIssue(ms []issueMention, issue int) int {
	for k, im := range ms {
		if im.Issue == issue {
			return k
		}
	}
	return -1
}

// decided reports whether a stance of actor (any actor, for "") on issue
// is among hits.
func decided(hits []stanceHit, actor, issue string) bool {
	for _, h := range hits {
		if (actor == "" || h.Actor == actor) && h.Issue == issue {
			return true
		}
	}
	return false
}

// outOfReach begins the refusal of a cue that reaches no issue term: a
// cue about something else, which tells nothing of why the issue got no
// position.
const outOfReach = "no issue term within its reach"

// maxLeadDetails is how many refused cues a lead's detail names.
const maxLeadDetails = 2

// leadReason says, as noStanceReason does for --explain, why a sentence
// that raises an issue gave an actor no position on it: no cue; a cue a
// rule refused (which, and why); or a cue no rule joined to the actor and
// the issue (and what the sentence gave instead).
func leadReason(v *sentenceView, hits []stanceHit) (report.LeadReason, string) {
	if len(v.cues) == 0 {
		return report.LeadNoCue, ""
	}
	var why []string
	for _, r := range v.refusals {
		if len(why) < maxLeadDetails && !strings.HasPrefix(r.why, outOfReach) {
			why = append(why, strconv.Quote(spanOf(v.toks, r.from, r.to))+": "+r.why)
		}
	}
	switch {
	case len(why) > 0:
		return report.LeadCueRefused, strings.Join(why, "; ")
	case len(hits) > 0:
		read := "read instead: "
		for k, h := range hits[:min(len(hits), maxLeadDetails)] {
			if k > 0 {
				read += "; "
			}
			read += h.Actor + " · " + h.Issue + ": " + string(h.Position)
		}
		return report.LeadNotJoined, read
	}
	return report.LeadNotJoined, ""
}
