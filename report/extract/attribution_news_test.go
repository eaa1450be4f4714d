package extract

import (
	"slices"
	"testing"
)

// TestCreditNewsShapes checks credits in shapes of real news copy; the
// sentences are invented.
func TestCreditNewsShapes(t *testing.T) {
	tests := []struct{ text, want string }{
		// "responded to" an attack, singular or plural, is no saying.
		{"Troops responded to the assault and killed 14 rebels, said a police officer in the district.", "a police officer"},
		{"Guards responded to an ambush and killed six gunmen, said the district chief.", "the district chief"},
		{"Police responded to the raids and killed six gunmen, said the district chief.", "the district chief"},
	}
	am := newActorMatcher(testActors)
	for _, tt := range tests {
		fs := figuresIn(sentence(tt.text), am)
		if len(fs) == 0 {
			t.Errorf("figuresIn(%q): no figure", tt.text)
			continue
		}
		for _, f := range fs {
			if f.AttributedTo != tt.want {
				t.Errorf("figure %q of %q credited to %q, want %q", f.Text, tt.text, f.AttributedTo, tt.want)
			}
		}
	}
}

// TestCreditContinuedAlso checks that a sentence with no source of its
// own that goes on with "were also …" takes the paragraph's source, and
// that one in a new paragraph does not.
func TestCreditContinuedAlso(t *testing.T) {
	paras := [][]string{
		{"A police statement said on Monday that nine gunmen were killed in the raid.", "Three officers were also wounded."},
		{"Four houses were likewise destroyed."},
	}
	want := []string{"A police statement", "A police statement", ""}
	if got := creditsOf(joinParagraphs(paras)); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}
