package timex

import (
	"strconv"
	"time"
)

// parser matches the grammar of date expressions over the tokens of a text.
type parser struct {
	text     string
	toks     []token
	a        anchor
	out      []Mention
	lastYear int       // the year of the last date found, for "that year", "that October"
	lastDay  time.Time // the last day found, for "a day later", "two days later"
	lastPast time.Time // the last day found not after the anchor, for "an hour after the release"
	listed   listedDay
	told     [13][32]int16 // the year a day and month were last told with ("October 7, 2023"), by month and day
}

// result is a matched expression: the tokens up to end (exclusive) and its value.
type result struct {
	end int
	value
}

var noMatch = result{}

func (r result) ok() bool { return r.end > 0 && r.v != "" }

// noToken stands for the tokens outside the text; it is never written.
var noToken token

// tok returns the i-th token, or a token of kind kNone outside the text.
func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return &noToken
	}
	return &p.toks[i]
}

func (p *parser) isFn(i int, w int32) bool {
	t := p.tok(i)
	return t.kind == kWord && t.cls == clsFunc && t.n == w
}

func (p *parser) isCls(i int, cls uint8) bool {
	t := p.tok(i)
	return t.kind == kWord && t.cls == cls
}

func (p *parser) isWord(i int, cls uint8, n int32) bool {
	t := p.tok(i)
	return t.kind == kWord && t.cls == cls && t.n == n
}

// inSet reports whether token i is a word of the word set set (see
// lexicon.go).
func (p *parser) inSet(i int, set uint32) bool {
	t := p.tok(i)
	if t.kind != kWord {
		return false
	}
	e, _ := lookup(p.text[t.start:t.end])
	return e.sets&set != 0
}

func (p *parser) isPunct(i int, chars ...rune) bool {
	t := p.tok(i)
	if t.kind != kPunct {
		return false
	}
	for _, c := range chars {
		if t.n == c {
			return true
		}
	}
	return false
}

// adjacent reports whether tokens i and i+1 touch, with no space between.
func (p *parser) adjacent(i int) bool {
	return i >= 0 && i+1 < len(p.toks) && p.toks[i].end == p.toks[i+1].start
}

func (p *parser) isDash(i int) bool { return p.isPunct(i, '-', '–', '—') }

// isRangeWord reports whether token i joins the two ends of a range.
func (p *parser) isRangeWord(i int) bool {
	return p.isDash(i) || p.isFn(i, wTo) || p.isFn(i, wThrough) || p.isFn(i, wUntil) || p.isFn(i, wAnd)
}

// run finds every expression, left to right, longest first.
func (p *parser) run() {
	for i := 0; i < len(p.toks); {
		if !p.canStart(i) {
			i++
			continue
		}
		r := p.match(i)
		if !r.ok() {
			i++
			continue
		}
		p.emit(i, r)
		i = r.end
	}
}

func (p *parser) emit(start int, r result) {
	if r.prec == Day {
		r.value = p.toldYear(start, r)
	}
	s, e := int(p.toks[start].start), int(p.toks[r.end-1].end)
	p.out = append(p.out, Mention{Start: s, End: e, Text: p.text[s:e], Value: r.v, Precision: r.prec})
	if len(r.v) >= 4 {
		if y, err := strconv.Atoi(r.v[:4]); err == nil {
			p.lastYear = y
		}
	}
	if r.prec == Day && !p.namesAfter(start) {
		if t, err := time.Parse("2006-01-02", r.v); err == nil {
			p.lastDay = t
			if !(p.a.hasDay() && t.After(p.a.t)) {
				p.lastPast = t
			}
		}
	} else if p.opensSentence(start) && p.movesAway(r.value) {
		p.lastDay = time.Time{} // "In mid-April, … The next day, …": no day to count from
		p.lastPast = time.Time{}
	}
}

// toldYear keeps the year a text gave a day and month when it names them
// again without one: "the October 7, 2023, attack … since October 7" is
// one day, whatever the publication's year. A day told with its year is
// remembered; one told without a year, and without "last", "next" or
// "this", takes the remembered year.
func (p *parser) toldYear(start int, r result) value {
	month, year, rel := 0, 0, false
	for k := start; k < r.end; k++ {
		t := p.tok(k)
		switch {
		case t.kind == kWord && t.cls == clsMonth:
			month = int(t.n % abbrev)
		case t.kind == kWord && t.cls == clsRel:
			rel = true
		case t.kind == kNum && t.ndig == 4:
			year = int(t.n)
		}
	}
	if month == 0 || len(r.v) != 10 {
		return r.value
	}
	day, err := strconv.Atoi(r.v[8:])
	if err != nil || day < 1 || day > 31 {
		return r.value
	}
	if year != 0 {
		p.told[month][day] = int16(year)
		return r.value
	}
	if y := int(p.told[month][day]); y != 0 && !rel && strconv.Itoa(y) != r.v[:4] {
		return value{strconv.Itoa(y) + r.v[4:], r.prec}
	}
	return r.value
}

// opensSentence reports whether the date at token i opens its sentence,
// perhaps after one preposition ("In mid-April, …", "Last week, …"): the
// story moves to it. A date told inside a sentence ("in a 2009 peace
// deal") is background.
func (p *parser) opensSentence(i int) bool {
	k := i
	if k > 0 && p.tok(k-1).kind == kWord && p.tok(k-1).cls == clsFunc && !p.tok(k).nl {
		k--
	}
	return k == 0 || p.tok(k).nl || p.isPunct(k-1, '.', '!', '?')
}

// movesAway reports whether a date coarser than a day takes the story to
// another month, week or year than the one it was published in ("in
// mid-April", "last year"), away from the last day it told; the running
// ones ("this year", "this month") do not.
func (p *parser) movesAway(v value) bool {
	if !p.a.hasMonth() || !p.lastDay.IsZero() && v.v == "" {
		return false
	}
	switch v.prec {
	case Month:
		return v.v != monthValue(p.a.Year, p.a.Month).v
	case Year:
		return v.v != yearValue(p.a.Year).v
	case Week:
		return p.a.hasDay() && v.v != weekValue(p.a.t).v
	}
	return false
}

// namesAfter reports whether the date at token i is what a name is
// taken from ("the Front, named after the June 4, 1990 uprising"): a day
// told so is no day the story has reached, and "a day earlier" does not
// count from it.
func (p *parser) namesAfter(i int) bool {
	k := i - 1
	if k >= 0 && p.isFn(k, wThe) {
		k--
	}
	if k < 1 || !(p.isFn(k, wFor) || p.isFn(k, wAfter)) {
		return false
	}
	return p.inSet(k-1, sNaming)
}

// canStart is a quick test that an expression may start at token i.
func (p *parser) canStart(i int) bool {
	t := &p.toks[i]
	switch t.kind {
	case kNum:
		return true
	case kPunct:
		return t.n == '\'' || t.n == '’'
	}
	switch t.cls {
	case clsNone, clsQty, clsUnitAfter, clsCount, clsLabel, clsPaper, clsHoliday, clsFuture, clsUnit:
		return false
	case clsNumWord:
		next := p.tok(i + 1)
		return next.cls == clsUnit || next.cls == clsVague || p.isHours(i+1)
	case clsFunc:
		switch t.n {
		case wThe:
			next := p.tok(i + 1)
			return next.kind != kWord || (next.cls != clsNone && next.cls != clsQty)
		case wRecently, wThese, wAt, wQ:
			return true
		case wThat:
			return p.lastYear > 0 && p.monthName(i+1) || !p.lastDay.IsZero()
		}
		return false
	}
	return true
}

// match tries an expression at token i, with any modifier in front of it.
func (p *parser) match(i int) result {
	if j := p.modifier(i); j > i {
		if r := p.core(j); r.ok() {
			return r
		}
	}
	return p.core(i)
}

// modifier returns the index after a modifier at token i ("early", "mid-",
// "the end of"), or i if there is none.
func (p *parser) modifier(i int) int {
	j := i
	if p.isFn(j, wThe) {
		j++
	}
	t := p.tok(j)
	if t.kind != kWord || t.cls != clsMod {
		return i
	}
	switch t.n {
	case mEarly, mMid, mLate, mEarlier, mLater:
		if j > i { // "the early 1990s": the article belongs to the core
			return i + 1
		}
		j++
		if p.isDash(j) && p.adjacent(j-1) {
			j++
		}
		return j
	case mMiddle, mStart, mEnd:
		if p.isFn(j+1, wOf) {
			return j + 2
		}
	}
	return i
}

// core tries an unmodified expression at token i.
func (p *parser) core(i int) result {
	t := p.tok(i)
	switch t.kind {
	case kNum:
		return p.numeric(i)
	case kPunct:
		if (t.n == '\'' || t.n == '’') && p.adjacent(i) {
			return p.shortDecade(i)
		}
		return noMatch
	case kWord:
	default:
		return noMatch
	}
	switch t.cls {
	case clsMonth:
		return p.month(i)
	case clsWeekday:
		return p.weekday(i)
	case clsRel:
		return p.relative(i)
	case clsSeason:
		return p.season(i)
	case clsNumWord, clsVague:
		return p.ago(i)
	case clsOrd:
		return p.ordinalPart(i)
	case clsDeictic:
		return p.deictic(i)
	case clsPresent:
		if p.isFn(i+1, wThat) || (p.isDash(i+1) && p.adjacent(i)) { // "now that", "now-defunct"
			return noMatch
		}
		return result{i + 1, refValue("PRESENT_REF")}
	case clsFunc:
		return p.function(i)
	}
	return noMatch
}

// function tries the expressions that start with a function word.
func (p *parser) function(i int) result {
	switch p.tok(i).n {
	case wThe:
		return p.the(i)
	case wRecently:
		return result{i + 1, refValue("PAST_REF")}
	case wThese:
		if p.isWord(i+1, clsUnit, uDay+plural) {
			return result{i + 2, refValue("PRESENT_REF")}
		}
	case wAt:
		switch {
		case p.isFn(i+1, wPresent):
			return result{i + 2, refValue("PRESENT_REF")}
		case (p.isFn(i+1, wThe) || p.isFn(i+1, wThat)) && p.isFn(i+2, wTime):
			return result{i + 3, refValue("PAST_REF")}
		}
	case wQ:
		return p.quarterQ(i)
	case wThat:
		// "lapsed that October": the month of the year last named.
		if p.lastYear > 0 && p.monthName(i+1) && !p.dayNumber(i+2) {
			return result{i + 2, monthValue(p.lastYear, int(p.tok(i+1).n%abbrev))}
		}
		return p.thatDay(i)
	}
	return noMatch
}

// future reports whether the clause before token i speaks of the future.
func (p *parser) future(i int) bool {
	if p.isFn(i-1, wFor) && p.settingBefore(i-1) {
		return true // "has set the poll for 12 May"
	}
	if p.beTo(i) {
		return true // "the envoys are to meet again in March"
	}
	if p.opensSentence(i) && p.willAfter(i) {
		return true // "On Friday, the Council will vote on the draft"
	}
	if p.lookingForward(i) {
		return true // "We look forward to the vote on Friday"
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := p.toks[k]
		if t.endsSentence() {
			return false
		}
		if t.kind == kWord && t.cls == clsFuture && p.futureWord(k) {
			return true
		}
		if t.nl {
			return false
		}
	}
	return false
}

// willAfter reports whether "will", "shall" or "'ll" follows the date
// that opens a sentence at token i, in its clause: "On Friday we will
// vote", "Tomorrow, the Secretary will travel".
func (p *parser) willAfter(i int) bool {
	for k := i + 1; k < len(p.toks) && k <= i+8; k++ {
		t := p.toks[k]
		if t.endsSentence() {
			return false
		}
		if t.kind != kWord {
			continue
		}
		if p.inSet(k, sWillStop) {
			return false
		}
		if p.inSet(k, sModal) {
			return true
		}
	}
	return false
}

// lookingForward reports whether "look forward to" (or "looks",
// "looking") stands before token i in its sentence: what one looks
// forward to is still to come. What one "looked forward to" may be past.
func (p *parser) lookingForward(i int) bool {
	for k := i - 1; k >= 1 && k >= i-10; k-- {
		t := p.toks[k]
		if t.endsSentence() {
			return false
		}
		if p.inSet(k, sForward) {
			return p.inSet(k-1, sLook)
		}
	}
	return false
}

// beTo reports whether "is to" or "are to" and a verb stand in the
// sentence within 16 tokens before token i.
func (p *parser) beTo(i int) bool {
	for k := i - 1; k > 0 && k >= i-16; k-- {
		t := p.toks[k]
		if t.endsSentence() || t.nl {
			return false
		}
		be := p.inSet(k-1, sBe) || k > 1 && p.inSet(k-1, sBeSet) && p.inSet(k-2, sBe) // "is set to vote"
		if p.isFn(k, wTo) && be && p.toks[k+1].kind == kWord && !p.isCls(k+1, clsFunc) {
			return true
		}
	}
	return false
}

// settingBefore reports whether a setting word stands in the clause
// within eight tokens before token f.
func (p *parser) settingBefore(f int) bool {
	for k := f - 1; k >= 0 && k >= f-8; k-- {
		t := p.toks[k]
		if t.kind == kPunct {
			return false
		}
		if p.inSet(k, sSetting) {
			return true
		}
	}
	return false
}

// futureWord reports whether the future word at token k is used so:
// "due" but not "due to the rain", "plans to" but not "the plans".
func (p *parser) futureWord(k int) bool {
	switch p.toks[k].n {
	case fDue:
		// "due to end on Sunday", but not "due to the end of the fuel
		// on Sunday" without its article: a due-to verb that is a noun
		// before "of" gives a cause.
		return !p.isFn(k+1, wTo) || p.inSet(k+2, sDueVerb) && !p.isFn(k+3, wOf)
	case fPlan:
		return p.isFn(k+1, wTo) || p.isFn(k+1, wFor)
	case fSched:
		return p.isCls(k+1, clsFunc) || p.isCls(k+1, clsRel)
	}
	return true
}

// lookingBack reports whether a day named without a year, from token i to
// before token j, is one that has passed: after "since" ("since October
// 7") or before a noun of an event that happened ("the October 7 attack").
func (p *parser) lookingBack(i, j int) bool {
	if p.isFn(i-1, wSince) || p.isFn(i-1, wThe) && p.isFn(i-2, wSince) {
		return true
	}
	if p.inSet(j, sPastEvent) {
		return true
	}
	return false
}

// lookingAhead reports whether a word of sAhead stands in the
// sentence within 16 tokens before token i.
func (p *parser) lookingAhead(i int) bool {
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		t := p.toks[k]
		if t.endsSentence() {
			return false
		}
		if p.inSet(k, sAhead) {
			return true
		}
	}
	return false
}
