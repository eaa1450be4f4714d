package timex

import (
	"testing"

	"brief/report"
)

// FuzzFind checks that whatever the text, mentions are in order, do not
// overlap, quote the text at their offsets and carry a value.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"on Nov. 28, 2022", "July 19 to 21", "the '90s", "1957-58", "Q4 2023", "mid-2020",
		"the first week of March", "3 days ago", "2022-11-28", "“On Monday,” — 28th",
	} {
		f.Add(s)
	}
	anchor := report.Date{Year: 2023, Month: 6, Day: 6}
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, m := range Find(text, anchor) {
			if m.Start < end || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("mention %+v out of order or out of %d bytes", m, len(text))
			}
			if text[m.Start:m.End] != m.Text || m.Value == "" {
				t.Fatalf("mention %+v does not quote the text or has no value", m)
			}
			m.Date()
			end = m.End
		}
	})
}
