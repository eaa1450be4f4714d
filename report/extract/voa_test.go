package extract

import (
	"os"
	"testing"
)

// The VOA set estimates how the extractor does on real reporting that
// nobody who writes the rules has read: thirty-four public-domain
// articles (Voice of America stories and editorials, State Department
// briefings, statements and readouts, some as republished elsewhere) on
// eight conflicts (Pakistan and the TTP, DR Congo and the M23, Sudan,
// Russia and Ukraine, Israel and Hamas, Myanmar, Yemen and the Red Sea,
// Haiti). Each article is the stored excerpt as it was found, page
// furniture dropped. Each conflict's config.toml was written from general
// knowledge before any article was searched for (commit 4e38849); the
// articles and their gold were written and committed before the extractor
// was run on any of them (commit 2234369). testdata/voa is laid out as
// testdata/sealed.
//
// First contact (commit 2234369's extractor, the first and only run before
// these floors were set; no rule and no gold changed since), scored by
// this test (row "all 34") and by shared/tools/score.py per conflict
// (`brief extract --config testdata/voa/<c>/config.toml`); "-" where the
// conflict's gold has no figure to judge:
//
//	set       fig P  fig R  fig F1  what  attr  ev P  dated  st P  st R  st F1  matrix F1
//	all 34     0.82   0.82   0.82   0.89  0.61  0.73  0.97   0.57  0.16  0.25   0.37
//	pakistan   0.83   0.62   0.71   1.00  0.60  0.67  1.00   0.50  0.14  0.22   0.33
//	drc        1.00   1.00   1.00   -     -     0.83  1.00   0.75  0.17  0.27   0.40
//	sudan      0.00   1.00   0.00   -     -     1.00  0.67   0.00  0.00  0.00   0.00
//	ukraine    1.00   1.00   1.00   1.00  0.00  0.75  1.00   1.00  0.12  0.22   0.29
//	gaza       0.00   1.00   0.00   -     -     0.80  1.00   1.00  0.00  0.00   0.00
//	myanmar    1.00   0.90   0.95   0.89  0.67  0.80  1.00   0.67  0.29  0.40   0.40
//	yemen      1.00   1.00   1.00   0.00  1.00  0.00  1.00   0.50  0.40  0.44   0.71
//	haiti      1.00   1.00   1.00   -     -     0.50  1.00   0.50  0.14  0.22   0.36
//
// (sudan and gaza have no gold figure and one or two extracted, hence fig P
// 0; yemen has no gold event and one extracted, hence ev P 0.) Gold: 80
// stances (54 matrix cells), 22 scored figures, 33 events. Polarity F1
// 0.30. Most stances here are the United States' (the sources are US
// government works); figures are few because briefings and statements
// carry few.
//
// After the first run, one article (haiti/interim_prime_minister_statement)
// lost two lines of page furniture (its repeated title and the republishing
// site's source line): report's syndication test made a copy of their two
// short paragraphs that no fingerprint can catch. Its gold and every score
// above are unchanged (checked by running this test and score.py again).
//
// Since its first contact this is a development set: the rule writer read
// its misses (issue 15's second session) to learn the shapes of real
// briefings, readouts and statements, so its scores no longer estimate
// anything. testdata/voa2, built the same way from other articles, is the
// sealed estimate. Scores after each round of rules:
//
//	commit   st P  st R  st F1  matrix F1  what changed
//	(first)  0.57  0.16  0.25   0.37
//	(next)   0.63  0.21  0.32   0.43       surnames after honorifics ("MR MILLER:"), titled conjuncts, wanting another's act
//	(next)   0.60  0.22  0.33   0.44       a statement's "we" is the author it opened with; a call's act follows its "to"
//	(next)   0.64  0.26  0.37   0.48       cues of statements and readouts (congratulate, pave the way for, look forward to, need for …)
//	(next)   0.67  0.27  0.39   0.50       a briefing turn runs to the next label; "sanctioned companies" is no act of sanctioning
//	(next)   0.68  0.29  0.40   0.50       "they" names the group before ("A spoke with B. They …"); middle initials
//	(next)   0.67  0.30  0.41   0.51       thesaurus: deportation, counterterrorism; withdrawal's "remove troops"
//	(last)   0.63  0.30  0.41   0.52       rules learned from real reporting on other conflicts in the pages corpus
//	(4th)    0.71  0.44  0.54   0.63       fourth session: demand lists, countries' other names, a statement
//	                                       in its outlet's voice, obligations, offices, conditions (issue 15's note)
//	(5th)    0.73  0.45  0.56   0.65       fifth session: an actor's statement speaks in its voice, offices before
//	                                       unknown names, mediators, choices, denied rights, wire shapes
//
// From the fourth session the sets are scored as the pipeline reads them:
// each article with its outlet (a statement an actor publishes speaks in
// its voice; an outlet's own name is no credit).
//
// Figures and events after issue 16's rounds on real text (third session):
// figures P 0.92 F1 0.94 what 0.90 attr 0.90; events P 0.92 dated 1.00.
//
// The test still logs only the scores; VOA_MISSES=1 logs each miss.

const voaDir = "testdata/voa"

// voaFloors are a little below the first-contact scores.
var voaFloors = map[string]float64{
	"figures_p":     0.79,
	"figures_found": 0.79,
	"figures_f1":    0.79,
	"figures_what":  0.87,
	"figures_attr":  0.80,
	"events_p":      0.79,
	"events_dated":  0.94,
	"stances_p":     0.60,
	"stances_r":     0.27,
	"stances_f1":    0.38,
	"stances_pol":   0.44,
	"matrix_f1":     0.49,
}

func TestVOA(t *testing.T) {
	logf := func(string, ...any) {} // scores only, never a miss
	if os.Getenv("VOA_MISSES") == "1" {
		logf = t.Logf
	}
	checkFloors(t, "voa", scoreSet(t, voaDir, logf), voaFloors)
}
