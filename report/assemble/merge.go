package assemble

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/report"
)

// mergeFigures joins the articles' figures that report the same count
// (same kind, value, who and period) into one fact citing each article.
func mergeFigures(arts []Article) []report.Figure {
	var out []report.Figure
	index := map[string]int{}
	cited := citedSet{}
	for _, a := range arts {
		for _, f := range a.Facts.Figures {
			key := report.FigureKey(f)
			f.Date = laterDate(f.Date, a.Source.Published)
			if i, ok := index[key]; ok {
				out[i].Citations = cited.add(i, out[i].Citations, f.Citations)
				out[i].Date = laterDate(out[i].Date, f.Date)
				if out[i].AttributedTo == "" {
					out[i].AttributedTo = f.AttributedTo
				}
				continue
			}
			f.ID = report.FigureID(f)
			index[key] = len(out)
			cited.register(len(out), f.Citations)
			out = append(out, f)
		}
	}
	return out
}

// mergeStances joins statements of one position by one actor on one
// issue into one fact, dated by its latest statement.
func mergeStances(arts []Article) []report.Stance {
	var out []report.Stance
	index := map[string]int{}
	cited := citedSet{}
	for _, a := range arts {
		for _, s := range a.Facts.Stances {
			if s.Date == "" {
				s.Date, s.Precision = a.Source.Published, precisionOf(a.Source.Published)
			}
			key := s.Actor + "|" + s.Issue + "|" + string(s.Position)
			if i, ok := index[key]; ok {
				out[i].Citations = cited.add(i, out[i].Citations, s.Citations)
				if report.CompareDates(s.Date, out[i].Date) > 0 {
					out[i].Date, out[i].Precision = s.Date, s.Precision
				}
				continue
			}
			s.ID = report.FactID("t", key)
			index[key] = len(out)
			cited.register(len(out), s.Citations)
			out = append(out, s)
		}
	}
	return out
}

// mergeEvents joins reports of one event — same date and precision, the
// same numbers, names that agree and mostly the same words — into one fact
// citing each article. Only events with the same date, precision and
// numbers can be one, so each is compared with those alone, in the order
// they came.
func mergeEvents(arts []Article) []report.Event {
	var (
		out    []report.Event
		gists  []eventGist          // of out, computed once
		byDate = map[string][]int{} // eventBucket → indexes into out, ascending
		cited  = citedSet{}
	)
	for _, a := range arts {
		for _, e := range a.Facts.Events {
			tokens := summaryTokens(e.Summary)
			g := eventGist{tokens: tokens, numbers: numbersOf(tokens)}
			bucket := eventBucket(e, g)
			if i := sameEvent(byDate[bucket], gists, &g); i >= 0 {
				out[i].Citations = cited.add(i, out[i].Citations, e.Citations)
				out[i].Actors = union(out[i].Actors, e.Actors)
				out[i].Figures = union(out[i].Figures, e.Figures)
				continue
			}
			e.ID = report.FactID("e", e.Date, string(e.Precision), report.Normalise(e.Summary))
			byDate[bucket] = append(byDate[bucket], len(out))
			cited.register(len(out), e.Citations)
			out = append(out, e)
			gists = append(gists, g)
		}
	}
	return out
}

// eventBucket is what two reports of one event share exactly: date,
// precision and numbers.
func eventBucket(e report.Event, g eventGist) string {
	return e.Date + "\x00" + string(e.Precision) + "\x00" + g.numbers
}

// eventGist is what comparing two events' summaries needs. Its words and
// names are worked out only when another event shares its bucket.
type eventGist struct {
	tokens  []string        // the summary's runs of letters and digits
	numbers string          // the digits tokens, in order
	words   map[string]bool // content words; nil until needed
	names   map[string]bool // capitalised words; nil until needed
	// nameBits has bit nameBit(n) set for each of names: a name of one
	// gist whose bit the other lacks proves the names no subset at once.
	nameBits uint64
}

// nameBit is a name's bit in eventGist.nameBits.
func nameBit(name string) uint64 {
	h := uint32(2166136261)
	for i := 0; i < len(name); i++ {
		h = (h ^ uint32(name[i])) * 16777619
	}
	return 1 << (h % 64)
}

// namesWithin reports whether every name of a is a name of b.
func namesWithin(a, b *eventGist) bool {
	return a.nameBits&^b.nameBits == 0 && subset(a.names, b.names)
}

// summaryTokens splits a summary into runs of letters and digits.
func summaryTokens(summary string) []string {
	return strings.FieldsFunc(summary, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// numbersOf returns the tokens that start with a digit, in order.
func numbersOf(tokens []string) string {
	var numbers []string
	for _, w := range tokens {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
			numbers = append(numbers, w)
		}
	}
	return strings.Join(numbers, " ")
}

// fill works out the gist's words and names, once: its words are those
// of contentWords (lower-casing a token is lower-casing the summary and
// then splitting it, for case mapping keeps letters letters).
func (g *eventGist) fill() {
	if g.words != nil {
		return
	}
	g.words, g.names = make(map[string]bool, len(g.tokens)), map[string]bool{}
	for _, w := range g.tokens {
		lower := strings.ToLower(w)
		if stopWords[lower] {
			continue
		}
		g.words[lower] = true
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsDigit(r) && unicode.IsUpper(r) {
			g.names[w] = true
			g.nameBits |= nameBit(w)
		}
	}
}

// sameEvent returns the first of the candidate events (indexes into
// gists, all of the same date, precision and numbers as the event g
// describes) that the event reports again, or -1. A name each has that
// the other lacks ("killed 9 soldiers in Bajaur" and "… in Khyber") keeps
// two events apart however many words they share.
func sameEvent(candidates []int, gists []eventGist, g *eventGist) int {
	if len(candidates) > 0 {
		g.fill()
	}
	for _, i := range candidates {
		gists[i].fill()
		if !namesWithin(&gists[i], g) && !namesWithin(g, &gists[i]) {
			continue
		}
		if jaccard(g.words, gists[i].words) >= 0.5 {
			return i
		}
	}
	return -1
}

func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

// citedSet remembers which sources each merged fact (by its index) cites,
// so that adding a citation costs one lookup however many the fact has.
type citedSet map[citedKey]struct{}

type citedKey struct {
	fact   int
	source string
}

// register records a new fact's own citations.
func (cs citedSet) register(fact int, cits []report.Citation) {
	for _, c := range cits {
		cs[citedKey{fact, c.Source}] = struct{}{}
	}
}

// add appends to fact's citations those of sources it does not cite yet:
// a fact has one citation per source.
func (cs citedSet) add(fact int, have, more []report.Citation) []report.Citation {
	for _, c := range more {
		k := citedKey{fact, c.Source}
		if _, ok := cs[k]; !ok {
			cs[k] = struct{}{}
			have = append(have, c)
		}
	}
	return have
}

// union appends to a the strings of b it lacks, keeping order.
func union(a, b []string) []string {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	return a
}

// laterDate returns the later of two model dates, either possibly empty.
func laterDate(a, b string) string {
	if a == "" || report.CompareDates(b, a) > 0 {
		return b
	}
	return a
}

func precisionOf(date string) report.Precision {
	d, err := report.ParseDate(date)
	if err != nil {
		return ""
	}
	return d.Precision()
}

// normalise folds case, punctuation and spacing so that small differences
// in wording do not split one fact in two.
var stopWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "in": true, "on": true,
	"and": true, "to": true, "was": true, "were": true, "is": true, "by": true, "for": true, "with": true,
	"its": true, "it": true, "that": true, "at": true, "as": true, "from": true, "has": true, "had": true}

// jaccard returns the share of words two sets have in common; two empty
// sets (summaries of stop words alone) are the same.
func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		if len(a) == len(b) {
			return 1
		}
		return 0
	}
	both := 0
	for w := range a {
		if b[w] {
			both++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}
