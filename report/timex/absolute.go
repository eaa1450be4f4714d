package timex

import "strconv"

// numeric tries the expressions that start with a number: ISO dates, day
// first dates ("28 November 2022"), years, decades, centuries and "3 years ago".
func (p *parser) numeric(i int) result {
	t := p.tok(i)
	switch {
	case t.suf == sufS:
		if t.ndig == 4 && t.n%10 == 0 && t.n >= 1000 && t.n < 2100 {
			return result{i + 1, decadeValue(int(t.n))}
		}
		return noMatch
	case t.suf == sufOrd:
		return p.ordinalNumber(i)
	case t.suf != sufNone:
		return noMatch
	}
	if r := p.iso(i); r.ok() {
		return r
	}
	if t.ndig <= 2 && t.n >= 1 && t.n <= 31 {
		if r := p.listedDay(i); r.ok() {
			return r
		}
		if r := p.numericSpan(i); r.ok() {
			return r
		}
		if r := p.numericDate(i); r.ok() {
			return r
		}
		if r := p.dayFirst(i); r.ok() {
			return r
		}
	}
	if r := p.ago(i); r.ok() {
		return r
	}
	if t.ndig == 2 && (p.isDash(i-1) || p.isPunct(i-1, '/')) && p.adjacent(i-2) && p.adjacent(i-1) && p.isYear(i-2) {
		// the end of a range of years: "1957-58"
		first := int(p.toks[i-2].n)
		y := first/100*100 + int(t.n)
		if y > first {
			return result{i + 1, yearValue(y)}
		}
	}
	if p.isYear(i) {
		return result{i + 1, yearValue(int(t.n))}
	}
	return noMatch
}

// iso tries YYYY-MM-DD.
func (p *parser) iso(i int) result {
	t := p.tok(i)
	if t.ndig != 4 || !p.isPunct(i+1, '-') || !p.isPunct(i+3, '-') {
		return noMatch
	}
	for k := i; k < i+4; k++ {
		if !p.adjacent(k) {
			return noMatch
		}
	}
	m, d := p.tok(i+2), p.tok(i+4)
	if m.kind != kNum || d.kind != kNum || m.ndig != 2 || d.ndig != 2 || d.suf != sufNone {
		return noMatch
	}
	if !validDay(int(t.n), int(m.n), int(d.n)) {
		return noMatch
	}
	return result{i + 5, dayValue(date(int(t.n), int(m.n), int(d.n)))}
}

// dayNumber reports whether token i is a day of the month: 1–31, at most
// two digits, not part of a larger number ("2,000").
func (p *parser) dayNumber(i int) bool {
	t := p.tok(i)
	if t.kind != kNum || t.ndig > 2 || t.n < 1 || t.n > 31 || (t.suf != sufNone && t.suf != sufOrd) {
		return false
	}
	if p.isPunct(i+1, ',', '.', ':') && p.adjacent(i) && p.tok(i+2).kind == kNum && p.adjacent(i+1) {
		return false // 2,000 or 3.5 or 10:30
	}
	return true
}

// dayFirst tries "28 November 2022", "28th of November", "19-21 July".
func (p *parser) dayFirst(i int) result {
	if !p.dayNumber(i) {
		return noMatch
	}
	d := int(p.tok(i).n)
	j := i + 1
	list := false
	if p.nightPair(i) || p.nightOfTwo(i, j) {
		// "the night of 14/15 March", "the night of 14 and 15 March": one
		// night, dated by its first day (as "the night between Friday and
		// Saturday" is).
		j += 2
	} else if p.isRangeWord(j) && p.dayNumber(j+1) {
		// "17 and 21 June" is a list of two days, "19-21 July" a range:
		// either gives its first day here and its last read next.
		list = true
		j += 2
	}
	if p.isFn(j, wOf) {
		j++
	}
	if !p.monthName(j) {
		return noMatch
	}
	m := int(p.tok(j).n % abbrev)
	j++
	if p.isPunct(j, '.') && p.tok(j-1).n > abbrev {
		j++
	}
	r := p.dayWithYear(i, j, m, d)
	if list && r.ok() {
		// "on 17 and 21 June": two days, each a date of its own; the
		// first takes the month (and year) of the second.
		y, _ := strconv.Atoi(r.v[:4])
		if !validDay(y, m, d) {
			return noMatch
		}
		return result{i + 1, dayValue(date(y, m, d))}
	}
	return r
}

// nightOfTwo reports whether the day at token d and the next day after
// the word at token k ("and", a dash) are the two days of one night told
// as "the night of": "the night of 11 and 12 December", "the night of
// December 11-12". d is the first day's token; the words before it (or
// before the month that opens the date) must be "night of".
func (p *parser) nightOfTwo(d, k int) bool {
	if !(p.isFn(k, wAnd) || p.isDash(k)) || !p.dayNumber(k+1) || p.tok(k+1).n != p.tok(d).n+1 {
		return false
	}
	o := d - 1
	if p.monthName(o) {
		o-- // "the night of December 11 and 12"
	}
	return p.isFn(o, wOf) && p.isWord(o-1, clsDayPart, dNight)
}

// nightPair reports whether the day at token i and the next, joined by a
// slash, are the two days of one night: the "14/15" of "the night of
// 14/15 March".
func (p *parser) nightPair(i int) bool {
	return p.isPunct(i+1, '/') && p.adjacent(i) && p.adjacent(i+1) && p.dayNumber(i+2) &&
		p.tok(i+2).n == p.tok(i).n+1 && p.monthName(i+3)
}

// listedDay reads the second day of a list whose first day named the
// month: the "21" of "June 17 and 21".
func (p *parser) listedDay(i int) result {
	if p.listed.at != i || i == 0 {
		return noMatch
	}
	l := p.listed
	p.listed = listedDay{}
	if !validDay(l.y, l.m, int(p.tok(i).n)) {
		return noMatch
	}
	return result{i + 1, dayValue(date(l.y, l.m, int(p.tok(i).n)))}
}

// listedDay is a day still to be read in a list of days of one month.
type listedDay struct{ at, y, m int }

// timePreps are the prepositions that may open a numeric date without a
// year: "on 28/06".
func (p *parser) timePrep(i int) bool {
	t := p.tok(i)
	if t.kind != kWord || t.cls != clsFunc {
		return false
	}
	switch t.n {
	case wOn, wSince, wUntil, wBy, wBefore, wAfter, wFrom, wBetween, wTo:
		return true
	case wAnd:
		// "on 3/7 and 28/06": another date just before.
		return len(p.out) > 0 && int32(p.out[len(p.out)-1].End) == p.tok(i-1).end
	case wOf:
		// "on the night of 27/06"
		return p.inSet(i-1, sPartOfDay)
	}
	return false
}

// numericDate tries a day and month written in figures, day first:
// "28/06/2023", "28.06.2023", and "on 28/06" after a preposition of time.
func (p *parser) numericDate(i int) result {
	sep := p.tok(i + 1)
	if sep.kind != kPunct || (sep.n != '/' && sep.n != '.' && sep.n != '-') || !p.adjacent(i) || !p.adjacent(i+1) {
		return noMatch
	}
	if p.isPunct(i-1, '/', '.', '-', ':') && p.adjacent(i-1) {
		return noMatch // the tail of something longer
	}
	if p.nightPair(i) {
		return noMatch // "7/8 December" is two days of December, not 7 August
	}
	d, mt := int(p.tok(i).n), p.tok(i+2)
	if mt.kind != kNum || mt.suf != sufNone || mt.ndig > 2 || mt.n < 1 || mt.n > 12 || p.tok(i).suf != sufNone {
		return noMatch
	}
	m := int(mt.n)
	if p.isPunct(i+3, sep.n) && p.adjacent(i+2) && p.adjacent(i+3) {
		y := p.tok(i + 4)
		if y.kind != kNum || y.ndig != 4 || y.suf != sufNone || !validDay(int(y.n), m, d) || p.adjacent(i+4) && p.tok(i+5).kind == kNum {
			return noMatch
		}
		return result{i + 5, dayValue(date(int(y.n), m, d))}
	}
	if sep.n != '/' || !p.timePrep(i-1) || p.adjacent(i+2) && !p.isPunct(i+3, '.', ',', ';', ')') {
		// Without a year only "28/06" after a preposition of time; "24-26"
		// is a range of numbers and "3.5" a decimal.
		return noMatch
	}
	y, ok := p.a.nearDayYear(m, d, p.future(i), p.lookingAhead(i))
	if !ok || !validDay(y, m, d) {
		return noMatch
	}
	return result{i + 3, dayValue(date(y, m, d))}
}

// dayWithYear completes a day and month that end before token j with a
// following year, or resolves them against publication.
func (p *parser) dayWithYear(i, j, m, d int) result {
	k := j
	if p.isPunct(k, ',') {
		k++
	}
	if y := p.tok(k); y.kind == kNum && y.ndig == 4 && y.suf == sufNone && y.n >= 1000 && y.n < 2100 {
		if !validDay(int(y.n), m, d) {
			return noMatch
		}
		return result{k + 1, dayValue(date(int(y.n), m, d))}
	}
	if off, rel := p.isRel(j); rel && p.isWord(j+1, clsUnit, uYear) && p.a.hasYear() {
		y := p.a.Year + off // "Oct. 27 last year"
		if !validDay(y, m, d) {
			return noMatch
		}
		return result{j + 2, dayValue(date(y, m, d))}
	}
	y, ok := p.a.nearDayYear(m, d, p.future(i), p.lookingAhead(i))
	if p.lookingBack(i, j) {
		y, ok = p.a.monthDayYear(m, d, false) // "the October 7 attack": one that has happened
	}
	if !ok || !validDay(y, m, d) {
		return noMatch
	}
	return result{j, dayValue(date(y, m, d))}
}

// monthName reports whether token i names a month: capitalised, and an
// abbreviation only with its period or a number after it.
func (p *parser) monthName(i int) bool {
	t := p.tok(i)
	if t.kind != kWord || t.cls != clsMonth || !t.cap {
		return false
	}
	if t.n > abbrev {
		return (p.isPunct(i+1, '.') && p.adjacent(i)) || p.tok(i+1).kind == kNum
	}
	return true
}

// month tries the expressions that start with a month's name: "November 28,
// 2022", "July 19 to 21", "August 2021", "November last year", "in October".
func (p *parser) month(i int) result {
	if !p.monthName(i) {
		return noMatch
	}
	m := int(p.tok(i).n % abbrev)
	j := i + 1
	if p.isPunct(j, '.') && p.tok(i).n > abbrev {
		j++
	}
	if p.dayNumber(j) && !p.isYearAfter(j) {
		d := int(p.tok(j).n)
		k := j + 1
		if p.nightOfTwo(j, k) {
			return p.dayWithYear(i, k+2, m, d) // "the night of December 11 and 12": one night, its first day
		}
		if p.isRangeWord(k) && p.dayNumber(k+1) && p.tok(k+1).n > int32(d) {
			// "June 17 and 21" (a list) and "July 19 to 21" (a range):
			// the first day here, the second read next.
			r := p.dayWithYear(i, j+1, m, d)
			if r.ok() {
				y, _ := strconv.Atoi(r.v[:4])
				p.listed = listedDay{k + 1, y, m}
			}
			return r
		}
		return p.dayWithYear(i, k, m, d)
	}
	if p.isFn(j, wOf) && p.isFn(j+1, wThat) && p.isWord(j+2, clsUnit, uYear) && p.lastYear > 0 {
		return result{j + 3, monthValue(p.lastYear, m)} // "in June of that year"
	}
	k := j
	if p.isPunct(k, ',') || p.isFn(k, wOf) {
		k++
	}
	if y := p.tok(k); y.kind == kNum && y.ndig == 4 && y.suf == sufNone && y.n >= 1000 && y.n < 2100 && !p.countedAfter(k) {
		return result{k + 1, monthValue(int(y.n), m)}
	}
	if r, ok := p.isRel(j); ok && p.isWord(j+1, clsUnit, uYear) {
		if v, ok := p.a.shift(uYear, r); ok { // "November last year"
			y := v.v
			return result{j + 2, value{y + "-" + twoDigits(m), Month}}
		}
		return noMatch
	}
	if p.isRangeWord(j) && p.monthName(j+1) {
		// "March to May 2022": the year at the end holds for both months
		k := j + 2
		if p.isPunct(k, '.') {
			k++
		}
		if p.isPunct(k, ',') {
			k++
		}
		if y := p.tok(k); y.kind == kNum && y.ndig == 4 && y.suf == sufNone && y.n >= 1000 && y.n < 2100 {
			return result{j, monthValue(int(y.n), m)}
		}
	}
	if !p.monthContext(i) {
		return noMatch
	}
	y, ok := p.a.monthYear(m, p.future(i))
	if !ok {
		return noMatch
	}
	return result{j, monthValue(y, m)}
}

// isYearAfter reports whether the number at token i is rather a year
// glued to the month before it by a comma-less day ("May 2021" is not a day).
func (p *parser) isYearAfter(i int) bool { return p.tok(i).ndig > 2 }

// monthContext reports whether a month named alone at token i is a date:
// after a preposition or a modifier ("in May", "early August"), not the
// verb "may" or the noun "march".
func (p *parser) monthContext(i int) bool {
	if p.isDash(i-1) && p.isCls(i-2, clsMod) { // "mid-December"
		return true
	}
	t := p.tok(i - 1)
	if t.kind != kWord {
		return false
	}
	if n := p.tok(i + 1); n.kind == kWord && !n.cap && n.cls == clsNone && (t.cls == clsFunc && t.n == wThe || p.inSet(i-1, sMonthDet)) {
		return true // "their February seizure", "the May offensive": the month of an act
	}
	switch t.cls {
	case clsMod:
		return true
	case clsFunc:
		switch t.n {
		case wIn, wSince, wUntil, wBy, wBefore, wAfter, wDuring, wFrom, wThrough, wTo, wBetween, wOn, wOf, wAnd, wFor:
			if t.n == wAnd || t.n == wTo {
				return p.monthName(i-2) || p.dayNumber(i-2) // "between March and May"
			}
			return true
		}
	}
	return false
}

// isRel returns -1, 0 or 1 for "last", "this" or "next" at token i.
func (p *parser) isRel(i int) (int, bool) {
	t := p.tok(i)
	if t.kind != kWord || t.cls != clsRel {
		return 0, false
	}
	switch t.n {
	case rLast:
		return -1, true
	case rNext, rComing:
		return 1, true
	case rThis, rCurrent:
		return 0, true
	}
	return 0, false
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

// isYear reports whether the four-digit number at token i is a year.
func (p *parser) isYear(i int) bool {
	t := p.tok(i)
	if t.kind != kNum || t.ndig != 4 || t.suf != sufNone || t.n < 1000 || t.n >= 2100 {
		return false
	}
	prev := p.tok(i - 1)
	if prev.kind == kPunct {
		switch prev.n {
		case '$', '£', '€', '#', '₹', '+', '×':
			return false
		case ',', '.', ':', '/':
			if p.adjacent(i-1) && p.tok(i-2).kind == kNum && p.adjacent(i-2) {
				return false // part of a larger number or a time
			}
		}
	}
	if prev.kind == kWord && (prev.cls == clsQty || prev.cls == clsLabel) {
		return false
	}
	if p.isPunct(i+1, ',', '.', ':') && p.adjacent(i) && p.tok(i+2).kind == kNum && p.adjacent(i+1) {
		return false
	}
	if p.isPunct(i+1, '%') {
		return false
	}
	if p.isDash(i+1) && p.adjacent(i) && p.tok(i+2).kind == kWord {
		return false // "2000-strong"
	}
	next := p.tok(i + 1)
	if next.kind == kWord && (next.cls == clsUnitAfter || (next.cls == clsCount && !next.cap)) {
		return false // "2000 people", "1430 GMT"
	}
	if !p.yearPartners(i) {
		return false
	}
	if strongYearContext(prev) {
		return true
	}
	if t.n < 1900 {
		return false
	}
	return !p.countedAfter(i)
}

// yearPartners reports whether the other end of a range the number at
// token i belongs to ("1500-2000", "between 1500 and 2000 troops") could
// be a year too.
func (p *parser) yearPartners(i int) bool {
	if p.isRangeWord(i+1) || p.isFn(i+1, wOr) {
		if q := p.tok(i + 2); q.kind == kNum {
			if p.countedAfter(i + 2) {
				return false
			}
			if q.ndig != 2 && q.ndig != 4 {
				return false
			}
		}
	}
	if p.isRangeWord(i-1) || p.isFn(i-1, wOr) {
		if q := p.tok(i - 2); q.kind == kNum && (q.ndig != 4 || q.n < 1000 || q.n >= 2100) {
			return false
		}
	}
	return true
}

// strongYearContext reports whether a word before a number makes it a year.
func strongYearContext(prev *token) bool {
	if prev.kind != kWord {
		return false
	}
	switch prev.cls {
	case clsMod, clsMonth, clsSeason:
		return true
	case clsFunc:
		switch prev.n {
		case wIn, wSince, wUntil, wBy, wBefore, wAfter, wDuring, wFrom, wThrough, wOf, wCirca, wBetween, wTo, wAnd:
			return true
		}
	}
	return false
}

// countedAfter reports whether the word after the number at token i looks
// like the plural noun it counts ("2000 soldiers").
func (p *parser) countedAfter(i int) bool {
	next := p.tok(i + 1)
	if next.kind != kWord || next.cap {
		return false
	}
	if next.cls == clsCount || next.cls == clsUnitAfter {
		return true
	}
	if next.cls != clsNone || next.end-next.start <= 3 {
		return false
	}
	w := p.text[next.start:next.end]
	return w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i'
}

// shortDecade tries "'90s" at an apostrophe.
func (p *parser) shortDecade(i int) result {
	t := p.tok(i + 1)
	if t.kind != kNum || t.ndig != 2 || t.suf != sufS || t.n%10 != 0 {
		return noMatch
	}
	y := 1900 + int(t.n)
	if p.a.hasYear() && 2000+int(t.n) <= p.a.Year {
		y = 2000 + int(t.n)
	}
	return result{i + 2, decadeValue(y)}
}

// ordinalNumber tries "28th of November", "the 20th century".
func (p *parser) ordinalNumber(i int) result {
	t := p.tok(i)
	j := i + 1
	if p.isDash(j) && p.adjacent(i) {
		j++
	}
	if p.isWord(j, clsUnit, uCentury) && t.n >= 1 && t.n <= 21 {
		return result{j + 1, centuryValue(int(t.n) - 1)}
	}
	if r := p.dayFirst(i); r.ok() {
		return r
	}
	return p.bareDay(i)
}

// bareDay tries an ordinal day alone after "on" or "on the": "scheduled
// in Istanbul on 25th" is the 25th of the article's month, or of the next
// month when the clause looks ahead and that day has passed.
func (p *parser) bareDay(i int) result {
	t := p.tok(i)
	if t.n < 1 || t.n > 31 || t.ndig > 2 {
		return noMatch
	}
	k := i - 1
	if p.isFn(k, wThe) {
		k--
	}
	if next := p.tok(i + 1); !p.isFn(k, wOn) || next.kind == kWord && !next.cap && next.cls != clsFunc {
		return noMatch // "finished 25th in", "on 5th floor"
	}
	d, ok := p.a.dayOfMonth(int(t.n), p.future(i))
	if !ok {
		return noMatch
	}
	return result{i + 1, dayValue(d)}
}

// quarterQ tries "Q1 2023" and "Q3".
func (p *parser) quarterQ(i int) result {
	q := p.tok(i + 1)
	if !p.tok(i).cap || !p.adjacent(i) || q.kind != kNum || q.ndig != 1 || q.n < 1 || q.n > 4 || q.suf != sufNone {
		return noMatch
	}
	j := i + 2
	if p.isPunct(j, ',') {
		j++
	}
	if y := p.tok(j); y.kind == kNum && y.ndig == 4 && y.suf == sufNone && y.n >= 1000 && y.n < 2100 {
		return result{j + 1, quarterValue(int(y.n), int(q.n))}
	}
	return p.quarterOf(i+2, int(q.n))
}

// quarterOf resolves quarter q named without a year, ending before token j:
// the latest one not after publication.
func (p *parser) quarterOf(j, q int) result {
	if !p.a.hasMonth() {
		return noMatch
	}
	y := p.a.Year
	if q > (p.a.Month-1)/3+1 && !p.future(j) {
		y--
	}
	return result{j, quarterValue(y, q)}
}
