package report

import (
	"testing"
)

// TestExcelDate reads dates typed into a workbook that Excel stored as
// date serials, at the precision their number format shows.
func TestExcelDate(t *testing.T) {
	tests := []struct {
		serial   float64
		format   string
		date1904 bool
		want     string // "" for not a date
	}{
		{45082, "m/d/yyyy", false, "2023-06-05"}, // "2023-06-05" typed in a US locale
		{45082, "yyyy-mm-dd", false, "2023-06-05"},
		{45082.75, "dd/mm/yyyy hh:mm", false, "2023-06-05"},
		{45078, "mmm-yy", false, "2023-06"}, // "2023-06" typed
		{45078, "[$-409]mmmm yyyy;@", false, "2023-06"},
		{45078, "yyyy-mm", false, "2023-06"},
		{44927, "yyyy", false, "2023"},
		{45082, ExcelBuiltinDateFormat(14), false, "2023-06-05"},
		{45078, ExcelBuiltinDateFormat(17), false, "2023-06"},
		{45082, "d-mmm", false, "2023-06-05"},
		{45082, `dddd", "d" de "mmmm`, false, "2023-06-05"},
		{43620, "m/d/yyyy", true, "2023-06-05"}, // a 1904 workbook
		{1, "yyyy-mm-dd", false, "1900-01-01"},
		{59, "yyyy-mm-dd", false, "1900-02-28"},
		{61, "yyyy-mm-dd", false, "1900-03-01"},
		{60, "yyyy-mm-dd", false, ""}, // 29 February 1900, which never was
		{45082, "h:mm", false, ""},
		{45082, "[h]:mm", false, ""},
		{45082, "mm:ss", false, ""},
		{45082, "h:mm AM/PM", false, ""},
		{45082, "General", false, ""},
		{45082, "#,##0", false, ""},
		{45082, `"month" 0`, false, ""},
		{45082, `\m 0`, false, ""},
		{45082, "[Red]0;yyyy", false, ""}, // only the first section counts
		{-1, "yyyy", false, ""},
		{3e6, "yyyy", false, ""},
	}
	for _, tt := range tests {
		got, ok := ExcelDate(tt.serial, tt.format, tt.date1904)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("ExcelDate(%v, %q, %v) = %q, %v; want %q", tt.serial, tt.format, tt.date1904, got, ok, tt.want)
		}
		if ok {
			if _, err := ParseDate(got); err != nil {
				t.Errorf("ExcelDate gave %q, which does not parse: %v", got, err)
			}
		}
	}
}
