package extract

import "brief/report"

// provisoVerbs open a proviso after "but": "but insists the group must
// disarm first", "but would not give up weapons under fire".
var provisoVerbs = wordSetOf("provisoVerbs")

// provisoNouns in the words after "but" name a condition: "but that
// Russia's conditions were well known".
var provisoNouns = wordSetOf("provisoNouns")

// provisoModals, followed by "not", refuse a step after "but".
var provisoModals = wordSetOf("provisoModals")

// provisos turns an actor's support for an issue into a condition when the
// same clause goes on "but" to bind it: "supports the disarmament process,
// but insists the militia must surrender its arms first", "remained
// committed to disarming but would not give up weapons". The actor's
// opposition to the same issue read from the proviso goes with it: it is
// the condition, not a second position.
func (v *sentenceView) provisos(out []stanceHit) []stanceHit {
	bound := map[[2]string]bool{}
	for i, h := range out {
		if h.Position != report.Support {
			continue
		}
		if k := v.provisoAfter(h.At); k >= 0 && !v.otherIssueAfter(k, h.Issue) && !v.onlyBindsAnother(h, k) {
			out[i].Position = report.Conditional
			bound[[2]string{h.Actor, h.Issue}] = true
		}
	}
	if len(bound) == 0 {
		return out
	}
	kept := out[:0]
	for _, h := range out {
		if bound[[2]string{h.Actor, h.Issue}] && h.Position == report.Oppose {
			continue
		}
		kept = append(kept, h)
	}
	return dedupHits(kept)
}

// provisoAfter returns the token of a "but" after token at that opens a
// proviso, or -1.
func (v *sentenceView) provisoAfter(at int) int {
	for k := at + 1; k+2 < v.to; k++ {
		if v.toks[k].Lower != "but" {
			continue
		}
		j := k + 1
		if w := v.toks[j].Lower; w == "it" || w == "he" || w == "she" || w == "they" || w == "also" {
			j++ // "but it insists …"
		}
		if j >= v.to {
			return -1
		}
		w := v.toks[j].Lower
		if provisoVerbs.has(w) || restrictingWords.has(w) {
			return k // "but insisted …", "but only on its own terms"
		}
		for n := j; n < v.to && n < j+8; n++ {
			if provisoNouns.in(v.toks[n].wid) {
				return k // "open to negotiations, but that its conditions were well known"
			}
		}
		if provisoModals.has(w) && j+1 < v.to && v.toks[j+1].Lower == "not" {
			return k
		}
		return -1
	}
	return -1
}

// onlyBindsAnother reports whether the "but only …" at token k limits
// another issue named between hit h and it: in "committed to the peace
// agreement and ready for dialogue, but only if …" the dialogue is
// conditional, not the agreement.
func (v *sentenceView) onlyBindsAnother(h stanceHit, k int) bool {
	if k+1 >= v.to || !restrictingWords.in(v.toks[k+1].wid) {
		return false
	}
	for _, im := range v.issues {
		if im.From > h.At && im.To <= k && v.issueIDs[im.Issue] != h.Issue {
			return true
		}
	}
	return false
}

// restrictingWords right after "but" limit what came before it: "open to
// talks, but only on its own terms".
var restrictingWords = wordSetOf("restrictingWords")

// dedupHits drops repeated hits, keeping the first of each.
func dedupHits(hs []stanceHit) []stanceHit {
	seen := map[stanceHit]bool{}
	out := hs[:0]
	for _, h := range hs {
		key := stanceHit{Actor: h.Actor, Issue: h.Issue, Position: h.Position}
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, h)
	}
	return out
}

// otherIssueAfter reports whether the proviso opening at token k names
// another issue and not the one supported: "ready for negotiations, but
// will not consider a ceasefire" refuses the ceasefire and binds nothing.
func (v *sentenceView) otherIssueAfter(k int, issue string) bool {
	other := false
	for _, im := range v.issues {
		if im.From <= k {
			continue
		}
		if v.issueIDs[im.Issue] == issue {
			return false
		}
		other = true
	}
	return other
}
