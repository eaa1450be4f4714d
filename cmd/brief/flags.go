package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"time"

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
	fs.StringVar(&o.configPath, "config", "config.toml", "the configuration `FILE`")
	fs.StringVar(&o.sourcesDir, "sources", "", "read articles from `DIR` instead of the configuration's folder")
	fs.StringVar(&o.outDir, "out", "", "write outputs to `DIR` instead of the configuration's folder")
}

// load reads the configuration named by the flags.
func (o *commonOptions) load(fs *flag.FlagSet) (*config.Config, error) {
	explicit := false
	fs.Visit(func(f *flag.Flag) { explicit = explicit || f.Name == "config" })
	return loadConfig(o.configPath, explicit)
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
