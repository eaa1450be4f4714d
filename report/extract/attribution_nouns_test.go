package extract

import "testing"

// TestCreditShipsAndFirms checks credits to a ship's crew or captain and
// to a company named by its noun. The sentences are invented.
func TestCreditShipsAndFirms(t *testing.T) {
	checkCredits(t, []struct{ text, want string }{
		{"Three sailors were killed and four others wounded, according to the crew.", "the crew"},
		{"Five seamen were injured, according to the captain.", "the captain"},
		{"Two guards were killed, according to the company.", "the company"},
		{"Four crew members were hurt, the ship's operator said.", "the ship's operator"},
	})
}
