package suggest

import (
	"strings"
	"testing"
)

// TestApply writes accepted suggestions into configurations of several
// layouts and checks the result, or the error.
func TestApply(t *testing.T) {
	term := func(text, issue string) Suggestion {
		return Suggestion{Kind: IssueTerm, Text: text, Target: issue, Accepted: true, Evidence: Evidence{Articles: 2, File: "a.md", Line: 3}}
	}
	for _, tc := range []struct {
		name, src string
		add       []Suggestion
		want      string // the whole result, or the error's start after "error: "
	}{
		{"one line", "[[issue]]\nid = \"c\"\nlabel = \"C\"\nterms = [\"truce\"]\n",
			[]Suggestion{term("pause in the fighting", "c")},
			"[[issue]]\nid = \"c\"\nlabel = \"C\"\nterms = [\"truce\",\n    \"pause in the fighting\", # suggest: 2 articles, e.g. a.md:3\n]\n"},
		{"trailing comma and comment", "[[issue]]\nid = \"c\"\nterms = [\n  \"truce\", # the word\n]\n",
			[]Suggestion{term("armistice", "c"), term("lull", "c")},
			"[[issue]]\nid = \"c\"\nterms = [\n  \"truce\", # the word\n\n    \"armistice\", # suggest: 2 articles, e.g. a.md:3\n    \"lull\", # suggest: 2 articles, e.g. a.md:3\n]\n"},
		{"second table, bracket in a string", "[[issue]]\nid = \"a\"\nterms = [\"x\"]\n\n[[issue]]\nid = \"b\"\nterms = [\"[b]\", \"y\"] # end\n",
			[]Suggestion{term("z", "b")},
			"[[issue]]\nid = \"a\"\nterms = [\"x\"]\n\n[[issue]]\nid = \"b\"\nterms = [\"[b]\", \"y\",\n    \"z\", # suggest: 2 articles, e.g. a.md:3\n] # end\n"},
		{"new key after the name", "[[actor]]\nname = \"Hamas\"\naliases = [\"the group\"]\n",
			[]Suggestion{{Kind: Person, Text: "Khalil al-Hayya", Target: "Hamas", Accepted: true, Evidence: Evidence{Articles: 1}}},
			"[[actor]]\nname = \"Hamas\"\npeople = [\n    \"Khalil al-Hayya\", # suggest: 1 article\n]\naliases = [\"the group\"]\n"},
		{"not accepted: listed at the end", "[[issue]]\nid = \"c\"\nterms = [\"truce\"]\n",
			[]Suggestion{{Kind: NewActor, Text: "Valmar", Evidence: Evidence{Articles: 1, File: "b.md"}}},
			"[[issue]]\nid = \"c\"\nterms = [\"truce\"]\n\n# brief suggest: not accepted by default (add by hand what fits)\n#   actor \"Valmar\" -> - (1 article, e.g. b.md)\n"},
		{"no such issue", "[[issue]]\nid = \"c\"\nterms = [\"truce\"]\n",
			[]Suggestion{term("lull", "d")},
			"suggest: no [[issue]] table for \"d\""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var res Result
			for _, s := range tc.add {
				if s.Kind == IssueTerm {
					res.Terms = append(res.Terms, s)
				} else {
					res.Actors = append(res.Actors, s)
				}
			}
			got, err := Apply(tc.src, &res)
			if err != nil {
				got = "error: " + err.Error()
			}
			if got != tc.want && !strings.HasPrefix(got, "error: "+tc.want) {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}
