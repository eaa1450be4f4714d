package extract

import "sort"

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
	position string
	kind     cueKind
	needTo   bool // a demand that needs "to"/"for" before its issue ("urged X to …")
}

// targetCues say nothing unless another actor stands between them and the
// issue: "expects the Taliban to crack down", not "expects talks to resume".
var targetCues = setOf("expect")

// cues is the position lexicon. Phrases match by stem ("urge" matches
// "urged", "urges", "urging"), longest first, so "reject the claim" wins
// over "reject".
var cues = []cue{
	// support
	{"keen to", "support", cueAdjective, false},
	{"keen on", "support", cueAdjective, false},
	{"willing to", "support", cueAdjective, false},
	{"ready to", "support", cueAdjective, false},
	{"ready for", "support", cueAdjective, false},
	{"prepared to", "support", cueAdjective, false},
	{"eager to", "support", cueAdjective, false},
	{"open to", "support", cueAdjective, false},
	{"committed to", "support", cueAdjective, false},
	{"in favour of", "support", cueAdjective, false},
	{"in favor of", "support", cueAdjective, false},
	{"willingness to", "support", cueNoun, false},
	{"readiness to", "support", cueNoun, false},
	{"willingness for", "support", cueNoun, false},
	{"support for", "support", cueNoun, false},
	{"agree", "support", cueVerb, true},
	{"backs", "support", cueVerb, false},
	{"backed", "support", cueVerb, false},
	{"backing", "support", cueVerb, false},
	{"support", "support", cueVerb, false},
	{"welcome", "support", cueVerb, false},
	{"endorse", "support", cueVerb, false},
	{"favour", "support", cueVerb, false},
	{"prefer", "support", cueVerb, false},
	{"favor", "support", cueVerb, false},
	{"seek", "support", cueVerb, false},
	{"pursue", "support", cueVerb, false},
	{"want", "support", cueVerb, false}, // "want X to …" is a demand: see cueStance
	{"offer", "propose", cueVerb, false},
	{"offer to", "propose", cueVerb, false}, // an offer is put forward: MODEL.md
	{"volunteer", "support", cueVerb, false},
	{"accept", "support", cueVerb, false},
	{"embrace", "support", cueVerb, false},
	{"resume", "support", cueVerb, false},
	{"carry out", "support", cueVerb, false},
	{"carried out", "support", cueVerb, false},
	{"conduct", "support", cueVerb, false},
	{"launch", "support", cueVerb, false},
	{"allow", "support", cueVerb, false},
	{"host", "support", cueVerb, false},
	{"hold", "support", cueVerb, false}, // "holding talks"
	{"held", "support", cueVerb, false},
	{"take part in", "support", cueVerb, false},
	{"took part in", "support", cueVerb, false},
	{"participate in", "support", cueVerb, false},
	{"respect", "support", cueVerb, false},
	{"honour", "support", cueVerb, false},
	{"honor", "support", cueVerb, false},
	{"abide by", "support", cueVerb, false},
	{"pledge", "support", cueVerb, true},
	{"vow", "support", cueVerb, true},
	// oppose
	{"reject", "oppose", cueVerb, false},
	{"rejection of", "oppose", cueNoun, false},
	{"decline", "oppose", cueVerb, false},
	{"refuse", "oppose", cueVerb, false},
	{"refusal to", "oppose", cueNoun, false},
	{"refusal of", "oppose", cueNoun, false},
	{"rule out", "oppose", cueVerb, false},
	{"ruled out", "oppose", cueVerb, false},
	{"no longer", "oppose", cueVerb, false},
	{"would not", "oppose", cueVerb, false},
	{"will not", "oppose", cueVerb, false},
	{"won't", "oppose", cueVerb, false},
	{"wouldn't", "oppose", cueVerb, false},
	{"would never", "oppose", cueVerb, false},
	{"will never", "oppose", cueVerb, false},
	{"cannot", "oppose", cueVerb, false},
	{"no intention of", "oppose", cueVerb, false},
	{"no intention to", "oppose", cueVerb, false},
	{"reluctant to", "oppose", cueAdjective, false},
	{"unwilling to", "oppose", cueAdjective, false},
	{"not interested in", "oppose", cueAdjective, false},
	{"oppose", "oppose", cueVerb, false},
	{"condemn", "oppose", cueVerb, false},
	{"criticise", "oppose", cueVerb, false},
	{"violate", "oppose", cueVerb, false},
	{"violating", "oppose", cueVerb, false},
	{"breach", "oppose", cueVerb, false},
	{"broke", "oppose", cueVerb, false},
	{"break", "oppose", cueVerb, false},
	{"ended", "oppose", cueVerb, false},
	{"criticize", "oppose", cueVerb, false},
	{"postpone", "oppose", cueVerb, false},
	{"denounce", "oppose", cueVerb, false},
	{"opposition to", "oppose", cueNoun, false},
	{"call off", "oppose", cueVerb, false},
	{"called off", "oppose", cueVerb, false},
	{"walk out of", "oppose", cueVerb, false},
	{"walked out of", "oppose", cueVerb, false},
	{"pull out of", "oppose", cueVerb, false},
	{"pulled out of", "oppose", cueVerb, false},
	{"withdraw from", "oppose", cueVerb, false},
	{"withdrew from", "oppose", cueVerb, false},
	{"boycott", "oppose", cueVerb, false},
	{"quit", "oppose", cueVerb, false},
	{"spurn", "oppose", cueVerb, false},
	{"rebuff", "oppose", cueVerb, false},
	{"turn down", "oppose", cueVerb, false},
	{"turned down", "oppose", cueVerb, false},
	{"suspend", "oppose", cueVerb, false},
	{"scrap", "oppose", cueVerb, false},
	{"abandon", "oppose", cueVerb, false},
	{"pull out", "oppose", cueVerb, false},
	// demand
	{"urge", "demand", cueVerb, true},
	{"ask", "demand", cueVerb, true},
	{"press", "demand", cueVerb, true},
	{"request", "demand", cueVerb, true},
	{"push", "demand", cueVerb, true},
	{"encourage", "demand", cueVerb, true},
	{"convince", "demand", cueVerb, true},
	{"persuade", "demand", cueVerb, true},
	{"call on", "demand", cueVerb, true},
	{"called on", "demand", cueVerb, true},
	{"call upon", "demand", cueVerb, true},
	{"called upon", "demand", cueVerb, true},
	{"appeal to", "demand", cueVerb, true},
	{"appealed to", "demand", cueVerb, true},
	{"appeal for", "demand", cueNoun, false},
	{"appealed for", "demand", cueNoun, false},
	{"demand", "demand", cueVerb, false},
	{"expect", "demand", cueVerb, true},
	{"call for", "demand", cueNoun, false},
	{"called for", "demand", cueNoun, false},
	{"calls for", "demand", cueNoun, false},
	{"request for", "demand", cueNoun, false},
	{"demand for", "demand", cueNoun, false},
	{"insist on", "demand", cueVerb, false},
	{"insistence on", "demand", cueNoun, false},
	{"at the insistence of", "demand", cueNoun, false},
	// propose
	{"propose", "propose", cueVerb, false},
	{"proposal", "propose", cueNoun, false},
	{"put forward", "propose", cueVerb, false},
	{"suggest", "propose", cueVerb, false},
	{"floated", "propose", cueVerb, false},
	// conditional
	{"only if", "conditional", cueCondition, false},
	{"only once", "conditional", cueCondition, false},
	{"only after", "conditional", cueCondition, false},
	{"provided that", "conditional", cueCondition, false},
	{"on condition that", "conditional", cueCondition, false},
	{"on the condition that", "conditional", cueCondition, false},
	{"unless", "conditional", cueCondition, false},
	{"as long as", "conditional", cueCondition, false},
	{"so long as", "conditional", cueCondition, false},
	{"as soon as", "conditional", cueCondition, false},
	// deny
	{"reject the claim", "deny", cueDeny, false},
	{"rejected the claim", "deny", cueDeny, false},
	{"reject the claims", "deny", cueDeny, false},
	{"reject claims", "deny", cueDeny, false},
	{"rejected claims", "deny", cueDeny, false},
	{"reject the allegation", "deny", cueDeny, false},
	{"rejected the allegation", "deny", cueDeny, false},
	{"reject allegations", "deny", cueDeny, false},
	{"rejected allegations", "deny", cueDeny, false},
	{"reject the accusation", "deny", cueDeny, false},
	{"rejected the accusation", "deny", cueDeny, false},
	{"reject accusations", "deny", cueDeny, false},
	{"rejected accusations", "deny", cueDeny, false},
	{"reject reports", "deny", cueDeny, false},
	{"rejected reports", "deny", cueDeny, false},
	{"reject the reports", "deny", cueDeny, false},
	{"deny", "deny", cueDeny, false},
	{"denial", "deny", cueDeny, false},
	{"dismiss", "deny", cueDeny, false},
	{"refute", "deny", cueDeny, false},
	{"baseless", "deny", cueDeny, false},
	{"false", "deny", cueDeny, false},
	{"untrue", "deny", cueDeny, false},
	{"no truth", "deny", cueDeny, false},
	// assert (claims only)
	{"evidence", "support", cueAssert, false},
	{"proof", "support", cueAssert, false},
	{"accuse", "support", cueAssert, false},
	{"allege", "support", cueAssert, false},
	{"blame", "support", cueAssert, false},
	{"confirm", "support", cueAssert, false},
}

// hedges before a cue make it a belief, a guess or a hypothesis, not a
// position: "he believed Putin wanted the deal to continue", "if Pakistan
// rejects talks, …".
var hedges = setOf("believe", "believed", "believes", "think", "thinks", "thought", "hope", "hopes",
	"hoped", "suspect", "suspects", "suspected", "fear", "fears", "feared", "speculate", "speculated",
	"assume", "assumed", "guess", "likely", "unlikely", "perhaps", "possibly", "whether", "rumoured",
	"rumored", "if")

// negators before a cue turn support into opposition and void the others.
var negators = setOf("not", "never", "no", "neither", "nor", "hardly", "without")

// copulas and cueAdverbs that may stand between a subject and an adjective cue.
var copulas = setOf("is", "are", "was", "were", "be", "been", "being", "remain", "remains",
	"remained", "seems", "seemed", "appears", "appeared", "am", "'s", "become", "became", "becomes")
var cueAdverbs = setOf("still", "also", "not", "more", "very", "now", "always", "reportedly",
	"fully", "quite", "so", "less", "no", "longer", "already", "even", "only", "clearly",
	"apparently", "increasingly", "again", "too", "equally", "never", "yet")

// cueSet indexes the lexicon.
var cueSet = func() *phraseSet {
	p := newPhraseSet(true)
	for i, c := range cues {
		p.add(c.phrase, i)
	}
	return p
}()

// quotedNegations adds the negative cues that a quotation mark parts:
// 'the military would "not negotiate with terrorists"' reads as "would
// not". ms are the cues found, in order; the result stays in order.
func quotedNegations(toks []token, ms []phraseMatch) []phraseMatch {
	var add []phraseMatch
	for k := 0; k+2 < len(toks); k++ {
		w := toks[k].Lower
		if (w != "would" && w != "will") || !openingMarks[toks[k+1].Lower] || toks[k+2].Lower != "not" {
			continue
		}
		if i, ok := cueIndex[w+" not"]; ok {
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

// cueIndex gives each cue phrase its index in cues.
var cueIndex = func() map[string]int {
	m := make(map[string]int, len(cues))
	for i, c := range cues {
		m[c.phrase] = i
	}
	return m
}()
