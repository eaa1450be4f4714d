package extract

import (
	"brief/report"

	"sort"
	"strings"

	"brief/report/extract/lexicon"
)

// cueKind says how a cue finds its subject and its issue.
type cueKind int

const (
	cueVerb      cueKind = iota // "urged", "rejected": subject before, issue after
	cueAdjective                // "keen to", "reluctant to": subject before a copula
	cueNoun                     // "refusal to", "call for": subject possessive or before
	cueCondition                // "only if": issue before is conditional, issue after demanded
	cueDeny                     // "reject the claim that": the claim after is denied
	cueAssert                   // "evidence of", "accused X of": the claim after is supported
)

// cue is a phrase that shows a position.
type cue struct {
	phrase   string
	position report.Position
	kind     cueKind
	needTo   bool // a demand that needs "to"/"for" before its issue ("urged X to …")
	// converted marks a cue converted from CAMEO; it counts only in a
	// verb's form (verbForm).
	converted bool
}

// targetCues say nothing unless another actor stands between them and the
// issue: "expects the Taliban to crack down", not "expects talks to resume".
var targetCues = wordSetOf("targetCues")

// cues come from the lexicon (lexicon/en.toml, cameo.toml).

// hedges before a cue make it a belief, a guess or a hypothesis, not a
// position: "he believed Putin wanted the deal to continue", "if Pakistan
// rejects talks, …".
var hedges = wordSetOf("hedges")

// negators before a cue turn support into opposition and void the others.
var negators = wordSetOf("negators")

// copulas and cueAdverbs that may stand between a subject and an adjective cue.
var copulas = wordSetOf("copulas")
var cueAdverbs = wordSetOf("cueAdverbs")

// cueTable is the position lexicon an Extractor reads by: the cues, and
// an index of their phrases.
type cueTable struct {
	list  []cue
	set   *phraseSet
	index map[string]int // phrase → index in list
	// onlyConditions maps the conjunction of each condition cue "only X"
	// ("once", "if", "after") to the cue's index.
	onlyConditions map[string]int
}

// cueKinds maps the lexicon's shapes to the rules' kinds.
var cueKinds = map[lexicon.Shape]cueKind{
	lexicon.ShapeVerb: cueVerb, lexicon.ShapeAdjective: cueAdjective, lexicon.ShapeNoun: cueNoun,
	lexicon.ShapeCondition: cueCondition, lexicon.ShapeDeny: cueDeny, lexicon.ShapeAssert: cueAssert,
}

// newCueTable indexes a lexicon's cues. The first cue of a phrase wins.
func newCueTable(lex *lexicon.Lexicon) *cueTable {
	t := &cueTable{set: newPhraseSet(true), index: map[string]int{}, onlyConditions: map[string]int{}}
	t.set.adverbs = true
	for _, c := range lex.Cues {
		if _, dup := t.index[c.Phrase]; dup {
			continue
		}
		t.index[c.Phrase] = len(t.list)
		t.set.add(c.Phrase, len(t.list))
		if w, ok := strings.CutPrefix(c.Phrase, "only "); ok && c.Shape == lexicon.ShapeCondition && !strings.Contains(w, " ") {
			t.onlyConditions[w] = len(t.list)
		}
		t.list = append(t.list, cue{phrase: c.Phrase, position: report.Position(c.Position), kind: cueKinds[c.Shape], needTo: c.NeedsTo,
			converted: c.CAMEO != ""})
	}
	t.addIrregularPasts(lex.Irregular)
	return t
}

// addIrregularPasts adds, for each verb cue whose first word has irregular
// simple past forms (lexicon irregular, irregularPast but pastParticiples),
// the cue in those forms,
// which the stemmer does not join to their base: "sought security
// guarantees" as "seek", "broke off talks" as "break off". A form already
// listed keeps its own entry.
func (t *cueTable) addIrregularPasts(irregular map[string]string) {
	pasts := map[string][]string{} // base → its irregular past forms
	for form, base := range irregular {
		if irregularPast.has(form) && !pastParticiples.has(form) {
			pasts[base] = append(pasts[base], form)
		}
	}
	for _, forms := range pasts {
		sort.Strings(forms) // a stable order of registration
	}
	n := len(t.list)
	for i := 0; i < n; i++ {
		c := t.list[i]
		first, rest, _ := strings.Cut(c.phrase, " ")
		if c.kind != cueVerb {
			continue
		}
		for _, form := range pasts[first] {
			phrase := strings.TrimSpace(form + " " + rest)
			if _, dup := t.index[phrase]; dup {
				continue
			}
			v := c
			v.phrase = phrase
			t.index[phrase] = len(t.list)
			t.set.add(phrase, len(t.list))
			t.list = append(t.list, v)
		}
	}
}

// find returns the cues of toks, with the negative cues a quotation mark
// parts.
func (t *cueTable) find(toks []token) []phraseMatch {
	ms := t.set.findAll(toks, 0, len(toks))
	out := ms[:0]
	for _, m := range ms {
		if m.From > 1 && toks[m.From-1].Lower == "-" && toks[m.From-1].End == toks[m.From].Start &&
			(toks[m.From-2].Title || toks[m.From-2].Caps || strings.HasSuffix(toks[m.From-2].Lower, "ly")) {
			continue // "the Rwanda-backed group", "the widely-criticized vote": an adjective of the compound, no verb
		}
		c := t.list[m.Value]
		if c.kind == cueVerb && m.From > 0 && indefiniteOrThe(toks[m.From-1].Lower) &&
			(pastForm(toks[m.From].Lower) || pastForm(firstWord(c.phrase))) {
			continue // "a proposed truce", "the agreed ceasefire", "an end" for the cue "ended": no one's act
		}
		if c.kind == cueVerb && m.From > 0 && prepositions.in(toks[m.From-1].wid) && toks[m.From-1].Lower != "to" &&
			!strings.HasSuffix(toks[m.From].Lower, "ing") {
			continue // "in advance of a fresh offensive", "with support from": a noun after a preposition, no verb
		}
		if c.kind == cueVerb && nounCompound(toks, m) {
			continue // "his press briefing": a noun before a noun, no verb
		}
		if resultCues.has(c.phrase) && m.To < len(toks) && toks[m.To].Lower == "to" {
			continue // "the attack led to the capture of hostages": a result, no part taken
		}
		if c.kind == cueNoun && m.From > 1 && indefiniteOrThe(toks[m.From-1].Lower) && timePrepositions.in(toks[m.From-2].wid) {
			continue // "until the end of the rainy season": a time, no act
		}
		if !c.converted || verbForm(toks, m.From) {
			out = append(out, m)
		}
	}
	return t.splitConditions(toks, t.quotedNegations(toks, t.aimsAtHarm(toks, out)))
}

// aimsAtHarm drops a supporting verb cue whose "to" opens a harm act that
// is a cue itself: in "vowed to derail the transition", "have sought to
// undermine the talks" the subject's aim is the harm, read by the harm
// verb's cue. ms are in order.
func (t *cueTable) aimsAtHarm(toks []token, ms []phraseMatch) []phraseMatch {
	out := ms[:0]
	for i, m := range ms {
		c := t.list[m.Value]
		if c.kind == cueVerb && c.position == report.Support && i+1 < len(ms) && m.To+1 < len(toks) &&
			toks[m.To].Lower == "to" && ms[i+1].From == m.To+1 && harmActs.in(toks[m.To+1].wid) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// splitConditions adds the conditions whose "only" stands apart from its
// conjunction: "would only leave the town once the militia disarms" reads as
// "only once". ms are in order; the result stays in order.
func (t *cueTable) splitConditions(toks []token, ms []phraseMatch) []phraseMatch {
	var add []phraseMatch
	lastOnly := -1 // the last "only" at or before token k-2
	for k := 2; k < len(toks); k++ {
		if toks[k-2].Lower == "only" {
			lastOnly = k - 2
		}
		if lastOnly < 0 || lastOnly < k-5 {
			continue // no "only" within reach: the search below finds none
		}
		i, ok := t.onlyConditions[toks[k].Lower]
		if !ok || toks[k-1].Lower == "only" {
			continue
		}
		for j := k - 2; j >= 0 && j >= k-5; j-- {
			if !toks[j].Word {
				break
			}
			if toks[j].Lower == "only" {
				add = append(add, phraseMatch{From: k, To: k + 1, Value: i})
				break
			}
		}
	}
	if add == nil {
		return ms
	}
	out := append(ms, add...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].From < out[j].From })
	return out
}

// verbForm reports whether the word at i is used as a verb with a subject
// before it, for the cues converted from CAMEO's verb dictionary, many of
// whose verbs are nouns too ("aid", "plan", "armed groups"): after "to", a
// modal or an auxiliary; a past form, not after a determiner and not
// opening a sentence; a third-person "-s" form after a name or a
// pronoun; an "-ing" form after a form of "be" or a comma.
func verbForm(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	w, prev := toks[i].Lower, toks[i-1]
	switch {
	case verbOpeners.in(prev.wid):
		return true
	case prev.Lower == "." || prev.Lower == "\n" || articles.in(prev.wid) || !prev.Word && prev.Lower != ",":
		return false
	case pastForm(w):
		return !toks[i].Title
	case strings.HasSuffix(w, "ing"):
		return prev.Lower == "," || beForms.in(prev.wid)
	case strings.HasSuffix(w, "s"):
		return prev.Title || prev.Caps || thirdPronouns.in(prev.wid)
	}
	return (prev.Title || prev.Caps) && coordinatedNames(toks, i-1) // "Kinshasa and the UN accuse Rwanda"
}

// coordinatedNames reports whether the name that ends at token k is the
// last of names joined by "and" ("Kinshasa and the UN"): a plural subject,
// whose verb has no "-s".
func coordinatedNames(toks []token, k int) bool {
	for j := k - 1; j > 0 && j >= k-6; j-- {
		switch t := toks[j]; {
		case t.Lower == "and":
			return toks[j-1].Title || toks[j-1].Caps
		case !t.Word || !(t.Title || t.Caps || t.Lower == "the" || t.Lower == "of"):
			return false
		}
	}
	return false
}

// nounCompound reports whether a verb cue stands as the first noun of a
// compound after a determiner: "his press briefing", "a support
// package" — but "a pledge to withdraw", "their support for the talks" and
// "the support." keep the cue's reading.
func nounCompound(toks []token, m phraseMatch) bool {
	if m.From == 0 || m.To >= len(toks) {
		return false
	}
	if prev := toks[m.From-1].Lower; !articles.has(prev) || prev == "that" {
		return false // "a deal that promised the release": a relative's verb
	}
	next := toks[m.To]
	return next.Word && !next.Title && !articles.in(next.wid) && !prepositions.in(next.wid) && !clauseBreaks.in(next.wid) &&
		!strings.HasSuffix(next.Lower, "ly")
}

// pastParticiples take no verb cue of their own: "had taken part" is history.
var pastParticiples = wordSetOf("pastParticiples")

// resultCues followed by "to" tell a result: "led to the capture of".
var resultCues = wordSetOf("resultCues")

// timePrepositions before a noun cue make it a time: "until the end of".
var timePrepositions = wordSetOf("timePrepositions")

// indefiniteOrThe reports whether w is "a", "an" or "the": before a past
// participle they make it an adjective ("a proposed truce"), where "that"
// may open a relative clause ("a deal that promised …").
func indefiniteOrThe(w string) bool { return w == "a" || w == "an" || w == "the" }

// articles are the determiners that open a noun phrase and make the word
// after them a noun: "the plan", "its aid" (lexicon set determiners; the
// figures' own determiners are another set).
var articles = wordSetOf("determiners")

// verbOpeners make the word after them a verb: "to", modals, auxiliaries.
var verbOpeners = wordSetOf("verbOpeners")

// beForms are the forms of "be" before a present participle.
var beForms = wordSetOf("beForms")

// irregularPast are irregular past forms of verbs.
var irregularPast = wordSetOf("irregularPast")

// pastForm reports whether w is a past form: "agreed", "withdrew", but
// not "need" or "proceed", whose "-ed" is no ending.
func pastForm(w string) bool {
	return strings.HasSuffix(w, "ed") && !notPast.has(w) || irregularPast.has(w)
}

// notPast end in "-ed" and are no past form.
var notPast = wordSetOf("notPast")

// quotedNegations adds the negative cues that a quotation mark parts:
// 'the army would "not talk to armed groups"' reads as "would
// not". ms are the cues found, in order; the result stays in order.
func (t *cueTable) quotedNegations(toks []token, ms []phraseMatch) []phraseMatch {
	var add []phraseMatch
	for k := 0; k+2 < len(toks); k++ {
		w := toks[k].Lower
		if (w != "would" && w != "will") || !openingMarks.in(toks[k+1].wid) || toks[k+2].Lower != "not" {
			continue
		}
		if i, ok := t.index[w+" not"]; ok {
			add = append(add, phraseMatch{From: k, To: k + 3, Value: i})
		}
	}
	if add == nil {
		return ms
	}
	out := append(ms, add...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].From < out[j].From })
	return out
}

// outsideNames drops the cues that are capitalised words of an actor's
// name ("Support" in "Rapid Support Forces" shows no position), or of a
// name that ends in a capitalised nameHead ("the UN Support Mission").
// ms are sorted.
func outsideNames(cues []phraseMatch, toks []token, ms []actorMention) []phraseMatch {
	out := cues[:0]
	k := 0
	for _, c := range cues {
		for k < len(ms) && ms[k].To <= c.From {
			k++
		}
		if k < len(ms) && ms[k].From <= c.From && c.From < ms[k].To && toks[c.From].Title {
			continue
		}
		if toks[c.From].Title && c.To < len(toks) && toks[c.To].Title && nameHeads.in(toks[c.To].wid) {
			continue // "the UN Support Mission", "the Peace Council": a name no actor has
		}
		out = append(out, c)
	}
	return out
}

// nameHeads end the names of bodies: a capitalised cue word before one is
// part of a name.
var nameHeads = wordSetOf("nameHeads")
