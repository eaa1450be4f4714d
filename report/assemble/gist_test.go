package assemble

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// sameGistByStrings is the test of two summaries as it was with the words
// and names kept as strings: names within one another, and a Jaccard
// index of the lower-cased content words of at least one half.
func sameGistByStrings(a, b string) bool {
	gist := func(s string) (words, names []string) {
		eachRun(s, func(w string) {
			lower := strings.ToLower(w)
			if isStopWord(lower) {
				return
			}
			words = append(words, lower)
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsDigit(r) && unicode.IsUpper(r) {
				names = append(names, w)
			}
		})
		slices.Sort(words)
		slices.Sort(names)
		return slices.Compact(words), slices.Compact(names)
	}
	within := func(x, y []string) bool {
		for _, n := range x {
			if !slices.Contains(y, n) {
				return false
			}
		}
		return true
	}
	wa, na := gist(a)
	wb, nb := gist(b)
	if !within(na, nb) && !within(nb, na) {
		return false
	}
	if len(wa) == 0 || len(wb) == 0 {
		return len(wa) == len(wb)
	}
	both := 0
	for _, w := range wa {
		if slices.Contains(wb, w) {
			both++
		}
	}
	return 2*both >= len(wa)+len(wb)-both
}

// TestGistNumbers checks that gists of numbered words decide as gists of
// strings did, on random summaries of words that differ in case, stop
// words, digits and letters beyond ASCII.
func TestGistNumbers(t *testing.T) {
	vocab := []string{"Militants", "militants", "MILITANTS", "attacked", "the", "The", "a", "checkpoint", "in",
		"Bajaur", "bajaur", "Khyber", "Kabul", "9", "12th", "Ürümqi", "ürümqi", "Straße", "STRASSE", "İstanbul",
		"said", "Said", "of", "police", "Police", "ΣΟΦΙΑ", "σοφια", "killed"}
	rng := rand.New(rand.NewPCG(8, 9))
	summary := func() string {
		n := rng.IntN(8)
		w := make([]string, n)
		for i := range w {
			w[i] = vocab[rng.IntN(len(vocab))]
		}
		return strings.Join(w, " ")
	}
	var words wordIDs
	var arena idArena
	same, differ := 0, 0
	for range 20000 {
		a, b := summary(), summary()
		ga, gb := eventGist{summary: a}, eventGist{summary: b}
		ga.fill(&arena, &words)
		gb.fill(&arena, &words)
		got := (namesWithin(&ga, &gb) || namesWithin(&gb, &ga)) && jaccard(ga.words, gb.words) >= 0.5
		want := sameGistByStrings(a, b)
		if got != want {
			t.Fatalf("%q and %q: same=%v, want %v", a, b, got, want)
		}
		if want {
			same++
		} else {
			differ++
		}
	}
	if same < 100 || differ < 100 {
		t.Errorf("%d pairs the same and %d not: the test needs both", same, differ)
	}
}
