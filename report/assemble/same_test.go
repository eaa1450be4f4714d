package assemble

import (
	"testing"

	"brief/report"
)

// TestSameEventIsMergesRule: SameEvent says two summaries are one event
// exactly when mergeEvents joins two reports of that date with them. The
// summaries are invented.
func TestSameEventIsMergesRule(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Suicide attack on a police post in Bannu", "Suicide attack on the police post in Bannu district", true},
		{"Suicide attack on a police post in Bannu", "Troops raid a compound in Lakki Marwat", false},
		{"Militants killed 9 soldiers in Bajaur", "Militants killed 9 soldiers in Khyber", false},
		{"Militants killed 9 soldiers in Bajaur", "Militants killed 7 soldiers in Bajaur", false},
		{"Militants killed 9 soldiers", "Militants killed 9 soldiers in Bajaur", true},
		{"Talks resume in Doha", "Talks resume in Doha", true},
		{"Talks resume in Doha", "Doha hosts a prisoner exchange", false},
	}
	for _, tt := range tests {
		if got := SameEvent(tt.a, tt.b); got != tt.want {
			t.Errorf("SameEvent(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := SameEvent(tt.b, tt.a); got != tt.want {
			t.Errorf("SameEvent(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
		var arts []Article
		for i, s := range []string{tt.a, tt.b} {
			id := string(rune('a' + i))
			arts = append(arts, Article{Source: report.Source{ID: id}, Facts: report.Facts{Events: []report.Event{{
				Date: "2023-06-04", Precision: "day", Summary: s, Citations: []report.Citation{{Source: id, Quote: s}}}}}})
		}
		if merged := len(mergeEvents(arts)) == 1; merged != tt.want {
			t.Errorf("mergeEvents joins %q and %q: %v, want %v", tt.a, tt.b, merged, tt.want)
		}
	}
}
