package report

import "testing"

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
