package report

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// excelSerialDate reads a correction that is a bare number as the date
// serial Excel stores for a cell it took to be a date, in the 1900 date
// system of Windows workbooks, and returns that date. It reports false
// for anything else, and for serials before 1900-03-01, which no event
// correction means.
func ExcelSerialDate(s string) (string, bool) {
	if s == "" || strings.Trim(s, "0123456789.") != "" {
		return "", false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v < 61 {
		return "", false
	}
	day, ok := serialDay(v, false)
	return day.Format("2006-01-02"), ok
}

// ExcelDate returns the date a spreadsheet cell shows when what was typed
// into it was stored as a date: serial is the cell's value, format its
// number format code ("m/d/yyyy", "mmm-yy", "[$-409]mmmm yyyy;@", "yyyy";
// ExcelBuiltinDateFormat gives the codes of the built-in formats), and
// date1904 says the workbook counts from 1904 (as old Mac workbooks do)
// instead of 1900. The date is written at the precision the format shows,
// which is the precision that was typed: YYYY-MM-DD when it shows a day,
// YYYY-MM when a month but no day ("2023-06" typed becomes Jun-23), YYYY
// for a year alone. ok is false when the format shows no date or the
// serial is no day between the years 1900 and 9999.
//
// A reader of a reviewed workbook gives this, not the serial, as a date
// cell's Correction, so that a typed date reads as typed.
func ExcelDate(serial float64, format string, date1904 bool) (date string, ok bool) {
	precision := formatPrecision(format)
	day, inRange := serialDay(serial, date1904)
	if precision == "" || !inRange {
		return "", false
	}
	d := DateOf(day)
	switch precision {
	case Month:
		d.Day = 0
	case Year:
		d.Month, d.Day = 0, 0
	case Day, Week, Season:
	}
	return d.String(), true
}

// serialDay returns the day a spreadsheet date serial falls on; the time
// of day is dropped. The 1900 system counts 1900-01-01 as 1 and keeps
// Lotus 1-2-3's 29 February 1900 (serial 60), which never was.
func serialDay(serial float64, date1904 bool) (time.Time, bool) {
	if math.IsNaN(serial) || serial < 0 || serial >= 2958466 {
		return time.Time{}, false
	}
	days := int(serial)
	switch {
	case date1904:
		return time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days), true
	case days == 0 || days == 60:
		return time.Time{}, false // 1900-01-00 and the day that never was
	case days < 60:
		return time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days), true
	}
	return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days), true
}

// ExcelBuiltinDateFormat returns the code of a built-in number format that
// shows a date, by its id in the workbook's styles (14 is the locale's
// short date), or "".
func ExcelBuiltinDateFormat(id int) string {
	return map[int]string{14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
		22: "m/d/yy h:mm"}[id]
}

// formatPrecision returns Day, Month or Year: the most precise part
// of a date a number format code shows, or "" when it shows no date. Only
// the format's first section counts; quoted text, escaped characters and
// [bracketed] colours, locales and elapsed times, and AM/PM, are no part
// of a date. An "m" next to an hour or seconds is minutes, not a month.
func formatPrecision(format string) Precision {
	var tokens []byte // one letter per run of the same letter
	for i := 0; i < len(format); i++ {
		c := format[i]
		switch c {
		case ';':
			i = len(format)
			continue
		case '"':
			if j := strings.IndexByte(format[i+1:], '"'); j >= 0 {
				i += j + 1
			} else {
				i = len(format)
			}
			continue
		case '\\':
			i++
			continue
		case '[':
			j := strings.IndexByte(format[i:], ']')
			if j < 0 {
				i = len(format)
				continue
			}
			// An elapsed time, [h] or [mm], is a time; anything else in
			// brackets (a colour, a locale) is not shown.
			if inner := strings.ToLower(format[i+1 : i+j]); inner != "" && strings.Trim(inner, "hms") == "" {
				tokens = append(tokens, inner[0])
			}
			i += j
			continue
		}
		lower := strings.ToLower(format[i:])
		if strings.HasPrefix(lower, "am/pm") || strings.HasPrefix(lower, "a/p") {
			i += len("a/p") - 1
			if strings.HasPrefix(lower, "am/pm") {
				i += 2
			}
			continue
		}
		c = toLowerASCII(c)
		if strings.IndexByte("ymdhs", c) < 0 {
			continue
		}
		if n := len(tokens); n == 0 || tokens[n-1] != c || (i > 0 && toLowerASCII(format[i-1]) != c) {
			tokens = append(tokens, c)
		}
	}
	day, month, year := false, false, false
	for i, c := range tokens {
		switch c {
		case 'y':
			year = true
		case 'd':
			day = true
		case 'm':
			minutes := (i > 0 && tokens[i-1] == 'h') || (i+1 < len(tokens) && tokens[i+1] == 's')
			month = month || !minutes
		}
	}
	switch {
	case day:
		return Day
	case month:
		return Month
	case year:
		return Year
	}
	return ""
}

func toLowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
