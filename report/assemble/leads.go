package assemble

import (
	"cmp"
	"slices"
	"strings"

	"brief/report"
)

// mergeLeads gathers every lead of the period's articles (arts, oldest
// first) for b, whose stances and matrix are made: one lead per actor,
// issue and sentence (a sentence two sources print is one lead, citing
// the earlier), and none where b holds a stance of that actor on that
// issue citing the same sentence. It caps nothing: capLeads does, after
// an analyst's review has found the leads it decides on.
func mergeLeads(arts []Article, b *report.Brief) []report.Lead {
	total := 0
	for _, a := range arts {
		total += len(a.Facts.Leads)
	}
	if total == 0 {
		return nil
	}
	read := map[string]bool{} // actor, issue and sentence of each stance
	for _, s := range b.Stances {
		for _, c := range s.Citations {
			read[leadKey(s.Actor, s.Issue, c.Quote)] = true
		}
	}
	var leads []report.Lead
	seen := map[string]bool{}
	for _, a := range arts {
		for _, l := range a.Facts.Leads {
			key := leadKey(l.Actor, l.Issue, l.Citation.Quote)
			if seen[key] || read[key] {
				continue
			}
			seen[key] = true
			l.ID = report.FactID("l", key)
			leads = append(leads, l)
		}
	}
	return leads
}

// capLeads keeps the most telling of b's leads when there are more than a
// brief lists — first those of an actor and issue b's matrix has no cell
// for, then the likeliest to hold a position (the stance model's
// Confidence in its suggestion: on fresh text it puts more real
// positions first than the reason does), then by reason
// (report.LeadReasons' order), then those whose
// sentence is the actor's own speaker's, then the newest (by their
// source's place in arts, oldest first) — at most report.MaxLeadsPerCell
// of one actor on one issue and report.MaxLeads in all, and counts the
// rest in b.LeadsOmitted. A lead that holds an analyst's review (a
// Position that could not be read) is kept and takes no place; leads an
// analyst read as stances or rejected have left b.Leads already. The
// leads kept are in the configured order of actors and issues, each
// cell's most telling first.
//
// The ranking needs every lead's Confidence, not only the kept ones': a
// cell over its cap keeps its likeliest, and the likeliest of all fill
// the brief's. Extraction scores each lead (extract's appendLeads) while
// it has the sentence read, and the cache keeps the scores with the
// article's facts, so a later run scores only new articles' leads; to
// score here only what the caps keep would mean reading the sentences
// again, which costs more than the scoring (about 4% of extraction's CPU
// time in session 15's measure).
func capLeads(b *report.Brief, arts []Article) {
	b.LeadsOmitted = 0
	if len(b.Leads) == 0 {
		return
	}
	age := make(map[string]int, len(arts))
	for i, a := range arts {
		age[a.Source.ID] = i
	}
	hasCell := map[[2]string]bool{}
	for _, c := range b.Matrix {
		hasCell[[2]string{c.Actor, c.Issue}] = true
	}
	reason := func(r report.LeadReason) int { return indexOr(report.LeadReasons, r) }
	rank := func(x, y *report.Lead) int {
		return cmp.Or(
			compareBool(!hasCell[[2]string{x.Actor, x.Issue}], !hasCell[[2]string{y.Actor, y.Issue}]),
			-cmp.Compare(x.Confidence, y.Confidence),
			cmp.Compare(reason(x.Reason), reason(y.Reason)),
			compareBool(x.SpeakerActor == x.Actor, y.SpeakerActor == y.Actor),
			-cmp.Compare(age[x.Citation.Source], age[y.Citation.Source]),
		)
	}
	leads := b.Leads
	slices.SortStableFunc(leads, func(x, y report.Lead) int { return rank(&x, &y) })
	perCell := map[[2]string]int{}
	kept, taken := leads[:0], 0
	for _, l := range leads {
		cell := [2]string{l.Actor, l.Issue}
		switch {
		case l.Review != nil:
		case taken >= report.MaxLeads || perCell[cell] >= report.MaxLeadsPerCell:
			b.LeadsOmitted++
			continue
		default:
			taken++
			perCell[cell]++
		}
		kept = append(kept, l)
	}
	actors, issues := places(actorNames(b.Actors)), places(issueIDs(b.Issues))
	place := func(at map[string]int, s string) int {
		if i, ok := at[s]; ok {
			return i
		}
		return len(at)
	}
	slices.SortStableFunc(kept, func(x, y report.Lead) int {
		return cmp.Or(cmp.Compare(place(actors, x.Actor), place(actors, y.Actor)), strings.Compare(x.Actor, y.Actor),
			cmp.Compare(place(issues, x.Issue), place(issues, y.Issue)), strings.Compare(x.Issue, y.Issue),
			rank(&x, &y))
	})
	clear(leads[len(kept):])
	b.Leads = kept
}

// places maps each name to its place in names (the first, for one given
// twice).
func places(names []string) map[string]int {
	at := make(map[string]int, len(names))
	for i, n := range names {
		if _, ok := at[n]; !ok {
			at[n] = i
		}
	}
	return at
}

// leadKey is what makes a lead one: its actor, its issue and its
// sentence, whichever source prints it.
func leadKey(actor, issue, quote string) string {
	return actor + "|" + issue + "|" + report.Normalise(quote)
}

// compareBool orders true before false.
func compareBool(x, y bool) int {
	switch {
	case x == y:
		return 0
	case x:
		return -1
	}
	return 1
}
