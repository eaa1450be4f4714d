package extract

import "testing"

// The held-out test is a second round of the general test on articles in
// styles the rules had not met: an Express Tribune report resting on
// anonymous officials, a TOLOnews piece giving the Taliban's side, an ISPR
// press release, a Crisis Group analysis with hedged claims, a Chinese
// foreign ministry briefing in question-and-answer form, a live blog, a
// Reuters explainer full of past dates (Yemen), an Al Jazeera report on
// Houthi–Saudi talks, an Irrawaddy report with conflicting casualty claims
// (Myanmar) and an RFI report on Mali. Two more (Addis Standard on Tigray,
// AP on Mali) were written after the first round of fixes, as a third
// contact. Configs and gold were written before the extractor was run on
// them; testdata/heldout has one folder per conflict, laid out as
// testdata/general.

const heldoutDir = "testdata/heldout"

// heldoutFloors are the lowest acceptable scores on the held-out set (all
// twelve articles), a little below those measured after the rules were
// improved: figures P 0.98 found 0.95 F1 0.96, what 0.90, attributed_to
// 0.79; events P 0.93, dated 1.00; stances P 0.98 R 0.72 F1 0.83; matrix
// F1 0.85 (R 0.70 F1 0.82, matrix 0.84 before the round of tolerant
// terms, appeals, pair phrases, participation and a bare "the army").
// The heldout3 precision round left stances P 0.98 R 0.72 F1 0.83, matrix
// F1 0.85. A question in the article's voice now takes no position, which
// lost a China demand in the MFA transcript that had been matched only
// through a journalist's question; a speech verb after "but" sharing the
// sentence's subject found a Pakistan stance in crisisgroup_analysis.
//
// First contact with the first ten, before any rule was changed, with the
// gold as first written: figures P 0.94 found 0.91 F1 0.92, what 0.90,
// attributed_to 0.67; events P 0.88, dated 0.93 (0.97 once the gold dated
// weeks by their Monday, as MODEL.md does); stances P 0.78 R 0.39 F1 0.52;
// matrix F1 0.59. Two gold entries were added after that run to follow the
// seeds' conventions (see gold/tribune_officials.toml); with them first
// contact scores stances P 0.80 R 0.40 F1 0.53.
//
// Third contact, the two later articles with the first round of fixes:
// figures F1 1.00, attributed_to 0.62, events dated 1.00, stances P 0.83
// R 0.50 F1 0.62 — no better on stances than the rules before any fix,
// so the first round had fitted its articles more than it generalised;
// after the second round (', but only if', 'only once', 'and to' under a
// demand) they score stances P 1.00 R 0.70 F1 0.82.
// Issue 15's participle rule ("talks, mediated by Qatar and Turkey":
// the mediators take part, MODEL.md's support) reads two stances this
// gold leaves out; the precision floor moved from 0.93 to 0.92 for them.
// Issue 15's fourth session lets a country's name stand for the actor that
// governs it ("Malian government": "Mali's transitional government
// rejected …"); one stance this gold leaves out comes with the two it
// gains, and the precision floor moved to 0.91.
var heldoutFloors = map[string]float64{
	"figures_p":     0.95,
	"figures_found": 0.90,
	"figures_f1":    0.93,
	"figures_what":  0.87,
	"figures_attr":  0.79, // 0.81 after issue 16
	"events_p":      0.88,
	"events_dated":  0.95,
	"stances_p":     0.91,
	"stances_r":     0.68,
	"stances_f1":    0.80,
	"stances_pol":   0.80,
	"matrix_f1":     0.82,
}

func TestHeldout(t *testing.T) {
	checkFloors(t, "held-out set", scoreDomains(t, heldoutDir), heldoutFloors)
}
