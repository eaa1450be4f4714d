// Package escape writes text so that it shows rather than acts: a file
// name or an article's words in a log line, a message or a terminal
// cannot start a new line, move the cursor or reverse the text.
package escape

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Visible returns s with every character that would act on a terminal or
// a log instead of showing written as a Go escape: control characters
// (\n, \x1b, \u009b), the bidirectional and line-separator format
// characters (\u202e, \u2028), and bytes that are not UTF-8 (\xff). The
// rest of s, tabs included, is unchanged, so that a message naming a file
// called "a\nbrief: error: …" stays one line and shows what the name is.
func Visible(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case hidden(r):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// hidden reports whether r acts instead of showing.
func hidden(r rune) bool {
	switch {
	case r == '\t':
		return false
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x200e && r <= 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
		r == 0x2028, r == 0x2029, r == 0x061c:
		return true
	}
	return false
}

func needsEscape(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' || c >= 0x7f {
			return needsEscapeSlow(s)
		}
	}
	return false
}

func needsEscapeSlow(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || hidden(r) {
			return true
		}
		i += n
	}
	return false
}
