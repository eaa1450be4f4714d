package extract

import (
	"os"
	"testing"
)

// The VOA12 set is the thirteenth session's second first-contact estimate
// of how the extractor does on real news reporting that nobody who writes
// the rules has read, weighted toward figures a story credits to a named
// source (casualty and displacement counts credited to officials, the UN,
// a ministry, a governor, a witness): sixteen public-domain news stories on
// the eight conflicts the users follow (Pakistan and its militants, DR
// Congo and the M23, Sudan, Russia and Ukraine, Israel and Hamas, Myanmar,
// Yemen and the Red Sea, Haiti), none of them in testdata/voa to voa11
// (checked by their title and url lines). Fifteen are Voice of America
// news stories written by VOA staff (no Associated Press, Reuters or AFP
// copy), several as republished by aggregators, and one is a DOD News
// story, from 2007 to 2025, each the stored excerpt as it was found, page
// furniture dropped. Each conflict's config.toml was written from general
// knowledge before any article was searched for (commit c959bdf); the
// articles and their gold were written by hand and committed together
// before the extractor was run on any of them (commit 1db77f8).
// testdata/voa12 is laid out as testdata/voa.
//
// Gold: 23 stances (23 matrix cells), 49 figures (41 scored, 26 of them
// credited to a source), 47 events. DR Congo and Gaza have one story each:
// few VOA-own stories of theirs are stored; stances are few (23).
//
// Sealed: only its scores are read. The test logs only the scores;
// VOA12_MISSES=1 logs each miss (not for rule writers: reading them
// unseals the set).
const voa12Dir = "testdata/voa12"

// voa12Floors sit about 0.03 under the first contact, measured by the
// lead on the session's final extraction code (the same as its starting
// code, fe54cfa, for extraction) with
// go test -count=1 -run 'TestVOA12$' -v ./report/extract:
//
//	first contact: events_dated=0.94 events_p=0.85 figures_attr=0.80
//	figures_f1=0.94 figures_found=0.98 figures_p=0.91 figures_what=0.95
//	matrix_f1=0.25 stances_f1=0.25 stances_p=0.29 stances_pol=0.35
//	stances_r=0.22
//
// Only 23 gold stances: each is about four points of recall.
//
// In session 14 two annotators re-judged every scored figure's credit
// (attributed_to) blind to the extractor's output, under the convention
// then written down in docs/gold.md: 7 of 41 credits changed (adjud14),
// then 16 more under its refined wording (adjud14b; 5 of those only drop a
// leading "the"). On the same code the score became figures_attr=0.88;
// the floor stays where first contact put it.
var voa12Floors = map[string]float64{
	"figures_p":     0.88,
	"figures_found": 0.95,
	"figures_f1":    0.91,
	"figures_what":  0.92,
	"figures_attr":  0.77,
	"events_p":      0.82,
	"events_dated":  0.91,
	"stances_p":     0.26,
	"stances_r":     0.19,
	"stances_f1":    0.22,
	"stances_pol":   0.32,
	"matrix_f1":     0.22,
}

func TestVOA12(t *testing.T) {
	logf := func(string, ...any) {} // scores only, never a miss
	if os.Getenv("VOA12_MISSES") == "1" {
		logf = t.Logf
	}
	checkFloors(t, "voa12", scoreSet(t, voa12Dir, logf), voa12Floors)
}
