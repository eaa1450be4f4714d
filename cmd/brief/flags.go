package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"brief/cmd/brief/internal/progress"
	"brief/report"
	"brief/report/config"
	"brief/report/pipeline"
)

// commonOptions are the flags build and extract share.
type commonOptions struct {
	configPath string
	sourcesDir string
	outDir     string
}

func (o *commonOptions) register(fs *flag.FlagSet) {
	o.registerInputs(fs)
	fs.StringVar(&o.outDir, "out", "", "write outputs to `DIR` instead of the configuration's folder")
}

// registerInputs registers the flags that say what is read, for a
// command that writes no outputs (suggest).
func (o *commonOptions) registerInputs(fs *flag.FlagSet) {
	fs.StringVar(&o.configPath, "config", "config.toml", "the configuration `FILE`")
	fs.StringVar(&o.sourcesDir, "sources", "", "read articles from `DIR` instead of the configuration's folder")
}

// outputDir returns the output folder: the --out flag's, else the
// configuration's, resolved against its folder.
func (o *commonOptions) outputDir(cfg *config.Config) string {
	if o.outDir != "" {
		return o.outDir
	}
	return cfg.Resolve(cfg.Output.Dir)
}

// load reads the configuration named by the flags.
func (o *commonOptions) load(fs *flag.FlagSet) (*config.Config, error) {
	explicit := false
	fs.Visit(func(f *flag.Flag) { explicit = explicit || f.Name == "config" })
	return loadConfig(o.configPath, explicit)
}

// loadInputs loads the configuration and returns it with the folder of
// articles (see load and sources).
func (o *commonOptions) loadInputs(fs *flag.FlagSet) (*config.Config, string, error) {
	cfg, err := o.load(fs)
	if err != nil {
		return nil, "", err
	}
	dir, err := o.sources(cfg)
	if err != nil {
		return nil, "", err
	}
	return cfg, dir, nil
}

// sources returns the folder of articles: the --sources flag's, else the
// configuration's. A folder that does not exist is a usage or a
// configuration error.
func (o *commonOptions) sources(cfg *config.Config) (string, error) {
	if o.sourcesDir == "" {
		return cfg.SourcesDir()
	}
	if info, err := os.Stat(o.sourcesDir); err != nil || !info.IsDir() {
		return "", usageError{fmt.Sprintf("--sources %s: no such folder", o.sourcesDir)}
	}
	return o.sourcesDir, nil
}

// pipelineOptions turns the flags into the pipeline's options.
func (o *commonOptions) pipelineOptions(cfg *config.Config) (pipeline.Options, error) {
	dir, err := o.sources(cfg)
	if err != nil {
		return pipeline.Options{}, err
	}
	gen, err := generationTime()
	if err != nil {
		return pipeline.Options{}, err
	}
	return pipeline.Options{SourcesDir: dir, Generated: gen}, nil
}

// generationTime is SOURCE_DATE_EPOCH when set, so that identical inputs
// give identical outputs, else the clock.
func generationTime() (time.Time, error) {
	v := os.Getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Now().UTC().Truncate(time.Second), nil
	}
	sec, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return time.Time{}, usageError{fmt.Sprintf("SOURCE_DATE_EPOCH=%q: want seconds since 1970 as an integer", v)}
	}
	return time.Unix(sec, 0).UTC(), nil
}

// cacheDirName is the extraction cache's folder inside the output folder.
const cacheDirName = ".cache"

// runOptions are the flags of the commands that run the pipeline, build
// and extract: the common ones, the period, the cache and the logs.
type runOptions struct {
	commonOptions
	week, since, until string
	noCache            bool
	strict             bool
}

func (o *runOptions) register(fs *flag.FlagSet) {
	o.commonOptions.register(fs)
	fs.StringVar(&o.week, "week", "", "report on ISO `WEEK` (2023-W23), or last: the week before today")
	fs.StringVar(&o.since, "since", "", "report on articles published from `DATE` on")
	fs.StringVar(&o.until, "until", "", "report on articles published up to `DATE`")
	fs.BoolVar(&o.noCache, "no-cache", false, "extract every article again, neither reading nor writing the cache")
	fs.BoolVar(&o.strict, "strict", false, "fail on any skipped article or warning")
	registerLogFlags(fs)
}

// period resolves the period flags in the configuration's time zone;
// today comes from generationTime, so SOURCE_DATE_EPOCH fixes it too.
func (o *runOptions) period(cfg *config.Config) (report.Period, error) {
	now, err := generationTime()
	if err != nil {
		return report.Period{}, err
	}
	p, err := report.ResolvePeriod(report.PeriodSpec{Week: o.week, Since: o.since, Until: o.until}, now, cfg.Location())
	var pe *report.PeriodError
	if errors.As(err, &pe) {
		return report.Period{}, usageError{pe.Error()}
	}
	return p, err
}

// runPipelineOptions turns the flags into the pipeline's options: the
// period, the cache in the output folder, the logger and, on a terminal,
// a progress counter. done erases the counter.
func (o *runOptions) runPipelineOptions(fs *flag.FlagSet, e *env, cfg *config.Config) (po pipeline.Options, done func(), err error) {
	done = func() {}
	if po, err = o.pipelineOptions(cfg); err != nil {
		return po, done, err
	}
	if po.Period, err = o.period(cfg); err != nil {
		return po, done, err
	}
	po.Log = e.logger()
	if !o.noCache {
		dir := filepath.Join(o.outputDir(cfg), cacheDirName)
		if po.Cache, err = pipeline.OpenCache(dir, cfg); err != nil {
			e.logger().Warn(fmt.Sprintf("%v; running without the cache", err))
			po.Cache, err = nil, nil
		}
	}
	if progressWanted(fs, e) {
		c := progress.New(e.stderr, "extracting")
		po.Progress, done = c.Update, c.Done
	}
	return po, done, nil
}

// strictError is a run that --strict stopped: its problems were logged as
// warnings above it.
type strictError struct{ msg string }

func (e strictError) Error() string { return e.msg }

// strictCheck fails a --strict run that had any problem with an article
// (skipped or only warned about), so that cron notices a bad article the
// day it arrives.
func (o *runOptions) strictCheck(res *pipeline.Result) error {
	if !o.strict || res == nil || len(res.Problems) == 0 {
		return nil
	}
	skipped := 0
	for _, p := range res.Problems {
		if p.Skipped {
			skipped++
		}
	}
	return strictError{fmt.Sprintf("--strict: %s with articles (%d skipped); nothing was written", plural(len(res.Problems), "problem"), skipped)}
}

// plural writes a count and a noun, the noun in the plural unless the
// count is one: "1 problem", "3 problems".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
