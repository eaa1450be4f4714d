package extract

import (
	"maps"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/report/extract/lexicon"
)

// Sentence is one sentence of an article, with its byte offsets in the
// article's text so that a quote is always verbatim.
type Sentence struct {
	Text       string
	Start, End int // Text == article[Start:End]
	Index      int // position among the sentences read with it (the article's, or its window's), from 0
}

// splitSentences cuts an article into sentences.
//
// It is a hand-written rule splitter rather than a trained one (such as
// Punkt): news text needs a handful of rules — abbreviations before names
// and numbers ("Gen. Munir", "Nov. 28", "No. 5"), initials, dotted
// acronyms, decimals, sentences that end inside closing quotes, and lines
// without final punctuation (headings, bullets, datelines) — and these are
// easy to state, test and run at hundreds of MB/s without a model file.
func splitSentences(text string) []Sentence { return splitSentencesFrom(text, 0) }

// splitSentencesFrom cuts text, which starts at byte at of a longer text
// (one window of an article), into sentences whose offsets are in the
// longer text.
func splitSentencesFrom(text string, at int) []Sentence {
	var out []Sentence
	var emit func(s, e int)
	emit = func(s, e int) {
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e-s > maxSentence {
			cut := longCut(text, s, s+maxSentence)
			emit(s, cut)
			emit(cut, e)
			return
		}
		if e > s {
			out = append(out, Sentence{Text: text[s:e], Start: at + s, End: at + e, Index: len(out)})
		}
	}
	lineStart, start := 0, 0
	for lineStart < len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		for _, cut := range cutsInLine(text, lineStart, lineEnd) {
			emit(start, cut)
			start = cut
		}
		if lineEnd >= len(text) || lineBreaks(text, lineStart, lineEnd) {
			emit(start, lineEnd)
			start = lineEnd
		}
		lineStart = lineEnd + 1
	}
	emit(start, len(text))
	return out
}

// maxSentence bounds a sentence's length in bytes: text that runs on
// longer (a table, a list without stops) is cut so that extraction stays
// linear in the article's length.
const maxSentence = 1500

// longCut returns where to cut an overlong sentence that starts at s: after
// the last semicolon or comma before limit, else at the last space.
func longCut(text string, s, limit int) int {
	if i := strings.LastIndexAny(text[s:limit], ";,"); i > maxSentence/3 {
		return s + i + 1
	}
	if i := strings.LastIndexByte(text[s:limit], ' '); i > 0 {
		return s + i
	}
	for limit > s && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// lineBreaks reports whether the newline at end also ends a sentence: it
// does after a blank line, a heading, a bullet or a line that reads as
// complete; a hard-wrapped line whose next line goes on in lower case does
// not.
func lineBreaks(text string, lineStart, end int) bool {
	line := strings.TrimSpace(text[lineStart:end])
	next := end + 1
	for next < len(text) && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r') {
		next++
	}
	if line == "" || next >= len(text) || text[next] == '\n' {
		return true
	}
	if isBullet(text[next:]) || isBullet(line) || strings.HasPrefix(line, "#") {
		return true
	}
	switch line[len(line)-1] {
	case ',', '-', ';', '(':
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[next:])
	return !unicode.IsLower(r)
}

// isBullet reports whether a line starts as a list item.
func isBullet(s string) bool {
	switch {
	case strings.HasPrefix(s, "- "), strings.HasPrefix(s, "* "), strings.HasPrefix(s, "• "), strings.HasPrefix(s, "+ "):
		return true
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// cutsInLine returns the offsets just after each sentence end inside
// text[from:to], before the line's end.
func cutsInLine(text string, from, to int) []int {
	var cuts []int
	for i := from; i < to; i++ {
		c := text[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		end := i + 1
		for end < to && text[end] == c { // "..." or "?!"
			end++
		}
		end = skipClosers(text, end, to)
		if end >= to {
			continue // the line's end closes it
		}
		if !isSpaceByte(text[end]) {
			continue
		}
		next := end
		for next < to && isSpaceByte(text[next]) {
			next++
		}
		if next >= to {
			continue
		}
		if c == '.' && !periodEnds(text, from, i, next, to) {
			continue
		}
		if c != '.' && !startsSentence(text[next:to]) {
			continue
		}
		cuts = append(cuts, end)
		i = end - 1
	}
	return cuts
}

// skipClosers moves past closing quotes and brackets after a full stop.
func skipClosers(text string, i, to int) int {
	for i < to {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '"', '\'', ')', ']', '”', '’', '»':
			i += n
			continue
		}
		break
	}
	return i
}

// startsSentence reports whether s begins like a sentence: an upper-case
// letter or a digit, possibly after opening quotes or brackets.
func startsSentence(s string) bool {
	for _, r := range s {
		switch r {
		case '"', '\'', '(', '[', '“', '‘', '«', '*', '-', '—':
			continue
		}
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// periodEnds decides whether the full stop at dot ends a sentence, given
// the next word at next.
func periodEnds(text string, lineStart, dot, next, to int) bool {
	if !startsSentence(text[next:to]) {
		return false
	}
	w := wordBefore(text, lineStart, dot)
	if w == "" {
		return true
	}
	nextWord := firstWord(text[next:to])
	nextIsDigit := nextWord != "" && nextWord[0] >= '0' && nextWord[0] <= '9'
	lw := strings.ToLower(w)
	switch {
	case titleAbbrevs.has(lw):
		return false // "Gen. Munir", "Dr. Khan"
	case numberAbbrevs.has(lw) && nextIsDigit:
		return false // "Nov. 28", "No. 5"
	case utf8.RuneCountInString(w) == 1 && unicode.IsUpper(rune(w[0])):
		return false // an initial: "J. Smith"
	case strings.Contains(w, "."): // a dotted acronym: "U.S.", "U.N."
		return sentenceStarters.has(nextWord)
	}
	return true
}

// wordBefore returns the letters (and inner dots) just before the full
// stop at dot: "Gen" for "Gen.", "U.S" for "U.S.".
func wordBefore(text string, lineStart, dot int) string {
	i := dot
	for i > lineStart {
		r, n := utf8.DecodeLastRuneInString(text[lineStart:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= n
	}
	return strings.Trim(text[i:dot], ".")
}

// firstWord returns the first run of letters or digits in s, after any
// opening punctuation.
func firstWord(s string) string {
	s = strings.TrimLeft(s, "\"'([“‘«*-—")
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return s[:i]
		}
	}
	return s
}

// titleAbbrevs are abbreviations that stand before a name and never end a
// sentence.
var titleAbbrevs = wordSetOf("titleAbbrevs")

// numberAbbrevs are abbreviations that stand before a number.
var numberAbbrevs = wordSetOf("numberAbbrevs")

// sentenceStarters are words that, after a dotted acronym, show that the
// acronym ended the sentence ("… in the U.S. The talks …").
var sentenceStarters = wordSetOf("sentenceStarters")

// words returns a named word set of the embedded lexicon.
func words(name string) map[string]bool {
	return lexicon.Default().Set(name)
}

// wordSet is a named word set of the embedded lexicon that a token can be
// tested against without hashing its word: every word of every set of
// the lexicon has a number (a token's wid, set when its word is), and
// each set a bitmap over those numbers. Sets are made while the package
// is initialised, before any token.
//
// A set also keeps a small Bloom filter of its words, by wordHash, so
// that has, which the rules call with words of every kind, mostly turns
// away a word of no set without a map look-up.
type wordSet struct {
	m      map[string]bool
	bits   []uint64 // bit wid is set when the word numbered wid is in the set; long enough for every number
	filter []uint64 // 16 bits a word, two of them set per word; a power of two long
	bit    uint     // the set's number among the sets made
}

// wordSetOf makes the wordSet of the lexicon's set name.
func wordSetOf(name string) wordSet {
	if len(setWords) == 1 {
		numberSetWords()
	}
	s := wordSet{m: words(name), bit: uint(setCount)}
	s.filter = make([]uint64, 1<<bits.Len(uint(len(s.m)/4)))
	s.bits = make([]uint64, len(setWords)/64+1)
	for w := range s.m {
		if w != "" {
			h := filterHash(w)
			s.filter[(h>>40)&uint64(len(s.filter)-1)] |= 1<<(h>>58) | 1<<((h>>52)&63)
		}
		id := wordIDs[w]
		s.bits[id>>6] |= 1 << (id & 63)
	}
	setCount++
	allSets = append(allSets, s)
	return s
}

// numberSetWords gives every word of every set of the lexicon its number,
// set by set in the order of their names, before the first set is made:
// a set's bitmap then has room for every number.
func numberSetWords() {
	sets := lexicon.Default().Sets
	for _, name := range slices.Sorted(maps.Keys(sets)) {
		for _, w := range sets[name] {
			if _, ok := wordIDs[w]; ok {
				continue
			}
			if len(setWords) > math.MaxUint16 {
				panic("extract: more set words than a token's wid numbers")
			}
			id := uint16(len(setWords))
			wordIDs[w] = id
			setWords = append(setWords, w)
			cut, add := stemOf(w)
			setStems = append(setStems, [2]byte{cut, add})
			setTable.add(w, id)
		}
	}
}

// has reports whether w is in the set. It is small enough to be
// inlined, and the filter turns most words away without a call.
func (s *wordSet) has(w string) bool {
	if w == "" {
		return s.m[w]
	}
	h := filterHash(w)
	f := s.filter[(h>>40)&uint64(len(s.filter)-1)]
	return (f>>(h>>58))&(f>>((h>>52)&63))&1 != 0 && s.m[w]
}

// filterHash hashes a word, not empty, for the sets' filters by its
// length and its first and last bytes: cheaply enough to be inlined.
func filterHash(w string) uint64 {
	return (uint64(len(w)) | uint64(w[0])<<8 | uint64(w[len(w)-1])<<16) * 0x9e3779b97f4a7c15
}

// filterBits returns the two bits of a phrase set's filter word that a
// word whose wordHash is h sets.
func filterBits(h uint64) uint64 { return 1<<(h&63) | 1<<((h>>6)&63) }

// in reports whether the word numbered wid (a token's) is in the set.
func (s *wordSet) in(wid uint16) bool { return s.bits[wid>>6]&(1<<(wid&63)) != 0 }

var (
	allSets  []wordSet // every set made, for the tests
	setCount int
	wordIDs  = map[string]uint16{}
	setWords = []string{""}  // each number's word; number 0: a word of no set
	setStems = [][2]byte{{}} // each number's stemOf, as cut and added letter
)

// wordID returns the number of w among the sets' words, 0 when no set has
// it.
func wordID(w string) uint16 { return lookupWord(w) }

// setTable finds a set word's number as wordIDs does, faster: every token
// of a text is looked up, most of them short words. It is an open
// addressing table of 32-bit slots, each a word's number and 16 bits of
// its hash (0: empty), at most half full, so that a word of no set is
// mostly told apart without reading any word's bytes.
var setTable wordTable

type wordTable struct {
	slots []uint32
	n     int
}

// add enters word w with its number id.
func (t *wordTable) add(w string, id uint16) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]uint32, max(1024, 2*len(old)))
		for _, s := range old {
			if s != 0 {
				t.put(setWords[s&0xffff], s)
			}
		}
	}
	h := wordHash(w)
	t.put(w, uint32(h>>48)<<16|uint32(id))
	t.n++
}

func (t *wordTable) put(w string, slot uint32) {
	mask := uint64(len(t.slots) - 1)
	for i := wordHash(w) & mask; ; i = (i + 1) & mask {
		if t.slots[i] == 0 {
			t.slots[i] = slot
			return
		}
	}
}

// lookupWord returns w's number in setTable, 0 when w is no set's word.
func lookupWord[T string | []byte](w T) uint16 {
	slots := setTable.slots
	if len(slots) == 0 {
		return 0
	}
	h := wordHash(w)
	tag, mask := uint32(h>>48), uint64(len(slots)-1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := slots[i]
		if s == 0 {
			return 0
		}
		if s>>16 == tag && setWords[s&0xffff] == string(w) {
			return uint16(s)
		}
	}
}

// wordHash hashes a word by its length and at most its first and last 8
// bytes (all of a word of up to 16 bytes).
func wordHash[T string | []byte](w T) uint64 {
	n := len(w)
	var a, b uint64
	switch {
	case n >= 8:
		a, b = le64(w, 0), le64(w, n-8)
	case n >= 4:
		a, b = le32(w, 0), le32(w, n-4)
	case n > 0:
		a = uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	}
	hi, lo := bits.Mul64(a^0xa0761d6478bd642f, b^0xe7037ed1a0b428db^uint64(n))
	return hi ^ lo
}

func le64[T string | []byte](w T, i int) uint64 {
	_ = w[i+7]
	return uint64(w[i]) | uint64(w[i+1])<<8 | uint64(w[i+2])<<16 | uint64(w[i+3])<<24 |
		uint64(w[i+4])<<32 | uint64(w[i+5])<<40 | uint64(w[i+6])<<48 | uint64(w[i+7])<<56
}

func le32[T string | []byte](w T, i int) uint64 {
	_ = w[i+3]
	return uint64(w[i]) | uint64(w[i+1])<<8 | uint64(w[i+2])<<16 | uint64(w[i+3])<<24
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// wordSeqs matches fixed sequences of lower-case words ("off the table").
type wordSeqs [][]string

// newWordSeqs cuts each phrase of set into its words, longest first, so
// that a phrase is matched before any shorter one it begins with.
func newWordSeqs(set map[string]bool) wordSeqs {
	var out wordSeqs
	for p := range set {
		out = append(out, strings.Fields(p))
	}
	slices.SortFunc(out, func(a, b []string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(strings.Join(a, " "), strings.Join(b, " "))
	})
	return out
}

// endAt returns the end of a sequence that starts at token k of toks.
func (s wordSeqs) endAt(toks []token, k int) (int, bool) {
	for _, seq := range s {
		if k+len(seq) > len(toks) {
			continue
		}
		ok := true
		for j, w := range seq {
			ok = ok && toks[k+j].Lower == w
		}
		if ok {
			return k + len(seq), true
		}
	}
	return 0, false
}

// matchAt reports whether a sequence starts at token k of toks.
func (s wordSeqs) matchAt(toks []token, k int) bool {
	_, ok := s.endAt(toks, k)
	return ok
}
