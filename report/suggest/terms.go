package suggest

import (
	"slices"
	"sort"
	"strings"

	"brief/report/extract"
)

// unit is one word of a cue's object, or a hyphenated compound
// ("short-term"), by index into a sentence's words [from, to).
type unit struct {
	from, to int
	lemma    string // the words' lemmas joined by "-"
	joiner   bool   // "of", "the": inside a phrase only
	mention  bool   // part of an actor mention
	lower    bool   // written in lower case
	generic  bool   // a generic word (genericWords)
	adverb   bool   // a word in -ly: never a term by itself
}

// termCandidate is one group of phrases (by content lemmas) met after
// cues in sentences with no issue term.
type termCandidate struct {
	key       string   // sorted content lemmas, space-separated
	lemmas    []string // the same, as a list
	common    []string // the lemmas of its words in lower case (no names)
	articles  map[int]bool
	sentences int
	forms     map[string]int // surface forms and how often
	first     place
	neighbour map[string]int // issue id → sentences around its uses that raise it
}

// place is where an example was met.
type place struct{ art, sent int }

// gapSentence reports whether a sentence has a party and a cue and is
// no commentator's view: a cue of it that governs no issue term may show
// words the configuration lacks (see openCue).
func gapSentence(p *extract.SentenceParts) bool {
	return !p.Opinion && len(p.Cues) > 0 && (len(p.Mentions) > 0 || p.Speaker != "")
}

// openCue reports whether no issue term starts among the words a cue
// governs (objectUnits): "called for the release of the captives" when no
// term names captives.
func openCue(p *extract.SentenceParts, cue extract.PartSpan, us []unit) bool {
	from, to := cue.From, cue.To
	if len(us) > 0 {
		from, to = min(from, us[0].from), max(to, us[len(us)-1].to)
	}
	for _, is := range p.Issues {
		if is.From < to && is.To > from {
			return false
		}
	}
	return true
}

// objectUnits returns the units a cue governs: the words after it up to
// the end of its clause, at most maxObject words; or, when none follow,
// the words just before it back to the clause's start or a party's name
// (a passive: "unless more captives are freed").
func objectUnits(p *extract.SentenceParts, cue extract.PartSpan) []unit {
	const maxObject, maxBefore = 10, 5
	inMention, cueAt := covered(p, p.Mentions), covered(p, p.Cues)
	stop := func(k int) bool {
		w := p.Words[k]
		return !w.Word || clauseStops[w.Lower] || w.Speech || cueAt[k]
	}
	from, to := cue.To, cue.To
	for to < min(len(p.Words), cue.To+maxObject) {
		if stop(to) {
			if p.Words[to].Text == "-" && to > from && to+1 < len(p.Words) && p.Words[to+1].Word {
				to++ // a hyphen inside a compound
				continue
			}
			break
		}
		to++
	}
	if !hasContent(p, from, to) {
		from, to = cue.From, cue.From
		for from > max(0, cue.From-maxBefore) && !stop(from-1) && !inMention[from-1] {
			from--
		}
	}
	return units(p, from, to, inMention)
}

// covered marks the words of p that spans cover.
func covered(p *extract.SentenceParts, spans []extract.PartSpan) []bool {
	in := make([]bool, len(p.Words))
	for _, s := range spans {
		for k := max(s.From, 0); k < min(s.To, len(p.Words)); k++ {
			in[k] = true
		}
	}
	return in
}

// hasContent reports whether words [from, to) hold a content word.
func hasContent(p *extract.SentenceParts, from, to int) bool {
	for _, w := range p.Words[from:to] {
		if w.Word && !functionWords[w.Lower] && !isNumber(w.Lower) {
			return true
		}
	}
	return false
}

// units cuts words [from, to) into units: hyphenated compounds joined,
// joiners and other function words marked.
func units(p *extract.SentenceParts, from, to int, inMention []bool) []unit {
	var out []unit
	for k := from; k < to; k++ {
		w := p.Words[k]
		if !w.Word {
			continue
		}
		if cutCompound(p, from, to, k) {
			continue // "re" of "re-engage" whose "engage" is the cue: half a word is no term
		}
		u := unit{from: k, to: k + 1, lemma: w.Lemma, mention: inMention[k], lower: !w.Title}
		if n := len(out); n > 0 && k > 0 && p.Words[k-1].Text == "-" && out[n-1].to == k-1 && !out[n-1].joiner {
			prev := &out[n-1]
			prev.to, prev.lemma = k+1, prev.lemma+"-"+w.Lemma
			prev.mention = prev.mention || u.mention
			prev.lower = prev.lower && u.lower
			prev.generic = false
			continue
		}
		switch {
		case joiners[w.Lower]:
			u.joiner = true
		case functionWords[w.Lower] || isNumber(w.Lower):
			u.joiner, u.lemma = true, "" // breaks a phrase (see phrases)
		default:
			u.generic = genericWords[w.Lower]
			u.adverb = strings.HasSuffix(w.Lower, "ly")
		}
		out = append(out, u)
	}
	return out
}

// cutCompound reports whether word k is part of a hyphenated compound
// whose other part lies outside words [from, to).
func cutCompound(p *extract.SentenceParts, from, to, k int) bool {
	hyphen := func(i int) bool { return i >= 0 && i < len(p.Words) && p.Words[i].Text == "-" }
	return hyphen(k+1) && k+2 >= to && k+2 < len(p.Words) && p.Words[k+2].Word ||
		hyphen(k-1) && k-2 < from && k-2 >= 0 && p.Words[k-2].Word
}

// isNumber reports whether a word is written with digits.
func isNumber(w string) bool {
	return strings.ContainsAny(w, "0123456789")
}

// phrases returns the candidate phrases among units: runs of one to
// three content units, with joiners ("of", "the") only inside, at least
// one of them a lower-case, non-generic word of no actor's name. A phrase
// starts with no actor's name ("Rwanda of arming") and takes a
// capitalised word only first or after "of" ("Jeddah talks", "release of
// Suu Kyi", not "coup leader Senior"). Each is returned as its first and
// last unit.
func phrases(us []unit) [][2]int {
	var out [][2]int
	for s := range us {
		if us[s].joiner || us[s].mention || us[s].adverb {
			continue
		}
		content := 0
		for e := s; e < len(us) && content < 3; e++ {
			u := us[e]
			if u.joiner && u.lemma == "" {
				break // a function word other than a joiner ends the phrase
			}
			if u.joiner {
				if us[e-1].mention || !us[e-1].lower && u.lemma == "of" {
					break // "Rwanda of", "ASEAN of": an accusation's object, not a term
				}
				continue
			}
			if e > s && (!u.lower || u.mention) && us[e-1].lemma != "of" && (us[e-1].joiner || us[e-1].lower && !u.mention) {
				break // a name after a common noun or "in": "coup leader Senior General", "ceasefire in Bannu"
			}
			content++
			if specific(us[s:e+1]) && !u.adverb {
				out = append(out, [2]int{s, e})
			}
		}
	}
	return out
}

// specific reports whether units hold a word that can carry a term: in
// lower case, not generic, not part of a name.
func specific(us []unit) bool {
	for _, u := range us {
		if !u.joiner && u.lower && !u.generic && !u.mention && !u.adverb {
			return true
		}
	}
	return false
}

// surface writes words [from, to) as a phrase: spaces between words, none
// around hyphens.
func surface(ws []extract.PartWord, from, to int) string {
	var b strings.Builder
	for k := from; k < to; k++ {
		t := ws[k].Text
		if k > from && t != "-" && ws[k-1].Text != "-" {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

// keyOf returns the sorted, distinct content lemmas of units, all and
// those of words in lower case.
func keyOf(us []unit) (all, common []string) {
	for _, u := range us {
		if !u.joiner && !slices.Contains(all, u.lemma) {
			all = append(all, u.lemma)
			if u.lower && !u.mention {
				common = append(common, u.lemma)
			}
		}
	}
	sort.Strings(all)
	return all, common
}

// termCandidates gathers the phrases after cues in every gap sentence.
func termCandidates(arts []article) map[string]*termCandidate {
	out := map[string]*termCandidate{}
	for ai := range arts {
		a := &arts[ai]
		for si := range a.parts {
			p := &a.parts[si]
			if !gapSentence(p) {
				continue
			}
			seen := map[string]bool{} // one count per sentence
			for _, cue := range p.Cues {
				us := objectUnits(p, cue)
				if !openCue(p, cue, us) {
					continue
				}
				for _, ph := range phrases(us) {
					lemmas, common := keyOf(us[ph[0] : ph[1]+1])
					key := strings.Join(lemmas, " ")
					if seen[key] {
						continue
					}
					seen[key] = true
					c := out[key]
					if c == nil {
						c = &termCandidate{key: key, lemmas: lemmas, common: common, articles: map[int]bool{}, forms: map[string]int{},
							first: place{ai, si}, neighbour: map[string]int{}}
						out[key] = c
					}
					c.articles[ai] = true
					c.sentences++
					c.forms[strings.ToLower(surface(p.Words, us[ph[0]].from, us[ph[1]].to))]++
					for _, n := range []int{si - 1, si + 1} {
						if n >= 0 && n < len(a.parts) {
							for _, is := range distinctLabels(a.parts[n].Issues) {
								c.neighbour[is]++
							}
						}
					}
				}
			}
		}
	}
	return out
}

// distinctLabels returns the distinct labels of spans, in order.
func distinctLabels(spans []extract.PartSpan) []string {
	var out []string
	for _, s := range spans {
		if !slices.Contains(out, s.Label) {
			out = append(out, s.Label)
		}
	}
	return out
}

// form returns a candidate's most frequent surface form; ties go to the
// shortest, then the first in order.
func (c *termCandidate) form() string {
	best, n := "", 0
	for f, k := range c.forms {
		if k > n || k == n && (len(f) < len(best) || len(f) == len(best) && f < best) {
			best, n = f, k
		}
	}
	return best
}
