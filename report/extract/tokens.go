package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of a text, with its byte offsets.
// Words keep inner hyphens apart ("re", "-", "engage") so that "TTP-claimed"
// still names the TTP; a possessive "'s" is folded into the word's flags.
//
// A long article has millions of tokens, so a token keeps its stem as
// two bytes about Lower rather than as a string of its own (Stem).
type token struct {
	Start, End int    // the word's bytes, without a possessive ending
	Lower      string // lower case, curly apostrophes made straight
	Lemma      string // for issue terms: the Snowball stem of the base form, set by a lemmatizer
	Word       bool   // a word or number, not punctuation
	Poss       bool   // followed by 's or ’s (or a bare ’ after s)
	Caps       bool   // every letter upper case ("TTP", "US")
	Title      bool   // first letter upper case
	stemCut    uint8  // Stem is Lower without its last stemCut bytes …
	stemAdd    byte   // … and then this letter, when not 0 ("denies" → "deny")
	wid        uint16 // Lower's number among the lexicon sets' words (wordID), 0 for none
}

// Stem returns a word's Lower without common inflections ("urged" →
// "urg"; see stem), or "" for punctuation.
func (t token) Stem() string {
	if !t.Word {
		return ""
	}
	s := t.Lower[:len(t.Lower)-int(t.stemCut)]
	if t.stemAdd != 0 {
		return s + string(rune(t.stemAdd))
	}
	return s
}

// setLower sets the token's lower-case form and its stem.
func (t *token) setLower(w string) { t.setLowerID(w, wordID(w)) }

// setLowerID is setLower for a word whose wordID is known.
func (t *token) setLowerID(w string, wid uint16) {
	t.Lower = w
	t.wid = wid
	if wid != 0 {
		st := setStems[wid] // a set word's, worked out once
		t.stemCut, t.stemAdd = st[0], st[1]
		return
	}
	t.stemCut, t.stemAdd = stemOf(w)
}

// stemOf returns stem(w) as the bytes it cuts from w and the letter it
// then adds, if any: every stem is a prefix of w, or a prefix and one
// letter ("denied" → "deny", "using" → "use").
func stemOf(w string) (cut uint8, add byte) {
	n, add := stemParts(w)
	if add != 0 && n < len(w) && w[n] == add {
		return uint8(len(w) - n - 1), 0 // "agreed" → "agree": a prefix after all
	}
	return uint8(len(w) - n), add
}

// tokenize cuts text into tokens.
func tokenize(text string) []token { return tokenizeFrom(nil, text, 0) }

// tokenizeFrom cuts text, which starts at byte at of a longer text (one
// window of an article), into tokens whose offsets are in the longer
// text, appended to toks[:0]: an array that an earlier article or window
// used is filled again rather than made anew.
func tokenizeFrom(toks []token, text string, at int) []token {
	// A long text's array is counted to size, which costs a pass over
	// the text, and made with room for the next window; a short one's is
	// guessed (about 6 bytes a token).
	size := len(text) / 5
	if len(text) > countAbove && cap(toks) < size {
		size = countTokens(text)
		if cap(toks) < size {
			size += size / 8
		}
	}
	if cap(toks) < size {
		toks = make([]token, 0, size)
	}
	toks = toks[:0]
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, read without decoding: a space, a word or a mark
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				i++
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
				t, next := wordToken(text, i)
				t.Start, t.End = t.Start+at, t.End+at
				toks = append(toks, t)
				i = next
			default:
				p := text[i : i+1]
				toks = append(toks, token{Start: at + i, End: at + i + 1, Lower: p, wid: wordID(p)})
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isSpace(r):
			i += n
		case isWordRune(r):
			t, next := wordToken(text, i)
			t.Start, t.End = t.Start+at, t.End+at
			toks = append(toks, t)
			i = next
		default:
			lower := punctLower(text[i : i+n])
			toks = append(toks, token{Start: at + i, End: at + i + n, Lower: lower, wid: wordID(lower)})
			i += n
		}
	}
	return toks
}

// tokenArrays keeps the token arrays of articles already read, for the
// next: a token array is the largest thing extraction makes (56 bytes a
// token, a token about every 6 bytes of text).
var tokenArrays = sync.Pool{New: func() any { return new([]token) }}

// maxPooled is the largest token array kept for another article (about
// 3.5 MB): a long article's is left to the collector.
const maxPooled = 1 << 16

// countAbove is the length of text above which tokenize counts its
// tokens before making their array.
const countAbove = 256 << 10

// countTokens returns how many tokens tokenize cuts text into, so that
// it can make its array once and of the right size: the array of a long
// article is the largest thing extraction holds.
func countTokens(text string) int {
	n := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isSpace(r):
			i += size
		case isWordRune(r):
			_, i = wordEnd(text, i)
			n++
		default:
			i += size
			n++
		}
	}
	return n
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\u00a0'
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// wordToken reads one word starting at i: letters and digits, with inner
// apostrophes ("don't"), digit groups ("2,000", "3.5") and dotted acronyms
// ("U.S."); see wordEnd.
func wordToken(text string, i int) (token, int) {
	// Most words are ASCII letters and digits ended by a space or a
	// mark that cannot stand inside a word (see wordEnd): such a word is
	// read, and its case told, in one pass.
	j, upper, lower := i, false, false
	for ; j < len(text); j++ {
		c := text[j]
		if c >= 'a' && c <= 'z' {
			lower = true
		} else if c >= 'A' && c <= 'Z' {
			upper = true
		} else if c < '0' || c > '9' {
			break
		}
	}
	if j > i && (j == len(text) || text[j] < utf8.RuneSelf && text[j] != ',' && text[j] != '.' && text[j] != '\'') {
		word := text[i:j]
		t := token{Start: i, End: j, Word: true}
		t.Caps = upper && !lower
		t.Title = word[0] >= 'A' && word[0] <= 'Z'
		if !upper {
			t.setLower(word)
		} else {
			t.setLowerID(asciiLower(word))
		}
		return t, j
	}
	end, next := wordEnd(text, i)
	word := text[i:end]
	t := token{Start: i, End: end, Word: true, Poss: next > end}
	// Any other ASCII word ("U.S.", "2,000", "don't", "Sudan's") is read
	// again over its bytes; its lower-case form is made only when it has
	// a capital that no set's word spares (see asciiLower).
	upper, lower = false, false
	for k := 0; k < len(word); k++ {
		c := word[k]
		if c >= utf8.RuneSelf {
			return wideWordToken(t, word), next
		}
		upper = upper || c >= 'A' && c <= 'Z'
		lower = lower || c >= 'a' && c <= 'z'
	}
	t.Caps = upper && !lower
	t.Title = word[0] >= 'A' && word[0] <= 'Z'
	if !upper {
		t.setLower(word)
		return t, next
	}
	t.setLowerID(asciiLower(word))
	return t, next
}

// wideWordToken finishes the token of a word with a letter outside
// ASCII.
func wideWordToken(t token, word string) token {
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
	t.Caps = caps && hasLetter
	first, _ := utf8.DecodeRuneInString(word)
	t.Title = unicode.IsUpper(first)
	t.setLower(lowerWord(word))
	return t
}

// asciiLower returns an ASCII word in lower case and its number among
// the sets' words (wordID). A word of some set is given the set's own
// string, so that no string is made for it ("The", "He"); any other word
// gets a new one.
func asciiLower(w string) (string, uint16) {
	var buf [24]byte
	var b []byte
	if len(w) <= len(buf) {
		b = buf[:len(w)]
	} else {
		b = make([]byte, len(w))
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	if id := lookupWord(b); id != 0 {
		return setWords[id], id
	}
	return string(b), 0
}

// wordEnd returns the end of the word starting at i and where the text
// after it, past any possessive ending, goes on.
func wordEnd(text string, i int) (end, next int) {
	start, j := i, i
	for j < len(text) {
		c := text[j]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			j++
			continue
		}
		if c < utf8.RuneSelf && c != ',' && c != '.' && c != '\'' {
			break // a space or a mark that cannot stand inside a word
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		if j+n < len(text) {
			r2, _ := utf8.DecodeRuneInString(text[j+n:])
			prev, _ := utf8.DecodeLastRuneInString(text[start:j])
			switch {
			case (r == ',' || r == '.') && unicode.IsDigit(prev) && unicode.IsDigit(r2):
				j += n
				continue
			case r == '.' && unicode.IsUpper(prev) && unicode.IsUpper(r2) && j-start <= 3:
				j += n // U.S, U.N
				continue
			case (r == '\'' || r == '’') && unicode.IsLetter(r2) && !isPossessiveAt(text, j+n):
				j += n // don't, Mu'min
				continue
			}
		}
		break
	}
	end = j
	// A dotted acronym keeps its final dot: "U.S." — not a sentence's.
	if j < len(text) && text[j] == '.' && strings.Contains(text[start:j], ".") {
		j++
		end = j
	}
	if p := possessiveLen(text, j); p > 0 {
		j += p
	} else if j < len(text) && (text[j] == '\'' || strings.HasPrefix(text[j:], "’")) &&
		endsInS(text[start:end]) && !nextIsLetter(text, j) {
		// the Taliban', the groups’
		if text[j] == '\'' {
			j++
		} else {
			j += len("’")
		}
	}
	return end, j
}

// endsInS reports whether a word's lower-case form ends in "s".
func endsInS(word string) bool {
	return strings.HasSuffix(lowerWord(word), "s")
}

// isPossessiveAt reports whether text at i (just after an apostrophe) is
// the "s" of a possessive: an "s" not followed by a letter.
func isPossessiveAt(text string, i int) bool {
	return i < len(text) && (text[i] == 's' || text[i] == 'S') && !nextIsLetter(text, i+1)
}

// possessiveLen returns the length of a possessive "'s" or "’s" at i, or 0.
func possessiveLen(text string, i int) int {
	switch {
	case i >= len(text):
	case text[i] == '\'' && isPossessiveAt(text, i+1):
		return 2
	case strings.HasPrefix(text[i:], "’") && isPossessiveAt(text, i+len("’")):
		return len("’") + 1
	}
	return 0
}

func nextIsLetter(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// lowerWord lowers a word and makes its apostrophes straight.
func lowerWord(w string) string {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ReplaceAll(strings.ToLower(w), "’", "'")
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if !upper {
		return w
	}
	b := make([]byte, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// punctLower normalises a punctuation token: curly quotes to straight ones,
// dashes to "-".
func punctLower(p string) string {
	switch p {
	case "“", "”", "„", "«", "»":
		return `"`
	case "‘", "’":
		return "'"
	case "–", "—", "‑":
		return "-"
	}
	return p
}

// stem removes common English inflections so that a configured term or cue
// matches its other forms: "talks", "talking" → "talk"; "mediate",
// "mediated" → "mediat"; "denied", "denies" → "deny". Derived nouns
// ("mediation", "facilitator") are left alone: a configuration lists the
// ones it means, and "action" must not become "act".
func stem(w string) string {
	n, add := stemParts(w)
	if add == 0 {
		return w[:n]
	}
	return w[:n] + string(rune(add))
}

// stemParts returns stem(w) as the length of w's prefix it keeps and the
// letter it adds after that prefix, if any, without making a string.
func stemParts(w string) (int, byte) {
	n, cut := len(w), 0
	switch {
	case n > 5 && strings.HasSuffix(w, "ings"):
		cut = 4
	case n > 4 && strings.HasSuffix(w, "ing"):
		cut = 3
	case n > 4 && (strings.HasSuffix(w, "ied") || strings.HasSuffix(w, "ies")):
		return n - 3, 'y'
	case n > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es")):
		cut = 2
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		cut = 1
	}
	w = w[:n-cut]
	if (cut == 2 || cut == 3) && len(w) >= 4 && doubled(w) {
		return len(w) - 1, 0 // "rebutted" → "rebut", "committed" → "commit", "stopping" → "stop"
	}
	if cut <= 1 && len(w) >= 5 && doubled(w) {
		return len(w) - 1, 0 // "boycott", "boycotts" → "boycot", as "boycotted" is
	}
	if cut == 2 && strings.HasSuffix(w, "e") {
		return len(w), 'e' // "agreed" → "agree", "guaranteed" → "guarantee"
	}
	if cut > 0 && len(w) <= 2 {
		return len(w), 'e' // "used", "using" → "use"
	}
	if len(w) >= 4 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") {
		return len(w) - 1, 0 // "urge", "urged" → "urg"
	}
	return len(w), 0
}

// doubled reports whether w ends in a consonant written twice that an
// inflection doubled ("rebutt-ed", "stopp-ing"); "ll", "ss" and "zz"
// belong to the word ("called", "passed").
func doubled(w string) bool {
	a, b := w[len(w)-2], w[len(w)-1]
	return a == b && strings.IndexByte("bdgmnprt", b) >= 0
}
