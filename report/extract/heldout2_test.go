package extract

import "testing"

// The second held-out set: four short articles in four new domains
// (Colombia–ELN talks, the Armenia–Azerbaijan treaty, Somalia and
// al-Shabaab, the India–Pakistan ceasefire), written with their configs
// and gold after the round of fixes for tolerant issue terms, appeals,
// "both sides" and participation, and committed before the extractor was
// first run on them (commit 8d3389b). testdata/heldout2 is laid out as
// testdata/general.
//
// First contact, with no rule changed after it: figures P 1.00 found 1.00
// F1 1.00, what 0.93, attributed_to 1.00; events P 1.00, dated 0.89;
// stances P 0.76 R 0.62 F1 0.68 (polarity F1 0.69); matrix F1 0.68.
// The rules added later in the same session, from misses in the general
// and first held-out sets (pair resolvers, "after talks", "held their
// first direct talks", a bare "the army", "the paramilitary group"), left
// every score here unchanged: they fit those sets more than new text.
// Its misses at first contact: an accusation read as the accused's
// position ("Pakistani troops had violated the understanding"), "hoped
// both parties would return to talks … as soon as" read as a condition,
// a reported demand ("called on the government to resume the dialogue")
// given to the wrong side, issues named by pronouns ("sign it") or by
// other words ("the process", "the US role").
//
// After the precision round of the heldout3 session (its false positives
// read, general rules written and checked on heldout3 and the fitted
// sets, and on sentences written for the unit tests): stances P 0.94
// R 0.69 F1 0.79 (polarity F1 0.81); matrix F1 0.79. The set is no longer clean: its misses were read. Left: "prepared
// to dissolve the group once the treaty was signed" (no condition read
// from a bare "once"), "called on donors to fund its appeal" (an aid
// appeal read as the mission's funding), "would not recognise" kinds.
//
// After the heldout4 session's round (a "once" clause after a supported
// issue made a condition): stances P 0.97 R 0.71 F1 0.82 (polarity F1
// 0.83); matrix F1 0.82. Left: "called on donors to fund its appeal".
//
// Keep this set honest: do not tune rules on its articles. Read its
// misses only to find what a rule must do in general, then check that
// rule on new text; when the set is spent, write a heldout3.

const heldout2Dir = "testdata/heldout2"

// heldout2Floors are a little below the first-contact scores, stances
// and matrix a little below those after the precision round.
var heldout2Floors = map[string]float64{
	"figures_p":     0.95,
	"figures_found": 0.95,
	"figures_f1":    0.95,
	"figures_what":  0.90,
	"figures_attr":  0.95,
	"events_p":      0.95,
	"events_dated":  0.85,
	"stances_p":     0.93,
	"stances_r":     0.65,
	"stances_f1":    0.78,
	"stances_pol":   0.75,
	"matrix_f1":     0.78,
}

func TestHeldout2(t *testing.T) {
	checkFloors(t, "heldout2 set", scoreDomains(t, heldout2Dir), heldout2Floors)
}
