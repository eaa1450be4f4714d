package xlsx

import (
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// maxCellChars is Excel's limit on the characters of one cell, counted in
// UTF-16 code units as Excel counts them.
const maxCellChars = 32767

// truncatedMark ends a cell that was cut to fit maxCellChars.
const truncatedMark = "… [truncated]"

// cellText makes text safe for a cell: invalid UTF-8 is replaced, control
// characters other than tab and newline are removed (a carriage return
// before a newline included), and text longer than Excel allows is cut
// with a visible mark. It is always written as a string cell, so text that
// looks like a formula stays text.
func cellText(s string) string {
	if !needsCleaning(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if r == '\r' {
			return '\n'
		}
		if unicode.IsControl(r) || r == '\uFFFE' || r == '\uFFFF' {
			return -1
		}
		return r
	}, s)
	return truncate(s)
}

// needsCleaning reports whether s has anything cellText changes; most text
// has not, and the check is cheaper than the change.
func needsCleaning(s string) bool {
	if len(s) > maxCellChars/2 { // may exceed the limit in UTF-16 units
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 {
			return needsCleaningSlow(s)
		}
	}
	return false
}

func needsCleaningSlow(s string) bool {
	if !utf8.ValidString(s) {
		return true
	}
	for _, r := range s {
		if (unicode.IsControl(r) && r != '\n' && r != '\t') || r == '\uFFFE' || r == '\uFFFF' {
			return true
		}
	}
	return false
}

// truncate cuts s to maxCellChars UTF-16 units, the mark included.
func truncate(s string) string {
	if utf16Len(s) <= maxCellChars {
		return s
	}
	room := maxCellChars - utf16Len(truncatedMark)
	n := 0
	for i, r := range s {
		n += utf16.RuneLen(r)
		if n > room {
			return s[:i] + truncatedMark
		}
	}
	return s
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
