package report

import (
	"strings"
	"testing"
	"unicode"
)

// normaliseRef is Normalise as first written, in three passes: Normalise
// must give what it gives, byte for byte, since fact ids are made of it.
func normaliseRef(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

func TestNormaliseSame(t *testing.T) {
	for _, s := range []string{
		"", " ", "Police said 12 people were killed in Bannu on Monday.",
		"  «Ünïcode» — ŞEHİR, İstanbul; 1,243 dead!! ", "a\xffb\xc3", "x\uFFFDy", "ǅemal ΣΑΣ straße",
		"K\u212Aelvin \u0130", "...", "one\ttwo\nthree",
	} {
		if got, want := Normalise(s), normaliseRef(s); got != want {
			t.Errorf("Normalise(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNormaliseSame(f *testing.F) {
	f.Add("Police said 12 people were killed.")
	f.Add("a\xffb ŞEHİR")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Normalise(s), normaliseRef(s); got != want {
			t.Errorf("Normalise(%q) = %q, want %q", s, got, want)
		}
	})
}
