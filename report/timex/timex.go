package timex

import (
	"sync"
	"time"

	"brief/report"
)

// Mention is one date expression found in a text.
type Mention struct {
	Start, End int         // byte offsets: Text == text[Start:End]
	Text       string      // verbatim
	Value      string      // TimeML value: 2013-03-22, 2013-03, 2013-W11, 2013, 2013-SU, PRESENT_REF ...
	Precision  Granularity // "" for PRESENT_REF, PAST_REF and FUTURE_REF
}

// Granularity is how much of the calendar a mention's value names:
// TimeML's granularities, which go finer and coarser than the model's
// report.Precision (see Mention.Date).
type Granularity string

// The granularities, finest first.
const (
	Day     Granularity = "day"
	Week    Granularity = "week"
	Month   Granularity = "month"
	Season  Granularity = "season"
	Quarter Granularity = "quarter"
	Half    Granularity = "half"
	Year    Granularity = "year"
	Decade  Granularity = "decade"
	Century Granularity = "century"
)

// Granularities lists every granularity, finest first.
var Granularities = []Granularity{Day, Week, Month, Season, Quarter, Half, Year, Decade, Century}

// Find returns the date expressions in text, in order, resolved against
// anchor (the publication date; its precision may be day, month or year, or
// zero when unknown). An expression that cannot be resolved against the
// anchor is not returned. When the text's first lines give its own day a
// little before publication (DocumentDate: a transcript republished days
// later), its "today", "yesterday" and weekdays are of that day.
func Find(text string, anchor report.Date) []Mention {
	return find(text, DocumentDate(text, anchor))
}

// FindDated is Find that also returns DocumentDate(text, anchor), which
// Find works out anyway, so that a caller needing both reads the text's
// head once.
func FindDated(text string, anchor report.Date) ([]Mention, report.Date) {
	spoken := DocumentDate(text, anchor)
	return find(text, spoken), spoken
}

func find(text string, anchor report.Date) []Mention {
	p := parser{text: text, a: newAnchor(anchor)}
	buf := tokenPool.Get().(*[]token)
	toks := (*buf)[:0]
	if len(text) > countAbove {
		// Made to size once: a long text's tokens, grown by appending,
		// would be held twice while the array is copied.
		if n := countTokens(text); cap(toks) < n {
			toks = make([]token, 0, n)
		}
	}
	p.toks = tokenize(text, toks)
	p.run()
	if cap(p.toks) <= maxPooled {
		*buf = p.toks
		tokenPool.Put(buf)
	}
	return p.out
}

// tokenPool recycles token buffers between calls of Find; buffers above
// maxPooled tokens (a few MB of text) are left to the garbage collector.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

const maxPooled = 1 << 20

// Date returns the model form of a mention for an event: date as YYYY,
// YYYY-MM or YYYY-MM-DD and its precision. A week gives its Monday's
// YYYY-MM-DD with precision "week"; a season the YYYY-MM of its first month
// with precision "season"; a quarter or half its year with precision
// "year". ok is false if the mention has no calendar date (PRESENT_REF,
// PAST_REF, decades and centuries).
func (m Mention) Date() (date string, precision report.Precision, ok bool) {
	v := m.Value
	switch m.Precision {
	case Day, Month, Year:
		if _, err := report.ParseDate(v); err != nil {
			return "", "", false
		}
		return v, report.Precision(m.Precision), true
	case Week:
		t, ok := isoWeekMonday(v)
		if !ok {
			return "", "", false
		}
		return t.Format("2006-01-02"), report.Week, true
	case Season:
		if len(v) != 7 || v[4] != '-' {
			return "", "", false
		}
		for s, code := range seasonCodes {
			if v[5:] == code {
				return v[:4] + "-" + twoDigits(seasonFirstMonth[s]), report.Season, true
			}
		}
	case Quarter, Half:
		if len(v) >= 4 {
			if _, err := report.ParseDate(v[:4]); err == nil {
				return v[:4], report.Year, true
			}
		}
	}
	return "", "", false
}

// isoWeekMonday returns the Monday of an ISO week "2013-W11" (or "2013-W11-WE").
func isoWeekMonday(v string) (time.Time, bool) {
	if len(v) < 8 || v[4] != '-' || v[5] != 'W' {
		return time.Time{}, false
	}
	y, err := report.ParseDate(v[:4])
	w := int(v[6]-'0')*10 + int(v[7]-'0')
	if err != nil || w < 1 || w > 53 {
		return time.Time{}, false
	}
	jan4 := date(y.Year, 1, 4)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(w-1)), true
}
