package report

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date known to a precision: a day, a month or a year.
// The zero Date is unknown.
type Date struct {
	Year, Month, Day int // Month and Day are 0 when not known
}

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD. It rejects anything else,
// including impossible days such as 2023-02-30 and the year 0000 (the
// zero Date is the unknown date).
func ParseDate(s string) (Date, error) {
	if d, ok := ParseDateOK(s); ok {
		return d, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		if (i > 0 && len(p) != 2) || strings.TrimLeft(p, "0123456789") != "" {
			return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i], _ = strconv.Atoi(p)
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if d.Year == 0 {
		return Date{}, fmt.Errorf("date %q: there is no year 0000", s)
	}
	if len(parts) >= 2 && (d.Month < 1 || d.Month > 12) {
		return Date{}, fmt.Errorf("date %q: month %02d is not 01–12", s, d.Month)
	}
	if len(parts) == 3 {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if d.Day < 1 || t.Day() != d.Day {
			return Date{}, fmt.Errorf("date %q: no such day", s)
		}
	}
	return d, nil
}

// ParseDateOK is ParseDate without the reason for a refusal: ok is false
// for any text ParseDate rejects. It builds nothing, so it is cheaper
// than keeping its answers: sorts and every row of the outputs parse
// dates.
func ParseDateOK(s string) (d Date, ok bool) {
	switch len(s) {
	case 4, 7, 10:
	default:
		return Date{}, false
	}
	y, ok := digits(s[0:4])
	if !ok || y == 0 {
		return Date{}, false
	}
	d.Year = y
	if len(s) == 4 {
		return d, true
	}
	m, ok := digits(s[5:7])
	if !ok || s[4] != '-' || m < 1 || m > 12 {
		return Date{}, false
	}
	d.Month = m
	if len(s) == 7 {
		return d, true
	}
	day, ok := digits(s[8:10])
	if !ok || s[7] != '-' || day < 1 || day > daysIn(y, m) {
		return Date{}, false
	}
	d.Day = day
	return d, true
}

// digits is the number that s, all ASCII digits, writes; ok is false
// for anything else.
func digits(s string) (n int, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// daysIn is the number of days of month m (1–12) of year y, in the
// proleptic Gregorian calendar that package time counts in.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// DateOf returns the Date of a time at day precision.
func DateOf(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// Precision returns Day, Month or Year, or "" for the zero Date.
func (d Date) Precision() Precision {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return Year
	case d.Day == 0:
		return Month
	}
	return Day
}

// String returns the date as YYYY, YYYY-MM or YYYY-MM-DD, or "" if unknown.
func (d Date) String() string {
	switch d.Precision() {
	case Year:
		return fmt.Sprintf("%04d", d.Year)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case Week, Season: // a Date is never these
	}
	return ""
}

// First returns the first day the date may mean.
func (d Date) First() time.Time {
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// Last returns the last day the date may mean.
func (d Date) Last() time.Time {
	switch d.Precision() {
	case Year:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case Month:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	case Day, Week, Season:
	}
	return d.First()
}

// FormatDate renders a model date for readers at its precision:
// "2007", "Aug 2021", "28 Nov 2022", "week of 5 Jun 2023".
// A value that does not parse is returned as it is.
func FormatDate(value string, precision Precision) string {
	d, err := ParseDate(value)
	if err != nil {
		return value
	}
	switch d.Precision() {
	case Year:
		return fmt.Sprintf("%d", d.Year)
	case Month:
		return d.First().Format("Jan 2006")
	case Day, Week, Season:
	}
	s := d.First().Format("2 Jan 2006")
	if precision == Week {
		return "week of " + s
	}
	return s
}

// CompareDates orders two model dates by their first day, then the less
// precise first. Unparsable or empty values sort first.
func CompareDates(a, b string) int {
	da, _ := ParseDate(a)
	db, _ := ParseDate(b)
	ta, tb := da.First(), db.First()
	if da.IsZero() || db.IsZero() {
		return boolCmp(!da.IsZero(), !db.IsZero())
	}
	if c := ta.Compare(tb); c != 0 {
		return c
	}
	return cmp.Compare(len(a), len(b)) // the less precise first
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// DateOrder is CompareDates with each distinct date parsed once: sorting
// tens of thousands of facts compares the same few hundred dates over and
// over.
type DateOrder map[string]DateKey

// Key returns s's DateKey, parsing s the first time it is asked for.
func (o DateOrder) Key(s string) DateKey {
	if d, ok := ParseDateOK(s); ok {
		// Cheaper than the lookup.
		return d.key(len(s))
	}
	k, ok := o[s]
	if !ok {
		k = DateKeyOf(s)
		o[s] = k
	}
	return k
}

// Compare orders two model dates as CompareDates does.
func (o DateOrder) Compare(a, b string) int {
	return o.Key(a).Compare(o.Key(b))
}

// DateKey is a model date's place in CompareDates's order, worked out
// once: dates that do not parse first, then by the first instant they
// cover, the less precise (shorter) first.
type DateKey struct {
	valid bool
	sec   int64
	nsec  int
	len   int
}

// DateKeyOf returns the DateKey of the model date s.
func DateKeyOf(s string) DateKey {
	d, _ := ParseDate(s)
	if d.IsZero() {
		return DateKey{}
	}
	return d.key(len(s))
}

// key is the DateKey of d, a known date written in n bytes: its first
// instant, d.First(), counted as time.Time.Unix counts it, without
// making the time.
func (d Date) key(n int) DateKey {
	// Days since 1970-01-01 of the proleptic Gregorian date: the civil
	// calendar counted from 1 March of year 0, in 400-year eras.
	y, m, day := d.Year, max(d.Month, 1), max(d.Day, 1)
	if m <= 2 {
		y--
	}
	era := y / 400 // y >= 0: ParseDate's years are 1–9999
	yoe := y - era*400
	mp := (m + 9) % 12 // March is 0
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	days := int64(era)*146097 + int64(doe) - 719468
	return DateKey{valid: true, sec: days * 86400, len: n}
}

// Compare orders two keys as CompareDates orders their dates.
func (k DateKey) Compare(o DateKey) int {
	if !k.valid || !o.valid {
		return boolCmp(k.valid, o.valid)
	}
	return cmp.Or(cmp.Compare(k.sec, o.sec), cmp.Compare(k.nsec, o.nsec), cmp.Compare(k.len, o.len))
}
