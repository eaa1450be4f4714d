package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTokenizeMatchesReference checks the tokenizer against the plain
// reading it replaced (kept below): for every word of every test article
// and of words made to end each way stem treats, the same offsets,
// flags, lower-case form, set number and stem.
func TestTokenizeMatchesReference(t *testing.T) {
	texts := append(testTexts(t),
		"He denied it; they deny it and were using force. The groups’ talks, U.S.-led, stopped.",
		"Çağlar’s İstanbul ÉTATS-UNIS' 2,000.5 ‘it’s’ — don't THE The tHe AGREED Agreed Denies USING Used",
		"Supercalifragilisticexpialidociousness SUPERCALIFRAGILISTICEXPIALIDOCIOUSNESS Ab AB A I",
	)
	checked := 0
	for _, text := range texts {
		for _, tok := range tokenize(text) {
			if !tok.Word {
				continue
			}
			want, next := refWordToken(text, tok.Start)
			got, gotNext := wordToken(text, tok.Start)
			if got != want || next != gotNext || got != tok {
				t.Fatalf("%q: got %+v (next %d), want %+v (next %d)", text[tok.Start:tok.End], got, gotNext, want, next)
			}
			checked++
		}
	}
	if checked < 10000 {
		t.Errorf("only %d words checked", checked)
	}
}

// refWordToken is wordToken as it was before it read ASCII words in one
// pass (session 11).
func refWordToken(text string, i int) (token, int) {
	end, next := wordEnd(text, i)
	word := text[i:end]
	caps, hasLetter := true, false
	for _, r := range word {
		if r < utf8.RuneSelf {
			if r >= 'a' && r <= 'z' {
				hasLetter, caps = true, false
			} else if r >= 'A' && r <= 'Z' {
				hasLetter = true
			}
			continue
		}
		if unicode.IsLetter(r) {
			hasLetter = true
			if !unicode.IsUpper(r) {
				caps = false
			}
		}
	}
	t := token{Start: i, End: end, Word: true, Caps: caps && hasLetter}
	first, _ := utf8.DecodeRuneInString(word)
	t.Title = unicode.IsUpper(first)
	w := lowerWord(word)
	t.Lower = w
	t.wid = wordIDs[w]
	st := refStem(w)
	if strings.HasPrefix(w, st) {
		t.stemCut = uint8(len(w) - len(st))
	} else {
		t.stemCut, t.stemAdd = uint8(len(w)-len(st)+1), st[len(st)-1]
	}
	t.Poss = next > end
	return t, next
}

// refStem is stem as it was before stemParts (session 11).
func refStem(w string) string {
	n, cut := len(w), 0
	switch {
	case n > 5 && strings.HasSuffix(w, "ings"):
		cut = 4
	case n > 4 && strings.HasSuffix(w, "ing"):
		cut = 3
	case n > 4 && (strings.HasSuffix(w, "ied") || strings.HasSuffix(w, "ies")):
		return w[:n-3] + "y"
	case n > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es")):
		cut = 2
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		cut = 1
	}
	w = w[:n-cut]
	if (cut == 2 || cut == 3) && len(w) >= 4 && doubled(w) {
		return w[:len(w)-1]
	}
	if cut <= 1 && len(w) >= 5 && doubled(w) {
		return w[:len(w)-1]
	}
	if cut == 2 && strings.HasSuffix(w, "e") {
		return w + "e"
	}
	if cut > 0 && len(w) <= 2 {
		return w + "e"
	}
	if len(w) >= 4 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") {
		w = w[:len(w)-1]
	}
	return w
}

// TestStemMatchesReference checks stem against refStem on every word of
// the lexicon's sets and of the test articles, and on short made-up words
// of every ending stem treats.
func TestStemMatchesReference(t *testing.T) {
	var words []string
	for w := range wordIDs {
		words = append(words, w)
	}
	for _, text := range testTexts(t) {
		for _, tok := range tokenize(text) {
			words = append(words, tok.Lower)
		}
	}
	for _, root := range []string{"", "a", "e", "ab", "ee", "abe", "abb", "abbe", "abcd", "abcde", "abdd", "abcdd", "abee", "stopp"} {
		for _, end := range []string{"", "s", "ss", "us", "is", "es", "ed", "ied", "ies", "ing", "ings", "e", "ee"} {
			words = append(words, root+end)
		}
	}
	for _, w := range words {
		if got, want := stem(w), refStem(w); got != want {
			t.Fatalf("stem(%q) = %q, want %q", w, got, want)
		}
	}
}

// sealedSets are the test sets kept unread, so that their scores measure
// text nobody tuned on: tests that print what they read skip them.
var sealedSets = []string{"sealed", "voa2", "voa5", "voa6", "voa7", "voa8", "voa9", "voa10", "voa11", "voa12", "voa13"}

// testTexts returns the text of every development test article: the
// equivalence tests that read them print a word when they fail, and no
// word of a sealed set may be printed.
func testTexts(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*", "*", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob(filepath.Join("testdata", "*", "*.md"))
	var texts []string
	for _, p := range append(paths, more...) {
		if slices.Contains(sealedSets, strings.Split(filepath.ToSlash(p), "/")[1]) {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	if len(texts) < 20 {
		t.Fatalf("only %d texts: the test articles are missing", len(texts))
	}
	return texts
}
