package extract

import (
	"os"
	"testing"
)

// The VOA10 set is the eleventh session's first-contact estimate of how
// the extractor does on real reporting that nobody who writes the rules
// has read: twenty-four public-domain US government texts on the eight
// conflicts the users follow (Pakistan and its militants, DR Congo and the
// M23, Sudan, Russia and Ukraine, Israel and Hamas, Myanmar, Yemen and the
// Red Sea, Haiti), three each, none of them in testdata/voa to voa9
// (checked by their title and url lines). They are US Mission to the UN
// remarks and statements, State Department readouts, press statements,
// media notes and remarks, US Embassy statements (two only the sentences
// an outlet quotes verbatim, as is a State Department adviser's post), a
// White House transcript, a DOD News story, VOA editorials and a VOA news
// story, from 2021 to November 2025, most as republished elsewhere (the
// government text only), each the stored excerpt as it was found, page
// furniture dropped. Each conflict's config.toml was written from general
// knowledge before any article was searched for (commit 7bc0e64); the
// articles and their gold were written by hand and committed before the
// extractor was run on any of them (commit 571e274); commit 28a3925
// dropped six stances read from reported hostile acts (seal9's convention),
// before any extractor output of the set had been read. testdata/voa10 is
// laid out as testdata/voa.
//
// Gold: 111 stances (82 matrix cells as score.py counts them, conflict by
// conflict), 16 scored figures (20 with the unscored "other" counts), 20
// events. Gold positions: 70 support, 29 demand, 9 oppose, 2 propose, 1
// conditional, no deny. As in the other VOA sets most stances are the
// United States' (the sources are its own works).
//
// First contact, recorded by the lead on main at the end of the eleventh
// session after every other branch of the session was merged (one run,
// nothing changed after; `go test -count=1 -run 'TestVOA10$' -v
// ./report/extract`):
//
//	voa10: events_dated=1.00 events_p=0.61 figures_attr=0.73 figures_f1=0.97
//	       figures_found=0.94 figures_p=1.00 figures_what=0.87 matrix_f1=0.57
//	       stances_f1=0.50 stances_p=0.59 stances_pol=0.55 stances_r=0.43
//
// Stances per conflict (score.py, P/R/F1, matrix F1): pakistan .80/.67/.73,
// .89; drc .59/.43/.50, .62; sudan .50/.36/.42, .40; ukraine .67/.29/.40,
// .57; gaza .70/.44/.54, .64; myanmar .67/.57/.62, .44; yemen .35/.40/.38,
// .56; haiti .77/.43/.56, .52. The floors are 0.03 below the first contact.
//
// Sealed: only its scores are read. The test logs only the scores;
// VOA10_MISSES=1 logs each miss (not for rule writers: reading them
// unseals the set).
const voa10Dir = "testdata/voa10"

// voa10Floors are 0.03 below the first-contact scores of all 24.
var voa10Floors = map[string]float64{
	"figures_p":     0.97,
	"figures_found": 0.91,
	"figures_f1":    0.94,
	"figures_what":  0.84,
	"figures_attr":  0.70,
	"events_p":      0.58,
	"events_dated":  0.97,
	"stances_p":     0.56,
	"stances_r":     0.40,
	"stances_f1":    0.47,
	"stances_pol":   0.52,
	"matrix_f1":     0.54,
}

func TestVOA10(t *testing.T) {
	logf := func(string, ...any) {} // scores only, never a miss
	if os.Getenv("VOA10_MISSES") == "1" {
		logf = t.Logf
	}
	checkFloors(t, "voa10", scoreSet(t, voa10Dir, logf), voa10Floors)
}
