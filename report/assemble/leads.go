package assemble

import (
	"cmp"
	"slices"
	"strings"

	"brief/report"
)

// mergeLeads gathers the leads of the period's articles (arts, oldest
// first) for b, whose stances and matrix are made: one lead per actor,
// issue and sentence (a sentence two sources print is one lead, citing
// the earlier), and none where b holds a stance of that actor on that
// issue citing the same sentence. When there are more than a brief lists,
// the most telling are kept — first those of an actor and issue the
// matrix has no cell for, then by reason (report.LeadReasons' order),
// then those whose sentence is the actor's own speaker's, then the newest
// — at most report.MaxLeadsPerCell of one actor on one issue and
// report.MaxLeads in all; the rest are counted. The leads kept are in the
// configured order of actors and issues, each cell's most telling first.
func mergeLeads(arts []Article, b *report.Brief) (leads []report.Lead, omitted int) {
	total := 0
	for _, a := range arts {
		total += len(a.Facts.Leads)
	}
	if total == 0 {
		return nil, 0
	}
	read := map[string]bool{} // actor, issue and sentence of each stance
	for _, s := range b.Stances {
		for _, c := range s.Citations {
			read[leadKey(s.Actor, s.Issue, c.Quote)] = true
		}
	}
	type ranked struct {
		lead report.Lead
		age  int // the article's place, newest last
	}
	var all []ranked
	seen := map[string]bool{}
	for i, a := range arts {
		for _, l := range a.Facts.Leads {
			key := leadKey(l.Actor, l.Issue, l.Citation.Quote)
			if seen[key] || read[key] {
				continue
			}
			seen[key] = true
			l.ID = report.FactID("l", key)
			all = append(all, ranked{l, i})
		}
	}
	hasCell := map[[2]string]bool{}
	for _, c := range b.Matrix {
		hasCell[[2]string{c.Actor, c.Issue}] = true
	}
	reason := func(r report.LeadReason) int { return indexOr(report.LeadReasons, r) }
	rank := func(x, y ranked) int {
		return cmp.Or(
			compareBool(!hasCell[[2]string{x.lead.Actor, x.lead.Issue}], !hasCell[[2]string{y.lead.Actor, y.lead.Issue}]),
			cmp.Compare(reason(x.lead.Reason), reason(y.lead.Reason)),
			compareBool(x.lead.SpeakerActor == x.lead.Actor, y.lead.SpeakerActor == y.lead.Actor),
			-cmp.Compare(x.age, y.age),
		)
	}
	slices.SortStableFunc(all, rank)
	perCell := map[[2]string]int{}
	kept := all[:0]
	for _, r := range all {
		cell := [2]string{r.lead.Actor, r.lead.Issue}
		if len(kept) >= report.MaxLeads || perCell[cell] >= report.MaxLeadsPerCell {
			omitted++
			continue
		}
		perCell[cell]++
		kept = append(kept, r)
	}
	actor := func(a string) int { return indexOr(actorNames(b.Actors), a) }
	issue := func(i string) int { return indexOr(issueIDs(b.Issues), i) }
	slices.SortStableFunc(kept, func(x, y ranked) int {
		return cmp.Or(cmp.Compare(actor(x.lead.Actor), actor(y.lead.Actor)), strings.Compare(x.lead.Actor, y.lead.Actor),
			cmp.Compare(issue(x.lead.Issue), issue(y.lead.Issue)), strings.Compare(x.lead.Issue, y.lead.Issue),
			rank(x, y))
	})
	leads = make([]report.Lead, len(kept))
	for i, r := range kept {
		leads[i] = r.lead
	}
	return leads, omitted
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
