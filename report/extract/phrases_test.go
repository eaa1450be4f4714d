package extract

import (
	"slices"
	"testing"

	"brief/report"
)

func TestPhraseGap(t *testing.T) {
	p := newPhraseSet(true)
	p.gap = true
	p.add("take action", 0)
	p.add("attacks on shipping", 1)
	p.add("release of hostages", 2)
	tests := []struct {
		text string
		want int // the phrase's value, -1 for none
	}{
		{"take action", 0},
		{"take concrete action", 0},
		{"take more concrete action", 0},
		{"taking swift action", 0},
		{"take no action", -1},
		{"take it to action", -1},
		{"take decisive and action", -1},
		{"take far too much action", -1},
		{"attacking shipping", 1},
		{"attacked shipping", 1},
		{"attacks shipping", -1},
		{"attacks on commercial shipping", 1},
		{"released hostages", 2},
		{"release hostages", 2},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text)
		got := -1
		if ms := p.findAll(toks, 0, len(toks)); len(ms) > 0 {
			got = ms[0].Value
		}
		if got != tt.want {
			t.Errorf("%q matched %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestInvertedTerm(t *testing.T) {
	tests := map[string]string{
		"release of hostages":          "hostages release",
		"attacks on shipping":          "shipping attacks",
		"take action":                  "",
		"cessation of all hostilities": "",
	}
	for term, want := range tests {
		if got := invertedTerm(term); got != want {
			t.Errorf("invertedTerm(%q) = %q, want %q", term, got, want)
		}
	}
	d := Domain{Actors: sudanDomain.Actors, Issues: []report.Issue{{ID: "hostages", Terms: []string{"release of hostages"}}}}
	want := []string{"United States/hostages/demand"}
	if got := stanceKeys(d, "The United States called for a swift hostage release."); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
