package timex

import (
	"fmt"
	"time"

	"brief/report"
)

// anchor is the publication date that relative expressions resolve against.
type anchor struct {
	report.Date
	t time.Time // its first day
}

func newAnchor(d report.Date) anchor { return anchor{Date: d, t: d.First()} }

func (a anchor) hasYear() bool  { return a.Year != 0 }
func (a anchor) hasMonth() bool { return a.Year != 0 && a.Month != 0 }
func (a anchor) hasDay() bool   { return a.Year != 0 && a.Month != 0 && a.Day != 0 }

// value is a resolved TimeML value and its precision.
type value struct {
	v    string
	prec Granularity
}

func dayValue(t time.Time) value  { return value{t.Format("2006-01-02"), Day} }
func monthValue(y, m int) value   { return value{fmt.Sprintf("%04d-%02d", y, m), Month} }
func yearValue(y int) value       { return value{fmt.Sprintf("%04d", y), Year} }
func quarterValue(y, q int) value { return value{fmt.Sprintf("%04d-Q%d", y, q), Quarter} }
func halfValue(y, h int) value    { return value{fmt.Sprintf("%04d-H%d", y, h), Half} }
func decadeValue(y int) value     { return value{fmt.Sprintf("%03d", floorDiv(y, 10)), Decade} }
func centuryValue(c int) value    { return value{fmt.Sprintf("%02d", c), Century} }
func refValue(ref string) value   { return value{ref, ""} }
func weekValue(t time.Time) value {
	y, w := t.ISOWeek()
	return value{fmt.Sprintf("%04d-W%02d", y, w), Week}
}
func weekendValue(t time.Time) value {
	y, w := t.ISOWeek()
	return value{fmt.Sprintf("%04d-W%02d-WE", y, w), Week}
}

var seasonCodes = [4]string{"SP", "SU", "FA", "WI"}

// seasonFirstMonth is the first month of each season: March, June, September, December.
var seasonFirstMonth = [4]int{3, 6, 9, 12}

// seasonValue names season s of year y; a winter belongs to the year of its December.
func seasonValue(k int) value {
	y, s := floorDiv(k, 4), k-4*floorDiv(k, 4)
	return value{fmt.Sprintf("%04d-%s", y, seasonCodes[s]), Season}
}

// seasonIndex numbers seasons consecutively: 4*year + season.
func seasonIndex(y, m int) int {
	switch {
	case m <= 2:
		return 4*(y-1) + 3
	case m == 12:
		return 4*y + 3
	}
	return 4*y + (m-3)/3
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= 31 && date(y, m, d).Day() == d
}

// monthYear resolves a month named without a year: the latest one not after
// publication, or in a future clause the first one not before it.
func (a anchor) monthYear(m int, future bool) (int, bool) {
	if !a.hasMonth() {
		return 0, false
	}
	switch {
	case future && m < a.Month:
		return a.Year + 1, true
	case !future && m > a.Month:
		return a.Year - 1, true
	}
	return a.Year, true
}

// monthDayYear resolves a day named without a year, as monthYear does. With
// a month-only anchor a day in the anchor's month is taken to be in its year.
func (a anchor) monthDayYear(m, d int, future bool) (int, bool) {
	if !a.hasMonth() {
		return 0, false
	}
	if !a.hasDay() || m != a.Month {
		return a.monthYear(m, future)
	}
	switch {
	case future && d < a.Day:
		return a.Year + 1, true
	case !future && d > a.Day:
		return a.Year - 1, true
	}
	return a.Year, true
}

// soonAfter is how many days after publication a day named without a year
// may be and still be taken as the coming one in a clause that looks ahead
// only loosely ("stated the two parties would convene once more on October 12",
// written on October 20).
const soonAfter = 45

// nearDayYear resolves a day named without a year as monthDayYear does,
// but in a clause that may look ahead (soon) a day within soonAfter days
// after publication is the coming one.
func (a anchor) nearDayYear(m, d int, future, soon bool) (int, bool) {
	if !future && a.hasDay() {
		limit := float64(nearAfter)
		if soon {
			limit = soonAfter
		}
		for _, y := range []int{a.Year, a.Year + 1} {
			if !validDay(y, m, d) {
				continue
			}
			if ahead := date(y, m, d).Sub(a.t).Hours() / 24; ahead > 0 && ahead <= limit {
				return y, true
			}
		}
	}
	return a.monthDayYear(m, d, future)
}

// nearAfter is how many days after publication a day named without a year
// may be and still be taken as this year's in any clause: the nearest
// such day, not one almost a year before ("his body was found on 8 May",
// written on 30 April, is most likely a report dated a little early, or
// its day is of the coming days).
const nearAfter = 31

// dayOfMonth resolves a bare day of the month ("on 25th"): of the
// publication's month, or in a future clause the first such day not
// before publication, else the latest not after it.
func (a anchor) dayOfMonth(d int, future bool) (time.Time, bool) {
	if !a.hasDay() {
		return time.Time{}, false
	}
	y, m := a.Year, a.Month
	switch {
	case future && d < a.Day:
		m++
	case !future && d > a.Day:
		m--
	}
	if m == 13 {
		y, m = y+1, 1
	}
	if m == 0 {
		y, m = y-1, 12
	}
	if !validDay(y, m, d) {
		return time.Time{}, false
	}
	return date(y, m, d), true
}

// weekday resolves a weekday: the latest one not after publication (strictly
// before it when strict), or in a future clause the first one not before it.
func (a anchor) weekday(wd time.Weekday, future, strict bool) (time.Time, bool) {
	if !a.hasDay() {
		return time.Time{}, false
	}
	diff := int(a.t.Weekday()-wd+7) % 7
	if future {
		ahead := int(wd-a.t.Weekday()+7) % 7
		if strict && ahead == 0 {
			ahead = 7
		}
		return a.t.AddDate(0, 0, ahead), true
	}
	if strict && diff == 0 {
		diff = 7
	}
	return a.t.AddDate(0, 0, -diff), true
}

// shift resolves "last", "this" and "next" (off -1, 0, 1) of a unit.
func (a anchor) shift(unit, off int) (value, bool) {
	switch unit {
	case uWeek, uWeekend:
		if !a.hasDay() {
			if a.hasMonth() && off <= 0 && unit == uWeek {
				return monthValue(a.Year, a.Month), true // "last week" in a month-dated article
			}
			return value{}, false
		}
		t := a.t.AddDate(0, 0, 7*off)
		if unit == uWeekend {
			return weekendValue(t), true
		}
		return weekValue(t), true
	case uMonth:
		if !a.hasMonth() {
			return value{}, false
		}
		t := date(a.Year, a.Month+off, 1)
		return monthValue(t.Year(), int(t.Month())), true
	case uQuarter:
		if !a.hasMonth() {
			return value{}, false
		}
		q := 4*a.Year + (a.Month-1)/3 + off
		return quarterValue(floorDiv(q, 4), q-4*floorDiv(q, 4)+1), true
	case uYear:
		if !a.hasYear() {
			return value{}, false
		}
		return yearValue(a.Year + off), true
	case uDecade:
		if !a.hasYear() {
			return value{}, false
		}
		return decadeValue(a.Year + 10*off), true
	case uCentury:
		if !a.hasYear() {
			return value{}, false
		}
		return centuryValue(a.Year/100 + off), true
	}
	return value{}, false
}

// ago resolves "n units ago".
func (a anchor) ago(unit, n int) (value, bool) {
	switch unit {
	case uDay:
		if !a.hasDay() {
			return value{}, false
		}
		return dayValue(a.t.AddDate(0, 0, -n)), true
	case uWeek:
		if !a.hasDay() {
			return value{}, false
		}
		return weekValue(a.t.AddDate(0, 0, -7*n)), true
	}
	return a.shift(unit, -n)
}

// season resolves a season relative to publication: off -1 is the last one
// before the current season, 1 the next one after it, 0 the one this year;
// bare (no relative word) is the latest one not after publication, or in a
// future clause the first one not before it.
func (a anchor) season(s, off int, bare, future bool) (value, bool) {
	if !a.hasMonth() {
		return value{}, false
	}
	cur := seasonIndex(a.Year, a.Month)
	k := 4*floorDiv(cur, 4) + s // the season s in cur's season year
	switch {
	case bare && future:
		if k < cur {
			k += 4
		}
	case bare:
		if k > cur {
			k -= 4
		}
	case off < 0:
		if k >= cur {
			k -= 4
		}
	case off > 0:
		if k <= cur {
			k += 4
		}
	default:
		if s != 3 {
			k = 4*a.Year + s
		}
	}
	return seasonValue(k), true
}
