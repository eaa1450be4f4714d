package main

import (
	"context"
	"fmt"
	"strings"

	"brief/report/config"
	"brief/report/corpus"
	"brief/report/pipeline"
)

const checkUsage = `Usage: brief check [options]

Validate the configuration and every article, and list each problem with
its file and line. Nothing is written.

Options:
    --config FILE        the configuration (default config.toml)
    --sources DIR        check articles in DIR instead of the configuration's folder
    --log-format FORMAT  text (default) or json: one JSON object a line on stderr
    --quiet              write only errors to stderr

Exit status is 0 when everything is usable (warnings may still be listed),
1 when an article would be skipped or none is usable, 2 when the
configuration is bad.
`

func checkCommand() command {
	return command{name: "check", usage: checkUsage, run: runCheck}
}

func runCheck(ctx context.Context, e *env, args []string) error {
	var opts commonOptions
	fs := newFlags(e, command{name: "check", usage: checkUsage})
	opts.register(fs)
	registerLogFlags(fs)
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	cfg, dir, err := opts.loadInputs(fs)
	if err != nil {
		return err
	}
	sources, problems, err := corpus.Load(dir, cfg.CorpusOptions())
	if err != nil {
		return err
	}
	skipped := 0
	for _, p := range problems {
		fmt.Fprintln(e.stdout, p.Error())
		if p.Skipped {
			skipped++
		}
	}
	fmt.Fprintf(e.stdout, "%s: %s usable, %d skipped, %s\n", cfg.Path, plural(len(sources), "article"), skipped, plural(len(problems), "problem"))
	printIssueTerms(e, cfg)
	switch {
	case len(sources) == 0:
		return fmt.Errorf("no usable article in %s", dir)
	case skipped > 0:
		return fmt.Errorf("%d of %s cannot be used; see the problems above", skipped, plural(len(sources)+skipped, "article"))
	}
	return nil
}

// printIssueTerms lists the phrases that raise each issue: its own terms,
// their variants and the thesaurus synonyms it takes.
func printIssueTerms(e *env, cfg *config.Config) {
	terms := pipeline.Extractor(cfg).IssueTerms()
	for _, is := range cfg.Issues {
		fmt.Fprintf(e.stdout, "issue %s: %s\n", is.ID, strings.Join(terms[is.ID], ", "))
	}
}
