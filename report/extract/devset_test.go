package extract

import "testing"

// The development set: 32 articles on eight conflicts (Pakistan and the
// TTP, DR Congo and the M23, Sudan, Russia and Ukraine, Israel and Hamas,
// Myanmar, Yemen and the Red Sea, Haiti), four per conflict, in the shapes
// of real reporting: wire stories, briefing transcripts, a live blog,
// explainers and analyses with quoted experts, with positions of third
// parties, positions relayed by others, and distractors (forecasts,
// questions, hypotheticals) that are no positions. Each conflict's
// config.toml was written from general knowledge before any article;
// articles and gold were committed before the extractor was first run on
// them (gold commit 767d4dd). testdata/devset is laid out as
// testdata/heldout4.
//
// First contact, measured once on the extractor of main at 743e356 (the
// rules untouched on this branch), gold commit 767d4dd; each set with
// shared/tools/score.py on `brief extract --config <set>/config.toml`,
// overall from this test (which agrees with score.py on the merged sets):
//
//	set       fig P  F1   what attr | ev P dated | st P  R    F1   pol  | matrix F1
//	pakistan  0.96  0.94 0.83 0.83 | 0.60 0.87  | 0.71 0.20 0.31 0.31 | 0.38
//	drc       1.00  1.00 0.60 0.60 | 0.57 0.83  | 0.43 0.07 0.12 0.16 | 0.18
//	sudan     0.92  0.89 0.83 0.92 | 0.70 0.87  | 1.00 0.28 0.43 0.47 | 0.50
//	ukraine   0.69  0.73 0.40 0.70 | 0.42 0.78  | 0.60 0.09 0.16 0.16 | 0.27
//	gaza      0.82  0.82 0.79 0.93 | 0.79 1.00  | 0.89 0.23 0.36 0.38 | 0.36
//	myanmar   0.94  0.97 0.94 0.88 | 0.86 0.83  | 0.69 0.28 0.40 0.47 | 0.47
//	yemen     0.78  0.58 0.29 0.86 | 0.67 1.00  | 0.71 0.17 0.28 0.29 | 0.31
//	haiti     0.91  0.89 0.71 0.86 | 0.67 0.81  | 0.50 0.11 0.18 0.19 | 0.19
//	overall   0.89  0.87 0.72 0.82 | 0.65 0.88  | 0.72 0.18 0.28 0.31 | 0.34
//
// Gold: 261 stances, 141 figures (139 scored), 107 events. Part of the
// low "what" is the kind's name: the gold writes "money" (and "released")
// where the extractor still says money_usd.
//
// Gold corrected after the first run, plain errors only: the six events of
// precision week were written as ISO weeks ("2025-W45"); this test compares
// dates as written, so they are now the Monday of the same week with
// precision week, as in the other sets (score.py reads both alike; this
// test's events dated went from 0.82 to 0.88, score.py's stayed 0.88).
//
// This set is for development: read its misses to find what a rule must
// do in general, then check the rule on new text. Its first contact above
// is the honest figure; later scores on it are tuned scores.
//
// Issue 15's second contact, before its misses were read: the extractor
// with the lexicon as data, issue terms by lemma, the thesaurus, speakers,
// forgiving names and the CAMEO cues (commit 80706fd, before any rule was
// written from this set): stances P 0.70 R 0.22 F1 0.33, matrix F1 0.40.
// After the rounds written from its misses (anaphora, deeds, verdicts,
// relative clauses, group phrases, split conditions …) and issue 16's
// figures and events: figures P 0.90 F1 0.90 what 0.91 attr 0.81; events
// P 0.65 dated 0.91; stances P 0.76 R 0.37 F1 0.49 (polarity 0.52);
// matrix F1 0.57 (score.py on the sets one by one: F1 0.50, matrix 0.56). Those are tuned scores; the sealed set's are the
// estimate.

const devsetDir = "testdata/devset"

// devsetFloors are a little below the latest scores, so that a change
// that loses what was gained shows.
var devsetFloors = map[string]float64{
	"figures_p":     0.90,
	"figures_found": 0.88,
	"figures_f1":    0.89,
	"figures_what":  0.92,
	"figures_attr":  0.94,
	"events_p":      0.70,
	"events_dated":  0.90,
	"stances_p":     0.74,
	"stances_r":     0.34,
	"stances_f1":    0.47,
	"stances_pol":   0.49,
	"matrix_f1":     0.54,
}

func TestDevset(t *testing.T) {
	checkFloors(t, "devset", scoreDomains(t, devsetDir), devsetFloors)
}
