package assemble

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"brief/report"
)

// mergeFigures joins the articles' figures that report the same count
// (same kind, value, who and period) into one fact citing each article,
// credited to the first source named for it. Within one article, figures
// of one count whose credits name different sources stay apart, each
// with its credit and its sentence: "Hamas said 20 were killed" and
// "Israel also put the toll at 20" are two figures, for a second source
// of a number is corroboration, which one fact with one credit would
// hide. So are "at least 20 were killed" on the article's own authority
// (no credit) and "Hamas said 20 were killed": the same number in one
// article may count another thing ("20 were killed in a raid last year"),
// whose credit the other's would misstate. Another article's figure joins
// a figure of its count only with the same credit (or both none) and on
// evidence that both count one happening (sameCount): two attacks a week
// apart that each killed 5 are two figures, each with its credit and its
// citation, and another source's report of one strike sits beside the
// first as corroboration, not under its credit.
// A count's one figure has the id events link to (report.FigureID); the
// figures of a count that has several each have an id from the count and
// their credit (splitIDs), and others lists, by the count's id, all of
// them (indexes into the figures returned, first first), for relinkFigures.
func mergeFigures(arts []Article) (figures []report.Figure, others map[string][]int) {
	total := 0
	for _, a := range arts {
		total += len(a.Facts.Figures)
	}
	out := make([]report.Figure, 0, total) // room for all: growing moves them all, again and again
	index := make(map[string]int, total)   // key → the first figure of that count in out
	var (
		more   map[string][]int                 // key → the count's further figures, of other credits
		credit = make([]sourceCredit, 0, total) // by index into out: the credit the article last merged into it gave it
		cited  = citedSet{}
		names  creditNames
		keys   figureKeys
		dates  = report.DateOrder{}
		evid   = make([]countEvidence, 0, total) // by index into out: what tells its count's happening
		lazy   = make([]bool, 0, total)          // by index into out: evid holds only the linked days, no clues indexed yet
		common map[string]bool                   // commonNames(arts), worked out when first needed
		clues  = evidenceIndex{}
		recent quoteMemo
		mine   map[string][]int // key → the figures of that count the article at hand gave
	)
	for _, a := range arts {
		clear(mine)
		linked := articleLinks(a.Facts.Events)
		// candidates returns, in the count's order, the figures of a
		// count that a figure with evidence fe may join: those the
		// article at hand gave, and another article's that share a clue
		// of one happening (all of them for a large count or a period),
		// not every figure of a count a large desk gives hundreds of.
		candidates := func(key []byte, fe countEvidence, f report.Figure) []int {
			first := index[string(key)]
			if f.Period != "" || f.What != report.Money && f.High >= largeCount {
				return append([]int{first}, more[string(key)]...)
			}
			c := clues.find(key, fe, mine[string(key)])
			slices.Sort(c)
			return slices.Compact(c)
		}
		mark := func(i int, key []byte) {
			if mine == nil {
				mine = map[string][]int{}
			}
			if l := mine[string(key)]; !slices.Contains(l, i) {
				mine[string(key)] = append(l, i)
			}
		}
		note := func(i int, key []byte, fe countEvidence) {
			mark(i, key)
			clues.add(key, fe, i)
		}
		evidence := func(f report.Figure, key []byte) countEvidence {
			id := ""
			if linked != nil {
				id = report.FactID("f", string(key))
			}
			if common == nil {
				common = commonNames(arts)
			}
			return evidenceOf(f, id, linked, &names, common, &recent)
		}
		// settle works out the evidence of a count's first figure, which
		// waits until another figure of its count comes: most counts have
		// one figure, and no clue of theirs is ever looked up.
		settle := func(key []byte) {
			i := index[string(key)]
			if !lazy[i] {
				return
			}
			if common == nil {
				common = commonNames(arts)
			}
			ev := evidenceOf(out[i], "", nil, &names, common, &recent)
			ev.spans = evid[i].spans
			evid[i], lazy[i] = ev, false
			clues.add(key, ev, i)
		}
		// fits reports whether another article's figure f, with evidence
		// fe, may join the figure i: only when it reports the same
		// happening (sameCount). A figure the article at hand has
		// joined already is its own.
		fits := func(i int, fe countEvidence, f report.Figure) bool {
			return credit[i].set && credit[i].source == a.Source.ID || sameCount(evid[i], fe, f)
		}
		// Pass 1: a figure whose credit names a figure of its count joins it
		// first, so that the article's other figures of that count cannot
		// take its place; the rest follow in order.
		var rest []report.Figure
		for _, f := range a.Facts.Figures {
			key := keys.of(f)
			_, ok := index[string(key)]
			i := -1
			var fe countEvidence
			if ok {
				settle(key)
				fe = evidence(f, key)
				for _, j := range candidates(key, fe, f) {
					if !credit[j].clashes(a.Source.ID, f.AttributedTo, &names) && names.same(out[j].AttributedTo, f.AttributedTo) && fits(j, fe, f) {
						i = j
						break
					}
				}
			}
			if i < 0 {
				rest = append(rest, f)
				continue
			}
			f.Date = laterDate(dates, f.Date, a.Source.Published)
			out[i].Citations = cited.add(i, out[i].Citations, f.Citations)
			out[i].Date = laterDate(dates, out[i].Date, f.Date)
			credit[i] = credit[i].with(a.Source.ID, f.AttributedTo)
			evid[i] = evid[i].with(fe)
			note(i, key, fe)
		}
		for _, f := range rest {
			key := keys.of(f)
			f.Date = laterDate(dates, f.Date, a.Source.Published)
			_, ok := index[string(key)]
			var fe countEvidence
			if ok {
				settle(key)
				fe = evidence(f, key)
				fitting := func(i int) bool { return fits(i, fe, f) }
				if i := joinable(candidates(key, fe, f), len(more[string(key)]) > 0, out, credit, &names, a.Source.ID, f.AttributedTo, fitting); i >= 0 {
					out[i].Citations = cited.add(i, out[i].Citations, f.Citations)
					evid[i] = evid[i].with(fe)
					note(i, key, fe)
					out[i].Date = laterDate(dates, out[i].Date, f.Date)
					if out[i].AttributedTo == "" && len(more[string(key)]) == 0 {
						// A credit fills a count given on no one's
						// authority only when the count is one figure.
						out[i].AttributedTo = f.AttributedTo
					}
					credit[i] = credit[i].with(a.Source.ID, f.AttributedTo)
					continue
				}
				// The article gave this count already, credited otherwise:
				// the count's figures get their ids at the end.
				if more == nil {
					more = map[string][]int{}
				}
				more[string(key)] = append(more[string(key)], len(out))
			} else {
				f.ID = report.FactID("f", string(key)) // report.FigureID(f): what events link to
				index[string(key)] = len(out)
				if linked != nil {
					fe.spans = linked[f.ID]
				}
				mark(len(out), key)
				out = append(out, f)
				credit = append(credit, sourceCredit{}.with(a.Source.ID, f.AttributedTo))
				evid = append(evid, fe)
				lazy = append(lazy, true)
				continue
			}
			note(len(out), key, fe)
			out = append(out, f)
			credit = append(credit, sourceCredit{}.with(a.Source.ID, f.AttributedTo))
			evid = append(evid, fe)
			lazy = append(lazy, false)
		}
	}
	if len(more) > 0 {
		others = make(map[string][]int, len(more))
		for key, is := range more {
			all := append([]int{index[key]}, is...)
			splitIDs(key, all, out)
			others[report.FactID("f", key)] = all
		}
	}
	return out, others
}

// splitIDs gives each figure of a count that has several (all, indexes
// into out, the count's first first) an id from its own content, the
// count and its credit, never from the order of the articles: which
// figure comes first changes when an article dated earlier joins the
// corpus, and a review written against an id must not move to another
// source's figure. None of them keeps the count's id
// (report.FigureID), which relinkFigures turns into theirs.
func splitIDs(key string, all []int, out []report.Figure) {
	taken := make(map[string]bool, len(all))
	next := map[string]int{} // a credit (normalCredit) → the dup its next figure starts from
	for _, i := range all {
		c := normalCredit(out[i].AttributedTo)
		n := next[c]
		id := SplitFigureID(key, out[i].AttributedTo, n)
		for taken[id] {
			n++
			id = SplitFigureID(key, out[i].AttributedTo, n)
		}
		next[c] = n + 1
		taken[id] = true
		out[i].ID = id
	}
}

// SplitFigureID is the id of a figure credited to credit ("" for none)
// of a count (report.FigureKey) that has several figures; dup counts the
// figures of the count before it whose credit reads the same.
// From maxDupParts on, dup is written as a number: one part per figure
// would make a large desk's hundreds of police "5 killed" cost time
// quadratic in their number.
func SplitFigureID(key, credit string, dup int) string {
	if dup >= maxDupParts {
		return report.FactID("f", key, normalCredit(credit), "#"+strconv.Itoa(dup))
	}
	parts := make([]string, 2, 2+dup)
	parts[0], parts[1] = key, normalCredit(credit)
	for range dup {
		parts = append(parts, "")
	}
	return report.FactID("f", parts...)
}

// maxDupParts is the first dup SplitFigureID writes as a number.
const maxDupParts = 8

// SameCredit reports whether two figures' credits name one source, as
// assembly joins figures: both none, or the words of one all words of the
// other ("the ministry", "the Health Ministry").
func SameCredit(a, b string) bool {
	var n creditNames
	return n.same(a, b)
}

// relinkFigures points each event's link to a count that has several
// figures (others, from mergeFigures: the count's id, which the extractor
// linked and no figure keeps, to the figures' indexes into figures) at
// the figures that quote the event's own sentence in its source, so that
// "a raid in March killed 20" names its own figure, not another source's
// 20. A link none of the count's figures quotes so goes to the count's
// first figure.
func relinkFigures(events []report.Event, figures []report.Figure, others map[string][]int) {
	if len(others) == 0 {
		return
	}
	var quoting *quoteIndex // made when an event first needs it
	for k := range events {
		e := &events[k]
		if !slices.ContainsFunc(e.Figures, func(id string) bool { _, ok := others[id]; return ok }) {
			continue
		}
		if quoting == nil {
			quoting = indexQuotes(figures, others)
		}
		linked := make([]string, 0, len(e.Figures))
		for _, id := range e.Figures {
			matched := quoting.figuresQuoting(id, e.Citations)
			if len(matched) == 0 {
				matched = quoting.figuresCiting(id, e.Citations)
			}
			if len(matched) == 0 {
				if all, ok := others[id]; ok {
					id = figures[all[0]].ID // no figure has the count's id: its first
				}
				linked = union(linked, []string{id})
				continue
			}
			for _, i := range matched {
				linked = union(linked, []string{figures[i].ID})
			}
		}
		e.Figures = linked
	}
}

// quoteIndex finds, among the figures of the counts that have several
// (relinkFigures' others), those that quote a sentence, in one lookup per
// citation: a count every article of a large desk reports has as many
// citations as articles, too many to compare with each event's.
type quoteIndex struct {
	byQuote  map[report.Citation][]int // a citation → the figures (indexes) that give it
	bySource map[string][]int          // a source → the figures (indexes) that cite it
	group    map[int]string            // a figure's index → its count's first id
	rank     map[int]int               // a figure's index → its place in its count (first 0)
}

func indexQuotes(figures []report.Figure, others map[string][]int) *quoteIndex {
	q := &quoteIndex{byQuote: map[report.Citation][]int{}, bySource: map[string][]int{}, group: map[int]string{}, rank: map[int]int{}}
	for id, all := range others {
		for r, i := range all {
			q.group[i], q.rank[i] = id, r
			for _, c := range figures[i].Citations {
				if l := q.byQuote[c]; len(l) == 0 || l[len(l)-1] != i {
					q.byQuote[c] = append(l, i)
				}
				if l := q.bySource[c.Source]; len(l) == 0 || l[len(l)-1] != i {
					q.bySource[c.Source] = append(l, i)
				}
			}
		}
	}
	return q
}

// figuresQuoting returns the figures of the count whose first id is id
// that quote a sentence one of the citations quotes, in the count's
// order; none when id is no such count.
func (q *quoteIndex) figuresQuoting(id string, citations []report.Citation) []int {
	var out []int
	for _, c := range citations {
		for _, i := range q.byQuote[c] {
			if q.group[i] == id && !slices.Contains(out, i) {
				out = append(out, i)
			}
		}
	}
	slices.SortFunc(out, func(a, b int) int { return q.rank[a] - q.rank[b] })
	return out
}

// figuresCiting returns the first figure of the count whose first id is
// id that cites a source one of the citations cites: an event of one
// article, linked to a count that another article's figure of another
// happening shares, names its own article's figure.
func (q *quoteIndex) figuresCiting(id string, citations []report.Citation) []int {
	var out []int
	for _, c := range citations {
		for _, i := range q.bySource[c.Source] {
			if q.group[i] == id && !slices.Contains(out, i) {
				out = append(out, i)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return []int{slices.MinFunc(out, func(a, b int) int { return q.rank[a] - q.rank[b] })}
}

// joinable returns which of a count's figures (cands, the candidates in
// the count's order, as indexes into out; several when the count has more
// than one) a figure of source credited to by ("" for none)
// joins, or -1 when it is a figure of its own: when the same article gave
// each of them another credit, or each is another article's figure of
// another credit or of no evidence of one happening (fits). A figure
// joins the first with its credit, else the first it may join; of a
// count that has several figures, a credited one joins the first
// credited it may.
func joinable(cands []int, several bool, out []report.Figure, credit []sourceCredit, names *creditNames, source, by string, fits func(int) bool) int {
	found, foundCredited := -1, -1
	for _, i := range cands {
		if credit[i].clashes(source, by, names) {
			continue
		}
		if !(credit[i].set && credit[i].source == source) && (!names.same(out[i].AttributedTo, by) || !fits(i)) {
			// Another article's figure: joined only with its credit
			// and on evidence of one happening.
			continue
		}
		if names.same(out[i].AttributedTo, by) {
			return i
		}
		if found < 0 {
			found = i
		}
		if foundCredited < 0 && out[i].AttributedTo != "" {
			foundCredited = i
		}
	}
	if several && by != "" && foundCredited >= 0 {
		return foundCredited
	}
	return found
}

// sourceCredit is the credit ("" for none) that the article last merged
// into a figure gave it. Only the article at hand can clash with it, for
// an article's figures are merged one after another: a count thousands
// of articles give keeps one article's credit, not a list of them all to
// search. A figure joins one only with the credit it has (creditNames.same), so
// the first is the article's credit for it.
type sourceCredit struct {
	source, credit string
	set            bool
}

// with returns the credit an article gives a figure it merges into one
// it was.
func (c sourceCredit) with(source, credit string) sourceCredit {
	if c.set && c.source == source {
		return c
	}
	return sourceCredit{source: source, credit: credit, set: true}
}

// clashes reports whether the article source gave the figure a credit
// that is not credit's: another source, or none where credit names one,
// or one where credit is none.
func (c sourceCredit) clashes(source, credit string, names *creditNames) bool {
	return c.set && c.source == source && !names.same(c.credit, credit)
}

// creditNames tells whether two credits name one source, with each
// credit's words worked out once: a corpus gives few distinct credits, and
// a count many articles give is compared with each.
type creditNames struct{ words map[string][]string }

// same reports whether two credits, either possibly empty, are one: both
// none, or naming one source (sameSource).
func (n *creditNames) same(a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" {
		return false
	}
	return sameSource(n.of(a), n.of(b))
}

// of returns creditWords(s), worked out once.
func (n *creditNames) of(s string) []string {
	if w, ok := n.words[s]; ok {
		return w
	}
	if n.words == nil {
		n.words = map[string][]string{}
	}
	w := creditWords(s)
	n.words[s] = w
	return w
}

// sameSource reports whether two credits, as their words (creditWords),
// name one source: when the words of one are all words of the other, as
// "ministry" and "the Health Ministry", "Kirby" and "John Kirby" are.
// Either without words names none.
func sameSource(wa, wb []string) bool {
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for _, w := range wa {
		if !slices.Contains(wb, w) {
			return false
		}
	}
	return true
}

// creditWords returns a credit's words, lower-cased, without "the" and
// the "s" of a possessive.
func creditWords(s string) []string {
	var out []string
	for w := range strings.FieldsSeq(report.Normalise(s)) {
		if w != "the" && w != "s" {
			out = append(out, w)
		}
	}
	return out
}

// normalCredit is a credit as a figure's id reads it.
func normalCredit(s string) string { return strings.Join(creditWords(s), " ") }

// mergeStances joins statements of one position by one actor on one
// issue into one fact, dated by its latest statement.
func mergeStances(arts []Article) []report.Stance {
	var out []report.Stance
	index := map[string]int{}
	cited := citedSet{}
	dates := report.DateOrder{}
	for _, a := range arts {
		for _, s := range a.Facts.Stances {
			if s.Date == "" {
				s.Date, s.Precision = a.Source.Published, precisionOf(a.Source.Published)
			}
			key := s.Actor + "|" + s.Issue + "|" + string(s.Position)
			if i, ok := index[key]; ok {
				out[i].Citations = cited.add(i, out[i].Citations, s.Citations)
				if dates.Compare(s.Date, out[i].Date) > 0 {
					out[i].Date, out[i].Precision = s.Date, s.Precision
				}
				continue
			}
			s.ID = report.FactID("t", key)
			index[key] = len(out)
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
	total := 0
	for _, a := range arts {
		total += len(a.Facts.Events)
	}
	var (
		out    = make([]report.Event, 0, total)
		gists  = make([]eventGist, 0, total) // of out, computed once
		byDate = map[string][]int32{}        // eventBucket → indexes into out, ascending
		cited  = citedSet{}
		key    []byte // the bucket of the event at hand
		ids    eventIDs
		arena  idArena // the gists' words and names
		words  wordIDs
	)
	for _, a := range arts {
		for _, e := range a.Facts.Events {
			g := eventGist{summary: e.Summary}
			key = eventBucket(key[:0], e)
			if i := sameEvent(byDate[string(key)], gists, &g, &arena, &words); i >= 0 {
				out[i].Citations = cited.add(i, out[i].Citations, e.Citations)
				out[i].Actors = union(out[i].Actors, e.Actors)
				out[i].Figures = union(out[i].Figures, e.Figures)
				continue
			}
			e.ID = ids.of(e)
			byDate[string(key)] = append(byDate[string(key)], int32(len(out)))
			out = append(out, e)
			gists = append(gists, g)
		}
	}
	return out
}

// eventBucket appends to buf what two reports of one event share exactly:
// date, precision and numbers (the summary's runs of letters and digits
// that start with a digit, in order).
func eventBucket(buf []byte, e report.Event) []byte {
	buf = append(buf, e.Date...)
	buf = append(buf, 0)
	buf = append(buf, e.Precision...)
	buf = append(buf, 0)
	n := 0
	eachRun(e.Summary, func(w string) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
			if n > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, w...)
			n++
		}
	})
	return buf
}

// eachRun calls f with each run of letters and digits of s, in order: the
// fields of strings.FieldsFunc(s, not a letter or digit), without a list
// of them.
func eachRun(s string, f func(string)) {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		var word bool
		size := 1
		if c < utf8.RuneSelf {
			word = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			f(s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		f(s[start:])
	}
}

// eventGist is what comparing two events' summaries needs. Its words and
// names are worked out only when another event shares its bucket, as
// numbers (wordIDs): sets of numbers compare faster than sets of strings,
// and a bucket's events are compared pair by pair.
type eventGist struct {
	summary string
	filled  bool
	words   []uint32 // content words, lower-cased, distinct, by number
	names   []uint32 // capitalised words, distinct, by number
	// nameBits has bit n%64 set for each name n: a name of one gist
	// whose bit the other lacks proves the names no subset at once.
	nameBits uint64
}

// namesWithin reports whether every name of a is a name of b.
func namesWithin(a, b *eventGist) bool {
	return a.nameBits&^b.nameBits == 0 && subset(a.names, b.names)
}

// wordIDs numbers the distinct words and names of the summaries, one
// number per distinct string, and remembers which are stop words.
type wordIDs struct {
	ids  map[string]uint32
	stop []bool // by number: isStopWord
	buf  []byte
}

// of returns s's number.
func (x *wordIDs) of(s string) uint32 {
	if id, ok := x.ids[s]; ok {
		return id
	}
	if x.ids == nil {
		x.ids = map[string]uint32{}
	}
	id := uint32(len(x.stop))
	x.ids[s] = id
	x.stop = append(x.stop, isStopWord(s))
	return id
}

// lower returns the number of strings.ToLower(w): an ASCII word is lower-cased
// in a buffer, a new string made only for a word not numbered yet.
func (x *wordIDs) lower(w string) uint32 {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return x.of(strings.ToLower(w))
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return x.of(w)
	}
	b := x.buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	x.buf = b
	if id, ok := x.ids[string(b)]; ok {
		return id
	}
	return x.of(string(b))
}

// fill works out the gist's words and names, once: its words are the
// summary's runs of letters and digits, lower-cased (lower-casing a run
// is lower-casing the summary and then splitting it, for case mapping
// keeps letters letters), that are not stop words; its names, the runs
// that start with an upper-case letter.
func (g *eventGist) fill(arena *idArena, words *wordIDs) {
	if g.filled {
		return
	}
	g.filled = true
	var names []uint32
	from := arena.start()
	eachRun(g.summary, func(w string) {
		id := words.lower(w)
		if words.stop[id] {
			return
		}
		arena.buf = append(arena.buf, id)
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsDigit(r) && unicode.IsUpper(r) {
			n := words.of(w)
			names = append(names, n)
			g.nameBits |= 1 << (n % 64)
		}
	})
	g.words = sortedSet(arena.take(from))
	if len(names) > 0 {
		from = arena.start()
		arena.buf = append(arena.buf, names...)
		g.names = sortedSet(arena.take(from))
	}
}

// idArena hands out short lists of numbers from large shared arrays, so
// that the gists of tens of thousands of events do not make a list each.
type idArena struct{ buf []uint32 }

// start returns where the next list begins, with room for it made.
func (a *idArena) start() int {
	if cap(a.buf)-len(a.buf) < 64 {
		a.buf = make([]uint32, 0, 4096)
	}
	return len(a.buf)
}

// take returns the list appended since start, closed to later appends.
func (a *idArena) take(from int) []uint32 {
	return a.buf[from:len(a.buf):len(a.buf)]
}

// sortedSet sorts s and drops repeats, in place.
func sortedSet(s []uint32) []uint32 {
	slices.Sort(s)
	return slices.Compact(s)
}

// sameEvent returns the first of the candidate events (indexes into
// gists, all of the same date, precision and numbers as the event g
// describes) that the event reports again, or -1. A name each has that
// the other lacks ("killed 9 soldiers in Bajaur" and "… in Khyber") keeps
// two events apart however many words they share.
func sameEvent(candidates []int32, gists []eventGist, g *eventGist, arena *idArena, words *wordIDs) int {
	if len(candidates) > 0 {
		g.fill(arena, words)
	}
	for _, i := range candidates {
		gists[i].fill(arena, words)
		if !namesWithin(&gists[i], g) && !namesWithin(g, &gists[i]) {
			continue
		}
		if jaccard(g.words, gists[i].words) >= 0.5 {
			return int(i)
		}
	}
	return -1
}

// subset reports whether every number of a, distinct and sorted, is one
// of b, distinct and sorted.
func subset(a, b []uint32) bool {
	if len(a) > len(b) {
		return false
	}
	return common(a, b) == len(a)
}

// common returns how many numbers two distinct, sorted lists share.
func common(a, b []uint32) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// citedSet remembers which sources each merged fact (by its index) cites,
// so that adding a citation costs one lookup however many the fact has.
// A fact of a few citations is searched instead: most facts are reported
// once or a few times, and one small map per fact, or one large map of
// every fact's citations, costs more than a short scan (the large map's
// growth and cache misses made it a fifth of assembly at 30,000
// articles). A fact's sources are put in a map of its own when its
// citations pass smallCited.
type citedSet struct {
	sources map[int]map[string]struct{} // fact → the sources it cites, for facts of many citations
}

// smallCited is the most citations a fact has before its sources go into
// a map.
const smallCited = 16

// add appends to fact's citations those of sources it does not cite yet:
// a fact has one citation per source.
func (cs *citedSet) add(fact int, have, more []report.Citation) []report.Citation {
	set := cs.sources[fact]
	for _, c := range more {
		if set != nil {
			if _, ok := set[c.Source]; !ok {
				set[c.Source] = struct{}{}
				have = append(have, c)
			}
			continue
		}
		if citesSource(have, c.Source) {
			continue
		}
		have = append(have, c)
		if len(have) > smallCited {
			set = make(map[string]struct{}, 2*len(have))
			for _, h := range have {
				set[h.Source] = struct{}{}
			}
			if cs.sources == nil {
				cs.sources = map[int]map[string]struct{}{}
			}
			cs.sources[fact] = set
		}
	}
	return have
}

// citesSource reports whether one of cs cites source.
func citesSource(cs []report.Citation, source string) bool {
	for _, c := range cs {
		if c.Source == source {
			return true
		}
	}
	return false
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

// laterDate returns the later of two model dates, either possibly empty,
// parsing each once in dates.
func laterDate(dates report.DateOrder, a, b string) string {
	if a == "" || dates.Compare(b, a) > 0 {
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

// isStopWord reports whether a lower-cased word is too common to tell two
// events apart.
func isStopWord(w string) bool {
	switch w {
	case "the", "a", "an", "of", "in", "on", "and", "to", "was", "were", "is", "by", "for", "with",
		"its", "it", "that", "at", "as", "from", "has", "had":
		return true
	}
	return false
}

// jaccard returns the share of words two sets (distinct, sorted) have in
// common; two empty sets (summaries of stop words alone) are the same.
func jaccard(a, b []uint32) float64 {
	if len(a) == 0 || len(b) == 0 {
		if len(a) == len(b) {
			return 1
		}
		return 0
	}
	both := common(a, b)
	return float64(both) / float64(len(a)+len(b)-both)
}

// countEvidence is what tells whether two articles' reports of one
// count (same kind, value, who and period) count one happening: the days
// of the events each article linked to the count, and the sentences that
// give it, with their names. Two small tolls of a weekly desk ("5 killed")
// are often two attacks; one article's figure joins another's only on
// evidence that they are one (sameCount).
type countEvidence struct {
	spans  []daySpan // the linked events' days, first and last
	quotes []string  // the sentences, normalised
	names  []string  // their names (quoteNames), distinct
}

// daySpan is the days an event's date may mean, inclusive, as days since
// the epoch.
type daySpan struct{ first, last int64 }

// largeCount is the value from which a count of people or things is taken
// to be one count in every article that gives it, without other
// evidence: distinct happenings of a week share a toll of 3 or 12 often,
// one of 100 or 1,243 seldom, and such numbers are mostly running totals
// that many stories restate. Money is not read so: sums are large.
const largeCount = 100

// evidenceOf returns the evidence a figure of article a gives for its
// count, with linked the days of the article's events by the count ids
// they link (articleLinks).
func evidenceOf(f report.Figure, countID string, linked map[string][]daySpan, names *creditNames, common map[string]bool, recent *quoteMemo) countEvidence {
	var ev countEvidence
	if countID != "" {
		ev.spans = linked[countID]
	}
	credit := names.of(f.AttributedTo)
	for _, c := range f.Citations {
		normal, quoted := recent.of(c.Quote)
		ev.quotes = append(ev.quotes, normal)
		for _, n := range quoted {
			if !common[n] && !slices.ContainsFunc(credit, func(w string) bool { return isLower(n, w) }) && !slices.Contains(ev.names, n) {
				ev.names = append(ev.names, n)
			}
		}
	}
	return ev
}

// isLower reports whether strings.ToLower(n) == w, without making the
// lower-case word when n is ASCII.
func isLower(n, w string) bool {
	if len(n) != len(w) {
		for i := 0; i < len(n); i++ {
			if n[i] >= utf8.RuneSelf {
				return strings.ToLower(n) == w
			}
		}
		return false
	}
	for i := 0; i < len(n); i++ {
		c := n[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(n) == w
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// quoteMemo keeps the last sentences evidenceOf read, normalised and
// with their names: an article's figures often cite one sentence.
type quoteMemo struct {
	raw, normal [recentQuoteCount]string
	names       [recentQuoteCount][]string
	n, next     int
}

const recentQuoteCount = 8

// of returns report.Normalise(s) and quoteNames(s).
func (r *quoteMemo) of(s string) (string, []string) {
	for i := range r.n {
		if r.raw[i] == s {
			return r.normal[i], r.names[i]
		}
	}
	i := r.next
	r.raw[i], r.normal[i], r.names[i] = s, report.Normalise(s), quoteNames(s)
	r.next = (i + 1) % recentQuoteCount
	r.n = max(r.n, r.next)
	if r.next == 0 {
		r.n = recentQuoteCount
	}
	return r.normal[i], r.names[i]
}

// maxEvidence is how many days, sentences and names a figure keeps as
// evidence: a count thousands of articles give needs no more to be
// recognised, and comparing longer lists with each would be quadratic.
const maxEvidence = 32

// with adds another article's evidence for a count joined to this one.
func (ev countEvidence) with(o countEvidence) countEvidence {
	if len(ev.spans) < maxEvidence {
		ev.spans = append(ev.spans, o.spans...)
	}
	if len(ev.quotes) < maxEvidence {
		ev.quotes = union(ev.quotes, o.quotes)
	}
	if len(ev.names) < maxEvidence {
		ev.names = union(ev.names, o.names)
	}
	return ev
}

// commonNames returns the names (quoteNames) that the figures' sentences
// of many articles give: more than a quarter of them, and more than two.
// Such a name (the country, a party to the conflict, its demonym) is in
// the reports of many happenings, and tells none apart.
func commonNames(arts []Article) map[string]bool {
	df := map[string]int{}
	var seen, read []string
	count := func(n string) {
		if !slices.Contains(seen, n) {
			seen = append(seen, n)
			df[n]++
		}
	}
	for _, a := range arts {
		seen, read = seen[:0], read[:0]
		for _, f := range a.Facts.Figures {
			for _, c := range f.Citations {
				if slices.Contains(read[max(0, len(read)-recentQuotes):], c.Quote) {
					continue // a sentence the article's figures cited just before
				}
				read = append(read, c.Quote)
				eachQuoteName(c.Quote, count)
			}
		}
	}
	return frequent(df, len(arts))
}

// recentQuotes is how many of the last sentences read commonNames and
// commonFigureNames compare a sentence with before reading its names:
// reading one twice changes nothing, so this only saves work, and a
// bound keeps a huge article from comparing each with all.
const recentQuotes = 8

// frequent returns the names that more than a quarter of n articles, and
// more than two, give (df: how many articles give each).
func frequent(df map[string]int, n int) map[string]bool {
	limit := max(2, n/4)
	out := map[string]bool{}
	for name, k := range df {
		if k > limit {
			out[name] = true
		}
	}
	return out
}

// sameCount reports whether a figure f of another article, with evidence
// fe, reports the same happening as the figure with evidence ev. The
// linked events decide when both articles linked the count to an event:
// the same days (one event's date within the other's span) or not. Else
// the same sentence, a period both give ("since October"), a large count
// (largeCount) or a name both sentences give beside their credits (a
// place, an actor, an operation) make them one; nothing makes them two.
func sameCount(ev, fe countEvidence, f report.Figure) bool {
	if len(ev.spans) > 0 && len(fe.spans) > 0 {
		for _, a := range ev.spans {
			for _, b := range fe.spans {
				if a.first <= b.last && b.first <= a.last {
					return true
				}
			}
		}
		return false
	}
	if f.Period != "" || f.What != report.Money && f.High >= largeCount {
		return true
	}
	for _, q := range fe.quotes {
		if slices.Contains(ev.quotes, q) {
			return true
		}
	}
	for _, n := range fe.names {
		if slices.Contains(ev.names, n) {
			return true
		}
	}
	return false
}

// articleLinks returns the days of an article's dated events by the ids
// of the counts they link (report.FigureID).
func articleLinks(events []report.Event) map[string][]daySpan {
	var out map[string][]daySpan
	for _, e := range events {
		if len(e.Figures) == 0 {
			continue
		}
		s, ok := spanOf(e)
		if !ok {
			continue
		}
		if out == nil {
			out = map[string][]daySpan{}
		}
		for _, id := range e.Figures {
			out[id] = append(out[id], s)
		}
	}
	return out
}

// spanOf returns the days an event's date may mean: a week from its
// first day, a season its three months, else the date's own span.
func spanOf(e report.Event) (daySpan, bool) {
	d, ok := report.ParseDateOK(e.Date)
	if !ok {
		return daySpan{}, false
	}
	const day = 24 * 60 * 60
	first, last := d.First().Unix()/day, d.Last().Unix()/day
	switch e.Precision {
	case report.Week:
		last = first + 6
	case report.Season:
		last = first + 91
	}
	return daySpan{first, last}, true
}

// quoteNames returns the names a sentence gives: its words that start with
// an upper-case letter, but the sentence's first word and the names of
// days and months (which the linked events read) and of the common words
// that open a clause.
func quoteNames(s string) []string {
	var out []string
	eachQuoteName(s, func(w string) { out = append(out, w) })
	return out
}

// eachQuoteName calls f with each of quoteNames(s), in order.
func eachQuoteName(s string, f func(string)) {
	first := true
	eachRun(s, func(w string) {
		if first {
			first = false
			return
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || isCalendarWord(w) {
			return
		}
		f(w)
	})
}

// isCalendarWord reports calendarWord[strings.ToLower(w)], without
// making the lower-case word when w is ASCII and short enough to be one.
func isCalendarWord(w string) bool {
	var buf [9]byte // "wednesday", "september": the longest calendar words
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return calendarWord[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return calendarWord[string(buf[:len(w)])]
}

// calendarWord holds the names of days and months, and the words that
// start a clause inside a sentence or quotation, which name nothing.
var calendarWord = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"in": true, "on": true, "at": true, "but": true, "and": true, "this": true, "that": true, "there": true,
}

// evidenceIndex finds the figures of a count that share a clue of one
// happening with a report (sameCount): a month of a linked event, a name,
// a sentence. Each figure's clues are added as it is made or joined.
type evidenceIndex struct {
	by  map[string][]int
	buf []byte
}

// tokens calls f with each clue of ev for the count key. A linked
// event's days are clues: a span of up to a month by each of its days
// ('d'), and by its months ('n') for a wider span to find; a wider one by
// its months ('m'), which both kinds look up. So a day finds the days and
// the wide spans it falls in, not every report of the month.
func (x *evidenceIndex) tokens(key []byte, ev countEvidence, adding bool, f func(string)) {
	tok := func(kind byte, s string) {
		b := append(x.buf[:0], key...)
		b = append(b, 0, kind)
		b = append(b, s...)
		x.buf = b
		f(string(b))
	}
	for _, sp := range ev.spans {
		narrow := sp.last-sp.first <= 31
		if narrow {
			for d := sp.first; d <= sp.last; d++ {
				tok('d', strconv.FormatInt(d, 10))
			}
		}
		for _, m := range monthsOf(sp) {
			switch {
			case adding && narrow:
				tok('n', strconv.Itoa(m))
			case adding:
				tok('m', strconv.Itoa(m))
			case narrow:
				tok('m', strconv.Itoa(m))
			default:
				tok('m', strconv.Itoa(m))
				tok('n', strconv.Itoa(m))
			}
		}
	}
	for _, n := range ev.names {
		tok('n', n)
	}
	for _, q := range ev.quotes {
		tok('q', q)
	}
}

func (x *evidenceIndex) add(key []byte, ev countEvidence, i int) {
	if x.by == nil {
		x.by = map[string][]int{}
	}
	x.tokens(key, ev, true, func(t string) {
		if l := x.by[t]; len(l) == 0 || l[len(l)-1] != i {
			x.by[t] = append(l, i)
		}
	})
}

// find appends to have the figures that share a clue with ev.
func (x *evidenceIndex) find(key []byte, ev countEvidence, have []int) []int {
	out := slices.Clone(have)
	x.tokens(key, ev, false, func(t string) { out = append(out, x.by[t]...) })
	return out
}

// monthsOf returns the months (year*12 + month) a span of days touches,
// none for a span of more than two years.
func monthsOf(s daySpan) []int {
	const day = 24 * 60 * 60
	a, b := time.Unix(s.first*day, 0).UTC(), time.Unix(s.last*day, 0).UTC()
	from, to := a.Year()*12+int(a.Month()), b.Year()*12+int(b.Month())
	if to-from > 24 {
		return nil
	}
	var out []int
	for m := from; m <= to; m++ {
		out = append(out, m)
	}
	return out
}
