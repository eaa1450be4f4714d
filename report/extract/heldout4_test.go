package extract

import "testing"

// The fourth held-out set: four short articles in four new domains and
// outlets (Kashmir militancy from The Hindu, Turkish strikes on the PKK in
// Iraqi Kurdistan from Rudaw, ISWAP and Boko Haram in north-east Nigeria
// from Premium Times, with army, resident and Amnesty tolls that conflict,
// and South Sudan from Radio Tamazuj), written with their configs and gold
// after heldout3 was spent, and committed before the extractor was first
// run on them (commit 691786b). testdata/heldout4 is laid out as
// testdata/general.
//
// First contact, with no rule changed after it: figures P 0.94 found 1.00
// F1 0.97, what 0.81, attributed_to 0.88; events P 1.00, dated 0.92;
// stances P 0.88 R 0.70 F1 0.78 (polarity F1 0.78); matrix F1 0.78.
// Its false positives at first contact: a stance that is supported "but"
// bound by a condition ("supports the disarmament process ..., but
// insists the group must hand over all of its weapons first", "remained
// committed to disarmament but would not lay down arms") read as plain
// support and, for the second, also as opposition.
//
// After the general rules written for those and for the misses read here
// and on heldout2 and heldout3 (a "but" proviso binds support into a
// condition; "condemned X as <claim>" asserts the claim; "<issue> would be
// restored only at …" and "any <issue> held under …" are conditions; a
// credited "directorate"; a count "since <day>" dated on that day; "left
// their villages", "remain displaced" counted as displaced), each checked
// on sentences written for the unit tests: stances P 1.00 R 0.82 F1 0.90
// (polarity F1 0.90); matrix F1 0.90; figures what 0.94, attributed_to
// 0.94; events P 1.00, dated 1.00. The set is no longer clean. Left: "his
// party said … and called for his immediate release" (a cue after a
// reported clause keeps no subject), "Machar would face trial"
// (opposition told by its consequence), a bare "once" with no supporting
// cue, an interviewee who "told Premium Times" (the publishing outlet
// credited), "losing two soldiers" (counted as troops, not killed).
//
// Keep this set honest: do not tune rules on its articles. Read its
// misses only to find what a rule must do in general, then check that
// rule on new text; when the set is spent, write a heldout5.

const heldout4Dir = "testdata/heldout4"

// heldout4Floors are a little below the first-contact scores; stances,
// matrix, figures' what and attributed_to and events' dates a little below
// those after the fixes.
var heldout4Floors = map[string]float64{
	"figures_p":     0.90,
	"figures_found": 0.95,
	"figures_f1":    0.93,
	"figures_what":  0.90,
	"figures_attr":  0.97, // 1.00 after issue 16
	"events_p":      0.95,
	"events_dated":  0.95,
	"stances_p":     0.95,
	"stances_r":     0.78,
	"stances_f1":    0.86,
	"stances_pol":   0.86,
	"matrix_f1":     0.86,
}

func TestHeldout4(t *testing.T) {
	checkFloors(t, "heldout4 set", scoreDomains(t, heldout4Dir), heldout4Floors)
}
