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

// TestCreditAccusedAndBlamed checks the accuser's or blamer's count: a
// subject with its acronym in brackets before the date and the verb, and
// "blamed X for"; a participle "blamed for" reports nothing. The
// sentences are invented.
func TestCreditAccusedAndBlamed(t *testing.T) {
	checkCredits(t, []struct{ text, want string }{
		{"The army of the Republic of Norland (RON) on Monday accused the Freedom Front (FF) rebel group of killing at least 17 civilians in an attack.", "The army of the Republic of Norland (RON)"},
		{"The Joint Press Office (JPO) on Friday accused the militia of abducting 30 pupils.", "The Joint Press Office (JPO)"},
		{"Rights groups blamed the army for the deaths of 12 protesters.", "Rights groups"},
		{"The army blamed the rebels for killing 12 villagers.", "The army"},
		{"The militia blamed for the raid killed 12 villagers.", ""},
	})
}
