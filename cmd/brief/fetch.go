package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"brief/report/config"
	"brief/report/fetch"
)

const fetchUsage = `Usage: brief fetch [options] [URL...]

Fill the sources folder from the web: read the feeds of the configuration
([[feed]]), the addresses in its links file ([fetch] links) and the URLs
given here, download each new article's page, and store its text and
metadata as a Markdown file with TOML front matter. The paths stored are
printed on stdout, one a line.

An existing file is never overwritten or deleted, and a story reached by
two addresses (the same canonical URL, or the same text) is stored once.
Feeds are asked for conditionally, so a second run downloads only what is
new. A feed or an article that fails is reported and the others go on.
The fetch state is kept in the sources folder (.brief-fetch.json).

Options:
    --config FILE        the configuration (default config.toml)
    --sources DIR        store articles in DIR instead of the configuration's folder
    --out DIR            the output folder whose lock is held (default the configuration's)
    --wait DURATION      wait up to DURATION (30s, 10m) for another run to finish
    --log-format FORMAT  text (default) or json: one JSON object a line
    --quiet              write only errors to stderr

Exit status is 0 when every feed and article was fetched (or was already
there), 1 when one or more failed (each is reported), 2 for a bad
configuration, 3 when another run holds the lock.

Examples:
    brief fetch
    brief fetch https://www.example.org/news/2023/06/06/talks-off
    brief fetch --config /srv/briefs/ttp.toml --quiet; brief build --config /srv/briefs/ttp.toml --week last
`

func fetchCommand() command {
	return command{name: "fetch", usage: fetchUsage, run: runFetch}
}

func runFetch(ctx context.Context, e *env, args []string) error {
	var opts commonOptions
	var wait time.Duration
	fs := newFlags(e, command{name: "fetch", usage: fetchUsage})
	opts.register(fs)
	registerLogFlags(fs)
	fs.DurationVar(&wait, "wait", 0, "wait up to `DURATION` for another run to release the output folder")
	flagArgs, urls := splitAddresses(args)
	if err := parseFlags(fs, e, flagArgs); err != nil {
		return err
	}
	if wait < 0 {
		return usageError{fmt.Sprintf("--wait %s: want a positive duration such as 30s or 10m", wait)}
	}
	cfg, dir, err := opts.loadInputs(fs)
	if err != nil {
		return err
	}
	links, err := cfg.ReadLinks()
	if err != nil {
		return err
	}
	links = append(links, urls...)
	if len(cfg.Feeds) == 0 && len(links) == 0 {
		return usageError{"fetch: nothing to fetch; add [[feed]] tables or [fetch] links to " + cfg.Path + ", or give article addresses"}
	}
	unlock, err := lockOutputs(ctx, e, opts.outputDir(cfg), wait)
	if err != nil {
		return err
	}
	defer unlock()

	res, err := fetch.Run(ctx, fetchOptions(cfg, dir, links, e))
	if res != nil {
		for _, p := range res.Stored {
			fmt.Fprintln(e.stdout, p)
		}
	}
	if err != nil {
		return err
	}
	e.logger().Info(fmt.Sprintf("fetch: %d stored, %d already there, %d feeds unchanged, %d failed",
		len(res.Stored), res.Known, res.Unchanged, len(res.Failures)),
		"step", "done", "stored", len(res.Stored), "known", res.Known, "unchanged", res.Unchanged, "failed", len(res.Failures))
	if n := len(res.Failures); n > 0 {
		return reportedFailure{fmt.Sprintf("fetch: %d feeds or articles failed; see the errors above", n)}
	}
	return nil
}

// reportedFailure is a failure whose details were logged one by one; it
// exits with the failure status and is logged once, as a summary.
type reportedFailure struct{ msg string }

func (e reportedFailure) Error() string { return e.msg }

// fetchOptions turns the configuration into the fetcher's options.
func fetchOptions(cfg *config.Config, dir string, links []string, e *env) fetch.Options {
	limits := fetch.DefaultLimits()
	limits.HostDelay = cfg.Fetch.Delay.Duration
	limits.Timeout = cfg.Fetch.Timeout.Duration
	limits.MaxBytes = int64(cfg.Fetch.MaxPageMB) << 20
	var feeds []fetch.Feed
	for _, f := range cfg.Feeds {
		feeds = append(feeds, fetch.Feed{URL: f.URL, Outlet: f.Outlet, Reliability: f.Reliability,
			Include: config.TitlePatterns(f.Include), Exclude: config.TitlePatterns(f.Exclude)})
	}
	return fetch.Options{Dir: dir, Feeds: feeds, Links: links, Client: fetch.NewClient(limits, nil),
		DropLines: cfg.Cleaning.DropLines, Log: e.logger()}
}

// splitAddresses parts the command line into the options and the article
// addresses after them.
func splitAddresses(args []string) (flags, urls []string) {
	for i, a := range args {
		if strings.HasPrefix(a, "http://") || strings.HasPrefix(a, "https://") {
			if i == 0 || !strings.HasPrefix(args[i-1], "-") || strings.Contains(args[i-1], "=") || isBoolFlag(args[i-1]) {
				return args[:i], args[i:]
			}
		}
	}
	return args, nil
}

func isBoolFlag(a string) bool {
	name := strings.TrimLeft(a, "-")
	return name == "quiet"
}
