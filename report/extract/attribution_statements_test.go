package extract

import "testing"

// TestCreditStatementShapes checks credits in shapes of official
// statements and news copy that name a source after a count, or a count's
// estimate without one; the sentences are invented.
func TestCreditStatementShapes(t *testing.T) {
	tests := []struct{ text, want string }{
		// A source set after the count with "reports" in the present, as
		// with "says".
		{"Since March, at least 214 children have been killed, the Norland Children's Fund reports.", "The Norland Children's Fund"},
		{"At least 40 villagers were killed, local media reports.", "local media"},
		// "reports" as a noun stays one.
		{"At least 40 villagers were killed, according to media reports.", "media reports"},
		// An estimate with an adjective before it is a noun, no one's
		// saying: the article's own count.
		{"Current estimates are these strikes killed at least 30 people.", ""},
		{"Current figures indicate that 19 people were killed.", ""},
		{"Latest estimates show 40 people were killed, the ministry said.", "the ministry"},
	}
	checkCredits(t, tests)
}
