package extract

import (
	"strings"
	"testing"
)

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

// TestCreditAccordingToClause checks that an "according to" closing one
// clause does not credit a count in the next clause that "and" opens with
// a subject of its own; one that opens the sentence credits both. The
// sentences are invented.
func TestCreditAccordingToClause(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The raid killed some 300 people, according to Norland officials, and the offensive that followed has killed at least 9,000 Ostlanders.",
			[]string{"Norland officials", ""}},
		{"The raid killed some 300 people, according to Norland officials, and the offensive that followed has killed at least 9,000 Ostlanders, according to the health office.",
			[]string{"Norland officials", "the health office"}},
		{"According to Norland officials, the raid killed some 300 people, and the offensive has killed at least 9,000 Ostlanders.",
			[]string{"Norland officials", "Norland officials"}},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range figuresIn(sentence(tt.text), newActorMatcher(testActors)) {
			got = append(got, f.AttributedTo)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}
