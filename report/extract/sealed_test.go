package extract

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"brief/report"
)

// The sealed set estimates how the extractor does on text nobody tuned it
// on: sixteen articles on eight conflicts, two each (Pakistan and the TTP,
// DR Congo and the M23, Sudan, Russia and Ukraine, Israel and Hamas,
// Myanmar, Yemen and the Red Sea, Haiti), written in the shapes of wire
// stories, briefing transcripts, explainers and analyses. Each conflict's
// config.toml was written from general knowledge before any article was
// read or written (commit 6abf2a8); the articles and their gold were
// written by another engineer and committed before any extractor was run
// on them (commit 79ae387). testdata/sealed is laid out as
// testdata/heldout4.
//
// First contact (commit 743e356's extractor, the first and only run before
// these floors were set; gold unchanged since commit 79ae387), scored by
// this test and by shared/tools/score.py per conflict (`brief extract
// --config testdata/sealed/<c>/config.toml`):
//
//	set       fig P  fig R  fig F1  what  attr  ev P  dated  st P  st R  st F1  matrix F1
//	all 16     0.97   0.88   0.92   0.79  0.77  0.71  0.91   0.78  0.30  0.44   0.48
//	pakistan   1.00   0.88   0.93   0.86  0.71  0.67  1.00   0.62  0.33  0.43   0.53
//	drc        1.00   1.00   1.00   0.71  0.71  0.57  1.00   0.86  0.25  0.39   0.43
//	sudan      1.00   1.00   1.00   0.88  0.50  0.71  0.80   1.00  0.26  0.41   0.48
//	ukraine    1.00   1.00   1.00   0.56  0.89  0.36  0.80   1.00  0.28  0.43   0.45
//	gaza       0.89   0.89   0.89   0.62  0.75  0.90  1.00   0.56  0.25  0.34   0.36
//	myanmar    1.00   1.00   1.00   1.00  0.71  1.00  1.00   0.89  0.38  0.53   0.58
//	yemen      0.80   0.57   0.67   1.00  1.00  0.85  0.82   0.86  0.46  0.60   0.60
//	haiti      1.00   0.79   0.88   0.82  0.91  0.67  0.80   0.57  0.29  0.38   0.42
//
// Gold: 148 stances (129 matrix cells), 69 scored figures, 57 events.
// Polarity F1 0.46. Money figures are gold "money" with a currency; the
// older "money_usd" counts as a wrong kind. No gold was changed after the
// first run.
//
// Keep this set sealed: whoever changes the rules reads only its scores,
// never its articles or gold. A rule fitted to it makes it worthless as an
// estimate. So the test scores the set quietly (sealedScores) and logs
// only the scores, even under -v or when a floor fails; SEALED_MISSES=1
// logs each miss, for the set's author alone.

const sealedDir = "testdata/sealed"

// Scores read after each round of the stances work (issue 15), the rules
// never tuned on this set:
//
//	commit   st P  st R  st F1  matrix F1  what changed
//	8f1de83  0.72  0.34  0.46   0.48       lexicon as data, lemma terms, thesaurus, speakers, CAMEO cues
//	ea6b04c  0.72  0.37  0.49   0.52       rules from the development set's misses; issue 16 merged
//	(final)  0.73  0.38  0.50   0.53       more such rules (participles, parties who hold talks)
//
// and figures after issue 16: P 0.97 F1 0.94 what 0.92 attr 0.79; events
// P 0.71 dated 0.91.
//
// sealedFloors are a little below the first-contact scores, and below
// the latest round's where a round traded precision for recall.
var sealedFloors = map[string]float64{
	"figures_p":     0.94,
	"figures_found": 0.88,
	"figures_f1":    0.91,
	"figures_what":  0.88,
	"figures_attr":  0.75,
	"events_p":      0.67,
	"events_dated":  0.87,
	"stances_p":     0.69,
	"stances_r":     0.34,
	"stances_f1":    0.46,
	"stances_pol":   0.48,
	"matrix_f1":     0.49,
}

func TestSealed(t *testing.T) {
	scores := sealedScores(t, sealedDir)
	if os.Getenv("SEALED_MISSES") == "1" {
		scores = scoreDomains(t, sealedDir)
	}
	checkFloors(t, "sealed", scores, sealedFloors)
}

// TestSealedScoresAgree checks that the quiet scorer counts as
// scoreDomains does, on a set whose misses may be read.
func TestSealedScoresAgree(t *testing.T) {
	quiet := sealedScores(t, heldout4Dir)
	var loud map[string]float64
	t.Run("heldout4", func(t *testing.T) { loud = scoreDomains(t, heldout4Dir) })
	for k, v := range loud {
		if math.Abs(quiet[k]-v) > 1e-9 {
			t.Errorf("%s: quiet scorer %.4f, scoreDomains %.4f", k, quiet[k], v)
		}
	}
	if len(quiet) != len(loud) {
		t.Errorf("quiet scorer has %d measures, scoreDomains %d", len(quiet), len(loud))
	}
}

// sealedScores scores every test domain under dir as scoreDomains does,
// without logging a fact, a quote or a file name.
func sealedScores(t *testing.T, dir string) map[string]float64 {
	t.Helper()
	domains, err := filepath.Glob(filepath.Join(dir, "*", "config.toml"))
	if err != nil || len(domains) == 0 {
		t.Fatalf("no test domains in %s: %v", dir, err)
	}
	all := tally{cellsExt: map[string]bool{}, cellsGold: map[string]bool{}}
	for _, cfg := range domains {
		dir := filepath.Dir(cfg)
		var c demoConfig
		if _, err := toml.DecodeFile(cfg, &c); err != nil {
			t.Fatalf("reading %s: %v", cfg, err)
		}
		x := New(Domain{Actors: c.Actors, Issues: c.Issues})
		for _, a := range loadArticles(t, dir) {
			var g generalGold
			if _, err := toml.DecodeFile(filepath.Join(dir, "gold", a.name+".toml"), &g); err != nil {
				t.Fatalf("gold for %s: %v", a.name, err)
			}
			f := x.Extract(a.name, a.text, a.published)
			all.addQuietly(filepath.Base(dir), f, g)
		}
	}
	return all.scores()
}

// addQuietly counts one article as tally.add does, logging nothing.
func (s *tally) addQuietly(domain string, f Facts, g generalGold) {
	s.countFigures(f.Figures, g)
	s.countEvents(f.Events, g)
	s.countStances(domain, f.Stances, g)
}

func (s *tally) countFigures(fs []report.Figure, g generalGold) {
	same := func(e report.Figure, low, high float64) bool {
		return math.Abs(e.Low-low) < 0.5 && math.Abs(e.High-high) < 0.5
	}
	var ext []report.Figure
	for _, e := range fs {
		if !unscored[e.What] {
			ext = append(ext, e)
		}
	}
	for _, e := range ext {
		s.figExt++
		for _, gf := range g.Figure {
			if !unscored[gf.What] && same(e, gf.Low, gf.High) {
				s.figExtHit++
				break
			}
		}
	}
	for _, gf := range g.Figure {
		if unscored[gf.What] {
			continue
		}
		s.figGold++
		for _, e := range ext {
			if !same(e, gf.Low, gf.High) {
				continue
			}
			s.figGoldHit++
			if seedKey(e.What) == seedKey(gf.What) {
				s.figWhat++
			}
			ga, ea := seedKey(gf.AttributedTo), seedKey(e.AttributedTo)
			if ea == ga || (ga != "" && strings.Contains(ea, ga)) {
				s.figAttr++
			}
			break
		}
	}
}

func (s *tally) countEvents(es []report.Event, g generalGold) {
	cites := func(e report.Event, text string) bool {
		return strings.Contains(seedNorm(e.Citations[0].Quote), seedNorm(text))
	}
	for _, e := range es {
		s.evExt++
		for _, ge := range g.Event {
			if cites(e, ge.Text) {
				s.evExtHit++
				break
			}
		}
	}
	for _, ge := range g.Event {
		s.evGold++
		var dates []string
		for _, e := range es {
			if cites(e, ge.Text) {
				dates = append(dates, e.Date)
			}
		}
		if dates != nil {
			s.evFound++
			if seedContains(dates, ge.Date) {
				s.evDated++
			}
		}
	}
}

func (s *tally) countStances(domain string, ss []report.Stance, g generalGold) {
	polarity := map[string]string{"support": "+", "demand": "+", "propose": "+", "oppose": "-", "deny": "-", "conditional": "?"}
	ext, gold := map[string]bool{}, map[string]bool{}
	for _, e := range ss {
		ext[seedKey(e.Actor)+"|"+seedKey(e.Issue)+"|"+e.Position] = true
	}
	for _, gs := range g.Stance {
		gold[seedKey(gs.Actor)+"|"+seedKey(gs.Issue)+"|"+gs.Position] = true
	}
	pol := func(m map[string]bool) map[string]bool {
		out := map[string]bool{}
		for k := range m {
			i := strings.LastIndex(k, "|")
			out[k[:i]+"|"+polarity[k[i+1:]]] = true
		}
		return out
	}
	for k := range ext {
		s.cellsExt[domain+"|"+k] = true
		if gold[k] {
			s.stHit++
		}
	}
	for k := range gold {
		s.cellsGold[domain+"|"+k] = true
	}
	pe, pg := pol(ext), pol(gold)
	for k := range pe {
		if pg[k] {
			s.polHit++
		}
	}
	s.stExt, s.stGold = s.stExt+len(ext), s.stGold+len(gold)
	s.polExt, s.polGold = s.polExt+len(pe), s.polGold+len(pg)
}
