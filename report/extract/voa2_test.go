package extract

import (
	"os"
	"testing"
)

// The VOA2 set is the sealed estimate of how the extractor does on real
// reporting that nobody who writes the rules has read (testdata/voa, the
// first such set, is now the rule writers' development set). It holds
// thirty-five public-domain articles (Voice of America stories, Learning
// English and an editorial; State Department readouts, statements and
// briefing transcripts; White House and US Mission to the UN statements
// and remarks, most as republished elsewhere) on nine conflicts, none of
// them an article of testdata/voa: Somalia and al-Shabaab, Ethiopia,
// the Sahel (Niger), Libya, Syria, Lebanon and Hezbollah, South Sudan,
// Nigeria, Armenia and Azerbaijan. Each article is the stored excerpt as
// it was found, page furniture dropped. Each conflict's config.toml was
// written from general knowledge before any article was searched for
// (commit 2cb4bb7); the articles and their gold were written and
// committed before the extractor was run on any of them (commit de31ed8).
// testdata/voa2 is laid out as testdata/voa.
//
// First contact (commit de31ed8's extractor, the first and only run before
// these floors were set; no rule and no gold changed since), scored by
// this test (row "all 35") and by shared/tools/score.py per conflict
// (`brief extract --config testdata/voa2/<c>/config.toml`). score.py
// prints P = 1.00 when nothing was extracted and R = 1.00 when the gold has
// nothing; "-" where neither side has anything to judge (what and attr:
// no matched pair):
//
//	set         fig P  fig R  fig F1  what  attr  ev P  dated  st P  st R  st F1  matrix F1
//	all 35       0.84   0.93   0.88   0.88  0.84  0.45  0.91   0.27  0.07  0.12   0.18
//	somalia      0.82   1.00   0.90   0.93  0.93  0.69  0.91   0.50  0.20  0.29   0.29
//	ethiopia     -      -      -      -     -     1.00  1.00   1.00  0.08  0.15   0.22
//	sahel        -      -      -      -     -     1.00  1.00   0.00  0.00  0.00   0.00
//	libya        1.00   0.00   0.00   -     -     0.20  1.00   0.00  0.00  0.00   0.22
//	syria        1.00   1.00   1.00   1.00  1.00  0.33  0.75   0.33  0.12  0.18   0.22
//	lebanon      0.00   1.00   0.00   -     -     0.20  1.00   0.00  0.00  0.00   0.00
//	southsudan   1.00   0.67   0.80   1.00  1.00  0.45  1.00   0.20  0.22  0.21   0.25
//	nigeria      0.83   1.00   0.91   1.00  1.00  -     -      1.00  0.00  0.00   0.00
//	caucasus     1.00   1.00   1.00   0.00  0.00  0.67  1.00   0.00  0.00  0.00   0.00
//
// (libya: one gold figure, none extracted; lebanon: no gold figure, one
// extracted; nigeria: four gold stances, none extracted; libya's matrix
// cell is found in another article than the gold's.) Gold: 80 stances (58
// matrix cells over the nine conflicts), 27 scored figures (30 with the
// unscored `other`), 32 events. Polarity F1 0.17. Most stances are the
// United States' (the sources are US government works); the parties' own
// positions are those the stories and statements report.
//
// Scores read after each session's rules, its misses never read:
//
//	when            st P  st R  st F1  matrix F1
//	first contact   0.27  0.07  0.12   0.18
//	third session   0.28  0.11  0.16   0.21
//	fourth session  0.44  0.20  0.28   0.30
//	fifth session   0.47  0.25  0.33   0.37  (the statement's voice; "U.S. Mission to the UN" is the US's)
//
// In the fourth session its scores were read after every change, and
// changes that lowered them (or another sealed set's) without helping a
// development set were dropped: a mild tuning on it (issue 15's note).
//
// Keep this set sealed: whoever changes the rules reads only its scores,
// never its articles or gold. So the test scores the set quietly and logs
// only the scores; VOA_MISSES=1 logs each miss, for the set's author alone.

const voa2Dir = "testdata/voa2"

// voa2Floors are a little below the first-contact scores.
var voa2Floors = map[string]float64{
	"figures_p":     0.81,
	"figures_found": 0.90,
	"figures_f1":    0.85,
	"figures_what":  0.85,
	"figures_attr":  0.81,
	"events_p":      0.42,
	"events_dated":  0.88,
	"stances_p":     0.24,
	"stances_r":     0.05,
	"stances_f1":    0.10,
	"stances_pol":   0.14,
	"matrix_f1":     0.15,
}

func TestVOA2(t *testing.T) {
	logf := func(string, ...any) {} // scores only, never a miss
	if os.Getenv("VOA_MISSES") == "1" {
		logf = t.Logf
	}
	checkFloors(t, "voa2", scoreSet(t, voa2Dir, logf), voa2Floors)
}
