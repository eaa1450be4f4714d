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

// pipelineOptions turns the flags into the pipeline's options.
func (o *commonOptions) pipelineOptions() (pipeline.Options, error) {
	gen, err := generationTime()
	if err != nil {
		return pipeline.Options{}, err
	}
	return pipeline.Options{SourcesDir: o.sourcesDir, Generated: gen}, nil
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
