package extract

import (
	"os"
	"testing"
)

// The VOA6 set is a further first-contact estimate of how the extractor
// does on real reporting that nobody who writes the rules has read:
// twenty-four public-domain US government texts, three on each of the
// eight conflicts the users follow (Pakistan and the TTP, DR Congo and the
// M23, Sudan, Russia and Ukraine, Israel and Hamas, Myanmar, Yemen and the
// Red Sea, Haiti), none of them in testdata/voa, voa2, voa3, voa4 or voa5
// (checked by a distinctive sentence of each). They are Voice of America
// news stories, editorials and a VOA60 item (one as republished with VOA
// credited), State Department statements, remarks, a fact sheet and a
// briefing transcript, a White House statement, Defense Department
// releases and news, and USAID press releases (several as republished
// elsewhere, the government text only), from 2009 to 2025, each the stored
// excerpt as it was found, page furniture and header lines dropped. Each
// conflict's config.toml was written from general knowledge before any
// article was searched for (commit c8e5d6c); the articles and their gold
// were written by hand and committed before the extractor was run on any
// of them (commit a63df98). testdata/voa6 is laid out as testdata/voa.
//
// First contact (the extractor of main's commit b96cd75, the first run on
// these articles; no rule, config or gold of theirs changed since),
// scored by this test (row "all 24") and by shared/tools/score.py per
// conflict (`brief extract --no-cache --config
// testdata/voa6/<c>/config.toml`, then `score.py --gold
// testdata/voa6/<c>/gold`); "-" where the conflict has no scored gold
// figure (drc's one extracted figure counts people sanctioned, which gold
// gives as kind other):
//
//	set       fig P  fig R  fig F1  what  attr  ev P  dated  st P  st R  st F1  matrix F1  pol F1
//	all 24     0.91   0.83   0.87   0.95  0.75  0.80  0.83   0.65  0.30  0.41   0.50       0.43
//	pakistan   1.00   0.80   0.89   1.00  0.88  0.80  0.80   0.60  0.60  0.60   0.86       0.60
//	drc        0.00   -      -      -     -     0.71  0.60   1.00  0.25  0.40   0.50       0.43
//	sudan      -      -      -      -     -     0.75  1.00   0.86  0.60  0.71   0.86       0.71
//	ukraine    1.00   1.00   1.00   1.00  1.00  0.80  0.80   0.25  0.14  0.18   0.22       0.18
//	gaza       1.00   0.71   0.83   0.80  0.40  0.71  0.83   0.60  0.18  0.27   0.30       0.30
//	myanmar    -      -      -      -     -     0.75  0.86   0.60  0.27  0.37   0.50       0.40
//	yemen      1.00   1.00   1.00   1.00  1.00  1.00  1.00   0.75  0.20  0.32   0.43       0.33
//	haiti      1.00   1.00   1.00   1.00  0.67  1.00  0.75   0.57  0.40  0.47   0.53       0.47
//
// Gold: 87 stances (67 matrix cells as score.py counts them, article by
// article), 24 scored figures (29 with the unscored "other" counts), 42
// events. As in the other VOA sets most stances are the United States'
// (the sources are its own works), and most misses are of shapes the rules
// do not read yet: commending, welcoming or thanking as support; an
// actor's acts told as events (strikes, sinkings, detentions) as taking
// part; attributive claims ("X-backed"); refusals by ellipsis ("A
// accepted; B did not"); demands as impersonal necessity ("it is
// essential that X do Y", "they must go free"); designations as sanctions;
// condemnation and concern as opposition; and a resolution's demand.
// Extra stances are mostly an actor named in a time clause or as a victim
// taken for the holder. The territory issue's label (annexation and
// occupation) makes backing territorial integrity an "oppose", which the
// extractor reads as support.
//
// Commit b96cd75 held most of the fifth session's stance rules (the
// statement's voice, offices before unknown names, mediators, parties
// after the verb, and the rules from wire reporting). Sealed since: only
// its scores are read. Its builder's list of miss categories above
// prompted one lexicon entry ("commend", also seen in testdata/voa); no
// other rule. At the end of the fifth session:
//
//	when            st P  st R  st F1  matrix F1
//	first contact   0.65  0.30  0.41   0.50
//	fifth session   0.65  0.32  0.43   0.55
//
// The test logs only the scores; VOA6_MISSES=1 logs each miss.

const voa6Dir = "testdata/voa6"

// voa6Floors are a little below the first-contact scores of all 24.
var voa6Floors = map[string]float64{
	"figures_p":     0.88,
	"figures_found": 0.80,
	"figures_f1":    0.84,
	"figures_what":  0.92,
	"figures_attr":  0.72,
	"events_p":      0.77,
	"events_dated":  0.80,
	"stances_p":     0.62,
	"stances_r":     0.27,
	"stances_f1":    0.38,
	"stances_pol":   0.40,
	"matrix_f1":     0.47,
}

func TestVOA6(t *testing.T) {
	logf := func(string, ...any) {} // scores only, never a miss
	if os.Getenv("VOA6_MISSES") == "1" {
		logf = t.Logf
	}
	checkFloors(t, "voa6", scoreSet(t, voa6Dir, logf), voa6Floors)
}
