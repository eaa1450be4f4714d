package extract

import "testing"

// The third held-out set: four short articles in four new domains
// (Western Sahara, Libya, Haiti's gangs and the Kenyan-led mission, the
// Cabo Delgado insurgency), written with their configs and gold after
// heldout2 was spent, and committed before the extractor was first run on
// them (commit 81b0e87). testdata/heldout3 is laid out as testdata/general.
//
// First contact, with no rule changed after it: figures P 1.00 found 1.00
// F1 1.00, what 0.89, attributed_to 0.68; events P 0.72, dated 0.91;
// stances P 0.78 R 0.58 F1 0.67 (polarity F1 0.69); matrix F1 0.67.
// Its false positives at first contact: accusations read as the
// accused's position ("accused Morocco of violating the 1991 ceasefire"),
// a demand's addressee given the demanded act ("urged the European Union
// to resume funding"), a negation reaching past "and would continue",
// "welcomed a plan to replace the mission" read as support for the
// mission, a pronoun after a semicolon given to the first speaker, the
// subject of a condition's clause lent to the next coordinated cue.
//
// After the general rules written for those (and for heldout2's):
// stances P 0.94 R 0.65 F1 0.77 (polarity F1 0.79); matrix F1 0.77;
// figures and events unchanged. The set is no longer clean.
//
// After the heldout4 session's round (refusing "any election held under
// X" made a condition, "only if a referendum remained on the table" read
// as support): stances P 1.00 R 0.69 F1 0.81 (polarity F1 0.81); matrix
// F1 0.81.
//
// Keep this set honest: do not tune rules on its articles. Read its
// misses only to find what a rule must do in general, then check that
// rule on new text; when the set is spent, write a heldout4.

const heldout3Dir = "testdata/heldout3"

// heldout3Floors are a little below the first-contact scores, stances
// and matrix a little below those after the precision round.
var heldout3Floors = map[string]float64{
	"figures_p":     0.95,
	"figures_found": 0.95,
	"figures_f1":    0.95,
	"figures_what":  0.85,
	"figures_attr":  0.72, // 0.75 after issue 16
	"events_p":      0.68,
	"events_dated":  0.87,
	"stances_p":     0.94,
	"stances_r":     0.61,
	"stances_f1":    0.77,
	"stances_pol":   0.75,
	"matrix_f1":     0.77,
}

func TestHeldout3(t *testing.T) {
	checkFloors(t, "heldout3 set", scoreDomains(t, heldout3Dir), heldout3Floors)
}
