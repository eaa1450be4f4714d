package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"slices"
	"time"

	"brief/cmd/brief/internal/lock"
	"brief/cmd/brief/internal/outputs"
	"brief/layouts/pdf"
	"brief/report/pipeline"
	"brief/report/review"
)

const buildUsage = `Usage: brief build [options]

Read the articles, extract their facts, and write the brief as a PDF, an
Excel workbook and the model's JSON into the output folder, each under the
period's name (brief-2023-W23.pdf) and the stable latest name
(brief-latest.pdf). The paths written are printed on stdout, one a line;
messages and one line per step go to stderr.

When nothing the outputs are made from has changed since the last build
wrote them — the same articles (by each file's size, times and inode), the
same configuration and the files it names, the same period, review
workbook, SOURCE_DATE_EPOCH and program — and they are all there, whole and
unaltered, build keeps them, prints their paths and says so, without
reading the articles again; --force renders anyway.

Outputs are replaced as a set: a run that fails or is killed leaves under
each name the whole previous set (PDF, workbook, JSON) or the whole new one. One run at a time holds the output folder's lock;
another exits with status 3 at once, or after --wait.

Options:
    --config FILE        the configuration (default config.toml)
    --sources DIR        read articles from DIR instead of the configuration's folder
    --out DIR            write outputs to DIR instead of the configuration's folder
    --week WEEK          report on an ISO week: 2023-W23, or last (the week before
                         today in the configuration's time_zone)
    --since DATE         report on articles published from DATE (2023-06-01, 2023-06, 2023)
    --until DATE         ... up to DATE, inclusive; default whole corpus
    --wait DURATION      wait up to DURATION (30s, 10m) for another run to finish
    --review FILE        apply an analyst's decisions from a reviewed workbook
    --no-cache           extract every article again (the cache is OUT/.cache);
                         implies --force
    --force              render the outputs even when nothing they are made
                         from changed since they were written
    --strict             fail (status 1, nothing written) on any skipped article or warning
    --allow-empty        let a brief with nothing to report replace, under the latest
                         name, one that has
    --log-format FORMAT  text (default) or json: one JSON object a line
    --quiet              write only errors to stderr

Articles before the period are context for the stance matrix; a period
with no articles gives a brief that says so, and exit status 0. Such a
brief is written under the period's name but leaves the latest name to a
brief with something to report, unless --allow-empty.

Examples:
    brief build
    brief build --config /srv/briefs/ttp.toml --week last --log-format json
    brief build --since 2023-05-01 --until 2023-06-30 --out /tmp/briefs
`

func buildCommand() command {
	return command{name: "build", usage: buildUsage, run: runBuild}
}

type buildOptions struct {
	runOptions
	review     string
	wait       time.Duration
	allowEmpty bool
	force      bool
}

func runBuild(ctx context.Context, e *env, args []string) error {
	start := time.Now()
	defer startProfile()()
	var opts buildOptions
	fs := newFlags(e, command{name: "build", usage: buildUsage})
	opts.register(fs)
	fs.StringVar(&opts.review, "review", "", "apply decisions from a reviewed workbook `FILE`")
	fs.DurationVar(&opts.wait, "wait", 0, "wait up to `DURATION` for another run to release the output folder")
	fs.BoolVar(&opts.allowEmpty, "allow-empty", false, "let a brief with nothing to report replace one that has under the latest name")
	fs.BoolVar(&opts.force, "force", false, "render even when nothing the outputs are made from has changed")
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	if opts.wait < 0 {
		return usageError{fmt.Sprintf("--wait %s: want a positive duration such as 30s or 10m", opts.wait)}
	}
	if opts.review != "" {
		// Refused now, not after the whole run.
		if err := checkReviewFile(opts.review); err != nil {
			return err
		}
	}
	cfg, err := opts.load(fs)
	if err != nil {
		return err
	}
	po, progressDone, err := opts.runPipelineOptions(fs, e, cfg)
	if err != nil {
		return err
	}
	po.Extracting = collectSoonerForHugeArticles
	outDir := opts.outputDir(cfg)
	unlock, err := lockOutputs(ctx, e, outDir, opts.wait)
	if err != nil {
		return err
	}
	defer unlock()

	// What the outputs are made from, taken before anything is read: an
	// input that changes during the run makes the next one render again.
	inputs := buildFingerprint(&opts, cfg, po, outDir, start)
	if !opts.force && !opts.noCache {
		plan := planOutputs(outDir, cfg.Output.Name, cfg.Output.Latest, pipeline.Meta(cfg, po).Period.Label)
		if paths, ok := plan.Unchanged(inputs); ok {
			removeStale(e, plan)
			for _, p := range paths {
				fmt.Fprintln(e.stdout, p)
			}
			e.logger().Info("nothing the outputs are made from has changed since they were written: kept them (--force renders anyway)",
				"step", "write", "kept", paths)
			e.logger().Info(fmt.Sprintf("done in %s", time.Since(start).Round(time.Millisecond)),
				"step", "done", "period", pipeline.Meta(cfg, po).Period.Label, "seconds", time.Since(start).Round(time.Millisecond).Seconds(), "exit", exitOK, "unchanged", true)
			return nil
		}
	}

	if opts.review != "" {
		// Read before the run, which applies it before the leads are
		// capped.
		if po.Review, err = readReview(opts.review); err != nil {
			return err
		}
	}
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
	if ws := pdf.ScriptWarnings(res.Brief); len(ws) > 0 {
		for _, w := range ws {
			e.logger().Warn(w, "step", "render")
		}
		if opts.strict {
			return strictError{fmt.Sprintf("--strict: %s with a script the PDF cannot draw; nothing was written", plural(len(ws), "article"))}
		}
	}
	if opts.review != "" {
		warnings := res.ReviewWarnings
		for _, w := range warnings {
			e.logger().Warn(w, "review", opts.review)
		}
		// A decision moved to its fact's new id was applied: not a failure.
		if failing := slices.DeleteFunc(slices.Clone(warnings), review.Moved); opts.strict && len(failing) > 0 {
			return strictError{fmt.Sprintf("--strict: %s in %s; nothing was written", plural(len(failing), "review warning"), opts.review)}
		}
	}
	plan := planOutputs(outDir, cfg.Output.Name, cfg.Output.Latest, res.Brief.Meta.Period.Label)
	plan.AllowEmpty = opts.allowEmpty
	plan.Inputs = inputs
	if err := writeOutputs(ctx, e, plan, res.Brief); err != nil {
		return err
	}
	if po.Cache != nil {
		pruneCache(e, po.Cache)
	}
	e.logger().Info(fmt.Sprintf("done in %s", time.Since(start).Round(time.Millisecond)),
		"step", "done", "period", res.Brief.Meta.Period.Label, "seconds", time.Since(start).Round(time.Millisecond).Seconds(), "exit", exitOK)
	return nil
}

// hugeArticle is the length of text above which an article is read in
// windows (report/extract), and above which a run collects garbage
// sooner (collectSoonerForHugeArticles).
const hugeArticle = 4 << 20

// hugeGCPercent is the garbage collector's target while a huge article
// is extracted and the brief rendered: the heap may grow by half of what
// is live, not by all of it.
const hugeGCPercent = 50

// collectSoonerForHugeArticles lowers the garbage collector's target for
// the rest of the run when an article to extract is longer than
// hugeArticle. Extracting one 10 MB article makes garbage several times
// its size, and the heap, grown to twice what is live, set the run's
// peak: 140-150 MiB with the default target, 120-130 MiB with this one,
// for about 5% more CPU. Runs of ordinary articles keep the default.
func collectSoonerForHugeArticles(longest int) {
	if longest > hugeArticle && os.Getenv("GOGC") == "" {
		debug.SetGCPercent(hugeGCPercent)
	}
}

// lockOutputs creates the output folder and takes its lock, waiting up to
// wait for another run to release it, and says so when it waits.
func lockOutputs(ctx context.Context, e *env, dir string, wait time.Duration) (unlock func(), err error) {
	if err := outputs.MakeDir(dir); err != nil {
		return nil, err
	}
	unlock, err = lock.Acquire(ctx, dir, 0)
	if wait == 0 || !errors.Is(err, lock.ErrHeld) {
		return unlock, outputs.NotWritable(err)
	}
	msg := "another run holds the lock on " + dir
	var he *lock.HeldError
	if errors.As(err, &he) && he.Holder != "" {
		msg += " (" + he.Holder + ")"
	}
	e.logger().Info(fmt.Sprintf("%s; waiting up to %s", msg, wait), "step", "lock", "dir", dir, "wait_seconds", wait.Seconds())
	unlock, err = lock.Acquire(ctx, dir, wait)
	return unlock, outputs.NotWritable(err)
}

// reportProblems logs the problems found with articles as warnings.
func reportProblems(e *env, res *pipeline.Result) {
	if res == nil {
		return
	}
	for _, p := range res.Problems {
		e.logger().Warn(p.Error(), "file", p.File, "line", p.Line, "skipped", p.Skipped)
	}
}
