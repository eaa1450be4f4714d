package timex

import (
	"strings"
	"unicode"

	"brief/report"
)

// DocumentDate returns the day a document gives as its own in its first
// lines, when it is a little before its publication (a transcript
// republished days later: "Norland: Department Press Briefing – June 4,
// 2024"; a statement's date line "12 March 2024" on a page of the 14th; the
// date under a speaker's name in remarks), or published when it gives
// none. Its "today" and "yesterday" are of that day. A date line is a line
// that is nothing but a full date, or a title that ends in a dash or a bar
// and a full date. Of several, the earliest not after publication is
// taken; one more than headWindow days before publication is not.
func DocumentDate(text string, published report.Date) report.Date {
	head := text
	lines := 0
	for i := 0; i < len(head); i++ {
		if head[i] == '\n' {
			if lines++; lines >= headLines {
				head = head[:i]
				break
			}
		}
	}
	if len(head) > headBytes {
		head = head[:headBytes]
	}
	if !strings.ContainsFunc(head, unicode.IsDigit) {
		return published
	}
	best := report.Date{}
	for _, m := range find(head, published) {
		if m.Precision != Day || !(hasYearDigits(m.Text) && dateLine(head, m) || wireDateline(head, m)) {
			continue
		}
		d, err := report.ParseDate(m.Value)
		if err != nil {
			continue
		}
		if !published.IsZero() {
			if published.Precision() != report.Day {
				if d.Year != published.Year || published.Month != 0 && d.Month != published.Month {
					continue
				}
			} else if days := published.First().Sub(d.First()).Hours() / 24; days < 0 || days > headWindow {
				continue
			}
		}
		if best.IsZero() || d.First().Before(best.First()) {
			best = d
		}
	}
	if best.IsZero() {
		return published
	}
	return best
}

// headLines and headBytes bound the head of a document read for its date
// line; headWindow is how many days before publication its own date may
// be.
const (
	headLines  = 12
	headBytes  = 1200
	headWindow = 31
)

// hasYearDigits reports whether s holds a run of four digits: a full date
// names its year.
func hasYearDigits(s string) bool {
	run := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// dateLine reports whether the mention m is a line of text by itself (a
// weekday and punctuation aside), or ends a title line after a dash, a
// bar or a colon.
func dateLine(text string, m Mention) bool {
	start := strings.LastIndexByte(text[:m.Start], '\n') + 1
	end := len(text)
	if i := strings.IndexByte(text[m.End:], '\n'); i >= 0 {
		end = m.End + i
	}
	before := strings.TrimSpace(text[start:m.Start])
	after := strings.Trim(text[m.End:end], " \t\r.,")
	if after != "" {
		return false
	}
	if before == "" || weekdayOnly(before) {
		return true
	}
	for _, mark := range []string{"–", "—", "-", "|", ":"} {
		if strings.HasSuffix(before, mark) {
			return true
		}
	}
	return false
}

// wireDateline reports whether the mention m is the date of a wire
// story's dateline, after the place that opens a line and before the
// agency's bracket or a dash: "OSTBY, 5th June, 2031 (NNA) -- …",
// "Lakeside, Nov 3 (NNA) Guards said …", "PORT VALE, May 21 – …". The
// story's "today" and "on Monday" are of that day.
func wireDateline(text string, m Mention) bool {
	start := strings.LastIndexByte(text[:m.Start], '\n') + 1
	before := strings.TrimSpace(text[start:m.Start])
	place, ok := strings.CutSuffix(before, ",")
	if !ok || place == "" {
		return false
	}
	words := strings.Fields(place)
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		r := w[0]
		if r < 'A' || r > 'Z' || strings.ContainsAny(w, ".!?:;\"“”") {
			return false
		}
	}
	after := strings.TrimLeft(text[m.End:], " \t")
	for _, mark := range []string{"(", "–", "—", "-", ":"} {
		if strings.HasPrefix(after, mark) {
			return true
		}
	}
	return false
}

// weekdayOnly reports whether s is a weekday's name and punctuation:
// "Tuesday," before "May 23, 2023".
func weekdayOnly(s string) bool {
	w := strings.Trim(s, " ,")
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isLetter(w[i]) {
			return false
		}
	}
	e, _ := lookup(w)
	return e.cls == clsWeekday
}
