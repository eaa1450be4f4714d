package extract

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// phraseSet finds configured phrases (aliases, issue terms, cues) in a
// token stream: one map look-up per token, longest phrase first, on word
// boundaries by construction.
type phraseSet struct {
	stemmed bool // compare stems ("urged" matches "urge"), else lower-case words
	lemma   bool // compare lemmas (Token.Lemma) instead: issue terms
	gap     bool // allow one extra word inside a phrase ("take concrete action")
	adverbs bool // allow an adverb after a phrase's first word ("called again for"): cues
	byFirst map[string][]phraseEntry
	// first is a Bloom filter of byFirst's keys, two bits a key by
	// wordHash (see wordSet): most tokens start no phrase, and are
	// turned away without a map look-up.
	first []uint64
	// starts has bit wid set when the key of a word token whose word is
	// the set word numbered wid is one of byFirst's (not for lemma keys):
	// such a token, most of a text's, is told apart without hashing.
	starts []uint64
}

// phraseEntry is one phrase: its words and what it stands for.
type phraseEntry struct {
	words []string
	caps  []bool // a word that must be upper case in the text ("US", not "us")
	poss  []bool // a word with a possessive ("Sudan's army")
	value int    // the caller's index: an actor, an issue, a cue
	// optional and dropped have bit w set when words[w] (w < 64) is an
	// optionalArticles or a dropPrep word: worked out once, when the
	// phrase is added, rather than at each match.
	optional, dropped uint64
}

// isOptional reports whether the phrase's word w is in optionalArticles.
func (e *phraseEntry) isOptional(w int) bool {
	if w < 64 {
		return e.optional>>w&1 != 0
	}
	return optionalArticles.has(e.words[w])
}

// isDropped reports whether the phrase's word w is in dropPrep.
func (e *phraseEntry) isDropped(w int) bool {
	if w < 64 {
		return e.dropped>>w&1 != 0
	}
	return dropPrep.has(e.words[w])
}

// phraseMatch is a phrase found at tokens [From, To).
type phraseMatch struct {
	From, To int
	Value    int
}

func newPhraseSet(stemmed bool) *phraseSet {
	if len(setWords) == 1 {
		numberSetWords() // as wordSetOf does: starts is sized by the set words' numbers
	}
	return &phraseSet{stemmed: stemmed, byFirst: map[string][]phraseEntry{}, starts: make([]uint64, len(setWords)/64+1)}
}

// setWordsByStem lists, under each stem, the numbers of the set words
// that stem to it: the set words a stemmed phrase set's first word stands
// for. It is made when first needed.
var setWordsByStem = sync.OnceValue(func() map[string][]uint16 {
	m := make(map[string][]uint16, len(setWords))
	for id, w := range setWords {
		if id > 0 {
			m[stem(w)] = append(m[stem(w)], uint16(id))
		}
	}
	return m
})

// add registers a phrase. Short all-capital words of the phrase ("US",
// "UN") match only in capitals, so "us" and "un-" are left alone.
func (p *phraseSet) add(phrase string, value int) {
	p.addTokens(tokenize(phrase), value)
}

// addTokens registers a phrase already cut into tokens.
func (p *phraseSet) addTokens(toks []token, value int) {
	if len(toks) == 0 {
		return
	}
	e := phraseEntry{value: value}
	for w, t := range toks {
		k := p.key(t)
		e.words = append(e.words, k)
		e.caps = append(e.caps, t.Caps && t.End-t.Start <= 4)
		e.poss = append(e.poss, t.Poss)
		if w < 64 && optionalArticles.has(k) {
			e.optional |= 1 << w
		}
		if w < 64 && dropPrep.has(k) {
			e.dropped |= 1 << w
		}
	}
	k := e.words[0]
	for _, old := range p.byFirst[k] {
		if equalWords(old.words, e.words) && slices.Equal(old.poss, e.poss) {
			return // the first registration wins ("Myanmar's military" is another phrase than "Myanmar military")
		}
	}
	p.addFirst(k)
	// Keep longer phrases first so the first match is the longest.
	list := append(p.byFirst[k], e)
	for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	p.byFirst[k] = list
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (p *phraseSet) key(t token) string {
	if p.lemma {
		return t.Lemma
	}
	if p.stemmed {
		return t.Stem()
	}
	return t.Lower
}

// keyIs reports whether p.key(*t) == word, without making t's stem as a
// string.
func (p *phraseSet) keyIs(t *token, word string) bool {
	if p.lemma {
		return t.Lemma == word
	}
	if !p.stemmed {
		return t.Lower == word
	}
	if !t.Word {
		return word == ""
	}
	n := len(t.Lower) - int(t.stemCut)
	if t.stemAdd == 0 {
		return t.Lower[:n] == word
	}
	return len(word) == n+1 && word[n] == t.stemAdd && t.Lower[:n] == word[:n]
}

// addFirst enters a first word k in the filter, first making the filter
// larger when it holds fewer than 16 bits a key.
func (p *phraseSet) addFirst(k string) {
	if _, ok := p.byFirst[k]; ok {
		return
	}
	if p.stemmed {
		for _, id := range setWordsByStem()[k] {
			p.starts[id>>6] |= 1 << (id & 63)
		}
	} else if id, ok := wordIDs[k]; ok {
		p.starts[id>>6] |= 1 << (id & 63)
	}
	if n := len(p.byFirst) + 1; 16*n > 64*len(p.first) {
		p.first = make([]uint64, 1<<bits.Len(uint(n/2)))
		for old := range p.byFirst {
			p.setFirst(old)
		}
	}
	p.setFirst(k)
}

func (p *phraseSet) setFirst(k string) {
	h := wordHash(k)
	p.first[(h>>12)&uint64(len(p.first)-1)] |= filterBits(h)
}

// mayStart reports whether a word whose key hashes to h may start a
// phrase: false means it does not.
func (p *phraseSet) mayStart(h uint64) bool {
	if len(p.first) == 0 {
		return false
	}
	b := filterBits(h)
	return p.first[(h>>12)&uint64(len(p.first)-1)]&b == b
}

// startingWith returns the phrases whose first word is t's, as
// p.byFirst[p.key(t)] does, without making t's stem as a string.
func (p *phraseSet) startingWith(t *token) []phraseEntry {
	if t.wid != 0 && t.Word && !p.lemma && p.starts[t.wid>>6]&(1<<(t.wid&63)) == 0 {
		return nil
	}
	if !p.stemmed || p.lemma || !t.Word || t.stemAdd == 0 {
		k := p.key(*t) // a string of t's already
		if !p.mayStart(wordHash(k)) {
			return nil
		}
		return p.byFirst[k]
	}
	var buf [32]byte
	n := len(t.Lower) - int(t.stemCut)
	if n+1 > len(buf) {
		return p.byFirst[t.Stem()]
	}
	b := append(append(buf[:0], t.Lower[:n]...), t.stemAdd)
	if !p.mayStart(wordHash(b)) {
		return nil
	}
	return p.byFirst[string(b)]
}

// matchAt returns the longest phrase starting at toks[i], if any.
func (p *phraseSet) matchAt(toks []token, i int) (phraseMatch, bool) {
	es := p.startingWith(&toks[i])
	for j := range es {
		if to, ok := p.matchEntry(toks, i, &es[j]); ok {
			return phraseMatch{From: i, To: to, Value: es[j].value}, true
		}
	}
	return phraseMatch{}, false
}

// matchEntry matches one phrase at toks[i] and returns the token after it.
// With gap set, up to maxGap modifier words may stand inside the phrase
// ("take more concrete action"), and a noun phrase "N on/of/against M"
// also matches its verb form "N-ing M" ("attacks on shipping" →
// "attacking shipping").
func (p *phraseSet) matchEntry(toks []token, i int, e *phraseEntry) (int, bool) {
	k := i
	for w, word := range e.words {
		if k >= len(toks) {
			return 0, false
		}
		// The first word is toks[i]'s key: e was found by it (see matchAt).
		if w > 0 {
			if p.lemma && e.isOptional(w) && !p.keyIs(&toks[k], word) {
				continue // "supporting M23" for "supports the M23"
			}
			if w == 1 && p.adverbs && k+1 < len(toks) && innerAdverbs.in(toks[k].wid) && p.keyIs(&toks[k+1], word) {
				k++ // "calling again on", "called repeatedly for"
			}
			if p.gap && !p.keyIs(&toks[k], word) {
				skip := p.skipGap
				if p.lemma {
					skip = p.skipModifiers
				}
				if j, ok := skip(toks, k, word); ok {
					k = j
				} else if w+1 < len(e.words) && e.isDropped(w) && w == 1 && len(e.words) == 3 &&
					p.keyIs(&toks[k], e.words[w+1]) && verbal(toks[k-1]) {
					continue // "attacking shipping" for "attacks on shipping"
				}
			}
			if !p.keyIs(&toks[k], word) {
				return 0, false
			}
		}
		t := &toks[k]
		if (e.caps[w] && !t.Caps) || (w < len(e.words)-1 && t.Poss != e.poss[w]) {
			return 0, false
		}
		k++
	}
	return k, true
}

// innerAdverbs may stand after the first word of a cue: "called again
// for", "calling publicly on".
var innerAdverbs = wordSetOf("innerAdverbs")

// optionalArticles inside an issue term may be left out in the text:
// "backing the M23" matches "backing M23".
var optionalArticles = wordSetOf("optionalArticles")

// maxGap is how many modifier words may stand inside a phrase.
const maxGap = 2

// skipGap returns the index of word after at most maxGap modifier words
// starting at toks[k]. A gap word is a lower-case word that is not a
// negation, an auxiliary, a pronoun subject, a preposition or a
// conjunction: a verb, a negation or a clause boundary ends the phrase.
func (p *phraseSet) skipGap(toks []token, k int, word string) (int, bool) {
	for n := 0; n < maxGap && k+n+1 < len(toks); n++ {
		t := toks[k+n]
		if !t.Word || t.Poss || t.Title || t.Caps || gapStop.in(t.wid) || negators.in(t.wid) {
			return 0, false
		}
		if n > 0 && !modifier(toks[k]) {
			return 0, false // a second gap word only after a plain modifier
		}
		if p.keyIs(&toks[k+n+1], word) {
			return k + n + 1, true
		}
	}
	return 0, false
}

// partitives before "of" take a part of what follows inside an issue term:
// "every one of the hostages", "all of the troops".
var partitives = wordSetOf("partitives")

// maxModifierGap is how many tokens may stand inside an issue term: a
// clause's worth of modifiers ("take immediate, effective and robust
// action") or the auxiliaries of a passive ("troops would be withdrawn").
const maxModifierGap = 6

// skipModifiers returns the index of word after at most maxModifierGap
// tokens starting at toks[k], each a modifier, a determiner, an auxiliary,
// a comma or a coordinating "and"/"or". A negation, a name, a possessive
// or any other word ends the term.
func (p *phraseSet) skipModifiers(toks []token, k int, word string) (int, bool) {
	for n := 0; n < maxModifierGap && k+n+1 < len(toks); n++ {
		t := toks[k+n]
		switch {
		case t.Lower == "," || openingMarks.in(t.wid) || closingMarks.in(t.wid):
			// 'take "more concrete action"': a quotation inside a term
		case t.Word && (t.Title || t.Caps) && !t.Poss && coordinatedName(toks, k+n) > 0:
			// "join the European Union and NATO": a name joined by "and" to the term's own
			n = coordinatedName(toks, k+n) - k - 1
		case t.Word && isNumber(t.Lower) || t.Title && demonymLike(t.Lower):
			// "freed the last 20 Israeli hostages"
		case t.Lower == "of" && n > 0 && partitives.in(toks[k+n-1].wid):
			// "release every one of these hostages", "all of the hostages"
		case !t.Word || t.Title || t.Caps || t.Poss || negators.in(t.wid):
			return 0, false
		case !modifier(t) && !termGapWords.in(t.wid):
			return 0, false
		}
		if p.keyIs(&toks[k+n+1], word) {
			return k + n + 1, true
		}
	}
	return 0, false
}

// coordinatedName returns, when toks[i] opens a name of up to
// maxNameModifier capitalised words that "and" or "or" and another name
// follow, the index of that "and": the first of two names that share a
// term ("the European Union and NATO"). Else it returns -1. A lower-case
// word after "and" ends a list of nouns, not of names ("the Northland
// Guard and the Liberation Front"), and a name must not open inside another.
func coordinatedName(toks []token, i int) int {
	if i == 0 || toks[i-1].Title || toks[i-1].Caps {
		return -1 // inside a longer name: "Northland Armed Guard and Liberation Front"
	}
	for j := i; j < len(toks) && j-i <= maxNameModifier; j++ {
		t := toks[j]
		switch {
		case t.Lower == "and" || t.Lower == "or":
			if j > i && j+1 < len(toks) && toks[j+1].Word && (toks[j+1].Title || toks[j+1].Caps) {
				return j
			}
			return -1
		case !t.Word || t.Poss || !t.Title && !t.Caps:
			return -1
		}
	}
	return -1
}

// isNumber reports whether w is written in digits ("20", "1,968").
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != ',' && w[i] != '.' {
			return false
		}
	}
	return w != ""
}

// demonymLike reports whether a capitalised word reads as a people's
// adjective ("Israeli", "Palestinian", "Congolese", "Yemeni"), which may
// stand inside an issue term.
func demonymLike(w string) bool {
	for suf := range demonymEndings.m {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// demonymEndings end the adjectives that name a people.
var demonymEndings = wordSetOf("demonymEndings")

// dropPrep are the prepositions of a noun term that its verb form drops.
var dropPrep = wordSetOf("dropPrep")

// verbal reports whether t is a verb form that takes a direct object
// ("attacking", "attacked", "attack").
func verbal(t token) bool {
	return strings.HasSuffix(t.Lower, "ing") || strings.HasSuffix(t.Lower, "ed") || t.Lower == t.Stem() || t.Lower == t.Stem()+"e"
}

// modifier reports whether t reads as an adverb, adjective or quantifier
// that may open a two-word gap ("more concrete", "swift and").
func modifier(t token) bool {
	return gapModifiers.in(t.wid) || modifierEnding(t.Lower)
}

// modifierEnding reports whether w ends in "ly", "er", "est", "al",
// "ive", "ous", "ful", "ic", "ent", "ant" or "ete", read by its last
// letters rather than by a suffix at a time.
func modifierEnding(w string) bool {
	n := len(w)
	if n < 2 {
		return false
	}
	switch a := w[n-2]; w[n-1] {
	case 'y':
		return a == 'l'
	case 'r':
		return a == 'e'
	case 'c':
		return a == 'i'
	case 'l':
		return a == 'a' || a == 'u' && n >= 3 && w[n-3] == 'f'
	case 't':
		return n >= 3 && (a == 's' && w[n-3] == 'e' || a == 'n' && (w[n-3] == 'e' || w[n-3] == 'a'))
	case 'e':
		return n >= 3 && (a == 'v' && w[n-3] == 'i' || a == 't' && w[n-3] == 'e')
	case 's':
		return n >= 3 && a == 'u' && w[n-3] == 'o'
	}
	return false
}

var gapModifiers = wordSetOf("gapModifiers")

// closingMarks close a quotation.
var closingMarks = wordSetOf("closingMarks")

// termGapWords may stand inside an issue term besides modifiers:
// determiners, auxiliaries, "and", "or".
var termGapWords = wordSetOf("termGapWords")

// gapStop are words that may not stand inside a phrase: auxiliaries and
// modals, subject pronouns, prepositions, conjunctions and relatives.
var gapStop = wordSetOf("gapStop")

// wordFilter is a Bloom filter of a set of words, two bits a word by
// wordHash and at least 16 bits a word, in front of a map that most
// words of a text are not in: mayHave(w) false means w is not in the
// set, true that it may be.
type wordFilter []uint64

func newWordFilter(words map[string]bool) wordFilter {
	f := make(wordFilter, 1<<bits.Len(uint(len(words)/2)))
	for w := range words {
		h := wordHash(w)
		f[(h>>12)&uint64(len(f)-1)] |= filterBits(h)
	}
	return f
}

func (f wordFilter) mayHave(w string) bool {
	h := wordHash(w)
	b := filterBits(h)
	return f[(h>>12)&uint64(len(f)-1)]&b == b
}

// mayHaveBytes is mayHave for a word in bytes.
func (f wordFilter) mayHaveBytes(w []byte) bool {
	h := wordHash(w)
	b := filterBits(h)
	return f[(h>>12)&uint64(len(f)-1)]&b == b
}

// findAll returns the non-overlapping phrases in toks[from:to], left to
// right, the longest at each place.
func (p *phraseSet) findAll(toks []token, from, to int) []phraseMatch {
	var out []phraseMatch
	for i := from; i < to; {
		if t := &toks[i]; t.wid != 0 && t.Word && !p.lemma && p.starts[t.wid>>6]&(1<<(t.wid&63)) == 0 {
			i++ // a set word that starts no phrase (see startingWith), told without a call
			continue
		}
		if m, ok := p.matchAt(toks[:to], i); ok {
			out = append(out, m)
			i = m.To
			continue
		}
		i++
	}
	return out
}
