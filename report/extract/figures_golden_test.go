package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/internal/golden"
)

// TestFiguresGolden reads the articles in testdata/figures (news of several
// conflicts, written for these tests) and compares every figure found with
// the reviewed rendering in the matching .golden file.
func TestFiguresGolden(t *testing.T) {
	articles, err := filepath.Glob("testdata/figures/*.txt")
	if err != nil || len(articles) == 0 {
		t.Fatalf("no articles in testdata/figures: %v", err)
	}
	am := newActorMatcher(testActors)
	for _, path := range articles {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		got := renderFigures(string(b), am)
		golden.Check(t, strings.TrimSuffix(path, ".txt")+".golden", []byte(got))
	}
}

// renderFigures lists the figures of an article, one a line, every field
// but the citation.
func renderFigures(text string, am *actorMatcher) string {
	var b strings.Builder
	for _, s := range splitSentences(text) {
		for _, f := range figuresIn(s, am) {
			n := num(f.Low)
			if f.High != f.Low {
				n += "-" + num(f.High)
			}
			what := string(f.What)
			if f.Currency != "" {
				what += " " + f.Currency
			}
			fmt.Fprintf(&b, "%s | %s | qualifier=%s | what=%s | who=%s | period=%s | attributed_to=%s\n",
				f.Text, n, f.Qualifier, what, f.Who, f.Period, f.AttributedTo)
		}
	}
	return b.String()
}

// BenchmarkFiguresIn measures figuresIn over the test articles and the
// seeds, sentence by sentence, in bytes of article text per second.
func BenchmarkFiguresIn(b *testing.B) {
	var text strings.Builder
	for _, pattern := range []string{"testdata/figures/*.txt", filepath.Join(seedDir, "corpus/seeds/*.md")} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			text.WriteString(withoutFrontMatter(string(data)))
			text.WriteString("\n\n")
		}
	}
	// About 1 MB of text, as sentences.
	one := text.String()
	big := strings.Repeat(one, 1<<20/len(one)+1)
	sentences := splitSentences(big)
	am := newActorMatcher(testActors)
	b.SetBytes(int64(len(big)))
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for _, s := range sentences {
			n += len(figuresIn(s, am))
		}
		if n == 0 {
			b.Fatal("no figures found")
		}
	}
}
