package extract

import (
	"strings"
	"testing"
)

// TestWordCountAgrees checks wordCount against len(strings.Fields) over
// every sentence of the test articles and strings with unusual spaces.
func TestWordCountAgrees(t *testing.T) {
	texts := []string{"", " ", "a", " a  b ", "a\u00a0b", "a\u2003b\u0085c", "\xff \xfe", "tab\tand\vform\ffeed\r\n"}
	for _, text := range testTexts(t) {
		for _, s := range splitSentences(text) {
			texts = append(texts, s.Text)
		}
	}
	for _, s := range texts {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Fatalf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}
