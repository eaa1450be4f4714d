package timex

import "unicode/utf8"

// Token kinds.
const (
	kNone  uint8 = iota // past the end of the text
	kWord               // ASCII letters
	kNum                // ASCII digits, with any letters glued to them
	kPunct              // any other single rune
)

// Number suffixes: the letters glued to a run of digits.
const (
	sufNone  uint8 = iota
	sufOrd         // 1st, 2nd, 28th
	sufS           // 1990s
	sufOther       // 10bn, 5km
)

// token is one word, number or punctuation mark of the text: 20 bytes,
// for a long article has millions.
type token struct {
	start, end int32
	kind       uint8
	cls        uint8 // lexical class of a word (see lexicon.go)
	cap        bool  // a word whose first letter is upper case
	nl         bool  // a line break lies between this token and the previous one
	suf        uint8 // letters glued to a number
	ndig       uint8 // number of digits of a number
	n          int32 // a number's value, a word's value in its class, or a punctuation mark's rune
}

// endsSentence reports whether t is a full stop, "!", "?" or ";": the
// end of the sentence a word around a date is looked for in.
func (t token) endsSentence() bool {
	return t.kind == kPunct && (t.n == '.' || t.n == '!' || t.n == '?' || t.n == ';')
}

// tokenize splits text into tokens, classifying words with the lexicon.
func tokenize(text string, toks []token) []token {
	nl := false
	for i := 0; i < len(text); {
		c := text[i]
		var t token
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
			continue
		case c == '\n':
			nl = true
			i++
			continue
		case isLetter(c):
			j := i + 1
			for j < len(text) && isLetter(text[j]) {
				j++
			}
			t = token{start: int32(i), end: int32(j), kind: kWord}
			t.cap = c <= 'Z'
			if e, ok := lookup(text[i:j]); ok {
				t.cls, t.n = e.cls, e.n
			}
		case c >= '0' && c <= '9':
			t = number(text, i)
		default:
			r, size := rune(c), 1
			if c >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
				if r == '\u00a0' || r == '\u2009' || r == '\u202f' {
					i += size
					continue
				}
			}
			t = token{start: int32(i), end: int32(i + size), kind: kPunct, n: r}
		}
		t.nl, nl = nl, false
		toks = append(toks, t)
		i = int(t.end)
	}
	return toks
}

// countAbove is the length of text above which find counts its tokens
// before making their array, rather than growing it.
const countAbove = 256 << 10

// countTokens returns how many tokens tokenize cuts text into.
func countTokens(text string) int {
	n := 0
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			i++
			continue
		case isLetter(c):
			i++
			for i < len(text) && isLetter(text[i]) {
				i++
			}
		case c >= '0' && c <= '9':
			for i < len(text) && text[i] >= '0' && text[i] <= '9' {
				i++
			}
			for i < len(text) && isLetter(text[i]) {
				i++
			}
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(text[i:])
			i += size
			if r == '\u00a0' || r == '\u2009' || r == '\u202f' {
				continue
			}
		default:
			i++
		}
		n++
	}
	return n
}

// number reads a run of digits at text[i:], with any letters glued to it.
func number(text string, i int) token {
	j, v := i, int64(0)
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		if v < 1e9 {
			v = v*10 + int64(text[j]-'0')
		}
		j++
	}
	t := token{start: int32(i), kind: kNum, n: int32(v)}
	t.ndig = uint8(min(j-i, 255))
	k := j
	for k < len(text) && isLetter(text[k]) {
		k++
	}
	switch suf := text[j:k]; {
	case suf == "":
	case suf == "s":
		t.suf = sufS
	case isOrdinalSuffix(suf):
		t.suf = sufOrd
	default:
		t.suf = sufOther
	}
	t.end = int32(k)
	return t
}

func isOrdinalSuffix(s string) bool {
	if len(s) != 2 {
		return false
	}
	a, b := s[0]|0x20, s[1]|0x20
	return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')
}

func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
