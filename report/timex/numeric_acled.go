package timex

// numericSpan tries two days of one month written in figures with the
// month once, day first: "the night of 11-12/02", "on 24-26/06",
// "24-26/06/2024". The span is dated by its first day, as ACLED's coders
// date a range and a night; its second day is read by no one. Without a
// year it needs a preposition of time before it, as "on 28/06" does.
func (p *parser) numericSpan(i int) result {
	if !p.isDash(i+1) || !p.isPunct(i+3, '/') {
		return noMatch
	}
	for k := i; k < i+4; k++ {
		if !p.adjacent(k) {
			return noMatch
		}
	}
	if p.isPunct(i-1, '/', '.', '-', ':') && p.adjacent(i-1) {
		return noMatch // the tail of something longer
	}
	d1, d2, mt := p.tok(i), p.tok(i+2), p.tok(i+4)
	if !p.dayNumber(i) || !p.dayNumber(i+2) || d1.suf != sufNone || d2.suf != sufNone || d2.n <= d1.n {
		return noMatch
	}
	if mt.kind != kNum || mt.suf != sufNone || mt.ndig > 2 || mt.n < 1 || mt.n > 12 {
		return noMatch
	}
	d, m := int(d1.n), int(mt.n)
	if p.isPunct(i+5, '/') && p.adjacent(i+4) && p.adjacent(i+5) {
		y := p.tok(i + 6)
		if y.kind != kNum || y.ndig != 4 || y.suf != sufNone || !validDay(int(y.n), m, int(d2.n)) {
			return noMatch
		}
		return result{i + 7, dayValue(date(int(y.n), m, d))}
	}
	if !p.timePrep(i-1) || p.adjacent(i+4) && !p.isPunct(i+5, '.', ',', ';', ':', ')') {
		return noMatch
	}
	y, ok := p.a.nearDayYear(m, d, p.future(i), p.lookingAhead(i))
	if !ok || !validDay(y, m, int(d2.n)) {
		return noMatch
	}
	return result{i + 5, dayValue(date(y, m, d))}
}
