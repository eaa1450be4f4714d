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
	"os"
	"os/signal"
	"syscall"
	_ "time/tzdata" // time zones work on machines without a zone database

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
    help      show this text, or a command's: brief help build

Run 'brief COMMAND --help' for a command's options.

Exit status:
    0  success
    1  failure (for example no usable article, or an output could not be written)
    2  bad usage or a bad configuration
`

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
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

// env is what a command may touch: its output streams.
type env struct {
	stdout, stderr io.Writer
}

func commands() []command {
	return []command{buildCommand(), extractCommand(), checkCommand(), renderCommand()}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], &env{stdout: os.Stdout, stderr: os.Stderr})
	stop()
	os.Exit(code)
}

// run executes the command line and returns the exit status.
func run(ctx context.Context, args []string, e *env) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return exitUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-h", "--help", "-help":
		fmt.Fprint(e.stdout, usage)
		return exitOK
	case "help":
		if len(rest) == 0 {
			fmt.Fprint(e.stdout, usage)
			return exitOK
		}
		name, rest = rest[0], []string{"--help"}
	}
	for _, c := range commands() {
		if c.name == name {
			return exitCode(e, c.run(ctx, e, rest))
		}
	}
	fmt.Fprintf(e.stderr, "brief: error: unknown command %q; run 'brief --help' for the list\n", name)
	return exitUsage
}

// exitCode prints err, if any, and maps it to an exit status. This is the
// one place errors become exit statuses.
func exitCode(e *env, err error) int {
	var ue usageError
	var ce *config.Error
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errSilentUsage):
		return exitUsage
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "brief: error: %v\n", err)
		return exitUsage
	case errors.As(err, &ce):
		fmt.Fprintf(e.stderr, "brief: error: %v\n", err)
		return exitUsage
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(e.stderr, "brief: interrupted; outputs left as they were")
		return 130
	}
	fmt.Fprintf(e.stderr, "brief: error: %v\n", err)
	return exitFailure
}

// errSilentUsage is a usage error already reported by the flag package.
var errSilentUsage = errors.New("bad usage")

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

// parseFlags parses args and refuses stray arguments.
func parseFlags(fs *flag.FlagSet, e *env, args []string) error {
	for _, a := range args {
		if a == "-h" || a == "--help" || a == "-help" {
			fs.SetOutput(e.stdout)
			fs.Usage()
			return flag.ErrHelp
		}
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errSilentUsage
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("%s: unexpected argument %q; options go before nothing else (see --help)", fs.Name(), fs.Arg(0))}
	}
	return nil
}

// loadConfig reads the configuration, with a hint when the default file
// is missing.
func loadConfig(path string, explicit bool) (*config.Config, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) && !explicit {
		return nil, usageError{fmt.Sprintf("no %s in this folder; pass --config FILE", path)}
	}
	return config.Load(path)
}
