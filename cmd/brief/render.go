package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"brief/cmd/brief/internal/outputs"
	"brief/internal/hugepage"
	"brief/report"
	"brief/report/assemble"
	"brief/report/config"
	"brief/report/pipeline"
)

const renderUsage = `Usage: brief render --model FILE [options]

Render a model's JSON form — written by 'brief extract' or 'brief build',
edited by an analyst, or made by another tool — as the PDF brief, the
workbook and the JSON, exactly as 'brief build' renders the same model.
The paths written are printed on stdout, one a line.

The model is checked first: a file that is not JSON, a value of the wrong
type, a citation of no source, a bad date, a low above its high, an unknown
position and the like are each reported with their JSON path and line, exit
status 2, and nothing is written. Parts of the model it lacks — sections,
actors, issues, the stance matrix, figure groups, key points — are derived
from its facts; parts it has are used as they are.

Options:
    --model FILE         the model's JSON; - reads stdin (required)
    --config FILE        take the title, organisation, marking, page size,
                         sections, actors, issues and output folder and names
                         from this configuration instead of the model (only
                         when given: a config.toml here is not read)
    --out DIR            write outputs to DIR (default: the configuration's
                         output folder with --config, else ./out)
    --only LIST          write only these outputs, comma-separated: pdf, xlsx, json
    --allow-empty        render a model with nothing to report (null, {}, no
                         source of its period and no figure or event), which
                         is otherwise refused, and let it replace the latest
    --wait DURATION      wait up to DURATION (30s, 10m) for another run to release
                         the output folder's lock; without it such a run exits 3
    --log-format FORMAT  text (default) or json: one JSON object a line
    --quiet              write only errors to stderr

The brief's generation time is the model's meta.generated when it has one,
else SOURCE_DATE_EPOCH when set, else the clock.

Examples:
    brief extract > m.json && brief render --model m.json
    brief render --model edited.json --config ttp.toml --only pdf
    convert-export events.csv | brief render --model - --out /srv/briefs
`

// maxModelSize is the largest model render reads, in bytes; a variable
// so that tests can lower it.
var maxModelSize int64 = 1 << 30

func renderCommand() command {
	return command{name: "render", usage: renderUsage, run: runRender}
}

type renderOptions struct {
	model      string
	configPath string
	outDir     string
	only       string
	wait       time.Duration
	allowEmpty bool
}

func runRender(ctx context.Context, e *env, args []string) error {
	defer startProfile()()
	var opts renderOptions
	fs := newFlags(e, command{name: "render", usage: renderUsage})
	opts.register(fs)
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	only, err := opts.check()
	if err != nil {
		return err
	}
	b, cfg, err := opts.load(e)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	plan := opts.plan(cfg, b)
	plan.Only = only
	unlock, err := lockOutputs(ctx, e, plan.Dir, opts.wait)
	if err != nil {
		return err
	}
	defer unlock()
	plan.AllowEmpty = opts.allowEmpty
	return writeOutputs(ctx, e, plan, b)
}

func (o *renderOptions) register(fs *flag.FlagSet) {
	fs.StringVar(&o.model, "model", "", "read the model from `FILE` (- for stdin)")
	fs.StringVar(&o.configPath, "config", "", "take the document and domain from the configuration `FILE`")
	fs.StringVar(&o.outDir, "out", "", "write outputs to `DIR`")
	fs.StringVar(&o.only, "only", "", "write only these outputs: pdf, xlsx, json")
	fs.DurationVar(&o.wait, "wait", 0, "wait up to `DURATION` for another run to release the output folder")
	fs.BoolVar(&o.allowEmpty, "allow-empty", false, "render a model with nothing to report (null, {}, no sources or facts)")
	registerLogFlags(fs)
}

// load reads the configuration, when given, and the model; validates the
// model and completes it for rendering.
func (o *renderOptions) load(e *env) (*report.Brief, *config.Config, error) {
	var cfg *config.Config
	if o.configPath != "" {
		var err error
		if cfg, err = loadConfig(o.configPath, true); err != nil {
			return nil, nil, err
		}
	}
	data, err := readModel(o.model, e.stdin)
	if err != nil {
		return nil, nil, err
	}
	b, err := report.Validate(data)
	if err != nil {
		return nil, nil, reportModelError(e, o.model, err)
	}
	if b.Empty() && !o.allowEmpty {
		return nil, nil, usageError{fmt.Sprintf("%s: the model has nothing to report (no source of its period, no figure, no event: null or {}?); nothing was written; pass --allow-empty to render it anyway", modelName(o.model))}
	}
	if err := completeModel(b, cfg); err != nil {
		return nil, nil, err
	}
	return b, cfg, nil
}

// check refuses bad flag values before any file is read.
func (o *renderOptions) check() (only []string, err error) {
	if o.model == "" {
		return nil, usageError{"render: --model FILE is required (- reads stdin); see brief render --help"}
	}
	if o.wait < 0 {
		return nil, usageError{fmt.Sprintf("--wait %s: want a positive duration such as 30s or 10m", o.wait)}
	}
	if o.only == "" {
		return nil, nil
	}
	for _, kind := range strings.Split(o.only, ",") {
		kind = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(kind)), ".")
		if !slices.Contains([]string{"pdf", "xlsx", "json"}, kind) {
			return nil, usageError{fmt.Sprintf("render: --only %q: want pdf, xlsx or json, comma-separated", o.only)}
		}
		only = append(only, kind)
	}
	return only, nil
}

// plan says where the outputs go: --out, else the configuration's folder,
// else ./out; names from the configuration, else the default ones.
func (o *renderOptions) plan(cfg *config.Config, b *report.Brief) outputs.Plan {
	out := config.Default().Output
	dir := out.Dir
	if cfg != nil {
		out, dir = cfg.Output, cfg.Resolve(cfg.Output.Dir)
	}
	if o.outDir != "" {
		dir = o.outDir
	}
	return planOutputs(dir, out.Name, out.Latest, b.Meta.Period.Label)
}

// readModel reads the model's bytes from a file or, for "-", stdin,
// refusing anything larger than maxModelSize. A path that is not a
// readable regular file is a usage error.
func readModel(path string, stdin io.Reader) ([]byte, error) {
	name := path
	var r io.Reader
	size := int64(0) // the file's size when known: the buffer is made for it
	if path == "-" {
		name, r = "stdin", stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, usageError{fmt.Sprintf("--model %s: %v", path, errors.Unwrap(err))}
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil {
			return nil, usageError{fmt.Sprintf("--model %s: %v", path, errors.Unwrap(err))}
		}
		if !info.Mode().IsRegular() && info.Mode()&os.ModeNamedPipe == 0 {
			return nil, usageError{fmt.Sprintf("--model %s: not a regular file; pass the model's JSON file, or - to read stdin", path)}
		}
		if info.Size() > maxModelSize {
			return nil, tooLarge(name)
		}
		if info.Mode().IsRegular() {
			size = info.Size()
		}
		r = f
	}
	// One buffer of the file's size (and room to see its end), not
	// io.ReadAll's doubling, which copies and clears a large model's
	// bytes several times over; advised as huge pages, for it is read
	// whole at once.
	room := make([]byte, 0, size+bytes.MinRead)
	hugepage.Advise(room[:cap(room)])
	buf := bytes.NewBuffer(room)
	if _, err := buf.ReadFrom(io.LimitReader(r, maxModelSize+1)); err != nil {
		return nil, fmt.Errorf("reading the model from %s: %w", name, err)
	}
	data := buf.Bytes()
	if int64(len(data)) > maxModelSize {
		return nil, tooLarge(name)
	}
	return data, nil
}

func tooLarge(name string) error {
	limit := fmt.Sprintf("%d bytes", maxModelSize)
	if maxModelSize >= 1<<30 {
		limit = fmt.Sprintf("%d GiB", maxModelSize>>30)
	}
	return usageError{fmt.Sprintf("%s: the model is larger than %s, the most render reads; split it, for example by period", name, limit)}
}

// modelName is how messages name the model's file: stdin for -.
func modelName(path string) string {
	if path == "-" {
		return "stdin"
	}
	return path
}

// reportModelError prints each problem of an invalid model on its own
// line, as file:line:col: path: message, and returns a reportedError,
// which exits with the usage status without printing again.
func reportModelError(e *env, path string, err error) error {
	name := modelName(path)
	var me *report.ModelError
	if !errors.As(err, &me) {
		return usageError{fmt.Sprintf("%s: %v", name, err)}
	}
	log := e.logger()
	for _, p := range me.Problems {
		sep := ": "
		if p.Line > 0 {
			sep = ":"
		}
		log.Error(name+sep+p.String(), "file", name, "line", p.Line, "column", p.Column, "path", p.Path, "exit", exitUsage)
	}
	if me.More > 0 {
		log.Error(fmt.Sprintf("%s: and %d more problems", name, me.More), "file", name, "exit", exitUsage)
	}
	log.Error(name+" is not a valid model (see README.md, brief render); nothing was written", "file", name, "exit", exitUsage)
	return reportedError{name + " is not a valid model"}
}

// completeModel applies the configuration, when given, derives what the
// model lacks and stamps the generation time.
func completeModel(b *report.Brief, cfg *config.Config) error {
	if cfg != nil {
		pipeline.ApplyConfig(b, cfg)
	}
	assemble.Derive(b)
	if b.Meta.Generated != "" {
		return nil
	}
	gen, err := generationTime()
	if err != nil {
		return err
	}
	b.Meta.Generated = gen.UTC().Format(time.RFC3339)
	return nil
}
