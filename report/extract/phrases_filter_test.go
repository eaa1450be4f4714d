package extract

import (
	"strings"
	"testing"
)

// TestPhraseFilterAgrees checks that the phrases a token may start, as
// matchAt finds them (Bloom filter, stem without a string), are the ones
// its key indexes, for every phrase set of the demo domain's extractor
// and every token of the test articles.
func TestPhraseFilterAgrees(t *testing.T) {
	x := New(loadDemoDomain(t))
	sets := map[string]*phraseSet{"cues": x.cues.set, "issues": x.issues.set, "event verbs": x.typer.verbs,
		"names": x.actors.names, "people": x.actors.people, "surnames": x.actors.surnames,
		"demonyms": x.actors.demonyms, "places": x.actors.places, "heads": x.actors.heads}
	checked, found := 0, 0
	for _, text := range append(testTexts(t), "They deny it, denied it and are denying it; he agreed and studies.") {
		toks := tokenize(text)
		x.issues.lem.lemmatize(toks)
		for name, p := range sets {
			for k := range toks {
				tok := &toks[k]
				got, want := p.startingWith(tok), p.byFirst[p.key(*tok)]
				if len(got) != len(want) || len(want) > 0 && &got[0] != &want[0] {
					t.Fatalf("%s: token %q: %d phrases, want %d", name, tok.Lower, len(got), len(want))
				}
				for _, other := range []token{toks[max(k-1, 0)], toks[min(k+1, len(toks)-1)], *tok} {
					w := p.key(other)
					for _, word := range []string{w, w + "e", w + "y", strings.TrimSuffix(w, "e"), ""} {
						if p.keyIs(tok, word) != (p.key(*tok) == word) {
							t.Fatalf("%s: keyIs(%q, %q) = %v; key is %q", name, tok.Lower, word, !(p.key(*tok) == word), p.key(*tok))
						}
					}
				}
				checked++
				if len(want) > 0 {
					found++
				}
			}
		}
	}
	if found < 1000 {
		t.Errorf("only %d of %d tokens start a phrase", found, checked)
	}
}

// TestModifierEnding checks modifierEnding against the suffixes it reads,
// one at a time, over every word of the test articles.
func TestModifierEnding(t *testing.T) {
	n := 0
	for _, text := range append(testTexts(t), "ly er est al ive ous ful ic ent ant ete l y a") {
		for _, tok := range tokenize(text) {
			want := false
			for _, suf := range []string{"ly", "er", "est", "al", "ive", "ous", "ful", "ic", "ent", "ant", "ete"} {
				want = want || strings.HasSuffix(tok.Lower, suf)
			}
			if modifierEnding(tok.Lower) != want {
				t.Fatalf("modifierEnding(%q) = %v, want %v", tok.Lower, !want, want)
			}
			if want {
				n++
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d words end as a modifier", n)
	}
}
