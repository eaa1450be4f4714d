package report

import (
	"strings"
	"testing"
	"time"
)

// The fuzz targets of the model's parsers: dates, weeks, spans and the
// review's corrections. Each checks what a parse that succeeds promises,
// besides not panicking. Seeds are in testdata/fuzz.

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2023", "2023-06", "2023-06-05", "2024-02-29", "2023-02-29", "0000", "9999-12-31", "", "-", "2023-6-5", "２０２３"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if d.IsZero() {
			t.Fatalf("ParseDate(%q) = the unknown date, without an error", s)
		}
		if d.String() != s {
			t.Errorf("ParseDate(%q).String() = %q", s, d.String())
		}
		if d.Last().Before(d.First()) {
			t.Errorf("ParseDate(%q): last day %v before first %v", s, d.Last(), d.First())
		}
		if FormatDate(s, d.Precision()) == "" {
			t.Errorf("FormatDate(%q) is empty", s)
		}
	})
}

func FuzzParseWeek(f *testing.F) {
	for _, s := range []string{"2023-W23", "2020-W53", "2021-W53", "2023-w01", "2023-W00", "0000-W01", "9999-W52", "2023-W5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParseWeek(s)
		if err != nil {
			if !strings.Contains(err.Error(), "--week") {
				t.Errorf("ParseWeek(%q) error %q does not name --week", s, err)
			}
			return
		}
		start, err1 := time.Parse(time.DateOnly, p.Start)
		end, err2 := time.Parse(time.DateOnly, p.End)
		if err1 != nil || err2 != nil {
			t.Fatalf("ParseWeek(%q) = %+v: dates do not parse", s, p)
		}
		if start.Weekday() != time.Monday || end.Sub(start) != 6*24*time.Hour {
			t.Errorf("ParseWeek(%q) = %+v: not Monday to Sunday", s, p)
		}
		if start.Year() < 1 || end.Year() > 9999 {
			t.Errorf("ParseWeek(%q) = %+v: outside the years 0001 to 9999", s, p)
		}
		if y, w := start.ISOWeek(); !strings.EqualFold(p.Label, s) || y != atoi(s[:4]) || w != atoi(s[6:]) {
			t.Errorf("ParseWeek(%q) = %+v, ISO week of its Monday %d-W%02d", s, p, y, w)
		}
	})
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func FuzzSpan(f *testing.F) {
	for _, s := range [][2]string{{"2023-06-01", "2023-06-30"}, {"2023", ""}, {"", "2023-06"}, {"2023-07", "2023-06"}, {"2023-13", "x"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, since, until string) {
		p, err := Span(since, until)
		if err != nil {
			return
		}
		if p.Label == "" {
			t.Errorf("Span(%q, %q) = %+v: no label", since, until, p)
		}
		if p.Start != "" && p.End != "" && p.End < p.Start {
			t.Errorf("Span(%q, %q) = %+v: ends before it starts", since, until, p)
		}
	})
}

// FuzzExcelDate reads any serial in any number format: a date it gives
// is a model date; never a panic.
func FuzzExcelDate(f *testing.F) {
	for _, s := range []struct {
		serial float64
		format string
	}{{45082, "m/d/yyyy"}, {45078, "[$-409]mmmm yyyy;@"}, {45082, `h:mm AM/PM`}, {60, "yyyy"}, {1, `"d"\y[`}} {
		f.Add(s.serial, s.format, false)
	}
	f.Fuzz(func(t *testing.T, serial float64, format string, date1904 bool) {
		got, ok := ExcelDate(serial, format, date1904)
		if !ok {
			return
		}
		if d, err := ParseDate(got); err != nil || d.Precision() != formatPrecision(format) {
			t.Errorf("ExcelDate(%v, %q) = %q: %v, precision %q", serial, format, got, err, formatPrecision(format))
		}
	})
}
