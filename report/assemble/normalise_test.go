package assemble

import (
	"testing"

	"brief/report"
)

// normalise must give what report.Normalise gives, byte for byte: figure
// evidence compares sentences so normalised.
func TestNormaliseSame(t *testing.T) {
	for _, s := range []string{
		"", " ", "Police said 12 people were killed in Bannu on Monday.",
		"  «Ünïcode» — ŞEHİR, İstanbul; 1,243 dead!! ", "a\xffb\xc3", "x\uFFFDy", "ǅemal ΣΑΣ straße",
		"K\u212Aelvin \u0130", "...", "one\ttwo\nthree",
	} {
		if got, want := normalise(s), report.Normalise(s); got != want {
			t.Errorf("normalise(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNormaliseSame(f *testing.F) {
	f.Add("Police said 12 people were killed.")
	f.Add("a\xffb ŞEHİR")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalise(s), report.Normalise(s); got != want {
			t.Errorf("normalise(%q) = %q, want %q", s, got, want)
		}
	})
}
