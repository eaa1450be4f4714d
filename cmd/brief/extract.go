package main

import (
	"context"
	"encoding/json"

	"brief/report/pipeline"
)

const extractUsage = `Usage: brief extract [options]

Extract the facts from the articles and print the model's JSON on stdout.
Problems with articles are reported on stderr; a bad article is skipped.

Options:
    --config FILE   the configuration (default config.toml)
    --sources DIR   read articles from DIR instead of the configuration's folder
    --out DIR       accepted for symmetry with build; extract writes no files
    --timexes       add every date expression found, with its resolved value
`

func extractCommand() command {
	return command{name: "extract", usage: extractUsage, run: runExtract}
}

type extractOptions struct {
	commonOptions
	timexes bool
}

func runExtract(ctx context.Context, e *env, args []string) error {
	var opts extractOptions
	fs := newFlags(e, command{name: "extract", usage: extractUsage})
	opts.register(fs)
	fs.BoolVar(&opts.timexes, "timexes", false, "add every date expression found")
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	cfg, err := opts.load(fs)
	if err != nil {
		return err
	}
	po, err := opts.pipelineOptions(cfg)
	if err != nil {
		return err
	}
	po.Timexes = opts.timexes
	res, err := pipeline.Run(ctx, cfg, po)
	reportProblems(e, res)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(res.Brief)
}
