package extract

// phraseSet finds configured phrases (aliases, issue terms, cues) in a
// token stream: one map look-up per token, longest phrase first, on word
// boundaries by construction.
type phraseSet struct {
	stemmed bool // compare stems ("urged" matches "urge"), else lower-case words
	gap     bool // allow one extra word inside a phrase ("take concrete action")
	byFirst map[string][]phraseEntry
}

// phraseEntry is one phrase: its words and what it stands for.
type phraseEntry struct {
	words []string
	caps  []bool // a word that must be upper case in the text ("US", not "us")
	poss  []bool // a word with a possessive ("Sudan's army")
	value int    // the caller's index: an actor, an issue, a cue
}

// phraseMatch is a phrase found at tokens [From, To).
type phraseMatch struct {
	From, To int
	Value    int
}

func newPhraseSet(stemmed bool) *phraseSet {
	return &phraseSet{stemmed: stemmed, byFirst: map[string][]phraseEntry{}}
}

// add registers a phrase. Short all-capital words of the phrase ("US",
// "UN") match only in capitals, so "us" and "un-" are left alone.
func (p *phraseSet) add(phrase string, value int) {
	toks := tokenize(phrase)
	if len(toks) == 0 {
		return
	}
	e := phraseEntry{value: value}
	for _, t := range toks {
		e.words = append(e.words, p.key(t))
		e.caps = append(e.caps, t.Caps && t.End-t.Start <= 4)
		e.poss = append(e.poss, t.Poss)
	}
	k := e.words[0]
	for _, old := range p.byFirst[k] {
		if equalWords(old.words, e.words) {
			return // the first registration wins
		}
	}
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
	if p.stemmed {
		return t.Stem
	}
	return t.Lower
}

// matchAt returns the longest phrase starting at toks[i], if any.
func (p *phraseSet) matchAt(toks []token, i int) (phraseMatch, bool) {
	for _, e := range p.byFirst[p.key(toks[i])] {
		if to, ok := p.matchEntry(toks, i, e); ok {
			return phraseMatch{From: i, To: to, Value: e.value}, true
		}
	}
	return phraseMatch{}, false
}

// matchEntry matches one phrase at toks[i] and returns the token after it.
func (p *phraseSet) matchEntry(toks []token, i int, e phraseEntry) (int, bool) {
	k := i
	for w, word := range e.words {
		if k >= len(toks) {
			return 0, false
		}
		t := toks[k]
		if w > 0 && p.gap && p.key(t) != word && t.Word && !t.Poss && k+1 < len(toks) {
			k++ // one word inside: "take concrete action", "lay down their arms"
			t = toks[k]
		}
		if p.key(t) != word || (e.caps[w] && !t.Caps) || (w < len(e.words)-1 && t.Poss != e.poss[w]) {
			return 0, false
		}
		k++
	}
	return k, true
}

// findAll returns the non-overlapping phrases in toks[from:to], left to
// right, the longest at each place.
func (p *phraseSet) findAll(toks []token, from, to int) []phraseMatch {
	var out []phraseMatch
	for i := from; i < to; {
		if m, ok := p.matchAt(toks[:to], i); ok {
			out = append(out, m)
			i = m.To
			continue
		}
		i++
	}
	return out
}
