// Package pipeline runs the whole path from a configuration to a brief:
// load the articles, extract their facts on all cores, assemble the model
// for a period and apply an analyst's review to it. It writes no files;
// reading the review workbook and rendering are the caller's.
package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"slices"
	"sync/atomic"
	"time"

	"brief/report"
	"brief/report/assemble"
	"brief/report/config"
	"brief/report/corpus"
	"brief/report/extract"
	"brief/report/review"
)

// Options adjust a run beyond what the configuration says.
type Options struct {
	// SourcesDir overrides the configuration's sources folder.
	SourcesDir string
	// Period is the span to report on; the zero Period is the whole corpus.
	Period report.Period
	// Generated is the time the brief is stamped with.
	Generated time.Time
	// Timexes keeps every date expression in the model.
	Timexes bool
	// Cache, when set, keeps extracted facts between runs.
	Cache *Cache
	// Log receives one line per step; nil for none.
	Log *slog.Logger
	// Progress, when set, is called as articles are extracted, from
	// several goroutines at once.
	Progress func(done, total int)
	// Extracting, when set, is called once the articles are loaded and
	// before any is extracted, with the length of the longest text to
	// extract (0 when every article came from the cache).
	Extracting func(longest int)
	// Review, when set, holds an analyst's decisions, by fact id, to
	// apply to the brief (review.ApplyReview) before its leads are capped,
	// so that a lead decided on is found whatever the caps leave out.
	Review map[string]report.Review
}

// Result is a run's brief and the problems found with its articles.
type Result struct {
	Brief    *report.Brief
	Problems []corpus.Problem
	// Articles is how many articles loaded (before the period is applied).
	Articles int
	// Cached is how many articles' facts came from the cache.
	Cached int
	// ReviewWarnings are the warnings of Options.Review's decisions.
	ReviewWarnings []string
}

// Run loads, extracts and assembles. It fails only when no article can be
// used or the sources folder cannot be read; a bad article is a Problem.
func Run(ctx context.Context, cfg *config.Config, opts Options) (*Result, error) {
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	dir := cfg.Resolve(cfg.Sources)
	if opts.SourcesDir != "" {
		dir = opts.SourcesDir
	}
	start := time.Now()
	if opts.Cache != nil {
		opts.Cache.needTimexes(opts.Timexes)
	}
	log.Info("loading articles from "+dir, "step", "load", "dir", dir)
	var usable []article
	var problems []corpus.Problem
	var cached int
	err := untilDone(ctx, func() (err error) {
		usable, problems, cached, err = load(ctx, dir, cfg, opts.Cache)
		return err
	})
	if err != nil {
		return nil, err
	}
	log.Info(fmt.Sprintf("loaded %d articles from %s (%d from the cache, %d problems) in %s", len(usable), dir, cached, len(problems), since(start)),
		"step", "load", "articles", len(usable), "cached", cached, "problems", len(problems), "dir", dir, "seconds", seconds(start))
	if len(usable) == 0 {
		return &Result{Problems: problems}, fmt.Errorf("no usable article in %s", dir)
	}

	if opts.Extracting != nil {
		opts.Extracting(longestNew(usable))
	}
	start = time.Now()
	x := Extractor(cfg)
	var arts []assemble.Article
	var failed []corpus.Problem
	// New articles' entries are written to the cache while the brief is
	// assembled: many (more than a cache segment holds: a first run)
	// leave a core idle otherwise, and a few short ones (the weekly run)
	// would keep assembly waiting for the file's sync. Huge ones, a few
	// of more than asyncText bytes of text, are written first, so that
	// the cache's encoder and assembly never hold their memory at the
	// same time.
	var flushed chan struct{}
	err = untilDone(ctx, func() (err error) {
		arts, failed, err = extractNew(ctx, usable, x, opts.Cache, opts.Progress)
		if err == nil && opts.Cache != nil {
			flushed = opts.Cache.flushAsync(opts.Cache.pending() > segmentRecords || opts.Cache.pendingText() <= asyncText)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	problems = append(problems, failed...)
	log.Info(fmt.Sprintf("extracted facts from %d new or changed articles in %s", len(usable)-cached, since(start)),
		"step", "extract", "articles", len(usable)-cached, "seconds", seconds(start))
	if len(arts) == 0 {
		if opts.Cache != nil {
			<-flushed
		}
		return &Result{Problems: problems}, fmt.Errorf("no usable article in %s", dir)
	}

	start = time.Now()
	meta := Meta(cfg, opts)
	var b *report.Brief
	var reviewWarnings []string
	in := assemble.Input{
		Meta:     meta,
		Sections: cfg.Sections,
		Actors:   cfg.Actors,
		Issues:   cfg.Issues,
		Articles: arts,
		Timexes:  opts.Timexes,
	}
	if opts.Review != nil {
		in.Review = func(b *report.Brief) { reviewWarnings = review.ApplyReview(b, opts.Review) }
	}
	err = untilDone(ctx, func() (err error) {
		b, err = assemble.AssembleContext(ctx, in)
		return err
	})
	if err != nil {
		return nil, err
	}
	if opts.Cache != nil {
		<-flushed
		if err := opts.Cache.Err(); err != nil {
			log.Warn(fmt.Sprintf("the extraction cache could not be written, so the next run will be slower: %v", err),
				"step", "extract", "cache", opts.Cache.Dir())
		}
	}
	log.Info(fmt.Sprintf("assembled the brief for %s: %d sources, %d figures, %d events, %d stances in %s",
		meta.Period.Label, len(b.Sources), len(b.Figures), len(b.Events), len(b.Stances), since(start)),
		"step", "assemble", "period", meta.Period.Label, "start", meta.Period.Start, "end", meta.Period.End,
		"sources", len(b.Sources), "figures", len(b.Figures), "events", len(b.Events), "stances", len(b.Stances),
		"seconds", seconds(start))
	return &Result{Brief: b, Problems: problems, Articles: len(arts), Cached: cached, ReviewWarnings: reviewWarnings}, nil
}

// asyncText is the most text new articles may have for a few of them to
// be written to the cache while the brief is assembled (see Run): the
// encoder holds little beyond bufio's buffer, but the entries' facts stay
// in memory until it is done.
const asyncText = 4 << 20

// untilDone runs a stage and returns its error, or ctx's as soon as ctx
// ends: a run stopped by a signal does not wait for an article being read
// or extracted to finish. The stage, which checks ctx itself, stops soon
// after on its own; what it would have returned is not read.
func untilDone(ctx context.Context, stage func() error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- stage() }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// load reads the articles in dir, through cache when it is not nil, and
// returns the usable ones, every problem, and how many came from the
// cache.
func load(ctx context.Context, dir string, cfg *config.Config, cache *Cache) (usable []article, problems []corpus.Problem, cached int, err error) {
	loaded, err := loadCached(ctx, dir, cfg.CorpusOptions(), cache)
	if err != nil {
		return nil, nil, 0, err
	}
	for _, a := range loaded {
		problems = append(problems, a.probs...)
		if a.src == nil {
			continue
		}
		usable = append(usable, a)
		if a.cached {
			cached++
		}
	}
	return usable, problems, cached, nil
}

// longestNew returns the length of the longest text of the articles the
// cache did not hold.
func longestNew(arts []article) int {
	n := 0
	for _, a := range arts {
		if !a.cached {
			n = max(n, len(a.src.Text))
		}
	}
	return n
}

// since formats the time since start for people.
func since(start time.Time) string {
	return time.Since(start).Round(time.Millisecond).String()
}

// seconds is the time since start for machines.
func seconds(start time.Time) float64 {
	return time.Since(start).Round(time.Millisecond).Seconds()
}

// Meta describes the document a configuration and options make.
func Meta(cfg *config.Config, opts Options) report.Meta {
	p := opts.Period
	if p.Label == "" {
		p.Label = "whole corpus"
	}
	m := report.Meta{Period: p, Generated: opts.Generated.UTC().Format(time.RFC3339)}
	describe(&m, cfg)
	return m
}

// ApplyConfig gives a model (one rendered from its JSON) the document
// description, sections, actors and issues of a configuration, as a build
// from it has them. Its facts, period, generation time, matrix, figure
// groups and key points stay as they are.
func ApplyConfig(b *report.Brief, cfg *config.Config) {
	describe(&b.Meta, cfg)
	b.Sections = slices.Clone(cfg.Sections)
	b.Actors = slices.Clone(cfg.Actors)
	b.Issues = slices.Clone(cfg.Issues)
}

// describe sets the document's description from a configuration: title,
// organisation, marking, page size and the configuration's file name.
func describe(m *report.Meta, cfg *config.Config) {
	m.Title = cfg.Title
	m.Organisation = cfg.Organisation
	m.Marking = cfg.Marking
	m.PageSize = cfg.PageSize
	m.Config = filepath.Base(cfg.Path)
}

// extractNew extracts the facts of the articles the cache did not hold,
// on all cores, and stores them in cache (which may be nil). It returns
// the articles in order, and a Problem for each article whose extraction
// panicked, which is left out: one bad article never ends the run.
func extractNew(ctx context.Context, loaded []article, x *extract.Extractor, cache *Cache, progress func(done, total int)) ([]assemble.Article, []corpus.Problem, error) {
	arts := make([]assemble.Article, len(loaded))
	failed := make([]*corpus.Problem, len(loaded))
	var todo []int
	for i, a := range loaded {
		if a.cached {
			arts[i] = assemble.Article{Source: *a.src, Facts: a.facts, Fingerprint: a.fingerprint}
		} else {
			todo = append(todo, i)
		}
	}
	var done atomic.Int64
	err := parallel(ctx, cpuWorkers(), len(todo), func(j int) {
		i := todo[j]
		defer func() {
			if n := done.Add(1); progress != nil {
				progress(int(n), len(todo))
			}
		}()
		art, p := extractSafely(x, *loaded[i].src)
		if p != nil {
			failed[i] = p
			return
		}
		arts[i] = art
		if cache != nil {
			a := loaded[i]
			a.facts, a.fingerprint = art.Facts, art.Fingerprint
			cache.put(a)
		}
	})
	return keepExtracted(arts, failed), problemsOf(failed), err
}

// extractSafely extracts one article, turning a panic into a Problem.
func extractSafely(x *extract.Extractor, s report.Source) (art assemble.Article, prob *corpus.Problem) {
	defer func() {
		if r := recover(); r != nil {
			p := internalError(s.Path, "extracting", r)
			prob = &p
		}
	}()
	return extractArticle(x, s), nil
}

// keepExtracted returns the articles whose extraction did not fail, in
// order.
func keepExtracted(arts []assemble.Article, failed []*corpus.Problem) []assemble.Article {
	out := arts[:0]
	for i, a := range arts {
		if failed[i] == nil {
			out = append(out, a)
		}
	}
	return out
}

// problemsOf returns the problems that are set, in order.
func problemsOf(failed []*corpus.Problem) []corpus.Problem {
	var out []corpus.Problem
	for _, p := range failed {
		if p != nil {
			out = append(out, *p)
		}
	}
	return out
}

func extractOne(x *extract.Extractor, s report.Source) assemble.Article {
	published, _ := report.ParseDate(s.Published)
	f := x.ExtractBy(s.ID, s.Text, s.Outlet, published)
	extract.OwnOutlet(&f, s.Outlet) // "officials told Dawn", in Dawn: the officials
	return assemble.Article{Source: s, Facts: f, Fingerprint: assemble.Fingerprint(s.Text)}
}
