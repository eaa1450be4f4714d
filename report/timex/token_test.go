package timex

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"brief/report"
)

// TestCountTokens checks that countTokens, which sizes a long text's token
// array, counts what tokenize cuts.
func TestCountTokens(t *testing.T) {
	texts := []string{
		"", " ", "a", "1990s 2nd 10bn 5km", "On\u00a0March\u2009 3,\u202f2023 — it’s «late»",
		"ÉTATS-UNIS\n\n12.05.2023\t(x)",
	}
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test texts: %v", err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	long := strings.Repeat(texts[len(texts)-1]+"\n", countAbove/max(len(texts[len(texts)-1]), 1)+1)
	texts = append(texts, long)
	for _, text := range texts {
		if got, want := countTokens(text), len(tokenize(text, nil)); got != want {
			t.Errorf("countTokens = %d, tokenize cut %d tokens of %.40q…", got, want, text)
		}
	}
	// A long text's array is made to size; what is found must not change.
	anchor := report.Date{Year: 2023, Month: 6, Day: 6}
	if len(long) <= countAbove {
		t.Fatalf("the long text has %d bytes, not above countAbove", len(long))
	}
	p := parser{text: long, a: newAnchor(anchor)}
	p.toks = tokenize(long, nil)
	p.run()
	got := find(long, anchor)
	if len(got) == 0 || !slices.Equal(got, p.out) {
		t.Errorf("find on a long text: %d mentions, grown token array: %d; want the same, and some", len(got), len(p.out))
	}
}
