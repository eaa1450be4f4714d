package extract

import (
	"sync"
	"testing"

	"brief/report/extract/lexicon"
)

// TestLemmaTableAgrees checks that the lemmatizer's table and memo give
// back the lemma they were given: every word of the test articles (more
// than the table holds) is lemmatized by a fresh lemmatizer, then again
// by four goroutines at once, which read what the first pass stored.
func TestLemmaTableAgrees(t *testing.T) {
	var words []string
	seen := map[string]bool{}
	for _, text := range testTexts(t) {
		for _, tok := range tokenize(text) {
			if tok.Word && !seen[tok.Lower] {
				seen[tok.Lower] = true
				words = append(words, tok.Lower)
			}
		}
	}
	if len(words) < lemmaSlots {
		t.Fatalf("only %d words; want more than the table's %d slots", len(words), lemmaSlots)
	}
	l := newLemmatizer(lexicon.Default().Irregular)
	want := make([]string, len(words))
	for i, w := range words {
		want[i] = l.lemma(w)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fresh := newLemmatizer(lexicon.Default().Irregular)
			for i := g; i < len(words); i += 4 {
				if got := l.lemma(words[i]); got != want[i] {
					t.Errorf("lemma(%q) = %q again, %q first", words[i], got, want[i])
				}
				if got := fresh.lemma(words[i]); got != want[i] {
					t.Errorf("lemma(%q) = %q by a fresh lemmatizer, %q by the first", words[i], got, want[i])
				}
			}
		}()
	}
	wg.Wait()
}
