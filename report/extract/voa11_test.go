package extract

import (
	"os"
	"testing"
)

// The VOA11 set is the thirteenth session's first-contact estimate of how
// the extractor does on real news reporting (not official statements) that
// nobody who writes the rules has read: thirty-three public-domain news
// reports on the eight conflicts the users follow (Pakistan and its
// militants, DR Congo and the M23, Sudan, Russia and Ukraine, Israel and
// Hamas, Myanmar, Yemen and the Red Sea, Haiti), none of them in
// testdata/voa to voa10 (checked by their title and url lines). They are
// Voice of America news stories written by VOA staff (no Associated Press,
// Reuters or AFP copy), most as republished or carried by feed aggregators,
// and four DOD News stories, from 2021 to January 2025 (one DR Congo story
// of 2012), each the stored excerpt as it was found, page furniture
// dropped. Each conflict's config.toml was written from general knowledge
// before any article was searched for (commit 869b09f); the articles and
// their gold were written by hand and committed together before the
// extractor was run on any of them (commit 0ac73fe); two more Yemen
// reports and their gold were added after TestVOA11 had run once without
// -v (only its ok line seen; no extractor output of the set was read).
// testdata/voa11 is laid out as testdata/voa.
//
// Gold: 81 stances (65 matrix cells), 44 scored figures (63 with the
// unscored "other" counts), 65 events. Pakistan, DR Congo and Haiti are
// thin (3 to 8 stances each): few VOA-own stories of theirs are stored.
//
// Sealed: only its scores are read. The test logs only the scores;
// VOA11_MISSES=1 logs each miss (not for rule writers: reading them
// unseals the set).
const voa11Dir = "testdata/voa11"

// voa11Floors sit about 0.03 under the first contact, measured by the
// lead on the session's starting extraction code (fe54cfa; the merge of
// this set changed no extraction code) with
// go test -count=1 -run 'TestVOA11$' -v ./report/extract:
//
//	first contact: events_dated=0.97 events_p=0.86 figures_attr=0.74
//	figures_f1=0.92 figures_found=0.86 figures_p=0.98 figures_what=0.95
//	matrix_f1=0.48 stances_f1=0.40 stances_p=0.68 stances_pol=0.49
//	stances_r=0.28
//
// In session 14 two annotators re-judged every scored figure's credit
// (attributed_to) blind to the extractor's output, under the convention
// then written down in docs/gold.md: 5 of 44 credits changed (adjud14b;
// adjud14 under the first wording changed none). On the same code the
// score became figures_attr=0.71; the floor is 0.68.
var voa11Floors = map[string]float64{
	"figures_p":     0.95,
	"figures_found": 0.83,
	"figures_f1":    0.89,
	"figures_what":  0.92,
	"figures_attr":  0.68,
	"events_p":      0.83,
	"events_dated":  0.94,
	"stances_p":     0.65,
	"stances_r":     0.25,
	"stances_f1":    0.37,
	"stances_pol":   0.46,
	"matrix_f1":     0.45,
}

func TestVOA11(t *testing.T) {
	logf := func(string, ...any) {} // scores only, never a miss
	if os.Getenv("VOA11_MISSES") == "1" {
		logf = t.Logf
	}
	checkFloors(t, "voa11", scoreSet(t, voa11Dir, logf), voa11Floors)
}
