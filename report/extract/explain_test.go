package extract

import (
	"strings"
	"testing"

	"brief/report"
)

func TestExplain(t *testing.T) {
	x := New(speakerDomain)
	traces := x.Explain("Kremlin spokesman Dmitry Peskov said Russia rejected a truce. Analysts say Russia may want talks. The weather was fine.", "", report.Date{})
	if len(traces) != 3 {
		t.Fatalf("%d traces, want 3", len(traces))
	}
	var b strings.Builder
	if err := WriteExplanation(&b, traces); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"stances: Russia ceasefire oppose (said by Dmitry Peskov, Russia)",
		"issues:  truce: ceasefire",
		"cues:    rejected: oppose",
		`Russia as "Dmitry Peskov" [person]`,
		"none:    no issue term",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explanation lacks %q:\n%s", want, out)
		}
	}
	if terms := x.IssueTerms()["ceasefire"]; !contains(terms, "truce") || !contains(terms, "ceasefire") {
		t.Errorf("IssueTerms()[ceasefire] = %v, want its own term and the thesaurus's", terms)
	}
}

// TestExplainRefusal checks that a cue that gives no stance says why.
func TestExplainRefusal(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Russia had held talks in 2019.", `"held": history told`},
		{"Russia agreed to a truce.", ""},
	} {
		traces := New(speakerDomain).Explain(tc.text, "", report.Date{})
		if len(traces) != 1 {
			t.Fatalf("%q: %d traces, want 1", tc.text, len(traces))
		}
		got := traces[0].Reason
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("%q: reason %q, want %q in it (none when a stance is found)", tc.text, got, tc.want)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
