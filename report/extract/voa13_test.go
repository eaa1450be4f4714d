package extract

import (
	"os"
	"testing"
)

// The VOA13 set is the fourteenth session's first-contact estimate of how
// the extractor does on real news reporting that nobody who writes the
// rules has read, weighted toward figures a story credits to a source
// (casualty, fighter, troop and money figures credited to a government, a
// ministry, a police chief, a hospital official, a militant group, a monitor
// or a spokesman) and toward conflicts beyond the eight the users follow,
// whose VOA stories the earlier sets have used up: sixteen public-domain
// news stories, eight on Somalia and al-Shabab, three on Russia's war on
// Ukraine, two on Ethiopia (Tigray), one each on the Islamic State in Iraq
// and Syria, Boko Haram in Nigeria and Myanmar's junta, none of them in
// testdata/voa to voa12 (checked by their title and url). Thirteen are Voice
// of America stories written by VOA staff (no Associated Press, Reuters or
// AFP copy, none citing an agency), several as republished by aggregators
// or feeds, and three are DOD News stories, from 2012 to 2024, each the
// stored excerpt as it was found, page furniture dropped. Each conflict's
// config.toml was written from general knowledge before any article was
// searched for (commit 5bb733c; the Sahel, Mozambique and Sudan configs of
// that commit were dropped when no usable story was found); the articles
// and their gold were written by hand, by docs/gold.md, and committed
// together before the extractor was run on any of them (commit cb78eb6).
// testdata/voa13 is laid out as testdata/voa.
//
// Gold: 51 scored figures (37 of them credited to a source, 14 stated on
// the story's own authority), 25 events, 13 stances (5 matrix cells).
// Stances are few: the set measures credits and figures first. Four
// articles are dated to the year or month only (the day is not in the
// text), so their weekday words give no gold event.
//
// Sealed: only its scores are read. The test logs only the scores;
// VOA13_MISSES=1 logs each miss (not for rule writers: reading them
// unseals the set).
const voa13Dir = "testdata/voa13"

// voa13Floors sit about 0.03 under the first contact, measured by the
// lead on the session's starting extraction code (231b813; only gold and
// documentation were merged before it) with
// go test -count=1 -run 'TestVOA13$' -v ./report/extract, after a second
// annotator checked every credit blind under docs/gold.md's refined wording
// (adjud14c: 17 of 51 credits changed, before any run):
//
//	first contact: events_dated=0.84 events_p=0.65 figures_attr=0.93
//	figures_f1=0.93 figures_found=0.86 figures_p=1.00 figures_what=0.98
//	matrix_f1=0.46 stances_f1=0.50 stances_p=0.55 stances_pol=0.50
//	stances_r=0.46
//
// The same code on the gold as seal14 first wrote it scored
// figures_attr=0.95, every other score the same. Only 13 gold stances
// (5 cells): each is about eight points of recall.
var voa13Floors = map[string]float64{
	"figures_p":     0.97,
	"figures_found": 0.83,
	"figures_f1":    0.90,
	"figures_what":  0.95,
	"figures_attr":  0.90,
	"events_p":      0.62,
	"events_dated":  0.81,
	"stances_p":     0.52,
	"stances_r":     0.43,
	"stances_f1":    0.47,
	"stances_pol":   0.47,
	"matrix_f1":     0.43,
}

func TestVOA13(t *testing.T) {
	logf := func(string, ...any) {} // scores only, never a miss
	if os.Getenv("VOA13_MISSES") == "1" {
		logf = t.Logf
	}
	checkFloors(t, "voa13", scoreSet(t, voa13Dir, logf), voa13Floors)
}
