package main

import (
	"context"

	"brief/report"
	"brief/report/extract"
	"brief/report/pipeline"
)

const extractUsage = `Usage: brief extract [options]

Extract the facts from the articles and print the model's JSON on stdout.
Problems with articles are reported on stderr; a bad article is skipped.

Options:
    --config FILE        the configuration (default config.toml)
    --sources DIR        read articles from DIR instead of the configuration's folder
    --out DIR            the output folder whose extraction cache (DIR/.cache) is
                         read and filled; extract writes no other file
    --week WEEK          report on an ISO week: 2023-W23, or last (the week before
                         today in the configuration's time_zone)
    --since DATE         report on articles published from DATE (2023-06-01, 2023-06, 2023)
    --until DATE         ... up to DATE, inclusive; default whole corpus
    --timexes            add every date expression found, with its resolved value
    --explain FILE       print, for one article, what was found in each sentence
                         (actors, speaker, cues, issue terms) and the stance decided
                         or why none was; prints no JSON
    --no-cache           extract every article again, neither reading nor writing the cache
    --strict             fail (status 1) on any skipped article or warning
    --log-format FORMAT  text (default) or json: one JSON object a line on stderr
    --quiet              write only errors to stderr
`

func extractCommand() command {
	return command{name: "extract", usage: extractUsage, run: runExtract}
}

type extractOptions struct {
	runOptions
	timexes bool
	explain string
}

func runExtract(ctx context.Context, e *env, args []string) error {
	var opts extractOptions
	fs := newFlags(e, command{name: "extract", usage: extractUsage})
	opts.register(fs)
	fs.BoolVar(&opts.timexes, "timexes", false, "add every date expression found")
	fs.StringVar(&opts.explain, "explain", "", "explain one article's extraction")
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	cfg, err := opts.load(fs)
	if err != nil {
		return err
	}
	if opts.explain != "" {
		traces, err := pipeline.Explain(cfg, opts.explain)
		if err != nil {
			return err
		}
		return extract.WriteExplanation(e.stdout, traces)
	}
	po, progressDone, err := opts.runPipelineOptions(fs, e, cfg)
	if err != nil {
		return err
	}
	po.Timexes = opts.timexes
	res, err := pipeline.Run(ctx, cfg, po)
	progressDone()
	reportProblems(e, res)
	if err != nil {
		return err
	}
	if err := opts.strictCheck(res); err != nil {
		return err
	}
	if res.Brief.Meta.Assessment, err = cfg.ReadAssessment(); err != nil {
		return err
	}
	return report.WriteJSON(e.stdout, res.Brief)
}
