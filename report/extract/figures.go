package extract

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"brief/report"
	"brief/report/extract/lexicon"
)

// figuresIn returns the figures one sentence reports. actors resolves who is
// counted ("TTP fighters" → TTP) — may be nil.
//
// A figure is a number that counts something: people killed or injured,
// attacks, fighters, troops, people displaced, arrested or abducted, money.
// Years, dates, times, durations, ages, ordinals, percentages, measures,
// member counts ("a 15-member council") and labels ("Resolution 2593") are
// not figures. Each figure cites the whole sentence; its Source is left for
// the caller to fill in, and so is its ID.
func figuresIn(s Sentence, actors *actorMatcher) []report.Figure {
	if !mayHoldNumber(s.Text) {
		return nil
	}
	return figuresOf(s, numTokenize(s.Text, numLowerASCII(s.Text)), actors, nil, "")
}

// figuresOf is figuresIn for a sentence already tokenized into toks,
// whose actor mentions, with byte offsets in the article, are ms; when ms
// is nil they are found in the sentence. A figure the sentence credits to
// no one of its own is credited to carried, whom the sentence credits by
// its context (creditsOf): "he added", a quotation's speaker.
func figuresOf(s Sentence, toks []numToken, actors *actorMatcher, ms []actorMention, carried string) []report.Figure {
	figs, _ := figuresGrieved(s, toks, actors, ms, carried)
	return figs
}

// figuresGrieved is figuresOf that also tells, for each figure, whether
// the sentence tells it as a grievance: what a protest, an arrest, a
// charge or a vigil is about ("protested against the killing of two
// leaders", "arrested over the murder of three journalists"), an earlier
// happening whose dead are not the event's own (linkFigures).
func figuresGrieved(s Sentence, toks []numToken, actors *actorMatcher, ms []actorMention, carried string) ([]report.Figure, []bool) {
	if fileCaption(s.Text) {
		return nil, nil
	}
	qs := quantities(toks)
	if len(qs) == 0 {
		return nil, nil
	}
	fs := figureScan{text: s.Text, toks: toks, actors: actors}
	if ms != nil {
		fs.actorMentions, fs.mentionsDone = make([]actorMention, len(ms)), true
		for i, m := range ms {
			m.Start, m.End = m.Start-s.Start, m.End-s.Start
			fs.actorMentions[i] = m
		}
	}
	var figs []figure
	for _, q := range qs {
		if f, ok := fs.read(q); ok {
			figs = append(figs, f)
		}
	}
	fs.shareListKinds(figs)
	fs.shareRestated(figs)
	out := make([]report.Figure, 0, len(figs))
	grieved := make([]bool, 0, len(figs))
	for _, f := range figs {
		grieved = append(grieved, f.grievance)
		out = append(out, report.Figure{
			Text: f.text, Low: f.low, High: f.high, Qualifier: f.qualifier, What: f.what, Who: f.who,
			Currency:     f.currency,
			Period:       fs.periodNear(f.at),
			AttributedTo: fs.creditOf(f.at, carried),
			Citations:    []report.Citation{{Quote: s.Text}},
		})
	}
	return out, grieved
}

// creditOf returns whom the figure at token at is credited to: the
// sentence's own source for it, else carried, unless it is stated in a
// relative clause on the article's own authority (or on the clause's own
// source).
func (fs *figureScan) creditOf(at int, carried string) string {
	cs := fs.creditList()
	if who, aside := relativeCredit(cs, fs.toks, at); who != "" || aside {
		return fullerOf(who, carried)
	}
	if c := creditFor(cs, fs.toks, at); c != "" {
		if carried != "" && namedMessage(c) && onlyCredit(cs, c) {
			return carried // "the statement said", the sentence's only frame: who issued it (creditsAndCounts)
		}
		return fullerOf(c, carried)
	}
	for _, c := range cs {
		if c.at > at && relativeFrame(fs.toks, c.at) && strings.HasSuffix(carried, c.who) {
			return "" // "…, who said he was away" carries no credit back to a count before it
		}
	}
	return carried
}

// namedMessage reports whether a credit is "the" and a message noun
// alone: "the statement", "The release", "the report".
func namedMessage(c string) bool {
	det, noun, ok := strings.Cut(c, " ")
	return ok && strings.EqualFold(det, "the") && (messageNouns.has(strings.ToLower(noun)) || issuedDocuments.has(strings.ToLower(noun)))
}

// onlyCredit reports whether every frame of a sentence credits c.
func onlyCredit(cs []credit, c string) bool {
	for _, x := range cs {
		if x.who != c {
			return false
		}
	}
	return true
}

// fullerOf returns the fuller name the article gave a credit that names
// its speaker by a role alone ("the ministry" after "Gaza's Health
// Ministry"; creditsOf reads it into carried), else the credit.
func fullerOf(credit, carried string) string {
	if carried == "" || len(carried) <= len(credit) || strings.Count(credit, " ") != 1 {
		return credit
	}
	if title, _, _ := strings.Cut(strings.ReplaceAll(credit, ".", ""), " "); honorifics.has(strings.ToLower(title)) {
		if strings.HasSuffix(carried, " "+lastWord(credit)) {
			return carried // "Mr Marsh" after "ministry spokesman Ivo Marsh"
		}
		return credit
	}
	if !strings.HasPrefix(credit, "the ") && !strings.HasPrefix(credit, "The ") {
		return credit
	}
	if strings.EqualFold(lastWord(credit), lastWord(carried)) {
		return carried
	}
	if head := strings.ToLower(lastWord(credit)); slices.ContainsFunc(strings.Fields(carried), func(w string) bool {
		return strings.ToLower(w) == head && isCapitalised(w)
	}) {
		return carried // "the association" after "the Norland Prisoners Association (NPA)"
	}
	return credit
}

// shareListKinds gives the items of a list the kind its last item's
// trigger says: "left 38 civilians, 30 security personnel and 28 militants
// dead".
func (fs *figureScan) shareListKinds(figs []figure) {
	for i := len(figs) - 2; i >= 0; i-- {
		next := &figs[i+1]
		if fs.word(next.at+1) == "others" && fs.word(next.first-1) == "with" {
			continue // "4 women and 10 children, with 17 others injured": the others were hurt, not these
		}
		if next.kindAfter && eventKinds[next.what] && !figs[i].ownKind && !eventKinds[figs[i].what] && fs.coordinated(figs[i].last, next.first) {
			figs[i].what, figs[i].kindAfter = next.what, true
		}
	}
}

// shareRestated gives a number that restates the one before it in other
// units, inside its phrase, that figure's kind: "some 10,000 families, or
// more than 50,000 people, have left their homes".
func (fs *figureScan) shareRestated(figs []figure) {
	for i := 1; i < len(figs); i++ {
		prev, f := &figs[i-1], &figs[i]
		if !eventKinds[prev.what] || !prev.kindAfter || eventKinds[f.what] || f.first <= prev.first || f.last >= prev.last {
			continue
		}
		if fs.word(f.first-1) == "or" && fs.word(f.first-2) == "," {
			f.what = prev.what
		}
	}
}

// mayHoldNumber is a quick test that lets most sentences skip tokenizing: a
// digit, or a word that is a number word.
func mayHoldNumber(s string) bool {
	var buf [9]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if numIsDigit(c) {
			return true
		}
		if !numIsLetter(c) {
			continue
		}
		j := i
		for j < len(s) && numIsLetter(s[j]) {
			j++
		}
		if n := j - i; n >= 3 && n <= len(buf) && numberWordFirst[c|0x20] {
			for k := 0; k < n; k++ {
				buf[k] = s[i+k] | 0x20
			}
			if numberWords[string(buf[:n])] {
				return true
			}
		}
		i = j - 1
	}
	return mayCountOne(s)
}

// mayCountOne is a quick test for a sentence that may count one person
// by "a" or "an" (onePerson): it holds the article and a stem of what
// happens to people.
func mayCountOne(s string) bool {
	if !strings.Contains(s, " a ") && !strings.Contains(s, " an ") && !strings.HasPrefix(s, "A ") && !strings.HasPrefix(s, "An ") && !strings.Contains(s, " another") {
		return false
	}
	for _, stem := range oneStems {
		if strings.Contains(s, stem) {
			return true
		}
	}
	return false
}

// oneStems are the stems of the triggers that "a soldier was killed"
// may count one with.
var oneStems = wordList("figureOneStems")

// numberWordFirst marks the letters that number words start with.
var numberWordFirst = func() (first [256]bool) {
	for w := range numberWords {
		first[w[0]] = true
	}
	return first
}()

// numberWords are the words that can start a number.
var numberWords = func() map[string]bool {
	m := words("figureNumberWords")
	for w := range numUnits {
		m[w] = true
	}
	for w := range numTens {
		m[w] = true
	}
	return m
}()

// figureScan holds one sentence while its figures are read.
type figureScan struct {
	text        string
	toks        []numToken
	actors      *actorMatcher
	credits     []credit // whom the sentence credits, read when first needed
	creditsDone bool

	actorMentions []actorMention // the actors the sentence names, read when first needed
	mentionsDone  bool
	prev          *figure // the last figure read in this sentence
}

// figure is one figure as read from the tokens.
type figure struct {
	text      string
	low, high float64
	qualifier string
	what      report.FigureKind
	who       string
	at        int  // the token of the number
	first     int  // first token of the figure's text
	last      int  // last token of the figure's text
	ownKind   bool // the kind came from a word about this number (not inherited)
	kindAfter bool // the kind came from a trigger after the number: "… were killed"
	part      bool // the kind is shared with the figure before, of which this is a part
	currency  string
	grievance bool // told as what an event is about: "protested the killing of two leaders"
}

func (fs *figureScan) word(i int) string {
	if i < 0 || i >= len(fs.toks) {
		return ""
	}
	return fs.toks[i].lower
}

// read decides whether q is a figure and reads it.
func (fs *figureScan) read(q quantity) (figure, bool) {
	open, change := fs.opening(q)
	if q.currency == "" && fs.notACount(q, open) {
		return figure{}, false
	}
	if q.high == 0 {
		return figure{}, false // "Fatalities: 0": nobody counted, no figure
	}
	if p := fs.prev; p != nil && open > p.first && open <= p.last && fs.word(open-1) == "of" && open >= 2 &&
		fs.toks[open-2].kind == numWord && !partWords.has(fs.word(open-2)) && triggers[fs.word(open-2)] == "" {
		return figure{}, false // "12 members of three families were killed": who the 12 are, no count of its own
	}
	f := figure{low: q.low, high: q.high, at: q.numFirst}
	if change {
		f.low = q.high
	}
	qualStart, qual := fs.qualifierBefore(open)
	sq, n := fs.qualifierAfter(q.last)
	if qual == "" {
		qual = sq
	}
	strong := n == 2 && fs.word(q.last+2) == "strong" // "a 300-strong force"
	last := q.last + n
	if a := ageCompound(fs.toks, last+1); a > 0 && fs.toks[q.first].is("a", "an") {
		last = a // "a 15-year-old boy": the age is part of who is counted
	}
	f.qualifier = qual

	// The words that name what is counted: "TTP fighters", and an "of"
	// phrase: "relatives of the RSF", "42 to 47 of its gunmen".
	np := span{-1, -1}
	np.first, np.last = fs.nounPhrase(last + 1)
	of := fs.ofPhrase(max(last, np.last) + 1)
	f.first, f.last = qualStart, max(last, np.last, of.last)
	anaphor, anOf := fs.anaphorBefore(qualStart)
	if anaphor >= 0 {
		f.first = anaphor
	}

	f.what, f.ownKind = fs.kindOf(q, qualStart, np, of, anOf, &f)
	if w := fs.word(qualStart - 1); f.kindAfter && (w == "the" || w == "for" || w == "of") && grievanceBefore(fs.toks, qualStart-1) {
		f.grievance = true // "demanding justice for the two youths who were killed", "a funeral for two rebels killed"
	}
	if p := fs.prev; p != nil && p.grievance && p.what == f.what && fs.word(qualStart-1) == "and" && p.at < qualStart {
		f.grievance = true // "to mourn the three children and three adults who were killed"
	}
	if np.last >= 0 && thingNouns.has(fs.word(np.last)) {
		return figure{}, false // "captured 25 Pakistani posts": places, not people
	}
	for k := np.first; k >= 0 && k < np.last; k++ {
		if thingNouns.has(fs.word(k)) && pluralNoun(fs.word(k)) && !(fs.toks[k].isCap() && k > np.first && fs.toks[k-1].isCap()) {
			return figure{}, false // "as 13 Russian missiles hit …": the phrase ran on into the verb
		}
	}
	if eventKinds[f.what] && f.what != report.Released && f.first >= 2 && f.first < qualStart && fs.word(f.first-1) == "to" && intentWords.has(fs.word(f.first-2)) {
		return figure{}, false // "threatened to kill 20 villagers": not done
	}
	if fs.population(min(open, qualStart)) && !eventKinds[f.what] {
		return figure{}, false // "a city of 2 million people", "home to 12 million"
	}
	if f.what == "" && fs.prev != nil {
		ofThem := of.first >= 0 && (fs.word(of.first) == "them" || fs.word(of.first) == "whom" ||
			of.first == of.last && (fs.word(of.first) == "these" || fs.word(of.first) == "those"))
		f.what, f.who = fs.inherited(qualStart, last, anaphor >= 0, np.last < 0 && of.last < 0, ofThem)
		f.part = f.what != "" && eventKinds[f.what] // "… (2 soldiers and 1 civilian)": the next part shares it
	}
	if f.what == "" && fs.word(qualStart-1) == "including" && fs.word(qualStart-2) == "," {
		// "Many people have been killed, including 300 in the capital":
		// a part of a toll the clause before gives no number.
		if kind := triggers[fs.word(qualStart-3)]; eventKinds[kind] {
			f.what, f.part = kind, true
		} else if kind, _ := fs.phraseEndingAt(qualStart - 3); eventKinds[kind] {
			f.what, f.part = kind, true
		}
	}
	if f.what == "" {
		f.what = fs.countedBy(np, of, strong)
		if (f.what == report.Fighters || f.what == report.Troops) && np.last >= 0 && fs.word(np.last+1) == "and" && fs.mentionsKinWithin(np.last+2, 3) {
			f.what = report.People // "30,000 fighters and family members"
		}
	}
	if f.what != report.Killed && f.what != report.Money && f.what != report.Attacks && np.last >= 0 {
		if end := fs.fateClause(f.last + 1); end > 0 {
			// "abducted nine men from the bus, who were later found shot
			// dead": the clause on those counted tells their fate
			f.what, f.ownKind, f.last = report.Killed, true, end
		}
	}
	if f.what == report.Killed && fs.word(f.last) == "death" && fs.word(f.last-1) == "to" && fs.sentencedToDeath(qualStart) {
		f.what = report.OtherFigure // "sentenced 11 men to death": a sentence, no one killed yet
		if kind := triggers[fs.word(qualStart-1)]; kind != "" {
			f.what = kind
		}
	}
	if (f.what == report.People || f.what == report.OtherFigure || f.what == report.Troops) && fs.returnedFromCaptivity(qualStart, f.last) {
		f.what = report.Released // "120 soldiers returned home from captivity"
	}
	if f.what == report.OtherFigure && np.last >= 0 && captiveNouns.has(fs.word(np.last)) && fs.rescued(qualStart, np.last) {
		f.what = report.Released // "rescued four hostages", "two captives were rescued"
	}
	if eventKinds[f.what] && f.kindAfter && np.last >= 0 && predicateAux.has(fs.word(np.last+1)) && fs.wholeOfPart(min(open, qualStart)) {
		// "three of its 40 passengers were killed": the passengers, not
		// the dead; "a third of the 90 hostages are dead": the whole is
		// still held, a count of a state the whole is in.
		f.what = report.OtherFigure
		if k := fs.countedBy(np, of, strong); heldStates[k] {
			f.what = k
		}
	}
	if f.what != report.Money && (fractional(f.low) || fractional(f.high)) {
		return figure{}, false // "1.2 refugees": people come whole; a scale word was lost
	}
	if (f.what == report.People || f.what == report.OtherFigure) && fs.membersOf(min(open, qualStart)) {
		return figure{}, false // "a panel made up of nine experts": a body's members
	}
	if f.what == report.People && fs.placePossessive(open-1) {
		return figure{}, false // "Pakistan's 240 million people": its population
	}
	if (f.what == report.People || f.what == report.OtherFigure) && (fs.bodyPossessive(open-1) || of.last >= 0 && fs.bodyPossessive(of.last)) {
		return figure{}, false // "the council's 15 members", "five of the board's": a body and its vote
	}
	if f.what == report.OtherFigure && np.last > 0 && fs.word(np.last) == "members" && kinWords.has(fs.word(np.last-1)) {
		return figure{}, false // "he and 20 family members sleep in a tent": a household
	}
	if f.what == report.People && !f.part && fs.prev == nil && f.high < fewPeople && fs.nationals(np) {
		return figure{}, false // "three Americans among the signatories": a few nationals to whom nothing is reported to have happened
	}
	if (f.what == report.People || f.what == report.OtherFigure) && offspringNouns.has(fs.word(np.last)) && fs.haveBefore(qualStart) >= 0 {
		return figure{}, false // "the commander has four wives and 20 children": a family
	}
	if f.what == report.People && residentNouns.has(fs.word(np.last)) && fs.placeHas(qualStart) {
		return figure{}, false // "the village, which has 1,600 residents": its population
	}
	if f.what == report.OtherFigure && np.last >= 0 && reportingNouns.has(fs.word(np.last)) {
		return figure{}, false // "two officials told Harici": who spoke, not a count
	}
	if fs.countsSources(np) {
		return figure{}, false // "three universities estimate the death toll at …": the sources, not the dead
	}
	named := np.last >= 0 && (pluralNoun(fs.word(np.last)) || f.what != report.OtherFigure) || of.last >= 0 || f.ownKind
	if f.what == report.OtherFigure && q.currency == "" && (q.wordOne || !named || determiners.has(fs.word(open-1))) {
		return figure{}, false // "one of", a bare number, "the two sides"
	}
	if (possessives.has(fs.word(open-1)) || fs.spouseBefore(open)) && !f.ownKind {
		return figure{}, false // "his three children", "his wife and two children": a family, not a count
	}
	if q.wordOne && np.last < 0 && f.last == last && !f.ownKind {
		return figure{}, false
	}
	if f.who == "" && f.what != report.Money {
		f.who = fs.whoIn(np, of, f.what, f.at)
	}
	if f.first > 0 && fs.toks[f.first].glued && fs.toks[f.first-1].is("\"", "“", "‘") {
		f.first-- // the opening quote of a quoted trigger: "neutralised"
	}
	f.text = fs.text[fs.toks[f.first].start:fs.toks[f.last].end]
	fs.prev = &f
	return f, true
}

// grievanceAt reports whether the trigger at token d tells what a
// protest, an arrest or a charge is about: a noun of death or arrest
// ("the killing of", "the deaths of") or a gerund after a preposition
// ("charged with killing"), a word of grievance (grievanceWords) a few
// words before it: "protested against the killing of two leaders",
// "arrested over the murder of three journalists", "charged two
// soldiers with the murder of". A trigger after "and" shares the
// grievance of what it is joined to: "in connection with the kidnapping
// and killing of two reporters", "against the fraud and the killing of".
func (fs *figureScan) grievanceAt(d int) bool {
	if d < 1 || fs.toks[d].kind != numWord {
		return false
	}
	nominal := fs.word(d+1) == "of"
	gerund := strings.HasSuffix(fs.word(d), "ing") && (fs.word(d-1) == "with" || fs.word(d-1) == "of" || fs.word(d-1) == "for")
	if !nominal && !gerund {
		return false
	}
	if grievanceBefore(fs.toks, d) {
		return true
	}
	c := d - 1 // "charged two soldiers with the murder of": the charge before its object
	if fs.word(c) == "the" {
		c--
	}
	if c > 0 && (fs.word(c) == "with" || fs.word(c) == "of") && grievanceBefore(fs.toks, c) {
		return true
	}
	and := d - 1 // "and the killing of", "and brutal murder of", "and the heartless murder of"
	for and > d-3 && and > 0 && fs.word(and) != "and" && fs.toks[and].kind == numWord && triggers[fs.word(and)] == "" {
		and--
	}
	if fs.word(and) != "and" {
		return false
	}
	// "protested against the fraud and the killing of two aides": the
	// second of two grievances, joined in one clause.
	for k := and - 1; k >= 0 && k >= and-10; k-- {
		if fs.toks[k].kind == numPunct && !fs.toks[k].is("'", "’") {
			return false
		}
		if grievanceWords.in(fs.toks[k].wid) {
			return true
		}
	}
	return false
}

// rescued reports whether a word of rescue stands right before the count
// that opens at token first ("rescued four hostages") or after the noun
// that ends at token last and its auxiliaries ("two captives were
// rescued").
func (fs *figureScan) rescued(first, last int) bool {
	if rescueWords.has(fs.word(first - 1)) {
		return true
	}
	k := last + 1
	for k < len(fs.toks) && k <= last+3 && (auxWords.has(fs.word(k)) || predicateAux.has(fs.word(k))) {
		k++
	}
	return k > last+1 && rescueWords.has(fs.word(k))
}

// rescueWords and captiveNouns together make a count of those held a
// release: "rescued four hostages". (figures.go)
var rescueWords, captiveNouns = wordSetOf("figureRescueWords"), wordSetOf("figureCaptiveNouns")

// returnedFromCaptivity reports whether the clause around the count from
// token first to token last says those counted came back from captivity:
// a word of returning and a word of captivity within a few words of it,
// "returned home from captivity", "returned 39 captured soldiers
// as part of an exchange", "coming home outside of exchanges".
func (fs *figureScan) returnedFromCaptivity(first, last int) bool {
	ret, held := false, false
	for k := max(first-4, 0); k < len(fs.toks) && k <= last+10; k++ {
		w := fs.word(k)
		if k > last && (w == ";" || w == ".") {
			break
		}
		ret = ret || returnWords.has(w)
		held = held || captivityWords.has(w)
	}
	return ret && held
}

// returnWords and captivityWords together make a count of people a
// release. (figures.go)
var returnWords, captivityWords = wordSetOf("figureReturnWords"), wordSetOf("figureCaptivityWords")

// inherited returns the kind (and who) a number shares with the figure
// before it in the sentence: "the count could climb to 25,000" (an
// anaphor), "killed 12, including five children", "3 of them children",
// "1,524 deaths, up from 980 in 2022" (a bare number compared). last is the
// number's last token.
func (fs *figureScan) inherited(qualStart, last int, anaphor, bare, ofThem bool) (what report.FigureKind, who string) {
	p := fs.prev
	switch {
	case anaphor:
		if (p.what == report.Fighters || p.what == report.Troops) && fs.mentionsKin(last+1) {
			return report.People, p.who // "… if their household relatives are included"
		}
		return p.what, p.who
	case eventKinds[p.what] && (fs.partOf(qualStart) || ofThem || fs.coordinated(p.last, qualStart) && (p.ownKind || p.part)):
		return p.what, ""
	case bare && fs.comparedTo(qualStart):
		return p.what, p.who
	case bare && p.what != report.OtherFigure && fs.elided(p.last, qualStart, last):
		return p.what, p.who
	case bare && heldStates[p.what] && fs.frontedWhole(p):
		return p.what, p.who // "Of the 120 hostages seized, 45 remain in the camps"
	}
	return "", ""
}

// spouseBefore reports whether a possessive and a spouse stand before the
// number that opens at token open, joined to it by "and" or a comma: "his
// wife and three grown children" are a family.
func (fs *figureScan) spouseBefore(open int) bool {
	k := open - 1
	if w := fs.word(k); w == "and" {
		k--
	}
	if fs.word(k) == "," {
		k--
	}
	return spouseWords.has(fs.word(k)) && possessives.has(fs.word(k-1))
}

// spouseWords name a husband or wife. (figures.go)
var spouseWords = wordSetOf("figureSpouseWords")

// locativeAsides open a place phrase between those counted and what
// happened to them: "9,000 families across the province were made
// homeless". (figures.go)
var locativeAsides = wordSetOf("figureLocativeAsides")

// personRelatives open a relative clause on those counted: "three men
// who tried to escape were killed".
var personRelatives = wordSetOf("figurePersonRelatives")

// postModifiers open a phrase after those counted that says more of who
// they are: "264 people suspected of gang membership have been killed".
var postModifiers = wordSetOf("figurePostModifiers")

// amongKind returns the kind of what happened to those a sentence lists
// after "Among those freed by X were": every count after the verb is
// one of them, whatever words follow it. "" when the sentence does not
// open so, or the count at token i stands before the verb.
func (fs *figureScan) amongKind(i int) report.FigureKind {
	j := 0
	for j < 2 && j < len(fs.toks) && fs.toks[j].kind != numWord {
		j++ // an opening quotation mark
	}
	if fs.word(j) != "among" || (fs.word(j+1) != "those" && fs.word(j+1) != "the") {
		return ""
	}
	kind, end := fs.triggerAt(j + 2)
	if kind == "" {
		return ""
	}
	for v := end; v < i && v <= end+6; v++ {
		if amongVerbs.has(fs.word(v)) {
			return kind
		}
		if fs.toks[v].kind == numDigits || fs.word(v) == "," {
			return ""
		}
	}
	return ""
}

// amongVerbs link "Among those killed" to those it lists. (figures.go)
var amongVerbs = wordSetOf("figureAmongVerbs")

// frontedWhole reports whether the figure p opens the sentence as the
// whole a later count is part of: "Of the 120 hostages seized, …".
func (fs *figureScan) frontedWhole(p *figure) bool {
	k := p.at - 1
	if wholeDeterminers.has(fs.word(k)) {
		k--
	}
	return k == 0 && fs.word(k) == "of"
}

// demandedBefore reports whether a word of demanding stands in the
// clause a few words before the trigger at token at: "call for the
// release of", "urge the rebels to free", "must release". What is
// demanded has not happened: those counted are still held.
func (fs *figureScan) demandedBefore(at int) bool {
	for k := at - 1; k >= 0 && k >= at-7; k-- {
		w := fs.word(k)
		if w == "," || w == ";" || w == "." || fs.toks[k].kind == numDigits {
			return false
		}
		if demandWords.has(w) {
			return true
		}
	}
	return false
}

// demandWords ask for what has not happened yet. (figures.go)
var demandWords = wordSetOf("figureDemandWords")

// takenAfterAbduction returns the token of "taken" when the words from
// token i are a passive "had been taken" or "were taken away" and the
// sentence told of abduction before the count at token first; 0
// otherwise. "Taken" alone may be to hospital or into custody; after
// "abducting" it is the same act.
func (fs *figureScan) takenAfterAbduction(i, first int) int {
	k := i
	for k < len(fs.toks) && k < i+4 && auxWords.has(fs.word(k)) {
		k++
	}
	if k == i || fs.word(k) != "taken" || fs.word(k+1) == "to" || fs.word(k+1) == "into" {
		return 0
	}
	for j := first - 1; j >= 0; j-- {
		if kind, _ := fs.triggerAt(j); kind == report.Abducted {
			return k
		}
	}
	return 0
}

// heldStates are the kinds a whole keeps when a part of it is reported
// dead or freed: "a third of the 90 hostages are believed dead".
var heldStates = map[report.FigureKind]bool{report.Abducted: true, report.Displaced: true, report.Arrested: true}

// initialDot reports whether the dot at token k follows one capital
// letter of an initialism and goes on with its next letter or, after its
// last, with a word: "U.S. soldiers", not the full stop after "U.S.".
func (fs *figureScan) initialDot(k int) bool {
	p := &fs.toks[k-1]
	if p.kind != numWord || len(p.text) != 1 || p.text[0] < 'A' || p.text[0] > 'Z' || k+1 >= len(fs.toks) {
		return false
	}
	n := &fs.toks[k+1]
	if n.kind != numWord {
		return false
	}
	if n.glued {
		return len(n.text) == 1 && n.text[0] >= 'A' && n.text[0] <= 'Z' // the next letter: "U.S"
	}
	return k >= 2 && fs.toks[k-1].glued && fs.toks[k-2].is(".") // after the last letter, a word
}

// injuryPhrase returns the last token of a phrase at token k that says
// those counted were hurt: a verb of suffering or "with", a few words
// that describe the harm, and a noun of injury ("sustained various
// injuries", "suffered gunshot wounds", "with serious injuries"); 0 when
// there is none.
func (fs *figureScan) injuryPhrase(k int) int {
	if !injuryOpeners.has(fs.word(k)) {
		return 0
	}
	for j := k + 1; j < len(fs.toks) && j <= k+4; j++ {
		if injuryNouns.has(fs.word(j)) {
			return j
		}
		if fs.toks[j].kind != numWord || npStop.has(fs.word(j)) && !injuryDescribers.has(fs.word(j)) {
			return 0
		}
	}
	return 0
}

// injuryOpeners, injuryNouns and injuryDescribers make the phrases of
// injuryPhrase. (figures.go)
var (
	injuryOpeners    = wordSetOf("figureInjuryOpeners")
	injuryNouns      = wordSetOf("figureInjuryNouns")
	injuryDescribers = wordSetOf("figureInjuryDescribers")
)

// elided reports whether the bare number from token first to token last
// stands for a count whose noun and verb were left out after "and": "five
// raids in Norvik and three in Ostby", "nine were killed in Gao and four in
// Mopti". Both counts are followed by the same preposition, and the
// figure before ends at prevLast.
func (fs *figureScan) elided(prevLast, first, last int) bool {
	w := fs.word(last + 1)
	if !elisionPrepositions.has(w) || fs.word(first-1) != "and" {
		return false
	}
	for k := prevLast + 1; k < first-1 && k <= prevLast+8; k++ {
		if fs.word(k) == w {
			return true
		}
		if fs.toks[k].kind == numDigits {
			return false
		}
	}
	return false
}

// elisionPrepositions open the place or time both counts of an elided
// pair name: "seven raids in Norvik and three in Ostby". (figures.go)
var elisionPrepositions = wordSetOf("figureElisionPrepositions")

// partWords take a part of the whole counted after "of": "some of the
// 120 hostages". (figures.go)
var partWords = wordSetOf("figurePartWords")

// abductedBefore reports whether a trigger of abduction joined by "and"
// stands within a few words before the trigger of arrest at token at:
// "kidnapped and continue to detain": those held are still hostages.
func (fs *figureScan) abductedBefore(at int) bool {
	and := false
	for k := at - 1; k >= 0 && k >= at-4; k-- {
		w := fs.word(k)
		if w == "and" {
			and = true
		} else if triggers[w] == report.Abducted {
			return and
		}
	}
	return false
}

// span is a run of tokens, first..last inclusive; -1, -1 when empty.
type span struct{ first, last int }

// opening returns where q's own words start ("between", "from") and whether
// it is a change ("rose from 35 to 40"), whose figure is the second number.
func (fs *figureScan) opening(q quantity) (int, bool) {
	open := q.first
	if open > 0 && fs.word(open-1) == "between" {
		open--
	}
	if open > 0 && fs.word(open-1) == "from" && q.isRange {
		for k := open - 2; k >= 0 && k >= open-4; k-- {
			if changeVerbs.has(fs.word(k)) {
				return open, true
			}
		}
		open--
	}
	return open, false
}

// kindOf reads what a number counts from the words about it: a currency, an
// attack noun, a trigger before or after it. It may move f's text bounds to
// take the trigger in. It returns "" when no word about the number says.
func (fs *figureScan) kindOf(q quantity, qualStart int, np, of, anOf span, f *figure) (report.FigureKind, bool) {
	switch {
	case q.currency != "":
		f.currency = q.currency
		return report.Money, true
	case np.last >= 0 && attackNouns.has(fs.word(np.last)):
		return report.Attacks, true
	}
	if kind := fs.amongKind(qualStart); kind != "" {
		return kind, true // "Among those freed by Norland were 300 prisoners … and 1,200 people held …"
	}
	bk, at := fs.triggerBefore(qualStart - 1)
	ak, end := fs.triggerAfter(max(q.last, np.last, of.last, f.last) + 1)
	// A trigger reached across "and" yields to one of the number's own:
	// "killed a policeman and 5 fighters were arrested".
	if bk == report.Released && fs.demandedBefore(at) {
		bk = "" // "we call for the release of the 20,000 political prisoners": still held
	}
	if bk == report.Killed && burialWords.has(fs.word(at)) {
		bk = report.OtherFigure // "mourners buried 7 victims", "buried 15 landmines": a burial, no new death
	}
	if ak == report.Killed && fs.burialNoDeath(np, of, max(q.last, np.last, of.last, f.last)+1, end) {
		ak = report.OtherFigure // "five miners were buried when a mine collapsed": trapped
	}
	if bk != "" && (ak == "" || !slices.Contains(fs.lowerWords(at, qualStart), "and")) {
		f.first = min(f.first, at)
		f.grievance = fs.grievanceAt(at)
		if bk == report.Arrested && fs.abductedBefore(at) {
			return report.Abducted, true // "abducted and still detain 14 seamen"
		}
		return bk, true
	}
	if end := fs.forcedOut(qualStart, max(q.last, np.last, of.last)); end > 0 {
		f.last = max(f.last, end)
		return report.Displaced, true // "forced 16,000 people from their homes"
	}
	if ak == report.Released && !fs.passiveBefore(end) {
		ak = "" // "the two sides exchanged 90 prisoners": who released, not who was
	}
	if ak == report.Displaced && (crossingWords.has(fs.word(end)) || crossingWords.has(fs.word(end-1)) || crossingWords.has(fs.word(end-2))) {
		if k := fs.countedBy(np, of, false); k == report.Fighters || k == report.Troops {
			ak = "" // "2,000 fighters crossed into Chad": fighters who moved, not people displaced
		}
	}
	if (ak == report.Arrested || ak == report.Abducted) && fs.releasedLater(end) {
		ak = report.Released // "1,700 people detained in the war were freed": their release
	}
	if ak != "" && of.last >= 0 && slices.Contains(fs.lowerWords(of.last+1, end), "and") {
		for k := of.first; k <= of.last; k++ {
			if kind := triggers[fs.word(k)]; kind != "" {
				return kind, true // "two of those killed and two others injured": the number's own
			}
		}
	}
	if (ak == report.Injured || ak == report.Displaced) && np.last >= 0 && triggers[fs.word(np.last)] == report.Killed {
		// "found 4 bodies with gunshot wounds": the wounds are the dead's;
		// "12 bodies were evacuated": the dead were moved, no one fled
		ak = ""
	}
	if ak != "" {
		f.last = max(f.last, end)
		f.kindAfter = true
		return ak, true
	}
	if end := fs.takenAfterAbduction(max(q.last, np.last, of.last, f.last)+1, qualStart); end > 0 {
		f.last = max(f.last, end)
		f.kindAfter = true
		return report.Abducted, true // "accused of abducting boys … said 60 boys had been taken"
	}
	if w := fs.word(qualStart - 1); (w == "lost" || w == "lose" || w == "loses" || w == "losing") &&
		np.last >= 0 && fs.word(max(np.last, of.last)+1) == "to" {
		return report.Killed, true // "the police have lost 2,100 personnel to terrorism"
	}
	for _, sp := range []span{np, of, anOf} {
		for k := sp.first; k >= 0 && k <= sp.last; k++ {
			w := fs.word(k)
			if attackNouns.has(w) && k == sp.last {
				return report.Attacks, true
			}
			if kind := triggers[w]; kind != "" {
				return kind, true // "30 deaths", "three of the dead"
			}
		}
	}
	if np.last < 0 && of.last < 0 && !fs.comparedTo(qualStart) {
		if kind := fs.seriesKind(qualStart - 1); kind != "" {
			return kind, true // "Attacks rose from 573 in 2021 to 1,210 in 2023"
		}
	}
	return "", false
}

// crossingWords open the phrases of crossing a border ("crossed into"),
// which make those counted displaced only when they are not armed men.
var crossingWords = wordSetOf("figureCrossingWords")

// countsSources reports whether the noun phrase np names sources and a
// reporting verb follows its head (the phrase may have taken the verb
// in): "three universities estimate …", "two reports put …".
func (fs *figureScan) countsSources(np span) bool {
	if np.last < 0 {
		return false
	}
	head := np.last
	if reportingVerbs.has(fs.word(head)) && head > np.first {
		head-- // "universities estimate" read as one noun phrase
	} else if !reportingVerbs.has(fs.word(head + 1)) {
		return false
	}
	return reportingNouns.has(fs.word(head)) || sourceCounts.has(fs.word(head))
}

// sourceCounts are nouns of sources besides the speaker nouns: "three
// studies put the toll at …" counts studies, not the dead. (figures.go)
var sourceCounts = wordSetOf("figureSourceCounts")

// releasedLater reports whether the clause that goes on after token end
// (a trigger that said how those counted were held: "detained",
// "abducted") says that they were released: "… detained in Gaza were
// freed on Monday". The release is what the sentence reports.
func (fs *figureScan) releasedLater(end int) bool {
	for k := end; k < len(fs.toks) && k < end+8; k++ {
		w := fs.word(k)
		if w == "," || w == ";" || w == "and" || w == "but" || w == "." {
			return false
		}
		if !auxWords.has(w) || w == "the" || w == "those" || w == "who" || w == "that" {
			continue
		}
		for j := k + 1; j < len(fs.toks) && j <= k+3; j++ {
			if kind, _ := fs.triggerAt(j); kind == report.Released {
				return true
			} else if !auxWords.has(fs.word(j)) {
				break
			}
		}
	}
	return false
}

// forcedOut returns the last token of what says that the people counted
// from token first to token last were forced from their homes: a verb of
// force before them and "to flee", "to leave their homes" or "from their
// homes" after ("forced an estimated one million people to flee their
// homes", "drove 16,000 people from their villages"); else 0.
func (fs *figureScan) forcedOut(first, last int) int {
	if !forceVerbs.has(fs.word(first - 1)) {
		return 0
	}
	w1, w2 := fs.word(last+1), fs.word(last+2)
	switch {
	case w1 == "to" && triggers[w2] == report.Displaced:
		return last + 2 // "to flee"
	case w1 == "to" && (w2 == "leave" || w2 == "abandon"):
		for j := last + 3; j < len(fs.toks) && j <= last+5; j++ {
			if homeWords.has(fs.word(j)) {
				return j
			}
		}
	case w1 == "from" || w1 == "out":
		for j := last + 2; j < len(fs.toks) && j <= last+4; j++ {
			if homeWords.has(fs.word(j)) {
				return j
			}
		}
	}
	return 0
}

// forceVerbs before a count of people forced from their homes.
var forceVerbs = wordSetOf("figureForceVerbs")

// passiveBefore reports whether a passive auxiliary of the past or the
// present stands just before the trigger that ends at token end: "were
// released", "have been freed"; not "would be freed", a release to come.
func (fs *figureScan) passiveBefore(end int) bool {
	passive := false
	for k := end - 1; k >= 0 && k >= end-4; k-- {
		w := fs.word(k)
		if modals.has(w) || w == "to" {
			return false
		}
		if passiveAux.has(w) {
			passive = true
			continue
		}
		if !auxWords.has(w) {
			break
		}
	}
	return passive
}

// population reports whether the number whose words open at token open
// is a population: "a city of 2 million people", "home to 12 million".
func (fs *figureScan) population(open int) bool {
	prev := fs.word(open - 1)
	return (prev == "of" || prev == "to") && (populationWords.has(fs.word(open-2)) || placeNouns.has(fs.word(open-2)))
}

// fractional reports whether x is no whole number, beyond the error of
// its arithmetic ("1.7 million" may be 1700000.0000000002).
func fractional(x float64) bool {
	return math.Abs(x-math.Round(x)) > 1e-6*max(1, math.Abs(x))
}

// membersOf reports whether the words before token open say that what
// follows are a body's members: "made up of", "composed of", "comprising".
func (fs *figureScan) membersOf(open int) bool {
	for _, p := range compositionPhrases {
		if fs.matchesPhrase(open-len(p), p) {
			return true
		}
	}
	return false
}

// compositionPhrases before a count make it a body's members.
var compositionPhrases = func() [][]string {
	var out [][]string
	for _, p := range wordList("figureCompositionPhrases") {
		out = append(out, strings.Fields(p))
	}
	return out
}()

// placePossessive reports whether token i is a place's possessive that
// makes the people counted after it its population: "Pakistan's",
// "the country's".
func (fs *figureScan) placePossessive(i int) bool {
	if i < 0 {
		return false
	}
	t := &fs.toks[i]
	base, ok := strings.CutSuffix(t.lower, "'s")
	if !ok {
		base, ok = strings.CutSuffix(t.lower, "’s")
	}
	return ok && (t.isCap() || populationWords.has(base) || placeNouns.has(base))
}

// fileCaption reports whether a sentence is the caption of an archive
// photo ("FILE - Soldiers patrol …, Aug. 2, 2023."): what it counts is the
// picture's, from another day, and no report of the story.
func fileCaption(text string) bool {
	rest, ok := strings.CutPrefix(strings.TrimLeft(text, " \t\n"), "FILE")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	for _, dash := range []string{"-", "–", "—"} {
		if strings.HasPrefix(rest, dash) {
			return true
		}
	}
	return false
}

// nationals reports whether the noun phrase np counts people by their
// nation: "Americans", "American citizens", "British nationals".
func (fs *figureScan) nationals(np span) bool {
	if np.last < 0 {
		return false
	}
	for k := np.first; k <= np.last; k++ {
		if fs.toks[k].isCap() {
			return true
		}
	}
	w := fs.word(np.last)
	return w == "citizens" || w == "nationals"
}

// bodyPossessive reports whether token i is the possessive of a body that
// meets and votes: "the council's", "the committee's".
func (fs *figureScan) bodyPossessive(i int) bool {
	if i < 0 {
		return false
	}
	base, ok := strings.CutSuffix(fs.toks[i].lower, "'s")
	if !ok {
		base, ok = strings.CutSuffix(fs.toks[i].lower, "’s")
	}
	return ok && bodyNouns.has(base)
}

// placeHas reports whether the words before token open say what a place
// has, not what happened: "which has", "the city had", "that had 30
// houses and". It walks back over a list of counted things to a verb of
// having after a relative pronoun or a place's noun.
func (fs *figureScan) placeHas(open int) bool {
	k := fs.haveBefore(open)
	if k < 1 {
		return false
	}
	w := fs.word(k - 1)
	return w == "which" || w == "that" || populationWords.has(w) || placeNouns.has(w)
}

// haveBefore returns the token of a verb of having that the count at
// token open is the object of ("has four wives and 20 children"), walking
// back over a list of counted things; -1 when there is none, or a word
// says what happened to them.
func (fs *figureScan) haveBefore(open int) int {
	for k := open - 1; k >= 0 && k > open-10; k-- {
		t := &fs.toks[k]
		if t.kind == numPunct && !t.is(",") {
			return -1
		}
		if haveVerbs.in(t.wid) && !fs.isNumberAt(k-1) && !fs.isNumberAt(k-2) {
			return k // not a noun counted: "200 houses", "more than 200 houses"
		}
		if _, ok := triggers[t.lower]; ok {
			return -1
		}
	}
	return -1
}

// seriesKind gives a number of a statistic's series the kind of the noun
// the series is of: "Attacks rose from 573 in 2021 to 1,210 in 2023",
// "Deaths … climbed from 980 in 2022 to 1,524". It walks back from token
// i over the series' own words (numbers, years, "from", "to", "in", a
// change verb) and reads the noun before them; "" when there is none or
// no change verb was passed.
func (fs *figureScan) seriesKind(i int) report.FigureKind {
	changed := false
	for k := i; k >= 0 && k > i-14; k-- {
		t := &fs.toks[k]
		w := t.lower
		switch {
		case changeVerbs.has(w):
			changed = true
			continue
		case t.kind == numDigits || numberWords[w] || numScales[w] > 0 || w == "from" || w == "to" || w == "in" || w == "," || gapWords.has(w) && !determinerWords.has(w):
			continue
		}
		if !changed {
			return ""
		}
		// The subject: "Attacks", "Deaths in militant violence"; what
		// happened before who it happened to.
		for j := k; j >= 0 && j > k-5; j-- {
			w := fs.word(j)
			if attackNouns.has(w) {
				return report.Attacks
			}
			if kind := triggers[w]; kind != "" && nounTriggers.has(w) {
				return kind
			}
		}
		for j := k; j >= 0 && j > k-5; j-- {
			if kind := headNouns[fs.word(j)]; kind != "" {
				return kind
			}
		}
		return ""
	}
	return ""
}

// countedBy gives the kind from the counted noun alone: "soldiers" →
// troops, "people" → people, "a 300-strong force" → troops.
func (fs *figureScan) countedBy(np, of span, strong bool) report.FigureKind {
	if np.last >= 0 {
		if k := headNouns[fs.word(np.last)]; k != "" {
			return k
		}
		if k := strongUnits[fs.word(np.last)]; k != "" && strong {
			return k
		}
		if fs.demonymPlural(np.last) {
			return report.People // "800,000 Afghans", "nine South Africans"
		}
	}
	if of.last >= 0 && np.last < 0 {
		if k := headNouns[fs.word(of.last)]; k != "" {
			return k // "42 to 47 of its gunmen"
		}
	}
	return report.OtherFigure
}

// burialNoDeath reports whether a killed trigger after the count, from
// token from to end, is "buried" that tells no death: of a count of things
// ("15 landmines were buried") or of people trapped, a collapse or a
// landslide in its clause ("five miners were buried when a mine
// collapsed"). "32 were buried", "12 bodies were buried" are deaths.
func (fs *figureScan) burialNoDeath(np, of span, from, end int) bool {
	b := -1
	for k := from; k <= end && k < len(fs.toks); k++ {
		if burialWords.has(fs.word(k)) {
			b = k
		}
	}
	if b < 0 {
		return false
	}
	if np.last >= 0 || of.last >= 0 {
		switch fs.countedBy(np, of, false) {
		case report.People, report.Fighters, report.Troops, report.Killed:
		default:
			return true
		}
	}
	for k := b + 1; k < len(fs.toks) && k <= b+8; k++ {
		if fs.toks[k].kind == numPunct && fs.toks[k].is(".", ";") {
			break
		}
		if burialTrapWords.has(fs.word(k)) {
			return true
		}
	}
	return false
}

// burialWords are killed triggers that tell a burial: a death only of
// people or bodies counted before them, not trapped (burialTrapWords
// in the clause after). (figures.go)
var burialWords, burialTrapWords = wordSetOf("figureBurialWords"), wordSetOf("figureBurialTrapWords")

// demonymPlural reports whether token i is a people's name in the plural:
// capitalised, ending as "Afghans", "Pakistanis" or "Congolese" do.
func (fs *figureScan) demonymPlural(i int) bool {
	t := &fs.toks[i]
	w := t.lower
	if !t.isCap() || len(w) < 5 || strings.ToUpper(w) == fs.text[t.start:t.end] {
		return false // "TTP", "ISIS": acronyms
	}
	return strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "ese") ||
		strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "sis") && !strings.HasSuffix(w, "tis")
}

// comparedTo reports whether the number at i is compared with the one
// before: "compared with 9", "up from 980", "against 12", "versus 40".
func (fs *figureScan) comparedTo(i int) bool {
	w, w1 := fs.word(i-1), fs.word(i-2)
	return (w == "with" || w == "to") && (w1 == "compared" || w1 == "comparison") ||
		w == "from" && (w1 == "up" || w1 == "down") || w == "against" || w == "versus" || w == "vs"
}

// wholeOfPart reports whether the number that opens at token open is the
// whole a number before it is a part of: "three of its 40 passengers",
// "two of the three suspects". What happened was counted by the part,
// when what it says is the verb of both ("… were killed"); "five of the
// 20 wounded" and "two of the 10 people killed" keep the whole's own word.
func (fs *figureScan) wholeOfPart(open int) bool {
	k := open - 1
	if wholeDeterminers.has(fs.word(k)) {
		k--
	}
	if fs.word(k) != "of" {
		return false
	}
	if partWords.has(fs.word(k - 1)) {
		return true // "a third of the 90 hostages are believed dead"
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if fs.isNumberAt(j) {
			return true
		}
		if !countQualifiers.has(fs.word(j)) {
			return false
		}
	}
	return false
}

// wholeDeterminers may stand between "of" and the whole: "of the 25",
// "of its 25". (figures.go)
var wholeDeterminers = wordSetOf("figureWholeDeterminers")

// predicateAux after the whole's noun make the trigger after it the
// sentence's verb, whose subject is the part. (figures.go)
var predicateAux = wordSetOf("figurePredicateAux")

// partOf reports whether the number at i is a part of the one before:
// "including five children", "among them six children", "of whom 12".
func (fs *figureScan) partOf(i int) bool {
	w, w1 := fs.word(i-1), fs.word(i-2)
	return w == "including" || w == "incl" || (w == "them" && w1 == "among") ||
		(w == "whom" && w1 == "of") || (w == "them" && w1 == "of") || w == "(" // "3 people (2 soldiers and 1 civilian)"
}

// ofPhrase reads an "of" phrase at token i: "of the Rapid Support Forces",
// "of its fighters", "of them", "of the dead".
func (fs *figureScan) ofPhrase(i int) span {
	if fs.word(i) != "of" {
		return span{-1, -1}
	}
	last := -1
	for k := i + 1; k < len(fs.toks) && k <= i+6; k++ {
		t := &fs.toks[k]
		w := t.lower
		if t.kind == numPunct && t.is("-") && t.glued && last == k-1 {
			continue
		}
		if t.kind != numWord || auxWords.has(w) && !ofDeterminers.has(w) || npStop.has(w) && !ofDeterminers.has(w) {
			break
		}
		if kind, _ := fs.triggerAt(k); kind != "" && !nounTriggers.has(w) && k > i+1 && !ofDeterminers.has(fs.word(k-1)) {
			break // "three members of the crew died": the verb, not the crew's name
		}
		last = k
	}
	for last > i && ofDeterminers.has(fs.word(last)) && fs.word(last) != "them" && fs.word(last) != "whom" {
		if w := fs.word(last); (w == "these" || w == "those") && last == i+1 && (auxWords.has(fs.word(last+1)) || last+1 >= len(fs.toks) || fs.toks[last+1].kind == numPunct) {
			break // "1,600 of these were fatalities": a pronoun, as "of them"
		}
		last--
	}
	if last <= i {
		return span{-1, -1}
	}
	return span{i + 1, last}
}

var ofDeterminers = wordSetOf("figureOfDeterminers")

// coordinated reports whether only joining words stand between tokens a and
// b: "killed 12 soldiers and 30 civilians", "12 people, including 5 children".
func (fs *figureScan) coordinated(a, b int) bool {
	if b-a > 5 || b <= a {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !joiners.has(fs.word(k)) {
			return false
		}
	}
	return true
}

// mentionsKin reports whether the words from i on count families with the
// fighters: "if their household relatives are included".
func (fs *figureScan) mentionsKin(i int) bool {
	return fs.mentionsKinWithin(i, 12)
}

// mentionsKinWithin reports whether tokens i..i+n-1 name family.
func (fs *figureScan) mentionsKinWithin(i, n int) bool {
	for k := i; k < len(fs.toks) && k < i+n; k++ {
		if kinWords.has(fs.word(k)) {
			return true
		}
	}
	return false
}

// anaphorBefore finds "the number", "the figure", "the total" just before
// the qualifier at i ("the count could climb to 25,000", "the count of
// raids might reach 900") and returns the index of its "the", or -1,
// and its "of" phrase.
func (fs *figureScan) anaphorBefore(i int) (int, span) {
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		if anaphorNouns.has(fs.word(k)) && (fs.word(k-1) == "the" || fs.word(k-1) == "this") {
			return k - 1, fs.ofPhrase(k + 1)
		}
		if fs.toks[k].kind != numWord {
			break
		}
	}
	return -1, span{-1, -1}
}

// notACount reports whether the quantity q, whose own words start at open,
// is not a count: a year, date, time, duration, age, percentage, measure,
// ordinal, label or the like.
func (fs *figureScan) notACount(q quantity, open int) bool {
	toks := fs.toks
	n := &toks[q.numFirst]
	prev, next := fs.word(open-1), fs.word(q.last+1)
	nextTok := func(k int) *numToken {
		if k < len(toks) {
			return &toks[k]
		}
		return &numToken{}
	}
	after := nextTok(q.last + 1)

	// Years, unless plainly a count: "in 2022", "2007" but "2000 people".
	if q.year && !countNouns[fs.word(q.last+1)] {
		return true
	}
	// Dates: "November 28", "Nov. 28", "28 November", "July 19 to 21".
	if fs.isMonth(open-1) || (prev == "." && fs.isMonth(open-2)) || fs.isMonth(q.last+1) ||
		(next == "of" && fs.isMonth(q.last+2)) || (next == "," && q.year) {
		return true
	}
	// Glued to letters or marks: "G20", "F-16", "COVID-19", "3rd", "1990s",
	// "10km", "9/11", "06:23".
	if n.glued && q.numFirst > 0 {
		p := &toks[q.numFirst-1]
		if p.kind == numWord || p.is("/", ":", ".") {
			return true
		}
		if p.is("-", "–") && q.numFirst > 1 && p.glued && toks[q.numFirst-2].kind == numWord {
			return true
		}
	}
	if after.glued && q.last+1 < len(toks) {
		switch {
		case after.kind == numWord && toks[q.last].kind == numDigits:
			return true // "3rd", "1990s", "5G", "10km"
		case after.is("/") || after.is(":", ".") && nextTok(q.last+2).kind == numDigits:
			return true // "9/11", "06:23"; not "killing eight: two parents and …"
		case after.is("-", "–") && nextTok(q.last+2).glued:
			// "5-month-long", "four-day", "15-member", "25-year-old", "2022-23";
			// but "a 300-strong force" is a count.
			w := fs.word(q.last + 2)
			if w != "strong" && w != "odd" && w != "plus" {
				return true
			}
		}
	}
	if after.is("%") || after.is("‰") {
		return true
	}
	// A ratio: "1 in 4 people", "3 out of 5".
	if (next == "in" || next == "out" && fs.word(q.last+2) == "of") && fs.isNumberAt(q.last+2+boolToInt(next == "out")) ||
		(prev == "in" || prev == "of" && fs.word(open-2) == "out") && fs.isNumberAt(open-2-boolToInt(prev == "of")) {
		return true
	}
	roundsOfAttacks := (next == "round" || next == "rounds") && fs.word(q.last+2) == "of" && attackNouns.has(fs.word(q.last+3))
	if !roundsOfAttacks && (timeUnits.has(next) || (notCountModifiers.has(next) && timeUnits.has(fs.word(q.last+2))) ||
		(next == "-" && timeUnits.has(fs.word(q.last+2)))) {
		return true // "40 years", "two more days", "5 - month"; not "two rounds of airstrikes"
	}
	if notCountAfter.has(next) || (next == "per" && fs.word(q.last+2) == "cent") {
		return true // "20 percent", "30 km", "three times"
	}
	if (next == "a" || next == "p") && fs.word(q.last+2) == "." {
		return true // "6 a.m."
	}
	if agePrefixes.has(prev) || labelWords.has(prev) || (prev == "." && labelWords.has(fs.word(open-2))) || prev == "#" {
		return true // "aged 25", "Resolution 2593", "No. 5", "#3"
	}
	if (prev == "and" || prev == "to" || prev == "or") && agePrefixes.has(fs.word(open-3)) && fs.isNumberAt(open-2) {
		return true // "aged 12 and 14": the second age
	}
	if unitNames.has(next) && after.isCap() {
		return true // "11 Corps", "7 Division": a formation's name
	}
	if prev == "(" && next == ")" {
		return true // "(25)", "(3)"
	}
	if open == 0 && (next == "." || next == ")") {
		return true // a list's numbering
	}
	if n.kind == numDigits && !n.comma && !n.dec && len(n.text) >= 7 && q.low == n.num {
		return true // a telephone number or an identifier
	}
	if q.isRange && q.low >= q.high {
		return true // "3-1", a score or a code
	}
	if n.kind == numDigits && next == "-" && nextTok(q.last+2).kind == numDigits {
		return true // "2022-23", "3-1"
	}
	if w2 := fs.word(q.last + 2); q.wordOne && next == "of" && (w2 == "whom" || w2 == "them") {
		if kind, _ := fs.triggerAfter(q.last + 3); eventKinds[kind] {
			return false // "3 people, one of whom later died": one who died
		}
	}
	if q.wordOne && (oneNonCount.has(next) || oneNonCount.has(prev) && !fs.countsOne(open, q.last)) {
		return true // "one of the", "no one", "one day"
	}
	return false
}

// countsOne reports whether a "one" at token i..last after one of the
// oneNonCount words counts anyway: a counted noun follows it after a
// preposition or a relative ("the death of one soldier", "in which one
// civilian was killed"), or it is a trigger's object ("killing one").
func (fs *figureScan) countsOne(i, last int) bool {
	prev := fs.word(i - 1)
	if triggers[prev] != "" {
		return true // "killing one and injuring two"
	}
	if !countNouns[fs.word(last+1)] {
		return false
	}
	return prev == "of" || prepositionBefore.has(fs.word(i-2)) && (prev == "which" || prev == "whom")
}

// isMonth reports whether token i names a month. "May" and "March" count
// only capitalised.
func (fs *figureScan) isMonth(i int) bool {
	if i < 0 || i >= len(fs.toks) {
		return false
	}
	t := &fs.toks[i]
	if !monthNames.in(t.wid) {
		return false
	}
	return t.isCap()
}

// qualifierBefore reads a qualifier that ends just before token i ("nearly",
// "at least", "could rise to") and returns where it starts (i when none).
func (fs *figureScan) qualifierBefore(i int) (int, string) {
	best, bestLen := "", 0
	for _, p := range qualifierPhrases {
		n := len(p.words)
		if n <= bestLen || i-n < 0 {
			continue
		}
		ok := true
		for k, w := range p.words {
			if fs.word(i-n+k) != w {
				ok = false
				break
			}
		}
		if ok {
			best, bestLen = p.qualifier, n
		}
	}
	return i - bestLen, best
}

// qualifierAfter reads a qualifier right after token i: "2,000+", "100 or
// more", "50 or so", "20-odd". It returns the qualifier and its length in
// tokens.
func (fs *figureScan) qualifierAfter(i int) (string, int) {
	switch a, b := fs.word(i+1), fs.word(i+2); {
	case a == "+":
		return "more than", 1
	case a == "or" && (b == "more" || b == "above"):
		return "at least", 2
	case a == "or" && b == "so":
		return "about", 2
	case a == "-" && b == "odd", a == "-" && b == "plus":
		return "about", 2
	case a == "odd":
		return "about", 1
	case a == "-" && b == "strong":
		return "", 2
	}
	return "", 0
}

// nounPhrase returns the words that name what a number counts, from token i:
// "TTP fighters", "terror attacks", "Chinese engineers". It returns -1, -1
// when there are none.
func (fs *figureScan) nounPhrase(i int) (int, int) {
	first, last := -1, -1
	extra := 0 // tokens of a bracketed short form, which take no room
	for k := i; k < len(fs.toks) && k < i+6+extra; k++ {
		t := &fs.toks[k]
		if t.kind == numPunct && t.is("“", "”", "\"") && k+1 < len(fs.toks) && fs.toks[k+1].kind == numWord {
			continue // a word in quotation marks: "18,000 “high-risk” individuals"
		}
		if t.is("(") && last == k-1 && fs.toks[last].isCap() && k+2 < len(fs.toks) && fs.toks[k+2].is(")") && fs.acronymIn(k+1) {
			k, extra = k+2, extra+3 // a name's short form in brackets: "Islamic State (IS) fighters"
			continue
		}
		if t.kind == numPunct {
			// A hyphen inside a word: "TTP-claimed", "al-Shabaab".
			// A slash in a name: "ISWAP/Boko Haram fighters".
			if t.is("-", "/") && t.glued && last == k-1 && k+1 < len(fs.toks) && fs.toks[k+1].glued && fs.toks[k+1].kind == numWord {
				continue
			}
			// The dots of an initialism: "U.S. soldiers", "U.N. peacekeepers".
			if t.is(".") && t.glued && last == k-1 && fs.initialDot(k) {
				continue
			}
			break
		}
		if t.kind == numDigits && t.glued && last == k-1 && fs.toks[last].isCap() && strings.ToUpper(fs.toks[last].text) == fs.toks[last].text {
			last = k // "68 former M23 rebels": the digits of a name
			continue
		}
		if t.kind != numWord || npStop.in(t.wid) && !fs.acronym(k) {
			break
		}
		if kind, _ := fs.triggerAt(k); kind != "" && !nounTriggers.in(t.wid) {
			break // "5 dead", "30 wounded", "taken hostage": read as a trigger
		}
		if first >= 0 && pluralHead(fs.toks[last].lower) && !modifierHeads.in(fs.toks[last].wid) &&
			!(last > first && fs.toks[last].isCap() && fs.toks[last-1].isCap() && !t.isCap()) {
			// a head noun already read; "police" may go on: "police
			// stations", and so does a name of several words that
			// modifies the head: "13 United Nations employees"
			break
		}
		inCompound := t.glued && k > 0 && fs.toks[k-1].is("-")
		if first >= 0 && !inCompound && (strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed")) && !t.isCap() {
			// A verb ends the phrase ("soldiers guarding the border"); a
			// modifier does not ("official crossing points").
			if n := fs.word(k + 1); strings.HasSuffix(t.lower, "ed") || k+1 >= len(fs.toks) || fs.toks[k+1].kind != numWord || npStop.has(n) || triggers[n] != "" {
				break
			}
		}
		if first < 0 && strings.HasSuffix(t.lower, "ly") && k+1 < len(fs.toks) && fs.toks[k+1].kind == numWord {
			continue // "newly arrived Afghans"
		}
		if first < 0 {
			first = k
		}
		last = k
	}
	// A list of who the people are is one phrase: "40,000 men, women
	// and children".
	for last >= 0 && peopleListWords.in(fs.toks[last].wid) {
		k := last + 1
		if fs.word(k) == "," {
			k++
		}
		if w := fs.word(k); w == "and" || w == "or" {
			k++
		}
		if k == last+1 || k >= len(fs.toks) || !peopleListWords.has(fs.word(k)) {
			break
		}
		last = k
	}
	return first, last
}

// acronym reports whether token k is a name in capitals that is spelt as
// a function word: the "IS" of "15 IS fighters", the "US" of "two US
// soldiers". A word in capitals between words that are not is no verb or
// pronoun; a line written all in capitals is no sign.
func (fs *figureScan) acronym(k int) bool {
	t := &fs.toks[k]
	if len(t.text) < 2 || strings.ToUpper(t.text) != t.text || strings.ToLower(t.text) == t.text {
		return false
	}
	for _, j := range []int{k - 1, k + 1} {
		if j < 0 || j >= len(fs.toks) || fs.toks[j].kind != numWord {
			continue
		}
		if u := fs.toks[j].text; strings.ToUpper(u) == u {
			return false
		}
	}
	return k+1 < len(fs.toks) && fs.toks[k+1].kind == numWord && !npStop.in(fs.toks[k+1].wid)
}

// acronymIn reports whether token k is a short form in capitals: "IS",
// "ISWAP", "M23".
func (fs *figureScan) acronymIn(k int) bool {
	t := &fs.toks[k]
	return t.kind == numWord && len(t.text) >= 2 && strings.ToUpper(t.text) == t.text && strings.ToLower(t.text) != t.text
}

// peopleListWords name people by sex or age; a list of them is one noun
// phrase ("men, women, and children").
var peopleListWords = wordSetOf("figurePeopleList")

// triggerBefore finds a word before token i that says what the number
// counts: "killing nearly 2,000", "the death toll rose to 45", "arrested
// 20". It returns the kind and the trigger's token.
func (fs *figureScan) triggerBefore(i int) (report.FigureKind, int) {
	andSkipped := false
	floor := i - 7
	for k := i; k >= 0 && k > floor; k-- {
		w := fs.word(k)
		if w == "," {
			if o := fs.creditAside(k); o >= 0 {
				floor -= k - o + 1
				k = o // "the death toll, according to officials, has risen to 40": past the aside
				continue
			}
		}
		if kind, first := fs.phraseEndingAt(k); kind != "" {
			return kind, first // "set free four hostages"
		}
		if w == "of" && partWords.has(fs.word(k-1)) {
			break // "free some of the 120 hostages": the trigger is the part's, the number the whole
		}
		if w == "of" && k == i && figureGroupNouns.has(fs.word(k-1)) && (fs.word(k-2) == "a" || fs.word(k-2) == "an") {
			k -= 2 // "killing a family of six": the group is those counted
			continue
		}
		if (w == "as" || w == "when" || w == "after") && k == i && triggers[fs.word(k-1)] != "" {
			break // "three were killed as 13 missiles hit": a clause of its own, not "killed as many as 13"
		}
		if kind := triggers[w]; kind != "" {
			if fs.casualties(k-2, k) && !fs.countAt(k-3) {
				return report.OtherFigure, k - 2 // "killed or injured 50 people"
			}
			return kind, k
		}
		if w == "," && k == i {
			if kind, at := fs.namedVictimsBefore(k); kind != "" {
				return kind, at // "shot dead Ann Roe and Bo Li, two aides of the mayor"
			}
		}
		if w == "," {
			// "killing a child, three women and a man": an item of a list
			// with no number of its own between the trigger and the count
			j := k - 1
			for ; j >= 0 && j > k-5 && fs.toks[j].kind == numWord && (!npStop.has(fs.word(j)) || determinerWords.has(fs.word(j))) && triggers[fs.word(j)] == ""; j-- {
			}
			if j >= 0 && j < k-1 && eventKinds[triggers[fs.word(j)]] && (determinerWords.has(fs.word(j+1)) || fs.word(j+1) == "one") {
				k = j + 1
				continue
			}
			break
		}
		if w == "and" && !andSkipped {
			// "killing a police officer and two civilians"
			andSkipped = true
			j := k - 1
			for ; j >= 0 && j > k-5 && fs.toks[j].kind == numWord && (!npStop.has(fs.word(j)) || determinerWords.has(fs.word(j))) && triggers[fs.word(j)] == ""; j-- {
			}
			if j >= 0 && j < k-1 && triggers[fs.word(j)] != "" {
				k = j + 1
				continue
			}
			break
		}
		if kind := beforeOnlyTriggers[w]; kind != "" {
			if oneOnlyTriggers.has(w) && !oneWords.has(fs.word(i+1)) {
				break // "the body of a man", not "the body of 12 experts"
			}
			if k > 0 && fs.word(k-1) == "death" {
				k--
			}
			return kind, k
		}
		if !gapWords.has(w) && !gapRange.has(w) {
			break
		}
	}
	if w := fs.word(i); w == "included" || w == "include" || w == "includes" {
		// "Those killed in Friday's attack included 10 soldiers": the
		// subject names what happened to them.
		for j := i - 1; j >= 1 && j >= i-10; j-- {
			if fs.toks[j].kind == numDigits || fs.word(j) == "." || fs.word(j) == ";" {
				break
			}
			if kind := triggers[fs.word(j)]; eventKinds[kind] && (fs.word(j-1) == "those" || fs.word(j-1) == "the") {
				return kind, j - 1
			}
		}
	}
	// "The casualty count from Saturday's raid on Dnipro rose to 52": a toll
	// earlier in the clause.
	for k := i; k >= 0 && k > i-18; k-- {
		t := &fs.toks[k]
		if t.lower == "toll" {
			if fs.word(k-1) == "death" {
				k--
			}
			if fs.countsThings(i) {
				break // "the toll from the shelling of two office towers"
			}
			return report.Killed, k
		}
		if tallyNouns.in(t.wid) && fs.word(k+1) == "at" && k+2 == i+1 {
			// "Several traders have been kidnapped; the guild put the
			// number at 25": the number of those the sentence told of
			for j := k - 1; j >= 0; j-- {
				if kind := triggers[fs.word(j)]; eventKinds[kind] {
					return kind, k
				}
			}
		}
		if kind := triggers[t.lower]; eventKinds[kind] && k >= 2 {
			// "the number of wounded in the city's hospitals reached
			// 1,400", "the number of people newly displaced … has
			// doubled to 400,000"
			for j := k - 1; j >= 1 && j >= k-4; j-- {
				if fs.word(j) == "of" && tallyNouns.has(fs.word(j-1)) {
					if fs.countsThings(i) {
						break
					}
					return kind, j - 1
				}
				if fs.toks[j].kind != numWord {
					break
				}
			}
		}
		if t.kind == numDigits || t.kind == numPunct && !t.is("'", "’", "-") {
			break
		}
	}
	return "", 0
}

// countsThings reports whether the number at token i counts something
// named by a word after it that is no person and no casualty: "two
// office towers", "three villages". A toll's own number stands alone
// ("rose to 52", "now stands at 40, among them nine women").
func (fs *figureScan) countsThings(i int) bool {
	k := i + 1
	for k < len(fs.toks) && fs.toks[k].kind == numWord && (numberWords[fs.word(k)] || numScales[fs.word(k)] > 0 || gapWords.has(fs.word(k)) && !determinerWords.has(fs.word(k))) {
		k++ // the number's own words: "more than one million"
	}
	if k >= len(fs.toks) || fs.toks[k].kind != numWord {
		return false
	}
	w := fs.word(k)
	return !npStop.has(w) && headNouns[w] == "" && triggers[w] == "" && !irregularPlurals.has(w) && !pluralHead(w)
}

// lowerWords returns the lower-cased tokens from..to-1.
func (fs *figureScan) lowerWords(from, to int) []string {
	var ws []string
	for k := max(from, 0); k < to && k < len(fs.toks); k++ {
		ws = append(ws, fs.toks[k].lower)
	}
	return ws
}

// countAt reports whether token k is a number in digits or words.
func (fs *figureScan) countAt(k int) bool {
	return k < len(fs.toks) && (fs.toks[k].kind == numDigits || numberWords[fs.word(k)])
}

// casualties reports whether tokens a and b are two triggers of different
// kinds joined by "or" or "and": "killed or injured", "dead and wounded".
func (fs *figureScan) casualties(a, b int) bool {
	ka, kb := triggers[fs.word(a)], triggers[fs.word(b)]
	j := fs.word((a + b) / 2)
	return b == a+2 && ka != "" && kb != "" && ka != kb && (j == "or" || j == "and")
}

// triggerAfter finds a word after token i that says what happened to those
// counted: "12 people were killed", "30 wounded", "lost their lives". It
// returns the kind and the trigger's last token.
func (fs *figureScan) triggerAfter(i int) (report.FigureKind, int) {
	andSkipped, asideSkipped, placeSkipped, modifierSkipped := false, false, false, false
	for n, k := 0, i; k < len(fs.toks) && n < 5; n, k = n+1, k+1 {
		if end := fs.injuryPhrase(k); end > 0 {
			return report.Injured, end // "have sustained various injuries", "with serious injuries"
		}
		if kind, end := fs.triggerAt(k); kind != "" {
			if k2, end2 := fs.triggerAt(k + 2); kind == report.People && k2 == report.Displaced && fs.word(k+1) == "or" {
				return report.Displaced, end2 // people "returned or forced out" of a country: sent back, displaced
			}
			if heldStates[kind] && kind != report.Displaced && fs.word(k+1) == "and" && triggers[fs.word(k+2)] == report.Killed {
				return report.Killed, k + 2 // "3 fighters were captured and executed": taken, then killed
			}
			if k == i && kind != report.Killed {
				// "six kidnapped volunteers have been killed", "12
				// abducted pupils were freed": the verb's, when it ends
				// what the modifier says
				if k2, end2 := fs.predicateAfterModifier(k); k2 == report.Killed || k2 == report.Released && heldStates[kind] {
					return k2, end2
				}
				if kind == report.Arrested && i > 0 && triggers[fs.word(i-1)] == report.Abducted {
					return report.Abducted, end // "13 hostages captured during the raid": taken, not arrested
				}
			}
			if fs.casualties(k, k+2) && !fs.countAt(k+3) {
				return report.OtherFigure, k + 2 // "50 people were killed or wounded", not "22 dead and wounded 15 others"
			}
			if fs.word(k+1) == "," && fs.casualties(k+2, k+4) {
				return report.OtherFigure, k + 4 // "2,500 people were killed, injured or kidnapped"
			}
			if k2 := triggers[fs.word(k+2)]; fs.word(k+1) == "," && k2 != "" && k2 != kind && (fs.word(k+3) == "or" || fs.word(k+3) == "and") {
				return report.OtherFigure, k + 2 // "471 people were killed, injured or went missing"
			}
			return kind, end
		}
		if fs.word(k) == "and" && !andSkipped && (k == i || asideSkipped && fs.word(k-1) == ",") {
			// "Four gunmen and a policeman were slain", "778 troops
			// and police killed", "13 peacekeepers and foreign soldiers,
			// including seven Malawians, have been slain"
			j := k + 1
			for ; j < len(fs.toks) && j < k+7 && fs.toks[j].kind == numWord && (!npStop.has(fs.word(j)) || determinerWords.has(fs.word(j)) || possessives.has(fs.word(j)) || fs.word(j) == "of" && j > k+1 && !partWords.has(fs.word(j-1))) && triggers[fs.word(j)] == ""; j++ {
			}
			if w1 := fs.word(k + 1); j > k+1 && elisionPrepositions.has(fs.word(j)) && (w1 == "a" || w1 == "an" || determinerWords.has(w1) || numberWords[w1]) {
				// "three soldiers and an officer from the Frontier Corps
				// near Turbat were killed": the item's place phrases too
				for ; j < len(fs.toks) && j < k+14 && fs.toks[j].kind == numWord && !predicateAux.has(fs.word(j)) && triggers[fs.word(j)] == "" && fs.word(j) != "and"; j++ {
				}
			}
			if j > k+1 && (auxWords.has(fs.word(j)) || triggers[fs.word(j)] != "" || fs.parenthesisEnd(j) > j) {
				andSkipped, k, n = true, j-1, 0
				continue
			}
		}
		if !asideSkipped {
			// "161 persons, largely minors, were slain", "2.4 million
			// persons – about 80 per cent – have been driven from their houses"
			if c := fs.parenthesisEnd(k); c > k {
				asideSkipped, k, n = true, fs.listAsideEnd(k, c), 0
				continue
			}
		} else if fs.word(k) == "having" && (fs.word(k-1) == "—" || fs.word(k-1) == "–") {
			// "having" and its phrase after a dash's aside: "two soldiers —
			// named — having fought bravely, embraced martyrdom"
			j := k + 1
			for ; j < len(fs.toks) && j <= k+6 && fs.word(j) != "," && fs.word(j) != "."; j++ {
			}
			if fs.word(j) == "," {
				k, n = j, 0
				continue
			}
		}
		if fs.word(k) == "on" && weekdays.has(fs.word(k+1)) && auxWords.has(fs.word(k-1)) && k > i {
			k++ // "were on Thursday buried", "were on Monday killed": the day stands aside
			if creditTimeUnits.has(fs.word(k + 1)) {
				k++ // "were on Saturday evening shot dead"
			}
			continue
		}
		if auxWords.has(fs.word(k-1)) && fs.toks[k].kind == numWord && fs.word(k+1) == "and" && triggers[fs.word(k+2)] != "" {
			k++ // "was shot and killed", "were attacked and wounded"
			continue
		}
		if agePrefixes.has(fs.word(k)) && fs.isNumberAt(k+1) {
			// "Two boys aged 12 and 14 were killed": the ages stand aside.
			j := k + 2
			if (fs.word(j) == "and" || fs.word(j) == "to" || fs.word(j) == "or") && fs.isNumberAt(j+1) {
				j += 2
			}
			k, n = j-1, 0
			continue
		}
		if !modifierSkipped && personRelatives.has(fs.word(k)) && k == i {
			// "Three men who tried to escape were killed": the relative
			// clause says more of those counted, the verb after it what
			// happened to them; "the two men who were killed": the clause's.
			j := k + 1
			for j < len(fs.toks) && j <= k+3 && auxWords.has(fs.word(j)) {
				j++
			}
			if kind, _ := fs.triggerAt(j); kind != "" {
				continue
			}
			for ; j < len(fs.toks) && j <= k+8 && fs.toks[j].kind == numWord && !predicateAux.has(fs.word(j)); j++ {
			}
			if j > k+1 && predicateAux.has(fs.word(j)) {
				modifierSkipped, k, n = true, j-1, 0
				continue
			}
		}
		if !modifierSkipped && postModifiers.has(fs.word(k)) {
			// "264 people suspected of gang membership have been killed"
			j := k + 1
			for ; j < len(fs.toks) && j <= k+7 && fs.toks[j].kind == numWord && !predicateAux.has(fs.word(j)) && triggers[fs.word(j)] == ""; j++ {
			}
			if j > k+1 && (predicateAux.has(fs.word(j)) || triggers[fs.word(j)] != "") {
				modifierSkipped, k, n = true, j-1, 0
				continue
			}
		}
		if !placeSkipped && locativeAsides.has(fs.word(k)) {
			// "9,000 families across the province were made homeless"
			j := k + 1
			if fs.word(j) == "the" {
				j++
			}
			for ; j < len(fs.toks) && (j <= k+4 || j <= k+8 && fs.inName(j)) && fs.toks[j].kind == numWord && (!auxWords.has(fs.word(j)) || fs.word(j) == "the" && fs.inName(j)); j++ {
			}
			if j > k+1 && (auxWords.has(fs.word(j)) || triggers[fs.word(j)] != "") {
				placeSkipped, k, n = true, j-1, 0
				continue
			}
		}
		if fs.word(k) == "to" && triggers[fs.word(k+1)] == report.Displaced {
			return report.Displaced, k + 1 // "prompting 100,000 residents to flee"
		}
		if w := fs.word(k); !auxWords.has(w) && !closingQuotes[w] && !(strings.HasSuffix(w, "ly") && len(w) > 4) &&
			!(openingQuotes[w] && auxWords.has(fs.word(k-1))) {
			// adverbs pass: "are internally displaced"; so does a
			// quotation's end, and its start after a verb's auxiliary:
			// "were “sent to hell”"
			return "", 0
		}
	}
	return "", 0
}

// inName reports whether token j goes on with a place's name of
// capitalised words: "the Federal Republic of the Ostlands".
func (fs *figureScan) inName(j int) bool {
	if fs.toks[j].isCap() {
		return true
	}
	if j+1 >= len(fs.toks) {
		return false
	}
	switch fs.word(j) {
	case "of":
		return fs.toks[j-1].isCap() && (fs.toks[j+1].isCap() || fs.word(j+1) == "the")
	case "the":
		return fs.word(j-1) == "of" && fs.toks[j+1].isCap()
	}
	return false
}

// predicateAfterModifier reads a trigger at token k used as a modifier
// of the noun after it ("six kidnapped volunteers", "12 wounded
// soldiers") when the clause's own verb after the noun says what happened
// to them: "six kidnapped volunteers have been killed" were killed. It
// returns that verb's kind and last token, or "".
func (fs *figureScan) predicateAfterModifier(k int) (report.FigureKind, int) {
	w1 := fs.word(k + 1)
	if k+1 >= len(fs.toks) || fs.toks[k+1].kind != numWord || npStop.has(w1) || auxWords.has(w1) || triggers[w1] != "" {
		return "", 0
	}
	j := k + 1
	for ; j < len(fs.toks) && j <= k+6 && (fs.toks[j].kind == numWord || fs.toks[j].is("-") && fs.toks[j].glued) && !predicateAux.has(fs.word(j)) && triggers[fs.word(j)] == ""; j++ {
	}
	if !predicateAux.has(fs.word(j)) {
		return "", 0
	}
	for j < len(fs.toks) && auxWords.has(fs.word(j)) {
		j++
	}
	return fs.triggerAt(j)
}

// parenthesisEnd returns the closing mark of an aside that opens at token
// k (", …,", "– … –", "( … )"), or -1.
func (fs *figureScan) parenthesisEnd(k int) int {
	closer := map[string]string{",": ",", "–": "–", "—": "—", "(": ")"}[fs.word(k)]
	if closer == "" {
		return -1
	}
	for j := k + 1; j < len(fs.toks) && j <= k+12; j++ {
		if fs.word(j) == closer {
			return j
		}
		if fs.word(j) == "." || fs.word(j) == ";" {
			break
		}
	}
	return -1
}

// fateClause returns the last token of a relative clause from token i,
// after an optional place phrase, that says those counted were killed:
// ", who were later found dead", ", who were executed"; 0 when there is
// none.
func (fs *figureScan) fateClause(i int) int {
	j := i
	if elisionPrepositions.has(fs.word(j)) {
		for j++; j < len(fs.toks) && j <= i+5 && fs.toks[j].kind == numWord && (!npStop.in(fs.toks[j].wid) || fs.word(j) == "the"); j++ {
		}
		if j == i+1 {
			return 0
		}
	}
	if fs.word(j) != "," || fs.word(j+1) != "who" {
		return 0
	}
	if kind, end := fs.triggerAfter(j + 2); kind == report.Killed {
		return end
	}
	return 0
}

// namedVictimsBefore reads a count set after a comma at token c beside
// the people a trigger names before it, two or more by name joined by
// "and": "shot dead Ann Roe and Bo Li, two aides of the mayor" counts
// the two shot dead. It returns the trigger's kind and token, or "".
func (fs *figureScan) namedVictimsBefore(c int) (report.FigureKind, int) {
	and, caps := false, 0
	for j := c - 1; j >= 0 && j >= c-10; j-- {
		t := &fs.toks[j]
		if t.kind != numWord {
			return "", 0
		}
		if kind, first := fs.phraseEndingAt(j); eventKinds[kind] {
			if and && caps >= 4 && j < c-1 {
				return kind, first
			}
			return "", 0
		}
		if kind := triggers[t.lower]; kind != "" {
			if eventKinds[kind] && and && caps >= 4 && j < c-1 {
				return kind, j
			}
			return "", 0
		}
		switch {
		case t.lower == "and":
			and = true
		case t.isCap():
			caps++
		case npStop.in(t.wid) && !determiners.has(t.lower):
			return "", 0
		}
	}
	return "", 0
}

// listAsideEnd returns the comma that closes an aside opened by the comma
// at token k when the aside is a list with commas of its own, so that its
// first inner comma c is no close: "six miners, reportedly Ghanaians,
// Malians and Togolese, were killed". It returns c when the clause goes
// on after c, or when no later comma after a list's "and" or "or" is
// followed by an auxiliary or a trigger.
func (fs *figureScan) listAsideEnd(k, c int) int {
	if fs.word(k) != "," || auxWords.has(fs.word(c+1)) || triggers[fs.word(c+1)] != "" {
		return c
	}
	list := false
	for j := c + 1; j < len(fs.toks) && j <= k+16; j++ {
		switch w := fs.word(j); w {
		case ".", ";", ":", "(", "—", "–":
			return c
		case "and", "or":
			list = true
		case ",":
			if list && (auxWords.has(fs.word(j+1)) || triggers[fs.word(j+1)] != "") {
				return j
			}
		}
	}
	return c
}

// sentencedToDeath reports whether a count that starts at token k is of
// those a court sentenced: "sentenced 11 men to death", "the sentencing
// of 44 people to death".
func (fs *figureScan) sentencedToDeath(k int) bool {
	if fs.word(k-1) == "of" {
		k--
	}
	return sentenceVerbs.has(fs.word(k - 1))
}

// sentenceVerbs pass a sentence on those counted after them. (figures.go)
var sentenceVerbs = wordSetOf("figureSentenceVerbs")

// triggerAt reads a trigger word or phrase at token k.
func (fs *figureScan) triggerAt(k int) (report.FigureKind, int) {
	if kind, end := fs.phraseAt(k); kind != "" {
		return kind, end
	}
	w, w1, w2 := fs.word(k), fs.word(k+1), fs.word(k+2)
	switch {
	case (w == "left" || w == "leave" || w == "leaving" || w == "abandoned") && (homeWords.has(w1) || homeWords.has(w2)):
		// "300 families had left villages", "left their homes"
		if homeWords.has(w1) {
			return report.Displaced, k + 1
		}
		return report.Displaced, k + 2
	case len(w) > 4 && strings.HasSuffix(w, "ed") && w1 == "to" && (w2 == "death" || w2 == "deaths"):
		return report.Killed, k + 2 // "stoned to death", "beaten to death"
	case w == "forced" && (w1 == "from" || w1 == "out"):
		// "forced from their homes", "forced out of their villages"
		for j := k + 2; j < len(fs.toks) && j <= k+4; j++ {
			if homeWords.has(fs.word(j)) {
				return report.Displaced, j
			}
		}
		return report.Displaced, k + 1
	}
	if kind := triggers[w]; kind != "" {
		return kind, k
	}
	return "", 0
}

// phraseAt reads a trigger phrase of several words that starts at token k
// ("lost their lives", "set free") and returns its kind and last token.
func (fs *figureScan) phraseAt(k int) (report.FigureKind, int) {
	for _, p := range triggerPhrases[fs.word(k)] {
		if fs.matchesPhrase(k, p.words) {
			return report.FigureKind(p.value), k + len(p.words) - 1
		}
	}
	return "", 0
}

// phraseEndingAt reads a trigger phrase that ends at token k and returns
// its kind and first token.
func (fs *figureScan) phraseEndingAt(k int) (report.FigureKind, int) {
	for first := max(k-4, 0); first < k; first++ {
		if kind, end := fs.phraseAt(first); kind != "" && end == k {
			return kind, first
		}
	}
	return "", 0
}

// matchesPhrase reports whether the words of a phrase start at token k.
func (fs *figureScan) matchesPhrase(k int, ws []string) bool {
	for i, w := range ws {
		got := fs.word(k + i)
		if got != w && !(w == "their" && possessives.has(got)) {
			return false
		}
	}
	return true
}

// whoIn says who a figure counts: the actor its noun or "of" phrase names
// ("TTP fighters", "members of the RSF"), else its noun phrase; for attacks
// and fighters without one, the only actor the sentence names before the
// number at token at, sources aside.
func (fs *figureScan) whoIn(np, of span, what report.FigureKind, at int) string {
	first, last := np.first, max(np.last, of.last)
	if first < 0 {
		first = of.first
	}
	if first >= 0 && fs.anyCap(first, last) { // actors are named with capitals
		if a := fs.actorIn(fs.toks[first].start, fs.toks[last].end); a != "" {
			return a
		}
	}
	if what == report.Attacks || what == report.Fighters {
		if a := fs.onlyActorBefore(fs.toks[at].start); a != "" || what == report.Attacks {
			return a // attacks are counted by who carries them out
		}
	}
	if np.first < 0 && of.last >= 0 && headNouns[fs.word(of.last)] != "" {
		return fs.toks[of.last].text
	}
	return fs.nounText(np.first, np.last)
}

// anyCap reports whether a token first..last starts with a capital.
func (fs *figureScan) anyCap(first, last int) bool {
	for k := first; k <= last; k++ {
		if fs.toks[k].isCap() {
			return true
		}
	}
	return false
}

// onlyActorBefore returns the one actor the sentence names before byte
// offset end, leaving out the sources it credits ("according to a report by
// the Pakistan Institute…"), or "" when it names none or several.
func (fs *figureScan) onlyActorBefore(end int) string {
	if fs.actors == nil {
		return ""
	}
	only := ""
	for _, m := range fs.mentions() {
		if m.End > end {
			break
		}
		name := strings.ToLower(fs.text[m.Start:m.End])
		credited := false
		for _, c := range fs.creditList() {
			credited = credited || strings.Contains(strings.ToLower(c.who), name)
		}
		if credited {
			continue
		}
		if only != "" && m.Actor != only {
			return ""
		}
		only = m.Actor
	}
	return only
}

// mentions returns the actors the sentence names, read once.
func (fs *figureScan) mentions() []actorMention {
	if !fs.mentionsDone {
		fs.actorMentions, fs.mentionsDone = fs.actors.find(fs.text), true
	}
	return fs.actorMentions
}

// creditList returns whom the sentence credits, read once.
func (fs *figureScan) creditList() []credit {
	if !fs.creditsDone {
		fs.credits, fs.creditsDone = creditsIn(fs.text, fs.toks), true
	}
	return fs.credits
}

// nounText returns the text of tokens first..last, or "" when first < 0.
func (fs *figureScan) nounText(first, last int) string {
	if first < 0 {
		return ""
	}
	return fs.text[fs.toks[first].start:fs.toks[last].end]
}

// actorIn returns the first actor named within text[start:end], or "".
func (fs *figureScan) actorIn(start, end int) string {
	if fs.actors == nil {
		return ""
	}
	for _, m := range fs.mentions() {
		if m.Start >= start && m.End <= end {
			return m.Actor
		}
	}
	return ""
}

// periodNear returns the period a figure at token at is counted over: the
// year (or month) nearest to it that the sentence introduces with "in",
// "during", "throughout", "since": "2022", "2023-05", "2021/..", "2018/2022".
func (fs *figureScan) periodNear(at int) string {
	// "573 in 2021 to 1,210 in 2023": the year right after the number.
	for k := at + 1; k < len(fs.toks) && k <= at+4; k++ {
		if fs.word(k) == "in" && k+1 < len(fs.toks) && yearLike(&fs.toks[k+1], true) {
			if p := fs.periodAt(k + 1); p != "" {
				return p
			}
		}
		if t := &fs.toks[k]; t.kind != numWord || fs.word(k) == "in" {
			break
		}
	}
	best, dist := "", len(fs.toks)
	for k := range fs.toks {
		t := &fs.toks[k]
		if !yearLike(t, true) || k == at || (t.glued && k > 0 && fs.toks[k-1].kind != numPunct) {
			continue
		}
		p, d := fs.periodAt(k), abs(k-at)
		if p != "" && d < dist {
			best, dist = p, d
		}
	}
	return best
}

// periodAt reads the period a year at token k states, or "".
func (fs *figureScan) periodAt(k int) string {
	y := fs.toks[k].text
	prep := k - 1
	month := ""
	if fs.isMonth(prep) {
		month = monthNumber(fs.word(prep))
		prep--
	}
	// "from 2018 to 2022", "between 2018 and 2022", "2018-2022".
	if w := fs.word(k + 1); (w == "to" || w == "-" || w == "–" || w == "and") && k+2 < len(fs.toks) && yearLike(&fs.toks[k+2], true) && month == "" {
		if p := fs.word(prep); p == "from" || p == "between" || w == "-" || w == "–" {
			return y + "/" + fs.toks[k+2].text
		}
	}
	if month != "" {
		y += "-" + month
	}
	switch fs.word(prep) {
	case "in", "during", "throughout", "of", "for":
		// "since the conflict started in April 2020"
		for j := prep - 1; j >= 0 && j > prep-6 && fs.toks[j].kind == numWord; j-- {
			if fs.word(j) == "since" {
				return y + "/.."
			}
		}
		return y
	case "since":
		return y + "/.."
	}
	return ""
}

func monthNumber(w string) string {
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(w, m) {
			return fmt.Sprintf("%02d", i+1)
		}
	}
	return ""
}

// isNumberAt reports whether a number that is not a year starts at token k.
func (fs *figureScan) isNumberAt(k int) bool {
	if k < 0 || k >= len(fs.toks) {
		return false
	}
	if fs.toks[k].kind == numDigits {
		return !yearLike(&fs.toks[k], true)
	}
	_, _, ok := wordNumberAt(fs.toks, k)
	return ok
}

func boolToInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// pluralNoun reports whether w looks like a plural noun: "sorties",
// "villages", "people" (not "remain", "service").
func pluralNoun(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") || irregularPlurals.has(w)
}

// pluralHead reports whether w is a counted noun that ends a noun phrase:
// "soldiers", "people", "attacks".
func pluralHead(w string) bool {
	return (countNouns[w] || attackNouns.has(w)) && (pluralNoun(w) || strings.HasSuffix(w, "men"))
}

var irregularPlurals = wordSetOf("irregularPlurals")

// modifierHeads are heads that also modify the noun after them: "600
// police", but "two police stations", "police officers". (figures.go)
var modifierHeads = wordSetOf("figureModifierHeads")

// kindSets maps each word of the lexicon's sets named prefix+Kind
// ("triggerKilled") to its kind (report.Killed). A set whose name is no
// figure kind is a mistake of the lexicon, and panics at start-up.
func kindSets(prefix string) map[string]report.FigureKind {
	m := make(map[string]report.FigureKind)
	for name, ws := range lexicon.Default().Sets {
		if k, ok := strings.CutPrefix(name, prefix); ok && k != "" && k[0] >= 'A' && k[0] <= 'Z' {
			kind := mustFigureKind(strings.ToLower(k[:1]) + k[1:])
			for _, w := range ws {
				m[w] = kind
			}
		}
	}
	return m
}

// kindMap reads a lexicon map whose values are figure kinds.
func kindMap(name string) map[string]report.FigureKind {
	m := make(map[string]report.FigureKind)
	for w, k := range lexicon.Default().Map(name) {
		m[w] = mustFigureKind(k)
	}
	return m
}

// checkedKinds returns a lexicon map whose values must be figure kinds.
func checkedKinds(m map[string]string) map[string]string {
	for _, k := range m {
		mustFigureKind(k)
	}
	return m
}

// mustFigureKind parses a figure kind the built-in lexicon names.
func mustFigureKind(s string) report.FigureKind {
	k, err := report.ParseFigureKind(s)
	if err != nil {
		panic(fmt.Sprintf("lexicon/figures.toml: %v", err))
	}
	return k
}

// wordPhrases are phrases of several words with a value each, found by
// their first word. The word "their" in a phrase stands for any
// possessive.
type wordPhrases map[string][]wordPhrase

type wordPhrase struct {
	words []string
	value string
}

func newWordPhrases(m map[string]string) wordPhrases {
	out := wordPhrases{}
	for p, v := range m {
		ws := strings.Fields(strings.ToLower(p))
		if len(ws) > 0 {
			out[ws[0]] = append(out[ws[0]], wordPhrase{ws, v})
		}
	}
	for _, ps := range out {
		slices.SortFunc(ps, func(a, b wordPhrase) int { return len(b.words) - len(a.words) })
	}
	return out
}

// triggers are words that say what happened to those counted, before or
// after the number: "killing 12", "12 were killed", "30 wounded".
var triggers = kindSets("trigger")

// triggerPhrases are triggers of several words: "lost their lives".
var triggerPhrases = newWordPhrases(checkedKinds(lexicon.Default().Map("triggerPhrases")))

// gapRange are verbs of a span between a trigger and its numbers:
// "fatalities range from 1 to 2".
var gapRange = wordSetOf("gapRange")

// figureGroupNouns name a group counted after "a … of": "a family of six".
var figureGroupNouns = wordSetOf("figureGroupNouns")

// prepositionBefore are prepositions that, before "which" or "whom", make
// a relative clause: "an attack in which one civilian was killed".
var prepositionBefore = wordSetOf("prepositionBefore")

// homeWords are what people who are displaced leave.
var homeWords = wordSetOf("figureHomeWords")

// nounTriggers are the triggers that are nouns, so that they head a noun
// phrase: "30 deaths", "two hostages".
var nounTriggers = wordSetOf("nounTriggers")

// closingQuotes end a quotation that holds the count: "said “at least 20
// fighters” had been killed".
var closingQuotes = map[string]bool{`"`: true, "”": true, "’": true, "'": true}

// openingQuotes open a quotation.
var openingQuotes = map[string]bool{`"`: true, "“": true, "‘": true, "'": true}

// creditAside returns the comma that opens an aside ", according to X,"
// closed by the comma at token k, or -1.
func (fs *figureScan) creditAside(k int) int {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if w := fs.word(j); w == "," || w == "." || w == ";" {
			if w == "," && fs.word(j+1) == "according" && fs.word(j+2) == "to" {
				return j
			}
			return -1
		}
	}
	return -1
}

// beforeOnlyTriggers count only before the number: "the death toll rose to
// 45", "claimed the lives of 30".
var beforeOnlyTriggers = kindMap("beforeOnlyTriggers")

// intentWords before "to" and a trigger make what it says only meant or
// tried: "threatened to kill 20 villagers", "attempted to kill a
// journalist".
var intentWords = wordSetOf("figureIntentWords")

// tallyNouns before "of" and a trigger give the kind of the number the
// clause reaches: "the number of wounded … reached 1,400".
var tallyNouns = wordSetOf("figureTallyNouns")

// oneOnlyTriggers are beforeOnlyTriggers in the singular that count only
// one ("the body of a man"); oneWords count one.
var oneOnlyTriggers, oneWords = wordSetOf("figureOneOnlyTriggers"), wordSetOf("figureOneWords")

// eventKinds are kinds that a coordinated number shares: "killed 12 soldiers
// and 30 civilians".
var eventKinds = map[report.FigureKind]bool{report.Killed: true, report.Injured: true, report.Displaced: true,
	report.Arrested: true, report.Abducted: true, report.Released: true}

var attackNouns = wordSetOf("attackNouns")

// headNouns give the kind of a number by what it counts, when no word says
// what happened to them.
var headNouns = kindSets("head")

// thingNouns count places and things, which are no figure of the brief:
// "captured 25 posts", "seized 12 vehicles", "two key cities".
var thingNouns = wordSetOf("thingNouns")

// fewPeople is the smallest count of nationals to whom nothing of a
// figure's kind happened (killed, displaced, released …) that is a figure:
// "three Americans" who signed a letter are who a story is about, not a
// count an analyst lists.
const fewPeople = 10

// bodyNouns are bodies that meet and vote; their members are no figure.
var bodyNouns = wordSetOf("bodyNouns")

// residentNouns count a place's people; after "which has" they are its
// population.
var residentNouns = wordSetOf("residentNouns")

// offspringNouns after a verb of having count a family: "he has 20
// children".
var offspringNouns = wordSetOf("offspringNouns")

// haveVerbs say what a place has.
var haveVerbs = wordSetOf("haveVerbs")

// populationWords before "of" or "to" make the number after a population,
// not a count of people something happened to: "a city of 2 million
// people", "home to 12 million", "a population of 40 million".
var populationWords = wordSetOf("populationWords")

// countNouns are nouns that make a four-digit number a count, not a year:
// "2000 people".
var countNouns = func() map[string]bool {
	// People counted by who they are, not as a population: a figure only
	// with a word saying what happened to them ("two men were arrested").
	m := words("figureCountNouns")
	for w := range headNouns {
		m[w] = true
	}
	for w := range attackNouns.m {
		m[w] = true
	}
	return m
}()

// reportingNouns name people as the sources of a report. A number of them
// with nothing happening to them ("two officials told Harici", "three
// diplomats said") says who spoke, not what happened: no figure.
var reportingNouns = wordSetOf("reportingNouns")

// strongUnits are what "a 300-strong …" counts the members of.
var strongUnits = kindSets("strong")

var changeVerbs = wordSetOf("figureChangeVerbs")

// determiners before a number point at a set already known: "the two
// sides", "both", "their three sons".
var determiners = wordSetOf("figureDeterminers")

// joiners link a number to the one before it: "killed 12 soldiers and 30
// civilians", "12 people, including five children".
var joiners = wordSetOf("figureJoiners")

var kinWords = wordSetOf("figureKinWords")

var anaphorNouns = wordSetOf("anaphorNouns")

var monthNames = wordSetOf("figureMonths")

var timeUnits = wordSetOf("figureTimeUnits")

// notCountModifiers may stand between a number and its time unit: "two
// more days", "five full years".
var notCountModifiers = wordSetOf("notCountModifiers")

// notCountAfter are words after a number that make it a measure, a share or
// a frequency rather than a count.
var notCountAfter = wordSetOf("notCountAfter")

// unitNames after a number, capitalised, name a formation: "11 Corps".
var unitNames = wordSetOf("unitNames")

var agePrefixes = wordSetOf("agePrefixes")

// labelWords before a number make it a name or a reference, not a count:
// "Resolution 2593", "Article 370", "Flight 370", "No. 5".
var labelWords = wordSetOf("figureLabelWords")

// oneNonCount are words around "one" that make it no count: "one of the",
// "no one", "one day", "the one".
var oneNonCount = wordSetOf("oneNonCount")

type qualifierPhrase struct {
	words     []string
	qualifier string
}

// qualifierPhrases are the words before a number that qualify it.
var qualifierPhrases = func() []qualifierPhrase {
	var out []qualifierPhrase
	for p, q := range lexicon.Default().Map("qualifierPhrases") {
		out = append(out, qualifierPhrase{strings.Fields(p), q})
	}
	// Longest first, so that "at least some" wins over "some".
	slices.SortStableFunc(out, func(a, b qualifierPhrase) int { return len(b.words) - len(a.words) })
	return out
}()

// npStop are words that end the noun phrase after a number.
var npStop = wordSetOf("figureNPStop")

// gapWords may stand between a trigger and the number after it: "killing
// at least 12", "the death toll rose to 45", "claimed the lives of 30".
var gapWords = wordSetOf("figureGapWords")

// auxWords may stand between a counted noun and the trigger after it: "12
// people were killed", "six militants have reportedly been neutralised".
var auxWords = wordSetOf("figureAuxWords")

// headlineSentences is how many sentences an article may open with that
// can be its headline.
const headlineSentences = 4

// heading reports whether sentence i is a heading inside the article: a
// paragraph of its own, short, with no closing stop ("**11:10** – Rebels
// claim 58 soldiers killed"). Its figures, like a headline's, are dropped
// when the body states them again.
func (a *article) heading(i int) bool {
	s := a.sents[i]
	t := strings.TrimRight(s.Text, " *_")
	if t == "" || strings.ContainsAny(t[len(t)-1:], ".!?\"”:;,)") || wordCount(t) > 15 {
		return false
	}
	return (i == 0 || newParagraph(a.text, a.sents[i-1], s)) && (i+1 == len(a.sents) || newParagraph(a.text, s, a.sents[i+1]))
}

// dropRestated drops the figures of an article's headline and of its
// photos' captions that its body states again ("Floods Kill 9 Farmers in
// Norland" … "killed at least nine farmers, the ministry of the interior
// said"): the body's figure is the same count told in full, with its
// source. A headline is a line among the article's first that ends
// without a stop and whose words are mostly capitalised; a caption is
// what the timeline takes for one (presentCaption).
func (a *article) dropRestated(figs []report.Figure) []report.Figure {
	aside := map[string]bool{}
	for i, s := range a.sents {
		if i < headlineSentences && headlineCase(s.Text, numTokenize(s.Text, numLowerASCII(s.Text))) && a.titleCase(a.sentToks[i][0], a.sentToks[i][1]) {
			aside[s.Text] = true
			continue
		}
		if a.creditedCaption(i) || a.heading(i) {
			aside[s.Text] = true
			continue
		}
		for _, m := range a.timesIn(s) {
			if a.presentCaption(i, m) {
				aside[s.Text] = true
				break
			}
		}
	}
	if len(aside) == 0 {
		return figs
	}
	isAside := func(f report.Figure) bool { return len(f.Citations) > 0 && aside[f.Citations[0].Quote] }
	restated := func(f report.Figure) bool {
		for _, g := range figs {
			if !isAside(g) && g.Low == f.Low && g.High == f.High {
				return true
			}
		}
		return false
	}
	out := make([]report.Figure, 0, len(figs))
	for _, f := range figs {
		if isAside(f) && restated(f) {
			continue
		}
		out = append(out, f)
	}
	return out
}
