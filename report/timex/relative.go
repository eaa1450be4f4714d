package timex

import (
	"strings"
	"time"
)

// relative tries "last month", "this year", "next week", "last summer",
// "last Monday", "last June", "this fiscal year", "in recent days".
func (p *parser) relative(i int) result {
	if p.isWord(i, clsRel, rRecent) {
		t := p.tok(i + 1)
		if t.kind == kWord && ((t.cls == clsUnit && t.n > plural) || (t.cls == clsFunc && t.n == wTime)) {
			return result{i + 2, refValue("PAST_REF")}
		}
		return noMatch
	}
	off, ok := p.isRel(i)
	if !ok {
		return noMatch
	}
	j := i + 1
	if off == 0 && p.isWord(j, clsRel, rPast) && p.isWord(j+1, clsUnit, uWeekend) && p.a.hasDay() {
		if d, ok := p.a.weekday(time.Saturday, false, false); ok {
			return result{j + 2, weekendValue(d)} // "this past weekend": the last one, as "over the weekend"
		}
	}
	if p.isFn(j, wFiscal) {
		j++
	}
	t := p.tok(j)
	if t.kind != kWord {
		return noMatch
	}
	switch t.cls {
	case clsDayPart:
		if !p.a.hasDay() || off > 0 || (off == 0) == (t.n == dNight) {
			return noMatch // "last night", "this morning"; not "next morning", "this night"
		}
		return result{j + 1, dayValue(p.a.t.AddDate(0, 0, off))}
	case clsUnit:
		if p.isWord(i, clsRel, rLast) && p.isFn(i-1, wThe) && t.n < plural &&
			(p.isFn(i-2, wIn) || p.isFn(i-2, wDuring) || p.isFn(i-2, wFor) || p.isCls(i-2, clsQty)) {
			return noMatch // "in the last year", "over the last week": the span up to now, as "the past year"
		}
		if t.n > plural && off > 0 && p.isWord(i, clsRel, rComing) {
			return result{j + 1, refValue("FUTURE_REF")} // "the coming days"
		}
		if t.n > plural || t.n == uDay || t.n == uHalf {
			return noMatch // "the last two years", "last days" are spans
		}
		v, ok := p.a.shift(int(t.n), off)
		if !ok {
			return noMatch
		}
		return result{j + 1, v}
	case clsSeason:
		if v, ok := p.a.season(int(t.n), off, false, false); ok {
			return result{j + 1, v}
		}
	case clsWeekday:
		if !t.cap {
			return noMatch
		}
		var d time.Time
		var ok bool
		switch off {
		case -1:
			d, ok = p.a.weekday(time.Weekday(t.n), false, true)
		case 1:
			d, ok = p.a.weekday(time.Weekday(t.n), true, true)
		default:
			d, ok = p.a.weekday(time.Weekday(t.n), p.future(i), false)
		}
		if ok {
			return result{j + 1, dayValue(d)}
		}
	case clsMonth:
		if !p.monthName(j) || j != i+1 {
			return noMatch
		}
		m := int(t.n % abbrev)
		if !p.a.hasMonth() {
			return noMatch
		}
		y := p.a.Year
		if k := j + 1; p.dayNumber(k) && !p.isYearAfter(k) && p.a.hasDay() {
			// "last April 15": the day, in the year before (or after) the anchor's
			d := int(p.tok(k).n)
			switch {
			case off < 0 && (m > p.a.Month || m == p.a.Month && d >= p.a.Day):
				y--
			case off > 0 && (m < p.a.Month || m == p.a.Month && d <= p.a.Day):
				y++
			}
			if validDay(y, m, d) {
				return result{k + 1, dayValue(date(y, m, d))}
			}
		}
		switch {
		case off < 0 && m >= p.a.Month:
			y--
		case off > 0 && m <= p.a.Month:
			y++
		}
		return result{j + 1, monthValue(y, m)}
	}
	return noMatch
}

// season tries "summer 2021", "summer of 2021", and "in the summer" alone.
func (p *parser) season(i int) result {
	s := int(p.tok(i).n)
	if !p.tok(i).cap && p.inSet(i, sVerb) && !p.isFn(i-1, wThe) {
		return noMatch // "fall" is a verb unless "the fall"
	}
	j := i + 1
	if p.isFn(j, wOf) || p.isPunct(j, ',') {
		j++
	}
	if y := p.tok(j); y.kind == kNum && y.ndig == 4 && y.suf == sufNone && y.n >= 1000 && y.n < 2100 {
		return seasonResult(j+1, int(y.n), s)
	}
	if s == 2 && p.text[p.tok(i).start]|0x20 == 'f' && p.isFn(i+1, wOf) {
		return noMatch // "the fall of Kabul": a collapse, not autumn
	}
	prev := i - 1
	if p.isFn(prev, wThe) {
		prev--
	}
	if !(p.isFn(prev, wIn) || p.isFn(prev, wDuring) || p.isFn(prev, wSince) || p.isFn(prev, wBy) ||
		p.isFn(prev, wUntil) || p.isFn(prev, wThrough) || p.isCls(i-1, clsMod)) {
		return noMatch
	}
	v, ok := p.a.season(s, 0, true, p.future(i))
	if !ok {
		return noMatch
	}
	return result{i + 1, v}
}

// seasonResult is season s of year y; a winter belongs to its December's year.
func seasonResult(end, y, s int) result {
	return result{end, seasonValue(4*y + s)}
}

// ago tries "two years ago", "3 months ago", "a few weeks ago", and "a
// day later", "two days later" after a day the text has told.
func (p *parser) ago(i int) result {
	t := p.tok(i)
	n, vague := int(t.n), t.kind == kWord && t.cls == clsVague
	j := i + 1
	if p.isWord(i, clsNumWord, 1) && p.isCls(j, clsVague) { // "a few"
		vague = true
		j++
	}
	if t.kind == kNum && (t.suf != sufNone || t.ndig > 3 || n > 200) {
		return noMatch
	}
	u := p.tok(j)
	if u.kind == kWord && u.cls == clsUnit && int(u.n%plural) == uWeek && !vague && !p.lastDay.IsZero() && n > 0 && n <= 4 {
		// "A week earlier", "two weeks later": whole weeks from the day last told.
		switch {
		case p.isWord(j+1, clsMod, mLater):
			return result{j + 2, dayValue(p.lastDay.AddDate(0, 0, 7*n))}
		case p.isWord(j+1, clsMod, mEarlier):
			return result{j + 2, dayValue(p.lastDay.AddDate(0, 0, -7*n))}
		}
	}
	if u.kind == kWord && u.cls == clsUnit && int(u.n%plural) == uDay && !vague && !p.lastDay.IsZero() && n > 0 && n <= 31 {
		// "A day later", "two days later": counted from the day last told;
		// "a day earlier" back from it. "The raid came two days after the
		// talks ended": what follows "after" happened before the day last
		// told, and what follows "before" after it.
		switch {
		case p.isWord(j+1, clsMod, mLater):
			return result{j + 2, dayValue(p.lastDay.AddDate(0, 0, n))}
		case p.isWord(j+1, clsMod, mEarlier):
			return result{j + 2, dayValue(p.lastDay.AddDate(0, 0, -n))}
		case p.isFn(j+1, wAfter) && (p.cameBefore(i) || p.besideDay(i)):
			return result{j + 2, dayValue(p.lastDay.AddDate(0, 0, -n))}
		case p.isFn(j+1, wBefore) && (p.cameBefore(i) || p.besideDay(i)):
			return result{j + 2, dayValue(p.lastDay.AddDate(0, 0, n))}
		}
	}
	if p.isHours(j) && !vague && n > 0 && n <= 24 && p.isWord(j+1, clsMod, mLater) && p.toldPast() && (p.opensClause(i) || i > 0 && p.isWord(i-1, clsUnit, uHalf) && p.opensClause(i-1)) {
		return result{j + 2, dayValue(p.lastPast)} // "An hour later, …": the day told last
	}
	if (u.kind == kWord && u.cls == clsUnit && (int(u.n%plural) == uDay || int(u.n%plural) == uWeek) || p.isHours(j)) && !vague && n > 0 && n <= 31 &&
		p.isFn(j+1, wAfter) && p.isFn(j+2, wThe) && p.opensClause(i) {
		// "Two days after the attack, the army …", "A week after the
		// vote, …": the clause's own act, counted from the day the text
		// told last (the day of what "the" points back to), or from the
		// day that follows "the" ("Three days after the October 7 attack").
		days := n
		switch {
		case p.isHours(j):
			days = n / 24 // "Two hours after the strike, …": the same day; "Thirty hours after": the next
		case int(u.n%plural) == uWeek:
			days = 7 * n
		}
		if r := p.match(j + 3); r.ok() && r.prec == Day {
			r.value = p.toldYear(j+3, r)
			if t, err := time.Parse("2006-01-02", r.v); err == nil {
				return result{r.end, dayValue(t.AddDate(0, 0, days))}
			}
		}
		if p.toldPast() {
			return result{j + 2, dayValue(p.lastPast.AddDate(0, 0, days))}
		}
	}
	if u.kind != kWord || u.cls != clsUnit || !p.isFn(j+1, wAgo) {
		return noMatch
	}
	if vague {
		return result{j + 2, refValue("PAST_REF")}
	}
	v, ok := p.a.ago(int(u.n%plural), n)
	if !ok {
		return noMatch
	}
	return result{j + 2, v}
}

// opensClause reports whether token i opens a sentence or a clause after
// a comma or semicolon: "Two days after the attack, …", "…; a week after
// the vote, …".
func (p *parser) opensClause(i int) bool {
	return i == 0 || p.tok(i).nl || p.isPunct(i-1, '.', '!', '?', ',', ';', '"', '“')
}

// toldPast reports whether the text has told a day not after the anchor:
// what follows "an hour after the release" counts from a day that
// happened, not from talks set for a day to come.
func (p *parser) toldPast() bool {
	return !p.lastPast.IsZero()
}

// isHours reports whether token j is a unit of hours or minutes ("two
// hours after", "ten minutes after"), a span counted within a day or two.
func (p *parser) isHours(j int) bool {
	return p.inSet(j, sHours)
}

// cameBefore reports whether a verb that places an event told before
// stands right before token i: "The attack came a day after …".
func (p *parser) cameBefore(i int) bool {
	return p.inSet(i-1, sPlacing)
}

// besideDay reports whether token i follows a comma right after the day
// just found: "on Wednesday, three days after the rebels seized the
// city", where the span counts back from that Wednesday.
func (p *parser) besideDay(i int) bool {
	if !p.isPunct(i-1, ',') || len(p.out) == 0 || p.out[len(p.out)-1].Precision != Day {
		return false
	}
	return p.out[len(p.out)-1].End == int(p.tok(i-2).end)
}

// deictic tries "today", "yesterday", "tomorrow", "tonight".
func (p *parser) deictic(i int) result {
	if !p.a.hasDay() {
		return noMatch
	}
	if prev := p.tok(i - 1); p.tok(i).cap && !p.tok(i).nl && prev.kind == kWord && prev.cap && prev.cls == clsNone {
		return noMatch // USA Today, Pakistan Today; not a heading's last word ("Office of the Spokesperson" / "Today, …")
	}
	if t := p.tok(i); t.n == 0 && strings.EqualFold(p.text[t.start:t.end], "overnight") && !p.overnightNight(i) {
		return noMatch
	}
	n := int(p.tok(i).n)
	if (n < 0 && p.isFn(i-1, wBefore) || n > 0 && p.isFn(i-1, wAfter)) && p.isWord(i-2, clsUnit, uDay) {
		n *= 2 // "the day before yesterday", "the day after tomorrow"
	}
	return result{i + 1, dayValue(p.a.t.AddDate(0, 0, n))}
}

// overnightNight reports whether "overnight" at token i is the night
// before the article's day, as in "Russia launched 40 drones overnight"
// and "Also overnight, troops …": not when a day names the night
// ("overnight Sunday", "Saturday overnight", "overnight into Tuesday",
// "overnight on May 4": the day is the date),
// nor "all at once" ("will not end overnight", "doubled overnight"), nor
// a kind of stay ("an overnight curfew").
func (p *parser) overnightNight(i int) bool {
	if p.namesDay(i+1) || p.namesDay(i-1) {
		return false
	}
	for _, w := range []int32{wIn, wTo, wOn, wFrom, wBetween} {
		if p.isFn(i+1, w) && p.namesDay(i+2) {
			return false // "overnight into Tuesday", "overnight on Sunday"
		}
	}
	for k := i - 1; k >= i-3 && k >= 0; k-- {
		if w := p.tok(k); w.kind == kWord && (p.word(k) == "not" || p.word(k) == "never" || p.word(k) == "t") {
			return false // "peace will not come overnight", "it won't happen overnight"
		}
	}
	return !p.inSet(i-1, sSudden) && !p.inSet(i+1, sNightStay)
}

// namesDay reports whether token i names a day or a month: a weekday, a
// month ("May 4", "4 May" through its number) or "yesterday"/"today".
func (p *parser) namesDay(i int) bool {
	if p.isCls(i, clsWeekday) || p.isCls(i, clsMonth) && p.tok(i).cap {
		return true
	}
	if t := p.tok(i); t.kind == kWord && t.cls == clsDeictic && !strings.EqualFold(p.text[t.start:t.end], "overnight") {
		return true
	}
	return p.tok(i).kind == kNum && p.tok(i).ndig <= 2 && p.isCls(i+1, clsMonth)
}

// word returns token i's text in lower case, or "" outside the text.
func (p *parser) word(i int) string {
	t := p.tok(i)
	if t.kind == kNone {
		return ""
	}
	return strings.ToLower(p.text[t.start:t.end])
}

// weekday tries "Monday", "on Tuesday", and "Monday, March 18, 2013".
func (p *parser) weekday(i int) result {
	t := p.tok(i)
	if !t.cap {
		return noMatch
	}
	if prev := p.tok(i - 1); prev.kind == kWord && prev.cls == clsHoliday && prev.cap {
		return noMatch // Black Friday, Super Tuesday
	}
	if next := p.tok(i + 1); next.kind == kWord && next.cls == clsPaper && next.cap {
		return noMatch // the Sunday Times
	}
	j := i + 1
	if p.isPunct(j, ',') {
		j++
	}
	if p.monthName(j) || p.dayNumber(j) {
		if r := p.core(j); r.ok() && r.prec == Day {
			return result{r.end, r.value}
		}
	}
	d, ok := p.a.weekday(time.Weekday(t.n), p.future(i), false)
	if !ok {
		return noMatch
	}
	return result{i + 1, dayValue(d)}
}

// ordinalPart tries "first week of March", "second quarter of 2023",
// "first half of the year", with the ordinal at token i.
func (p *parser) ordinalPart(i int) result {
	n := int(p.tok(i).n)
	if p.isWord(i, clsRel, rLast) {
		n = -1
	}
	u := p.tok(i + 1)
	if u.kind != kWord || u.cls != clsUnit {
		return noMatch
	}
	j := i + 2
	switch u.n {
	case uWeek:
		if !p.isFn(j, wOf) {
			return noMatch
		}
		y, m, end, ok := p.monthOf(j + 1)
		if !ok || n == 0 || n > 5 {
			return noMatch
		}
		var d time.Time
		if n > 0 {
			d = date(y, m, 4+7*(n-1)) // the week holding most of its days in the month
		} else {
			d = date(y, m+1, 0).AddDate(0, 0, -3)
		}
		return result{end, weekValue(d)}
	case uQuarter, uHalf:
		max := 4
		if u.n == uHalf {
			max = 2
		}
		if n < 1 || n > max {
			return noMatch
		}
		y, end, ok := p.yearOf(j)
		if !ok {
			if u.n == uHalf {
				return noMatch
			}
			return p.quarterOf(j, n)
		}
		if u.n == uHalf {
			return result{end, halfValue(y, n)}
		}
		return result{end, quarterValue(y, n)}
	}
	return noMatch
}

// monthOf reads "March", "March 2013" or "this month" at token i.
func (p *parser) monthOf(i int) (y, m, end int, ok bool) {
	if p.monthName(i) {
		m = int(p.tok(i).n % abbrev)
		end = i + 1
		if p.isPunct(end, '.') && p.tok(i).n > abbrev {
			end++
		}
		if t := p.tok(end); t.kind == kNum && t.ndig == 4 && t.suf == sufNone {
			return int(t.n), m, end + 1, true
		}
		y, ok = p.a.monthYear(m, p.future(i))
		return y, m, end, ok
	}
	if off, rel := p.isRel(i); rel && p.isWord(i+1, clsUnit, uMonth) {
		if p.a.hasMonth() {
			t := date(p.a.Year, p.a.Month+off, 1)
			return t.Year(), int(t.Month()), i + 2, true
		}
	}
	return 0, 0, 0, false
}

// yearOf reads "of 2023", "of this year", "of the year" at token i.
func (p *parser) yearOf(i int) (y, end int, ok bool) {
	if !p.isFn(i, wOf) {
		return 0, 0, false
	}
	if t := p.tok(i + 1); t.kind == kNum && t.ndig == 4 && t.suf == sufNone && t.n >= 1000 && t.n < 2100 {
		return int(t.n), i + 2, true
	}
	if off, rel := p.isRel(i + 1); rel && p.isWord(i+2, clsUnit, uYear) && p.a.hasYear() {
		return p.a.Year + off, i + 3, true
	}
	return 0, 0, false
}

// the tries the expressions that start with "the": "the last week", "the
// 1990s", "the first week of March", "the 20th century", "the summer of
// 2021", "the 28th of November", "in the past", "in the future".
func (p *parser) the(i int) result {
	j := i + 1
	t := p.tok(j)
	switch {
	case t.kind == kNum:
		if r := p.numeric(j); r.prec == Decade || r.prec == Century || r.prec == Day {
			return r // "the 1990s", "the 20th century", "the 28th of November"; not "the 1953 team"
		}
		return noMatch
	case t.kind == kPunct && (t.n == '\'' || t.n == '’'):
		return p.shortDecade(j)
	case t.kind != kWord:
		return noMatch
	}
	switch t.cls {
	case clsRel:
		if (t.n == rNext || t.n == rFollowing) && p.isWord(j+1, clsUnit, uDay) && !p.lastDay.IsZero() {
			return result{j + 2, dayValue(p.lastDay.AddDate(0, 0, 1))} // "the next day": after the day last told
		}
		if t.n == rPrevious && p.isWord(j+1, clsUnit, uDay) && !p.lastDay.IsZero() {
			return result{j + 2, dayValue(p.lastDay.AddDate(0, 0, -1))} // "the previous day": before it
		}
		if p.isCls(j+1, clsDayPart) && !p.lastDay.IsZero() {
			switch t.n {
			case rNext, rFollowing:
				return result{j + 2, dayValue(p.lastDay.AddDate(0, 0, 1))} // "the next morning"
			case rPrevious:
				return result{j + 2, dayValue(p.lastDay.AddDate(0, 0, -1))} // "the previous evening"
			}
		}
		if r := p.ordinalPart(j); r.ok() { // "the last week of March"
			return r
		}
		if t.n == rPast && p.lonePast(j) {
			return result{j + 1, refValue("PAST_REF")}
		}
		return p.relative(j)
	case clsOrd:
		return p.ordinalPart(j)
	case clsSeason:
		return p.season(j)
	case clsUnit:
		if (t.n == uWeek || t.n == uMonth || t.n == uYear) && p.isFn(i-1, wOf) && p.isCls(i-2, clsMod) {
			if v, ok := p.a.shift(int(t.n), 0); ok { // "the end of the month"
				return result{j + 1, v}
			}
		}
		if (t.n == uWeek || t.n == uMonth || t.n == uYear) && p.isFn(i-1, wIn) && p.isCls(i-2, clsMod) && p.tok(i-2).n != mMid && p.tok(i-2).n != mMiddle {
			if v, ok := p.a.shift(int(t.n), 0); ok { // "earlier in the week", "later in the month", "early in the year"
				return result{j + 1, v}
			}
		}
		if t.n == uDay && p.isFn(i-1, wIn) && (p.isWord(i-2, clsMod, mEarlier) || p.isWord(i-2, clsMod, mLater)) && !p.lastDay.IsZero() {
			return result{j + 1, dayValue(p.lastDay)} // "earlier in the day", "later in the day": the day told last
		}
		if t.n == uWeekend && !p.isFn(j+1, wOf) && (p.isFn(i-1, wOn) || p.isFn(i-1, wDuring) || p.isFn(i-1, wAt) || p.isCls(i-1, clsQty)) {
			d, ok := p.a.weekday(time.Saturday, p.future(i), false)
			if ok {
				return result{j + 1, weekendValue(d)}
			}
		}
	case clsFunc:
		if t.n == wSame {
			return p.toldDay(j + 1) // "the same day"
		}
		if !(p.isFn(i-1, wIn) || p.isFn(i-1, wFor) || p.isFn(i-1, wUntil)) {
			return noMatch
		}
		switch t.n {
		case wFuture:
			return result{j + 1, refValue("FUTURE_REF")}
		case wPresent:
			if p.tok(j+1).kind != kWord || p.tok(j+1).cls == clsFunc {
				return result{j + 1, refValue("PRESENT_REF")}
			}
		}
	}
	return noMatch
}

// toldDay reads "day", "night", "morning", "evening" or "afternoon" at
// token j as the day the text told last: "the same day", "that night",
// "later that day".
func (p *parser) toldDay(j int) result {
	if p.lastDay.IsZero() {
		return noMatch
	}
	if p.isWord(j, clsUnit, uDay) || p.isCls(j, clsDayPart) {
		return result{j + 1, dayValue(p.lastDay)}
	}
	return noMatch
}

// thatDay tries "that day", "that same day", "that night" after the day
// the text told last; "that day" alone only after "on", "later",
// "earlier" or at a sentence's start, not "the day that day will come".
func (p *parser) thatDay(i int) result {
	j := i + 1
	if p.isFn(j, wSame) {
		return p.toldDay(j + 1)
	}
	if p.opensSentence(i) || p.isFn(i-1, wOn) || p.isCls(i-1, clsMod) {
		return p.toldDay(j)
	}
	return noMatch
}

// lonePast reports whether "past" at token i is the noun ("in the past"),
// not the start of a span ("the past five years").
func (p *parser) lonePast(i int) bool {
	next := p.tok(i + 1)
	if next.kind == kNum {
		return false
	}
	if next.kind == kWord {
		switch next.cls {
		case clsUnit, clsNumWord, clsVague, clsOrd, clsMonth, clsSeason, clsWeekday, clsNone:
			return next.cls == clsNone && next.cap
		}
	}
	return p.isFn(i-2, wIn) || p.isFn(i-2, wOf)
}
