package extract

import (
	"slices"
	"strings"
	"testing"

	"brief/report"
)

// longText returns paragraphs written for the test, repeated whole until
// the text is longer than n bytes. Some paragraphs are hard-wrapped, so that a
// window may only be cut at a blank line.
func longText(n int) string {
	paras := []string{
		"Officials said on Monday that 12 soldiers were killed in an attack near the border.",
		"The minister urged both sides to resume talks,\nsaying the ceasefire must hold.",
		"“We will not accept this,” a spokesman said. Gen. Ali arrived in the U.S. on Nov. 28.",
		"- a bullet line\n- another line without a stop",
	}
	var sb strings.Builder
	for i := 0; sb.Len() <= n || i%len(paras) != 0; i++ {
		sb.WriteString(paras[i%len(paras)])
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func TestWindows(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		windows int // how many windows, 0: more than one
	}{
		{"short", "One sentence.\n\nAnother.", 1},
		{"at the limit", longText(longArticle)[:longArticle], 1},
		{"long", longText(longArticle + 1), 0},
		{"long, one paragraph", strings.Repeat("word ", longArticle/4), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := windows(tt.text)
			if tt.windows > 0 && len(ws) != tt.windows || tt.windows == 0 && len(ws) < 2 {
				t.Fatalf("%d windows, want %d (0: several)", len(ws), tt.windows)
			}
			at := 0
			for i, w := range ws {
				if w[0] != at || w[1] <= w[0] {
					t.Fatalf("window %d is %v after %d: the windows must cover the text in order", i, w, at)
				}
				if i < len(ws)-1 && !strings.HasSuffix(tt.text[:w[1]], "\n") || i < len(ws)-1 && tt.text[w[1]] != '\n' {
					t.Errorf("window %d ends at %d, not at a blank line", i, w[1])
				}
				at = w[1]
			}
			if at != len(tt.text) {
				t.Errorf("the windows end at %d of %d bytes", at, len(tt.text))
			}
		})
	}
}

// TestWindowsReadAsWhole checks that reading a long article window by
// window finds the tokens and sentences that reading it whole does, at
// the same offsets.
func TestWindowsReadAsWhole(t *testing.T) {
	text := longText(longArticle + windowBytes)
	ws := windows(text)
	if len(ws) < 2 {
		t.Fatalf("%d windows; the test wants several", len(ws))
	}
	var toks []token
	var sents []Sentence
	for _, w := range ws {
		toks = append(toks, tokenizeFrom(nil, text[w[0]:w[1]], w[0])...)
		sents = append(sents, splitSentencesFrom(text[w[0]:w[1]], w[0])...)
	}
	if whole := tokenize(text); !slices.Equal(toks, whole) {
		t.Errorf("%d tokens read by window, %d read whole, or they differ", len(toks), len(whole))
	}
	whole := splitSentences(text)
	if len(sents) != len(whole) {
		t.Fatalf("%d sentences read by window, %d read whole", len(sents), len(whole))
	}
	for i := range whole {
		s, w := sents[i], whole[i]
		if s.Text != w.Text || s.Start != w.Start || s.End != w.End || text[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d read by window is %q at %d, read whole %q at %d", i, s.Text, s.Start, w.Text, w.Start)
		}
	}
}

// TestExtractLongArticle checks that a long article, read window by
// window, yields what its paragraphs yield: every figure of a short
// article made of the same paragraphs, as many times as they repeat.
func TestExtractLongArticle(t *testing.T) {
	x := New(loadDemoDomain(t))
	published, _ := report.ParseDate("2023-06-01")
	short := longText(0)
	long := longText(longArticle + windowBytes)
	copies := strings.Count(long, short)
	one := x.Extract("short", short, published)
	all := x.Extract("long", long, published)
	if len(one.Figures) == 0 {
		t.Fatal("the short article yields no figure; the test needs one")
	}
	if got, want := len(all.Figures), copies*len(one.Figures); got != want {
		t.Errorf("%d figures in %d copies of an article with %d", got, copies, len(one.Figures))
	}
	if got, want := len(all.Timexes), copies*len(one.Timexes); got != want {
		t.Errorf("%d date expressions in %d copies of an article with %d", got, copies, len(one.Timexes))
	}
}
