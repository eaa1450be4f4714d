package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"brief/report"
)

// abbreviatedNames returns the shortened forms reporters write a person's
// name in: the first name as an initial or, for a name that opens with a
// digraph, its two letters ("K. Asif", "Kh Asif", "Kh. Asif" for
// "Khawaja Asif"), and without middle names ("Khawaja Asif" for "Khawaja
// Muhammad Asif").
func abbreviatedNames(person string) []string {
	f := strings.Fields(person)
	if len(f) < 2 || utf8.RuneCountInString(f[0]) < 3 {
		return nil
	}
	last := f[len(f)-1]
	rests := []string{strings.Join(f[1:], " ")}
	if len(f) > 2 {
		rests = append(rests, last)
		rests = append(rests, f[0]+" "+last)
	}
	var out []string
	heads := []string{f[0][:1]}
	if len(f[0]) > 3 && digraphSeconds[f[0][1]] {
		heads = append(heads, f[0][:2])
	}
	for _, rest := range rests {
		if strings.HasPrefix(rest, f[0]+" ") {
			out = append(out, rest) // "Khawaja Asif"
			continue
		}
		for _, h := range heads {
			out = append(out, h+" "+rest, h+". "+rest)
		}
	}
	return out
}

// digraphSeconds are the second letters of the digraphs that open
// transliterated first names and are abbreviated whole ("Kh", "Sh", "Ch").
var digraphSeconds = map[byte]bool{'h': true}

// fuzzyNames corrects a name misspelt by one letter in the text
// ("Sanullah" for "Sanaullah", "Kandahari" is not corrected), so that the
// actor matcher finds it. Only capitalised words of five letters or more
// are read, against configured name words of six or more.
type fuzzyNames struct {
	known   map[string]bool   // every word of every configured name, lower case
	deleted map[string]string // a known word less one letter → the word, "" when two words share it
	folded  map[string]string // a known word with accents without them → the word ("antónio" under "antonio")
	// knownMay and deletedMay are filters of known's and deleted's keys:
	// nearly every word a text has and each of its one-letter deletions
	// is turned away without a map look-up.
	knownMay, deletedMay wordFilter
}

func newFuzzyNames(firsts map[string]bool, actors []report.Actor) *fuzzyNames {
	f := &fuzzyNames{known: map[string]bool{}, deleted: map[string]string{}, folded: map[string]string{}}
	for w := range firsts {
		f.known[w] = true
	}
	for _, a := range actors {
		for _, name := range append(append(append([]string{a.Name}, a.Aliases...), a.People...), a.Places...) {
			for _, t := range tokenize(name) {
				if t.Word {
					f.known[t.Lower] = true
				}
			}
		}
	}
	for w := range f.known {
		if fw := foldMarks(w); fw != w {
			f.folded[fw] = w
		}
		if len(w) < 6 {
			continue
		}
		for i := range len(w) {
			d := w[:i] + w[i+1:]
			if prev, ok := f.deleted[d]; ok && prev != w {
				f.deleted[d] = ""
			} else {
				f.deleted[d] = w
			}
		}
	}
	f.knownMay = newWordFilter(f.known)
	deleted := make(map[string]bool, len(f.deleted))
	for d := range f.deleted {
		deleted[d] = true
	}
	f.deletedMay = newWordFilter(deleted)
	return f
}

// isKnown reports whether w is a known word: f.known[w].
func (f *fuzzyNames) isKnown(w string) bool { return f.knownMay.mayHave(w) && f.known[w] }

// correct replaces in toks each misspelt name word by the configured one
// (in Lower and Stem only: offsets and text stay) and returns a function
// that puts the words back, so that only the actor matcher reads the
// corrections. toks must not be read elsewhere until then.
func (f *fuzzyNames) correct(toks []token) (restore func()) {
	var saved []savedToken
	for i, t := range toks {
		if !t.Title || f.isKnown(t.Lower) {
			continue
		}
		w := f.unaccented(t.Lower)
		if w == "" && len(t.Lower) >= 5 {
			w = f.match(t.Lower)
		}
		if w == "" {
			continue
		}
		saved = append(saved, savedToken{i, t})
		toks[i].setLower(w)
	}
	return func() {
		for _, s := range saved {
			toks[s.at] = s.tok
		}
	}
}

// unaccented returns the known word x is when accents are set aside
// ("Antonio" for a configured "António", "Türk" for "Turk"), or "".
func (f *fuzzyNames) unaccented(x string) string {
	fx := foldMarks(x)
	if fx != x && f.known[fx] {
		return fx
	}
	return f.folded[fx]
}

// foldMarks returns s without the accents and other combining marks on
// its letters: "antónio" → "antonio".
func foldMarks(s string) string {
	ascii := true
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// savedToken is a token as it was before a correction.
type savedToken struct {
	at  int
	tok token
}

// match returns the one known word x is a letter short of, a letter over,
// or a letter off, or "". A known word with an ending added ("Pakistani",
// "Talibans") is no misspelling; one with its last letter doubled
// ("Zelenskyy") is.
func (f *fuzzyNames) match(x string) string {
	found := ""
	take := func(w string) bool {
		if w == "" || (found != "" && found != w) {
			found = "-"
			return false
		}
		found = w
		return true
	}
	if f.deletedMay.mayHave(x) {
		if w, ok := f.deleted[x]; ok { // a letter short
			take(w)
		}
	}
	var short [32]byte
	buf := short[:0]
	if len(x) > len(short) {
		buf = make([]byte, 0, len(x))
	}
	for i := range len(x) {
		buf = append(append(buf[:0], x[:i]...), x[i+1:]...)
		if len(buf) >= 6 && f.knownMay.mayHaveBytes(buf) && f.known[string(buf)] { // a letter over
			if i < len(x)-2 || !strings.HasPrefix(x, string(buf)) || x[len(x)-1] == x[len(x)-2] {
				take(string(buf)) // "Zelenskiy", "Zelenskyy" for "Zelensky"
			} else {
				return "" // an ending: "Pakistani", "Talibans"
			}
		}
		if len(x) >= 6 && f.deletedMay.mayHaveBytes(buf) { // a letter off
			if w, ok := f.deleted[string(buf)]; ok {
				take(w)
			}
		}
	}
	if found == "-" {
		return ""
	}
	return found
}
