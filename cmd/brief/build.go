package main

import (
	"context"
	"fmt"

	"brief/report/pipeline"
)

const buildUsage = `Usage: brief build [options]

Read the articles, extract their facts, and write the brief as a PDF, an
Excel workbook and the model's JSON into the output folder. The paths
written are printed on stdout, one a line; problems go to stderr.

Options:
    --config FILE   the configuration (default config.toml)
    --sources DIR   read articles from DIR instead of the configuration's folder
    --out DIR       write outputs to DIR instead of the configuration's folder
    --review FILE   apply an analyst's decisions from a reviewed workbook

Examples:
    brief build
    brief build --config /srv/briefs/ttp.toml --out /srv/briefs/out
`

func buildCommand() command {
	return command{name: "build", usage: buildUsage, run: runBuild}
}

type buildOptions struct {
	commonOptions
	review string
}

func runBuild(ctx context.Context, e *env, args []string) error {
	var opts buildOptions
	fs := newFlags(e, command{name: "build", usage: buildUsage})
	opts.register(fs)
	fs.StringVar(&opts.review, "review", "", "apply decisions from a reviewed workbook `FILE`")
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
	res, err := pipeline.Run(ctx, cfg, po)
	reportProblems(e, res)
	if err != nil {
		return err
	}
	if opts.review != "" {
		warnings, err := applyReview(res.Brief, opts.review)
		if err != nil {
			return err
		}
		for _, w := range warnings {
			fmt.Fprintf(e.stderr, "brief: warning: %s\n", w)
		}
	}
	outDir := cfg.Resolve(cfg.Output.Dir)
	if opts.outDir != "" {
		outDir = opts.outDir
	}
	plan := planOutputs(outDir, cfg.Output.Name, cfg.Output.Latest, res.Brief.Meta.Period.Label)
	paths, err := writeOutputs(plan, res.Brief)
	for _, p := range paths {
		fmt.Fprintln(e.stdout, p)
	}
	return err
}

// reportProblems prints the problems found with articles as warnings.
func reportProblems(e *env, res *pipeline.Result) {
	if res == nil {
		return
	}
	for _, p := range res.Problems {
		fmt.Fprintf(e.stderr, "brief: warning: %v\n", p)
	}
}
