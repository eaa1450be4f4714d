package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"titles before names",
			"Gen. Asim Munir met Dr. Khan. They spoke for an hour.",
			[]string{"Gen. Asim Munir met Dr. Khan.", "They spoke for an hour."}},
		{"dotted acronym inside and at the end",
			"The U.S. envoy arrived. He left the U.S. The talks went on.",
			[]string{"The U.S. envoy arrived.", "He left the U.S.", "The talks went on."}},
		{"month and number abbreviations",
			"The ceasefire ended on Nov. 28, 2022. Resolution No. 2719 passed.",
			[]string{"The ceasefire ended on Nov. 28, 2022.", "Resolution No. 2719 passed."}},
		{"initials and decimals",
			"J. K. Rowling wrote it. Inflation hit 3.5 percent. Prices rose.",
			[]string{"J. K. Rowling wrote it.", "Inflation hit 3.5 percent.", "Prices rose."}},
		{"sentence ending inside closing quotes",
			"“We are no longer seeking talks.” The official left. He said “no.” Then he went.",
			[]string{"“We are no longer seeking talks.”", "The official left.", "He said “no.”", "Then he went."}},
		{"question inside a quotation goes on",
			"“Why now?” he asked. Nobody answered!",
			[]string{"“Why now?” he asked.", "Nobody answered!"}},
		{"headings and bullets are their own sentences",
			"Islamabad has evidence of TTP hideouts\n\nPakistan presented evidence.\n- first point\n- second point\n# Heading\nText follows.",
			[]string{"Islamabad has evidence of TTP hideouts", "Pakistan presented evidence.", "- first point", "- second point", "# Heading", "Text follows."}},
		{"a hard-wrapped line goes on in lower case",
			"The delegation visited Kabul and\nmet the Taliban. Talks followed.",
			[]string{"The delegation visited Kabul and\nmet the Taliban.", "Talks followed."}},
		{"no split before a lower-case word",
			"He met the Sen. from Ohio, i.e. the chair. Done.",
			[]string{"He met the Sen. from Ohio, i.e. the chair.", "Done."}},
		{"ellipsis before a capital ends",
			"It was over... The next day came.",
			[]string{"It was over...", "The next day came."}},
	}
	long := strings.Repeat("word, ", 1000)
	tests = append(tests, struct {
		name string
		text string
		want []string
	}{"an overlong run is cut at a comma", long, nil})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss := splitSentences(tt.text)
			if tt.want == nil {
				for _, s := range ss {
					if len(s.Text) > maxSentence || tt.text[s.Start:s.End] != s.Text {
						t.Errorf("sentence of %d bytes at %d: want at most %d, verbatim", len(s.Text), s.Start, maxSentence)
					}
				}
				return
			}
			var got []string
			for i, s := range ss {
				if tt.text[s.Start:s.End] != s.Text || s.Index != i {
					t.Errorf("sentence %d: offsets [%d:%d] or index do not give %q", i, s.Start, s.End, s.Text)
				}
				got = append(got, s.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
