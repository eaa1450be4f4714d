package report

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// PeriodSpec is a period as a user asks for it on the command line: an ISO
// week ("2023-W23" or "last"), or a span of dates (--since, --until), or
// nothing for the whole corpus.
type PeriodSpec struct {
	Week  string // YYYY-Www, or "last" for the ISO week before today
	Since string // YYYY, YYYY-MM or YYYY-MM-DD, inclusive; "" for no start
	Until string // YYYY, YYYY-MM or YYYY-MM-DD, inclusive; "" for no end
}

// PeriodError is a period that cannot be read. Hint says what to write
// instead.
type PeriodError struct {
	Flag, Value string
	Msg, Hint   string
}

func (e *PeriodError) Error() string {
	return fmt.Sprintf("%s %s: %s; %s", e.Flag, e.Value, e.Msg, e.Hint)
}

// ResolvePeriod turns a spec into the Period a brief reports on. Today is
// now's date in loc, the configuration's time zone: "last" means the ISO
// week before the one today falls in there, whatever the machine's zone.
// The zero spec is the whole corpus, the zero Period.
func ResolvePeriod(spec PeriodSpec, now time.Time, loc *time.Location) (Period, error) {
	if spec.Week != "" && (spec.Since != "" || spec.Until != "") {
		return Period{}, &PeriodError{Flag: "--week", Value: spec.Week,
			Msg: "cannot be combined with --since or --until", Hint: "give either a week or a span of dates"}
	}
	switch {
	case spec.Week == "last":
		return LastWeek(now, loc), nil
	case spec.Week != "":
		return ParseWeek(spec.Week)
	case spec.Since != "" && spec.Until == "":
		// An open end means up to today, so the label and the key points
		// name real dates.
		t := now.In(locOrUTC(loc))
		today := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		p, err := Span(spec.Since, today)
		if pe, ok := err.(*PeriodError); ok && pe.Flag == "--until" {
			return Period{}, &PeriodError{Flag: "--since", Value: spec.Since,
				Msg: "is after today (" + today + ")", Hint: "give a date in the past"}
		}
		return p, err
	case spec.Since != "" || spec.Until != "":
		return Span(spec.Since, spec.Until)
	}
	return Period{}, nil
}

var weekPattern = regexp.MustCompile(`^(\d{4})-[Ww](\d{2})$`)

// ParseWeek reads an ISO 8601 week such as "2023-W23": Monday to Sunday,
// week 1 being the week with the year's first Thursday.
func ParseWeek(s string) (Period, error) {
	bad := func(msg string) error {
		return &PeriodError{Flag: "--week", Value: s, Msg: msg,
			Hint: "want an ISO week such as 2023-W23 (see `date +%G-W%V`), or last"}
	}
	m := weekPattern.FindStringSubmatch(s)
	if m == nil {
		return Period{}, bad("not a week")
	}
	year, _ := strconv.Atoi(m[1])
	week, _ := strconv.Atoi(m[2])
	if n := weeksIn(year); week < 1 || week > n {
		return Period{}, bad(fmt.Sprintf("%d has weeks 01 to %02d", year, n))
	}
	p := weekPeriod(year, week)
	if year < 1 || len(p.Start) != len("2006-01-02") || len(p.End) != len("2006-01-02") {
		return Period{}, bad("its days fall outside the years 0001 to 9999")
	}
	return p, nil
}

// LastWeek returns the ISO week before the one that now falls in, counted
// in loc.
func LastWeek(now time.Time, loc *time.Location) Period {
	t := now.In(locOrUTC(loc))
	today := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	year, week := today.AddDate(0, 0, -7).ISOWeek()
	return weekPeriod(year, week)
}

// Span returns the period from since to until, both inclusive. Either may
// be empty for an open end; a month or a year stands for all its days.
func Span(since, until string) (Period, error) {
	var p Period
	var first, last time.Time
	if since != "" {
		d, err := ParseDate(since)
		if err != nil {
			return Period{}, spanError("--since", since, err)
		}
		first = d.First()
		p.Start = first.Format(time.DateOnly)
	}
	if until != "" {
		d, err := ParseDate(until)
		if err != nil {
			return Period{}, spanError("--until", until, err)
		}
		last = d.Last()
		p.End = last.Format(time.DateOnly)
	}
	switch {
	case since != "" && until != "" && last.Before(first):
		return Period{}, &PeriodError{Flag: "--until", Value: until,
			Msg: "is before --since " + since, Hint: "swap the two dates"}
	case since != "" && until != "":
		p.Label = p.Start + " to " + p.End
	case since != "":
		p.Label = "since " + p.Start
	default:
		p.Label = "until " + p.End
	}
	return p, nil
}

func spanError(flag, value string, err error) error {
	msg := err.Error()
	if i := strings.Index(msg, ": "); i >= 0 {
		msg = msg[i+2:]
	}
	return &PeriodError{Flag: flag, Value: value, Msg: msg, Hint: "want a date such as 2023-06-05, 2023-06 or 2023"}
}

func locOrUTC(loc *time.Location) *time.Location {
	if loc == nil {
		return time.UTC
	}
	return loc
}

// weekPeriod returns ISO week w of year as a Period labelled YYYY-Www.
func weekPeriod(year, week int) Period {
	monday := week1Monday(year).AddDate(0, 0, 7*(week-1))
	return Period{
		Label: fmt.Sprintf("%04d-W%02d", year, week),
		Start: monday.Format(time.DateOnly),
		End:   monday.AddDate(0, 0, 6).Format(time.DateOnly),
	}
}

// week1Monday returns the Monday of ISO week 1 of year: the week holding
// 4 January.
func week1Monday(year int) time.Time {
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	return jan4.AddDate(0, 0, -(int(jan4.Weekday())+6)%7)
}

// weeksIn returns 52 or 53, the number of ISO weeks in year.
func weeksIn(year int) int {
	_, w := time.Date(year, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
	return w
}

// DescribePeriod names a period for readers, with its label and its dates:
// "2023-W23 (5 Jun 2023 – 11 Jun 2023)", "from 1 Feb 2023", "whole corpus".
func DescribePeriod(p Period) string {
	dates := ""
	switch {
	case p.Start != "" && p.End != "":
		dates = FormatDate(p.Start, Day) + " – " + FormatDate(p.End, Day)
	case p.Start != "":
		dates = "from " + FormatDate(p.Start, Day)
	case p.End != "":
		dates = "until " + FormatDate(p.End, Day)
	}
	switch {
	case p.Label != "" && dates != "" && !strings.Contains(p.Label, "to ") && !strings.HasPrefix(p.Label, "since") && !strings.HasPrefix(p.Label, "until"):
		return p.Label + " (" + dates + ")"
	case dates != "":
		return dates
	case p.Label != "":
		return p.Label
	}
	return "whole corpus"
}

type Placement int

const (
	OutsidePeriod Placement = iota
	BeforePeriod
	InPeriod
)

// periodOf places a source relative to a period. Undated sources belong
// only to the whole corpus; a source dated to a month belongs to a period
// its month overlaps.
func Place(s Source, p Period) Placement {
	if p.Start == "" && p.End == "" {
		return InPeriod
	}
	d, err := ParseDate(s.Published)
	if err != nil || d.IsZero() {
		return OutsidePeriod
	}
	start, _ := ParseDate(p.Start)
	end, _ := ParseDate(p.End)
	switch {
	case !start.IsZero() && d.Last().Before(start.First()):
		return BeforePeriod
	case !end.IsZero() && d.First().After(end.Last()):
		return OutsidePeriod
	case !start.IsZero() && d.First().Before(start.First()) && d.Precision() != Day:
		// A month-dated article that straddles the period's start is
		// context, not news: it may predate the period.
		return BeforePeriod
	}
	return InPeriod
}

// newsOf returns the sources of b published in its period.
func PeriodNews(b *Brief) []Source {
	var news []Source
	for _, s := range b.Sources {
		if Place(s, b.Meta.Period) == InPeriod {
			news = append(news, s)
		}
	}
	return news
}

// withinPeriod reports whether a date falls in the period (always, for
// the whole corpus); an undated or unparsable date does not.
func WithinPeriod(date string, p Period) bool {
	d, err := ParseDate(date)
	if err != nil || d.IsZero() {
		return false
	}
	if start, err := ParseDate(p.Start); err == nil && !start.IsZero() && d.Last().Before(start.First()) {
		return false
	}
	if end, err := ParseDate(p.End); err == nil && !end.IsZero() && d.First().After(end.Last()) {
		return false
	}
	return true
}

// PeriodSources returns the sources of b published in its period: the
// period's own reporting, apart from the background before it. A model
// whose period matches none of its sources' dates, though it has facts,
// describes the sources it has, as its key points do (see Derive).
func PeriodSources(b *Brief) []Source {
	news := PeriodNews(b)
	if len(news) == 0 && len(b.Figures)+len(b.Events)+len(b.Stances) > 0 {
		return b.Sources
	}
	return news
}

// Empty reports whether b has nothing to report for its period: no
// source published in it and no figure or event (a model that is null or
// {}, or the brief of a week without reporting, whose stances are only
// the background before it).
func (b *Brief) Empty() bool {
	return len(PeriodNews(b)) == 0 && len(b.Figures) == 0 && len(b.Events) == 0
}
