package corpus

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Cleaner removes scraped page furniture from an article's body: lines
// that are navigation, share buttons, datelines, captions, cookie,
// registration and disclaimer notices. It works line by line and removes
// only whole lines that are no sentence of the article.
//
// It reads at disk speed: a line costs a few substring searches, and the
// regular expressions run only on the rare lines a literal test says they
// may match.
type Cleaner struct {
	extra *regexp.Regexp // every drop_lines pattern in one automaton; nil for none
	// The phrase lists, the shipped ones with a configuration's additions.
	notice, navigation *phraseSet
	siteWords          []string
}

// Phrases are additions to the shipped phrase lists of furniture.toml:
// navigation phrases mark a short line as a button, link or label; notice
// phrases mark a site's cookie, registration or disclaimer notice; site
// words are what a notice that reads as a sentence must speak of. Phrases
// match anywhere in a line, whatever the case of its ASCII letters (other
// letters match only as written, in lower case); site words match whole
// words, or the word and an s.
type Phrases struct {
	Navigation []string `toml:"navigation"`
	Notice     []string `toml:"notice"`
	SiteWords  []string `toml:"site_words"`
}

// Check reports the first phrase that cannot be used: an empty
// one, or one that is only spaces.
func (p Phrases) Check() error {
	for _, list := range []struct {
		key     string
		phrases []string
	}{{"cleaning.navigation", p.Navigation}, {"cleaning.notice", p.Notice}, {"cleaning.site_words", p.SiteWords}} {
		for i, phrase := range list.phrases {
			if strings.TrimSpace(phrase) == "" {
				return fmt.Errorf("%s: phrase %d is empty: remove it or write the words to look for", list.key, i+1)
			}
		}
	}
	return nil
}

// furnitureFile holds the phrase lists, as data: navigation phrases mark
// a short line (a button, a link, a label) as page furniture; notice
// phrases mark a site's cookie, registration or disclaimer notice, which
// when it reads as a sentence must also speak of the site (site words).
//
//go:embed furniture.toml
var furnitureFile string

// furniture is furnitureFile's content.
type furniture struct {
	Navigation []string `toml:"navigation"`
	Notice     []string `toml:"notice"`
	SiteWords  []string `toml:"site_words"`
}

// The phrase lists of furnitureFile.
var navigationPhrases, noticePhrases, siteWords = loadFurniture()

func loadFurniture() (navigation, notice, site []string) {
	var f furniture
	md, err := toml.Decode(furnitureFile, &f)
	if err == nil && len(md.Undecoded()) > 0 {
		err = fmt.Errorf("unknown keys %v", md.Undecoded())
	}
	if err != nil || len(f.Navigation) == 0 || len(f.Notice) == 0 || len(f.SiteWords) == 0 {
		panic(fmt.Sprintf("corpus: furniture.toml: %v", err)) // embedded: a build-time mistake
	}
	return f.Navigation, f.Notice, f.SiteWords
}

// maxNavigationWords is the longest line, in words, that navigationPhrases
// can mark as furniture.
const maxNavigationWords = 12

// datelinePattern matches "Revised on: 13 June,2020 13:30 PM IST | …",
// "Published 3 hours ago", "Last updated: …" and the like.
var datelinePattern = regexp.MustCompile(`(?i)^(last\s+)?(updated|published|posted|modified)(\s+on)?\s*:?(\s|$)`)

// mayBeDateline reports whether t can match datelinePattern: it starts
// with the first letter of one of its words.
func mayBeDateline(t string) bool {
	return t != "" && strings.IndexByte("lLuUpPmM", t[0]) >= 0
}

// captionPattern matches picture credits and captions.
var captionPattern = regexp.MustCompile(`(?i)(\bpic/|\bphoto\s*:|\(photo\b|\bimage\s*:|file photo|representational (purpose|image)|getty images|\bafp photo|\breuters/)`)

// captionHints holds a piece of each of captionPattern's alternatives, in
// lower case: a line whose lower-case form has none cannot match it. (No
// hint has an s or a k, whose case-folded forms ſ and K strings.ToLower
// does not map to ASCII.)
var captionHints = []string{"pic/", "photo", "image", "repre", "getty", "afp", "reuter"}

// NewCleaner returns a Cleaner with the built-in rules and the extra
// patterns, each a regular expression for a whole trimmed line.
//
// The patterns are joined into one regular expression, so that a line is
// matched against all of them in one pass.
func NewCleaner(extra []string) (*Cleaner, error) {
	return NewCleanerWith(extra, Phrases{})
}

// NewCleanerWith is NewCleaner with phrases added to the shipped lists.
func NewCleanerWith(extra []string, more Phrases) (*Cleaner, error) {
	if err := more.Check(); err != nil {
		return nil, err
	}
	c := &Cleaner{notice: noticeSet, navigation: navigationSet, siteWords: siteWords}
	if len(more.Notice) > 0 {
		c.notice = newPhraseSet(append(slices.Clip(noticePhrases), lowerAll(more.Notice)...))
	}
	if len(more.Navigation) > 0 {
		c.navigation = newPhraseSet(append(slices.Clip(navigationPhrases), lowerAll(more.Navigation)...))
	}
	if len(more.SiteWords) > 0 {
		c.siteWords = append(slices.Clip(siteWords), lowerAll(more.SiteWords)...)
	}
	var alts []string
	for _, p := range extra {
		if _, err := regexp.Compile(`(?i)^(?:` + p + `)$`); err != nil {
			return nil, fmt.Errorf("cleaning.drop_lines: pattern %q: %v", p, err)
		}
		alts = append(alts, `(?:`+p+`)`)
	}
	if len(alts) > 0 {
		re, err := regexp.Compile(`(?i)^(?:` + strings.Join(alts, "|") + `)$`)
		if err != nil {
			return nil, fmt.Errorf("cleaning.drop_lines: %v", err)
		}
		c.extra = re
	}
	return c, nil
}

// lowerAll returns the phrases in lower case, trimmed.
func lowerAll(phrases []string) []string {
	out := make([]string, len(phrases))
	for i, p := range phrases {
		out[i] = strings.ToLower(strings.TrimSpace(p))
	}
	return out
}

// Clean returns body without its furniture lines, and without a first line
// that repeats the title. Paragraph breaks are kept: at most one blank
// line between paragraphs, none at either end.
func (c *Cleaner) Clean(body, title string) string {
	var out lineWriter
	out.b.Grow(len(body))
	seenText := false
	for rest, more := body, true; more; {
		var line string
		line, rest, more = strings.Cut(rest, "\n")
		t := strings.TrimSpace(line)
		if t == "" {
			out.blank()
			continue
		}
		if c.isFurniture(t) || (!seenText && title != "" && sameTitle(t, title)) {
			continue
		}
		seenText = true
		out.line(strings.TrimRight(line, " \t"))
	}
	return strings.TrimSpace(out.b.String())
}

// lineWriter joins lines with newlines, dropping a blank line at the start
// and after another blank line.
type lineWriter struct {
	b         strings.Builder
	n         int  // lines written
	lastBlank bool // the last line written was blank
}

func (w *lineWriter) blank() {
	if w.n == 0 || w.lastBlank {
		return
	}
	w.b.WriteByte('\n')
	w.n++
	w.lastBlank = true
}

func (w *lineWriter) line(l string) {
	if w.n > 0 {
		w.b.WriteByte('\n')
	}
	w.b.WriteString(l)
	w.n++
	w.lastBlank = false
}

// isFurniture reports whether a trimmed line is page furniture.
func (c *Cleaner) isFurniture(t string) bool {
	if c.extra != nil && c.extra.MatchString(t) {
		return true
	}
	words := countFields(t, maxNavigationWords+1)
	sentence := endsSentence(t) && words > maxNavigationWords
	if c.notice.in(t) && (!sentence || containsWord(strings.ToLower(t), c.siteWords)) {
		return true
	}
	if words <= maxNavigationWords && !strings.HasSuffix(t, ".") && c.navigation.in(t) {
		return true
	}
	switch {
	case words == 1 && !endsSentence(t):
		return true // "shot-button", "Published", "on", "ASIA"
	case words <= 4 && strings.Contains(t, "|"):
		return true // "PTI |", "By Staff | Islamabad"
	case words <= 4 && isUpper(t):
		return true // "MOST READ", "HMPV HMPV", section labels
	case isBreadcrumb(t):
		return true
	case !sentence && captionHintSet.in(t) && captionPattern.MatchString(t):
		return true
	case mayBeDateline(t) && !endsSentence(t) && datelinePattern.MatchString(t):
		return true
	}
	return false
}

// countFields returns how many space-separated fields strings.Fields
// would find in s, counting no further than limit.
func countFields(s string, limit int) int {
	n, inField := 0, false
	for _, r := range s {
		space := r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r)
		if !space && !inField {
			if n++; n >= limit {
				return n
			}
		}
		inField = !space
	}
	return n
}

// asciiSpace are the ASCII bytes strings.Fields splits at.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// The phrase lists as automata, each finding any of its phrases in one
// pass over a line.
var (
	noticeSet      = newPhraseSet(noticePhrases)
	navigationSet  = newPhraseSet(navigationPhrases)
	captionHintSet = newPhraseSet(captionHints)
)

// phraseSet finds any of a set of phrases in a text in one pass: an
// Aho–Corasick automaton compiled into a table of transitions, one step a
// byte. (github.com/coregx/ahocorasick was measured here first: its
// skip-ahead runs bytes.IndexByte once per distinct first byte of the
// phrases each time the automaton returns to its start, which on these
// short, letter-dense lines made it slower than a strings.Contains a
// phrase.)
type phraseSet struct {
	class   [256]uint8 // byte → column; 0 for bytes no phrase has
	columns int
	// next maps state*columns + column to the next state, times columns
	// (so that a step is one addition), with phraseEnd set when that state
	// ends a phrase.
	next []uint32
}

// phraseEnd marks a state of phraseSet.next that ends a phrase.
const phraseEnd = 1 << 31

func newPhraseSet(phrases []string) *phraseSet {
	ps := &phraseSet{columns: 1}
	for _, p := range phrases {
		for i := 0; i < len(p); i++ {
			b := p[i]
			if 'A' <= b && b <= 'Z' {
				panic(fmt.Sprintf("corpus: phrase %q is not in lower case", p))
			}
			if ps.class[b] == 0 {
				ps.class[b] = uint8(ps.columns)
				if 'a' <= b && b <= 'z' {
					ps.class[b-'a'+'A'] = uint8(ps.columns)
				}
				ps.columns++
			}
		}
	}
	// The trie, with -1 for a missing edge.
	goTo := [][]int{make([]int, ps.columns)}
	for i := range goTo[0] {
		goTo[0][i] = -1
	}
	final := []bool{false}
	for _, p := range phrases {
		s := 0
		for i := 0; i < len(p); i++ {
			c := ps.class[p[i]]
			if goTo[s][c] < 0 {
				row := make([]int, ps.columns)
				for j := range row {
					row[j] = -1
				}
				goTo = append(goTo, row)
				final = append(final, false)
				goTo[s][c] = len(goTo) - 1
			}
			s = goTo[s][c]
		}
		final[s] = true
	}
	// Breadth first, fill each missing edge with its failure state's.
	fail := make([]int, len(goTo))
	var queue []int
	for c, t := range goTo[0] {
		if t < 0 {
			goTo[0][c] = 0
		} else {
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		final[s] = final[s] || final[fail[s]]
		for c, t := range goTo[s] {
			if t < 0 {
				goTo[s][c] = goTo[fail[s]][c]
				continue
			}
			fail[t] = goTo[fail[s]][c]
			queue = append(queue, t)
		}
	}
	ps.next = make([]uint32, 0, len(goTo)*ps.columns)
	for _, row := range goTo {
		for _, t := range row {
			n := uint32(t * ps.columns)
			if final[t] {
				n |= phraseEnd
			}
			ps.next = append(ps.next, n)
		}
	}
	return ps
}

// in reports whether strings.ToLower(text) holds any of the phrases. It
// folds case itself: ASCII letters, and the two other letters whose lower
// case is ASCII, the Kelvin sign and dotted capital I.
func (ps *phraseSet) in(text string) bool {
	s := uint32(0)
	for i := 0; i < len(text); i++ {
		b := text[i]
		if b >= utf8.RuneSelf {
			switch {
			case strings.HasPrefix(text[i:], "\u212a"):
				b, i = 'k', i+len("\u212a")-1
			case strings.HasPrefix(text[i:], "\u0130"):
				b, i = 'i', i+len("\u0130")-1
			}
		}
		s = ps.next[s+uint32(ps.class[b])]
		if s&phraseEnd != 0 {
			return true
		}
	}
	return false
}

// containsWord reports whether s has one of words as a whole word.
func containsWord(s string, words []string) bool {
	fields := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, f := range fields {
		for _, w := range words {
			if f == w || f == w+"s" {
				return true
			}
		}
	}
	return false
}

// isBreadcrumb matches "Home > News > World News > Article > …".
func isBreadcrumb(t string) bool {
	if strings.IndexByte(t, '>') < 0 && strings.IndexByte(t, '/') < 0 && !strings.Contains(t, "»") {
		return false
	}
	return strings.Count(t, " > ")+strings.Count(t, " » ")+strings.Count(t, " / ") >= 2 && !endsSentence(t)
}

func endsSentence(t string) bool {
	t = strings.TrimRight(t, `"'”’)`)
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")
}

func isUpper(t string) bool {
	hasLetter := false
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		hasLetter = hasLetter || unicode.IsLetter(r)
	}
	return hasLetter
}

// sameTitle compares a line with the title ignoring case, punctuation and
// spacing ("TTP's" and "TTPs" are the same).
func sameTitle(line, title string) bool {
	key := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, s)
	}
	return key(line) == key(title)
}
