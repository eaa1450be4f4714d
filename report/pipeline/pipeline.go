// Package pipeline runs the whole path from a configuration to a brief:
// load the articles, extract their facts on all cores, and assemble the
// model for a period. It writes no files; rendering is the caller's.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"brief/report"
	"brief/report/config"
	"brief/report/corpus"
	"brief/report/extract"
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
}

// Result is a run's brief and the problems found with its articles.
type Result struct {
	Brief    *report.Brief
	Problems []corpus.Problem
	// Articles is how many articles loaded (before the period is applied).
	Articles int
}

// Run loads, extracts and assembles. It fails only when no article can be
// used or the sources folder cannot be read; a bad article is a Problem.
func Run(ctx context.Context, cfg *config.Config, opts Options) (*Result, error) {
	dir := cfg.Resolve(cfg.Sources)
	if opts.SourcesDir != "" {
		dir = opts.SourcesDir
	}
	sources, problems, err := corpus.Load(dir, corpus.Options{DropLines: cfg.Cleaning.DropLines, RelativeTo: cfg.Dir})
	if err != nil {
		return nil, err
	}
	if len(sources) == 0 {
		return &Result{Problems: problems}, fmt.Errorf("no usable article in %s", dir)
	}
	arts, err := Extract(ctx, sources, extract.Domain{Actors: cfg.Actors, Issues: cfg.Issues})
	if err != nil {
		return nil, err
	}
	b := report.Assemble(report.Input{
		Meta:     Meta(cfg, opts),
		Sections: cfg.Sections,
		Actors:   cfg.Actors,
		Issues:   cfg.Issues,
		Articles: arts,
		Timexes:  opts.Timexes,
	})
	return &Result{Brief: b, Problems: problems, Articles: len(sources)}, nil
}

// Meta describes the document a configuration and options make.
func Meta(cfg *config.Config, opts Options) report.Meta {
	p := opts.Period
	if p.Label == "" {
		p.Label = "whole corpus"
	}
	return report.Meta{
		Title:        cfg.Title,
		Organisation: cfg.Organisation,
		Marking:      cfg.Marking,
		PageSize:     cfg.PageSize,
		Period:       p,
		Generated:    opts.Generated.UTC().Format(time.RFC3339),
		Config:       cfg.Path,
	}
}

// Extract runs extraction over the sources on all cores. The result is in
// the sources' order whatever the timing of the work.
func Extract(ctx context.Context, sources []report.Source, d extract.Domain) ([]report.Article, error) {
	x := extract.New(d)
	arts := make([]report.Article, len(sources))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				arts[i] = extractOne(x, sources[i])
			}
		}()
	}
	var err error
feed:
	for i := range sources {
		select {
		case jobs <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	return arts, err
}

func extractOne(x *extract.Extractor, s report.Source) report.Article {
	published, _ := report.ParseDate(s.Published)
	f := x.Extract(s.ID, s.Text, published)
	return report.Article{Source: s, Facts: report.Facts{
		Figures: f.Figures, Events: f.Events, Stances: f.Stances, Timexes: f.Timexes,
	}}
}
