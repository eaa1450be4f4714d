package extract

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/report"
	"brief/report/extract/lexicon"
)

// This file reads the numbers written in a sentence: digits with thousands
// separators and decimals, number words ("two", "twenty-five", "a dozen"),
// scales ("10 million", "5bn", "1.2m"), currencies ("$", "Rs", "rupees") and
// ranges ("between 8,000 and 12,000", "6,000-6,500", "35 to 40"). Whether a
// number is a reported figure, rather than a year or an age, is decided in
// figures.go.

// numTokKind says what a token is.
type numTokKind uint8

const (
	numWord   numTokKind = iota // letters, digits glued after letters, apostrophes
	numDigits                   // digits, with "," thousands separators and a "." decimal part
	numPunct                    // any other single character
)

// numToken is one word, number or punctuation mark of a sentence.
// Its fields are ordered so that the small ones share one word: 64 bytes.
type numToken struct {
	text  string  // verbatim
	lower string  // text with ASCII letters lower-cased
	start int     // byte offsets in the sentence
	end   int     //
	num   float64 // numDigits: its value
	kind  numTokKind
	wid   uint16 // lower's number among the lexicon sets' words (wordID)
	glued bool   // no space between the previous token and this one
	comma bool   // numDigits: written with thousands separators
	dec   bool   // numDigits: written with a decimal part
}

func (t *numToken) is(words ...string) bool {
	for _, w := range words {
		if t.lower == w {
			return true
		}
	}
	return false
}

// isCap reports whether a word token starts with an upper-case letter.
func (t *numToken) isCap() bool {
	if t.kind != numWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// numTokenize cuts s into tokens. lower must be s with ASCII letters
// lower-cased (the same length as s).
func numTokenize(s, lower string) []numToken {
	return numTokenizeTo(make([]numToken, 0, len(s)/5+4), s, lower)
}

// numTokenizeTo is numTokenize appending to toks, so that the sentences
// of an article can share one array; the tokens of s start at
// len(toks) and their offsets are s's.
func numTokenizeTo(toks []numToken, s, lower string) []numToken {
	base := len(toks)
	glued := false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			glued = false
			i++
			continue
		case c >= '0' && c <= '9':
			t := readNumber(s, i)
			t.lower, t.glued = lower[t.start:t.end], glued && len(toks) > base
			toks = append(toks, t)
			i = t.end
		case c < utf8.RuneSelf && !numIsLetter(c):
			toks = append(toks, numToken{text: s[i : i+1], lower: lower[i : i+1], start: i, end: i + 1,
				kind: numPunct, glued: glued && len(toks) > base})
			i++
		default:
			j := i
			for j < len(s) {
				b := s[j]
				if b < utf8.RuneSelf {
					if numIsLetter(b) || (b == '\'' && j > i && j+1 < len(s) && numIsLetter(s[j+1])) {
						j++
						continue
					}
					break
				}
				r, n := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r) || (r == '’' && j > i && j+n < len(s) && numIsLetter(s[j+n])) {
					j += n
					continue
				}
				break
			}
			if j == i { // a non-letter rune: a space, or one punctuation token
				r, n := utf8.DecodeRuneInString(s[i:])
				if unicode.IsSpace(r) {
					glued = false
					i += n
					continue
				}
				j = i + n
				toks = append(toks, numToken{text: s[i:j], lower: lower[i:j], start: i, end: j,
					kind: numPunct, glued: glued && len(toks) > base})
			} else {
				toks = append(toks, numToken{text: s[i:j], lower: lower[i:j], start: i, end: j,
					kind: numWord, glued: glued && len(toks) > base})
			}
			i = j
		}
		glued = true
	}
	for k := base; k < len(toks); k++ {
		toks[k].wid = wordID(toks[k].lower)
	}
	return toks
}

func numIsLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

func numIsDigit(b byte) bool { return b >= '0' && b <= '9' }

// readNumber reads the digits at s[i:]: "8,000", "1.5", "2023". A comma is
// a thousands separator only when exactly three digits follow it.
func readNumber(s string, i int) numToken {
	t := numToken{start: i, kind: numDigits}
	var v float64
	spaced := false // thousands separated by spaces
	j := i
	for j < len(s) {
		switch c := s[j]; {
		case numIsDigit(c):
			v = v*10 + float64(c-'0')
			j++
			continue
		case c == ',' && (groupOfThree(s, j+1) || lakhGroups(s, j+1)):
			t.comma = true
			j++
			continue
		case (spaced || !t.comma) && !t.dec && s[i] != '0' && spaceGroup(s, i, j):
			// "200 000 people": a space (or a no-break space) between
			// groups of three, as French and UN copy write thousands
			t.comma, spaced = true, true
			j += spaceWidth(s, j)
			continue
		case c == '.' && !t.dec && j+1 < len(s) && numIsDigit(s[j+1]):
			t.dec = true
			j++
			scale := 0.1
			for j < len(s) && numIsDigit(s[j]) {
				v += float64(s[j]-'0') * scale
				scale /= 10
				j++
			}
		}
		break
	}
	t.end, t.text, t.num = j, s[i:j], v
	return t
}

// spaceGroup reports whether the space at s[j] separates thousands in
// the number that starts at s[i]: one to three digits before it (or a
// group of three after an earlier space), exactly three after it, and no
// digit or comma before the number ("2024 100" is a year and a count).
func spaceGroup(s string, i, j int) bool {
	w := spaceWidth(s, j)
	if w == 0 || !groupOfThree(s, j+w) || i > 0 && (numIsDigit(s[i-1]) || s[i-1] == ',' || s[i-1] == '.') {
		return false
	}
	g := j // the digits since the last separator
	for g > i && numIsDigit(s[g-1]) {
		g--
	}
	if g == i {
		return j-i <= 3
	}
	return j-g == 3
}

// spaceWidth returns the bytes of a space at s[j] that may separate
// thousands (a space, a no-break space or a narrow one), or 0.
func spaceWidth(s string, j int) int {
	switch {
	case j < len(s) && s[j] == ' ':
		return 1
	case j+1 < len(s) && s[j] == 0xC2 && s[j+1] == 0xA0:
		return 2
	case j+2 < len(s) && s[j] == 0xE2 && s[j+1] == 0x80 && s[j+2] == 0xAF:
		return 3
	}
	return 0
}

// lakhGroups reports whether s[i:] continues a number grouped the South
// Asian way, in pairs before the last three digits: "5,00,000", "1,25,00,000".
func lakhGroups(s string, i int) bool {
	for i+3 <= len(s) && numIsDigit(s[i]) && numIsDigit(s[i+1]) && s[i+2] == ',' && (i+3 == len(s) || numIsDigit(s[i+3])) {
		if groupOfThree(s, i+3) {
			return true
		}
		i += 3
	}
	return false
}

// groupOfThree reports whether s[i:] starts with exactly three digits.
func groupOfThree(s string, i int) bool {
	if i+3 > len(s) {
		return false
	}
	for k := i; k < i+3; k++ {
		if !numIsDigit(s[k]) {
			return false
		}
	}
	return i+3 == len(s) || !numIsDigit(s[i+3])
}

// numLowerASCII lower-cases the ASCII letters of s, keeping every byte offset.
func numLowerASCII(s string) string {
	i := 0
	for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if b[i] >= 'A' && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}

// quantity is a number written in a sentence, as tokens first..last
// (inclusive) covering any currency sign and scale word.
type quantity struct {
	first, last int
	low, high   float64
	currency    string // the ISO 4217 code of a sum of money, or ""
	numFirst    int    // the numToken where the (first) number itself starts
	isRange     bool
	wordOne     bool // the bare word "one"
	year        bool // a four-digit integer that reads like a year
}

var numUnits = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var numTens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// numScales multiply the number before them. Short forms ("m", "bn", "k")
// are read only glued to digits or after a currency.
var numScales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "mln": 1e6, "bln": 1e9,
}

var numShortScales = map[string]float64{"m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tr": 1e12, "cr": 1e7}

// currencySigns stand before a number ("$", "Rs", "€") and currencyNames
// after it ("rupees", "afghanis"); both map to the ISO 4217 code.
// isoCurrencies are the codes themselves, read in capitals.
var (
	currencySigns = lexicon.Default().Map("currencySigns")
	currencyNames = lexicon.Default().Map("currencyNames")
	isoCurrencies = wordSetOf("isoCurrencies")
)

// currencyOf returns the ISO code a token names as a currency sign
// before a number (after says: a name after it), or "".
func currencyOf(t *numToken, after bool) string {
	if t.kind == numDigits {
		return ""
	}
	if isoCurrencies.has(t.text) {
		return t.text // "CHF 300 million", "300 million CHF"
	}
	if after {
		return currencyNames[t.lower]
	}
	return currencySigns[t.lower]
}

// quantities finds every number in toks, in order.
func quantities(toks []numToken) []quantity {
	var out []quantity
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind == numPunct || t.kind == numWord && t.lower != "a" && t.lower != "an" && t.lower != "another" && t.lower != "half" && t.lower != "quarter" && !numberWords[t.lower] {
			continue // most words: skip the number-word parser
		}
		q, ok := quantityAt(toks, i)
		if !ok {
			if !onePerson(toks, i) {
				continue
			}
			q = quantity{first: i, last: i, low: 1, high: 1, numFirst: i}
		}
		q.last = restated(toks, q)
		out = append(out, q)
		i = q.last
	}
	return out
}

// onePerson reports whether the "a" or "an" at token i counts one person
// something happened to: "A civilian was killed", "an aid worker was shot
// dead", "the death of a soldier". The person is a noun of onePersons
// after at most two modifiers, in no list; what happened is a trigger
// before the article or one after the noun and its auxiliaries.
func onePerson(toks []numToken, i int) bool {
	l := toks[i].lower
	if l == "another" {
		if ok, sure := anotherOne(toks, i); sure {
			return ok
		}
	} else if l != "a" && l != "an" {
		return false
	}
	n := -1
	limit := i + 3
	for k := i + 1; k < len(toks) && k <= limit; k++ {
		if a := ageCompound(toks, k); a > 0 {
			k, limit = a, limit+a-k+1 // "a 15-year-old boy": an age is no count
			continue
		}
		if toks[k].kind != numWord {
			return false
		}
		if onePersons.in(toks[k].wid) {
			n = k
			break
		}
	}
	if n < 0 || n+1 < len(toks) && toks[n+1].is("-", "’", "'") {
		return false // "a soldier-poet", "a soldier's"
	}
	if i > 0 && toks[i-1].is("and", ",", "or") || n+2 < len(toks) && toks[n+1].is("and", ",", "or") && triggers[toks[n+2].lower] == "" {
		return false // "three militants and a soldier": an item of a list is counted with it, or not at all
	}
	if countedGrievance(toks, i) {
		return false // "protested against the killing of a student": the cause told, no one counted
	}
	if i > 0 && (triggers[toks[i-1].lower] != "" || toks[i-1].lower == "of" && i > 1 && oneDeathNouns.in(toks[i-2].wid)) {
		return true // "killing a soldier", "the death of a soldier"
	}
	k := n + 1
	for k < len(toks) && k <= n+3 && onePersonAux.in(toks[k].wid) {
		k++
	}
	if k < len(toks) && k == n+1 {
		// "a man succumbed to his injuries", "a policeman lost his life":
		// a verb whose subject is the one it befell (not "a soldier killed …")
		fs := figureScan{toks: toks}
		v, _ := fs.phraseAt(k)
		return oneIntransitive.in(toks[k].wid) || v == report.Killed
	}
	if k >= len(toks) {
		return false
	}
	if triggers[toks[k].lower] != "" {
		return true
	}
	if k+2 < len(toks) && strings.HasSuffix(toks[k].lower, "ed") && toks[k+1].lower == "to" && triggers[toks[k+2].lower] == report.Killed {
		return true // "was stoned to death"
	}
	if k+2 < len(toks) && toks[k+1].lower == "and" && triggers[toks[k+2].lower] != "" && toks[k].kind == numWord &&
		(strings.HasSuffix(toks[k].lower, "ed") || oneParticiples.in(toks[k].wid)) {
		return true // "was shot and killed", "was raped and killed"
	}
	fs := figureScan{toks: toks} // "was shot dead": a trigger phrase
	v, _ := fs.phraseAt(k)
	return v != ""
}

// grievanceBefore reports whether a word of grievance governs the death
// noun at token d: it stands right before the noun's phrase ("the
// [brutal] killing", "his murder"), as a verb or noun that takes it as
// object ("protesting the murder", "mourned the killing"), as "over" or
// "against" ("protested over the killing"), or as a link word after a word
// of grievance ("justice for", "in connection with", "an investigation
// into", "charged with"). A preposition of place or target before some
// other noun governs nothing: "strikes against Kharkiv caused the death of
// a woman", "fighting over Umra caused the death of a soldier". The death
// is then the cause told, no death counted, by "a" or by a number
// (countedGrievance).
func grievanceBefore(toks []numToken, d int) bool {
	k := d - 1
	if k >= 0 && (toks[k].kind == numWord && strings.HasSuffix(toks[k].lower, "ful") || grievanceAdjectives.in(toks[k].wid)) {
		k-- // "the brutal killing", "the unlawful killing"
	}
	if k >= 0 && grievanceDeterminers.in(toks[k].wid) {
		k--
	}
	if k < 0 || toks[k].kind != numWord {
		return false
	}
	if grievanceWords.in(toks[k].wid) || grievanceGoverning.in(toks[k].wid) {
		return true
	}
	if !grievanceLinks.in(toks[k].wid) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if toks[j].kind == numPunct {
			return false
		}
		if grievanceWords.in(toks[j].wid) {
			return true // "justice for", "in connection with", "an investigation into"
		}
	}
	return false
}

// countedGrievance reports whether the count at token i stands after
// "of" and a death noun a word of grievance governs: "protested over the
// killing of two students" counts no dead. (figures.go)
func countedGrievance(toks []numToken, i int) bool {
	return i > 1 && toks[i-1].lower == "of" && oneDeathNouns.in(toks[i-2].wid) && grievanceBefore(toks, i-2)
}

// grievanceWords make a death or arrest they govern what a protest, a
// charge or an inquiry is about; grievanceGoverning do so standing right
// before it ("over", "against"); grievanceLinks only after a word of
// grievance ("justice for"). grievanceDeterminers and grievanceAdjectives
// may stand between. (numbers.go)
var (
	grievanceWords       = wordSetOf("figureGrievanceWords")
	grievanceGoverning   = wordSetOf("figureGrievanceGoverning")
	grievanceLinks       = wordSetOf("figureGrievanceLinks")
	grievanceDeterminers = wordSetOf("figureGrievanceDeterminers")
	grievanceAdjectives  = wordSetOf("figureGrievanceAdjectives")
)

// oneParticiples are participles not in -ed that a trigger may follow
// after "and": "a woman was shot and killed". (numbers.go)
var oneParticiples = wordSetOf("figureOneParticiples")

// anotherOne reads "another" at token i that counts one more person
// without a noun: "killing one soldier and wounding another", "a guard
// was killed and another wounded". sure is false when "another" goes on
// with a noun ("another soldier was wounded"), which onePerson reads as
// it reads "a soldier".
func anotherOne(toks []numToken, i int) (ok, sure bool) {
	if i == 0 || toks[i-1].is("one") {
		return false, true // "one another"
	}
	if i+1 >= len(toks) || toks[i+1].kind == numPunct && !toks[i+1].is("-") {
		return triggers[toks[i-1].lower] != "", true // "wounding another."
	}
	if toks[i-1].is("and", ",") {
		// "and another wounded", "and another was injured", "and another
		// soldier was wounded": a clause of its own, not an item of a list
		j := i + 1
		noun := j < len(toks) && onePersons.in(toks[j].wid)
		if noun {
			j++
		}
		k := j
		for k < len(toks) && k < j+3 && onePersonAux.in(toks[k].wid) {
			k++
		}
		if k < len(toks) && triggers[toks[k].lower] != "" && (!noun || k > j && toks[j].is("was", "has", "is")) {
			return true, true
		}
	}
	return false, toks[i+1].kind != numWord
}

// ageCompound returns the last token of an age written as a compound
// at token k ("15-year-old", "two-year-old"), or 0.
func ageCompound(toks []numToken, k int) int {
	if k+4 >= len(toks) || toks[k].kind != numDigits && !numberWords[toks[k].lower] {
		return 0
	}
	if toks[k+1].is("-") && toks[k+2].is("year", "month") && toks[k+3].is("-") && toks[k+4].is("old") {
		return k + 4
	}
	return 0
}

// onePersons are the singular nouns of people that "a" counts;
// oneDeathNouns before "of a" count a death ("the death of a soldier");
// onePersonAux stand between the person and what happened ("was", "has
// been").
var onePersons, oneDeathNouns, onePersonAux = wordSetOf("figureOnePersons"), wordSetOf("figureOneDeathNouns"), wordSetOf("figureOnePersonAux")

// oneIntransitive are verbs whose subject is the one they befell, so that
// "a man succumbed" counts one with no auxiliary between.
var oneIntransitive = wordSetOf("figureOneIntransitive")

// restated returns the last token of a quantity, taking in the digits
// that repeat a number in words: "seventeen (17)".
func restated(toks []numToken, q quantity) int {
	k := q.last + 1
	if k+2 >= len(toks) || !toks[k].is("(") || !toks[k+2].is(")") {
		return q.last
	}
	if v, end, ok := numberAt(toks, k+1); ok && end == k+2 && v == q.low && q.low == q.high {
		return k + 2
	}
	return q.last
}

// quantityAt reads a quantity whose number starts at toks[i].
func quantityAt(toks []numToken, i int) (quantity, bool) {
	v, end, ok := numberAt(toks, i)
	if !ok {
		return quantity{}, false
	}
	q := quantity{first: i, last: end - 1, low: v, high: v, numFirst: i}
	t := &toks[i]
	q.wordOne = t.kind == numWord && t.lower == "one" && end == i+1

	q.year = yearLike(t, end == i+1)

	// A currency before: "$10", "US$ 5", "Rs 5bn", "Rs. 10", "PKR 10".
	if c, k := currencyBeforeAt(toks, i); c != "" {
		q.currency, q.first = c, k
	}
	// A range: "8,000 to 12,000", "6,000-6,500", "35–40", "two or three",
	// "between 8,000 and 12,000".
	if end+1 < len(toks) && !(q.year && i > 0 && yearPreps.in(toks[i-1].wid)) {
		// "in 2022 to 1.5 million": a year, not a range's first end.
		sep := &toks[end]
		between := q.first > 0 && toks[q.first-1].lower == "between"
		if sep.is("to", "-", "–", "—", "or") || (sep.lower == "and" && between) {
			j := end + 1
			if c, k := currencyBeforeAt(toks, j+1); c != "" && k == j {
				j++ // "$5 to $10 million"
			}
			if v2, end2, ok := numberAt(toks, j); ok && (sep.kind != numPunct || t.kind == numDigits && toks[j].kind == numDigits) {
				lo := v
				if lo < v2 {
					// "between 2 and 3 million", "$5-10 million": the scale of
					// the second number applies to the first.
					if s := v2 / numRawValue(toks, j); s >= 1000 && lo == numRawValue(toks, i) && lo*s < v2 {
						lo *= s
					}
					q.low, q.high, q.isRange, q.last = lo, v2, true, end2-1
					q.year = q.year && yearLike(&toks[j], end2 == j+1)
					end = end2
				}
			}
		}
	}
	// A currency after: "10 billion rupees", "500 dollars".
	if end < len(toks) {
		if c := currencyOf(&toks[end], true); c != "" && q.currency == "" {
			q.currency, q.last = c, end
		}
	}
	return q, true
}

// yearPreps before a year make it a date: "in 2022 to 1.5 million".
var yearPreps = wordSetOf("figureYearPreps")

// numRawValue is the value of the number token at toks[i] before any scale.
func numRawValue(toks []numToken, i int) float64 {
	if toks[i].kind == numDigits {
		return toks[i].num
	}
	v, end, _ := wordNumberAt(toks, i)
	if end > i+1 {
		if s, ok := numScales[toks[end-1].lower]; ok && s > 0 && v >= s {
			return v / s // "three to four thousand": four, before its scale
		}
	}
	return v
}

// yearLike reports whether t is a four-digit integer that could be a year;
// alone says no scale follows it.
func yearLike(t *numToken, alone bool) bool {
	return t.kind == numDigits && alone && !t.comma && !t.dec && len(t.text) == 4 && t.num >= 1800 && t.num <= 2100
}

// currencyBeforeAt reads a currency sign that ends just before toks[i] and
// returns it with the index of its first token.
func currencyBeforeAt(toks []numToken, i int) (string, int) {
	if i == 0 || i > len(toks) {
		return "", 0
	}
	k := i - 1
	if toks[k].lower == "." && k > 0 && toks[k-1].lower == "rs" { // "Rs. 10"
		k--
	}
	c := currencyOf(&toks[k], false)
	if c == "" {
		return "", 0
	}
	if toks[k].lower == "$" && k > 0 && toks[k].glued && toks[k-1].lower == "us" {
		k--
	}
	return c, k
}

// numberAt reads one number (digits with an optional scale, or number
// words) at toks[i] and returns its value and the index after it.
func numberAt(toks []numToken, i int) (float64, int, bool) {
	if i >= len(toks) {
		return 0, 0, false
	}
	t := &toks[i]
	if t.kind == numWord {
		return wordNumberAt(toks, i)
	}
	if t.kind != numDigits {
		return 0, 0, false
	}
	v, end := t.num, i+1
	if end < len(toks) {
		n := &toks[end]
		if s, ok := numScales[n.lower]; ok && n.lower != "hundred" {
			v, end = scaled(v, s), end+1
		} else if s, ok := numShortScales[n.lower]; ok && n.kind == numWord && (n.glued || n.lower == "bn" || n.lower == "mn") {
			v, end = scaled(v, s), end+1
		}
	}
	return v, end, true
}

// scaled is v times the scale s, a whole number when s is a thousand or
// more: "1.7 million" is 1700000, not 1700000.0000000002.
func scaled(v, s float64) float64 {
	if s >= 1e3 {
		return math.Round(v * s)
	}
	return v * s
}

// fractionOfScale reads "half a million", "a quarter of a million" or
// "quarter of a billion" at toks[i] and returns the value and the number
// of tokens read, or 0 tokens.
func fractionOfScale(toks []numToken, i int) (float64, int) {
	k := i
	if w := toks[k].lower; (w == "a" || w == "one") && k+1 < len(toks) && toks[k+1].lower == "quarter" {
		k++
	}
	part, ok := scaleFractions[toks[k].lower]
	if !ok {
		return 0, 0
	}
	k++
	if k < len(toks) && toks[k].lower == "of" {
		k++
	}
	if k+1 < len(toks) && (toks[k].lower == "a" || toks[k].lower == "an") {
		if s, ok := numScales[toks[k+1].lower]; ok && s >= 1000 {
			return part * s, k + 2 - i
		}
		if toks[k+1].lower == "dozen" && part == 0.5 {
			return 6, k + 2 - i // "half a dozen"
		}
	}
	return 0, 0
}

// scaleFractions are the fractions of a scale word: "half a million".
var scaleFractions = map[string]float64{"half": 0.5, "quarter": 0.25}

// wordNumberAt reads number words at toks[i]: "two", "twenty-five",
// "three hundred and fifty", "a dozen", "two million", "a thousand".
// Plurals ("hundreds", "thousands", "dozens") are not numbers.
func wordNumberAt(toks []numToken, i int) (float64, int, bool) {
	if v, n := fractionOfScale(toks, i); n > 0 {
		return v, i + n, true // "half a million"
	}
	var total, cur float64
	seen := false
	j := i
	if toks[i].lower == "a" || toks[i].lower == "one" {
		// "a dozen", "a hundred", "a million": the article counts as one.
		if i+1 < len(toks) {
			if _, ok := numScales[toks[i+1].lower]; ok || toks[i+1].lower == "dozen" {
				cur, seen, j = 1, true, i+1
			}
		}
		if toks[i].lower == "a" && !seen {
			return 0, 0, false
		}
	}
	for j < len(toks) {
		w := toks[j].lower
		if v, ok := numUnits[w]; ok && (!seen || cur == 0 || math.Mod(cur, 100) == 0) {
			cur += v
			seen = true
			j++
			continue
		}
		if v, ok := numTens[w]; ok && (!seen || cur == 0 || math.Mod(cur, 100) == 0) {
			cur += v
			seen = true
			j++
			// "twenty-five", "twenty five"
			k := j
			if k+1 < len(toks) && (toks[k].lower == "-") && toks[k].glued {
				k++
			}
			if k < len(toks) {
				if u, ok := numUnits[toks[k].lower]; ok && u > 0 && u < 10 {
					cur += u
					j = k + 1
				}
			}
			continue
		}
		if !seen {
			return 0, 0, false
		}
		if w == "dozen" {
			cur *= 12
			j++
			continue
		}
		if w == "hundred" {
			cur *= 100
			j++
			if j+1 < len(toks) && toks[j].lower == "and" {
				if _, ok := numUnits[toks[j+1].lower]; ok {
					j++
				} else if _, ok := numTens[toks[j+1].lower]; ok {
					j++
				}
			}
			continue
		}
		if s, ok := numScales[w]; ok {
			total += cur * s
			cur = 0
			j++
			continue
		}
		break
	}
	if !seen {
		return 0, 0, false
	}
	return total + cur, j, true
}
