package report

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want, precision string
		bad                 bool
	}{
		{in: "2023", want: "2023", precision: "year"},
		{in: "2023-06", want: "2023-06", precision: "month"},
		{in: "2023-06-06", want: "2023-06-06", precision: "day"},
		{in: "2024-02-29", want: "2024-02-29", precision: "day"},
		{in: "2023-02-29", bad: true},
		{in: "2023-13", bad: true},
		{in: "2023-6-6", bad: true},
		{in: "23-06-06", bad: true},
		{in: "June 2023", bad: true},
		{in: "", bad: true},
		{in: "2023-06-06T10:00", bad: true},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if tt.bad {
			if err == nil {
				t.Errorf("ParseDate(%q) = %v, want an error", tt.in, d)
			}
			continue
		}
		if err != nil || d.String() != tt.want || string(d.Precision()) != tt.precision {
			t.Errorf("ParseDate(%q) = %v %s (%v), want %s %s", tt.in, d, d.Precision(), err, tt.want, tt.precision)
		}
	}
}

func TestFormatDate(t *testing.T) {
	tests := []struct{ value, precision, want string }{
		{"2007", "year", "2007"},
		{"2021-08", "month", "Aug 2021"},
		{"2022-11-28", "day", "28 Nov 2022"},
		{"2023-06-05", "week", "week of 5 Jun 2023"},
		{"soon", "", "soon"},
	}
	for _, tt := range tests {
		if got := FormatDate(tt.value, Precision(tt.precision)); got != tt.want {
			t.Errorf("FormatDate(%q, %q) = %q, want %q", tt.value, tt.precision, got, tt.want)
		}
	}
}

func TestCompareDates(t *testing.T) {
	ordered := []string{"", "2021", "2021-08", "2021-08-01", "2021-08-02", "2022"}
	for i := range ordered {
		for j := range ordered {
			got := CompareDates(ordered[i], ordered[j])
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got != want {
				t.Errorf("CompareDates(%q, %q) = %d, want %d", ordered[i], ordered[j], got, want)
			}
			if o := (DateOrder{}).Compare(ordered[i], ordered[j]); o != want {
				t.Errorf("DateOrder.Compare(%q, %q) = %d, want %d", ordered[i], ordered[j], o, want)
			}
		}
	}
}

// parseDateSlow is ParseDate as it was before its fast path, kept to
// check that path against.
func parseDateSlow(s string) (Date, error) {
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("bad")
	}
	var n [3]int
	for i, p := range parts {
		if (i > 0 && len(p) != 2) || strings.TrimLeft(p, "0123456789") != "" {
			return Date{}, fmt.Errorf("bad")
		}
		n[i], _ = strconv.Atoi(p)
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if d.Year == 0 {
		return Date{}, fmt.Errorf("bad")
	}
	if len(parts) >= 2 && (d.Month < 1 || d.Month > 12) {
		return Date{}, fmt.Errorf("bad")
	}
	if len(parts) == 3 {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if d.Day < 1 || t.Day() != d.Day {
			return Date{}, fmt.Errorf("bad")
		}
	}
	return d, nil
}

// TestParseDateFastPath compares ParseDate and DateKeyOf with the reading
// and the key they had before their fast paths, on every day, month and
// year from 0000 to 9999 written out (and the day 00 to 32 of each
// month), and on near misses.
func TestParseDateFastPath(t *testing.T) {
	check := func(s string) {
		t.Helper()
		want, wantErr := parseDateSlow(s)
		got, err := ParseDate(s)
		if got != want || (err == nil) != (wantErr == nil) {
			t.Fatalf("ParseDate(%q) = %v, %v; want %v, %v", s, got, err, want, wantErr)
		}
		var wantKey DateKey
		if !want.IsZero() {
			f := want.First()
			wantKey = DateKey{valid: true, sec: f.Unix(), nsec: f.Nanosecond(), len: len(s)}
		}
		if k := DateKeyOf(s); k != wantKey {
			t.Fatalf("DateKeyOf(%q) = %+v, want %+v", s, k, wantKey)
		}
		if k := (DateOrder{}).Key(s); k != wantKey {
			t.Fatalf("DateOrder.Key(%q) = %+v, want %+v", s, k, wantKey)
		}
	}
	for y := 0; y <= 9999; y++ {
		year := fmt.Sprintf("%04d", y)
		check(year)
		for m := 0; m <= 13; m++ {
			month := fmt.Sprintf("%s-%02d", year, m)
			check(month)
			if y%7 != 0 && y < 1890 || y > 2110 && y%13 != 0 {
				// every day of every month of the years near ours, and of
				// one year in seven or thirteen elsewhere (leap rules
				// included: 1600, 1700, 2400 …)
				if y%100 != 0 {
					continue
				}
			}
			for d := 0; d <= 32; d++ {
				check(fmt.Sprintf("%s-%02d", month, d))
			}
		}
	}
	for _, s := range []string{"", "-", "2023-", "2023-1", "2023-01-1", "2023-1-01", "2023/01/01", "2023-01-01 ",
		" 2023", "+023", "-023", "2023-+1-01", "2023-01-+1", "202a", "2023-0a", "2023-01-0a", "2023-01-01-01",
		"99999", "2023--01", "20230101", "2023-001", "２０２３", "2023-01-01T00"} {
		check(s)
	}
}
