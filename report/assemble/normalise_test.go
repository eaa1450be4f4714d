package assemble

import (
	"fmt"
	"slices"
	"strings"
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

// isLower must agree with strings.ToLower(n) == w.
func TestIsLower(t *testing.T) {
	for _, c := range [][2]string{{"Kirby", "kirby"}, {"Kirby", "kirb"}, {"KIRBY", "kirby"}, {"Şehir", "şehir"}, {"İstanbul", "istanbul"},
		{"\u212Aelvin", "kelvin"}, {"Kirby", "Kirby"}, {"", ""}, {"Ab", "ab "}, {"ÀB", "àb"}} {
		if got, want := isLower(c[0], c[1]), strings.ToLower(c[0]) == c[1]; got != want {
			t.Errorf("isLower(%q, %q) = %v, want %v", c[0], c[1], got, want)
		}
	}
}

// quoteMemo must give what normalise and quoteNames give, however many
// sentences come between two readings of one.
func TestQuoteMemo(t *testing.T) {
	var m quoteMemo
	for i := range 40 {
		s := fmt.Sprintf("Police in Bannu %d said Hamas %d", i%11, i%3)
		normal, names := m.of(s)
		if normal != normalise(s) || !slices.Equal(names, quoteNames(s)) {
			t.Errorf("of(%q) = %q %q", s, normal, names)
		}
	}
}
