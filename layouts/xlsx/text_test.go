package xlsx

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzCellText checks that any text becomes a cell Excel accepts: valid
// UTF-8, no control characters but tab and newline, within the length
// limit, and unchanged by cleaning it again.
func FuzzCellText(f *testing.F) {
	for _, s := range append(hostile, "", "plain", "a\r\nb", "\xff\xfe", strings.Repeat("😀", 17000)) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := cellText(s)
		if !utf8.ValidString(got) {
			t.Fatalf("cellText(%q) is not valid UTF-8", s)
		}
		if n := utf16Len(got); n > maxCellChars {
			t.Fatalf("cellText gives %d UTF-16 units", n)
		}
		for _, r := range got {
			if unicode.IsControl(r) && r != '\n' && r != '\t' {
				t.Fatalf("cellText(%q) keeps control character %U", s, r)
			}
		}
		if again := cellText(got); again != got {
			t.Fatalf("cellText is not stable: %q then %q", got, again)
		}
	})
}

func TestWrappedLines(t *testing.T) {
	tests := []struct {
		text  string
		width int
		want  int
	}{
		{"short", 10, 1},
		{"one two three", 7, 2},
		{"one two three four", 9, 3},
		{"a\nb", 10, 2},
		{strings.Repeat("word ", 50), 110, 3},
	}
	for _, tt := range tests {
		if got := wrappedLines(tt.text, tt.width); got != tt.want {
			t.Errorf("wrappedLines(%q, %d) = %d, want %d", tt.text, tt.width, got, tt.want)
		}
	}
}
