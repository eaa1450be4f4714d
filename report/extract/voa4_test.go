package extract

import (
	"os"
	"testing"
)

// The voa4 set is a second honest estimate of how the extractor does on
// real reporting that nobody who writes the rules has read, on four
// conflicts the first VOA set also follows but with other articles:
// sixteen public-domain texts (Voice of America stories and editorials,
// State Department remarks and a media note, a White House statement, some
// as republished elsewhere) on Israel and Hamas, Myanmar, Yemen and the Red
// Sea, and Haiti, four each. Each article is the stored excerpt as it was
// found, page furniture dropped and cut before a broken last sentence.
// Each conflict's config.toml was written from general knowledge before
// any article was searched for (commit db83532); the articles and their
// gold were written and committed before the extractor was run on any of
// them (commit e722505). The layout is testdata/voa's.
//
// First contact (the extractor of commit 4721431, the first and only run
// before these floors were set; no rule, gold or config changed since),
// scored by this test (row "all 16") and by shared/tools/score.py per
// conflict (`brief extract --no-cache --config
// testdata/voa4/<c>/config.toml`, then `score.py --gold
// testdata/voa4/<c>/gold`). "dated" is the share of gold events found
// and dated right:
//
//	set       fig P  fig R  fig F1  what  attr  ev P  dated  st P  st R  st F1  matrix F1
//	all 16     0.74   0.70   0.72   0.86  1.00  0.71  0.97   0.52  0.20  0.29   0.38
//	gaza       1.00   1.00   1.00   0.83  1.00  0.67  1.00   0.73  0.38  0.50   0.59
//	myanmar    0.56   0.83   0.67   1.00  1.00  0.50  1.00   0.25  0.08  0.12   0.15
//	yemen      1.00   0.40   0.57   1.00  1.00  1.00  0.90   0.33  0.21  0.26   0.32
//	haiti      0.50   0.33   0.40   0.00  1.00  0.64  1.00   0.67  0.09  0.16   0.29
//
// Polarity F1 0.35. Gold: 70 stances (49 matrix cells), 26 figures (20
// scored; the rest are of kind "other"), 29 events. As in testdata/voa,
// most stances are the United States' (the sources are US government
// works), and the misses are mostly of shapes the rules do not read yet:
// praise and thanks as support in remarks, a statement's "we", threats
// and conditions ("if they stop X, there is no Y"), taking part told as
// an event ("arrived as part of the mission"), calls to end a harm (which
// oppose the harm), and an actor named as the object or in another's title
// taken for the holder.
//
// Sealed since: only its scores are read. After the fourth session's
// rules (its first contact was before them):
//
//	when            st P  st R  st F1  matrix F1
//	first contact   0.52  0.20  0.29   0.38
//	fourth session  0.59  0.24  0.34   0.45
//
// In the fourth session its scores were read after every change, and
// changes that lowered them (or another sealed set's) without helping a
// development set were dropped: a mild tuning on it (issue 15's note).
//
// Unsealed in the fifth session (from commit cb80a21, at the fourth
// session's row above): the rule writer reads its misses and explains its
// sentences to learn more shapes of real statements, so from then on it
// is a development set and its scores estimate nothing. testdata/voa2,
// testdata/voa5 and testdata/voa6 stay sealed. After the fifth session's
// rules, learned partly from its misses:
//
//	when            st P  st R  st F1  matrix F1
//	fifth session   0.75  0.47  0.58   0.69
//
// Figures and events after the fifth session's rules (branch figev3),
// this test / score.py per conflict: all 16 fig P 0.95 R 0.95 F1 0.95
// what 1.00 attr 1.00, ev P 0.83 dated 1.00; gaza/myanmar/yemen fig F1
// 1.00, haiti 0.67 (380 "colleagues" unread; 4,000 inmates freed read as
// released, gold other); ev P gaza 0.75, myanmar 0.60, yemen 1.00,
// haiti 0.88.
//
// The test logs only the scores; VOA4_MISSES=1 logs each miss.

const voa4Dir = "testdata/voa4"

// voa4Floors are a little below the first-contact scores.
var voa4Floors = map[string]float64{
	"figures_p":     0.92,
	"figures_found": 0.92,
	"figures_f1":    0.92,
	"figures_what":  0.97,
	"figures_attr":  0.97,
	"events_p":      0.78,
	"events_dated":  0.97,
	"stances_p":     0.49,
	"stances_r":     0.17,
	"stances_f1":    0.26,
	"stances_pol":   0.32,
	"matrix_f1":     0.35,
}

// TestVOA4 scores the extractor on testdata/voa4 and holds it at the
// floors; VOA4_MISSES=1 logs each miss and false positive.
func TestVOA4(t *testing.T) {
	logf := func(string, ...any) {} // scores only, never a miss
	if os.Getenv("VOA4_MISSES") == "1" {
		logf = t.Logf
	}
	checkFloors(t, "voa4", scoreSet(t, voa4Dir, logf), voa4Floors)
}
