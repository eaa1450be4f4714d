package extract

import "testing"

// TestWordSetAgrees checks that testing a token's word number against a
// set gives what looking its word up in the set's map gives, for every
// set, every word of every set, and the words of a text (which carries
// words of no set, punctuation and corrected cases).
func TestWordSetAgrees(t *testing.T) {
	if len(allSets) < 100 {
		t.Fatalf("%d word sets made; want the package's sets", len(allSets))
	}
	var words []string
	for w := range wordIDs {
		words = append(words, w)
	}
	words = append(words, "", "zzz-not-a-word", "Said", "SAID")
	for _, tok := range tokenize("The RSF said on Monday, \u201cwe reject the talks\u201d; the army, however, agreed to a truce — and withdrew.") {
		words = append(words, tok.Lower)
		for _, s := range allSets {
			if s.in(tok.wid) != s.has(tok.Lower) {
				t.Errorf("token %q: set %d by number %v, by word %v", tok.Lower, s.bit, s.in(tok.wid), s.has(tok.Lower))
			}
		}
	}
	text := "At least 30 people were killed, according to the Health Ministry's count; officials said."
	for _, tok := range numTokenize(text, numLowerASCII(text)) {
		for _, s := range allSets {
			if s.in(tok.wid) != s.has(tok.lower) {
				t.Errorf("figure token %q: set %d by number %v, by word %v", tok.lower, s.bit, s.in(tok.wid), s.has(tok.lower))
			}
		}
	}
	for _, w := range words {
		for _, s := range allSets {
			if s.in(wordID(w)) != s.has(w) {
				t.Errorf("word %q: set %d by number %v, by word %v", w, s.bit, s.in(wordID(w)), s.has(w))
			}
		}
	}
}
