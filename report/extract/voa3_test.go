package extract

import (
	"os"
	"testing"
)

// The VOA3 set is a further estimate of how the extractor does on real
// reporting that nobody who writes the rules has read: twelve public-domain
// articles on four conflicts (Pakistan and the TTP, DR Congo and the M23,
// Sudan, Russia and Ukraine). Each article is the stored excerpt as it
// was found (Voice of America stories and an editorial, some as
// republished elsewhere, a State Department statement and a White House
// statement), page furniture dropped. Each conflict's config.toml was written from general knowledge
// before any article was searched for (commit a66084e); the articles and
// their gold were written by hand and committed before the extractor was
// run on any of them (commit 23ab80f). testdata/voa3 is laid out as
// testdata/voa. Only twelve articles: the pages corpus surfaced few VOA
// stories on these conflicts that testdata/voa does not already hold.
//
// First contact (the extractor of main's commit 4721431, the first and
// only run before these floors were set; no rule, config or gold changed
// since), scored by this test (row "all 12") and by shared/tools/score.py
// per conflict (`brief extract --config testdata/voa3/<c>/config.toml`);
// "-" where no gold figure was matched:
//
//	set       fig P  fig R  fig F1  what  attr  ev P  dated  st P  st R  st F1  matrix F1
//	all 12     0.95   0.91   0.93   0.90  0.80  0.75  0.85   0.37  0.26  0.31   0.40
//	pakistan   1.00   1.00   1.00   1.00  0.90  0.86  0.86   0.50  0.50  0.50   0.55
//	drc        0.00   0.00   0.00   -     -     0.80  0.78   0.40  0.29  0.33   0.40
//	sudan      1.00   0.50   0.67   1.00  1.00  0.43  1.00   0.22  0.14  0.17   0.35
//	ukraine    1.00   1.00   1.00   0.89  1.00  0.88  0.88   1.00  0.00  0.00   0.00
//
// (drc's one gold figure, "three to four thousand" troops, was extracted
// with other bounds; ukraine's two gold stances were both missed and none
// extracted, hence st P 1.) Gold: 38 stances (27 matrix cells), 22 scored
// figures (26 with the unscored "other" counts), 27 events. Polarity F1
// 0.31.
//
// After its first contact this became a development set (issue 15's
// fourth session): the rule writer read its misses and explained its
// sentences to learn the shapes of real stories and statements, so its
// scores no longer estimate anything. Scores after that work:
//
//	when           st P  st R  st F1  matrix F1
//	first contact  0.37  0.26  0.31   0.40
//	merged         0.39  0.29  0.33   0.43  (the session's first rules, written before the set existed)
//	end            0.54  0.55  0.55   0.63
//	fifth session  0.65  0.58  0.61   0.69
//
// testdata/voa5 is the sealed estimate on these conflicts (testdata/voa4
// was one until the fifth session).
//
// The test logs only the scores; VOA3_MISSES=1 logs each miss.

const voa3Dir = "testdata/voa3"

// voa3Floors are a little below the first-contact scores.
var voa3Floors = map[string]float64{
	"figures_p":     0.92,
	"figures_found": 0.88,
	"figures_f1":    0.90,
	"figures_what":  0.87,
	"figures_attr":  0.77,
	"events_p":      0.72,
	"events_dated":  0.82,
	"stances_p":     0.34,
	"stances_r":     0.23,
	"stances_f1":    0.28,
	"stances_pol":   0.28,
	"matrix_f1":     0.37,
}

func TestVOA3(t *testing.T) {
	logf := func(string, ...any) {} // scores only, never a miss
	if os.Getenv("VOA3_MISSES") == "1" {
		logf = t.Logf
	}
	checkFloors(t, "voa3", scoreSet(t, voa3Dir, logf), voa3Floors)
}
