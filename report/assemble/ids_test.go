package assemble

import (
	"math"
	"strings"
	"testing"
	"unicode"

	"brief/report"
)

// FuzzEventID: an event's id is report.FactID of its date, precision and
// normalised summary, whatever the summary holds.
func FuzzEventID(f *testing.F) {
	for _, s := range []string{"", "Militants killed 9 soldiers in Bajaur.", "  ÉTÉ  über-Straße 12,5 ", "\xff\xfe bad \xe2\x80", "İstanbul K\u212a", "Ⓐⓑ ½ ٣", "a\u0301b", "\ufffd"} {
		f.Add("2023-06-05", "day", s)
	}
	var ids eventIDs
	f.Fuzz(func(t *testing.T, date, precision, summary string) {
		e := report.Event{Date: date, Precision: report.Precision(precision), Summary: summary}
		want := report.FactID("e", date, precision, report.Normalise(summary))
		if got := ids.of(e); got != want {
			t.Errorf("%q: id %s, want %s", summary, got, want)
		}
		if got, want := string(appendNormalised(nil, summary)), report.Normalise(summary); got != want {
			t.Errorf("appendNormalised(%q) = %q, want %q", summary, got, want)
		}
	})
}

// FuzzEachRun: eachRun yields the fields strings.FieldsFunc finds.
func FuzzEachRun(f *testing.F) {
	for _, s := range []string{"", "a", " 9 soldiers, in Bajaur ", "\xffé1\u2028x", "日本 语"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got []string
		eachRun(s, func(w string) { got = append(got, w) })
		want := summaryFields(s)
		if len(got) != len(want) {
			t.Fatalf("%q: %q, want %q", s, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%q: %q, want %q", s, got, want)
			}
		}
	})
}

// summaryFields is the reference eachRun is checked against.
func summaryFields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// FuzzFigureKey: a figure's key is report.FigureKey's, whatever its
// numbers and words.
func FuzzFigureKey(f *testing.F) {
	for _, v := range []float64{0, math.Copysign(0, -1), 1, 12.5, 1e6, 123456789, 1e21, 1e-5, 1e-7, math.Inf(1), math.NaN(), -3.25e-300} {
		f.Add(v, v*3, "about", "Pakistani Soldiers", "in June 2023 \xff", "")
	}
	f.Add(5e7, 5e7, "", "", "", "EUR")
	var keys figureKeys
	f.Fuzz(func(t *testing.T, low, high float64, qualifier, who, period, currency string) {
		fig := report.Figure{What: report.Killed, Low: low, High: high, Qualifier: qualifier, Who: who, Period: period, Currency: currency}
		if got, want := string(keys.of(fig)), report.FigureKey(fig); got != want {
			t.Errorf("key %q, want %q", got, want)
		}
	})
}

// TestFigureKeyCurrency: sums of money in two currencies are two figures.
func TestFigureKeyCurrency(t *testing.T) {
	usd := report.Figure{What: report.Money, Low: 5e7, High: 5e7, Currency: "USD"}
	eur := usd
	eur.Currency = "EUR"
	if report.FigureID(usd) == report.FigureID(eur) {
		t.Errorf("50 million USD and 50 million EUR share the id %s", report.FigureID(usd))
	}
	killed := report.Figure{What: report.Killed, Low: 12, High: 12}
	if got, want := report.FigureKey(killed), "killed|12|12|||"; got != want {
		t.Errorf("a figure with no currency has the key %q, want %q (unchanged)", got, want)
	}
}
