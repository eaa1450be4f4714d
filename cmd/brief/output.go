package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"brief/cmd/brief/internal/atomicfile"
	"brief/layouts/pdf"
	"brief/layouts/xlsx"
	"brief/report"
	"brief/report/pipeline"
)

// output is one rendering of the model: its file extension and writer.
type output struct {
	ext   string
	write func(io.Writer, *report.Brief) error
}

// outputs lists every rendering, in the order their paths are printed.
var outputs = []output{
	{".pdf", pdf.Write},
	{".xlsx", xlsx.Write},
	{".json", writeJSON},
}

// outputPlan says where a run's outputs go.
type outputPlan struct {
	dir     string // the output folder
	name    string // file name without extension, {period} already replaced
	pattern string // the name before {period} was replaced
	latest  string // stable name without extension, or ""
	only    []string
}

// planOutputs resolves the output folder and names for a period label.
func planOutputs(dir, pattern, latest, periodLabel string) outputPlan {
	slug := periodSlug(periodLabel)
	return outputPlan{dir: dir, name: strings.ReplaceAll(pattern, "{period}", slug), pattern: pattern, latest: latest}
}

// maxSlug is the longest period slug, in bytes: file systems refuse
// names over 255 bytes, and the slug shares the name with the pattern,
// the extension and the temporary suffix.
const maxSlug = 64

// periodSlug makes a period label safe as part of a file name. A label
// longer than maxSlug (a render model may carry any label) is cut, and a
// short hash of the whole label keeps different labels apart; the same
// label always gives the same slug.
func periodSlug(label string) string {
	if label == "" || label == "whole corpus" {
		return "all"
	}
	slug := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		}
		return '_'
	}, label)
	if len(slug) <= maxSlug {
		return slug
	}
	sum := sha256.Sum256([]byte(label))
	hash := hex.EncodeToString(sum[:4])
	return slug[:maxSlug-len(hash)-1] + "-" + hash // slug is ASCII: any cut is safe
}

// writeOutputs renders b into every output and returns the paths written.
// Each file is rendered in memory first and then written atomically, so a
// failed or killed run leaves the previous outputs whole.
func writeOutputs(plan outputPlan, b *report.Brief) ([]string, error) {
	return writeOutputsContext(context.Background(), plan, b)
}

// writeOutputsContext is writeOutputs that stops when ctx ends. It renders
// every output in memory, then writes each, under the period's name and
// the latest name, to a synced temporary file, and only then renames them
// all into place. Until the renames, ending ctx leaves every final name as
// it was and removes the temporary files; a killed process leaves only
// temporary files, which the next run removes.
func writeOutputsContext(ctx context.Context, plan outputPlan, b *report.Brief) ([]string, error) {
	if err := makeOutputDir(plan.dir); err != nil {
		return nil, err
	}
	rendered, err := renderAll(ctx, plan, b)
	if err != nil {
		return nil, err
	}
	if latestIsNewer(plan, b) {
		plan.latest = "" // re-running an earlier period leaves the newest brief under latest
	}
	var pending []*atomicfile.Pending
	abort := func() {
		for _, p := range pending {
			p.Abort()
		}
	}
	var paths []string
	for i, o := range outputs {
		if rendered[i] == nil {
			continue
		}
		for j, name := range plan.names() {
			if err := ctx.Err(); err != nil {
				abort()
				return nil, err
			}
			data := rendered[i]
			p, err := atomicfile.Prepare(filepath.Join(plan.dir, name+o.ext), 0o644, func(w io.Writer) error {
				_, err := w.Write(data)
				return err
			})
			if err != nil {
				abort()
				return nil, err
			}
			pending = append(pending, p)
			if j == 0 {
				paths = append(paths, p.Path())
			}
		}
	}
	if err := ctx.Err(); err != nil {
		abort()
		return nil, err
	}
	for i, p := range pending {
		if err := p.Commit(); err != nil {
			for _, q := range pending[i+1:] {
				q.Abort()
			}
			if i == 0 {
				return nil, err // nothing replaced: the previous outputs stand
			}
			return nil, &mixedError{err: err, committed: pathsOf(pending[:i]), kept: pathsOf(pending[i:])}
		}
	}
	return paths, nil
}

// latestIsNewer reports whether the outputs under the latest name are of a
// period that ends after b's, as when an earlier week is built again: then
// the latest name keeps the newest brief. It reads the latest JSON's
// meta.period.end; without one (no JSON yet, or a whole-corpus brief) the
// latest name is replaced.
func latestIsNewer(plan outputPlan, b *report.Brief) bool {
	if plan.latest == "" || b.Meta.Period.End == "" {
		return false
	}
	data, err := os.ReadFile(filepath.Join(plan.dir, plan.latest+".json"))
	if err != nil {
		return false
	}
	var latest struct {
		Meta struct {
			Period struct {
				End string `json:"end"`
			} `json:"period"`
		} `json:"meta"`
	}
	if json.Unmarshal(data, &latest) != nil || latest.Meta.Period.End == "" {
		return false
	}
	return report.CompareDates(latest.Meta.Period.End, b.Meta.Period.End) > 0
}

// mixedError is a commit that failed after some outputs were replaced:
// the output folder holds a mixed set, and the message says which files
// are new and which still hold the previous run's outputs (or none).
type mixedError struct {
	err             error
	committed, kept []string
}

func (e *mixedError) Error() string {
	return fmt.Sprintf("%v; the output folder now holds a mixed set: replaced %s; not replaced (still the previous run's, if any) %s; run again to write them all",
		e.err, strings.Join(e.committed, ", "), strings.Join(e.kept, ", "))
}

func (e *mixedError) Unwrap() error { return e.err }

func pathsOf(pending []*atomicfile.Pending) []string {
	paths := make([]string, len(pending))
	for i, p := range pending {
		paths[i] = p.Path()
	}
	return paths
}

// makeOutputDir creates the output folder, saying what to do when it
// cannot.
func makeOutputDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot create the output folder: %w; fix the path or its permissions, or pass --out DIR", err)
	}
	return nil
}

// notWritable adds what to do to an error that comes from the output
// folder's permissions (or a read-only file system).
func notWritable(err error) error {
	if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) {
		return fmt.Errorf("%w; the output folder is not writable: fix its permissions or pass --out DIR", err)
	}
	return err
}

// files returns the base names of every file plan may write, whatever
// --only says: the names whose leftover temporary files are its own.
func (p outputPlan) files() []string {
	var files []string
	for _, o := range outputs {
		for _, name := range p.names() {
			files = append(files, name+o.ext)
		}
	}
	return files
}

// staleGlobs matches the outputs of every period under the plan's name
// pattern, and the latest names, so that a killed run's temporary files
// are removed whichever period it was writing.
func (p outputPlan) staleGlobs() []string {
	globs := p.files()
	if p.pattern != "" {
		every := globEscape(p.pattern)
		every = strings.ReplaceAll(every, "{period}", "*")
		for _, o := range outputs {
			globs = append(globs, every+o.ext)
		}
	}
	return globs
}

// globEscape quotes path.Match's special characters in a name.
func globEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`).Replace(s)
}

// names returns the file names, without extension, each output is written
// under: the period's, then the latest one.
func (p outputPlan) names() []string {
	if p.latest != "" && p.latest != p.name {
		return []string{p.name, p.latest}
	}
	return []string{p.name}
}

// renderAll renders every output plan wants into memory, in outputs'
// order; nil for one not wanted. It returns as soon as ctx ends: nothing
// has been written yet.
func renderAll(ctx context.Context, plan outputPlan, b *report.Brief) ([][]byte, error) {
	type result struct {
		data [][]byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		rendered := make([][]byte, len(outputs))
		for i, o := range outputs {
			if !plan.wants(o.ext) {
				continue
			}
			var buf bytes.Buffer
			if err := o.write(&buf, b); err != nil {
				done <- result{err: fmt.Errorf("render %s: %w", strings.TrimPrefix(o.ext, "."), err)}
				return
			}
			rendered[i] = buf.Bytes()
		}
		done <- result{data: rendered}
	}()
	select {
	case r := <-done:
		return r.data, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (p outputPlan) wants(ext string) bool {
	if len(p.only) == 0 {
		return true
	}
	for _, o := range p.only {
		if "."+o == ext {
			return true
		}
	}
	return false
}

// writeJSON writes the model's JSON form.
func writeJSON(w io.Writer, b *report.Brief) error {
	data, err := json.MarshalIndent(versioned(b), "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// versioned returns a copy of b that names the version of the JSON form
// this build writes.
func versioned(b *report.Brief) *report.Brief {
	c := *b
	c.SchemaVersion = report.SchemaVersion
	return &c
}

// cacheMaxAge is how long an extraction cache entry no run uses is kept.
const cacheMaxAge = 30 * 24 * time.Hour

// removeStale removes the temporary files an earlier, killed run left in
// the output folder for the files plan writes; other programs' files in
// a shared folder are left alone. Call it only while holding the
// folder's lock.
func removeStale(e *env, plan outputPlan) {
	dir := plan.dir
	removed, err := atomicfile.RemoveStale(dir, plan.staleGlobs(), 0)
	if err != nil {
		e.logger().Warn(err.Error(), "step", "clean", "dir", dir)
	}
	if len(removed) > 0 {
		e.logger().Info(fmt.Sprintf("removed %d temporary files an interrupted run left in %s", len(removed), dir),
			"step", "clean", "dir", dir, "files", removed)
	}
}

// pruneCache removes cache entries no run has used for cacheMaxAge.
func pruneCache(e *env, c *pipeline.Cache) {
	n, err := c.Prune(cacheMaxAge)
	if err != nil {
		e.logger().Warn(err.Error(), "step", "prune", "cache", c.Dir())
	}
	if n > 0 {
		e.logger().Info(fmt.Sprintf("removed %d unused entries from the extraction cache", n), "step", "prune", "cache", c.Dir(), "files", n)
	}
}
