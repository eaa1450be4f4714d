package report

import (
	"errors"
	"testing"
	"time"
)

func TestParseWeek(t *testing.T) {
	tests := []struct {
		in, start, end string
	}{
		{"2023-W23", "2023-06-05", "2023-06-11"},
		{"2023-w01", "2023-01-02", "2023-01-08"},
		{"2021-W01", "2021-01-04", "2021-01-10"}, // 1–3 Jan 2021 belong to 2020-W53
		{"2020-W53", "2020-12-28", "2021-01-03"}, // a 53-week year, ending in the next
		{"2020-W01", "2019-12-30", "2020-01-05"}, // starting in the year before
		{"2015-W53", "2015-12-28", "2016-01-03"},
		{"2024-W52", "2024-12-23", "2024-12-29"},
		{"2025-W01", "2024-12-30", "2025-01-05"},
	}
	for _, tt := range tests {
		p, err := ParseWeek(tt.in)
		if err != nil {
			t.Errorf("ParseWeek(%q): %v", tt.in, err)
			continue
		}
		if p.Start != tt.start || p.End != tt.end {
			t.Errorf("ParseWeek(%q) = %s to %s, want %s to %s", tt.in, p.Start, p.End, tt.start, tt.end)
		}
		start, _ := time.Parse(time.DateOnly, p.Start)
		if start.Weekday() != time.Monday {
			t.Errorf("ParseWeek(%q) starts on a %s", tt.in, start.Weekday())
		}
		y, w := start.ISOWeek()
		if got := p.Label; got != time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006")+"-W"+twoDigits(w) {
			t.Errorf("ParseWeek(%q).Label = %q, Go's ISOWeek says %d-W%02d", tt.in, got, y, w)
		}
	}
}

func twoDigits(n int) string { return string(rune('0'+n/10)) + string(rune('0'+n%10)) }

func TestParseWeekErrors(t *testing.T) {
	for _, in := range []string{"2023-W00", "2023-W53", "2021-W53", "2023W23", "2023-W3", "23-W23", "W23", "2023-06", "lastweek", ""} {
		_, err := ParseWeek(in)
		var pe *PeriodError
		if !errors.As(err, &pe) {
			t.Errorf("ParseWeek(%q) = %v, want a *PeriodError", in, err)
			continue
		}
		if pe.Hint == "" {
			t.Errorf("ParseWeek(%q): error %q has no hint", in, err)
		}
	}
}

func TestLastWeek(t *testing.T) {
	karachi, _ := time.LoadLocation("Asia/Karachi")      // UTC+5
	honolulu, _ := time.LoadLocation("Pacific/Honolulu") // UTC−10
	tests := []struct {
		now  string
		loc  *time.Location
		want string
	}{
		{"2023-06-14T12:00:00Z", time.UTC, "2023-W23"},
		{"2023-06-12T00:00:00Z", time.UTC, "2023-W23"}, // a Monday: last week is the one just ended
		{"2023-06-11T23:59:59Z", time.UTC, "2023-W22"}, // a Sunday
		// Sunday 3 Jan 2021 20:00 UTC is already Monday 4 Jan (2021-W01) in
		// Karachi, so last week is 2020-W53; in UTC it is still 2020-W53,
		// whose week before is W52.
		{"2021-01-03T20:00:00Z", karachi, "2020-W53"},
		{"2021-01-03T20:00:00Z", time.UTC, "2020-W52"},
		// Monday 4 Jan 2021 05:00 UTC is still Sunday 3 Jan in Honolulu.
		{"2021-01-04T05:00:00Z", honolulu, "2020-W52"},
		{"2021-01-04T05:00:00Z", time.UTC, "2020-W53"},
		{"2024-01-01T10:00:00Z", nil, "2023-W52"},
		{"2026-01-05T10:00:00Z", time.UTC, "2026-W01"}, // 5 Jan 2026 is the Monday of W02
	}
	for _, tt := range tests {
		now, err := time.Parse(time.RFC3339, tt.now)
		if err != nil {
			t.Fatal(err)
		}
		p := LastWeek(now, tt.loc)
		if p.Label != tt.want {
			t.Errorf("LastWeek(%s in %v) = %s, want %s", tt.now, tt.loc, p.Label, tt.want)
		}
		want, _ := ParseWeek(tt.want)
		if p != want {
			t.Errorf("LastWeek(%s in %v) = %+v, want the same as ParseWeek: %+v", tt.now, tt.loc, p, want)
		}
	}
}

func TestResolvePeriod(t *testing.T) {
	now := time.Date(2023, 6, 14, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		spec PeriodSpec
		want Period
		bad  string // the flag an error should name
	}{
		{PeriodSpec{}, Period{}, ""},
		{PeriodSpec{Week: "2023-W23"}, Period{"2023-W23", "2023-06-05", "2023-06-11"}, ""},
		{PeriodSpec{Week: "last"}, Period{"2023-W23", "2023-06-05", "2023-06-11"}, ""},
		{PeriodSpec{Since: "2023-05-01", Until: "2023-06-30"}, Period{"2023-05-01 to 2023-06-30", "2023-05-01", "2023-06-30"}, ""},
		{PeriodSpec{Since: "2023-05", Until: "2023-06"}, Period{"2023-05-01 to 2023-06-30", "2023-05-01", "2023-06-30"}, ""},
		{PeriodSpec{Since: "2023", Until: "2023"}, Period{"2023-01-01 to 2023-12-31", "2023-01-01", "2023-12-31"}, ""},
		{PeriodSpec{Since: "2023-06-01"}, Period{"2023-06-01 to 2023-06-14", "2023-06-01", "2023-06-14"}, ""},
		{PeriodSpec{Until: "2023-02"}, Period{"until 2023-02-28", "", "2023-02-28"}, ""},
		{PeriodSpec{Since: "2023-07-01"}, Period{}, "--since"},
		{PeriodSpec{Since: "2023-06-31"}, Period{}, "--since"},
		{PeriodSpec{Since: "06/05/2023", Until: "2023-06-30"}, Period{}, "--since"},
		{PeriodSpec{Since: "2023-06-30", Until: "2023-06-01"}, Period{}, "--until"},
		{PeriodSpec{Until: "tomorrow"}, Period{}, "--until"},
		{PeriodSpec{Week: "2023-W23", Since: "2023-06-01"}, Period{}, "--week"},
		{PeriodSpec{Week: "next"}, Period{}, "--week"},
	}
	for _, tt := range tests {
		got, err := ResolvePeriod(tt.spec, now, time.UTC)
		if tt.bad != "" {
			var pe *PeriodError
			if !errors.As(err, &pe) || pe.Flag != tt.bad {
				t.Errorf("ResolvePeriod(%+v) = %+v, %v; want an error about %s", tt.spec, got, err, tt.bad)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ResolvePeriod(%+v) = %+v, %v; want %+v", tt.spec, got, err, tt.want)
		}
	}
}

// TestParseWeekEdges holds the fuzzer's finds: weeks whose days fall
// outside the years 0001 to 9999.
func TestParseWeekEdges(t *testing.T) {
	for _, s := range []string{"9999-W52", "0000-W01"} {
		if p, err := ParseWeek(s); err == nil {
			t.Errorf("ParseWeek(%q) = %+v, want an error", s, p)
		}
	}
	if _, err := ParseWeek("9999-W51"); err != nil {
		t.Errorf("ParseWeek(9999-W51): %v", err)
	}
	if _, err := ParseDate("0000"); err == nil {
		t.Errorf("ParseDate(0000) gave no error")
	}
}
