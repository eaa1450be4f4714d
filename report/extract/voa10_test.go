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
// First contact: to be recorded by the lead, who runs this test once on
// main after every other branch of the session is merged
// (`go test -count=1 -run 'TestVOA10$' -v ./report/extract`), writes the
// score line here and sets the floors a little below it. Until then the
// floors are 0 and the test asserts nothing about the scores; it still
// loads every article and gold file and runs the extractor on them.
//
// Sealed: only its scores are read. The test logs only the scores;
// VOA10_MISSES=1 logs each miss (not for rule writers: reading them
// unseals the set).
const voa10Dir = "testdata/voa10"

// voa10Floors will be a little below the first-contact scores of all 24.
var voa10Floors = map[string]float64{
	// first contact: to be recorded by the lead
	"figures_p":     0,
	"figures_found": 0,
	"figures_f1":    0,
	"figures_what":  0,
	"figures_attr":  0,
	"events_p":      0,
	"events_dated":  0,
	"stances_p":     0,
	"stances_r":     0,
	"stances_f1":    0,
	"stances_pol":   0,
	"matrix_f1":     0,
}

func TestVOA10(t *testing.T) {
	logf := func(string, ...any) {} // scores only, never a miss
	if os.Getenv("VOA10_MISSES") == "1" {
		logf = t.Logf
	}
	scores := scoreSet(t, voa10Dir, logf)
	floors := voa10Floors
	recorded := false
	for _, f := range floors {
		recorded = recorded || f > 0
	}
	if !recorded {
		floors = nil // no first contact yet: log the scores, assert none
	}
	checkFloors(t, "voa10", scores, floors)
}
