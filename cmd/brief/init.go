package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

const initUsage = `Usage: brief init DIR

Start a brief on a new conflict in DIR: a commented configuration
(config.toml: actors with aliases and people, issues with terms, a claim
explained), a sources folder with one example article, and the commands to
run next. DIR is created if it does not exist; a file already there is
never overwritten.

Example:
    brief init ~/briefs/northland && cd ~/briefs/northland && brief build
`

// skeleton is what init writes: a configuration and a sample article.
//
//go:embed skeleton
var skeleton embed.FS

func runInit(_ context.Context, e *env, args []string) error {
	fset := newFlags(e, command{name: "init", usage: initUsage})
	for _, a := range args {
		if a == "-h" || a == "--help" || a == "-help" {
			fmt.Fprint(e.stdout, initUsage)
			return flag.ErrHelp
		}
	}
	if err := fset.Parse(args); err != nil {
		return usageError{flagProblem(fset.Name(), err)}
	}
	if fset.NArg() != 1 {
		return usageError{"init: want one folder, as in brief init ~/briefs/northland; run 'brief init --help'"}
	}
	dir := fset.Arg(0)
	written, err := writeSkeleton(dir)
	for _, p := range written {
		e.logger().Info("wrote "+p, "step", "write", "path", p)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, `Started a brief in %s. Next:
    cd %s
    $EDITOR config.toml      # your actors, issues and title
    brief check              # checks the configuration and the articles
    brief build              # writes out/brief-all.pdf, .xlsx and .json
Put one article a file in sources/ (see sources/example.md for the front matter).
`, dir, shellQuote(dir))
	return nil
}

// writeSkeleton copies the skeleton into dir, refusing to overwrite
// anything, and returns the files it wrote.
func writeSkeleton(dir string) ([]string, error) {
	var written []string
	err := fs.WalkDir(skeleton, "skeleton", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("skeleton", path)
		target := filepath.Join(dir, rel)
		if d.IsDir() {
			if err := os.MkdirAll(target, 0o755); err != nil {
				return fmt.Errorf("init: %w", err)
			}
			return nil
		}
		data, err := skeleton.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			return usageError{fmt.Sprintf("init: %s already exists; nothing was overwritten (choose an empty folder)", target)}
		}
		if err != nil {
			return fmt.Errorf("init: %w", err)
		}
		if _, err := f.Write(data); err != nil {
			f.Close()
			return fmt.Errorf("init: writing %s: %w", target, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("init: writing %s: %w", target, err)
		}
		written = append(written, target)
		return nil
	})
	return written, err
}

// shellQuote quotes a path for the printed cd line when it needs it.
func shellQuote(s string) string {
	for _, r := range s {
		if !(r == '/' || r == '.' || r == '-' || r == '_' || r == '~' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return "'" + filepath.ToSlash(s) + "'"
		}
	}
	return s
}
