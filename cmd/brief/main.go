// Command brief turns a folder of news articles about a conflict into a
// sourced analytic brief: a PDF for readers, an Excel workbook for
// analysts and the model's JSON, from one structured model.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	_ "time/tzdata" // time zones work on machines without a zone database

	"golang.org/x/term"

	"brief/cmd/brief/internal/clilog"
	_ "brief/cmd/brief/internal/earlyheap" // huge pages for the heap, primed before the other packages initialise
	"brief/cmd/brief/internal/lock"
	"brief/report"
	"brief/report/config"
)

const usage = `Usage: brief COMMAND [options]

brief turns a folder of news articles about a conflict into a sourced
analytic brief: a PDF for readers, an Excel workbook for analysts and the
model's JSON, all from one structured model.

Commands:
    build     write the PDF, the workbook and the JSON into the output folder
    extract   print the model's JSON on stdout
    check     validate the configuration and every article
    render    write the PDF, the workbook and the JSON from a model's JSON
    suggest   list what the configuration likely lacks: issue terms, actors
    fetch     fill the sources folder from feeds and article addresses
    help      show this text, or a command's: brief help build
    init      start a brief on a new conflict in a folder
    version   print the build's version and revision (also --version)

Run 'brief COMMAND --help' for a command's options.

Messages and one line per step go to stderr (--log-format json for log
collectors, --quiet for errors only); stdout carries only results.

Exit status:
    0    success, including a period with no new reporting
    1    failure (for example no usable article, or an output could not be written)
    2    bad usage or a bad configuration
    3    another run holds the output folder's lock (see build --wait)
    130  interrupted (SIGINT or SIGTERM); outputs left as they were
`

// Exit statuses.
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitLocked      = 3
	exitInterrupted = 130
)

// usageError is a mistake in how the command was called.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// command is one subcommand: its flags and what it runs.
type command struct {
	name  string
	usage string
	run   func(ctx context.Context, env *env, args []string) error
}

// env is what a command may touch: its standard streams, and the logger
// and terminal state parseFlags sets up from them.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// log writes messages and steps to stderr; nil means the default
	// (text, every level).
	log *slog.Logger
	// tty is true when stderr is a terminal: progress may be drawn.
	tty bool
}

// logger returns the command's logger.
func (e *env) logger() *slog.Logger {
	if e.log == nil {
		e.log, _ = clilog.New(e.stderr, "text", false)
	}
	return e.log
}

func commands() []command {
	return []command{buildCommand(), extractCommand(), checkCommand(), renderCommand(), fetchCommand(), suggestCommand()}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		// After the first signal the run cleans up and exits 130; a
		// second one ends the process at once.
		<-ctx.Done()
		stop()
	}()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, tty: term.IsTerminal(int(os.Stderr.Fd()))}
	code := run(ctx, os.Args[1:], e)
	stop()
	os.Exit(code)
}

// run executes the command line and returns the exit status.
func run(ctx context.Context, args []string, e *env) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return exitUsage
	}
	if jsonLogsWanted(args) {
		// Until flags are parsed, errors are logged as JSON if asked for
		// anywhere on the line, so that a collector never sees plain text.
		e.log, _ = clilog.New(e.stderr, "json", false)
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-h", "--help", "-help":
		fmt.Fprint(e.stdout, usage)
		return exitOK
	case "--version", "-version", "version":
		fmt.Fprintln(e.stdout, version())
		return exitOK
	case "help":
		if len(rest) == 0 {
			fmt.Fprint(e.stdout, usage)
			return exitOK
		}
		name, rest = rest[0], []string{"--help"}
	}
	if name == "init" { // kept apart from commands() so that its line stays as it was
		return exitCode(e, runInit(ctx, e, rest))
	}
	for _, c := range commands() {
		if c.name == name {
			return exitCode(e, c.run(ctx, e, rest))
		}
	}
	e.logger().Error(fmt.Sprintf("unknown command %q; run 'brief --help' for the list", name), "exit", exitUsage)
	return exitUsage
}

// exitCode logs err, if any, and maps it to an exit status. This is the
// one place errors become exit statuses.
func exitCode(e *env, err error) int {
	code := exitStatus(err)
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp), errors.As(err, new(reportedError)):
	case code == exitInterrupted:
		e.logger().Error("interrupted; outputs left as they were", "exit", code)
	case errors.As(err, new(config.Errors)):
		var list config.Errors
		errors.As(err, &list)
		for _, ce := range list {
			e.logger().Error(ce.Error(), "exit", code)
		}
	default:
		e.logger().Error(err.Error(), "exit", code)
	}
	return code
}

// exitStatus maps an error to the exit status documented in usage.
func exitStatus(err error) int {
	var ue usageError
	var ce *config.Error
	var pe *report.PeriodError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, new(reportedError)), errors.As(err, &ue), errors.As(err, &ce), errors.As(err, &pe):
		return exitUsage
	case errors.Is(err, lock.ErrHeld):
		return exitLocked
	case errors.Is(err, context.Canceled):
		return exitInterrupted
	}
	return exitFailure
}

// reportedError is a usage error whose details were already written to
// stderr (by the flag package, or one line a problem): it exits with the
// usage status and is not logged again.
type reportedError struct{ what string }

func (e reportedError) Error() string { return e.what }

// newFlags returns a flag set that reports errors to stderr and prints the
// command's usage for --help.
func newFlags(e *env, c command) *flag.FlagSet {
	fs := flag.NewFlagSet("brief "+c.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), c.usage)
	}
	return fs
}

// parseFlags parses args and refuses stray arguments. When the flag set
// has --log-format and --quiet, it sets up e's logger from them; under
// --log-format json the flag package's own messages are turned into
// errors logged as JSON.
func parseFlags(fs *flag.FlagSet, e *env, args []string) error {
	for _, a := range args {
		if a == "-h" || a == "--help" || a == "-help" {
			fs.SetOutput(e.stdout)
			fs.Usage()
			return flag.ErrHelp
		}
	}
	if jsonLogsWanted(args) && fs.Lookup("log-format") != nil {
		// Until the flags are known to be good, errors are JSON too.
		e.log, _ = clilog.New(e.stderr, "json", false)
	}
	// The flag package's own message and usage dump are replaced by one
	// line in the documented form and a hint.
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{flagProblem(fs.Name(), err)}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("%s: unexpected argument %q; options go before nothing else (see --help)", fs.Name(), fs.Arg(0))}
	}
	return setLogger(fs, e)
}

// registerLogFlags adds --log-format and --quiet, which parseFlags reads.
func registerLogFlags(fs *flag.FlagSet) {
	fs.String("log-format", "text", "write messages to stderr as `FORMAT`: text or json")
	fs.Bool("quiet", false, "write only errors to stderr")
}

// setLogger makes e's logger from --log-format and --quiet, when fs has
// them.
func setLogger(fs *flag.FlagSet, e *env) error {
	format, quiet := fs.Lookup("log-format"), fs.Lookup("quiet")
	if format == nil || quiet == nil {
		return nil
	}
	log, err := clilog.New(e.stderr, format.Value.String(), flagBool(quiet))
	if err != nil {
		return usageError{err.Error()}
	}
	e.log = log
	return nil
}

// jsonLogsWanted reports whether args ask for --log-format json, however
// the flag is spelt.
func jsonLogsWanted(args []string) bool {
	for i, a := range args {
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "log-format" {
			continue
		}
		if !hasValue && i+1 < len(args) {
			value = args[i+1]
		}
		return value == "json"
	}
	return false
}

// progressWanted reports whether a progress counter may be drawn: stderr
// is a terminal and the logs are text for people, not --quiet.
func progressWanted(fs *flag.FlagSet, e *env) bool {
	format, quiet := fs.Lookup("log-format"), fs.Lookup("quiet")
	return e.tty && format != nil && format.Value.String() == "text" && quiet != nil && !flagBool(quiet)
}

// flagBool is a boolean flag's value, read as the bool it holds.
func flagBool(f *flag.Flag) bool {
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	b, _ := g.Get().(bool)
	return b
}

// loadConfig reads the configuration, with a hint when the default file
// is missing.
func loadConfig(path string, explicit bool) (*config.Config, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) && !explicit {
		return nil, usageError{fmt.Sprintf("no %s in this folder; pass --config FILE", path)}
	}
	return config.Load(path)
}

// flagProblem rewrites one of the flag package's errors as one line with
// a hint: "build: unknown option --bogus; run 'brief build --help' for the
// options".
func flagProblem(name string, err error) string {
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		msg = "unknown option --" + strings.TrimLeft(f, "-")
	} else if f, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		msg = "option --" + strings.TrimLeft(f, "-") + " needs a value"
	} else if strings.HasPrefix(msg, "invalid value") {
		msg = strings.Replace(msg, "for flag -", "for --", 1)
	}
	return fmt.Sprintf("%s: %s; run '%s --help' for the options", strings.TrimPrefix(name, "brief "), msg, name)
}
