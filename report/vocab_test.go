package report

import (
	"strings"
	"testing"
)

// TestParseVocabulary: each Parse function reads every value of its
// vocabulary in any case and with spaces around it, and refuses others
// with a message that lists the values.
func TestParseVocabulary(t *testing.T) {
	check := func(name string, values []string, parse func(string) (string, error)) {
		for _, v := range values {
			for _, in := range []string{v, strings.ToUpper(v), " " + v + " "} {
				if got, err := parse(in); err != nil || got != v {
					t.Errorf("%s(%q) = %q, %v; want %q", name, in, got, err, v)
				}
			}
		}
		for _, bad := range []string{"", "supports", "kill", "daily", "x"} {
			if _, err := parse(bad); err == nil || !strings.Contains(err.Error(), values[0]) {
				t.Errorf("%s(%q) = %v, want an error listing the values", name, bad, err)
			}
		}
	}
	check("ParsePosition", strs(Positions), func(s string) (string, error) { v, err := ParsePosition(s); return string(v), err })
	check("ParseFigureKind", strs(FigureKinds), func(s string) (string, error) { v, err := ParseFigureKind(s); return string(v), err })
	check("ParsePrecision", strs(Precisions), func(s string) (string, error) { v, err := ParsePrecision(s); return string(v), err })
	check("ParseEventType", strs(EventTypes), func(s string) (string, error) { v, err := ParseEventType(s); return string(v), err })
}

func strs[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// TestVocabularyCovered: the tables keyed by a vocabulary have every
// value of it, so that no value falls to a default.
func TestVocabularyCovered(t *testing.T) {
	for _, p := range Positions {
		if ClaimWording[p] == "" {
			t.Errorf("ClaimWording has no wording for %q", p)
		}
	}
	for _, k := range SectionKinds {
		if DefaultSectionTitle(k) == string(k) {
			t.Errorf("section kind %q has no default title", k)
		}
	}
	for _, k := range FigureKinds {
		if FigureLine(Figure{Low: 1, High: 1, What: k, Who: "w"}) == "" {
			t.Errorf("FigureLine writes nothing for %q", k)
		}
	}
}
