package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"brief/report"
)

// The seed test reads the demo's five articles from sources/ with the demo
// configuration and scores stances and events against the gold facts in
// ../shared/gold/seeds by the rules of shared/tools/score.py.

const (
	seedSources = "../../sources"
	seedGold    = "../../../shared/gold/seeds"
	seedConfig  = "../../config.toml"
)

// demoConfig is the part of config.toml extraction needs.
type demoConfig struct {
	Actors []report.Actor `toml:"actor"`
	Issues []report.Issue `toml:"issue"`
}

type goldFile struct {
	Event []struct {
		Date, Precision, Text string
		Actors                []string
	} `toml:"event"`
	Stance []struct{ Actor, Issue, Position, Quote string } `toml:"stance"`
}

// seedArticle is one seed: its body without front matter and its date.
type seedArticle struct {
	name, text, outlet string
	published          report.Date
}

func loadSeeds(t testing.TB) []seedArticle {
	return loadArticles(t, seedSources)
}

// splitFrontMatter cuts a TOML front matter between +++ lines off an
// article.
func splitFrontMatter(s string) (front, body string) {
	if !strings.HasPrefix(s, "+++\n") {
		return "", s
	}
	end := strings.Index(s[4:], "\n+++\n")
	if end < 0 {
		return "", s
	}
	return s[4 : 4+end], s[4+end+5:]
}

func publishedDate(t testing.TB, path string, v any) report.Date {
	switch p := v.(type) {
	case string:
		d, err := report.ParseDate(p)
		if err != nil {
			t.Fatalf("%s: published: %v", path, err)
		}
		return d
	case time.Time:
		return report.DateOf(p)
	}
	return report.Date{}
}

func loadDemoDomain(t testing.TB) Domain {
	var c demoConfig
	if _, err := toml.DecodeFile(seedConfig, &c); err != nil {
		t.Fatalf("reading the demo configuration: %v", err)
	}
	return Domain{Actors: c.Actors, Issues: c.Issues}
}

// seedNorm and seedKey fold text as score.py does.
func seedNorm(s string) string {
	r := strings.NewReplacer("\u00a0", " ", "\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`,
		"\u2013", "-", "\u2014", "-")
	return strings.ToLower(strings.Join(strings.Fields(r.Replace(s)), " "))
}

var nonAlnum = regexp.MustCompile(`[^a-z0-9]+`)
var fillerWords = regexp.MustCompile(`\b(the|newspaper|daily)\b`)

func seedKey(s string) string {
	return nonAlnum.ReplaceAllString(fillerWords.ReplaceAllString(seedNorm(s), " "), "")
}

func TestSeeds(t *testing.T) {
	if _, err := os.Stat(seedGold); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("gold facts missing at %s: %v", seedGold, err)
		}
		t.Skipf("gold facts not found at %s (shared/ beside the repository); skipping", seedGold)
	}
	x := New(loadDemoDomain(t))
	type cell struct{ actor, issue, position string }
	type stanceKey struct {
		doc string
		cell
	}
	extracted, gold := map[stanceKey]bool{}, map[stanceKey]bool{}
	goldEvents, found, dated := 0, 0, 0
	for _, a := range loadSeeds(t) {
		var g goldFile
		if _, err := toml.DecodeFile(filepath.Join(seedGold, a.name+".toml"), &g); err != nil {
			t.Fatalf("gold for %s: %v", a.name, err)
		}
		f := x.Extract(a.name, a.text, a.published)
		for _, s := range f.Stances {
			checkCitations(t, a, s.Citations)
			extracted[stanceKey{a.name, cell{seedKey(s.Actor), seedKey(s.Issue), string(s.Position)}}] = true
		}
		for _, s := range g.Stance {
			gold[stanceKey{a.name, cell{seedKey(s.Actor), seedKey(s.Issue), s.Position}}] = true
		}
		for _, e := range f.Events {
			checkCitations(t, a, e.Citations)
		}
		for _, ge := range g.Event {
			goldEvents++
			var dates []string
			for _, e := range f.Events {
				if strings.Contains(seedNorm(e.Citations[0].Quote), seedNorm(ge.Text)) {
					dates = append(dates, e.Date)
				}
			}
			switch {
			case dates == nil:
				t.Logf("%s: event not found: %q (%s)", a.name, ge.Text, ge.Date)
			case !seedContains(dates, ge.Date):
				found++
				t.Logf("%s: event %q dated %v, want %s", a.name, ge.Text, dates, ge.Date)
			default:
				found++
				dated++
			}
		}
	}
	tp := 0
	for k := range extracted {
		if gold[k] {
			tp++
		} else {
			t.Logf("extra stance: %v", k)
		}
	}
	for k := range gold {
		if !extracted[k] {
			t.Logf("missed stance: %v", k)
		}
	}
	cells := func(m map[stanceKey]bool) map[cell]bool {
		out := map[cell]bool{}
		for k := range m {
			out[k.cell] = true
		}
		return out
	}
	ec, gc := cells(extracted), cells(gold)
	ctp := 0
	for c := range ec {
		if gc[c] {
			ctp++
		}
	}
	stancesF1 := seedF1(tp, len(extracted), len(gold))
	matrixF1 := seedF1(ctp, len(ec), len(gc))
	eventsDated := float64(dated) / float64(goldEvents)
	t.Logf("events found %d/%d, found-and-dated-right %.2f; stances %d/%d/%d F1 %.2f; matrix F1 %.2f",
		found, goldEvents, eventsDated, tp, len(extracted), len(gold), stancesF1, matrixF1)
	if eventsDated < 0.8 {
		t.Errorf("events found-and-dated-right = %.2f, want ≥ 0.8", eventsDated)
	}
	if stancesF1 < 0.7 {
		t.Errorf("stances F1 = %.2f, want ≥ 0.7", stancesF1)
	}
	if matrixF1 < 0.8 {
		t.Errorf("matrix F1 = %.2f, want ≥ 0.8", matrixF1)
	}
}

// checkCitations asserts a fact has one citation whose quote is verbatim
// text of its article.
func checkCitations(t *testing.T, a seedArticle, cs []report.Citation) {
	t.Helper()
	if len(cs) != 1 || cs[0].Source != a.name || !strings.Contains(a.text, cs[0].Quote) || cs[0].Quote == "" {
		t.Errorf("%s: citations %+v: want one verbatim quote of the article", a.name, cs)
	}
}

func seedF1(tp, extracted, gold int) float64 {
	p, r := 1.0, 1.0
	if extracted > 0 {
		p = float64(tp) / float64(extracted)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func seedContains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
