package timex_test

import (
	"fmt"

	"brief/report"
	"brief/report/timex"
)

func Example() {
	published := report.Date{Year: 2023, Month: 6, Day: 6}
	text := "The TTP, formed in 2007, ended the truce in November last year; " +
		"officials met on Monday and will meet again next week."
	for _, m := range timex.Find(text, published) {
		date, precision, _ := m.Date()
		fmt.Printf("%-18s %-9s %-10s %s\n", m.Text, m.Value, date, precision)
	}
	// Output:
	// 2007               2007      2007       year
	// November last year 2022-11   2022-11    month
	// Monday             2023-06-05 2023-06-05 day
	// next week          2023-W24  2023-06-12 week
}
