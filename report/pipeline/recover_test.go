package pipeline

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"brief/report"
	"brief/report/assemble"
	"brief/report/corpus"
	"brief/report/extract"
)

// TestPanicSkipsArticle: a panic while reading one article or extracting
// another skips each with a Problem; the run goes on with the rest, with
// and without the cache.
func TestPanicSkipsArticle(t *testing.T) {
	const readBad, extractBad = "000_", "001_"
	parse, extractFn := parseArticle, extractArticle
	t.Cleanup(func() { parseArticle, extractArticle = parse, extractFn })
	parseArticle = func(path string, data []byte, c *corpus.Cleaner) (*report.Source, []corpus.Problem) {
		if strings.HasPrefix(filepath.Base(path), readBad) {
			panic("injected read failure")
		}
		return parse(path, data, c)
	}
	extractArticle = func(x *extract.Extractor, s report.Source) assemble.Article {
		if strings.HasPrefix(filepath.Base(s.Path), extractBad) {
			var m map[string]int
			//lint:ignore SA5000 the test wants a real runtime panic, not a call to panic
			m["boom"]++
		}
		return extractFn(x, s)
	}

	cfg := loadTestConfig(t)
	files, err := corpus.Files(cfg.Resolve(cfg.Sources))
	if err != nil {
		t.Fatal(err)
	}
	cacheDir := filepath.Join(t.TempDir(), "cache")
	for _, run := range []string{"no cache", "cold cache", "warm cache"} {
		t.Run(run, func(t *testing.T) {
			opts := Options{Generated: time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC)}
			if run != "no cache" {
				c, err := OpenCache(cacheDir, cfg)
				if err != nil {
					t.Fatal(err)
				}
				opts.Cache = c
			}
			res, err := Run(context.Background(), cfg, opts)
			if err != nil {
				t.Fatalf("Run: %v; want the run to go on without the two articles", err)
			}
			if want := len(files) - 2; res.Articles != want || len(res.Brief.Sources) != want {
				t.Errorf("%d articles, %d sources in the brief; want %d", res.Articles, len(res.Brief.Sources), want)
			}
			for _, s := range res.Brief.Sources {
				if base := filepath.Base(s.Path); strings.HasPrefix(base, readBad) || strings.HasPrefix(base, extractBad) {
					t.Errorf("the brief cites %s, whose handling panicked", s.Path)
				}
			}
			for prefix, want := range map[string]string{
				readBad:    "internal error while reading: injected read failure; article skipped, please report it",
				extractBad: "internal error while extracting: assignment to entry in nil map; article skipped, please report it",
			} {
				if !hasProblem(res.Problems, prefix, want) {
					t.Errorf("no skipped problem %q for %s*; got %+v", want, prefix, res.Problems)
				}
			}
		})
	}
}

func hasProblem(probs []corpus.Problem, filePrefix, msg string) bool {
	for _, p := range probs {
		if strings.HasPrefix(filepath.Base(p.File), filePrefix) && strings.Contains(p.Msg, msg) && p.Skipped {
			return true
		}
	}
	return false
}
