package extract

import "testing"

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
			for _, tok := range toks {
				got, want := p.startingWith(tok), p.byFirst[p.key(tok)]
				if len(got) != len(want) || len(want) > 0 && &got[0] != &want[0] {
					t.Fatalf("%s: token %q: %d phrases, want %d", name, tok.Lower, len(got), len(want))
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
