package assemble

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"brief/report"
)

// isLower must agree with strings.ToLower(n) == w.
func TestIsLower(t *testing.T) {
	for _, c := range [][2]string{{"Kirby", "kirby"}, {"Kirby", "kirb"}, {"KIRBY", "kirby"}, {"Şehir", "şehir"}, {"İstanbul", "istanbul"},
		{"\u212Aelvin", "kelvin"}, {"Kirby", "Kirby"}, {"", ""}, {"Ab", "ab "}, {"ÀB", "àb"}} {
		if got, want := isLower(c[0], c[1]), strings.ToLower(c[0]) == c[1]; got != want {
			t.Errorf("isLower(%q, %q) = %v, want %v", c[0], c[1], got, want)
		}
	}
}

// quoteMemo must give what report.Normalise and quoteNames give, however many
// sentences come between two readings of one.
func TestQuoteMemo(t *testing.T) {
	var m quoteMemo
	for i := range 40 {
		s := fmt.Sprintf("Police in Bannu %d said Hamas %d", i%11, i%3)
		normal, names := m.of(s)
		if normal != report.Normalise(s) || !slices.Equal(names, quoteNames(s)) {
			t.Errorf("of(%q) = %q %q", s, normal, names)
		}
	}
}
